class Base:
    pass

class Derived(Base, metaclass=Meta):
    "Derived docs."
    count = 0

    def __init__(self, value):
        super().__init__()
        self.value = value

    @property
    def doubled(self):
        return self.value * 2

    def __private(self):
        return self.__secret

def factory(tag):
    class Local:
        label = tag
        def get(self):
            return tag
    return Local
