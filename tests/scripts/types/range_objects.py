# range objects: len, indexing, slicing, membership, equality, repr, index/count.
r = range(3, 20, 4)
print(r, repr(range(5)), repr(range(0, 10, -1)), list(r), len(r))
print(r[0], r[-1], r[2], r[1:3], list(r[::-1]), r[::2])
print(7 in r, 8 in r, r.index(11), r.count(11), r.count(12))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2))
print(len(range(10, 0)), len(range(0, -10, -1)), range(10 ** 20)[-1])
print(list(range(-3, 3)), sum(range(101)), max(range(5)), min(range(5, 0, -1)))
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(r.start, r.stop, r.step, list(reversed(range(4))))
