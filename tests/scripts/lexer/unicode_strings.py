# Non-ASCII source text in string literals.
s = "naïve café — 中文 😀"
print(s)
print(len(s), len("中文"), len("😀"))
print(s[0], s[2], s[-1], s[13:15])
print(s.upper())
print("é" == "\u00e9", "e\u0301" == "é")
print(list(map(ord, "aé中😀")))
print(repr("中文"), repr("😀"))
print("ß".upper(), "İ".lower() == "i̇")
print("ÀÉÎ".lower(), "straße".title())
print("中" in s, s.find("中"), s.count("a"))
print(" ".join(reversed(["ü", "ö", "ä"])))
