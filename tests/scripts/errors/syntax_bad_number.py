# Deliberately invalid: a malformed number literal.
print("never printed")
x = 0b102
