# CPU-bound versus I/O-bound threads, timed: what the interpreter lock does.
#
# Bytecode runs one thread at a time, so four threads counting take as long as
# one thread doing all four counts. Threads that wait (sleep, I/O, locks) give
# the lock up while they wait, so four waits overlap and take the time of one.
import threading
import time


def count(n=2_000_000):
    while n:
        n -= 1


def wait(seconds=0.25):
    time.sleep(seconds)


def timed(label, target, threads):
    start = time.perf_counter()
    workers = [threading.Thread(target=target) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(f"{label:28} {time.perf_counter() - start:6.2f} s")


timed("1 thread counting", count, 1)
timed("4 threads counting", count, 4)
timed("1 thread waiting 0.25 s", wait, 1)
timed("4 threads waiting 0.25 s", wait, 4)
