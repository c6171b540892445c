# ord, chr, hex, oct, bin.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("中"), ord("😀"))
print(chr(97), chr(65), chr(48), repr(chr(10)), chr(233), chr(20013), chr(128512))
print(hex(0), hex(255), hex(-255), hex(2 ** 64), oct(8), oct(-8), oct(0), bin(5), bin(-5), bin(0))
print(bin(2 ** 70), hex(10 ** 20), oct(10 ** 20))
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
print(int(hex(12345), 16), int(bin(77), 2), int(oct(99), 8))
