# NameError: caught forms, then an uncaught one.
try:
    print(undefined_variable)
except NameError as e:
    print(type(e).__name__, e)
def uses_missing():
    return missing_global + 1
try:
    uses_missing()
except NameError as e:
    print(type(e).__name__, e)
print(undefined_at_the_end)
