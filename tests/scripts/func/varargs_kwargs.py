# *args and **kwargs, and unpacking at call sites.
def collect(*args):
    return args
print(collect(), collect(1), collect(1, "a", [2]))
def options(**kwargs):
    return kwargs
print(options(), options(a=1, b=2))
def full(a, b=0, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)
print(full(1, c=3))
print(full(1, 2, 3, 4, c=5, e=6, f=7))
args = (10, 20, 30)
kw = {"c": 1, "z": 26}
print(full(*args, **kw))
print(max(*[3, 8, 1]), "".join([*"abc"]))
def total(*numbers, start=0):
    result = start
    for n in numbers:
        result += n
    return result
print(total(1, 2, 3), total(start=100), total(*range(10), start=1))
def forward(*args, **kwargs):
    return collect(*args), options(**kwargs)
print(forward(1, 2, x=3))
try:
    full()
except TypeError as e:
    print(type(e).__name__, e)
try:
    full(1)
except TypeError as e:
    print(type(e).__name__, e)
