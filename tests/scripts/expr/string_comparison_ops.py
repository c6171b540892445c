# String operators: concatenation, repetition, comparison, membership, lexicographic order.
words = ["banana", "Apple", "apple", "", "a", "ab", "abc", "Z", "z", "10", "9", "é"]
print(sorted(words))
for a, b in [("a", "b"), ("abc", "abd"), ("ab", "abc"), ("B", "a"), ("10", "9"), ("", " ")]:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
s = "ab"
s += "c"
s = s * 2
print(s, s[::-1], "-" * 10, "ab" + "" == "ab")
print("abc" in "xabcx", "abd" in "xabcx", "" in "", "A" in "abc")
print(max("apple", "banana"), min(["b", "a", "c"]))
