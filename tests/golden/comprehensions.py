squares = [x * x for x in range(10)]
evens = {x for x in data if x % 2 == 0 if x}
pairs = {k: v for k, v in items}
gen = (a + b for a in xs for b in ys if a != b)
def scoped(n):
    return [i + n for i in range(n)]
nested = [[j for j in range(i)] for i in range(3)]
