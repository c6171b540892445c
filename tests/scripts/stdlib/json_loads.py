# json.loads and json.load: every JSON value, whitespace, escapes, surrogate
# pairs, hooks, parse_float/parse_int/parse_constant, strict=False, bytes
# input, JSONDecoder, and round trips through dumps.
import json

print(json.loads('{"a": [1, 2.5, null, true, false, "x"], "b": {}, "c": []}'))
for text in ['0', '-0', '-0.0', '12', '-12', '1.5', '1e5', '1E-2', '2.5e+3', '-1.25e-3',
             '123456789012345678901234567890', '1.7976931348623157e309', '0.1', '1e-400',
             '"abc"', '""', 'true', 'false', 'null', 'NaN', 'Infinity', '-Infinity',
             '[]', '{}', '[[[]]]', '{"k":{"k":{}}}', '  [ ]  ', '{ }', '\t\n\r 7 \n',
             '[1,2,3]', '{"a":1,"a":2}', '{"b": 1, "a": 2}', '[-1, -0.5, 0e0, 0.0e-0]']:
    value = json.loads(text)
    print(repr(text), repr(value), type(value).__name__)

print(json.loads('"\\/\\b\\f\\n\\r\\t\\"\\\\"'))
print(repr(json.loads('"\\u00e9\\u0041\\u20ac"')), repr(json.loads('"\\uD83D\\uDE00"')))
print(repr(json.loads('"\\ud83d\\ude00"')), repr(json.loads('"\\ud83d"')))
print(repr(json.loads('"\\ud83d\\u0041"')), repr(json.loads('"\\ud83dx"')), repr(json.loads('"\\ude00\\ud83d"')))
print(repr(json.loads('"\x7f\u2028\xe9\U0001F600"')), repr(json.loads('"\\u0000"')))
print(json.loads('  {"nested": {"list": [1, {"deep": [true, null]}]}, "n": -3}  '))

print(json.loads('[1.5, 2, 1e3]', parse_float=str))
print(json.loads('[1, 2.0, -3]', parse_int=lambda x: 'int:' + x))
print(json.loads('[1, 2.0]', parse_int=float, parse_float=lambda x: round(float(x))))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: 'const:' + c))
print(json.loads('{"a": {"b": 1}, "c": [{}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list, object_hook=dict))
print(json.loads('{}', object_pairs_hook=tuple), json.loads('[{"x": {}}]', object_hook=len))
order = []


def hook(d):
    order.append(sorted(d))
    return d


json.loads('{"outer": {"inner": {"x": 1}, "y": 2}, "z": {}}', object_hook=hook)
print(order)
print(repr(json.loads('"a\tb\nc"', strict=False)), json.loads('{"a": "\x01"}', strict=False))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(b'\xef\xbb\xbf[1]'), json.loads(b'"x"'))
print(json.loads(b'\xff\xfe[\x001\x00]\x00'), json.loads(b'[\x001\x00]\x00'))
print(json.loads(b'\x00\x00\x00[\x00\x00\x001\x00\x00\x00]'), json.loads(b'\x00[\x001\x00]'))
print(repr(json.loads(b'\xff\xfe\x00\x00"\x00\x00\x00\x00\xf6\x01\x00"\x00\x00\x00')))
print(repr(json.loads(b'\xfe\xff\x00"\xd8=\xde\x00\x00"')), json.loads(b'1\x00'), json.loads(b'\x007'))

decoder = json.JSONDecoder()
print(decoder.decode(' [1, 2] '), decoder.raw_decode('[1, 2] tail'), decoder.raw_decode('xx 5', 3))
print(decoder.raw_decode('{"a": 1}{"b": 2}'), decoder.raw_decode('"s" ', 0))
print(decoder.parse_float is float, decoder.parse_int is int, decoder.strict,
      decoder.object_hook, decoder.object_pairs_hook)
print(json.JSONDecoder(parse_int=str).decode('[1, 2]'))


class PointDecoder(json.JSONDecoder):
    def __init__(self, **kwargs):
        super().__init__(object_hook=self.to_point, **kwargs)

    def to_point(self, d):
        return ('point', d['x'], d['y']) if set(d) == {'x', 'y'} else d


print(json.loads('[{"x": 1, "y": 2}, {"z": 0}]', cls=PointDecoder))


class Reader:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


print(json.load(Reader('{"from": "a file", "n": [1, 2]}')))
print(json.load(Reader('[1.25]'), parse_float=lambda s: s + '!'))

values = [None, True, False, 0, -1, 2 ** 80, 0.5, -1e-10, 1e100, '', 'text', 'é\n\U0001F600"\\',
          [], {}, [1, [2, [3, []]]], {'a': {'b': {'c': [None]}}, '': 0}, [{'k': 'v'}] * 3]
for v in values:
    for options in ({}, {'indent': 2}, {'sort_keys': True, 'indent': '\t'}, {'ensure_ascii': False},
                    {'separators': (',', ':')}):
        if json.loads(json.dumps(v, **options)) != v:
            print('round trip failed:', v, options)
print(json.loads(json.dumps({1: 'a', 2.5: 'b', None: 'c', True: 'd'})))
print(json.loads(json.dumps((1, (2, 3)))), json.loads(json.dumps(float('nan'))) != 0)
