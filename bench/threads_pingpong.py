# Event ping-pong: two threads hand control back and forth 20,000 times, each
# hand-off a set() by one thread and a wait() by the other.
import threading

ROUNDS = 20_000
ping = threading.Event()
pong = threading.Event()
count = [0]


def player(mine, theirs):
    for _ in range(ROUNDS):
        mine.wait()
        mine.clear()
        count[0] += 1
        theirs.set()


a = threading.Thread(target=player, args=(ping, pong))
b = threading.Thread(target=player, args=(pong, ping))
a.start()
b.start()
ping.set()
a.join()
b.join()
print(count[0])
