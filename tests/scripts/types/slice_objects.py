# slice objects and their use with sequences.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
data = list(range(20))
print(data[s], data[slice(None, 5)], data[slice(-3, None)], "abcdef"[slice(None, None, 2)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
t = tuple(range(10))
print(t[2:8:3], t[slice(8, 2, -3)])
try:
    data[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    data[1.5:]
except TypeError as e:
    print(type(e).__name__, e)
