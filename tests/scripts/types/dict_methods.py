# dict methods: get, keys, values, items, pop, setdefault, update, copy, clear, fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", "default"))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
d.update({"d": 4, "a": 10})
d.update([("e", 5)])
d.update(f=6)
print(d)
print(d.pop("b"), d.pop("zz", "missing"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
c = d.copy()
c["new"] = True
print(len(d), len(c), "new" in d, "new" in c)
c.clear()
print(c)
print(dict.fromkeys(["x", "y"]), dict.fromkeys("ab", 0), dict.fromkeys([]))
print(dict(), dict(a=1), dict([("k", "v"), ("k2", "v2")]), dict({"z": 26}, y=25))
keys = d.keys()
d["late"] = 0
print(list(keys), len(keys), "late" in keys)
