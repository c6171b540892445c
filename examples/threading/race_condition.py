# A race condition and the lock that fixes it.
#
# Each worker reads the shared balance, does a little work (a call, where the
# interpreter may switch threads), then writes back balance + 1. Two threads
# that read the same old value both write old + 1: one deposit is lost. The
# second run holds a Lock around read-modify-write, and nothing is lost.
import threading

DEPOSITS = 200_000
WORKERS = 4


def audit():
    pass  # stands for real work between the read and the write


def deposit_unsafely(account):
    for _ in range(DEPOSITS):
        balance = account["balance"]
        audit()
        account["balance"] = balance + 1


def deposit_safely(account, lock):
    for _ in range(DEPOSITS):
        with lock:
            balance = account["balance"]
            audit()
            account["balance"] = balance + 1


def run(target, *extra):
    account = {"balance": 0}
    threads = [threading.Thread(target=target, args=(account, *extra)) for _ in range(WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return account["balance"]


expected = DEPOSITS * WORKERS
unsafe = run(deposit_unsafely)
safe = run(deposit_safely, threading.Lock())
print(f"expected {expected}")
print(f"without a lock: {unsafe} ({expected - unsafe} deposits lost)")
print(f"with a lock:    {safe}")
