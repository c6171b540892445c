# List work: append, indexing, slicing, sort, reverse; prints a checksum.
def run():
    checksum = 0
    for round_ in range(200):
        items = []
        seed = round_ + 1
        for _ in range(20000):
            seed = (seed * 1103515245 + 12345) % 2147483648
            items.append(seed % 100000)
        items.sort()
        checksum += items[0] + items[len(items) // 2] + items[-1]
        total = 0
        for i in range(0, len(items), 3):
            total += items[i]
        checksum = (checksum + total) % 1000000007
        head = items[:100]
        head.reverse()
        checksum += head[0] - head[-1]
        while len(items) > 15000:
            items.pop()
        checksum += len(items)
    return checksum

print(run())
