# Conditional expressions and their laziness.
def side(v):
    print("side", v)
    return v
for n in [-2, 0, 3]:
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
print(side(1) if True else side(2))
print(side(1) if False else side(2))
x = 5
label = "big" if x > 3 else "small"
print(label)
print([1, 2] if x else [], (lambda: "lam")() if x else None)
print(1 if 0 else 2 if 0 else 3)
