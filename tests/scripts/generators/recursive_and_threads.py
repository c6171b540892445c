# Recursive generators and generators shared between threads.
import threading

class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

def inorder(node):
    if node is None:
        return
    yield from inorder(node.left)
    yield node.value
    yield from inorder(node.right)

def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))

tree = build(1, 200)
values = list(inorder(tree))
print(len(values), values[:5], values[-3:], values == sorted(values))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest

print(sum(1 for _ in permutations([1, 2, 3, 4, 5])), next(permutations("abc")))

# One generator, resumed by several threads in turn under a lock.
def numbers():
    n = 0
    while True:
        yield n
        n += 1

shared = numbers()
lock = threading.Lock()
taken = []

def worker():
    mine = []
    for _ in range(500):
        with lock:
            mine.append(next(shared))
    with lock:
        taken.extend(mine)

threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(taken), sorted(taken) == list(range(2000)))

# A generator started in one thread and finished in another.
def staged():
    yield threading.current_thread().name
    yield threading.current_thread().name

sg = staged()
first = next(sg)
result = []
t = threading.Thread(target=lambda: result.append(next(sg)), name="other")
t.start()
t.join()
print(first, result)

# Unlocked concurrent resumption: every thread either gets a value or
# "generator already executing"; no value is lost or duplicated.
def slow_numbers():
    for i in range(3000):
        total = 0
        for j in range(20):
            total += j
        yield i

racy = slow_numbers()
got = []
errors = []

def racer():
    while True:
        try:
            got.append(next(racy))
        except StopIteration:
            return
        except ValueError as e:
            errors.append(str(e))

racers = [threading.Thread(target=racer) for _ in range(3)]
for t in racers:
    t.start()
for t in racers:
    t.join()
print(sorted(got) == list(range(3000)), set(errors) <= {"generator already executing"})
