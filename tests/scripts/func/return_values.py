# return with no value, multiple values, early return, functions as values.
def nothing():
    return
def implicit():
    x = 1
def pair():
    return 1, "two"
def early(n):
    if n > 0:
        return "positive"
    print("fell through for", n)
print(nothing(), implicit(), pair(), early(1), early(-1))
a, b = pair()
print(a, b)
def pick(op):
    def plus(x, y):
        return x + y
    def minus(x, y):
        return x - y
    return plus if op == "+" else minus
print(pick("+")(2, 3), pick("-")(2, 3))
funcs = {"double": lambda x: 2 * x, "neg": lambda x: -x}
print(funcs["double"](21), funcs["neg"](5))
def apply_all(fs, v):
    out = []
    for f in fs:
        out.append(f(v))
    return out
print(apply_all([abs, str, float, bool], -3))
print(type(pick("+")(1, 1)), type(nothing()))
