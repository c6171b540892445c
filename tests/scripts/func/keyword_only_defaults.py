# Keyword-only parameters with and without defaults, mixed with *args and **kwargs.
def configure(name, *values, verbose=False, level, **extra):
    return name, values, verbose, level, sorted(extra.items())
print(configure("a", level=1))
print(configure("b", 1, 2, level=2, verbose=True))
print(configure("c", level=3, color="red", size=4))
try:
    configure("d")
except TypeError as e:
    print(type(e).__name__, e)
def star_only(a, *, b=2, c):
    return a + b + c
print(star_only(1, c=3), star_only(1, c=3, b=10))
try:
    star_only(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
def defaults_refer_earlier(x, y=[]):
    y.append(x)
    return len(y)
print(defaults_refer_earlier(1), defaults_refer_earlier(2), defaults_refer_earlier(3, []))
