# min, max (key, default), sum (start).
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max((4, 5)), min("bca"), max("abc"))
print(min([], default="empty"), max([], default=None), min([7], default=0))
print(max(["apple", "kiwi", "banana"], key=len), min(["apple", "kiwi", "banana"], key=len))
print(max([-5, 3, -7], key=abs), min([(2, "b"), (1, "z"), (1, "a")]))
print(max([1, 3, 3, 2], key=lambda x: x % 3), max(1, 2.5), min(-1, -1.0), max(True, 2))
print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([0.1] * 3), sum([1, 2], 10), sum([[1], [2]], []))
print(sum((10 ** 20, 10 ** 20)), sum([1.5, 2, True]))
for thunk in [lambda: min([]), lambda: max(), lambda: max(1, "a"), lambda: sum(["a", "b"]), lambda: sum(["a"], "")]:
    try:
        print(thunk())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
