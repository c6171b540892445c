# operator: in-place operations (mutate mutable operands, rebind immutable ones).
import operator as op

lst = [1]
res = op.iadd(lst, [2])
print(res, lst, res is lst)
t = (1,)
res = op.iadd(t, (2,))
print(res, t)
s = {1, 2}
print(op.iand(s, {2, 3}), s)
s = {1}
print(op.ior(s, {5}), s, op.ixor({1, 2}, {2}), op.isub({1, 2}, {1}))
print(op.isub(10, 3), op.imul(3, 4), op.imul([0], 2), op.itruediv(7, 2), op.ifloordiv(7, 2))
print(op.imod(7, 3), op.ipow(3, 3), op.ilshift(1, 4), op.irshift(64, 2), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
words = ['a']
print(op.iconcat(words, ['b']), words, op.iconcat('x', 'y'))
d = {'a': 1}
print(op.ior(d, {'b': 2}), d)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self

    def __imatmul__(self, other):
        self.items.append(('@', other))
        return self

    def __repr__(self):
        return 'Acc(%r)' % self.items


a = Acc()
print(op.iadd(a, 1) is a, op.imatmul(a, 2), a)
for f, args in [(op.iadd, (1, 'a')), (op.iconcat, (1, [2])), (op.itruediv, (1, 0)), (op.isub, ([1], [1]))]:
    try:
        f(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(op.__iadd__ is op.iadd, op.__ixor__ is op.ixor, op.__iconcat__ is op.iconcat)
