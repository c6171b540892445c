# Roman numeral conversion both ways, checked over a range.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"out of range: {n}")
    out = ""
    for value, letters in VALUES:
        while n >= value:
            out += letters
            n -= value
    return out
def from_roman(s):
    single = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i in range(len(s)):
        v = single[s[i]]
        if i + 1 < len(s) and single[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    print(n, to_roman(n), from_roman(to_roman(n)))
bad = 0
for n in range(1, 4000):
    if from_roman(to_roman(n)) != n:
        bad += 1
print("round trip failures:", bad)
for n in [0, 4000]:
    try:
        to_roman(n)
    except ValueError as e:
        print(e)
try:
    from_roman("ABC")
except KeyError as e:
    print("bad letter", e)
