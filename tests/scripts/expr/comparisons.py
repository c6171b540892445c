# Comparison operators on numbers, strings and sequences, and chaining.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1.0, 1 < 2 > 0)
print("abc" < "abd", "a" < "B", "" < "a", "abc" == "abc")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9))
print(10 ** 20 > 10 ** 19, -(10 ** 20) < 5, 10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53)
print(True == 1, False == 0, True > False, None == None, None == 0)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(3))
print(noisy(3) < noisy(2) < noisy(1))
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 6)
print([] == [], [] is [], {} == {}, (1,) == (1,))
print({1, 2} == {2, 1}, {"a": 1} == {"a": 1.0})
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", [1] == (1,))
