# print: sep, end, flush, multiple and zero arguments, non-str objects.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="-", end="!\n")
print(1, 2.5, None, True, [1, "two"], {"k": (1,)}, sep=" | ")
print("flushed", flush=True)
print(*range(5))
print(*"abc", sep="/")
print("multi\nline", end="\n\n")
print("sep None", "uses space", sep=None, end=None)
print("this line goes to stderr", file=sys.stderr)
print("", end="")
print("end")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
