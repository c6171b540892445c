# Exception chaining: __context__ (implicit) and __cause__ (raise from).
def implicit():
    try:
        {}["key"]
    except KeyError:
        raise ValueError("during handling")
try:
    implicit()
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__, e.__cause__, e.__suppress_context__)
def explicit():
    try:
        int("x")
    except ValueError as original:
        raise LookupError("converted") from original
try:
    explicit()
except LookupError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    print(e.__context__ is e.__cause__)
def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("clean") from None
try:
    suppressed()
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def fresh():
    raise TypeError("no chain")
try:
    fresh()
except TypeError as e:
    print(e.__context__, e.__cause__)
def from_class():
    raise ValueError("v") from KeyError
try:
    from_class()
except ValueError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))
def triple():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
    except IndexError:
        raise ValueError("c")
try:
    triple()
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(" <- ".join(chain))
def uncaught():
    try:
        [][1]
    except IndexError as inner:
        raise KeyError("outer") from inner
uncaught()
