# sorted and reversed over many iterables.
print(sorted([3, 1, 2]), sorted((3, 1, 2), reverse=True), sorted("cab"), sorted({"b": 1, "a": 2}))
print(sorted([]), sorted(range(5, 0, -1)), sorted([1.5, 1, -2, 0.5]))
print(sorted(["b", "A", "c"], key=str.lower), sorted([[3], [1, 2], []], key=len))
original = [2, 1]
result = sorted(original)
print(original, result, result is original)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
r = reversed([1, 2])
print(next(r), next(r), next(r, "done"))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, None])
except TypeError as e:
    print(type(e).__name__, e)
