# 10,000 threads alive at once, all blocked on one Event, then released
# together. Prints peak memory (max RSS) on stderr.
import sys
import threading

N = 10_000
gate = threading.Event()
started = threading.Semaphore(0)
finished = [0]
lock = threading.Lock()


def worker():
    started.release()
    gate.wait()
    with lock:
        finished[0] += 1


threads = [threading.Thread(target=worker) for _ in range(N)]
for t in threads:
    t.start()
for _ in range(N):
    started.acquire()
alive = threading.active_count()
gate.set()
for t in threads:
    t.join()
try:
    import resource
    print(f"max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB", file=sys.stderr)
except ImportError:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM"):
                print("max RSS", line.split(":")[1].strip(), file=sys.stderr)
print(alive, finished[0])
