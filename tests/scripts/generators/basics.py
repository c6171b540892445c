# Plain generators: laziness, StopIteration.value, iteration protocol, state.

def count_up(limit):
    print("start")
    n = 0
    while n < limit:
        yield n
        n += 1
    print("done")
    return "finished"

gen = count_up(3)
print(type(gen).__name__, gen.__name__, gen.__qualname__)
print(iter(gen) is gen)
print(next(gen), next(gen), next(gen))
try:
    next(gen)
except StopIteration as stop:
    print("StopIteration value:", stop.value, stop.args)
try:
    next(gen)
except StopIteration as stop:
    print("again:", stop.value, stop.args)

print(list(count_up(4)))
print(sum(count_up(10)), max(count_up(5)), sorted(count_up(3), reverse=True))
print(next(count_up(0), "default"))

def no_return():
    yield 1

g = no_return()
next(g)
try:
    next(g)
except StopIteration as stop:
    print("value None:", stop.value is None, stop.args)

def returns_none_explicit():
    return
    yield

print(list(returns_none_explicit()))

class Holder:
    def items(self):
        yield from range(2)
        yield self

    @staticmethod
    def nested():
        def inner():
            yield 1
        return inner()

h = Holder()
print(h.items().__qualname__, Holder.nested().__qualname__)
print(len(list(h.items())))

# Generators are lazy: nothing runs before the first next().
def noisy():
    print("body runs")
    yield 1

n = noisy()
print("created")
print(next(n))

# Locals survive between resumptions; closures see the latest values.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])

def counter():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    while True:
        got = yield total
        if got is None:
            return total
        add(got)

c = counter()
print(next(c), c.send(5), c.send(7))
try:
    c.send(None)
except StopIteration as stop:
    print("total", stop.value)

# gi_running, gi_suspended, gi_yieldfrom, gi_code
def introspect():
    yield gen_self.gi_running

gen_self = introspect()
print(gen_self.gi_running, gen_self.gi_suspended, gen_self.gi_code.co_name)
print(next(gen_self))
print(gen_self.gi_running, gen_self.gi_suspended)
print(list(gen_self), gen_self.gi_suspended, gen_self.gi_yieldfrom)
print(repr(gen_self).startswith("<generator object introspect at 0x"))

# Generator expressions
squares = (x * x for x in range(6))
print(type(squares).__name__, squares.__name__)
print(list(squares), list(squares))
print(sum(x for x in range(101)))
print(list((x, y) for x in range(3) for y in "ab" if x != 1))
print(dict((k, len(k)) for k in ["a", "bb", "ccc"]))
print(", ".join(str(i) for i in range(5)))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
# The first iterable is evaluated at once, the rest lazily.
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
lazy = (x for x in [1] for y in 5)
try:
    next(lazy)
except TypeError as e:
    print("TypeError later:", e)

# Generators with enumerate/zip/map/filter and unpacking
def letters():
    yield "a"
    yield "b"
    yield "c"

print(list(enumerate(letters(), 1)), list(zip(letters(), count_up(2))))
first, *rest = letters()
print(first, rest)
print(*letters(), sep="-")
print(list(map(str.upper, letters())), list(filter(lambda s: s != "b", letters())))
print("b" in letters(), "z" in letters())
