# Waits that end early (a timeout) leave nothing behind: later releases and
# sets still reach the threads that wait on, and every waiter of one Event
# wakes exactly once.
import queue
import threading

# A Lock: timed acquires that give up, beside a patient one that gets it.
lock = threading.Lock()
lock.acquire()
results = []
results_lock = threading.Lock()


def timed_acquire(name):
    got = lock.acquire(timeout=0.01)
    with results_lock:
        results.append((name, got))
    if got:
        lock.release()


quitters = [threading.Thread(target=timed_acquire, args=("quitter%d" % i,)) for i in range(5)]
for t in quitters:
    t.start()
for t in quitters:
    t.join()
patient_got = []
patient = threading.Thread(target=lambda: patient_got.append(lock.acquire()))
patient.start()
lock.release()
patient.join()
print(sorted(results))
print("patient got the lock:", patient_got, "locked:", lock.locked())
lock.release()

# An Event: waiters that time out return False; a set afterwards wakes the rest.
event = threading.Event()
timed_out = []
woken = []


def event_waiter(timeout, out):
    r = event.wait(timeout)
    with results_lock:
        out.append(r)


early = [threading.Thread(target=event_waiter, args=(0.01, timed_out)) for _ in range(4)]
for t in early:
    t.start()
for t in early:
    t.join()
ready = threading.Semaphore(0)


def late_waiter():
    ready.release()
    event_waiter(None, woken)


late = [threading.Thread(target=late_waiter) for _ in range(200)]
for t in late:
    t.start()
for _ in late:
    ready.acquire()
event.set()
for t in late:
    t.join()
print("timed out:", timed_out)
print("woken:", len(woken), all(woken))
print("a set event returns at once:", event.wait(0), event.wait())

# A Condition: a wait that times out, then a notify that reaches the other waiter.
cond = threading.Condition()
outcome = []


def cond_wait(timeout):
    with cond:
        outcome.append(("timed" if timeout else "plain", cond.wait(timeout)))


t1 = threading.Thread(target=cond_wait, args=(0.01,))
t1.start()
t1.join()
t2 = threading.Thread(target=cond_wait, args=(None,))
t2.start()
while True:
    with cond:
        if cond._waiters:
            cond.notify()
            break
t2.join()
print(outcome)

# A queue: get with a timeout raises Empty; the next put reaches a blocked getter.
q = queue.Queue()
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after the timeout")
got = []
getter = threading.Thread(target=lambda: got.append(q.get()))
getter.start()
q.put("item")
getter.join()
print(got)

# A chain: each thread waits for the previous one's Event, so the last can only
# run once every hand-off in between has happened.
N = 100
events = [threading.Event() for _ in range(N + 1)]
order = []


def link(i):
    events[i].wait()
    order.append(i)
    events[i + 1].set()


chain = [threading.Thread(target=link, args=(i,)) for i in reversed(range(N))]
for t in chain:
    t.start()
events[0].set()
events[N].wait()
for t in chain:
    t.join()
print(order == list(range(N)))

# A busy thread sets an Event and spins until the woken waiter has run: the
# waiter (parked by then, usually) gets the GIL only by preempting the spinner.
import time

flag = threading.Event()
ran = []


def wake_and_record():
    flag.wait()
    ran.append(True)


waiter = threading.Thread(target=wake_and_record)
waiter.start()
time.sleep(0.05)
flag.set()
spins = 0
while not ran:
    spins += 1
waiter.join()
print("the waiter ran while the setter spun:", ran)
