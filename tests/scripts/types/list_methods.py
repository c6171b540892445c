# list methods: append, extend, insert, remove, pop, index, count, reverse, copy, clear.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend("ab")
a.extend(range(2))
print(a)
a.insert(0, "first")
a.insert(-1, "before last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
a.remove("a")
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(1), a.index(1, 3), a.count(1), a.count("zz"))
a.reverse()
print(a)
b = a.copy()
b.append("only in b")
print(len(a), len(b), a == b[:-1])
b.clear()
print(b, a[:3])
for thunk in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2)]:
    try:
        thunk()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"k": 1}))
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
print(nested)
