# while loops with break, continue and else.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while finished normally")
n = 0
while True:
    n += 1
    if n * n > 50:
        break
print("n", n)
k = 10
while k > 0:
    k -= 3
    if k == 1:
        print("found 1")
        break
else:
    print("no break")
print("k", k)
count = 0
while count < 3:
    count += 1
else:
    print("else with count", count)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
while 0:
    print("never")
else:
    print("else on false condition")
