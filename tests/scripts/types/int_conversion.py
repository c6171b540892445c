# int() from strings, floats, bools and bases; str() of ints.
print(int(), int(0), int(True), int(-7.99), int(7.99), int("  -42\n"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("777", 8), int("1010", 2), int("z", 36), int("Zz", 36), int("10", 3))
print(int("1_000_000"), int("-0"), int("+5"), int("0"), int("000"))
for bad in ["", " ", "1.5", "abc", "1__0", "_1", "0x", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for s, base in [("12", 2), ("g", 16), ("1", 1), ("1", 37)]:
    try:
        int(s, base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
print(str(0), str(-15), str(10 ** 21), repr(123))
