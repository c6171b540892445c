# property (getter, setter, deleter), staticmethod, classmethod, __slots__.
class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        "Degrees C."
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("too cold")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def describe(x):
        return f"temp {x}"

    @classmethod
    def freezing(cls):
        return cls(0)


t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 37.5
print(t.celsius, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as err:
    print("ValueError:", err)
try:
    t.fahrenheit = 5
except AttributeError as err:
    print("AttributeError:", err)
del t.celsius
print(hasattr(t, "_c"))
print(Temp.describe(3), t.describe(4), Temp.freezing().celsius, t.freezing().celsius)
print(type(Temp.freezing()).__name__)


class Sub(Temp):
    pass


print(type(Sub.freezing()).__name__)


def get_x(self):
    return self._x


P = type("P", (), {"x": property(get_x), "_x": 7})
print(P().x, P.__name__)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
s.b = 2
print(s.a, s.b)
try:
    s.c = 3
except AttributeError as err:
    print("AttributeError:", err)


class Desc:
    def __get__(self, obj, owner):
        return ("get", obj is None, owner.__name__)

    def __set__(self, obj, value):
        obj.__dict__["stored"] = value * 2

    def __set_name__(self, owner, name):
        self.name = name


class Holder:
    d = Desc()


h = Holder()
print(h.d, Holder.d, Holder.__dict__["d"].name)
h.d = 21
print(h.__dict__["stored"])
