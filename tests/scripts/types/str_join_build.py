# Building strings incrementally and with join; numbers to strings.
parts = []
for i in range(10):
    parts.append(str(i * i))
print(",".join(parts), len(",".join(parts)))
s = ""
for i in range(20):
    s += chr(ord("a") + i % 26)
print(s, s.upper()[::3])
table = ""
for row in range(1, 4):
    line = ""
    for col in range(1, 4):
        line += str(row * col).rjust(3)
    table += line + "\n"
print(table, end="")
print("".join(reversed("stressed")), "".join(map(str, [1.5, None, True])))
print(str(3.0), str(1e-10), str(-0.5), str(10 ** 16 * 1.0), str(123456789.0))
print(" ".join([str(1 / 7), str(2 / 7), str(100 / 7)]))
