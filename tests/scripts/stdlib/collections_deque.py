# collections.deque: construction, both ends, maxlen, rotate, indexing.
from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
print(d, len(d), bool(d), d[0], d[-1], d[1])
print(d.pop(), d.popleft(), d)
d.extend([5, 6, 7])
d.extendleft('ab')
print(d)
print(list(d), list(reversed(d)), 6 in d, 99 in d)

# A long run at both ends keeps order.
r = deque()
for i in range(1000):
    r.append(i)
    r.appendleft(-i)
print(len(r), r[0], r[-1], r[999], r[1000])
total = 0
while r:
    total += r.pop()
    if r:
        total += r.popleft()
print(total, r)

# maxlen drops from the opposite end.
m = deque([1, 2, 3], maxlen=3)
print(m, m.maxlen)
m.append(4)
print(m)
m.appendleft(0)
print(m)
m.extend(range(10, 15))
print(m)
m.extendleft([100, 101])
print(m)
print(deque('abcdef', 2), deque(maxlen=0), deque([], 5), deque(range(3), None))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z, len(z))
print(deque(iterable=[1, 2], maxlen=4))

# rotate
q = deque(range(6))
q.rotate()
print(q)
q.rotate(2)
print(q)
q.rotate(-4)
print(q)
q.rotate(13)
print(q)
q.rotate(0)
print(q)
deque().rotate(5)
full = deque(range(8))
full.rotate(3)
print(full, full[0])
full.append(8)
print(full)

# indexing, assignment, deletion
s = deque('hello')
s[0] = 'j'
s[-1] = 'y'
print(s, s[2], s[-2])
del s[1]
print(s)
del s[0]
del s[-1]
print(s)
print(deque([1, 2, 3]).copy(), deque([1], maxlen=2).copy())
c = deque([1, 2])
c2 = c.copy()
c2.append(3)
print(c, c2)

# count / index / insert / remove / reverse / clear
t = deque([1, 2, 3, 2, 1, 2])
print(t.count(2), t.count(9), t.index(2), t.index(2, 2), t.index(2, -2), t.index(1, 1, 5))
t.insert(0, 'first')
t.insert(-1, 'beforelast')
t.insert(100, 'end')
t.insert(-100, 'start')
print(t)
t.remove(2)
print(t)
t.reverse()
print(t)
t.clear()
print(t, len(t))
print(deque([1.0, 1, True]).count(1))
