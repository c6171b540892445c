# range in loops: negative steps, empty ranges, big bounds.
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)))
print(list(range(5, 0, -1)), list(range(0)), list(range(5, 5)), list(range(5, 0)))
print(list(range(-5, 5, 4)), list(range(10, -10, -7)))
total = 0
for i in range(1, 101):
    total += i
print(total)
big = range(10 ** 20, 10 ** 20 + 3)
for v in big:
    print(v)
print(len(range(0, 100, 7)), range(0, 100, 7)[3], range(0, 100, 7)[-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
