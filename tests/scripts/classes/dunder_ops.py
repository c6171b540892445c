# The dunder protocol: arithmetic (reflected and in-place), comparisons, hashing.
class V:
    def __init__(self, *c):
        self.c = list(c)

    def __repr__(self):
        return "V(" + ", ".join(map(str, self.c)) + ")"

    def __add__(self, other):
        if isinstance(other, V):
            return V(*[a + b for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return V(*[a + other for a in self.c])
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __mul__(self, k):
        return V(*[a * k for a in self.c])

    __rmul__ = __mul__

    def __iadd__(self, other):
        self.c = [a + other for a in self.c]
        return self

    def __neg__(self):
        return V(*[-a for a in self.c])

    def __abs__(self):
        return sum([a * a for a in self.c]) ** 0.5

    def __eq__(self, other):
        return isinstance(other, V) and self.c == other.c

    def __hash__(self):
        return hash(tuple(self.c))

    def __lt__(self, other):
        return self.c < other.c

    def __bool__(self):
        return any(self.c)

    def __len__(self):
        return len(self.c)


a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a * 3, 2 * a, -a, abs(V(3, 4)))
x = a
x += 10
print(x, x is a)
print(a == V(11, 12), a != b, a < b, b > a, sorted([b, a]), len(a))
print(bool(V(0, 0)), bool(a), not V(0))
print(len({V(1), V(1), V(2)}), hash(V(1, 2)) == hash((1, 2)))
try:
    a - b
except TypeError as err:
    print("TypeError:", err)
try:
    a + "s"
except TypeError as err:
    print("TypeError:", err)
try:
    a <= b
except TypeError as err:
    print("TypeError:", err)


class OnlyEq:
    def __eq__(self, other):
        return True


try:
    hash(OnlyEq())
except TypeError as err:
    print("TypeError:", err)
print(OnlyEq() == 5, OnlyEq() != 5, OnlyEq.__hash__)


class Num:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __format__(self, spec):
        return "Num<" + format(self.v, spec) + ">"


print([10, 20, 30][Num(1)], hex(Num(255)), f"{Num(7):>4}", "{:03d}".format(Num(5)))


class Base:
    def __add__(self, other):
        return "Base.add"

    def __radd__(self, other):
        return "Base.radd"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.radd"


print(Base() + Derived(), Derived() + Base(), 1 + Base())


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as err:
    print("TypeError:", err)


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as err:
    print("ValueError:", err)
