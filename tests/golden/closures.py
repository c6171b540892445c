def counter(start):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def peek():
        return count
    return increment, peek

def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    return middle

def uses_global():
    global total
    total = 0
    del total

adder = lambda a, b=2: a + b
