# f-strings with nested expressions and nested replacement fields.
def twice(v):
    return v * 2

width = 10
precision = 3
value = 3.14159265
print(f"[{value:{width}.{precision}f}]")
print(f"[{'x':>{width}}]")
print(f"{twice(21)} {twice('ab')}")
print(f"{(lambda q: q + 1)(41)}")
print(f"{ {'a': 1}['a'] }")
print(f"{f'{value:.2f}'}!")
print(f"{'-' * 5}")
pairs = [(1, 'one'), (2, 'two')]
print(f"{pairs[1][1].upper()}")
print(f"{max(3, 9, 4)} {min([5, 2])}")
print(f"{1 < 2 < 3} {not True}")
s = "hello"
print(f"{s[1:4]} {s[::-1]} {s.title()}")
