# operator: the function forms of the operators.
import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul(4, 2.5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3))
print(op.pow(2, 10), op.pow(2, -1), op.neg(5), op.pos(-5), op.abs(-3.5), op.invert(5), op.inv(0))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 5), op.rshift(256, 3))
print(op.and_({1, 2}, {2, 3}), op.or_({1}, {2}), op.xor(True, True), op.add('ab', 'cd'), op.mul([0], 3))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt('b', 'a'), op.ge([1], [1, 0]))
print(op.not_(0), op.not_([1]), op.truth(''), op.truth('x'), op.is_(None, None), op.is_not(1, None))
print(op.index(7), op.index(True), op.index(-3))
print(op.concat([1], [2]), op.concat('a', 'b'), op.concat((1,), (2,)), op.contains([1, 2], 2), op.contains('abc', 'd'))
print(op.countOf([1, 2, 1, 1.0, True], 1), op.indexOf('hello', 'l'), op.indexOf([3, 4], 4))
lst = [1, 2, 3]
op.setitem(lst, 0, 'x')
op.delitem(lst, 1)
print(lst, op.getitem(lst, -1), op.getitem('hello', slice(1, 3)), op.getitem({'k': 'v'}, 'k'))
op.setitem(lst, slice(0, 1), ['a', 'b'])
op.delitem(lst, slice(-1, None))
print(lst)
print(op.length_hint([1, 2, 3]), op.length_hint(5), op.length_hint(5, 9), op.call(max, 3, 7, key=op.neg))
print(op.__add__ is op.add, op.__not__ is op.not_, op.__inv__ is op.inv, op.__invert__(1), op.__lt__(1, 2))
print(op.add.__name__, op.truth.__doc__ is not None)


class Hint:
    def __length_hint__(self):
        return 42


class NoHint:
    def __length_hint__(self):
        return NotImplemented


class Vector:
    def __init__(self, *xs):
        self.xs = xs

    def __matmul__(self, other):
        return sum([a * b for a, b in zip(self.xs, other.xs)])

    def __index__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __add__(self, other):
        return Vector(*(self.xs + other.xs))


print(op.length_hint(Hint()), op.length_hint(NoHint(), 3), op.matmul(Vector(1, 2), Vector(3, 4)))
print(op.index(Vector(1, 2, 3)), op.concat(Vector(1), Vector(2)).xs)


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('add', lambda: op.add(1, 'a'))
attempt('neg', lambda: op.neg('a'))
attempt('truediv', lambda: op.truediv(1, 0))
attempt('mod', lambda: op.mod(1, 0))
attempt('getitem', lambda: op.getitem([1], 5))
attempt('getitem key', lambda: op.getitem({}, 'k'))
attempt('delitem', lambda: op.delitem((1,), 0))
attempt('setitem', lambda: op.setitem('abc', 0, 'x'))
attempt('concat int', lambda: op.concat(1, 2))
attempt('concat dict', lambda: op.concat({}, {}))
attempt('concat mixed', lambda: op.concat([1], (2,)))
attempt('concat str int', lambda: op.concat('a', 1))
attempt('index float', lambda: op.index(1.5))
attempt('index str', lambda: op.index('a'))
attempt('indexOf', lambda: op.indexOf([1], 2))
attempt('contains', lambda: op.contains(5, 1))
attempt('length_hint default', lambda: op.length_hint(5, 'a'))
attempt('lt', lambda: op.lt(1, 'a'))
attempt('invert', lambda: op.invert(1.5))
attempt('lshift', lambda: op.lshift(1, -1))
attempt('matmul', lambda: op.matmul(1, 2))
