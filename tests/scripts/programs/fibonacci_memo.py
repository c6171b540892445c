# Fibonacci numbers: memoised with a dict, iterative, and fast doubling.
memo = {0: 0, 1: 1}
def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def fib_doubling(n):
    if n == 0:
        return (0, 1)
    a, b = fib_doubling(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)
for n in [0, 1, 2, 10, 50, 90, 200]:
    print(n, fib_memo(n), fib_iter(n) == fib_memo(n), fib_doubling(n)[0] == fib_memo(n))
print(len(str(fib_iter(1000))), fib_iter(1000) % 1000000007)
print(fib_doubling(10000)[0] % 10 ** 20)
evens = 0
a, b = 1, 2
while a <= 4000000:
    if a % 2 == 0:
        evens += a
    a, b = b, a + b
print("sum of even terms", evens)
