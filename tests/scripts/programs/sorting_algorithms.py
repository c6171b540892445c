# Classic sorting algorithms written by hand, checked against sorted().
def bubble(a):
    a = a[:]
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
def quick(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    return (quick(list(filter(lambda x: x < pivot, a))) + list(filter(lambda x: x == pivot, a))
            + quick(list(filter(lambda x: x > pivot, a))))
seed = 2024
data = []
for _ in range(300):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    data.append(seed >> 54)
expected = sorted(data)
for name, fn in [("bubble", bubble), ("insertion", insertion), ("merge", merge_sort), ("quick", quick)]:
    result = fn(data)
    print(name, result == expected, result[:8], result[-3:])
print(sorted(["pear", "Apple", "fig"]), merge_sort(list("spindle")))
