# Exception objects: args, str, repr, equality of args, storing and raising later.
e = ValueError("message")
print(e.args, str(e), repr(e))
e2 = ValueError("a", 1, None)
print(e2.args, str(e2), repr(e2))
e3 = ValueError()
print(e3.args, repr(str(e3)), repr(e3))
k = KeyError("key")
print(str(k), repr(k), k.args)
k2 = KeyError(("tuple", 1))
print(str(k2))
print(repr(ZeroDivisionError("division by zero")))
print(type(e).__name__, type(e) is ValueError, isinstance(e, Exception))
errors = []
for i in range(3):
    try:
        if i == 0:
            raise TypeError("zero")
        elif i == 1:
            raise ValueError(i)
        else:
            raise IndexError
    except Exception as caught:
        errors.append(caught)
for err in errors:
    print(type(err).__name__, err.args)
saved = errors[1]
try:
    raise saved
except ValueError as again:
    print(again is saved)
print(str(StopIteration(5)), StopIteration(5).args)
print(repr(SystemExit(3)), SystemExit(3).args, SystemExit(3).code)
print(str(AssertionError()), repr(AssertionError("x")))
