# map and filter are lazy iterators.
print(list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])), list(map(abs, (-1, 2, -3))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
calls = []
def logged(x):
    calls.append(x)
    return x * 2
m = map(logged, [1, 2, 3])
print(calls)
print(next(m), calls)
print(list(m), calls)
print(list(m))
f = filter(str.isdigit, "a1b2c3")
print("".join(f))
print(sum(map(int, "12345")), max(map(len, ["aa", "b", "cccc"])))
