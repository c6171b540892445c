# send, throw and close, including finally blocks and exception state.

def echo():
    received = []
    try:
        while True:
            try:
                value = yield len(received)
                received.append(value)
            except ValueError as e:
                print("caught inside:", e)
                received.append("error")
    finally:
        print("cleanup with", received)

g = echo()
print(g.send(None))
print(g.send("x"), g.send("y"))
print(g.throw(ValueError("bad")))
print(g.throw(ValueError))
g.close()
print("closed; close again is fine:", g.close())
try:
    next(g)
except StopIteration:
    print("finished after close")

# throw an exception the generator does not handle: it propagates out.
def plain():
    yield 1
    yield 2

p = plain()
next(p)
try:
    p.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(p))

# throw into a generator that has not started: raised at once, no body runs.
def never():
    print("never printed")
    yield

n = never()
try:
    n.throw(IndexError("early"))
except IndexError as e:
    print("early throw:", e)
print(list(n))

# throw(type, value) form and throw with an instance
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("got", type(e).__name__, e.args)

c = catcher()
next(c)
c.throw(RuntimeError, "msg")
c.throw(RuntimeError("inst"))
c.throw(TypeError)
c.close()

# The generator can yield a value while handling the throw.
def recovering():
    try:
        yield "first"
    except ZeroDivisionError:
        yield "recovered"
    yield "after"

r = recovering()
print(next(r), r.throw(ZeroDivisionError), next(r))

# close() runs finally clauses and with-blocks exactly once.
class Resource:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False

def uses_resource():
    with Resource():
        yield 1
        yield 2

u = uses_resource()
print(next(u))
u.close()
u.close()

# close() on a generator that catches GeneratorExit and returns is fine.
def graceful():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        return "ignored value"

gr = graceful()
next(gr)
print(gr.close())

# close() on a never-started or finished generator does nothing.
def simple():
    print("simple body")
    yield 1

s = simple()
s.close()
print(list(s))

# Exception state: sys.exc_info inside a generator is its own.
import sys

def exc_state():
    try:
        raise ValueError("inside")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__

e = exc_state()
print(next(e))
try:
    raise KeyError("outer")
except KeyError:
    print(next(e), sys.exc_info()[0].__name__)
print(sys.exc_info())

# Exceptions raised in a generator carry their traceback through next().
def fails():
    yield 1
    raise LookupError("from generator")

f = fails()
next(f)
try:
    next(f)
except LookupError as err:
    print("LookupError", err, err.__traceback__ is not None)
print(list(f))

# send() returns the next yielded value; the sent value is the yield's result.
def accumulate():
    total = 0
    while True:
        x = yield total
        total += x

a = accumulate()
next(a)
print([a.send(i) for i in range(1, 6)])
