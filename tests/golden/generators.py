def simple():
    yield
    yield 1
    value = yield 2
    return value

def delegate(it):
    result = yield from it
    return result

def lazy(xs):
    return (x for x in xs)
