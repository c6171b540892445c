# & | ^ ~ << >> on non-negative, negative and big ints.
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10)
print(1 << 0, 1 << 10, 1 << 64, 1 << 100, 5 << 3)
print(1024 >> 3, -1024 >> 3, -1 >> 100, 7 >> 1, -7 >> 1)
print((1 << 100) >> 99, (1 << 100) - 1 & 0xff)
print(0xf0f0 & 0x0ff0, 0xf0f0 | 0x0ff0, 0xf0f0 ^ 0x0ff0)
print(-(1 << 70) & 0xffff, -(1 << 70) >> 68, (1 << 70) ^ -1)
print(True & False, True | False, True ^ True, ~True)
x = 0b1010
x |= 0b0101
x &= 0b1100
x ^= 0b0001
x <<= 2
x >>= 1
print(x)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
