# accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap,
# pairwise, zip_longest: results and laziness.
import itertools
from itertools import (accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, starmap, pairwise, zip_longest, islice)

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=100)))
print(list(accumulate([], )), list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([1, 2, 3], None, initial=None)))
print(list(accumulate(range(5), func=lambda a, b: a - b, initial=10)))
print(list(accumulate([[1], [2], [3]])))
print(type(accumulate([])).__name__)

print(list(chain('ab', [1, 2], (), range(2))), list(chain()))
print(list(chain.from_iterable(['ab', 'cd', ''])))
print(list(chain.from_iterable([[1, 2], range(3), {'k': 0}])))
c = chain([1], 5)
print(next(c))
try:
    next(c)
except TypeError as e:
    print('TypeError', e)
print(list(islice(chain.from_iterable(itertools.repeat([1, 2])), 5)))
print(type(chain.from_iterable([])) is chain)


class MyChain(chain):
    def total(self):
        return sum(self)


print(MyChain([1, 2], [3]).total(), type(MyChain.from_iterable([[1]])).__name__)

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress('ABC', [1, 1, 1, 1, 1])), list(compress('ABCDE', [0, 1])))
print(list(compress(data=range(6), selectors=[True, False] * 3)))
calls = []


def pred(x):
    calls.append(x)
    return x < 5


print(list(dropwhile(pred, [1, 4, 6, 4, 1])), calls)
calls.clear()
print(list(takewhile(pred, [1, 4, 6, 4, 1])), calls)
tw = takewhile(lambda x: x < 3, iter([1, 2, 3, 4, 1]))
print(list(tw), list(tw))
print(list(dropwhile(lambda x: True, [1, 2])), list(takewhile(lambda x: True, [])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', [], [0], None, 0.0])))
print(list(filterfalse(bool, [0, 1, 2, False])))

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [[1, 2, 3], (4,), iter([5, 6]), ()])))
print(list(starmap(divmod, zip(range(10, 14), [3] * 4))))

print(list(pairwise('ABCDEFG')), list(pairwise([1])), list(pairwise([])))
print(list(pairwise(range(4))))
src = iter([1, 2, 3, 4, 5])
pw = pairwise(src)
print(next(pw), next(src), next(pw))

print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest('ab')))
print(list(zip_longest(range(3), 'ab', fillvalue=None)))
reads = []


class Counted:
    def __init__(self, name, n):
        self.name, self.n = name, n

    def __iter__(self):
        return self

    def __next__(self):
        reads.append(self.name)
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.name


z = zip_longest(Counted('a', 1), Counted('b', 2))
print(list(z), reads, list(z))
