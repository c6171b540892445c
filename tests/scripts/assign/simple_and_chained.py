# Plain, chained and multiple-target assignment.
a = 1
b = c = d = [1]
print(a, b, c, d, b is d)
b.append(2)
print(c)
x, y = 1, 2
x, y = y, x
print(x, y)
x = y = z = 0
x += 1
print(x, y, z)
first = second = "shared"
second += "!"
print(first, second)
n = None
print(n)
a = a + 1
print(a)
