# Integer while/for loops with arithmetic; prints a checksum.
def run():
    total = 0
    i = 0
    while i < 12000000:
        total = (total + i * 7) % 1000003
        i += 1
    for j in range(12000000):
        if j & 1:
            total += j // 3
        else:
            total -= j % 11
    return total

print(run())
