# Class and instance attributes, methods, default repr pieces, type().
class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims, Point.__doc__)
q = p.moved(1)
print(q.x, q.y, type(q) is Point, type(q).__name__, Point.__name__, Point.__qualname__, Point.__module__)
p.dims = 3
print(p.dims, Point.dims, sorted(p.__dict__.items()))
Point.dims = 5
print(Point(0, 0).dims, p.dims)
m = p.norm2
print(m(), Point.norm2(p), callable(m))
print(repr(p).startswith("<__main__.Point object at 0x"), str(p) == repr(p))
print(Point, type(Point), type(p))
print(getattr(p, "x"), getattr(p, "nope", "default"), hasattr(p, "y"), hasattr(p, "z"))
setattr(p, "z", 9)
print(p.z)
delattr(p, "z")
print(hasattr(p, "z"))


class Empty:
    pass


e = Empty()
e.anything = [1, 2]
print(e.anything, Empty.__bases__, Empty.__mro__)


def make(tag):
    class Local:
        label = tag

        def get(self):
            return self.label + tag
    return Local


L = make("ab")
print(L().get(), L.__qualname__)
try:
    p.missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    Point.missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
try:
    Empty(1)
except TypeError as err:
    print("TypeError:", err)
