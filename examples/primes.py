# Primes below a limit with the sieve of Eratosthenes.
#   scripts/spindle examples/primes.py [limit]
import sys

def primes_below(limit):
    is_prime = [True] * limit
    is_prime[0:2] = [False, False]
    n = 2
    while n * n < limit:
        if is_prime[n]:
            is_prime[n * n::n] = [False] * len(range(n * n, limit, n))
        n += 1
    found = []
    for number, flag in enumerate(is_prime):
        if flag:
            found.append(number)
    return found

limit = int(sys.argv[1]) if len(sys.argv) > 1 else 100
primes = primes_below(limit)
print(f"{len(primes)} primes below {limit}")
for start in range(0, min(len(primes), 50), 10):
    print(" ".join(map(lambda p: str(p).rjust(4), primes[start:start + 10])))
if len(primes) > 50:
    print("...", primes[-1])
