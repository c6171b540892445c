# Assigning the attributes that functions keep in fields (not in __dict__).


def f(a, b=2):
    "original doc"
    return a, b


f.__name__ = 'renamed'
f.__qualname__ = 'Holder.renamed'
f.__doc__ = 'new doc'
f.__module__ = 'somewhere'
f.extra = 1
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__dict__)
print(repr(f).split(' at ')[0])

# Errors name the function by its new __qualname__.
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)

f.__defaults__ = (7,)
print(f(1), f.__defaults__)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
del f.__defaults__
print(f.__defaults__)


def k(*, x=1):
    return x


k.__kwdefaults__ = {'x': 5}
print(k(), k.__kwdefaults__)
k.__kwdefaults__ = None
try:
    k()
except TypeError as e:
    print(e)

del f.__doc__
print(f.__doc__)
f.__dict__ = {'fresh': True}
print(f.fresh, f.__dict__, hasattr(f, 'extra'))


def g(y):
    return y * 10


f.__code__ = g.__code__
f.__defaults__ = (4,)
print(f(), f(3))


def make():
    v = 1

    def inner():
        return v
    return inner


bad = [
    ('__name__', 1), ('__qualname__', None), ('__defaults__', [1]),
    ('__kwdefaults__', 3), ('__dict__', 'x'), ('__code__', 5),
    ('__code__', make().__code__), ('__globals__', {}), ('__closure__', None),
]
for name, value in bad:
    try:
        setattr(f, name, value)
    except (TypeError, ValueError, AttributeError) as e:
        print(name, type(e).__name__, e)
try:
    del f.__name__
except TypeError as e:
    print(e)


def deco(func):
    def wrapper(*args):
        return func(*args)
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__doc__ = func.__doc__
    return wrapper


@deco
def documented(n):
    "Doubles n."
    return n * 2


print(documented(4), documented.__name__, documented.__doc__, documented.__dict__)
