# The convoy effect: an I/O-bound thread (200 sleeps of 0.5 ms) beside a
# CPU-bound one. Ideal: 0.1 s. CPython 3.11 makes the sleeper wait a switch
# interval (5 ms) for the lock after every sleep. Prints the slowdown factor of
# the sleeper on stderr; stdout is a checksum.
import sys
import threading
import time

SLEEPS = 200
NAP = 0.0005
stop = False
spins = [0]


def busy():
    n = 0
    while not stop:
        n += 1
    spins[0] = n


def sleeper(result):
    start = time.perf_counter()
    for _ in range(SLEEPS):
        time.sleep(NAP)
    result.append(time.perf_counter() - start)


result = []
b = threading.Thread(target=busy)
s = threading.Thread(target=sleeper, args=(result,))
b.start()
s.start()
s.join()
stop = True
b.join()
ideal = SLEEPS * NAP
print(f"sleeper: {result[0]:.3f} s, ideal {ideal:.3f} s, slowdown x{result[0] / ideal:.2f}", file=sys.stderr)
print("done", SLEEPS)
