# User exception classes: args, custom __init__/__str__, hierarchy, chaining.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__(f"{key} not found in {where}")
        self.key = key
        self.where = where


class Quiet(AppError):
    def __str__(self):
        return "quiet:" + ",".join(map(str, self.args))


try:
    raise NotFound("k1", where="cache")
except AppError as err:
    print(type(err).__name__, err, err.args, err.key, err.where, isinstance(err, Exception))

try:
    raise Quiet(1, 2)
except Quiet as err:
    print(err, repr(err), err.args)

e = AppError("a", 2)
print(e, repr(e), e.args, str(AppError()), repr(AppError()))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__, NotFound.__mro__[-1])


class Failing(ValueError):
    code = 3


try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        raise Failing("outer") from inner
except ValueError as err:
    print(type(err).__name__, err, err.code, type(err.__cause__).__name__, err.__cause__)


def check(v):
    if v < 0:
        raise NotFound(v)
    return v


for v in (1, -1):
    try:
        print("ok", check(v))
    except NotFound as err:
        print("caught", err.key)

raise NotFound("final", where="end")
