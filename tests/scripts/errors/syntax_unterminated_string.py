# Deliberately invalid: a string literal that never ends.
print("never printed")
s = "unterminated
