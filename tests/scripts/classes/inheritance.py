# Single and multiple inheritance, C3 MRO, super() in both forms.
class A:
    def who(self):
        return "A"

    def chain(self):
        return ["A"]


class B(A):
    def who(self):
        return "B>" + super().who()

    def chain(self):
        return ["B"] + super().chain()


class C(A):
    def who(self):
        return "C>" + super().who()

    def chain(self):
        return ["C"] + super().chain()


class D(B, C):
    def chain(self):
        return ["D"] + super(D, self).chain()


d = D()
print(d.who(), d.chain())
print([k.__name__ for k in D.__mro__])
print(isinstance(d, A), isinstance(d, (int, C)), issubclass(D, (B, C)), issubclass(A, D), issubclass(D, object))
print(D.__bases__, B.__base__ if hasattr(B, "__base__") else None)


class Base:
    def __init__(self, name):
        self.name = name
        self.log = ["Base"]


class Mid(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
        self.log.append("Mid")


class Leaf(Mid):
    def __init__(self):
        super().__init__("leaf", 42)
        self.log.append("Leaf")


leaf = Leaf()
print(leaf.name, leaf.extra, leaf.log)


class X: pass
class Y: pass
class Z(X, Y): pass
try:
    class Bad(X, Z): pass
except TypeError as err:
    print("TypeError:", err)
try:
    class Dup(X, X): pass
except TypeError as err:
    print("TypeError:", err)
try:
    class FromBool(bool): pass
except TypeError as err:
    print("TypeError:", err)
try:
    class FromInt(1): pass
except TypeError as err:
    print("TypeError:", err)


class K:
    def method(self):
        return super().method()


try:
    K().method()
except AttributeError as err:
    print("AttributeError:", err)


class Counter:
    instances = 0

    def __init__(self):
        type(self).instances += 1


class SubCounter(Counter):
    instances = 0


Counter(); SubCounter(); SubCounter()
print(Counter.instances, SubCounter.instances)
