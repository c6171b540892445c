# split / rsplit / splitlines / join / partition / rpartition.
s = "  a  b   c  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "".split(","), "".split())
print("one::two::three".split("::"), "x".split("x"), "abc".split("abc"))
print("line1\nline2\r\nline3\rline4\n".splitlines())
print("a\n\nb\n".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines(), "no newline".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(("t", "u")))
print("key=value=more".partition("="), "no sep".partition("="), "k=v".rpartition("="), "abc".rpartition("z"))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
words = "the rain in spain falls mainly".split()
print(len(words), words[-1], "|".join(sorted(words)))
