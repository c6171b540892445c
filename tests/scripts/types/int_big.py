# Arbitrary-precision integers: growth, mixed sizes, conversions.
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(f // 3 ** 20, f % 10 ** 9 + 7, f % -12345)
print(2 ** 200 - 2 ** 199 == 2 ** 199, -(2 ** 200) // 3, -(2 ** 200) % 3)
print(str(2 ** 256), len(str(2 ** 1000)))
print(int("9" * 50) + 1)
print(int("-" + "1" * 40), int("  77  "), int("1_000"))
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 65))
print(abs(-(10 ** 40)), -(-(10 ** 40)))
print(10 ** 40 == 10 ** 40, 10 ** 40 < 10 ** 41, max(10 ** 30, 10 ** 29))
x = 1
for _ in range(64):
    x <<= 1
print(x, x - 1, x >> 63, x & (x - 1))
print(divmod(10 ** 30 + 7, 10 ** 15), divmod(-(10 ** 30), 7))
print(pow(3, 200, 1000000007), pow(7, 10 ** 20, 13))
print(hash(10 ** 30) == hash(10 ** 30), hash(5), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61))
print(round(10 ** 25 + 0.0), int(1e25), int(-1.5e20))
a = 12345678901234567890
b = 98765432109876543210
print(a * b, b - a, b // a, b % a, a - b)
print(sum(range(10 ** 6)), (10 ** 6) * (10 ** 6 - 1) // 2)
