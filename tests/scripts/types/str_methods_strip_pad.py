# strip family, replace, center/ljust/rjust/zfill, expandtabs-free padding.
s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt..".rstrip("."))
print(repr("".strip()), repr("   ".strip()), "a b".strip("ab"))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "hello".replace("l", ""))
print("banana".replace("an", "AN"), "x".replace("x", "xx"), "abc".replace("z", "y"))
print("[" + "ab".center(7) + "]", "[" + "ab".center(6, "*") + "]", "[" + "abc".center(2) + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, ".") + "]", "[" + "ab".ljust(1) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
try:
    "ab".center(5, "**")
except TypeError as e:
    print(type(e).__name__, e)
