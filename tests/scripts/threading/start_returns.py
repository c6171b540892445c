# What Thread.start() guarantees when it returns, whether or not the new thread
# has run yet: it is alive, listed, has its ident, and native_id is the id the
# thread itself sees.
import threading

gate = threading.Event()
seen = {}


def worker(key):
    seen[key] = (threading.get_ident(), threading.get_native_id(), threading.current_thread().name)
    gate.wait()


threads = [threading.Thread(target=worker, args=(k,), name=f"w{k}") for k in range(20)]
report = []
for t in threads:
    t.start()
    # Asked at once: before the new thread has necessarily run any code.
    report.append((t.is_alive(), t in threading.enumerate(), t.ident is not None,
                   isinstance(t.native_id, int), "started" in repr(t)))
print(all(r == (True, True, True, True, True) for r in report), len(report))
print("alive while blocked:", threading.active_count())
try:
    threads[0].start()
except RuntimeError as e:
    print("RuntimeError:", e)
natives_from_start = [t.native_id for t in threads]
gate.set()
for t in threads:
    t.join()
matches = [seen[k][0] == t.ident and seen[k][1] == natives_from_start[k] and seen[k][2] == t.name
           for k, t in enumerate(threads)]
print("ident and native_id match:", all(matches), sum(matches))
print("distinct native ids:", len(set(natives_from_start)))
print("after join:", threading.active_count(), [t.is_alive() for t in threads[:3]])
