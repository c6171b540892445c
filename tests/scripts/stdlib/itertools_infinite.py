# count, cycle and repeat: values, reprs, float steps, subclasses.
import itertools
from itertools import count, cycle, repeat, islice

print(type(count()), type(cycle([])), type(repeat(1)))
print(itertools.count.__name__, itertools.count.__module__)

c = count()
print(repr(c), next(c), next(c), repr(c))
print(list(islice(count(5), 4)), repr(count(5)))
print(list(islice(count(10, -3), 5)))
print(list(islice(count(0.5, 0.25), 5)))
print(list(islice(count(0.1, 0.1), 4)))
print(list(islice(count(1, 0.5), 4)))
c = count(2.5)
print(repr(c), next(c), repr(c))
print(repr(count(5, 2)), repr(count(-3, -1)), repr(count(1, 1.0)), repr(count(1.0)))
print(repr(count(True)), repr(count(1, True)), repr(count(True, 2)))
print(repr(count(2 ** 70)), next(count(2 ** 70, 2 ** 65)))
print(repr(count(start=3, step=4)), repr(count(step=0)))
c = count(3, 0)
print([next(c) for _ in range(3)], repr(c))
big = count(2 ** 63 - 2)
print(next(big), next(big), next(big), repr(big))
print(next(count(True)), type(next(count(True))).__name__)
print(list(zip('abc', count(1))))


class MyCount(count):
    pass


m = MyCount(7, 3)
print(repr(m), next(m), repr(m), isinstance(m, count))

cy = cycle('abc')
print([next(cy) for _ in range(8)])
print(list(islice(cycle([1]), 3)), list(cycle([])))
print(list(islice(cycle(range(3)), 7)))
source = iter([1, 2, 3])
cy = cycle(source)
print(next(cy), list(source), [next(cy) for _ in range(4)])

r = repeat('x', 3)
print(repr(r), next(r), repr(r), list(r), repr(r), list(r))
print(repr(repeat(None)), repr(repeat([1, 2])), repr(repeat('a', -5)), list(repeat('a', -5)))
print(list(repeat(7, 0)), list(islice(repeat(7), 4)))
print(repr(repeat(times=2, object='a')), repr(repeat(object=1)))
print(repeat(1, 4).__length_hint__())
print(list(map(pow, range(5), repeat(2))))
print(list(zip(range(3), repeat('z'))))
