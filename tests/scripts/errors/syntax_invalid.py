# This file is deliberately invalid: nothing runs, the last stderr line is the SyntaxError.
print("never printed")
x = = 1
