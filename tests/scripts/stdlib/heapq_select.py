# nlargest and nsmallest (key=, ties in the order sorted() gives, n edge
# cases) and merge (key=, reverse=, laziness).
import heapq
from heapq import nlargest, nsmallest, merge

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(nlargest(3, nums), nsmallest(3, nums))
print(nlargest(1, nums), nsmallest(1, nums), nlargest(0, nums), nsmallest(-2, nums))
print(nlargest(20, nums), nsmallest(11, nums))
print(nlargest(3, iter(nums)), nsmallest(4, iter(nums)))
print(nlargest(2, []), nsmallest(1, []), nsmallest(3, iter([])))
print(nlargest(3, 'hello world'), nsmallest(3, {5: 'a', 1: 'b', 3: 'c', 4: 'd'}))

portfolio = [
    {'name': 'IBM', 'shares': 100, 'price': 91.1},
    {'name': 'AAPL', 'shares': 50, 'price': 543.22},
    {'name': 'FB', 'shares': 200, 'price': 21.09},
    {'name': 'HPQ', 'shares': 35, 'price': 31.75},
    {'name': 'YHOO', 'shares': 45, 'price': 16.35},
    {'name': 'ACME', 'shares': 75, 'price': 115.65},
]
print([s['name'] for s in nsmallest(3, portfolio, key=lambda s: s['price'])])
print([s['name'] for s in nlargest(3, portfolio, key=lambda s: s['price'])])
print([s['name'] for s in nlargest(2, iter(portfolio), key=lambda s: s['shares'])])

# Ties keep the order a stable sort gives.
words = ['bb', 'a', 'cc', 'dd', 'e', 'ff', 'g', 'hh', 'ii']
for n in range(0, 11):
    print(n, nsmallest(n, iter(words), key=len), nlargest(n, iter(words), key=len))
pairs = [(1, 'x'), (0, 'y'), (1, 'z'), (0, 'w'), (2, 'v'), (1, 'u')]
print(nsmallest(4, pairs, key=lambda p: p[0]), nlargest(4, pairs, key=lambda p: p[0]))
print(nsmallest(3, iter(pairs), key=lambda p: p[0]), nlargest(3, iter(pairs), key=lambda p: p[0]))

calls = []


def key(x):
    calls.append(x)
    return -x


print(nsmallest(2, iter([5, 1, 4, 2, 3]), key=key), calls)

seed = 7
values = []
for _ in range(300):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    values.append(seed % 97)
for n in (1, 2, 5, 17, 299, 300, 301):
    print(n, nsmallest(n, iter(values))[:8] == sorted(values)[:n][:8],
          nlargest(n, iter(values)) == sorted(values, reverse=True)[:n],
          nlargest(n, values, key=lambda v: v % 10)[:6])

print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge()), list(merge([])), list(merge([3, 2, 1], reverse=True)))
print(list(merge([7, 5, 1], [8, 2, 0], [9], reverse=True)))
print(list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(merge(['horse', 'dog'], ['kangaroo', 'fish', 'cat'], key=len, reverse=True)))
print(list(merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], [(1, 'c')], key=lambda p: p[0])))
print(list(merge('ace', 'bdf')), ''.join(merge('acegik', 'bdfhj', 'z')))

log = []


class Source:
    def __init__(self, name, items):
        self.name, self.items = name, list(items)

    def __iter__(self):
        return self

    def __next__(self):
        log.append(self.name)
        if not self.items:
            raise StopIteration
        return self.items.pop(0)


m = merge(Source('A', [1, 4]), Source('B', [2, 3]))
print(log)
print(next(m), log)
print(next(m), log)
print(list(m), log)
keys = []


def record(v):
    keys.append(v)
    return v


print(list(merge([1, 2, 3], [4, 5, 6], key=record)), keys)
print(list(merge([1, 5], [2, 3, 4], key=lambda v: v, reverse=False)))
