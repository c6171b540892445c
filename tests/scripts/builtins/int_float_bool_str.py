# The constructors int, float, bool, str, list, tuple, dict, set with various arguments.
print(int("42"), int(" -3 "), int(4.9), int("101", 2), int("0x1A", 16), int(True))
print(float("2.5"), float(2), float(" 1e-3 "), float("-inf"), bool(""), bool("0"), bool(0.0))
print(str(12), str(1.0), str([1]), str(b"x"), repr(str(None)))
print(list("abc"), tuple([1, 2]), set([1, 1]), dict([(1, 2)]), frozenset([1]) == {1})
print(int(), float(), bool(), str(), list(), tuple(), dict(), set())
print(int(-0.0), float(-0), str(-0.0), int("-0"), float("-0.0"))
