# json.dumps errors: unserializable objects, bad keys, circular references,
# NaN with allow_nan=False, bad options.
import json


def attempt(label, *args, **kwargs):
    try:
        print(label, 'ok', json.dumps(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('set', set())
attempt('set in list', [1, {1, 2}])
attempt('bytes', b'x')
attempt('type', object)
attempt('range', range(3))
attempt('object', {'a': object()})
attempt('function', [len])
attempt('tuple key', {(1, 2): 3})
attempt('frozenset key', {frozenset(): 1})
attempt('tuple key indent', {'a': 1, (1,): 2}, indent=2)
attempt('nan', float('nan'), allow_nan=False)
attempt('inf in list', [1, float('inf')], allow_nan=False)
attempt('-inf in dict', {'a': -float('inf')}, allow_nan=False)
attempt('nan key', {float('nan'): 1}, allow_nan=False)
attempt('finite ok', [1.5, 2.0], allow_nan=False)
a = []
a.append(a)
attempt('circular list', a)
d = {}
d['x'] = d
attempt('circular dict', d)
d = {}
d['x'] = [d]
attempt('circular nested indent', d, indent=2)


class Loop:
    def __init__(self):
        self.me = self


attempt('circular default', Loop(), default=lambda o: o.me)
attempt('default to list', Loop(), default=lambda o: [1])
attempt('default raises', Loop(), default=lambda o: 1 / 0)
attempt('mixed keys sorted', {1: 2, 'a': 3}, sort_keys=True)
attempt('mixed keys sorted 2', {'a': 3, 1: 2}, sort_keys=True)
attempt('float indent', [1, 2], indent=2.5)
attempt('unknown option', [1], foo=1)
attempt('bad separators', [1, 2], separators=(',',))
attempt('cls with unknown option', [1], cls=json.JSONEncoder, bar=2)


class Strict(json.JSONEncoder):
    def default(self, o):
        return super().default(o)


attempt('subclass default', {'a': {1}}, cls=Strict)
try:
    json.JSONEncoder().default(3)
except TypeError as e:
    print('default():', e)
