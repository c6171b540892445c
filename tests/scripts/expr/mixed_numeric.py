# int/float/bool mixing and conversions in arithmetic.
print(1 + 1.0, 2 * 0.5, 3 - True, True + True, True * 2.5, False / 1)
print(10 ** 20 + 0.5, 10 ** 30 * 1.0, 2 ** 1000 > 1e300)
print(1 == 1.0 == True, 0 == 0.0 == False, 0.5 < 1 < 1.5)
print(type(1 + 1.0), type(True + 1), type(True + False), type(True & True))
print(int(3.9), int(-3.9), float(7), round(2.5), round(3.5), round(-2.5))
print(abs(-3), abs(-3.5), abs(True), abs(-(10 ** 25)))
print(3 * "ab", "ab" * 0, [1] * 3, 2 * (0,), "x" * -1, True * "t")
try:
    print(2 ** 10000 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(1 + "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" + 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] * 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(1e308 * 10, -1e308 * 10, 1e308 * 10 - 1e308 * 10)
