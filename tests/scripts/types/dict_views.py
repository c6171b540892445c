# dict views: live, iterable, len, membership, set-like operations on keys and items.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i))
print(sorted(k & {"b", "z"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(i - {("b", 2)}))
print(d.keys() == {"b", "c", "d"}, sorted(d.values(), reverse=True))
for key, value in d.items():
    print(key, value)
print(list(zip(d.keys(), d.values())) == list(d.items()))
print(list({}.keys()), list(dict.fromkeys("abc").values()))
