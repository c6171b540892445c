# collections.namedtuple: construction, fields, methods and tuple behaviour.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[1], p[-1], len(p), list(p))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.__name__, Point.__qualname__)
print(Point.x.__doc__, Point.y.__doc__, Point.__new__.__doc__, Point.__match_args__)
print(type(p), isinstance(p, tuple), issubclass(Point, tuple), Point.__mro__)
x, y = p
print(x, y, p == (11, 22), p == Point(11, 22), (11, 22) == p, hash(p) == hash((11, 22)))
print(p + (1,), p * 2, p[:1], p[::-1], 22 in p, p.index(22), p.count(11), sorted(Point(3, 1)))
print('%s and %s' % p, '{} {}'.format(*p), max(p), dict(zip(p._fields, p)))

print(Point._make([1, 2]), Point._make(range(2)), Point._make('ab'))
print(p._asdict(), type(p._asdict()))
print(p._replace(x=100), p._replace(), p)
print(p.__getnewargs__(), repr(p), str(p))
print(Point(x=1, y=2), Point(*[3, 4]), Point(**{'y': 6, 'x': 5}))
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))
print({Point(1, 2): 'a'}[(1, 2)])

# String field specs and defaults.
Color = namedtuple('Color', 'red green, blue')
print(Color(1, 2, 3), Color._fields)
Config = namedtuple('Config', 'host port debug', defaults=[8080, False])
print(Config('localhost'), Config('h', 1), Config('h', 1, True), Config._field_defaults)
print(Config.__new__.__doc__, Config._make(['a', 'b', 'c']))
Single = namedtuple('Single', 'only')
print(Single(1), Single.__doc__, Single._fields)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, Empty.__doc__, len(Empty()))
Renamed = namedtuple('Renamed', ['abc', 'def', '_private', 'abc', '9'], rename=True)
print(Renamed._fields, Renamed(1, 2, 3, 4, 5))
print(namedtuple('N', (f for f in ['a', 'b']) if False else iter(['a', 'b']))._fields)
print(namedtuple('M', 'a b', module='mymod').__module__)
print(namedtuple('D', 'a b', defaults=iter([1, 2]))(), namedtuple('D', 'a b', defaults=())._field_defaults)

# Subclassing adds methods; __slots__ = () keeps instances dict-free.


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return 'Vec<%d, %d>' % self


v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), v._replace(x=0), type(v._replace(x=0)).__name__, Vec._make([5, 6]))
print(v._asdict(), Vec._fields)
Point3 = namedtuple('Point3', Point._fields + ('z',))
print(Point3(1, 2, 3))
