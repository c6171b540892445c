a, b = b, a
x, *rest = items
first, *middle, last = items
(p, q), r = pair, 3
[u, v] = w
a = b = c = 0
obj.attr = value
obj[key] = value
obj[1:2] = value
obj[i] += 1
obj.count -= 1
for i, (j, k) in pairs:
    pass
del a, obj.attr, obj[key]
