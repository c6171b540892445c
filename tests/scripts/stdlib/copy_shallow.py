# copy.copy: shallow copies of builtins, instances, slots and subclasses.
import copy

nested = [1, [2, 3], {'k': [4]}]
c = copy.copy(nested)
print(c, c == nested, c is nested, c[1] is nested[1])
d = {'a': [1], 'b': 2}
dc = copy.copy(d)
dc['b'] = 3
dc['a'].append(9)
print(d, dc)
s = {1, 2}
sc = copy.copy(s)
sc.add(3)
print(s, sc)
t = (1, [2])
fs = frozenset([1])
print(copy.copy(t) is t, copy.copy(fs) is fs, copy.copy('str') == 'str', copy.copy(5), copy.copy(None))
print(copy.copy(len) is len, copy.copy(int) is int, copy.copy(range(3)), copy.copy(slice(1, 2)))


def fn():
    pass


print(copy.copy(fn) is fn)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.history = []

    def __repr__(self):
        return 'Point(%r, %r, %r)' % (self.x, self.y, self.history)


p = Point(1, 2)
q = copy.copy(p)
q.x = 10
q.history.append('moved')
print(p, q, type(q).__name__, q.history is p.history)


class Slotted:
    __slots__ = ('a', 'b', '__private')

    def __init__(self):
        self.a = 1
        self.__private = 'secret'

    def peek(self):
        return self.__private


sl = copy.copy(Slotted())
print(sl.a, hasattr(sl, 'b'), sl.peek())


class Mixed(Slotted):
    def __init__(self):
        super().__init__()
        self.extra = 'dict'


mx = copy.copy(Mixed())
print(mx.a, mx.extra, mx.peek(), vars(mx)['extra'])


class Tracked(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.label = 'tracked'


tr = Tracked([1, 2])
tc = copy.copy(tr)
tc.append(3)
print(tr, tc, type(tc).__name__, tc.label)


class Registry(dict):
    pass


rg = Registry(a=1)
rg.owner = 'me'
rc = copy.copy(rg)
print(rc, type(rc).__name__, rc.owner)


class Pair(tuple):
    pass


pr = copy.copy(Pair((1, 2)))
print(pr, type(pr).__name__)


class Tags(set):
    pass


tg = copy.copy(Tags({'x'}))
print(tg, type(tg).__name__)


class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Hooked(self.v * 2)


print(copy.copy(Hooked(4)).v)
err = ValueError('bad', 1)
err.note = 'n'
ec = copy.copy(err)
print(type(ec).__name__, ec.args, ec.note, ec is err)


class NoInit:
    def __init__(self):
        raise RuntimeError('must not run')


ni = NoInit.__new__(NoInit)
ni.value = 3
print(copy.copy(ni).value, copy.copy(object()) is not None)
print(copy.Error.__mro__[1].__name__, copy.error is copy.Error)
try:
    raise copy.Error('custom')
except copy.Error as e:
    print('Error', e)
