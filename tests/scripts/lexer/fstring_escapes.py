# f-strings: escapes in the literal part, quotes, newlines, doubled braces.
v = 7
print(f"tab\t{v}\tend")
print(f"newline\n{v}")
print(f"{{{v}}}", f"{{v}}", f"{{{{v}}}}")
print(f'{"double inside single"}', f"{'single inside double'}")
print(f"""triple {v} with "quotes" and 'apostrophes'""")
print(f"\x41{v}\u00e9", f"{v}\\n")
items = {"a": 1}
print(f"{items['a']:>4}|")
name = "x"
print(f"{name!r:>6}|{name:^5}|")
print(f"{v:{'>' if v > 5 else '<'}6}|")
print(f"{'%'}{v}%")
multi = f"""
line {v}
  line {v + 1}
"""
print(repr(multi))
