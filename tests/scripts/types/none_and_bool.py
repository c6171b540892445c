# None and bool: identity, arithmetic, repr and conversions.
print(None, repr(None), str(None), type(None), None == None, None is None, bool(None))
print(True, False, repr(True), str(False), type(True), True + 1, False - 1, True * 10, True / 2)
print(bool(0), bool(1), bool(-1), bool(""), bool("False"), bool([]), bool([False]), bool())
print(int(True), float(False), str(True) + "!", True == 1, True == 1.0)
print(isinstance(True, int), isinstance(1, bool), type(True + True), True & 3, True | False, True ^ True)
print(sum([True, True, False, True]), max(False, True), sorted([True, False, 0, 1]))
print(hash(True) == hash(1), {True: "t", 1: "one"}, {0, False})
def returns_nothing():
    pass
print(returns_nothing() is None, [None] * 2)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
