# Loop variables persist after loops; loops over mutated containers; else clauses.
for i in range(3):
    pass
print("after for:", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
k = 0
while k < 3:
    k += 1
print("after while:", k)
data = [1, 2, 3, 4, 5, 6]
for x in data[:]:
    if x % 2 == 0:
        data.remove(x)
print(data)
d = {"a": 1, "b": 2, "c": 3}
for key in list(d):
    if d[key] > 1:
        del d[key]
print(d)
total = 0
for a, b in zip(range(5), range(5, 10)):
    total += a * b
print(total)
for n in range(3):
    for m in range(3):
        pass
print(n, m)
