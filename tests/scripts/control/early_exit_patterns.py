# Searching with early returns, sentinel values and flags.
def first_negative(values):
    for i, v in enumerate(values):
        if v < 0:
            return i, v
    return None
print(first_negative([3, 1, -4, 1, -5]), first_negative([1, 2]), first_negative([]))
def find_pair(values, target):
    seen = {}
    for i, v in enumerate(values):
        if target - v in seen:
            return seen[target - v], i
        seen[v] = i
    return -1, -1
print(find_pair([2, 7, 11, 15], 9), find_pair([3, 2, 4], 6), find_pair([1], 5))
def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = (0, 0)
for start in range(1, 3000):
    s = collatz_steps(start)
    if s > best[1]:
        best = (start, s)
print(best)
def binary_search(sorted_list, target):
    lo, hi = 0, len(sorted_list) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if sorted_list[mid] == target:
            return mid
        if sorted_list[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -(lo + 1)
evens = list(range(0, 100, 2))
print(binary_search(evens, 42), binary_search(evens, 43), binary_search(evens, -5), binary_search(evens, 1000))
