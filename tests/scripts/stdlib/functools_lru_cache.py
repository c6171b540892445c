# functools.lru_cache and cache
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n


print(square(2), square(3), square(2), square(4), square(3), square(2))
print(calls, square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__, info._fields)
print(square.cache_parameters(), square.__name__, square.__wrapped__(5), calls[-1])
square.cache_clear()
print(square.cache_info())


@lru_cache
def fib(n):
    "Fibonacci numbers, cached."
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info(), fib.__doc__, fib.cache_parameters())
print([fib(n) for n in range(10)], fib.cache_info())


@lru_cache(maxsize=None)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


print(max(range(1, 200), key=collatz), collatz.cache_info())


@lru_cache(maxsize=0)
def uncached(x):
    return x


print(uncached(1), uncached(1), uncached.cache_info())


@lru_cache(maxsize=-5)
def negative(x):
    return x


print(negative(1), negative(1), negative.cache_info())


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed(1), typed.cache_info(), typed.cache_parameters())


@lru_cache()
def untyped(x):
    return type(x).__name__


print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())


@lru_cache(maxsize=3)
def kw(a, b=0, *, c=0):
    return a + b + c


print(kw(1), kw(1, 2), kw(1, b=2), kw(a=1, b=2), kw(1, c=3), kw(1, c=3), kw.cache_info())

# Eviction order: least recently used goes first.
seen = []


@lru_cache(maxsize=3)
def load(key):
    seen.append(key)
    return key.upper()


for key in ['a', 'b', 'c', 'a', 'd', 'b', 'a', 'c']:
    load(key)
print(seen, load.cache_info())


@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1


print(factorial(10), factorial(5), factorial.cache_info(), factorial.cache_parameters())


class Pricing:
    def __init__(self, rate):
        self.rate = rate

    @lru_cache(maxsize=16)
    def price(self, qty):
        return qty * self.rate

    def __hash__(self):
        return hash(self.rate)

    def __eq__(self, other):
        return isinstance(other, Pricing) and self.rate == other.rate


a, b = Pricing(2), Pricing(3)
print(a.price(5), b.price(5), a.price(5), Pricing.price.cache_info())

try:
    @lru_cache('big')
    def bad(x):
        return x
except TypeError as e:
    print('TypeError', e)
try:
    square([1])
except TypeError as e:
    print('TypeError', e)
print(square.cache_info())
