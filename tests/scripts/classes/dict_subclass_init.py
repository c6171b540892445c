# dict.__init__ reached from a subclass: same filling and errors as dict().


class Settings(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loaded = True


print(Settings(), Settings({'a': 1}), Settings([('b', 2)], c=3), Settings(d=4).loaded)
for args in [({}, {}), (1,), ([1],), ([(1, 2, 3)],)]:
    try:
        Settings(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        dict(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
s = Settings(x=1)
dict.__init__(s, y=2)
print(s)
try:
    dict.__init__(s, 1, 2, 3)
except TypeError as e:
    print(e)
try:
    s.update({}, {})
except TypeError as e:
    print(e)
