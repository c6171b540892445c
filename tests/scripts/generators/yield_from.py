# yield from: delegation of next/send/throw/close and the delegate's return value.

def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-after"
    return "outer-result"

o = outer()
print(next(o))
print(o.send("a"))
print(o.send("b"))
try:
    next(o)
except StopIteration as stop:
    print("outer returned", stop.value)

# yield from any iterable
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, 5]], 6], [], [[7]]])))

def from_iterables():
    yield from "ab"
    yield from (1, 2)
    yield from {"k": 1}
    yield from range(3, 5)
    r = yield from []
    yield r

print(list(from_iterables()))

# throw() is passed to the delegate; if it handles it, delegation continues.
def tolerant():
    while True:
        try:
            v = yield
            print("tolerant got", v)
        except ValueError as e:
            print("tolerant handled", e)
            return "tolerant done"

def wrapper():
    r = yield from tolerant()
    print("wrapper saw", r)
    yield "wrapper end"

w = wrapper()
next(w)
w.send(1)
print(w.throw(ValueError("boom")))

# An unhandled throw propagates out through both generators.
def fragile():
    yield 1

def wrap_fragile():
    try:
        yield from fragile()
    except KeyError as e:
        print("wrapper caught", repr(e))
        yield "handled"

wf = wrap_fragile()
next(wf)
print(wf.throw(KeyError("k")))

# close() closes the delegate first.
def child():
    try:
        yield 1
        yield 2
    finally:
        print("child closed")

def parent():
    try:
        yield from child()
    finally:
        print("parent closed")

pc = parent()
next(pc)
pc.close()

# gi_yieldfrom shows the delegate while suspended in it.
def show():
    yield from child()

sh = show()
next(sh)
print(type(sh.gi_yieldfrom).__name__, sh.gi_yieldfrom.__name__)
sh.close()
print(sh.gi_yieldfrom)

# Delegating to an iterator without send(): send(non-None) raises AttributeError.
def over_list():
    yield from iter([1, 2, 3])

ol = over_list()
next(ol)
try:
    ol.send(5)
except AttributeError as e:
    print("AttributeError:", e)

# The return value of a delegate that returns at once.
def immediate():
    return 42
    yield

def take_immediate():
    value = yield from immediate()
    yield value

print(list(take_immediate()))

# Deep delegation chains.
def chain(depth):
    if depth == 0:
        yield "bottom"
        return 0
    got = yield from chain(depth - 1)
    return got + 1

def top():
    total = yield from chain(50)
    yield total

print(list(top()))

# StopIteration raised by a delegate's next is its return, not an error.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("custom")
        self.n -= 1
        return self.n

def use_countdown():
    r = yield from Countdown(3)
    yield ("returned", r)

print(list(use_countdown()))
