# str constructor, comparison, iteration, repr choices and immutability helpers.
print(str(), str(1), str(-2.5), str(None), str(True), str([1, "a"]), str((1,)), str({"k": 1}))
print(repr("plain"), repr("it's"), repr('say "x"'), repr("both ' and \""), repr("\n\t\\"))
print(repr("\x01\x1f"), repr("é"), repr("\u200b"), repr("\U0001F600"))
print("abc" < "abd" < "b", "Z" < "a", "a" * 3 == "aaa", "abc" != "ABC")
chars = []
for ch in "héllo":
    chars.append(ch)
print(chars, list("ab"), tuple("cd"), sorted("dcba"), "".join(sorted("banana")))
print(min("hello"), max("hello"), len(""), "ab" in "cab", "abc".upper().lower())
print("%" + "s literal percent", "a\0b", len("a\0b"))
s = "immutable"
t = s.upper()
print(s, t, s is not t)
print(chr(65) + chr(0x263A) + chr(0x1F600), ord("A"), ord("€"))
print("x".join("123"), "-".join(map(str, range(5))))
