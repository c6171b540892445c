# Insertion order, re-insertion, key types, equality, len and iteration.
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(list(d))
d["z"] = 10
print(d)
del d["z"]
d["z"] = 20
print(d)
keys = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "true?", b"b": "bytes"}
print(keys)
print(keys[1], keys[1.0], keys[(1, 2)], keys[None])
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 1} == {1: 1.0}, {} == {})
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}[{}]
except TypeError as e:
    print(type(e).__name__, e)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
for k in sorted(counts, key=lambda k: (-counts[k], k)):
    print(k, counts[k])
try:
    for k in counts:
        counts[k + "!"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
big = {}
for i in range(1000):
    big[i * 7919 % 1009] = i
print(len(big), big[0], big[1008] if 1008 in big else None, list(big)[:5])
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], repr(nested))
