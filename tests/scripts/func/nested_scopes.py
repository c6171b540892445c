# Name resolution through nested functions, parameters shadowing outer names, builtins shadowing.
x = "global x"
def outer(x):
    def inner():
        return x
    return inner()
print(outer("param x"), x)
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_builtin(), len("abc"))
def uses_later_global():
    return later_defined()
def later_defined():
    return "defined after use site, before call"
print(uses_later_global())
def counter_factory():
    counts = {"n": 0}
    def hit():
        counts["n"] += 1
        return counts["n"]
    return hit
h = counter_factory()
h(); h()
print(h())
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
set_(42)
print(get())
def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1
print(deep(1)(10)(100)(1000))
print = print
print("rebinding print at module level is allowed")
