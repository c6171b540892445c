# range with bounds, steps and lengths beyond 64-bit integers, and the int64 edges.
B = 10 ** 20
M = 2 ** 63  # one past the largest int64


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


# construction, repr, attributes
r = range(-B, B, 3)
print(r, r.start, r.stop, r.step)
print(range(B), range(B, 2 * B, B), range(0, -B, -7), range(M - 1, M + 1))
print(repr(range(True, M)), range(-M - 5, -M), range(1, 2, -B))
show("step 0", lambda: range(B, 2 * B, 0))
show("float stop", lambda: range(0, 1.5))
show("str start", lambda: range("a", B))
show("float step", lambda: range(0, B, 1.5))

# len() overflows past Py_ssize_t; truth does not need it
show("len big", lambda: len(range(B)))
show("len 2**63", lambda: len(range(M)))
show("len 2**63-1", lambda: len(range(M - 1)))
show("len span", lambda: len(range(-M, M - 1)))
show("len big bounds", lambda: len(range(B, B + 10, 3)))
show("len big empty", lambda: len(range(B, 0)))
print(bool(range(B)), bool(range(B, B)), bool(range(-M, M)), bool(range(M, M, -1)))

# iteration, forwards and backwards
print(list(range(B, B + 3)), list(range(B + 2, B - 1, -1)))
print(list(range(M - 2, M + 2)), list(range(-M + 1, -M - 3, -1)))
print(list(range(0, 2 ** 64, 2 ** 62)), list(range(M - 1, -M, -M)))
print(list(reversed(range(B, B + 3))), list(reversed(range(0, B, B // 3))))
print(list(reversed(range(M - 2, M + 2))), list(reversed(range(-M, -M + 3))))
print(list(reversed(range(B, B))), list(range(B, B)))
for v in range(B, 3 * B, B // 2):
    print(v, end=" ")
print()
total = 0
for v in range(M - 3, M + 3):
    total += v
print(total, sum(range(B, B + 10)), max(range(B, B + 5)), min(range(-B, -B - 5, -1)))
print([x * 2 for x in range(B, B + 2)], tuple(range(M, M + 2)), sorted(range(B + 2, B - 1, -1)))
n = 0
for v in range(B):
    n += 1
    if n == 4:
        break
print(n, v)
it = iter(range(M - 1, M + 1))
print(next(it), next(it), next(it, "done"), next(it, "done"))
print(list(enumerate(range(B, B + 2))), list(zip(range(B), "ab")))

# the iterator types CPython picks
for rng in [range(5), range(B), range(0, M - 1, 2), range(M - 1), range(-M, -M + 2), range(0, -M, -1)]:
    print(type(iter(rng)).__name__, type(reversed(rng)).__name__)

# indexing
show("B[-1]", lambda: range(B)[-1])
show("B[B-1]", lambda: range(B)[B - 1])
show("B[0]", lambda: range(B, 2 * B, 7)[0])
show("B[B]", lambda: range(B)[B])
show("B[-B-1]", lambda: range(B)[-B - 1])
show("B[-B]", lambda: range(B)[-B])
show("small[B]", lambda: range(5)[B])
show("small[-B]", lambda: range(5)[-B])
show("bool index", lambda: range(B, B + 2)[True])
show("float index", lambda: range(B)[1.0])
show("str index", lambda: range(B)["a"])
show("edge", lambda: range(0, 2 ** 64, 2 ** 62)[3])
show("edge neg", lambda: range(M - 1, -M - 1, -1)[-1])

# slicing
show("::2", lambda: range(B)[::2])
show("1:-1:3", lambda: range(B)[1:-1:3])
show("::-1", lambda: range(B)[::-1])
show("B:", lambda: range(-B, B, 7)[B:])
show("5B:", lambda: range(B)[B * 5:])
show(":-5B", lambda: range(B)[:-B * 5])
show("big step", lambda: range(10)[::B])
show("big neg step", lambda: range(10)[::-B])
show("min step", lambda: range(10)[::-M])
show("big start", lambda: range(10)[B::-1])
show("both big", lambda: range(0, 10)[-B:B])
show("exact stop", lambda: range(0, M - 1, 2 ** 62)[:])
show("small 5:", lambda: range(M - 1)[5:])
show("stop past", lambda: range(M - 4, M - 1)[::2])
show("slice of slice", lambda: range(B)[B // 2:][::3][1:4])
show("list of slice", lambda: list(range(B, 2 * B, B // 4)[1::2]))
show("zero step", lambda: range(B)[::0])
show("float bound", lambda: range(B)[1.5:])
show("float and zero", lambda: range(10)[1.5::0])

# membership, index, count
print(10 ** 30 in range(10 ** 31), 10 ** 30 + 1 in range(0, 10 ** 31, 2), B in range(B), -1 in range(B))
print(B in range(5), -B in range(5), M - 1 in range(M - 5, M), M in range(M - 5, M + 1))
print(B + 6 in range(B, 2 * B, 3), B + 7 in range(B, 2 * B, 3), -B in range(0, -2 * B, -B))
print(True in range(B), False in range(1, B), 1.0 in range(B, B + 3), float(B) in range(B, B + 3))
print(range(B).index(B - 1), range(-B, B, 7).index(-B + 70), range(B, 0, -3).index(B - 9))
print(range(B).count(5), range(B).count(B), range(B).count(True), range(B, B + 3).count(float(B)))
print(range(B, B + 3).index(float(B + 1)), range(B).index(True))
show("index missing", lambda: range(B).index(B))
show("index missing step", lambda: range(B, 2 * B, 3).index(B + 1))
show("index bool missing", lambda: range(0).index(True))
show("index float missing", lambda: range(B, B + 3).index(0.5))

# equality and hashing
print(range(B) == range(B), range(B) == range(0, B), range(B) != range(B + 1))
print(range(0, B, 2) == range(0, B - 1, 2), range(0, B, B) == range(0, 1, 5))
print(range(B, B) == range(0), range(B, 0) == range(5, 5), range(B) == range(1, B))
print(range(M - 1, M) == range(M - 1, M + 5, M), range(B) == list(range(0)))
print(hash(range(B)) == hash(range(0, B)), hash(range(0, B, 2)) == hash(range(0, B - 1, 2)))
print(hash(range(0, B, B)) == hash(range(0, 1, 5)), hash(range(B, B)) == hash(range(0)))
print(hash(range(B)), hash(range(-B, B, 3)), hash(range(M - 1, M + 1)))
print(len({range(B), range(0, B), range(0, B, 1)}))
show("order", lambda: range(B) < range(B))

# list() and tuple() size themselves from len() first
show("list big", lambda: list(range(B)))
show("tuple big", lambda: tuple(range(B)))
show("unpack big", lambda: [*range(B)])
show("list 2**63", lambda: list(range(M)))
show("extend big", lambda: [].extend(range(-M, M)))
print(list(range(M - 1, M + 2)), [*range(B, B + 2)])
