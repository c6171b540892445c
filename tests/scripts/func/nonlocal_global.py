# nonlocal and global declarations.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def define_global():
    global created_later
    created_later = "made inside a function"
define_global()
print(created_later)
def outer():
    level = "outer"
    def middle():
        nonlocal level
        level = "middle"
        def inner():
            nonlocal level
            level += "+inner"
        inner()
    middle()
    return level
print(outer())
def reads_global_after_local_shadow():
    counter = "local"
    def inner():
        global counter
        return counter
    return inner(), counter
print(reads_global_after_local_shadow())
def nonlocal_in_loop():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(nonlocal_in_loop())
x = "module"
def g():
    x = "enclosing"
    def h():
        global x
        x = "changed module"
    h()
    return x
print(g(), x)
