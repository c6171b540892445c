# An exception raised in else or in a handler is not caught by sibling handlers.
def else_raises():
    try:
        pass
    except ValueError:
        print("never")
    else:
        raise ValueError("from else")
try:
    else_raises()
except ValueError as e:
    print("outer caught", e)
def handler_raises_same_type():
    try:
        raise ValueError("one")
    except ValueError:
        raise ValueError("two")
    except Exception:
        print("sibling handler never runs")
try:
    handler_raises_same_type()
except ValueError as e:
    print("outer caught", e, "context", e.__context__)
def finally_sees_nothing():
    try:
        return 1
    finally:
        print("finally in", "return path")
print(finally_sees_nothing())
