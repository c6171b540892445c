# Raw string literals keep backslashes.
print(r"\n\t\\", len(r"\n"))
print(R'C:\path\to\file')
print(r'it\'s', len(r'\''))
print(r"""raw
triple \n""")
print(repr(r"\d+\.\d*"))
print(rb"\x00", len(rb"\x00"))
print(r"\\" == "\\\\", r"\x41" == "\\x41")
print(repr(r"a\b"), repr(r'\"'))
print(Rb"\n".hex(), r"\u00e9")
