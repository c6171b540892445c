# 10,000 short threads, started and joined in batches, each adding its number.
import threading

total = 0
lock = threading.Lock()


def add(n):
    global total
    with lock:
        total += n


N = 10_000
BATCH = 500
for start in range(0, N, BATCH):
    batch = [threading.Thread(target=add, args=(i,)) for i in range(start, start + BATCH)]
    for t in batch:
        t.start()
    for t in batch:
        t.join()
print(total, total == N * (N - 1) // 2, threading.active_count())
