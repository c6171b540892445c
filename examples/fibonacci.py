# Fibonacci numbers with a memo dict: big integers come for free.
memo = {0: 0, 1: 1}

def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

for n in [10, 50, 100, 300]:
    print(f"fib({n}) = {fib(n)}")
print("digits in fib(900):", len(str(fib(900))))
