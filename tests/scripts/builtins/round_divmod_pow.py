# round (banker's rounding), divmod, pow with 2 and 3 arguments.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 7, -7, 0.1 + 0.2]:
    print(v, round(v), round(v, 1), round(v, 2))
print(round(12345, -2), round(12355, -1), round(-150, -2), round(250, -2), round(1e20), round(123.456, -1))
print(type(round(1.5)), type(round(1.5, 0)), type(round(5, 1)))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(0, 3))
print(divmod(10 ** 30, 17), divmod(True, 2))
print(pow(2, 8), pow(2, -2), pow(2.5, 2), pow(9, 0.5), pow(0, 0))
print(pow(4, 13, 497), pow(-4, 13, 497), pow(4, 13, -497), pow(2, 10 ** 6, 10 ** 9), pow(3, -1, 7))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5)]:
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
