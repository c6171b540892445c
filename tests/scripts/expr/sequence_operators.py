# + * and comparisons on str, list, tuple, bytes.
print("ab" + "cd", [1] + [2, 3], (1,) + (2,), b"x" + b"y")
print("ab" * 3, [0, 1] * 2, (None,) * 3, b"-" * 4, 0 * [1])
print("abc" < "abd", [1, 2] < [1, 2, 3], (3,) > (2, 9), b"a" < b"b")
print(len("ab" * 50), len([[]] * 4))
nested = [[]] * 3
nested[0].append(1)
print(nested)
t = (1, [2])
t[1].append(3)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] + (2,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" * "b")
except TypeError as e:
    print(type(e).__name__, e)
