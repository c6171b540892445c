# json.loads errors: JSONDecodeError with CPython's messages and positions,
# its attributes, and the TypeError for values that are not JSON documents.
import json

for text in ['', ' ', '[', '{', ']', '}', '[1,]', '{"a":1,}', '[1 2]', '{"a" 1}', '{"a":}', '{1:2}',
             "{'a':1}", '"abc', '"abc\n"', '"\t"', '"a\\x"', '"\\u12"', '"\\u12x4"', '"\\u1234',
             '"\\ud83d\\uzz00"', '"\\ud83d\\ude0"', '"\\', '"\\"', '1.', '1.5e', '1e+', '-',
             '01', '1 2', 'nul', 'tru', 'infinity', 'nan', 'true false', '[1, 2, 3]\n\n  x',
             '\n\n  {"a": [1, 2,\n   3}', '\ufeff[]', '[-]', '[1,\n2,\n,3]', '{"a"', '{"a":',
             '{"a":1', '[1', '[1,', '-x', '- 1', '.5', '+1', '0x10', '1e5x', '"abc"def',
             '[1] [2]', '{"a": [1, {"b": }]}', '\n\n\n', 'line1\nline2', '[\n\n"\x00"]',
             '{"a": 1 "b": 2}', '{"a": 1, "b" 2}', '[true, false, nul]', '["a" "b"]', '{,}', '[,]',
             'None', 'True', "'single'", '"\\U0001F600"', '"\\u00"', '[1.2.3]', '--1']:
    try:
        print(repr(text), 'ok', repr(json.loads(text)))
    except json.JSONDecodeError as e:
        print(repr(text), e.msg, '|', e.pos, e.lineno, e.colno, '|', e)

for value in [5, None, ['a'], 1.5, {'a': 1}]:
    try:
        json.loads(value)
    except TypeError as e:
        print('TypeError', e)

try:
    json.loads('[1, 2', object_hook=dict)
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.args, repr(e))
    print(e.doc, e.__reduce__())
print(json.JSONDecodeError, json.JSONDecodeError.__mro__)
print(json.JSONDecodeError.__name__, json.JSONDecodeError.__module__)
e = json.JSONDecodeError('msg', 'ab\ncd', 4)
print(e, e.args, e.msg, e.doc, e.pos, e.lineno, e.colno, e.__reduce__())
e = json.JSONDecodeError('at end', 'x\n', 2)
print(e, e.lineno, e.colno)
try:
    json.loads('[]', foo=1)
except TypeError as e:
    print('TypeError', e)
try:
    json.JSONDecoder().raw_decode('[1]', -1)
except ValueError as e:
    print('ValueError', e)
try:
    json.loads('{"a": NaN}', parse_constant=lambda c: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    json.loads('[1e5]', parse_float=int)
except ValueError as e:
    print('ValueError', e)
