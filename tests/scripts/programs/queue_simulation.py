# A deterministic bank-queue simulation with a linear congruential generator.
state = [42]
def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2 ** 31
    return state[0] % n
def simulate(tellers, minutes):
    queue = []
    busy = [0] * tellers
    served = 0
    waits = []
    longest = 0
    for minute in range(minutes):
        for _ in range(rand(3)):
            queue.append(minute)
        for t in range(tellers):
            if busy[t] > 0:
                busy[t] -= 1
            if busy[t] == 0 and queue:
                arrived = queue.pop(0)
                waits.append(minute - arrived)
                busy[t] = 1 + rand(4)
                served += 1
        longest = max(longest, len(queue))
    avg = sum(waits) / len(waits) if waits else 0.0
    return served, len(queue), longest, round(avg, 3)
for tellers in (1, 2, 3, 4):
    state[0] = 42
    print(tellers, "tellers:", simulate(tellers, 480))
