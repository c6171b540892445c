# is / is not / in / not in.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, False is not None)
print(2 in a, 5 in a, 5 not in a, not 2 in a)
print("ell" in "hello", "" in "abc", "z" in "abc")
print(1 in {1: "x"}, "x" in {1: "x"}, 3 in {1, 2, 3}, 3 in (1, 2))
print(1 in range(5), 5 in range(5), 4 in range(0, 10, 2), 3 in range(0, 10, 2))
print(b"b" in b"abc", 98 in b"abc")
print([1] in [[1], [2]], (1, 2) in [(1, 2)])
print(1.0 in [1], True in [1])
x = None
print(x is None, x is not None)
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
