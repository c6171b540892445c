# type(name, bases, dict), metaclasses, __init_subclass__, __new__.
Animal = type("Animal", (), {"sound": "...", "speak": lambda self: self.sound})
Dog = type("Dog", (Animal,), {"sound": "woof"})
print(Dog().speak(), Animal().speak(), Dog.__mro__, type(Dog))


class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls


class Plugin(metaclass=Registry):
    pass


class AudioPlugin(Plugin):
    pass


print(Registry.classes, type(AudioPlugin).__name__, isinstance(AudioPlugin, type))


class Base:
    subclasses = []

    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)


class One(Base, tag="first"):
    pass


class Two(Base):
    pass


print(Base.subclasses, One.tag, Two.tag)


class Singleton:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        self.value = value


s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.value)
