# Signalling with Event: workers wait until the main thread says "go".
import threading
import time

go = threading.Event()
log = []
log_lock = threading.Lock()


def runner(name):
    go.wait()  # blocks (without holding the interpreter lock) until set()
    with log_lock:
        log.append(name)


runners = [threading.Thread(target=runner, args=(f"runner-{i}",)) for i in range(4)]
for r in runners:
    r.start()
time.sleep(0.1)
print("before the signal:", log)
go.set()
for r in runners:
    r.join()
print("after the signal: ", sorted(log))
