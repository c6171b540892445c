f()
f(1, 2)
f(a, k=1, j=2)
f(*args)
f(1, *args, 2)
f(**kw)
f(a, *args, k=1, **kw, j=2)
obj.method(1, 2)
obj.method(1, k=2)
obj.method(*args)
obj.attr.method()
f(x)(y)

@decorator
@factory(1)
def decorated(a, b=1, *rest, c, d=2, **more):
    return a
