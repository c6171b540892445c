# __enter__ and __exit__ are special methods: the with statement looks them up
# on the type (never on the instance or through __getattr__), binds them as
# descriptors, and calls __exit__ on every way out of the block.


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


m = Manager("a")
m.__enter__ = lambda: print("instance __enter__ is ignored")
m.__exit__ = lambda *a: print("instance __exit__ is ignored")
with m as value:
    print("body", value)


class OnlyInstance:
    pass


o = OnlyInstance()
o.__enter__ = lambda: None
o.__exit__ = lambda *a: None
try:
    with o:
        pass
except TypeError as e:
    print("TypeError:", e)


class ThroughGetattr:
    def __getattr__(self, name):
        return lambda *a: print("getattr", name)


try:
    with ThroughGetattr():
        pass
except TypeError as e:
    print("TypeError:", e)


class NoExit:
    def __enter__(self):
        print("never entered")


try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)


# Descriptors: a staticmethod, a classmethod and a callable class attribute.
class Descriptors:
    @staticmethod
    def __enter__():
        print("static enter")
        return "s"

    @classmethod
    def __exit__(cls, *exc):
        print("classmethod exit", cls.__name__, exc[0])
        return True


with Descriptors() as s:
    print("got", s)
    raise ValueError("suppressed by the classmethod")
print("after suppression")


class CallableExit:
    def __call__(self, *args):
        print("callable object exit, args:", len(args))


class WithCallable:
    __exit__ = CallableExit()

    def __enter__(self):
        return self


with WithCallable():
    pass


# Every way out of the block calls __exit__, with the value on top preserved.
def leave_by_return():
    with Manager("ret"):
        return "returned value"


print(leave_by_return())


def leave_loop():
    out = []
    for i in range(4):
        with Manager(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            out.append(i)
    return out


print(leave_loop())


def nested_return():
    with Manager("outer"), Manager("inner") as inner:
        return inner + "!"


print(nested_return())

with Manager("suppress", suppress=True):
    raise KeyError("gone")
print("suppressed")

try:
    with Manager("propagate"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)


def gen():
    with Manager("gen"):
        yield 1
        yield 2


print(list(gen()))


class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("exit must not run")


try:
    with EnterFails():
        print("no body")
except RuntimeError as e:
    print("RuntimeError:", e)

# A class used as a manager looks its special methods up on the metaclass.


class Meta(type):
    def __enter__(cls):
        print("meta enter", cls.__name__)
        return cls

    def __exit__(cls, *a):
        print("meta exit", cls.__name__)


class UsesMeta(metaclass=Meta):
    def __enter__(self):
        print("not used for the class itself")


with UsesMeta as c:
    print("class body got", c.__name__)
