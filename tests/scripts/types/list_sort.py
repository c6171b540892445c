# list.sort and sorted: stability, keys, reverse, mixed int/float.
nums = [5, 2, 9, 1, 5.5, -3, 0, 2]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted([[2, 1], [1, 2], [1, 1], [2]]), sorted([(1, "b"), (1, "a")]))
big = []
x = 12345
for _ in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    big.append(x % 1000)
big.sort()
print(big[:10], big[-5:], big == sorted(big))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted(range(5), reverse=True))
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
r = [3, 1, 2]
print(r.sort(), r)
