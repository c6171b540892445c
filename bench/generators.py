# Generator-heavy code: pipelines of generators, generator expressions,
# yield from chains and send()-driven coroutines; prints a checksum.

def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1

def evens(source):
    for value in source:
        if value % 2 == 0:
            yield value

def pairs(source):
    previous = None
    for value in source:
        if previous is not None:
            yield previous, value
        previous = value

def leaves(depth, base):
    if depth == 0:
        yield base
        return
    yield from leaves(depth - 1, base * 2)
    yield from leaves(depth - 1, base * 2 + 1)

def running_total():
    total = 0
    while True:
        value = yield total
        total = (total + value) % 1000003

def run():
    checksum = 0
    for a, b in pairs(evens(numbers(3000000))):
        checksum = (checksum + a * 3 + b) % 1000000007
    checksum += sum(x * x for x in range(2000000) if x & 3) % 1000003
    for _ in range(16):
        checksum += sum(leaves(15, 1)) % 1000003
    acc = running_total()
    next(acc)
    for i in range(1500000):
        checksum = (checksum + acc.send(i)) % 1000000007
    return checksum

print(run())
