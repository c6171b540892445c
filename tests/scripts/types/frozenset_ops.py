# frozenset: immutable, hashable, mixes with set in operators.
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f | {9}).__name__, type({9} | f).__name__)
print(sorted(f & {1, 5}), sorted(f - {1}), sorted(f ^ frozenset({3, 4})))
print(f == {1, 2, 3}, f <= {1, 2, 3, 4}, f.issubset(range(5)), f.isdisjoint([7]))
d = {f: "frozen key", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(frozenset(), repr(frozenset()), sorted(frozenset("aab")))
print(sorted(f.union([10])), sorted(f.intersection({2, 3, 4})), sorted(f.difference({2})), f.copy() == f)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
