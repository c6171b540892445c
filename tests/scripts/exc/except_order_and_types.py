# First matching handler wins; handlers can list tuples; OSError family names.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except ArithmeticError as e:
        return "arith:" + type(e).__name__
    except OSError as e:
        return "os:" + type(e).__name__
    except Exception as e:
        return "other:" + type(e).__name__
for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), FileNotFoundError(),
            PermissionError(), TimeoutError(), ValueError(), TypeError(), NotImplementedError(),
            UnicodeError(), RecursionError(), AssertionError(), StopIteration(), EOFError()]:
    print(classify(exc))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("never: KeyboardInterrupt is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
