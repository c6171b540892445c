# Queue throughput: 4 producers and 4 consumers pass 100,000 items through one
# bounded queue.Queue.
import queue
import threading

ITEMS_PER_PRODUCER = 25_000
q = queue.Queue(maxsize=1000)
sums = []
lock = threading.Lock()


def producer(base):
    for i in range(ITEMS_PER_PRODUCER):
        q.put(base + i)


def consumer():
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    with lock:
        sums.append(total)


producers = [threading.Thread(target=producer, args=(k * 1_000_000,)) for k in range(4)]
consumers = [threading.Thread(target=consumer) for _ in range(4)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(sum(sums))
