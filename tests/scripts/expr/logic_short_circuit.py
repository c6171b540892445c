# and / or return operands and short-circuit; not returns a bool.
def t(label, value):
    print("eval", label)
    return value
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "x", None or 0)
print([] and "never", [0] and "yes", not [], not [0], not None)
print(t("a", 0) and t("b", 1))
print(t("c", 1) and t("d", 0))
print(t("e", 1) or t("f", 0))
print(t("g", 0) or t("h", 0))
print(t("i", 0) or t("j", 1) and t("k", 2))
print(not 1 == 2, not (1 and 0))
x = 0
y = x or 10
z = x and 10
print(y, z)
print((1 or 2) + 1, (0 and 5) == 0)
