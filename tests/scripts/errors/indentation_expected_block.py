# Deliberately invalid: a block with no indented body.
print("never printed")
def f():
return 1
