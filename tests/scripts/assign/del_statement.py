# del on names, items, slices and dict keys.
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
del a[:]
print(a)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
p, q = 1, 2
del p, q
try:
    print(q)
except NameError as e:
    print(type(e).__name__, e)
nested = [[1, 2, 3], [4]]
del nested[0][1]
print(nested)
try:
    del nested[5]
except IndexError as e:
    print(type(e).__name__, e)
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
