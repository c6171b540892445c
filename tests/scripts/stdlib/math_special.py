# CPython's own algorithms in the math module, checked bit for bit over many
# inputs: gamma/lgamma (its Lanczos approximation), hypot/dist (its compensated
# vector norm), fsum (exact partials) and log of ints beyond the float range.
import math

state = 12345


def lcg():
    # A fixed pseudo-random stream of inputs, independent of the random module.
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state


def rfloat(lo, hi):
    return lo + (hi - lo) * (lcg() / 2**64)


def attempt(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError) as e:
        return type(e).__name__


print("-- gamma and lgamma")
for x in (0.5, 1.0, 1.5, 2.0, 3.0, 10.0, 23.0, 24.0, 25.5, 100.5, 171.0, 171.7, 172.0, 1e-5, 1e-25,
          -0.5, -1.5, -2.5, -100.5, -180.5, -200.5, -250.5, 0.0, -0.0, -1.0, -2.0, math.inf, -math.inf):
    print(repr(x), attempt(math.gamma, x), attempt(math.lgamma, x))
print(math.isnan(math.gamma(math.nan)), math.isnan(math.lgamma(math.nan)), attempt(math.lgamma, 1e308))
for i in range(40):
    a, b, c = rfloat(-30, 30), rfloat(0, 5), rfloat(140, 172)
    print(attempt(math.gamma, a), attempt(math.gamma, b), attempt(math.gamma, c),
          attempt(math.lgamma, a), attempt(math.lgamma, b), attempt(math.lgamma, c * 1e5))

print("-- hypot and dist")
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(1e308, 1e308))
print(math.hypot(5e-324, 5e-324), math.hypot(1e-310, 3e-310), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.hypot(True, 2), math.hypot(2**60, 2**60), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 6, 3)))
print(math.dist((), ()), math.dist((1.5,), (-1.5,)), math.dist(iter([1, 1]), [2, 2]))
for i in range(60):
    n = 2 + lcg() % 5
    coords = [rfloat(-1e3, 1e3) * 10 ** (lcg() % 20 - 10) for _ in range(n)]
    other = [rfloat(-5, 5) for _ in range(n)]
    print(repr(math.hypot(*coords)), repr(math.hypot(coords[0], coords[1])), repr(math.dist(coords, other)))
for bad in [((1, 2), (1, 2, 3)), (1, 2), ((1, "a"), (1, 2)), ((1,),)]:
    try:
        math.dist(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    math.hypot("a")
except TypeError as e:
    print("TypeError:", e)
try:
    math.hypot(1, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    math.dist(p=(1,), q=(2,))
except TypeError as e:
    print("TypeError:", e)

print("-- fsum")
for i in range(40):
    xs = [rfloat(-1e10, 1e10) * 10 ** (lcg() % 30 - 15) for _ in range(1 + lcg() % 30)]
    print(repr(math.fsum(xs)), repr(math.fsum(xs + [-x for x in xs[:len(xs) // 2]])))

print("-- log of big ints")
for i in range(25):
    b = lcg() ** (1 + lcg() % 40) + lcg()
    print(repr(math.log(b)), repr(math.log2(b)), repr(math.log10(b)), repr(math.log(b, 7)), repr(math.log(b, b - 1)))
print(math.log(2**1023 * 3), math.log2(2**1024), math.log2(2**1024 - 1), math.log2(2**5000 + 1), math.log10(10**308 * 10))

print("-- libm functions over a sweep")
for i in range(40):
    x = rfloat(-50, 50)
    y = rfloat(-10, 10)
    print(" ".join([attempt(f, x) for f in (math.sin, math.cos, math.tan, math.exp, math.sinh, math.erf, math.erfc,
                                            math.cbrt, math.exp2, math.expm1, math.atan)] +
                   [attempt(f, x / 50) for f in (math.acos, math.asin, math.acosh, math.atanh, math.log1p, math.sqrt)] +
                   [attempt(f, x, y) for f in (math.atan2, math.fmod, math.remainder, math.pow, math.copysign)]))
