# IndexError from a loop that runs one step too far.
items = ["a", "b", "c"]
i = 0
while True:
    print(items[i])
    i += 1
