# ** with int and float operands, negative exponents and sign rules.
print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(2 ** 100, (-3) ** 41, 10 ** 40)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(2.0 ** 10, 4 ** 0.5, 8 ** (1 / 3), 2 ** 0.5)
print(-2 ** 2, (-2) ** 2, -2 ** -2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(0.0 ** 0, 1.5 ** 2, (-1.5) ** 3)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 10 ** 9 + 7))
x = 3
x **= 4
print(x)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(type(2 ** 2), type(2 ** -2), type(2.0 ** 2))
