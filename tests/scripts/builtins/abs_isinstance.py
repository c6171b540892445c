# abs and isinstance (with tuples of types and bool/int relationships).
print(abs(-5), abs(5), abs(-0.0), abs(-2.5), abs(-(2 ** 100)), abs(False), abs(True))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
checks = [(1, int), (True, int), (1, bool), (1.0, float), (1, float), ("s", str), (b"", bytes),
          ([], list), ((), tuple), ({}, dict), (set(), set), (frozenset(), frozenset), (None, type(None)),
          (range(1), range), (1, (str, int)), ("x", (list, tuple)), (ValueError(), Exception),
          (KeyError(), LookupError), (int, type), (len, object), (1, object)]
for value, kind in checks:
    print(repr(value), isinstance(value, kind))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
