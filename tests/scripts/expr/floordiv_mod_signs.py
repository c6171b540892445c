# // and % follow the sign of the divisor (Python rules), for ints and floats.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1.0, 0.3), (-0.0, 1.0), (5, 0.5)]
for a, b in fpairs:
    print(a, b, a // b, a % b)
print(10 ** 25 // 7, 10 ** 25 % 7, -10 ** 25 // 7, -10 ** 25 % 7)
print(10 ** 25 // -(10 ** 12 + 39), 10 ** 25 % -(10 ** 12 + 39))
print(-1 % 10 ** 30, (-1) // 10 ** 30)
print(7 % 1, -7.25 % 1, 3 // 1.5)
