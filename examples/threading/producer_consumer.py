# Producer/consumer with queue.Queue: the queue does all the locking.
import queue
import threading

tasks = queue.Queue(maxsize=10)  # a full queue makes producers wait
results = []
results_lock = threading.Lock()
DONE = object()


def producer(start):
    for n in range(start, start + 50):
        tasks.put(n)


def consumer():
    while True:
        n = tasks.get()
        if n is DONE:
            break
        with results_lock:
            results.append(n * n)


producers = [threading.Thread(target=producer, args=(k * 50,)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    tasks.put(DONE)
for t in consumers:
    t.join()
print(len(results), "squares, sum", sum(results), "==", sum([n * n for n in range(150)]))
