# Class attributes that change after they have been looked up: every later
# lookup, through instances, subclasses and special methods, sees the change.


class Base:
    def greet(self):
        return "base greet"


class Child(Base):
    pass


c = Child()
print([c.greet() for _ in range(3)])

# A method added to the subclass shadows the base's.
Child.greet = lambda self: "child greet"
print(c.greet(), Base().greet())

# Deleting it uncovers the base's again.
del Child.greet
print(c.greet())

# Replacing the base's method (overwriting a value) is seen by the subclass.
Base.greet = lambda self: "new base greet"
print(c.greet())

# A name that was missing everywhere, then appears on the base.
print(hasattr(c, "late"))
Base.late = 42
print(c.late, Child.late)
del Base.late
print(hasattr(c, "late"))

# An instance attribute shadows a plain class attribute...
Base.value = "class value"
c.value = "instance value"
print(c.value)
# ...but not a data descriptor added to the class later.
Base.value = property(lambda self: "property value")
print(c.value)
del Base.value
print(c.value)

# __getattr__ added to the instance's class after the attribute was missing
# (on the class itself: docs/differences.md says why not on an older base).
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
Child.__getattr__ = lambda self, name: "from __getattr__ " + name
print(c.missing)

# Special methods changed after use.


class Sized:
    def __len__(self):
        return 1


s = Sized()
print(len(s))
Sized.__len__ = lambda self: 2
print(len(s))


class Manager:
    def __enter__(self):
        return "first enter"

    def __exit__(self, *a):
        return False


with Manager() as v:
    print(v)
Manager.__enter__ = lambda self: "second enter"
with Manager() as v:
    print(v)

# Methods through the class's own namespace, via setattr and delattr.
setattr(Child, "extra", lambda self: "extra via setattr")
print(c.extra())
delattr(Child, "extra")
print(hasattr(c, "extra"))

# Many short-lived classes with the same attribute names: each answers for itself.
results = []
for i in range(300):
    K = type("K", (object,), {"n": i, "get": lambda self: self.n})
    results.append(K().get())
    del K
print(sum(results), results[:3], results[-1])

# A method cached on one class is not confused with another class's.


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


print([x.who() for x in (A(), B(), A(), B())])
A.who = lambda self: "A2"
print([x.who() for x in (A(), B())])
