# functools.partial and partialmethod
import functools
from functools import partial, partialmethod


def f(a, b=1, *rest, **kw):
    return (a, b, rest, kw)


p = partial(f, 1, x=2)
print(p.func is f, p.args, p.keywords, p(), p(3), p(3, 4, y=5), p(x=9))
print(repr(p).split(' at 0x')[0], type(p).__name__, callable(p))
print(repr(partial(len)), repr(partial(max, 1, key=abs)))

# Nested partials are flattened, unless the inner one has its own attributes.
q = partial(p, 5, x=3, z=0)
print(q.func is f, q.args, q.keywords, q())
p.note = 'annotated'
r = partial(p, 6)
print(r.func is p, r.args, r(), p.note)

# Keyword arguments given at call time win.
basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo('11', base=10), basetwo.__doc__)
power = partial(pow, 2)
print([power(n) for n in range(5)], list(map(partial(f, b=0), [7, 8])))
print(sorted(['b', 'A', 'c'], key=partial(str.lower)))

for bad in [lambda: partial(), lambda: partial(1), lambda: setattr(p, 'func', len),
            lambda: setattr(p, 'args', ()), lambda: partial(f)(), lambda: partial(f, 1)(a=2)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Tagged(partial):
    def describe(self):
        return 'tagged ' + self.func.__name__


t = Tagged(f, 0, k=[1])
print(repr(t).split(' at 0x')[0], t.describe(), t(), isinstance(t, partial))

# A partial stored on a class is not bound to instances.


class Holder:
    method = partial(f, 'fixed')


print(Holder().method(2))


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = bool(state)
        return self._alive

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)

    def add(self, a, b, scale=1):
        return (a + b) * scale

    add_ten = partialmethod(add, 10)
    add_scaled = partialmethod(add, scale=3)

    @classmethod
    def make(cls, n):
        return (cls.__name__, n)

    make_seven = partialmethod(make, 7)

    @staticmethod
    def twice(x):
        return 2 * x

    twice_five = partialmethod(twice, 5)


c = Cell()
print(c.set_alive(), c._alive, c.set_dead(), c._alive)
print(c.add_ten(5), c.add_scaled(1, 2), c.add_scaled(1, 2, scale=10))
print(Cell.add_ten(c, 1), c.make_seven(), Cell.make_seven(), c.twice_five())
print(repr(Cell.__dict__['add_ten']).split(' at 0x')[0])
print(functools.partial is partial)


def combine(self, a, b):
    return (type(self).__name__, a + b)


class Mixer:
    from_partial = partialmethod(partial(combine, b=10), 1)
    fixed = partialmethod(combine, 2, 3)


mixer = Mixer()
print(mixer.from_partial(), mixer.fixed(), Mixer.fixed(mixer), Mixer.from_partial(mixer))
