# How many threads can be alive at once: start threads that all wait on one
# Event until start() raises RuntimeError("can't start new thread") or a cap is
# reached (first argument, default 20,000 — going to the system's limit makes
# every other process's fork() fail meanwhile). Prints the count on stdout and
# the time and peak memory on stderr. Not part of `bench/run.py`'s default set
# of comparisons in spirit: run it alone, on an otherwise idle machine.
import sys
import threading
import time

cap = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
gate = threading.Event()
threads = []
start = time.perf_counter()
error = None
while len(threads) < cap:
    t = threading.Thread(target=gate.wait)
    try:
        t.start()
    except RuntimeError as e:
        error = e
        break
    threads.append(t)
elapsed = time.perf_counter() - start
alive = threading.active_count() - 1
gate.set()
for t in threads:
    t.join()
peak = "?"
with open("/proc/self/status") as f:
    for line in f:
        if line.startswith("VmHWM"):
            peak = line.split(":")[1].strip()
print(f"{alive} threads alive; {'stopped by: ' + str(error) if error else 'reached the cap'}; "
      f"started in {elapsed:.2f} s; peak RSS {peak}", file=sys.stderr)
print(alive if not error else "limit")
