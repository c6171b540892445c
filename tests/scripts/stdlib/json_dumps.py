# json.dumps: every value kind, indent (int and str), sort_keys, separators,
# ensure_ascii, key coercion, floats, default=, skipkeys, JSONEncoder
# subclasses, iterencode and dump().
import json

print(json.dumps({'a': [1, 2.5, None, True, False, 'x'], 'b': {}, 'c': []}))
print(json.dumps([]), json.dumps({}), json.dumps(''), json.dumps(0), json.dumps(-7))
print(json.dumps(True), json.dumps(None), json.dumps('s'), json.dumps((1, (2, 3))))
print(json.dumps(2 ** 70), json.dumps(-2 ** 64), json.dumps(10 ** 30))
print(json.dumps([1e16, 1e-7, 0.1, 0.1 + 0.2, -0.0, 1.0, 123456789.123456789, 1e300, 5e-324]))
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
print(json.dumps({float('nan'): 1, float('inf'): 2, 1.5: 3, True: 4, None: 5, 7: 6, False: 7,
                  -float('inf'): 8, 2 ** 65: 9}))
print(json.dumps({True: 1, 'true': 2}), json.dumps({1: 'a', 2.0: 'b'}, sort_keys=True))

data = {'name': 'Widget', 'tags': ['a', 'b'], 'dims': {'w': 2, 'h': 3.5},
        'empty': [], 'none': None, 'nested': [[1, [2, []]], {}]}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, indent='\t'))
print(json.dumps(data, indent='--'))
print(repr(json.dumps([1, {'a': 2}], indent=0)))
print(repr(json.dumps([1, {'a': 2}], indent='')))
print(repr(json.dumps([1, {'a': 2}], indent=-3)))
print(json.dumps(data, indent=2, separators=(', ', ': ')).replace(' \n', '|\n'))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, separators=(' ; ', '=')))
print(json.dumps({'b': 1, 'a': {'d': 1, 'c': 2}, 'c': [{'z': 0, 'y': 1}]}, sort_keys=True))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
print(json.dumps({'x': 1, 'y': 2}, sort_keys=True, indent=2, default=str))

text = 'é\U0001F600\x00\x1f\x7f"\\/\b\f\n\r\t\u2028 ~'
print(json.dumps(text))
print(json.dumps(text, ensure_ascii=False))
print(json.dumps('\ud800'), json.dumps({'é': 'ü', '日本': ['語']}))
print(json.dumps({'é': 'ü', '日本': ['語']}, ensure_ascii=False))
print(json.dumps(['\u0100', '\uffff', '\U00010000', '\U0010ffff']))

print(json.dumps({'s': {3, 1, 2}}, default=sorted))
print(json.dumps([range(3), {4}], default=list))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_point(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    raise TypeError('cannot encode ' + type(o).__name__)


print(json.dumps([Point(1, 2), {'p': Point(3, Point(4, 5))}], default=encode_point))
print(json.dumps({(1, 2): 3, 'a': 1, frozenset(): 2}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True), repr(json.dumps({(1, 2): 3}, skipkeys=True, indent=2)))
print(json.dumps({'a': 1}, check_circular=False), json.dumps([[], []]))
shared = [1]
print(json.dumps([shared, shared, {'s': shared}]))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({'a': {2, 1}, 'b': frozenset('xy')}, cls=SetEncoder))
print(SetEncoder(indent=1).encode([{3, 2}]))
print(json.dumps([1], cls=json.JSONEncoder, indent=1))
print(json.JSONEncoder().encode({'a': 1}), json.JSONEncoder().encode('q"'))
print(list(json.JSONEncoder(indent=1).iterencode([1, {'a': 'b'}, 'x', None, [2.5]])))
print(list(json.JSONEncoder().iterencode([1, {'a': 'b'}])))
print(list(json.JSONEncoder().iterencode('x')), list(json.JSONEncoder().iterencode(5)))
enc = json.JSONEncoder(sort_keys=True, indent=3, separators=(',', ' = '))
print(repr(enc.item_separator), repr(enc.key_separator), enc.indent, enc.sort_keys,
      enc.skipkeys, enc.ensure_ascii, enc.check_circular, enc.allow_nan)
enc = json.JSONEncoder(indent=2)
print(repr(enc.item_separator), repr(enc.key_separator), repr(json.JSONEncoder().item_separator))
print(enc.encode({'k': [1, 2]}))


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = Writer()
json.dump({'a': [1, 2, {'b': None}], 'c': 'd'}, w)
print(w.parts)
w = Writer()
json.dump({'a': [1, 2, {'b': None}], 'c': 'd'}, w, indent=2)
print(w.parts)
w = Writer()
json.dump([{'z': 1, 'a': 2}], w, sort_keys=True, separators=(',', ':'))
print(''.join(w.parts))
w = Writer()
try:
    json.dump([1, 'two', {3}], w)
except TypeError as e:
    print('partial before the error:', w.parts, e)
