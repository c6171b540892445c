# collections.defaultdict
from collections import defaultdict

groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups)
print(groups['a'], groups['z'], len(groups), 'z' in groups, 'q' in groups)
print(groups.default_factory, isinstance(groups, dict), type(groups))
print(groups.get('nothing'), 'nothing' in groups)

counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, sorted(counts.items()))

nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 1
nested['a']['y'] += 2
nested['b']['x'] += 3
print({k: dict(v) for k, v in nested.items()})

# No factory: missing keys raise KeyError.
plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain['missing']
except KeyError as e:
    print('KeyError', e)
plain.default_factory = set
plain['s'].add(1)
print(plain)
none_factory = defaultdict(None, {1: 2}, three=3)
print(none_factory)

# Construction like dict.
print(defaultdict(int, {'a': 1}), defaultdict(int, [('b', 2)]), defaultdict(int, c=3))
for args in [(1,), (list, 5), (list, {}, {}), ('notcallable', {})]:
    try:
        defaultdict(*args)
    except TypeError as e:
        print('TypeError', e)

# copy, fromkeys, | and repr.
d = defaultdict(list, a=[1])
c = d.copy()
c['b'].append(2)
print(d, c, type(c).__name__, c.default_factory)
print(defaultdict.fromkeys('ab', 0), defaultdict.fromkeys([]))
print(d | {'z': 0}, {'z': 0} | d, type({'z': 0} | d).__name__)
d |= {'q': [9]}
print(d)
print(repr(defaultdict(str)), str(defaultdict(dict, k={})))
me = defaultdict(list)
me['self'] = me
print(me)


class Tally(defaultdict):
    def __init__(self):
        super().__init__(int)


t = Tally()
t['x'] += 5
print(t, t.default_factory)
print(t.setdefault('y', 7), t.pop('x'), t)
try:
    counts.__missing__
    print(counts.__missing__('new'), counts['new'])
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(d, '__dict__'))
