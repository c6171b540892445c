# Deliberately invalid: a closing bracket that does not match.
print("never printed")
x = (1, 2]
