# heappush, heappop, heapify, heapreplace, heappushpop: the exact list layout
# after each operation, heap sort, tuples, and stability helpers.
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop

heap = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6]:
    heappush(heap, x)
    print(heap)
print([heappop(heap) for _ in range(len(heap))], heap)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapify(data)
print(data)
data = [31, 41, 59, 26, 53, 58, 97, 93, 23, 84, 62, 64, 33, 83, 27, 95, 2]
heapify(data)
print(data)
print(heapreplace(data, 50), data)
print(heapreplace(data, 1), data)
print(heappushpop(data, 0), data)
print(heappushpop(data, 60), data)
print(heappushpop([], 4))
empty = []
heapify(empty)
print(empty)

# A pseudo-random sequence from a linear congruential generator.
seed = 12345
values = []
for _ in range(200):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    values.append(seed % 1000)
heap = list(values)
heapify(heap)
print(heap[:20])
print(all([heap[k] <= heap[c] for k in range(len(heap))
           for c in (2 * k + 1, 2 * k + 2) if c < len(heap)]))
ordered = [heappop(heap) for _ in range(len(heap))]
print(ordered == sorted(values), ordered[:10], ordered[-5:])

heap = []
for v in values[:50]:
    heappush(heap, v)
print(heap[:15])
for v in values[50:60]:
    heapreplace(heap, v)
print(heap[:15])
big = list(range(3000, 0, -1))
heapify(big)
print(big[:12], big[-5:])

# Tuples: priority then insertion order.
tasks = []
for i, (prio, name) in enumerate([(3, 'write'), (1, 'read'), (2, 'sleep'), (1, 'eat'), (3, 'code')]):
    heappush(tasks, (prio, i, name))
print(tasks)
while tasks:
    print(heappop(tasks))

# Items with only __lt__.
class Job:
    def __init__(self, cost, name):
        self.cost, self.name = cost, name

    def __lt__(self, other):
        return self.cost < other.cost

    def __repr__(self):
        return '%s:%d' % (self.name, self.cost)


jobs = [Job(4, 'a'), Job(2, 'b'), Job(4, 'c'), Job(1, 'd'), Job(2, 'e')]
heapify(jobs)
print(jobs)
print([heappop(jobs) for _ in range(5)])


class MyList(list):
    pass


h = MyList([3, 1, 2])
heapify(h)
heappush(h, 0)
print(h, type(h).__name__, heappop(h))
print(sorted(heapq.__all__))
