# Implicit line joining inside brackets and explicit backslash continuation.
total = (1 +
         2 +
         3)
print(total)
items = [
    "a",
    "b",   # comment inside brackets
    "c",
]
print(items)
mapping = {
    "one": 1,
    "two":
        2,
}
print(mapping)
def add(a,
        b,
        c=0):
    return a + b + c
print(add(1,
          2,
          c=3))
value = 1 + \
    2 + \
    3
print(value)
if value > 5 and \
   total > 5:
    print("both large")
text = "abc" \
       "def"
print(text)
nested = [[1, 2,
           3], (4,
                5)]
print(nested)
