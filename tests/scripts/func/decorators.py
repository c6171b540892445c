# Decorators written as plain functions.
def trace(func):
    def wrapper(*args, **kwargs):
        print("call with", args, kwargs)
        result = func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, 2)
add(5, b=6)
def repeat(times):
    def decorator(func):
        def wrapper(*args):
            results = []
            for _ in range(times):
                results.append(func(*args))
            return results
        return wrapper
    return decorator
@repeat(3)
def shout(word):
    return word.upper()
print(shout("hey"))
def bracket(func):
    return lambda: "[" + func() + "]"
def brace(func):
    return lambda: "{" + func() + "}"
@bracket
@brace
def core():
    return "core"
print(core())
registry = []
def register(func):
    registry.append(func)
    return func
@register
def first():
    return 1
@register
def second():
    return 2
print(len(registry), registry[0](), registry[1](), first())
def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
