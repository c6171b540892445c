# An exception without a message prints just its name.
print("about to fail")
raise NotImplementedError
