# Shortest round-trip float repr, including exponent switch points.
values = [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, 10.0, 1e15, 1e16, 1e17, 123456789.123,
          1e-4, 1e-5, 0.00012345, 1.5e-10, 5e-324, 1.7976931348623157e308, 2.5, 100.5,
          3.0e10, 4.35, 0.7, 1.1 * 1.1, 1e100, 12345678901234567.0, 9.999999999999999e22,
          2 ** 0.5, 3.141592653589793, -0.0, -1.5, 1e22, 1e23]
for v in values:
    print(repr(v), str(v))
print(float("1.10"), float("  3.5  "), float("-0"), float("1e3"), float("1_0.5"), float(".5"))
print(float("inf"), float("-inf"), float("nan"), float("Infinity"), float("-iNF"))
print(float(3), float(10 ** 20), float(True))
for bad in ["", "abc", "1.2.3", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
