# Exceptions propagate through frames and nested handlers.
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except ValueError:
        print("level2: wrong type, not handled")
def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught", e)
        return "recovered"
print(level1())
def handler_raises():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
    except TypeError as e:
        print("outer got", e, "context", e.__context__)
handler_raises()
def loop_with_errors():
    results = []
    for x in [1, 0, "a", 4]:
        try:
            results.append(10 // x)
        except ZeroDivisionError:
            results.append("div0")
        except TypeError:
            results.append("type")
    return results
print(loop_with_errors())
def exception_variable_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return "cleared: " + type(e).__name__
print(exception_variable_cleared())
