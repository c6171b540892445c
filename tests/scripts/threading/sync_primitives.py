# Event, Condition (notify order, wait_for), Semaphore, BoundedSemaphore,
# Barrier (with an action, abort and BrokenBarrierError), Timer, RLock.
import threading

# Event: workers wait until the main thread sets it.
ready = threading.Event()
seen = []
seen_lock = threading.Lock()


def waiter(i):
    ready.wait()
    with seen_lock:
        seen.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
print(ready.is_set(), ready.wait(0.01))
ready.set()
for w in ws:
    w.join()
print(sorted(seen), ready.is_set(), ready.wait(), ready.wait(0))
ready.clear()
print(ready.is_set())

# Condition: a producer and a consumer handing items over one by one.
cond = threading.Condition()
box = []
consumed = []


def consumer():
    for _ in range(5):
        with cond:
            cond.wait_for(lambda: box)
            consumed.append(box.pop(0))
            cond.notify()


c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    with cond:
        cond.wait_for(lambda: not box)
        box.append(i * 10)
        cond.notify()
c.join()
print(consumed)
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: False, timeout=0.01), cond.wait_for(lambda: 42))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)

# Semaphore: at most 2 workers inside at once.
sem = threading.Semaphore(2)
inside = [0]
peak = [0]
guard = threading.Lock()


def limited():
    with sem:
        with guard:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        for _ in range(2000):
            pass
        with guard:
            inside[0] -= 1


ls = [threading.Thread(target=limited) for _ in range(6)]
for t in ls:
    t.start()
for t in ls:
    t.join()
print(peak[0] <= 2, inside[0])
print(sem.acquire(blocking=False), sem.acquire(timeout=0.01), sem.acquire(False), sem.acquire(timeout=0))
try:
    sem.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

# Barrier: three parties, an action run once per round by one of them.
rounds = []
barrier = threading.Barrier(3, action=lambda: rounds.append("action"))
indices = []


def party():
    for _ in range(2):
        i = barrier.wait()
        with guard:
            indices.append(i)


ps = [threading.Thread(target=party) for _ in range(3)]
for t in ps:
    t.start()
for t in ps:
    t.join()
print(sorted(indices), rounds, barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b2.broken)
b2.reset()
print(b2.broken)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError after abort")
print(issubclass(threading.BrokenBarrierError, RuntimeError))
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)

# Timer: one fires, one is cancelled before it does.
fired = []
t1 = threading.Timer(0.01, fired.append, args=["fired"])
t2 = threading.Timer(60, fired.append, args=["cancelled"])
t1.start(); t2.start()
t2.cancel()
t1.join(); t2.join()
print(fired)

# RLock: reentrant for its owner, not releasable by others.
r = threading.RLock()
with r:
    with r:
        print("reentered")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
errors = []
r.acquire()


def other():
    try:
        r.release()
    except RuntimeError as e:
        errors.append(str(e))


o = threading.Thread(target=other)
o.start(); o.join()
r.release()
print(errors)

# A plain Lock can be released by another thread.
lk = threading.Lock()
lk.acquire()
releaser = threading.Thread(target=lk.release)
releaser.start(); releaser.join()
print(lk.locked(), lk.acquire(timeout=1))
lk.release()
try:
    lk.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lk.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
