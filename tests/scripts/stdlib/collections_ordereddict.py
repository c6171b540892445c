# collections.OrderedDict
from collections import OrderedDict

od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), len(od))
print(od.keys(), od.values(), od.items())
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.items())), list(reversed(od.values())))
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), OrderedDict(x=1, y=2), OrderedDict({'k': 'v'}))

od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
od.move_to_end('c', False)
print(od)
try:
    od.move_to_end('missing')
except KeyError as e:
    print('KeyError', e)

print(od.popitem(), od)
print(od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)

# Equality is order-sensitive between OrderedDicts only.
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a != b, a == dict(b), dict(b) == a, a == OrderedDict(x=1, y=2), a == [1])

# Updating an existing key keeps its position; deleting and re-adding moves it.
a['x'] = 10
print(a)
del a['x']
a['x'] = 1
print(a)
print(a.pop('y'), a.setdefault('z', 26), a, a.get('x'))
a.update([('p', 1)], q=2)
a.update({'r': 3})
print(a)
try:
    a.update(1, 2)
except TypeError as e:
    print('TypeError', e)
for args in [(1, 2), (1,), ([1],), ([(1, 2, 3)],), ([(1,)],), ([()],)]:
    try:
        OrderedDict(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# copy, fromkeys, | and views.
c = a.copy()
c['new'] = 0
print(type(c).__name__, c, a)
print(OrderedDict.fromkeys('cab'), OrderedDict.fromkeys([1, 2], 'v'))
print(a | {'zz': 1}, {'zz': 1} | a)
a |= [('last', 9)]
print(a)
keys = a.keys()
a['later'] = 1
print(keys, len(keys), 'later' in keys, ('later', 1) in a.items(), 9 in a.values())
print(a.keys() & {'p', 'q', 'nope'} == {'p', 'q'}, sorted(a.keys() - {'p'}), a.keys() == set(a))
print(isinstance(a, dict), type(a))

me = OrderedDict()
me['self'] = me
print(me)
print(OrderedDict([(1, [1, 2]), (2, {'a': OrderedDict(b=1)})]))


class LastUpdated(OrderedDict):
    'Store items in the order the keys were last added'

    def __setitem__(self, key, value):
        if key in self:
            del self[key]
        super().__setitem__(key, value)


lu = LastUpdated(a=1, b=2)
lu['a'] = 3
print(lu, lu == OrderedDict(b=2, a=3))
for change in [lambda: od.__setitem__('new', 1), lambda: od.__delitem__('new')]:
    it = iter(od)
    change()
    try:
        next(it)
    except RuntimeError as e:
        print('RuntimeError', e)
it = iter(od.items())
od['another'] = 2
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)


class LRU(OrderedDict):
    'Limit size, evicting the least recently looked-up key when full'

    def __init__(self, maxsize=2, *args, **kwds):
        self.maxsize = maxsize
        super().__init__(*args, **kwds)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            del self[oldest]


cache = LRU(2)
cache['a'] = 1
cache['b'] = 2
print(cache['a'])
cache['c'] = 3
print(cache, vars(cache))
try:
    cache['b']
except KeyError as e:
    print('KeyError', e)


class WithMissing(OrderedDict):
    def __missing__(self, key):
        return key * 2


wm = WithMissing(a=1)
print(wm['a'], wm['zz'], wm, wm.get('zz'))
views = OrderedDict(a=1, b=2)
print({'a': 0, 'b': 0}.keys() == views.keys(), views.keys() == {'b': 1, 'a': 1}.keys(),
      views.items() == dict(views).items(), views.values() == views.values())
print(views.keys() ^ {'a', 'z'} == {'b', 'z'}, ['a'] | views.keys() == {'a', 'b'}, views.keys().isdisjoint(['q']))
