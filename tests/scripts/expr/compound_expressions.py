# Larger expressions mixing every operator family.
a, b, c = 7, -3, 2.5
print(a * b + c, a // b * b + a % b == a, (a + b) ** 2 - (a ** 2 + 2 * a * b + b ** 2))
print(a & 3 | b & 12 ^ 5, a << 2 >> 1, -a >> 1, ~a & 0xff)
print(a > b and c or "no", not a < b or c, (a if b > 0 else c) * 2)
print(abs(b) ** 2 % 5, divmod(a, b), a / c // 1, -a % 3.5)
print(1 < a < 10 != b, [a, b][a > b], (a, b) < (a, c))
x = [1, 2, 3]
print(x[-1] * x[0] + len(x) ** 2, x[1:][::-1][0], sum(x) / len(x))
print(((((1 + 2) * 3) - 4) / 5) ** 6)
print(2 ** 3 ** 2 // 7 % 11 - 4 * -2)
