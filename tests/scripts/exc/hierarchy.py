# The builtin exception hierarchy: catching by base classes.
cases = [
    (lambda: 1 / 0, ArithmeticError),
    (lambda: [][0], LookupError),
    (lambda: {}[0], LookupError),
    (lambda: int("z"), Exception),
    (lambda: undefined_name, NameError),
    (lambda: None.attr, AttributeError),
    (lambda: 2 ** 10000 * 1.0, ArithmeticError),
    (lambda: "".join([1]), TypeError),
    (lambda: [].pop(), IndexError),
    (lambda: "abc".index("z"), ValueError),
    (lambda: next(iter([])), StopIteration),
    (lambda: chr(-1), ValueError),
]
for thunk, base in cases:
    try:
        thunk()
    except base as e:
        print("caught", type(e).__name__, "as", base.__name__)
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(KeyError(), LookupError))
print(isinstance(UnboundLocalError(), NameError), isinstance(RecursionError(), RuntimeError))
print(isinstance(NotImplementedError(), RuntimeError), isinstance(IndentationError(), SyntaxError))
print(isinstance(StopIteration(), Exception), isinstance(TypeError(), Exception))
print(isinstance(KeyboardInterrupt(), Exception), isinstance(SystemExit(), BaseException))
print(isinstance(Exception(), BaseException), isinstance(True, int))
print(isinstance(KeyError("k"), LookupError), isinstance(ValueError(), KeyError))
print(isinstance(OverflowError(), ArithmeticError), isinstance(AssertionError(), Exception))
try:
    raise KeyError("first handler wins")
except LookupError as e:
    print("LookupError handler got", repr(e))
except KeyError:
    print("never")
