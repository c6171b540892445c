# enumerate (start) and zip (unequal lengths).
for i, ch in enumerate("abc"):
    print(i, ch)
print(list(enumerate(["x", "y"], 1)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(10, 13), "xyz")))
names = ["ann", "bob"]
ages = [31, 42]
for n, a in zip(names, ages):
    print(n, a)
d = dict(zip("abc", range(3)))
print(d)
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters)
e = enumerate("hi")
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("StopIteration")
