# hash of ints, floats and tuples of ints (deterministic in CPython).
for v in [0, 1, -1, -2, 42, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print(v, hash(v))
for v in [0.0, 1.0, 1.5, -1.5, 0.1, 1e100, 2.0 ** 70]:
    print(v, hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
for t in [(), (1,), (1, 2), (2, 1), (1, (2, 3)), (-1, -2, -3)]:
    print(t, hash(t))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
