# The Thread API: names, idents, is_alive, join, daemon, subclassing, repr, and
# the errors CPython raises for misuse.
import threading

results = []


def worker(tag, *, scale=1):
    me = threading.current_thread()
    results.append((tag * scale, me.name, me is not threading.main_thread(),
                    isinstance(me.ident, int), me.ident == threading.get_ident()))


t1 = threading.Thread(target=worker, args=("a",), kwargs={"scale": 2})
t2 = threading.Thread(target=worker, args=("b",), name="custom")
print(t1.name.startswith("Thread-") and t1.name.endswith(" (worker)"), t2.name)
print(t1.is_alive(), t1.ident, t1.daemon)
t1.start(); t2.start()
t1.join(); t2.join()
print(sorted(results, key=lambda r: r[0]))
print(t1.is_alive(), t2.is_alive(), isinstance(t1.native_id, int))

try:
    t1.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t3 = threading.Thread(target=worker, args=("c",))
try:
    t3.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
t3.daemon = True
print(t3.daemon)
t3.start()
try:
    t3.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
t3.join()

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(threading.current_thread().name, threading.active_count(), len(threading.enumerate()))


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"sq-{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n


workers = [Squarer(n) for n in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers], [w.name for w in workers])

t4 = threading.Thread(target=lambda: None, name="reprme")
print(repr(t4))
t4.start(); t4.join()
print(repr(t4).replace(str(t4.ident), "IDENT"))
t4.name = "renamed"
print(t4.name)
print(threading.get_ident() == main.ident, threading.TIMEOUT_MAX > 1e6, threading.stack_size())
print(threading.ThreadError is RuntimeError, threading.Lock is not None, type(threading.RLock()).__name__)
