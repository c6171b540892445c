# Lambda expressions: defaults, closures, immediate calls, in sort keys.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "now")())
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: len(s) > 2, ["a", "abc", "de", "fghi"])))
make_adder = lambda n: lambda x: x + n
plus5 = make_adder(5)
print(plus5(10), make_adder(-1)(0))
starry = lambda *a, **k: (a, sorted(k))
print(starry(1, 2, z=3, y=4))
kw = lambda *, flag=False: flag
print(kw(), kw(flag=True))
fns = []
for i in range(3):
    fns.append(lambda i=i: i * 100)
print(fns[0](), fns[1](), fns[2]())
late = []
for i in range(3):
    late.append(lambda: i)
print(late[0](), late[2]())
print((lambda x: (lambda y: x + y))(1)(2))
