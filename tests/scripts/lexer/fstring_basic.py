# f-strings: substitution, conversions, escaping of braces.
name = "World"
n = 42
print(f"Hello, {name}!")
print(F"n={n}", f'{n + 1}', f"""{n * 2}""", f'''{n // 5}''')
print(f"{{literal braces}} {n}")
print(f"{name!r} {name!s}")
print(f"{n}{n}{n}")
print(f"")
print(f"{'nested quotes'}", f'{"other"}')
items = [1, 2, 3]
d = {"k": "v"}
print(f"{items} {items[0]} {items[-1]} {len(items)}")
print(f"{d['k']} {d}")
print(f"{3.0} {1/3} {True} {None}")
print(f"{n if n > 10 else 0}")
print(f"{'a' 'b'}" f"{n}" "plain" f"{name}")
print(rf"\n{n}", fr"\t{name}")
x = 5
print(f"{x=}", f"{x + 1=}", f"{name = }")
