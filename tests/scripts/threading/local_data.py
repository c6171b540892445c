# threading.local: each thread sees its own attributes; a subclass's __init__
# runs once per thread with the constructor's arguments.
import threading

data = threading.local()
data.value = "main"
results = []
lock = threading.Lock()


def worker(i):
    print_missing = not hasattr(data, "value")
    data.value = i
    for _ in range(1000):
        pass
    with lock:
        results.append((i, data.value, print_missing))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results), data.value)


class Config(threading.local):
    created = 0

    def __init__(self, level):
        Config.created += 1
        self.level = level
        self.items = []


cfg = Config(3)
cfg.items.append("main")


def use_config(tag):
    cfg.items.append(tag)
    with lock:
        results.append((tag, cfg.level, list(cfg.items)))


results.clear()
ts = [threading.Thread(target=use_config, args=(t,)) for t in "abc"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results), cfg.items, Config.created)
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
del data.value
print(hasattr(data, "value"))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
