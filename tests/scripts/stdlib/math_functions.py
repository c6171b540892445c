# The math module's float functions: constants, rounding to ints, the libm
# functions with their domain and range errors, classification and comparison.
import math


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf))

print("-- rounding")
for x in (2.5, -2.5, 3.0, -0.0, 1e20, 7, True, -(2**70)):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
show("floor inf", math.floor, math.inf)
show("ceil nan", math.ceil, math.nan)
show("trunc -inf", math.trunc, -math.inf)
show("floor str", math.floor, "x")
show("trunc str", math.trunc, "x")
show("ceil list", math.ceil, [])


class Rounds:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


class Real:
    def __float__(self):
        return 2.25


class Indexed:
    def __index__(self):
        return 2**70


class BadFloat:
    def __float__(self):
        return 1


print(math.floor(Rounds()), math.ceil(Rounds()), math.trunc(Rounds()))
print(math.floor(Real()), math.sqrt(Real()), math.sqrt(Indexed()), math.fabs(Indexed()))
show("bad __float__", math.sqrt, BadFloat())

print("-- unary functions")
points = [-2.5, -1.0, -0.5, 0.0, 0.25, 0.5, 1.0, 2.0, 10.0, 700.0, 1e-300, -1e308]
names = ["sqrt", "exp", "exp2", "expm1", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "fabs", "cbrt",
         "degrees", "radians"]
for name in names:
    f = getattr(math, name)
    results = []
    for x in points:
        try:
            results.append(repr(f(x)))
        except ValueError:
            results.append("VE")
        except OverflowError:
            results.append("OE")
    print(name, " ".join(results))
for name in ("exp", "atan", "erf", "erfc", "fabs", "cbrt", "expm1", "tanh", "asinh"):
    f = getattr(math, name)
    print(name, [repr(f(x)) for x in (math.inf, -math.inf, math.nan)])
print(math.sqrt(math.inf), math.cosh(-math.inf), math.acosh(math.inf), math.log1p(math.inf))
show("sqrt -1", math.sqrt, -1)
show("sqrt -inf", math.sqrt, -math.inf)
show("exp 1000", math.exp, 1000)
show("exp -1000", math.exp, -1000)
show("cosh 1000", math.cosh, 1000)
show("asin 2", math.asin, 2)
show("atanh 1", math.atanh, 1)
show("log1p -1", math.log1p, -1)
show("sin inf", math.sin, math.inf)
show("sqrt big", math.sqrt, 10**400)
show("sqrt str", math.sqrt, "4")
show("sqrt none", math.sqrt, None)
show("sqrt no args", math.sqrt)
show("sqrt two args", math.sqrt, 1, 2)
show("sqrt keyword", math.sqrt, x=1)

print("-- logarithms")
for x in (1, 2, 8, 10, 0.5, 1e-300, 1e300, 10**100, 2**1000, 10**400, 3**5000, True):
    print(repr(math.log(x)), repr(math.log2(x)), repr(math.log10(x)), repr(math.log(x, 3)))
print(math.log(8, 2), math.log(100, 10), math.log(2**2000, 2**10), math.log(0.25, 0.5))
for args in [(0,), (-1,), (0.0,), (-math.inf,), (-(10**400),), (10, 1), (10, 0), (1, 2, 3), ()]:
    show("log" + repr(args), math.log, *args)
show("log2 0", math.log2, 0)
show("log10 -1", math.log10, -1)
print(math.log(math.inf), math.isnan(math.log(math.nan)))

print("-- two arguments")
pairs = [(1.0, 2.0), (-1.0, 2.0), (0.0, -0.0), (-0.0, 0.0), (5.5, -2.0), (-7.0, 3.0), (2.0, 0.5),
         (math.inf, 1.0), (1.0, math.inf), (-math.inf, -math.inf), (0.0, 0.0), (10.0, 3.0)]
for name in ("atan2", "copysign", "fmod", "remainder", "pow", "nextafter"):
    f = getattr(math, name)
    results = []
    for x, y in pairs:
        try:
            results.append(repr(f(x, y)))
        except ValueError:
            results.append("VE")
        except OverflowError:
            results.append("OE")
    print(name, " ".join(results))
show("pow 0 -1", math.pow, 0.0, -1.0)
show("pow -2 0.5", math.pow, -2.0, 0.5)
show("pow 10 400", math.pow, 10.0, 400)
print(math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-math.inf, 3), math.pow(-math.inf, -3),
      math.pow(0.5, -math.inf), math.pow(-1, math.inf), math.pow(2, -math.inf))
show("fmod 1 0", math.fmod, 1, 0)
show("fmod inf 1", math.fmod, math.inf, 1)
show("remainder 1 0", math.remainder, 1, 0)
show("remainder inf 1", math.remainder, math.inf, 1)
show("atan2 one arg", math.atan2, 1)
show("atan2 keyword", math.atan2, 1, x=2)
show("fmod one arg", math.fmod, 1)
show("pow keyword", math.pow, 1, y=2)
show("copysign str", math.copysign, 1, "x")

print("-- pieces of floats")
for x in (0.0, -0.0, 1.0, -3.5, 1e300, 5e-324, math.inf, -math.inf):
    print(repr(x), math.frexp(x), math.modf(x))
print(math.frexp(math.nan), math.modf(math.nan))
print(math.ldexp(1.0, 10), math.ldexp(0.75, -1074), math.ldexp(3, -2000), math.ldexp(-1.0, 1023),
      math.ldexp(0.0, 10**30), math.ldexp(math.inf, -5), math.ldexp(2.0, -10**30), math.ldexp(1.0, True))
show("ldexp overflow", math.ldexp, 1.0, 1024)
show("ldexp huge", math.ldexp, 1.0, 10**30)
show("ldexp float exp", math.ldexp, 1.0, 2.0)
show("ldexp one arg", math.ldexp, 1.0)
for x in (0.0, 1.0, -1.0, 1e300, 5e-324, math.inf, math.nan, 1.7976931348623157e308):
    print("ulp", repr(x), repr(math.ulp(x)))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(5, 5))

print("-- classification")
for x in (0.0, 1, -2.5, math.inf, -math.inf, math.nan, 10**300):
    print(repr(x)[:20], math.isfinite(x), math.isinf(x), math.isnan(x))
show("isfinite big", math.isfinite, 10**400)
show("isnan str", math.isnan, "nan")
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2),
      math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf),
      math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(a=5, b=5))
show("isclose negative tol", math.isclose, 1, 2, rel_tol=-1)
show("isclose 3 positional", math.isclose, 1, 2, 3)
show("isclose missing", math.isclose, 1)
show("isclose bad keyword", math.isclose, 1, 2, tol=3)
show("isclose str", math.isclose, 1, "x")
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(-45))
