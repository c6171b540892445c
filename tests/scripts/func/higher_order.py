# Functions passed to and returned from functions.
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
def fold(f, items, acc):
    for item in items:
        acc = f(acc, item)
    return acc
print(fold(lambda a, b: a + b, [1, 2, 3, 4], 0))
print(fold(lambda a, b: a * b, range(1, 11), 1))
print(fold(lambda a, b: b + a, "abc", ""))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10))
def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
print(pipeline(str.strip, str.upper, lambda s: s + "!")("  hi  "))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(list(map(str, [1, 2])), list(map(int, ["3", "4"])))
print(max(["apple", "fig", "banana"], key=len), min([3, -4, 2], key=abs))
