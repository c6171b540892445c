# collections.namedtuple: invalid names, wrong arguments and read-only fields.
from collections import namedtuple


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


for args in [('P', 'x x'), ('P', '_x'), ('P', 'def'), ('1P', 'x'), ('P', ['x', 1]),
             ('P', 'a-b'), ('class', 'x'), ('P', ['x', 'y', 'x']), ('P', 'x  _y'),
             ('', 'a'), ('P', ['x', '']), ('Ok', ['ok', 'None'])]:
    attempt(repr(args), lambda: namedtuple(*args)._fields)
attempt('types', lambda: namedtuple(1, 'x'))
attempt('too many defaults', lambda: namedtuple('P', 'x', defaults=[1, 2]))
attempt('bad rename kw', lambda: namedtuple('P', 'x', True))

P = namedtuple('P', 'x y')
attempt('missing one', lambda: P(1))
attempt('missing two', lambda: P())
attempt('too many', lambda: P(1, 2, 3))
attempt('unexpected kw', lambda: P(1, z=2))
attempt('multiple values', lambda: P(1, x=2))
attempt('multiple and too many', lambda: P(1, 2, 3, x=1))
Q = namedtuple('Q', 'a b c', defaults=[3])
attempt('defaults missing', lambda: Q())
attempt('defaults too many', lambda: Q(1, 2, 3, 4))
attempt('defaults one missing', lambda: Q(1))
R = namedtuple('R', 'a b c d')
attempt('three missing', lambda: R(1))
E = namedtuple('E', '')
attempt('empty too many', lambda: E(1))
attempt('make short', lambda: P._make([1]))
attempt('make long', lambda: P._make([1, 2, 3]))
attempt('replace bad', lambda: P(1, 2)._replace(z=1, w=2))
p = P(1, 2)
attempt('set field', lambda: setattr(p, 'x', 5))
attempt('del field', lambda: delattr(p, 'x'))
attempt('new attr', lambda: setattr(p, 'z', 5))
attempt('index', lambda: p[2])
attempt('item assign', lambda: p.__setitem__(0, 1))
attempt('no dict', lambda: p.__dict__)
attempt('getattr', lambda: p.nothing)
