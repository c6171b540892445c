# collections.Counter: counting, lookups, most_common, elements, update/subtract.
from collections import Counter

c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(100))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(Counter(), Counter([]), Counter({'x': 3, 'y': 1}), Counter(cats=4, dogs=8))
print(Counter(['b', 'a', 'b', 'c', 'a', 'b']).most_common())

# Ties keep first-insertion order.
ties = Counter('zyxzyx')
print(ties, ties.most_common(2), list(ties))

words = 'the quick brown fox jumps over the lazy dog the end'.split()
wc = Counter(words)
print(wc.most_common(3), wc['the'], wc['cat'])

# update and subtract: iterables, mappings and keywords.
u = Counter('aab')
u.update('abc')
print(u)
u.update({'a': 10, 'z': 1})
print(u)
u.update(b=5)
print(u)
u.update()
u.update(None)
u.subtract('aaa')
print(u)
u.subtract({'z': 5})
u.subtract(c=1)
print(u, u.total())
print(u.most_common(1), u.most_common()[-1])
fresh = Counter()
fresh.update({'k': 2})
print(fresh)
print(Counter(Counter('aa')), Counter({'a': 1}, a=5), Counter('ab', b=3))

# Deleting a missing element is quiet; counts can be set directly.
d = Counter(a=1)
del d['a']
del d['missing']
d['n'] = 0
d['m'] -= 2
print(d, dict(d), d.total())

# copy, fromkeys, equality (missing counts as zero) and inclusion.
e = Counter(a=1, b=2)
f = e.copy()
f['a'] += 1
print(e, f, type(f).__name__)
try:
    Counter.fromkeys('ab')
except NotImplementedError as err:
    print('NotImplementedError', err)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) == {'a': 1})
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=1) < Counter(a=1), Counter(a=3) >= Counter(a=1),
      Counter(a=3) > Counter(a=3, b=-1), Counter(a=1) < Counter(a=1, b=1))
try:
    Counter(a=1) < {'a': 2}
except TypeError as err:
    print('TypeError', err)
for bad in [lambda: Counter(1), lambda: Counter('a', 'b'), lambda: Counter([[1]])]:
    try:
        bad()
    except TypeError as err:
        print('TypeError', err)
print(isinstance(c, dict), sorted(c.keys()), sorted(c.values()), sorted(c.items()))
print(c.get('a'), c.get('q'), c.get('q', 7), c.pop('a'), c.setdefault('a', 1), c['a'])
print(repr(Counter({'b': 1.5, 'a': 2.5})), str(Counter(x=0)))


class Tally(Counter):
    pass


print(Tally('hello'), Tally('hello').most_common(1), type(Tally('x').copy()).__name__)
