# Deliberately invalid: dedent to a level that never existed.
print("never printed")
if True:
        x = 1
    y = 2
