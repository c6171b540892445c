# Builtin functions are first-class values.
fns = [len, str, repr, abs, sorted, list, bool]
for fn in fns:
    print(fn("ab") if fn is not abs else fn(-2))
lookup = {"len": len, "upper": str.upper, "max": max}
print(lookup["len"]("four"), lookup["upper"]("x"), lookup["max"](3, 9))
print(list(map(str.strip, [" a ", "b "])), sorted(["b", "a"], key=str))
print(print("inner print returns None"))
p = print
p("aliased print", 1, sep=":")
