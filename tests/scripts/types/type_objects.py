# type() of values and printing types.
values = [1, 1.5, "s", b"b", [1], (1,), {1: 1}, {1}, frozenset(), range(1), slice(1), None, True,
          10 ** 30, len, print, lambda: 0, ValueError("x"), iter([]), type(1)]
for v in values:
    print(type(v))
def f():
    pass
print(type(f), type(f) == type(lambda: 0), type(1) == int, type(True) is bool, type("") is str)
print(int, float, str, list, dict, tuple, set, bool, type, KeyError, BaseException)
print(type(1)(5), type("")(9), type([])("ab"))
