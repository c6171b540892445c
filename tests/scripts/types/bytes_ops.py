# bytes: indexing, slicing, len, decode, hex, bytes(), comparisons.
b = b"Hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[-2:])
print(type(b[0]), type(b[0:1]))
print(b"abc".hex(), b"".hex(), bytes([0, 1, 255]).hex(), bytes.fromhex("48 69"))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"))
print("café".encode(), "abc".encode("ascii"), "中".encode("utf-8"))
print(bytes(3), bytes([65, 66]), bytes("xy", "utf-8"), bytes(b"copy"), bytes())
print(b"a" + b"b", b"ab" * 2, b"b" in b"abc", 97 in b"abc", b"abc" == b"abc", b"a" < b"ab")
print(list(b"\x01\x02"), b"abc".upper(), b"a,b".split(b","), b"  x ".strip(), b"-".join([b"a", b"b"]))
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"), b"hi".startswith(b"h"))
print(repr(b"\t\n\r\x7f"), repr(b"'"), repr(b"\\"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(b"x" == "x", len(b"\x00" * 5))
