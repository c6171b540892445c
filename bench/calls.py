# Many small calls: positional, keyword, defaults, closures; prints a checksum.
def add(a, b=1):
    return a + b

def scale(x, *, factor=2, offset=0):
    return x * factor + offset

def make_counter(step):
    count = 0
    def tick():
        nonlocal count
        count += step
        return count
    return tick

def run():
    total = 0
    tick = make_counter(3)
    square = lambda v: v * v
    for i in range(3000000):
        total += add(i)
        total += add(i, b=i)
        total += scale(i, factor=3)
        total += scale(i, offset=1)
        total += tick()
        total += square(i & 15)
        total %= 1000000007
    return total

print(run())
