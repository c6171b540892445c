# raise with instances, classes, re-raise, and raise inside except.
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(str(e)), e.args)
def raise_instance():
    raise ValueError("bad value", 42)
def raise_class():
    raise IndexError
def reraise():
    try:
        raise KeyError("k")
    except KeyError:
        print("handling, then re-raising")
        raise
def raise_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
def raise_non_exception():
    raise 42
def raise_existing():
    err = TypeError("stored")
    raise err
attempt(raise_instance)
attempt(raise_class)
attempt(reraise)
attempt(raise_in_except)
attempt(raise_non_exception)
attempt(raise_existing)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
