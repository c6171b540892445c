# A daemon thread blocked forever does not delay exit; a non-daemon thread is
# joined before the program ends (its output comes after the main script's).
import threading

forever = threading.Event()
daemon = threading.Thread(target=forever.wait, daemon=True)
daemon.start()

go = threading.Event()


def late():
    go.wait()
    print("non-daemon thread finishing after main")


worker = threading.Thread(target=late)
worker.start()
print("main script ends", daemon.is_alive(), worker.is_alive())
go.set()
