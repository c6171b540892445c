# try/except with specific types, tuples, bare except and the else clause.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("cannot divide", a, "by zero")
        return None
    else:
        print("divided fine")
        return result
print(divide(6, 3), divide(1, 0))
for bad in ["12", "x", None, [1]]:
    try:
        print(int(bad) * 2)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    [][0]
except:
    print("bare except caught it")
try:
    {}["missing"]
except IndexError:
    print("wrong handler")
except KeyError as e:
    print("KeyError handler:", e, e.args)
try:
    x = 1
except Exception:
    print("never")
else:
    print("else ran, x =", x)
e = "before"
try:
    raise ValueError("shadow")
except ValueError as e:
    print(e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
