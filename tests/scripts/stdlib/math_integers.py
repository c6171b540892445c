# The math module's integer functions, exact for ints of any size, and the
# aggregates over iterables (fsum, prod).
import math


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print("-- factorial")
print([math.factorial(n) for n in range(0, 25)])
print(math.factorial(100))
print(math.factorial(2000).bit_length(), math.factorial(300) % (10**20 + 7))
print(math.factorial(True), math.factorial(False))
show("factorial -1", math.factorial, -1)
show("factorial -big", math.factorial, -(10**30))
show("factorial float", math.factorial, 5.0)
show("factorial huge", math.factorial, 10**30)
show("factorial str", math.factorial, "5")
show("factorial none", math.factorial)
show("factorial keyword", math.factorial, n=5)

print("-- comb and perm")
print([math.comb(10, k) for k in range(12)])
print([math.perm(6, k) for k in range(8)])
print(math.comb(100, 50), math.perm(30, 15))
print(math.comb(1000, 3), math.comb(1000, 997), math.comb(2**70, 2), math.perm(2**65, 2))
print(math.comb(10**20, 10**20 - 1), math.comb(5, 10**20), math.perm(5, 10**20), math.perm(10**20, 0))
print(math.perm(7), math.perm(7, None), math.comb(0, 0), math.comb(True, True))
print(math.comb(300, 150) % 1000003, math.perm(400, 200) % 1000003)
show("comb -1", math.comb, -1, 2)
show("comb k -1", math.comb, 5, -2)
show("comb float", math.comb, 1.5, 2)
show("comb huge k", math.comb, 10**20, 10**19)
show("perm huge k", math.perm, 10**20, 10**19)
show("perm -1", math.perm, -1)
show("perm k float", math.perm, 5, 2.0)
show("comb one arg", math.comb, 1)
show("comb keyword", math.comb, 1, k=2)
show("perm three args", math.perm, 1, 2, 3)

print("-- isqrt")
print([math.isqrt(n) for n in range(0, 30)])
for n in (2**52 - 1, 2**53 + 1, 2**64 - 1, 2**63, 10**30, 10**100 + 12345, 3**333, True):
    r = math.isqrt(n)
    print(r, r * r <= n < (r + 1) * (r + 1))
show("isqrt -1", math.isqrt, -1)
show("isqrt float", math.isqrt, 2.0)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(math.isqrt(Idx(99)), math.factorial(Idx(6)), math.comb(Idx(6), Idx(2)), math.gcd(Idx(2**80), 2**70 * 3))

print("-- gcd and lcm")
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18, 0), math.gcd(0, 0))
print(math.gcd(2**100, 2**80 * 3), math.gcd(-(2**63), 0), math.gcd(2**64, 2**63), math.gcd(3, 2**200 + 1))
print(math.gcd(7, 1, 4), math.gcd(True, 10))
print(math.lcm(), math.lcm(0), math.lcm(-4), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 6), math.lcm(2, 3, 4, 5))
print(math.lcm(2**64, 3), math.lcm(2**40, 2**50, 3**20), math.lcm(10**18, 10**18 + 1))
show("gcd float", math.gcd, 1.5)
show("gcd float later", math.gcd, 1, 2.5)
show("gcd keyword", math.gcd, 1, x=2)
show("lcm str", math.lcm, 4, "6")

print("-- fsum")
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1.0, 1e16]), math.fsum([]), math.fsum(range(101)), math.fsum([2**60, 1, -(2**60)]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1.0]), math.isnan(math.fsum([math.nan, 1.0])))
print(math.fsum(iter([0.5, 0.25, True])), math.fsum((0.1, 0.2, 0.3)), math.fsum({1.5: 0, 2.5: 1}))
show("fsum overflow", math.fsum, [1e308, 1e308])
show("fsum inf - inf", math.fsum, [math.inf, -math.inf])
show("fsum str", math.fsum, [1, "a"])
show("fsum int", math.fsum, 5)
show("fsum big int", math.fsum, [10**400])
show("fsum two args", math.fsum, [1], [2])
show("fsum keyword", math.fsum, seq=[1])

print("-- prod")
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 30)))
print(math.prod([1.5, 2, 4]), math.prod([2, 0.5]), math.prod([[1, 2]], start=1), math.prod(["ab"], start=3))
print(math.prod([2**40, 2**40, 2**40]), math.prod([True, True]), math.prod(iter([3, 4])))
show("prod two positional", math.prod, [1, 2], 3)
show("prod none", math.prod)
show("prod keyword iterable", math.prod, iterable=[1])
show("prod not iterable", math.prod, 5)
show("prod str items", math.prod, ["a", "b"])
