# Item and slice assignment on lists and dicts.
a = list(range(10))
a[0] = "zero"
a[-1] = "last"
print(a)
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200]
print(a)
a[:] = [1, 2, 3, 4, 5, 6]
print(a)
a[::2] = ["a", "b", "c"]
print(a)
a[1::2] = [0, 0, 0]
print(a)
a[4:] = []
print(a)
a[len(a):] = [9, 9]
print(a)
a[-2:] = "xy"
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
d = {}
d["a"] = 1
d[(1, 2)] = "tuple key"
d[3] = [3]
d[3][0] = 33
print(d)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
b = [0, 1, 2, 3, 4, 5]
b[::-1] = b[:]
print(b)
