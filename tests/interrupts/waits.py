# Run by tests/tools/run_interrupts.py: waits in the main thread in the way named
# by argv[1]; the driver sends SIGINT once "ready" is printed.
import queue
import sys
import threading
import time

what = sys.argv[1]
forever = threading.Event()
try:
    if what == "lock":
        lock = threading.Lock()
        lock.acquire()
        print("ready", flush=True)
        lock.acquire()
    elif what == "event":
        print("ready", flush=True)
        forever.wait()
    elif what == "join":
        blocker = threading.Thread(target=forever.wait, daemon=True)
        blocker.start()
        print("ready", flush=True)
        blocker.join()
    elif what == "queue":
        print("ready", flush=True)
        queue.Queue().get()
    elif what == "condition":
        cond = threading.Condition()
        with cond:
            print("ready", flush=True)
            cond.wait()
    elif what == "sleep":
        print("ready", flush=True)
        time.sleep(3600)
    elif what == "loop":
        print("ready", flush=True)
        n = 0
        while True:
            n += 1
    elif what == "uncaught":
        print("ready", flush=True)
        forever.wait()
except KeyboardInterrupt:
    if what == "uncaught":
        raise
    print("KeyboardInterrupt caught in", what, flush=True)
    sys.exit(0)
