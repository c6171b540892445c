# operator.itemgetter, attrgetter and methodcaller
from operator import itemgetter, attrgetter, methodcaller
import operator

first = itemgetter(0)
print(first([5, 6]), first('xyz'), first((None,)), itemgetter(1, 0)('ab'), itemgetter('k')({'k': 1}))
print(itemgetter(slice(1, None))([1, 2, 3]), itemgetter(-1, 0, 1)(range(5)))
print(repr(first), repr(itemgetter(1, 'x')), repr(itemgetter(slice(None, 2))))
rows = [('b', 2, 'x'), ('a', 2, 'y'), ('c', 1, 'z')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(2), rows)), max(rows, key=itemgetter(0)))


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct='!'):
        return '%s, %s%s' % (greeting, self.name, punct)


tree = Node('root', Node('mid', Node('leaf')))
print(attrgetter('name')(tree), attrgetter('child.name')(tree), attrgetter('child.child.name')(tree))
print(attrgetter('name', 'child.name')(tree), attrgetter('real', 'imag')(3))
print(repr(attrgetter('name')), repr(attrgetter('a', 'b.c')))
nodes = [Node('b'), Node('a'), Node('c')]
print([n.name for n in sorted(nodes, key=attrgetter('name'))])

print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b'), methodcaller('greet', 'Hi')(tree))
print(methodcaller('greet', 'Yo', punct='?')(tree), methodcaller('count', 1)([1, 1, 2]))
print(repr(methodcaller('m')), repr(methodcaller('m', 1, 'two', k=3, j=[4])))
print(list(map(methodcaller('strip'), [' a ', 'b  '])))
print(type(first).__name__, type(attrgetter('x')).__module__, operator.itemgetter is itemgetter)


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('itemgetter()', lambda: itemgetter())
attempt('call none', lambda: first())
attempt('call two', lambda: first(1, 2))
attempt('call kw', lambda: first(x=1))
attempt('index', lambda: first([]))
attempt('not subscriptable', lambda: first(5))
attempt('attrgetter()', lambda: attrgetter())
attempt('attr int', lambda: attrgetter(1))
attempt('attr missing', lambda: attrgetter('nope')(tree))
attempt('attr dotted missing', lambda: attrgetter('child.nope')(tree))
attempt('attr trailing dot', lambda: attrgetter('a.')(1))
attempt('attr call none', lambda: attrgetter('a')())
attempt('attr call kw', lambda: attrgetter('a')(x=1))
attempt('methodcaller()', lambda: methodcaller())
attempt('method int', lambda: methodcaller(1))
attempt('method call none', lambda: methodcaller('x')())
attempt('method missing', lambda: methodcaller('nope')(1))
attempt('method bad args', lambda: methodcaller('upper', 1)('a'))
