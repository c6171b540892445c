# Classes derived from dict, list, tuple and set: __missing__, extra attributes,
# __slots__ = (), __new__ through super(), __init__ through super().
class D(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = D(a=1)
print(d["hello"], d, isinstance(d, dict), type(d).__name__, len(d))
class L(list):
    def total(self): return sum(self)
l = L([1, 2, 3]); l.append(4); l.tag = "x"
print(l, l.total(), l.tag, l[1:], type(l[1:]).__name__, l.__dict__)
class P(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return f"P(x={self[0]}, y={self[1]})"
p = P(3, 4)
a, b = p
print(p, p.x, a, b, p == (3, 4), hash(p) == hash((3, 4)), isinstance(p, tuple))
try: p.z = 1
except AttributeError as e: print(e)
class S(set):
    def __init__(self, items, name):
        super().__init__(items)
        self.name = name
s = S([1, 2, 2], "s")
print(sorted(s), s.name, 2 in s, len(s))
class DD(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, k):
        v = self[k] = self.factory()
        return v
dd = DD(list); dd["a"].append(1); print(dd, dd.factory)
class Counter2(dict):
    def __getitem__(self, k): return super().get(k, 0)
c = Counter2(); print(c["x"], c)
