# ValueError from a conversion at the end of otherwise fine work.
numbers = ["4", "8", "15", "16", "23", "4.2"]
for n in numbers:
    print(int(n) * 2)
