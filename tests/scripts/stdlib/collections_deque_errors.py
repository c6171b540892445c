# collections.deque: errors, comparisons, arithmetic, iteration and repr.
from collections import deque


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


full = deque([1, 2, 3], maxlen=3)
attempt('pop', lambda: deque().pop())
attempt('popleft', lambda: deque().popleft())
attempt('insert full', lambda: full.insert(0, 1))
attempt('remove', lambda: deque([1]).remove(5))
attempt('index', lambda: deque([1, 2]).index(5))
attempt('index range', lambda: deque([1, 2, 5]).index(5, 0, 2))
attempt('getitem', lambda: deque([1])[5])
attempt('getitem neg', lambda: deque([1])[-2])
attempt('slice', lambda: deque([1])[1:])
attempt('str index', lambda: deque([1])['a'])
attempt('setitem', lambda: deque([1]).__setitem__(3, 0))
attempt('delitem', lambda: deque([1]).__delitem__(3))
attempt('maxlen neg', lambda: deque(maxlen=-1))
attempt('maxlen str', lambda: deque(maxlen='a'))
attempt('maxlen set', lambda: setattr(full, 'maxlen', 2))
attempt('concat list', lambda: deque([1]) + [2])
attempt('not iterable', lambda: deque(1))
attempt('rotate str', lambda: deque([1]).rotate('a'))
attempt('index str', lambda: deque([1]).index(1, 'a'))
attempt('too many', lambda: deque([], 2, 3))
attempt('bad keyword', lambda: deque(items=[]))
attempt('mul str', lambda: deque([1]) * 'a')
attempt('hash', lambda: hash(deque()))
attempt('dict key', lambda: {deque(): 1})
attempt('empty pop after clear', lambda: deque([1, 2]).clear() or deque().pop())

# Mutating while iterating.
x = deque([1, 2])
try:
    for i in x:
        x.append(3)
except RuntimeError as e:
    print('RuntimeError', e)
y = deque([1, 2, 3])
it = iter(y)
print(next(it))
y[1] = 'changed'          # replacing an item is not a mutation of the shape
print(next(it), list(it))

# Comparisons are lexicographic between deques only.
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2]), deque([1, 2]) == [1, 2])
print(deque([1]) < deque([2]), deque([1, 2]) <= deque([1, 2]), deque([3]) > deque([2, 9]),
      deque() >= deque(), deque([1, 2], maxlen=5) == deque([1, 2]))

# Arithmetic.
print(deque([1, 2, 3]) * 2, 2 * deque([1]), deque([1, 2, 3], 4) * 3, deque([1]) * 0, deque([1]) * -2)
print(deque([1, 2]) + deque([3]), deque([1, 2], maxlen=2) + deque([3]))
g = deque([1])
g.extendleft([2, 3])
g += [7]
print(g)
g *= 2
print(g)
h = deque([1, 2], maxlen=3)
h *= 3
print(h)
h += 'ab'
print(h)
h.extend(h)
print(h)
print(bool(deque()), bool(deque([0])))

# repr of a deque that contains itself, and of subclasses.
me = deque([1])
me.append(me)
print(me)


class Window(deque):
    def total(self):
        return sum(self)


w = Window([1, 2, 3], maxlen=2)
print(w, w.total(), type(w.copy()).__name__, w.copy(), isinstance(w, deque))
print(type(w + deque([9])).__name__, w + deque([9]))
print(type(deque()), deque.__module__, deque.__name__)
