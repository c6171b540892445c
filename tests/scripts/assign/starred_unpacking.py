# Starred targets and starred expressions in displays and calls.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = (7, 8)
print(everything)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
print([*range(3), *"ab", 9])
print((*[1, 2], 3))
print({*[1, 1, 2]} == {1, 2})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def show(*args, **kwargs):
    print(args, sorted(kwargs.items()))
show(*[1, 2], *(3,), **{"x": 1}, y=2)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
