# Nested loops: break leaves only the inner loop; labelled exits via flags.
for i in range(1, 4):
    for j in range(1, 4):
        if j > i:
            break
        print(i * j, end=" ")
    print()
found = None
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = 1
        while c * c < c2:
            c += 1
        if c * c == c2 and a + b + c == 24:
            found = (a, b, c)
            break
    if found:
        break
print(found)
table = []
for row in range(3):
    line = []
    for col in range(4):
        if (row + col) % 2:
            continue
        line.append((row, col))
    table.append(line)
print(table)
i = 0
while i < 3:
    for j in range(3):
        if j == i:
            break
    else:
        print("never")
    i += 1
print("done", i)
