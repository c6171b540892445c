# Tuples: creation, immutability, methods, comparisons, hashing.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), 1, (1))
print(t.index("two"), (1, 2, 1, 1).count(1))
print((1, 2) + (3,), (0,) * 3, 2 in (1, 2), (1, 2) < (1, 3), (1, 2) == (1, 2))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2).index(5)
except ValueError as e:
    print(type(e).__name__, e)
a, b, c = (1, 2, 3)
print(a + b + c)
single = 5,
print(single, type(single), repr((1, "a")))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[0, 0])
print(max((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]))
