# Unicode strings: len in code points, indexing, methods, comparison, chr/ord round trips.
s = "añb中c😀d"
print(len(s), list(s))
print(s[1], s[3], s[5], s[-2], s[::-1], s[2:6])
print(s.upper(), s.find("中"), s.index("😀"), s.count("😀"), s.replace("中", "zh"))
print(s.encode("utf-8"), len(s.encode("utf-8")), s.encode().decode() == s)
print("é" < "z", "z" < "é", "中" > "a", sorted(["é", "e", "z", "中", "A"]))
codes = []
for ch in s:
    codes.append(ord(ch))
print(codes)
rebuilt = ""
for c in codes:
    rebuilt += chr(c)
print(rebuilt == s, chr(0x10FFFF) == "\U0010ffff")
print("ÅNGSTRÖM".lower(), "ﬁ".upper(), "İ".lower() == "i\u0307", "ǆ".title(), "Σ".lower())
print("中文".center(6, "*"), "é".ljust(3, "-") + "|", "😀".zfill(3))
print("a\u00a0b".split(), "x\u2003y".split(), "\u3000".isspace())
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
