# _thread: start_new_thread, locks, get_ident, stack_size, TIMEOUT_MAX, errors.
import _thread

lock = _thread.allocate_lock()
done = _thread.allocate_lock()
done.acquire()
out = []


def worker(a, b, *, c=0):
    out.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(worker, (1, 2), {"c": 3})
done.acquire()
print(out, isinstance(ident, int), isinstance(_thread.get_native_id(), int))
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked(), lock.acquire(0))
lock.release()
with lock:
    print("in with", lock.locked())
print(_thread.LockType is type(lock), _thread.error is RuntimeError, _thread.TIMEOUT_MAX)
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for bad in [(worker, [1]), (worker, (1,), []), (42, ())]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(_thread.stack_size())
try:
    _thread.stack_size(4096)
except ValueError as e:
    print("ValueError:", e)
print(_thread.stack_size(1 << 20), _thread.stack_size(), _thread.stack_size(0))
try:
    lock.acquire(timeout=1e20)
except OverflowError as e:
    print("OverflowError:", e)
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
print(r._is_owned())
