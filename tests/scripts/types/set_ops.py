# set operators and methods (printed in sorted order).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= a, {1} <= a, {1} < a, a < a, a >= {1, 2}, a > a, {9}.isdisjoint(a), {1, 2}.issubset(a), a.issuperset({4}))
s = set()
s.add(3)
s.add(1)
s.add(3)
print(sorted(s), len(s), 3 in s, 2 not in s)
s.update([5, 6], {7})
s.discard(100)
s.discard(5)
s.remove(6)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
popped = {42}.pop()
print(popped)
c = a.copy()
c |= {10}
c &= {1, 2, 10}
c -= {1}
c ^= {2, 3}
print(sorted(c), sorted(a))
c.clear()
print(c, set(), len(set("mississippi")), sorted(set("mississippi")))
print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), set([1, 1, 2]) == {1, 2}, {1, 1.0, True})
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
print(sorted({"pear", "apple", "fig"}), sorted({(1, 2), (0, 5)}))
