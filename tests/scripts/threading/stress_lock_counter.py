# 8 threads x 100,000 increments of a shared counter under a Lock: exact.
import threading

N_THREADS = 8
N_INCREMENTS = 100_000
counter = 0
lock = threading.Lock()


def work():
    global counter
    for _ in range(N_INCREMENTS):
        with lock:
            counter += 1


threads = [threading.Thread(target=work) for _ in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, counter == N_THREADS * N_INCREMENTS)
print(lock.locked(), threading.active_count())
