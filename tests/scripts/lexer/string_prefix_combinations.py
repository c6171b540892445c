# Every string prefix combination allowed in Python 3.11.
v = 1
for s in [r"\a", R"\a", f"{v}", F"{v}", rf"\{v}", fr"\{v}", Rf"\{v}", fR"\{v}", RF"\{v}", FR"\{v}"]:
    print(s, len(s))
for b in [b"\x41", B"\x41", rb"\x41", br"\x41", Rb"\x41", bR"\x41", RB"\x41", BR"\x41"]:
    print(b, len(b))
print(u"unicode prefix", U"too")
