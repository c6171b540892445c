# __getitem__/__setitem__/__delitem__, __contains__, __iter__/__next__, __call__,
# __getattr__, __repr__/__str__.
class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        if key not in self.cells:
            raise KeyError(key)
        return self.cells[key]

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells

    def __len__(self):
        return len(self.cells)

    def __iter__(self):
        return iter(sorted(self.cells))

    def __str__(self):
        return f"Grid with {len(self)} cells"

    def __repr__(self):
        return "Grid()"


g = Grid()
g[1, 2] = "a"
g[0, 0] = "b"
print(g[1, 2], (0, 0) in g, (5, 5) in g, len(g), list(g), str(g), repr(g), [g])
del g[0, 0]
print(len(g), f"{g}", f"{g!r}")
try:
    g[9, 9]
except KeyError as err:
    print("KeyError:", err)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(4)), sum(Countdown(3)), max(Countdown(5)))
for v in Countdown(2):
    print("tick", v)


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(Seq()), 20 in Seq(), 25 in Seq())


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, times=1):
        return (x + self.n) * times


add5 = Adder(5)
print(add5(1), add5(2, times=3), callable(add5), list(map(add5, [1, 2])))


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return getattr(self._target, name)


px = Proxy([3, 1, 2])
print(px.count(1), px.index(2), hasattr(px, "append"), hasattr(px, "secret_x"))
try:
    px.secret_y
except AttributeError as err:
    print("AttributeError:", err)


class NotIter:
    pass


try:
    iter(NotIter())
except TypeError as err:
    print("TypeError:", err)
try:
    NotIter()[0]
except TypeError as err:
    print("TypeError:", err)
try:
    NotIter()()
except TypeError as err:
    print("TypeError:", err)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as err:
    print("TypeError:", err)


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as err:
    print("TypeError:", err)
