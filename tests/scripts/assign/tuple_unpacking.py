# Unpacking of tuples, lists, strings, ranges and nested targets.
a, b = 1, 2
print(a, b)
(c, d) = [3, 4]
[e, f] = "ef"
print(c, d, e, f)
g, h, i = range(3)
print(g, h, i)
(j, k), l = (5, 6), 7
print(j, k, l)
m, (n, (o, p)) = 1, (2, (3, 4))
print(m, n, o, p)
for x, y in [(1, "a"), (2, "b")]:
    print(x, y)
for idx, (u, v) in enumerate([(10, 20), (30, 40)]):
    print(idx, u + v)
key, value = list({"k": "v"}.items())[0]
print(key, value)
q, = [99]
print(q)
a = b = 1, 2
print(a, b)
print(list(map(lambda pair: pair[0] * pair[1], [(2, 3), (4, 5)])))
