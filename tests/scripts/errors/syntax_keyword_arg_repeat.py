# Deliberately invalid: the same keyword argument twice.
print("never printed")
print(sep="a", sep="b")
