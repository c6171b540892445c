# iter and next with default, exhaustion, iterators over each container.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("ab")
print(next(s), list(s), list(s))
d = iter({"k1": 1, "k2": 2})
print(next(d), next(d))
r = iter(range(3))
print(list(r), next(r, "empty"))
t = iter((9,))
print(iter(t) is t, next(t))
for x in iter([4, 5]):
    print(x)
it2 = iter([1, 2, 3, 4])
for x in it2:
    print("took", x, "skipped", next(it2, None))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
print(sum(iter([1, 2])), sorted(iter({3, 1})), list(zip(iter("ab"), iter("cd"))))
