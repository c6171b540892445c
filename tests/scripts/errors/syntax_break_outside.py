# Deliberately invalid: break outside a loop.
print("never printed")
break
