# find / rfind / index / rindex / count / startswith / endswith.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.find(""), s.find("o", 13, 20))
print(s.rfind("the"), s.rfind("o"), s.rfind("zz"), s.rfind("", 5))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), s.count("o", 20))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("dog"))
print(s.endswith(("cat", "dog")), s.endswith("lazy", 0, 39), "".startswith(""), "abc".endswith(""))
print("aaaa".count("aa"), "abababa".find("aba", 1), "abc".find("c", -1), "abc".find("a", -10))
try:
    s.index("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("cat")
except ValueError as e:
    print(type(e).__name__, e)
print("cat" in s, "fox" in s)
