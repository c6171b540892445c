# Every misuse of the threading, _thread and queue APIs raises what CPython raises.
import _thread
import queue
import threading

def report(label, fn):
    try:
        result = fn()
        print(label, "->", repr(result))
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e)

t = threading.Thread(target=lambda: None)
report("join before start", t.join)
report("is_alive before start", t.is_alive)
report("ident before start", lambda: t.ident)
t.start()
report("start twice", t.start)
t.join()
report("start after join", t.start)
report("daemon after start", lambda: setattr(t, "daemon", True))
report("setDaemon after start", lambda: t.setDaemon(True))
report("join current thread", threading.current_thread().join)
report("join main from main", threading.main_thread().join)
report("Thread bad kwarg", lambda: threading.Thread(targt=print))
report("Thread positional group", lambda: threading.Thread(1))
report("Thread args not iterable", lambda: threading.Thread(target=print, args=5).run())
report("name set to int", lambda: setattr(threading.Thread(), "name", 5))

class Sub(threading.Thread):
    def __init__(self):
        pass  # forgot Thread.__init__

report("subclass without __init__ start", lambda: Sub().start())
report("subclass without __init__ repr", lambda: repr(Sub()))

lock = threading.Lock()
report("release unlocked Lock", lock.release)
report("acquire negative timeout", lambda: lock.acquire(timeout=-2))
report("acquire nonblocking with timeout", lambda: lock.acquire(False, 1))
report("acquire timeout too big", lambda: lock.acquire(timeout=1e300))
report("acquire bad type", lambda: lock.acquire(timeout="x"))
rlock = threading.RLock()
report("release unowned RLock", rlock.release)
report("RLock acquire negative", lambda: rlock.acquire(timeout=-5))
other_release = []
rlock.acquire()
th = threading.Thread(target=lambda: report("release RLock owned by other thread", rlock.release))
th.start()
th.join()
rlock.release()

cond = threading.Condition()
report("wait without lock", cond.wait)
report("notify without lock", cond.notify)
report("notify_all without lock", cond.notify_all)
report("wait_for without lock", lambda: cond.wait_for(lambda: True))

report("Semaphore negative", lambda: threading.Semaphore(-1))
sem = threading.BoundedSemaphore(1)
report("BoundedSemaphore over-release", sem.release)
report("Semaphore release(0)", lambda: threading.Semaphore().release(0))
report("acquire with timeout and no blocking", lambda: threading.Semaphore().acquire(False, 1))

report("Barrier zero parties", lambda: type(threading.Barrier(0)).__name__)
b = threading.Barrier(2, timeout=0.01)
report("Barrier wait times out", b.wait)
report("Barrier broken afterwards", b.wait)
print("broken:", b.broken)
b.reset()
print("after reset:", b.broken, b.n_waiting, b.parties)
b.abort()
report("aborted barrier", b.wait)
report("BrokenBarrierError is RuntimeError", lambda: issubclass(threading.BrokenBarrierError, RuntimeError))

ev = threading.Event()
report("Event wait timeout", lambda: ev.wait(0.001))
report("Event wait bad timeout", lambda: ev.wait("x"))

report("Timer bad interval", lambda: threading.Timer("x", print).start() or threading.Timer)

report("stack_size too small", lambda: threading.stack_size(1000))
report("stack_size negative", lambda: threading.stack_size(-1))
report("stack_size str", lambda: threading.stack_size("big"))
report("stack_size current", threading.stack_size)

report("start_new_thread bad function", lambda: _thread.start_new_thread(5, ()))
report("start_new_thread args not tuple", lambda: _thread.start_new_thread(print, [1]))
report("start_new_thread kwargs not dict", lambda: _thread.start_new_thread(print, (), 5))
l2 = _thread.allocate_lock()
report("_thread lock release unlocked", l2.release)
report("_thread.error is RuntimeError", lambda: _thread.error is RuntimeError)
report("exit in main", _thread.exit)

q = queue.Queue(1)
report("get_nowait empty", q.get_nowait)
q.put(1)
report("put_nowait full", lambda: q.put_nowait(2))
report("put timeout", lambda: q.put(2, timeout=0.001))
report("put negative timeout", lambda: q.put(2, timeout=-1))
q.get()
report("get timeout", lambda: q.get(timeout=0.001))
report("task_done too many", lambda: (q.task_done(), q.task_done()))
report("SimpleQueue get empty", lambda: queue.SimpleQueue().get(block=False))
report("SimpleQueue negative timeout", lambda: queue.SimpleQueue().get(timeout=-1))
pq = queue.PriorityQueue()
pq.put(1)
report("PriorityQueue mixed types", lambda: pq.put("a"))
report("Empty is Exception", lambda: issubclass(queue.Empty, Exception))

local = threading.local()
report("local missing attribute", lambda: local.missing)
report("local with args", lambda: threading.local(1))
report("excepthook bad args", lambda: threading.excepthook(1))
report("ExceptHookArgs fields", lambda: threading.ExceptHookArgs((ValueError, ValueError("x"), None, None)).exc_type)
print("done")
