# if / elif / else chains, nesting and truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 1000, 10 ** 20]:
    print(n, classify(n))
for v in [[], [1], "", "x", None, 0.0]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
if x > 5:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if x: pass
if not x:
    print("never")
elif x == 7: print("seven")
