# list/dict/set/frozenset/tuple.__new__ create instances of a subclass without
# running __init__; private __slots__ names are mangled; exceptions have __dict__.


class Stack(list):
    def __init__(self, *args):
        raise RuntimeError('__init__ must not run')


class Table(dict):
    pass


class Tags(set):
    pass


class Frozen(frozenset):
    pass


class Pair(tuple):
    pass


s = Stack.__new__(Stack)
s.append(1)
print(type(s).__name__, s, list.__new__(Stack, [1, 2, 3]))
print(dict.__new__(Table), type(Table.__new__(Table, a=1)).__name__, Table.__new__(Table, a=1))
print(set.__new__(Tags, [1]), Frozen.__new__(Frozen, [1, 2]), type(Frozen.__new__(Frozen)).__name__)
print(tuple.__new__(Pair, [1, 2]), list.__new__(list), dict.__new__(dict), frozenset.__new__(frozenset, 'a'))


class Ordered(list):
    def __new__(cls, *items):
        self = super().__new__(cls)
        self.created = True
        return self

    def __init__(self, *items):
        super().__init__(sorted(items))


o = Ordered(3, 1, 2)
print(o, o.created)
for bad in [lambda: list.__new__(), lambda: list.__new__(1), lambda: list.__new__(int),
            lambda: dict.__new__(list), lambda: set.__new__(frozenset), lambda: frozenset.__new__(Tags),
            lambda: tuple.__new__(list), lambda: tuple.__new__(5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)


class Account:
    __slots__ = ('__balance', 'owner', '__dunder__')

    def __init__(self, owner):
        self.owner = owner
        self.__balance = 0
        self.__dunder__ = 'kept'

    def deposit(self, n):
        self.__balance += n
        return self.__balance


acct = Account('ann')
print(acct.deposit(5), acct.deposit(2), acct._Account__balance, acct.__dunder__)
try:
    acct.__balance
except AttributeError as e:
    print('AttributeError', e)
try:
    acct.other = 1
except AttributeError as e:
    print('AttributeError', e)


class _Hidden:
    __slots__ = '__x'

    def set(self, v):
        self.__x = v
        return self._Hidden__x


print(_Hidden().set(4))

err = KeyError('k')
print(err.__dict__)
err.detail = 'extra'
print(err.__dict__, vars(err))
