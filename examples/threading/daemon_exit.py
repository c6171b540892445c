# Daemon threads at exit: the program ends when the main script and its
# non-daemon threads are done; daemon threads are left behind, even blocked.
import threading
import time


def heartbeat():
    while True:  # never ends on its own
        time.sleep(0.05)


def slow_job():
    time.sleep(0.2)
    print("non-daemon job finished (the program waited for it)")


threading.Thread(target=heartbeat, daemon=True).start()
threading.Thread(target=slow_job).start()
print("main script done; exiting once the non-daemon job ends")
