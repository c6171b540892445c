# List indexing, slicing, membership, equality, nested lists and len.
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[0], a[-1], a[3:7], a[:3], a[7:], a[::3], a[::-1], a[8:2:-2], a[-3:], a[:-7])
print(a[100:], a[-100:2], len(a), len([]), len([[1, 2]]))
try:
    a[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a["1"]
except TypeError as e:
    print(type(e).__name__, e)
b = a[:]
print(b == a, b is a)
matrix = [[1, 2, 3], [4, 5, 6]]
print(matrix[1][2], matrix[-1][-1], len(matrix[0]))
print([1, [2, [3]]] == [1, [2, [3]]], [1, 2] != [1, 2.0])
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]))
c = [1, 2]
c.append(c)
print(c)
print(repr([None, True, "s", 1.5, (1,)]))
e = list(range(5))
print(e[True], e[False])
