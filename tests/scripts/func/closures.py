# Closures capture variables (not values) from enclosing scopes.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_multipliers():
    result = []
    for factor in [2, 3, 4]:
        def mul(x, factor=factor):
            return x * factor
        result.append(mul)
    return result
print(list(map(lambda m: m(10), make_multipliers())))
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def late_binding():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 99
    return fs
print(list(map(lambda f: f(), late_binding())))
def accumulator(start):
    total = start
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get
add, get = accumulator(100)
add(5)
add(-20)
print(get())
def shared_cell():
    v = 1
    def read():
        return v
    v = 2
    return read
print(shared_cell()())
