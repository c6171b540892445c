# functools.reduce, wraps and update_wrapper
from functools import reduce, wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(operator.add, [], 0), reduce(operator.add, [5]), reduce(operator.add, [1, 2], 10))
print(reduce(lambda acc, ch: ch + acc, 'abc', ''), reduce(max, [3, 9, 2]))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
for bad in [lambda: reduce(operator.add, []), lambda: reduce(operator.add, 5),
            lambda: reduce(operator.add), lambda: reduce(), lambda: reduce(operator.add, [1], 2, 3),
            lambda: reduce(operator.add, ['a', 1]), lambda: reduce(operator.add, [], initial=0)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)


def traced(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__, len(args))
        return func(*args, **kwargs)
    return wrapper


@traced
def area(w, h):
    """Area of a rectangle."""
    return w * h


area.unit = 'm2'
print(area(2, 3), area.__name__, area.__qualname__, area.__doc__, area.__module__)
print(area.__wrapped__.__name__, area.__wrapped__(4, 5), area.unit)
print(repr(area).split(' at 0x')[0])


class Service:
    @traced
    def ping(self, n):
        "Ping n times."
        return 'pong' * n


print(Service().ping(2), Service.ping.__qualname__, Service.ping.__doc__)


def original():
    "orig doc"


original.flag = True
original.__wrapped__ = 'old'


def replacement():
    pass


result = update_wrapper(replacement, original)
print(result is replacement, replacement.__name__, replacement.__doc__, replacement.flag,
      replacement.__wrapped__ is original)


def partial_copy():
    pass


update_wrapper(partial_copy, original, assigned=('__doc__',), updated=())
print(partial_copy.__name__, partial_copy.__doc__, hasattr(partial_copy, 'flag'))


class Wrapped:
    "A class's docstring."


def stand_in():
    pass


update_wrapper(stand_in, Wrapped)
print(stand_in.__name__, stand_in.__doc__, stand_in.__wrapped__ is Wrapped)


class Missing:
    pass


obj = Missing()


def bare():
    pass


update_wrapper(bare, obj, assigned=('__name__', 'nonexistent'), updated=())
print(bare.__name__)
try:
    update_wrapper(bare, obj, updated=('nodict',))
except AttributeError as e:
    print('AttributeError', e)
