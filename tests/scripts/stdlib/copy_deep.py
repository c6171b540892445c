# copy.deepcopy: nested containers, shared references, cycles and the memo.
import copy

data = {'list': [1, [2, 3]], 'tuple': (4, [5]), 'set': {6}, 'frozen': frozenset([7]), 'str': 'abc'}
dc = copy.deepcopy(data)
print(dc == data, dc is data, dc['list'] is data['list'], dc['list'][1] is data['list'][1])
print(dc['tuple'] is data['tuple'], dc['tuple'][1] is data['tuple'][1], dc['str'] is data['str'])
dc['list'][1].append(99)
print(data['list'], dc['list'])
atomic = (1, 2, ('x', None))
print(copy.deepcopy(atomic) is atomic, copy.deepcopy(3.5), copy.deepcopy(True), copy.deepcopy(b'xy'))

# Shared references stay shared, and cycles are reproduced.
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyclic = [1]
cyclic.append(cyclic)
cc = copy.deepcopy(cyclic)
print(cc[1] is cc, cc is not cyclic, cc)
d = {}
d['self'] = d
dd = copy.deepcopy(d)
print(dd['self'] is dd, dd is not d)
looped = ([],)
looped[0].append(looped)
lc = copy.deepcopy(looped)
print(lc[0][0] is lc, lc is not looped)

# The memo maps id(original) to the copy; originals are kept alive in it.
memo = {}
inner = [1]
outer = [inner, inner]
first = copy.deepcopy(outer, memo)
print(memo[id(inner)] is first[0], memo[id(outer)] is first, id(memo) in memo, len(memo[id(memo)]))
again = copy.deepcopy(inner, memo)
print(again is first[0])


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node('root')
kid = root.add(Node('kid'))
kid.add(Node('grandkid'))
rc = copy.deepcopy(root)
print(rc.name, rc is root, rc.children[0].parent is rc, rc.children[0].children[0].parent is rc.children[0])
print(rc.children[0] is kid, [c.name for c in rc.children])


class Slots:
    __slots__ = ('items', 'tag')

    def __init__(self):
        self.items = [1, 2]


sc = copy.deepcopy(Slots())
print(sc.items, hasattr(sc, 'tag'))


class Deck(list):
    def __init__(self, cards=()):
        super().__init__(cards)
        self.owner = ['me']


deck = Deck([[1], [2]])
deck_copy = copy.deepcopy(deck)
print(deck_copy, type(deck_copy).__name__, deck_copy[0] is deck[0], deck_copy.owner, deck_copy.owner is deck.owner)


class Table(dict):
    pass


table = Table(rows=[1])
tc = copy.deepcopy(table)
print(tc, type(tc).__name__, tc['rows'] is table['rows'])


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    def __getnewargs__(self):
        return tuple(self)


print(copy.deepcopy(Point(1, [2])), type(copy.deepcopy(Point(1, 2))).__name__)


def method_owner():
    class Counter:
        def __init__(self):
            self.n = 0

        def bump(self):
            self.n += 1
            return self.n
    return Counter()


counter = method_owner()
bound = copy.deepcopy(counter.bump)
print(bound(), bound(), counter.n)
print(copy.deepcopy(len) is len, copy.deepcopy(Node) is Node, copy.deepcopy(range(5)))
s = {(1, 2), 3}
print(copy.deepcopy(s) == s, copy.deepcopy(frozenset([1, 2])) == frozenset([1, 2]))
