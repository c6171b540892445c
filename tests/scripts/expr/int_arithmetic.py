# Integer + - * with small and large values.
print(1 + 2, 7 - 10, 6 * 7, -3 * -3, 0 * -5)
print(2147483647 + 1, -2147483648 - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, 4611686018427387904 * 2)
print(3037000500 * 3037000500, (2 ** 62) * 4)
print(10 ** 30 - 10 ** 30 + 1, 10 ** 20 * 10 ** 20)
big = 123456789 ** 5
print(big, big - big + 7, -big)
print(big * big)
print((2 ** 64 - 1) & 0xffff, 2 ** 64 | 1)
a = 1
for i in range(100):
    a = a * 3 + i
print(a)
print(a % 1000007, a // 10 ** 40)
