# any and all, with short-circuiting over iterators.
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any("abc"), all(""), any(range(0)), all(range(1, 5)), any([[]]), all([[]]))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(map(check, [1, 2, 3, 4, 5])), seen)
seen.clear()
print(all(map(check, [3, 4, 1, 5])), seen)
words = ["apple", "avocado", "apricot"]
print(all(map(lambda w: w.startswith("a"), words)), any(map(lambda w: "v" in w, words)))
