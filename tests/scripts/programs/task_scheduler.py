# A priority task scheduler: a heap of (priority, sequence, task) entries, with
# itertools.count as the tie-breaker so equal priorities run first-in
# first-out and tasks are never compared. Tasks can be cancelled, re-prioritised
# and can spawn follow-up tasks; a simulated clock runs them.
import heapq
import itertools


class Task:
    def __init__(self, name, duration, spawns=()):
        self.name = name
        self.duration = duration
        self.spawns = list(spawns)

    def __repr__(self):
        return 'Task(%s)' % self.name


class Scheduler:
    REMOVED = '<removed>'

    def __init__(self):
        self.heap = []
        self.entries = {}
        self.counter = itertools.count()
        self.clock = 0
        self.log = []

    def add(self, task, priority=0):
        if task.name in self.entries:
            self.cancel(task.name)
        entry = [priority, next(self.counter), task]
        self.entries[task.name] = entry
        heapq.heappush(self.heap, entry)

    def cancel(self, name):
        entry = self.entries.pop(name)
        entry[-1] = Scheduler.REMOVED

    def pop(self):
        while self.heap:
            priority, seq, task = heapq.heappop(self.heap)
            if task is not Scheduler.REMOVED:
                del self.entries[task.name]
                return priority, seq, task
        raise KeyError('pop from an empty scheduler')

    def run(self):
        while self.entries:
            priority, seq, task = self.pop()
            start = self.clock
            self.clock += task.duration
            self.log.append((start, self.clock, task.name, priority))
            print('t=%3d..%3d  %-14s priority %2d  seq %2d' % (start, self.clock, task.name,
                                                               priority, seq))
            for offset, child in enumerate(task.spawns):
                self.add(child, priority + 1 + offset)


sched = Scheduler()
sched.add(Task('write-report', 30), priority=2)
sched.add(Task('fix-bug', 15, spawns=[Task('write-test', 5), Task('deploy', 10)]), priority=1)
sched.add(Task('coffee', 5), priority=1)
sched.add(Task('email', 10), priority=3)
sched.add(Task('meeting', 60), priority=2)
sched.add(Task('lunch', 45), priority=5)
sched.add(Task('review', 20, spawns=[Task('merge', 3)]), priority=2)
sched.cancel('meeting')
sched.add(Task('email', 8), priority=0)     # re-prioritised: replaces the old entry
print('queued:', sorted(sched.entries), 'heap size', len(sched.heap))
print('next up:', sched.heap[0][2], [e[:2] for e in sched.heap[:4]])
sched.run()
print('finished at t=%d after %d tasks' % (sched.clock, len(sched.log)))
try:
    sched.pop()
except KeyError as e:
    print('KeyError', e)

# Summaries with itertools over the log.
busy = list(itertools.accumulate([end - start for start, end, name, prio in sched.log]))
print('cumulative busy time:', busy)
by_priority = sorted(sched.log, key=lambda rec: rec[3])
for prio, group in itertools.groupby(by_priority, key=lambda rec: rec[3]):
    names = [rec[2] for rec in group]
    print('priority', prio, '->', ', '.join(names))
print('longest three:', heapq.nlargest(3, sched.log, key=lambda rec: rec[1] - rec[0]))
print('shortest two:', [rec[2] for rec in heapq.nsmallest(2, sched.log, key=lambda rec: rec[1] - rec[0])])
pairs = list(itertools.pairwise([rec[2] for rec in sched.log]))
print('handoffs:', pairs[:4])

# Round-robin over three workers, merging their sorted finish times.
workers = {'w1': [], 'w2': [], 'w3': []}
clock = dict.fromkeys(workers, 0)
for worker, (start, end, name, prio) in zip(itertools.cycle(sorted(workers)), sched.log):
    clock[worker] += end - start
    workers[worker].append((clock[worker], name))
for worker in sorted(workers):
    print(worker, workers[worker])
print('merged:', [name for t, name in heapq.merge(*[workers[w] for w in sorted(workers)])])
print('slots:', list(itertools.islice(itertools.count(9.0, 0.25), 5)),
      list(itertools.product('AB', range(2))))
