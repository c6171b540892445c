# Sieve of Eratosthenes and some prime statistics.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    primes = []
    for n, flag in enumerate(is_prime):
        if flag:
            primes.append(n)
    return primes
primes = sieve(10000)
print(len(primes), primes[:15], primes[-3:])
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
for gap in sorted(gaps)[:8]:
    print("gap", gap, "occurs", gaps[gap], "times")
twins = []
for a, b in zip(primes, primes[1:]):
    if b - a == 2:
        twins.append((a, b))
print(len(twins), twins[:5], twins[-1])
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
for n in [360, 9973, 2 ** 32 + 1, 600851475143, 1234567890]:
    print(n, factorize(n))
