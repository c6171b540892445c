# Generator error paths, each with CPython's exception type and message.
import sys

def report(label, fn):
    try:
        result = fn()
        print(label, "->", result)
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e)

def gen():
    yield 1
    yield 2

report("send non-None to new", lambda: gen().send(5))
report("send None to new", lambda: gen().send(None))

def reentrant():
    yield next(me)

me = reentrant()
report("already executing", lambda: next(me))

def sender():
    yield me2.send(None)
me2 = sender()
report("send while running", lambda: next(me2))

def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            print("refusing to exit")

s = stubborn()
next(s)
report("ignored GeneratorExit", s.close)
# Finish it, so no finalizer runs at exit (Spindle has none: docs/differences.md).
report("finish stubborn", lambda: s.throw(KeyError("done")))

def raises_stop():
    yield 1
    raise StopIteration("leak")

rs = raises_stop()
next(rs)
try:
    next(rs)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)

def next_on_exhausted_iter():
    it = iter([])
    yield next(it)

report("PEP 479 via next()", lambda: list(next_on_exhausted_iter()))

report("throw non-exception", lambda: gen().throw(5))
report("throw class not exception", lambda: gen().throw(int))
report("throw no args", lambda: gen().throw())
report("throw value with instance", lambda: gen().throw(ValueError("a"), "b"))
report("send no args", lambda: gen().send())
report("close with args", lambda: gen().close(1))
report("next on non-iterator", lambda: next([1, 2]))
report("gen not subscriptable", lambda: gen()[0])
report("gen has no len", lambda: len(gen()))
report("attribute", lambda: gen().nope)
report("gi_running readonly", lambda: setattr(gen(), "gi_running", True))
report("throw bad traceback", lambda: gen().throw(ValueError, None, 5))
report("throw too many", lambda: gen().throw(ValueError, None, None, 1))

def bad_yield_from():
    yield from 5

report("yield from int", lambda: list(bad_yield_from()))

def div_by_zero():
    yield 1 / 0

report("error at first next", lambda: next(div_by_zero()))

# An exception while a generator runs marks it finished.
def once_bad():
    yield 1
    raise ValueError("once")
    yield 2

ob = once_bad()
next(ob)
report("first failure", lambda: next(ob))
report("afterwards", lambda: next(ob))

# GeneratorExit raised by close propagates if the generator raises another error.
def raises_in_finally():
    try:
        yield
    finally:
        raise KeyError("from finally")

rf = raises_in_finally()
next(rf)
report("close raising", rf.close)

# Throwing GeneratorExit directly.
def plain():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise

pl = plain()
next(pl)
report("throw GeneratorExit", lambda: pl.throw(GeneratorExit))

# Recursion inside a generator: RecursionError, then the program goes on.
def deep(n):
    yield from deep(n + 1)

report("unbounded yield from", lambda: next(deep(0)))

def recurse(n):
    return recurse(n + 1)

def recursing_gen():
    yield recurse(0)

report("recursion inside gen", lambda: next(recursing_gen()))
print("still alive", sum(x for x in range(10)))

# A lambda containing yield is a generator function.
lg = (lambda: (yield 7))()
print(type(lg).__name__, next(lg))
