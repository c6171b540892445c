# Assignment expressions (:=).
data = [3, 1, 4, 1, 5, 9, 2, 6]
if (n := len(data)) > 5:
    print("long list", n)
print(n)
i = 0
while (chunk := data[i:i + 3]):
    print(chunk)
    i += 3
print((y := 10) + y)
values = []
pos = 0
text = "a,bb,,ccc"
while (comma := text.find(",", pos)) != -1:
    values.append(text[pos:comma])
    pos = comma + 1
values.append(text[pos:])
print(values)
def f():
    if (z := 7) > 5:
        return z * 2
print(f())
print([a := 1, a + 1])
