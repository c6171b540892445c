# Four CPU-bound threads against the same work in one thread. Under a GIL the
# threads cannot run bytecode in parallel; the cost to watch is the overhead of
# switching (CPython: about even). Prints both times on stderr.
import sys
import threading
import time

WORK = 1_500_000


def count(n):
    total = 0
    for i in range(n):
        total += i & 7
    return total


start = time.perf_counter()
serial = [count(WORK) for _ in range(4)]
serial_time = time.perf_counter() - start

results = []
lock = threading.Lock()


def worker():
    r = count(WORK)
    with lock:
        results.append(r)


start = time.perf_counter()
threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded_time = time.perf_counter() - start
print(f"one thread {serial_time:.3f} s, four threads {threaded_time:.3f} s,"
      f" x{threaded_time / serial_time:.3f}", file=sys.stderr)
print(sum(serial), sum(results))
