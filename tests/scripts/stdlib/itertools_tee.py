# tee: independent iterators over one source, reading it once, copies, and
# the n argument.
from itertools import tee, islice, count

a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee('abcd', 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee([1], 1)), len(tee(range(3), 5)))
print(type(tee([])[0]).__name__, type(tee([])).__name__)

reads = []


class Source:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        reads.append(self.i)
        return self.i


x, y = tee(Source(4))
print(next(x), next(x), reads)
print(next(y), reads)
print(list(y), reads, list(x))

# Copies of a tee iterator start where it is.
a, b = tee(count())
next(a), next(a)
c, d = tee(a)
print(c is a, next(c), next(d), next(b))
e = a.__copy__()
print(next(e), next(a))

# Infinite sources are read lazily.
evens, odds = tee(count())
print(list(islice(evens, 0, 10, 2)), list(islice(odds, 1, 10, 2)))

# Pairwise by hand.
first, second = tee('ABCD')
next(second)
print(list(zip(first, second)))

for call in [lambda: tee(), lambda: tee(5), lambda: tee([1], -1), lambda: tee([1], 'a'),
             lambda: tee([1], n=2), lambda: tee([1], 2, 3)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
