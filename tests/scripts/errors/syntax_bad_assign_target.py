# Deliberately invalid: assigning to a literal.
print("never printed")
1 = x
