# len, repr and str across types.
for v in ["", "abc", "中文", b"ab", [], [1, [2, 3]], (), (1,), {}, {"a": 1}, set(), {1, 2}, range(10), range(1, 10, 3), frozenset("ab")]:
    print(len(v), repr(v) if not isinstance(v, (set, frozenset)) else sorted(v))
for v in [1, -1.5, "s", 'q"uote', "it's", None, True, [1, "a"], (1, "a"), {"k": "v"}, b"\x00a", 1e100, float("nan")]:
    print(repr(v), str(v))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(repr("x")), str(str(1)))
