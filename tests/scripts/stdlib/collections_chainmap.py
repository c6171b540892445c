# collections.ChainMap
from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest', 'size': 1}
env = {'user': 'admin'}
cli = {'size': 3}
cm = ChainMap(cli, env, defaults)
print(cm, len(cm), list(cm), cm['user'], cm['size'], cm['color'])
print(cm.get('color'), cm.get('missing'), cm.get('missing', 0), 'user' in cm, 'nope' in cm, bool(cm))
print(cm.keys(), sorted(cm.items()), sorted(cm.values(), key=str))
print(list(cm.keys()), list(cm.items()), list(cm.values()))
print(dict(cm), cm.maps[0] is cli, len(cm.maps))
print(ChainMap(), bool(ChainMap()), ChainMap({}).maps, len(ChainMap({}, {})))

# Writes and deletes touch only the first mapping.
cm['color'] = 'blue'
print(cm['color'], cli, defaults['color'])
del cm['color']
print(cm['color'], cli)
for bad in [lambda: cm.__delitem__('user'), lambda: cm.pop('user'), lambda: cm['nowhere']]:
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
print(cm.pop('size'), cm.pop('size', 'gone'), cm)
print(cm.setdefault('user', 'x'), cm.setdefault('new', 'n'), cli)
print(cm.popitem(), cli)
try:
    ChainMap({}, {'a': 1}).popitem()
except KeyError as e:
    print('KeyError', e)
cm.update({'k1': 1}, k2=2)
cm.update([('k3', 3)])
print(cli)
cm.clear()
print(cli, cm, len(cm))

# new_child, parents, copy, fromkeys.
base = ChainMap({'a': 1})
child = base.new_child()
child['a'] = 2
print(base, child, child.parents, child['a'], child.parents['a'])
print(base.new_child({'b': 2}), base.new_child(c=3), base.new_child({'d': 4}, e=5))
copied = child.copy()
copied['z'] = 26
print(child, copied, copied.maps[1] is child.maps[1])
print(ChainMap.fromkeys('ab'), ChainMap.fromkeys('ab', 0))

# Equality, | and missing keys via a subclass.
print(ChainMap({'a': 1}, {'b': 2}) == {'a': 1, 'b': 2}, ChainMap({'a': 1}) == ChainMap({}, {'a': 1}),
      ChainMap({'a': 1}) != {'a': 2}, ChainMap() == [])
m = ChainMap({'a': 1}, {'b': 2})
print(m | {'c': 3}, {'c': 3} | m, type({'c': 3} | m).__name__)
m |= {'d': 4}
print(m)


class DefaultChain(ChainMap):
    def __missing__(self, key):
        return 'default:' + key


dc = DefaultChain({'a': 'x'})
print(dc['a'], dc['q'], dc.get('q'), 'q' in dc)
me = ChainMap()
me.maps[0]['self'] = me
print(me)

# The views are set-like and compare with dict views and sets.
view_map = ChainMap({'x': 1}, {'y': 2})
print(type(view_map.keys()), len(view_map.items()), ('x', 1) in view_map.items(), ('x', 2) in view_map.items(),
      2 in view_map.values(), view_map.keys() == {'x', 'y'}, view_map.keys() == {'y': 0, 'x': 0}.keys())
print(sorted(view_map.keys() | {'z'}), sorted(view_map.keys() & ['y']), sorted(view_map.keys() - {'x'}),
      sorted(view_map.items() ^ {('x', 1)}), view_map.keys().isdisjoint(['q']))
