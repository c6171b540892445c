# Deliberately invalid: a triple-quoted string that never ends.
print("never printed")
s = """starts here
and never stops
