# Indexing and slicing strings, including negative steps and Unicode.
s = "Hello, Wörld! 👋"
print(len(s), s[0], s[-1], s[7], s[-2] == " ")
print(s[0:5], s[7:], s[:5], s[-7:-2], s[::2], s[::-1], s[1:10:3], s[10:1:-2])
print(repr(s[100:]), repr(s[5:2]), s[-100:3], s[:-100] == "")
try:
    s[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
for i in range(len("abc")):
    print(i, "abc"[i], "abc"[-1 - i])
t = "abcdefghij"
print(t[slice(2, 8, 2)], t[slice(None, None, -3)], t[::-1][::-1] == t)
print(ord(s[8]), ord(s[-1]))
