# input() with no stdin at all raises EOFError; uncaught here.
print("prompting")
value = input("> ")
print("not reached", value)
