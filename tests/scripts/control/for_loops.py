# for loops over every iterable type, with break / continue / else.
for ch in "abc":
    print(ch, end=" ")
print()
for item in [1, "two", 3.0, None]:
    print(repr(item), end=" ")
print()
for t in (10, 20):
    print(t)
for k in {"x": 1, "y": 2}:
    print("key", k)
for k, v in {"x": 1, "y": 2}.items():
    print(k, "=", v)
for n in sorted({3, 1, 2}):
    print("set item", n)
for b in b"AB":
    print("byte", b)
for i in range(10, 0, -3):
    print("r", i)
for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    print("loop", i)
else:
    print("not printed")
for i in range(2):
    pass
else:
    print("else runs without break, i =", i)
for x in []:
    print("never")
else:
    print("else on empty")
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
    print("mutating", x)
