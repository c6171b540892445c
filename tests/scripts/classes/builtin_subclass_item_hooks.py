# A subclass of a builtin container that overrides only one of __setitem__ and
# __delitem__ keeps the builtin behaviour for the other.


class LoggingDict(dict):
    def __setitem__(self, key, value):
        print('set', key, value)
        dict.update(self, {key: value})


d = LoggingDict(a=1)
d['b'] = 2
del d['a']
print(d)
try:
    del d['missing']
except KeyError as e:
    print('KeyError', e)


class QuietDelete(dict):
    def __delitem__(self, key):
        if key in self:
            dict.pop(self, key)


q = QuietDelete()
q['x'] = 1
q['y'] = 2
del q['x']
del q['nothing']
print(q)


class Doubling(list):
    def __setitem__(self, index, value):
        list.insert(self, index, value * 2) if False else None
        self.append(value * 2)


lst = Doubling([1, 2, 3])
lst[0] = 10
del lst[0]
del lst[-1]
print(lst)
try:
    del lst[10]
except IndexError as e:
    print('IndexError', e)


class Appender(list):
    def __delitem__(self, index):
        print('not deleting', index)


a = Appender([1, 2])
a[0] = 'one'
a[1:] = ['x', 'y']
del a[0]
print(a)


class NoItems:
    def __setitem__(self, key, value):
        print('stored', key)


n = NoItems()
n[1] = 2
try:
    del n[1]
except AttributeError as e:
    print('AttributeError', e)


class NoSet:
    def __delitem__(self, key):
        print('deleted', key)


m = NoSet()
del m['k']
try:
    m['k'] = 1
except AttributeError as e:
    print('AttributeError', e)
