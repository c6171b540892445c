# copy: __copy__/__deepcopy__, the reduce protocol, __getstate__/__setstate__,
# and copies of the collections and functools types.
import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap
from functools import partial


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __deepcopy__(self, memo):
        print('__deepcopy__ with memo of', type(memo).__name__)
        clone = Matrix([list(r) for r in self.rows])
        memo[id(self)] = clone
        return clone


m = Matrix([[1, 2], [3, 4]])
holder = [m, m]
hc = copy.deepcopy(holder)
print(hc[0] is hc[1], hc[0].rows == m.rows, hc[0].rows[0] is m.rows[0])


class Conn:
    def __init__(self, host):
        self.host = host
        self.socket = 'open socket'

    def __getstate__(self):
        print('__getstate__')
        state = dict(self.__dict__)
        del state['socket']
        return state

    def __setstate__(self, state):
        print('__setstate__', sorted(state))
        self.__dict__.update(state)
        self.socket = 'reconnected'


c2 = copy.copy(Conn('db'))
print(c2.host, c2.socket)
c3 = copy.deepcopy(Conn('db2'))
print(c3.host, c3.socket)


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, [self.b]))


r = copy.deepcopy(Reduced(1, 2))
print(type(r).__name__, r.a, r.b)


class Singleton:
    def __reduce__(self):
        return 'THE_ONE'


THE_ONE = Singleton()
print(copy.copy(THE_ONE) is THE_ONE, copy.deepcopy(THE_ONE) is THE_ONE)


class WithArgs:
    def __new__(cls, size):
        self = super().__new__(cls)
        self.size = size
        return self

    def __getnewargs__(self):
        return (self.size,)


w = copy.copy(WithArgs(3))
print(type(w).__name__, w.size)


class KwArgs:
    def __new__(cls, *, name):
        self = super().__new__(cls)
        self.name = name
        return self

    def __getnewargs_ex__(self):
        return (), {'name': self.name}


print(copy.deepcopy(KwArgs(name='kw')).name)

# The container types of collections and functools.
dq = deque([[1], [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
dq3 = copy.copy(dq)
print(dq2, dq2.maxlen, dq2[0] is dq[0], dq3[0] is dq[0], type(dq3).__name__)
dd = defaultdict(list, a=[1])
ddc = copy.deepcopy(dd)
ddc['b'].append(2)
print(ddc, ddc['a'] is dd['a'], copy.copy(dd)['a'] is dd['a'], dd)
od = OrderedDict([('z', [1]), ('a', [2])])
odc = copy.deepcopy(od)
print(odc, odc['z'] is od['z'], copy.copy(od) == od, type(copy.copy(od)).__name__)
cnt = Counter('aab')
print(copy.copy(cnt), copy.deepcopy(cnt), type(copy.deepcopy(cnt)).__name__)
Point = namedtuple('Point', 'x y')
pt = Point([1], 2)
print(copy.copy(pt) is pt, copy.deepcopy(pt), copy.deepcopy(pt).x is pt.x, type(copy.deepcopy(pt)).__name__)
cm = ChainMap({'a': [1]}, {'b': 2})
print(copy.copy(cm), copy.copy(cm).maps[1] is cm.maps[1], copy.deepcopy(cm).maps[0]['a'] is cm.maps[0]['a'])
p = partial(max, [1, 2], key=len)
pc = copy.deepcopy(p)
print(pc.func is max, pc.args == p.args, pc.args[0] is p.args[0], pc.keywords)
