# / always produces a float.
print(6 / 3, 7 / 2, -7 / 2, 1 / 3, 2 / 3, 10 / 4)
print(1 / 7, 22 / 7, 1 / 1e-10)
print(10 ** 30 / 10 ** 10, 2 ** 70 / 2 ** 69, (10 ** 20 + 1) / 10)
print(0 / 5, -0 / 5, 0.0 / -5)
print(type(4 / 2), 4 / 2 == 2)
for a, b in [(1, 0), (1.0, 0), (0, 0.0), (10 ** 40, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for a, b in [(1, 0), (1.5, 0.0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
x = 10
x /= 4
print(x)
