# Recursive calls: naive Fibonacci.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

# fib(30) alone is too quick to time well, so it runs REPEAT times.
REPEAT = 10
result = 0
for _ in range(REPEAT):
    result = fib(30)
print(result)
