# functools.singledispatch, singledispatchmethod and cached_property
from functools import singledispatch, singledispatchmethod, cached_property


@singledispatch
def describe(obj):
    return 'object ' + repr(obj)


@describe.register(int)
def _(n):
    return 'int %d' % n


@describe.register(list)
def _describe_list(items):
    return 'list of %d' % len(items)


def describe_str(s):
    return 'str ' + s


describe.register(str, describe_str)


class Animal:
    pass


class Dog(Animal):
    pass


describe.register(Animal, lambda a: 'animal ' + type(a).__name__)
print(describe(3), describe(True), describe([1, 2]), describe('x'), describe(2.5), describe(None))
print(describe(Dog()), describe(Animal()), describe.dispatch(bool) is describe.dispatch(int))
print(describe.dispatch(float) is describe.registry[object], sorted([t.__name__ for t in describe.registry]))
print(describe.__name__, _describe_list.__name__)
try:
    describe()
except TypeError as e:
    print('TypeError', e)


class Formatter:
    @singledispatchmethod
    def format(self, arg):
        return 'default'

    @format.register(int)
    def _(self, arg):
        return 'int:%d' % arg

    @format.register(list)
    def _(self, arg):
        return 'list:' + ','.join([self.format(x) for x in arg])


f = Formatter()
print(f.format(1), f.format('a'), f.format([1, 'b', 2]))


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        "The area, computed once."
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, 'area' in vars(c))
del c.area
print(c.area, c.computed)
c.area = 100
print(c.area, c.computed, Circle.area.__doc__, Circle.area.attrname, type(Circle.area).__name__)


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def value(self):
        return 1


try:
    Slotted().value
except TypeError as e:
    print('TypeError', e)
