a = x < y
b = x < y <= z
c = x == y != z > w
d = x is None
e = x is not None
f = x in y
g = x not in y
if a < b < c:
    pass
if not (x and y) or z:
    pass
h = x and y or z
i = p if q else r
