# Augmented assignment on names, subscripts and mutable vs immutable objects.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n %= 3; print(n)
n **= 10; print(n)
n <<= 3; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 0xff; print(n)
n ^= 0xf; print(n)
f = 1.5
f /= 0.5; print(f)
s = "ab"
s += "cd"; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {"k": 1}
d["k"] += 10
d["k"] *= 2
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
counts = {}
for ch in "banana":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
