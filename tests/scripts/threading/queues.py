# queue: FIFO, LIFO, priority and simple queues; blocking, timeouts, Empty/Full,
# task_done/join; four producers and four consumers with exact totals.
import queue
import threading

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    lq.put(item)
    pq.put(item)
print([lq.get()[1] for _ in range(3)], [pq.get()[1] for _ in range(3)])

bounded = queue.Queue(maxsize=2)
bounded.put(1)
bounded.put_nowait(2)
print(bounded.full(), bounded.qsize())
try:
    bounded.put_nowait(3)
except queue.Full:
    print("Full")
try:
    bounded.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(bounded.get_nowait(), bounded.get(timeout=1))
try:
    bounded.get_nowait()
except queue.Empty:
    print("Empty")
try:
    bounded.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    bounded.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

sq = queue.SimpleQueue()
sq.put("x")
print(sq.qsize(), sq.empty(), sq.get(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")

# Producers and consumers.
work = queue.Queue(maxsize=50)
totals = []
totals_lock = threading.Lock()
N_ITEMS = 600
SENTINEL = None


def producer(base):
    for i in range(N_ITEMS):
        work.put(base + i)


def consumer():
    total = 0
    count = 0
    while True:
        item = work.get()
        if item is SENTINEL:
            work.task_done()
            break
        total += item
        count += 1
        work.task_done()
    with totals_lock:
        totals.append((total, count))


producers = [threading.Thread(target=producer, args=(k * 100000,)) for k in range(4)]
consumers = [threading.Thread(target=consumer) for _ in range(4)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    work.put(SENTINEL)
work.join()
for t in consumers:
    t.join()
expected = sum([k * 100000 * N_ITEMS + N_ITEMS * (N_ITEMS - 1) // 2 for k in range(4)])
print(sum([t for t, c in totals]), expected, sum([c for t, c in totals]), len(totals))
