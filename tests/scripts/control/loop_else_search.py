# for/else for searching; while/else with break.
def find_first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            return d
    else:
        return None
for n in [2, 9, 17, 91, 97]:
    d = find_first_divisor(n)
    print(n, "prime" if d is None else "divisible by {}".format(d))
def contains(haystack, needle):
    i = 0
    while i < len(haystack):
        if haystack[i] == needle:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")
contains([5, 6, 7], 6)
contains([5, 6, 7], 8)
contains([], 1)
