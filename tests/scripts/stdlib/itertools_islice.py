# islice: start/stop/step, None, how much of the source it reads, and every
# argument error with CPython's message.
import sys
from itertools import islice, count

print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice('ABCDEFG', None)), list(islice('ABCDEFG', None, None, None)))
print(list(islice(range(20), 1, 15, 4)), list(islice(range(20), 5, 3)))
print(list(islice(count(), 3, 20, 5)), list(islice('abc', 0)))
print(list(islice('abc', 10, 20)), list(islice('abc', sys.maxsize)))


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(list(islice(range(10), Index(2), Index(8), Index(3))))
print(list(islice(range(10), True, 3)))

# islice reads no further than it must.
it = iter(range(10))
print(list(islice(it, 0, 5, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 3)), list(it))
it = iter(range(3))
s = islice(it, 5)
print(list(s), list(s))
it = iter(range(10))
s = islice(it, 4, 6)
print(next(s), next(it))

for args in [(-1,), ('a',), (2 ** 70,), (1.0,), (-2,), (-1, 2), ('a', 2), (1, 'a'),
             (1, -2), (0, 2, 0), (0, 2, -1), (0, 2, 'a'), (0, 2, 1.5), (0, 2, 2 ** 70),
             ('a', 'b'), (-1, 'b'), (-1, 2, 0), (2 ** 70, 3), (None, -1)]:
    try:
        print(args, list(islice([1, 2, 3], *args)))
    except ValueError as e:
        print(args, 'ValueError', e)
for call in [lambda: islice([1]), lambda: islice(), lambda: islice([1], 1, 2, 3, 4),
             lambda: islice(5, 1), lambda: islice([1], stop=1)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(type(islice([], 1)).__name__)
