// MathModule.cpp — the math module: constants and the float functions.
//
// Results must be CPython's bit for bit, so every function computes what
// CPython 3.11's mathmodule.c computes: the same libm call where CPython calls
// libm (both link the system's), and CPython's own algorithms where it has them
// (gamma/lgamma by its Lanczos approximation, hypot/dist by its compensated
// vector norm, the IEEE special cases of pow and atan2). Errors follow the same
// rules: a NaN out of a non-NaN argument is "math domain error" (ValueError), an
// infinity out of a finite argument is "math range error" (OverflowError) for
// functions that can overflow and a domain error for the others.
//
// This file is compiled with -ffp-contract=off (CMakeLists.txt): the error-free
// transformations below rely on every product being rounded on its own.
#include "stdlib/MathSupport.h"

#include "runtime/BigInt.h"
#include "runtime/types/Numbers.h"
#include "stdlib/BuiltinArgs.h"
#include "stdlib/Modules.h"

#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <vector>

namespace spindle {

// ---- shared helpers (declared in MathSupport.h) ------------------------------

void raiseMathDomainError(ThreadState& ts) { raiseError(ts, ts.rt.types.ValueError, "math domain error"); }
void raiseMathRangeError(ThreadState& ts) { raiseError(ts, ts.rt.types.OverflowError, "math range error"); }

double mathReal(ThreadState& ts, Value v) {
    if (v.isFloat()) return v.asFloat();
    if (v.isIntOrBool() || isKind(v, ObjKind::BigInt)) return toDouble(ts, v);
    TypeObject* t = typeOf(ts, v);
    Value method = lookupInType(t, ts.rt.names.__float__);
    if (!method.isEmpty()) {
        Value r = call1(ts, method, v);
        if (!r.isFloat()) {
            std::string_view got = typeName(ts, r);
            raiseFormat(ts, ts.rt.types.TypeError, "%s.__float__ returned non-float (type %.*s)", t->name->data(),
                        static_cast<int>(got.size()), got.data());
        }
        return r.asFloat();
    }
    if (!lookupInType(t, ts.rt.names.__index__).isEmpty()) return toDouble(ts, mathIndex(ts, v));
    std::string_view got = typeName(ts, v);
    raiseFormat(ts, ts.rt.types.TypeError, "must be real number, not %.*s", static_cast<int>(got.size()), got.data());
}

Value mathIndex(ThreadState& ts, Value v) {
    if (v.isBool()) return Value::integer(v.asInt());
    if (v.isInt() || isKind(v, ObjKind::BigInt)) return v;
    TypeObject* t = typeOf(ts, v);
    Value method = lookupInType(t, ts.rt.names.__index__);
    if (method.isEmpty())
        raiseFormat(ts, ts.rt.types.TypeError, "'%s' object cannot be interpreted as an integer", t->name->data());
    Value r = call1(ts, method, v);
    if (r.isBool()) return Value::integer(r.asInt());
    if (!r.isInt() && !isKind(r, ObjKind::BigInt)) {
        std::string_view got = typeName(ts, r);
        raiseFormat(ts, ts.rt.types.TypeError, "__index__ returned non-int (type %.*s)", static_cast<int>(got.size()),
                    got.data());
    }
    return r;
}

void mathPositional(ThreadState& ts, const char* name, Args args, size_t min, size_t max) {
    if (args.keywordCount()) raiseFormat(ts, ts.rt.types.TypeError, "math.%s() takes no keyword arguments", name);
    expectArgRange(ts, name, args, min, max);
}

namespace {

// ---- error classification ------------------------------------------------------

// CPython's is_error(): what a libm errno means. ERANGE with a small result is
// an underflow, which is not an error.
void checkErrno(ThreadState& ts, int err, double r) {
    if (err == EDOM) raiseMathDomainError(ts);
    if (err == ERANGE && std::fabs(r) >= 1.5) raiseMathRangeError(ts);
}

// CPython's math_1: one float argument, a libm function, NaN/infinity rules.
Value unary(ThreadState& ts, const char* name, Args args, double (*fn)(double), bool canOverflow) {
    char qualified[32];
    std::snprintf(qualified, sizeof qualified, "math.%s", name);
    double x = mathReal(ts, expectOneArg(ts, qualified, args));
    errno = 0;
    double r = fn(x);
    int err = errno;
    if (std::isnan(r) && !std::isnan(x)) raiseMathDomainError(ts);
    if (std::isinf(r) && std::isfinite(x)) {
        if (canOverflow) raiseMathRangeError(ts);
        raiseMathDomainError(ts);
    }
    if (std::isfinite(r) && err) checkErrno(ts, err, r);
    return Value::real(r);
}

// CPython's math_2 (atan2, copysign, remainder): the error comes from the result.
Value binary(ThreadState& ts, const char* name, Args args, double (*fn)(double, double)) {
    mathPositional(ts, name, args, 2, 2);
    double x = mathReal(ts, args[0]);
    double y = mathReal(ts, args[1]);
    double r = fn(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) raiseMathDomainError(ts);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) raiseMathRangeError(ts);
    return Value::real(r);
}

#define SPINDLE_MATH_UNARY(pyname, fn, canOverflow) \
    Value math_##pyname(ThreadState& ts, Value, Args args) { return unary(ts, #pyname, args, fn, canOverflow); }

double libAcos(double x) { return std::acos(x); }
double libAcosh(double x) { return std::acosh(x); }
double libAsin(double x) { return std::asin(x); }
double libAsinh(double x) { return std::asinh(x); }
double libAtan(double x) { return std::atan(x); }
double libAtanh(double x) { return std::atanh(x); }
double libCbrt(double x) { return std::cbrt(x); }
double libCos(double x) { return std::cos(x); }
double libCosh(double x) { return std::cosh(x); }
double libExp(double x) { return std::exp(x); }
double libExp2(double x) { return std::exp2(x); }
double libExpm1(double x) { return std::expm1(x); }
double libFabs(double x) { return std::fabs(x); }
double libLog1p(double x) { return std::log1p(x); }
double libSin(double x) { return std::sin(x); }
double libSinh(double x) { return std::sinh(x); }
double libSqrt(double x) { return std::sqrt(x); }
double libTan(double x) { return std::tan(x); }
double libTanh(double x) { return std::tanh(x); }

SPINDLE_MATH_UNARY(acos, libAcos, false)
SPINDLE_MATH_UNARY(acosh, libAcosh, false)
SPINDLE_MATH_UNARY(asin, libAsin, false)
SPINDLE_MATH_UNARY(asinh, libAsinh, false)
SPINDLE_MATH_UNARY(atan, libAtan, false)
SPINDLE_MATH_UNARY(atanh, libAtanh, false)
SPINDLE_MATH_UNARY(cbrt, libCbrt, false)
SPINDLE_MATH_UNARY(cos, libCos, false)
SPINDLE_MATH_UNARY(cosh, libCosh, true)
SPINDLE_MATH_UNARY(exp, libExp, true)
SPINDLE_MATH_UNARY(exp2, libExp2, true)
SPINDLE_MATH_UNARY(expm1, libExpm1, true)
SPINDLE_MATH_UNARY(fabs, libFabs, false)
SPINDLE_MATH_UNARY(log1p, libLog1p, false)
SPINDLE_MATH_UNARY(sin, libSin, false)
SPINDLE_MATH_UNARY(sinh, libSinh, true)
SPINDLE_MATH_UNARY(sqrt, libSqrt, false)
SPINDLE_MATH_UNARY(tan, libTan, false)
SPINDLE_MATH_UNARY(tanh, libTanh, false)

// erf and erfc report only through errno (CPython's math_1a), like gamma below.
Value errnoUnary(ThreadState& ts, const char* name, Args args, double (*fn)(double)) {
    char qualified[32];
    std::snprintf(qualified, sizeof qualified, "math.%s", name);
    double x = mathReal(ts, expectOneArg(ts, qualified, args));
    errno = 0;
    double r = fn(x);
    if (errno) checkErrno(ts, errno, r);
    return Value::real(r);
}

double libErf(double x) { return std::erf(x); }
double libErfc(double x) { return std::erfc(x); }
Value math_erf(ThreadState& ts, Value, Args args) { return errnoUnary(ts, "erf", args, libErf); }
Value math_erfc(ThreadState& ts, Value, Args args) { return errnoUnary(ts, "erfc", args, libErfc); }

// ---- gamma and lgamma -------------------------------------------------------------
//
// CPython does not trust the platform's tgamma/lgamma and evaluates its own
// Lanczos approximation (the g = 6.0246... variant with 13 terms, as in Boost's
// lanczos13m53); so does Spindle, to return the same bits. Errors are reported
// CPython's way, through an errno-like code.

constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[13] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
// The denominator is x(x+1)...(x+11) multiplied out (Stirling numbers of the
// first kind): its coefficients are exact integers.
constexpr double kLanczosDen[13] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
                                    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0};

// The rational function of the approximation, for x > 0. Summing in the
// direction that keeps terms small avoids overflow for large x.
double lanczosSum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = 12; i >= 0; i--) {
            num = num * x + kLanczosNum[i];
            den = den * x + kLanczosDen[i];
        }
    } else {
        for (int i = 0; i < 13; i++) {
            num = num / x + kLanczosNum[i];
            den = den / x + kLanczosDen[i];
        }
    }
    return num / den;
}

// sin(pi * x), accurate for large x too: reduce modulo 2 first.
double sinPi(double x) {
    double y = std::fmod(std::fabs(x), 2.0);
    int n = static_cast<int>(std::round(2.0 * y));
    double r;
    switch (n) {
    case 0: r = std::sin(M_PI * y); break;
    case 1: r = std::cos(M_PI * (y - 0.5)); break;
    case 2: r = std::sin(M_PI * (1.0 - y)); break;
    case 3: r = -std::cos(M_PI * (y - 1.5)); break;
    default: r = std::sin(M_PI * (y - 2.0)); break;
    }
    return std::copysign(1.0, x) * r;
}

// Gamma at small positive integers, exactly.
constexpr double kGammaIntegral[23] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
    6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
    121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
};

double gammaOf(double x, int& err) {
    if (!std::isfinite(x)) {
        if (std::isnan(x) || x > 0.0) return x;
        err = EDOM; // gamma(-inf)
        return NAN;
    }
    if (x == 0.0) {
        err = EDOM; // a pole, with the sign of the zero
        return std::copysign(INFINITY, x);
    }
    if (x == std::floor(x)) {
        if (x < 0.0) {
            err = EDOM;
            return NAN;
        }
        if (x <= 23.0) return kGammaIntegral[static_cast<int>(x) - 1];
    }
    double absx = std::fabs(x);
    if (absx < 1e-20) { // gamma(x) ~ 1/x
        double r = 1.0 / x;
        if (std::isinf(r)) err = ERANGE;
        return r;
    }
    if (absx > 200.0) { // certain overflow (x > 0) or underflow (x < 0)
        if (x < 0.0) return 0.0 / sinPi(x);
        err = ERANGE;
        return HUGE_VAL;
    }
    double y = absx + kLanczosGMinusHalf;
    // Compute the rounding error of y in z, to correct for it below.
    double q, z;
    if (absx > kLanczosGMinusHalf) {
        q = y - absx;
        z = q - kLanczosGMinusHalf;
    } else {
        q = y - kLanczosGMinusHalf;
        z = q - absx;
    }
    z = z * kLanczosG / y;
    double r;
    if (x < 0.0) {
        r = -M_PI / sinPi(absx) / absx * std::exp(y) / lanczosSum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= std::pow(y, absx - 0.5);
        } else { // split the power so it does not overflow on its own
            double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczosSum(absx) / std::exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= std::pow(y, absx - 0.5);
        } else {
            double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (std::isinf(r)) err = ERANGE;
    return r;
}

constexpr double kLogPi = 1.144729885849400174143427351353058711647;

double lgammaOf(double x, int& err) {
    if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL; // lgamma(+-inf) = +inf
    if (x == std::floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            err = EDOM; // a pole
            return HUGE_VAL;
        }
        return 0.0; // lgamma(1) = lgamma(2) = 0
    }
    double absx = std::fabs(x);
    if (absx < 1e-20) return -std::log(absx);
    // Lanczos' formula, rearranged so the large terms cancel accurately.
    double r = std::log(lanczosSum(absx)) - kLanczosG;
    r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
    if (x < 0.0) r = kLogPi - std::log(std::fabs(sinPi(absx))) - std::log(absx) - r; // reflection
    if (std::isinf(r)) err = ERANGE;
    return r;
}

Value gammaLike(ThreadState& ts, const char* name, Args args, double (*fn)(double, int&)) {
    double x = mathReal(ts, expectOneArg(ts, name, args));
    int err = 0;
    double r = fn(x, err);
    if (err) checkErrno(ts, err, r);
    return Value::real(r);
}

Value math_gamma(ThreadState& ts, Value, Args args) { return gammaLike(ts, "math.gamma", args, gammaOf); }
Value math_lgamma(ThreadState& ts, Value, Args args) { return gammaLike(ts, "math.lgamma", args, lgammaOf); }

// ---- rounding to ints ------------------------------------------------------------

// ceil/floor: ints come back as they are, other objects are asked through
// __ceil__/__floor__, floats and the rest are rounded as floats.
Value roundToInt(ThreadState& ts, const char* name, Args args, const char* dunder, double (*fn)(double)) {
    Value x = expectOneArg(ts, name, args);
    if (x.isFloat()) return intFromDouble(ts, fn(x.asFloat()));
    if (x.isBool()) return Value::integer(x.asInt());
    if (x.isInt() || isKind(x, ObjKind::BigInt)) return x;
    Value method = lookupInType(typeOf(ts, x), intern(ts, dunder));
    if (!method.isEmpty()) return call1(ts, method, x);
    return intFromDouble(ts, fn(mathReal(ts, x)));
}

double libCeil(double x) { return std::ceil(x); }
double libFloor(double x) { return std::floor(x); }
Value math_ceil(ThreadState& ts, Value, Args args) { return roundToInt(ts, "math.ceil", args, "__ceil__", libCeil); }
Value math_floor(ThreadState& ts, Value, Args args) {
    return roundToInt(ts, "math.floor", args, "__floor__", libFloor);
}

// trunc has no float fallback: anything but a number needs __trunc__.
Value math_trunc(ThreadState& ts, Value, Args args) {
    Value x = expectOneArg(ts, "math.trunc", args);
    if (x.isFloat()) return intFromDouble(ts, x.asFloat());
    if (x.isBool()) return Value::integer(x.asInt());
    if (x.isInt() || isKind(x, ObjKind::BigInt)) return x;
    TypeObject* t = typeOf(ts, x);
    Value method = lookupInType(t, intern(ts, "__trunc__"));
    if (method.isEmpty())
        raiseFormat(ts, ts.rt.types.TypeError, "type %s doesn't define __trunc__ method", t->name->data());
    return call1(ts, method, x);
}

// ---- pieces of floats ---------------------------------------------------------------

Value pairOf(ThreadState& ts, Value a, Value b) {
    TupleObject* t = newTuple(ts, 2);
    t->items()[0] = a;
    t->items()[1] = b;
    return Value::object(t);
}

Value math_frexp(ThreadState& ts, Value, Args args) {
    double x = mathReal(ts, expectOneArg(ts, "math.frexp", args));
    int e = 0;
    if (std::isfinite(x) && x != 0.0) x = std::frexp(x, &e);
    return pairOf(ts, Value::real(x), Value::integer(e));
}

Value math_ldexp(ThreadState& ts, Value, Args args) {
    mathPositional(ts, "ldexp", args, 2, 2);
    double x = mathReal(ts, args[0]);
    Value i = args[1];
    if (!isIntValue(i)) raiseError(ts, ts.rt.types.TypeError, "Expected an int as second argument to ldexp.");
    // An exponent beyond int64 saturates: the result is 0 or infinite anyway.
    int64_t e;
    if (i.isIntOrBool()) e = i.asInt();
    else e = isIntNegative(i) ? INT64_MIN : INT64_MAX;
    double r;
    if (x == 0.0 || !std::isfinite(x)) r = x;
    else if (e > INT_MAX) raiseMathRangeError(ts);
    else if (e < INT_MIN) r = std::copysign(0.0, x);
    else {
        r = std::ldexp(x, static_cast<int>(e));
        if (std::isinf(r)) raiseMathRangeError(ts);
    }
    return Value::real(r);
}

Value math_modf(ThreadState& ts, Value, Args args) {
    double x = mathReal(ts, expectOneArg(ts, "math.modf", args));
    if (std::isinf(x)) return pairOf(ts, Value::real(std::copysign(0.0, x)), Value::real(x));
    double whole;
    double frac = std::modf(x, &whole);
    return pairOf(ts, Value::real(frac), Value::real(whole));
}

// ---- logarithms ---------------------------------------------------------------------

// CPython's m_log/m_log2/m_log10: the domain errors are decided here, not by libm.
double logOf(double x, double (*fn)(double)) {
    if (std::isfinite(x)) {
        if (x > 0.0) return fn(x);
        return x == 0.0 ? -HUGE_VAL : NAN; // both domain errors (the argument is finite)
    }
    if (std::isnan(x) || x > 0.0) return x;
    return NAN; // log(-inf)
}

double libLog(double x) { return std::log(x); }
double libLog2(double x) { return std::log2(x); }
double libLog10(double x) { return std::log10(x); }

// log of any real; ints are exact even beyond the float range: log(m * 2**e)
// is log(m) + e*log(2) with m the correctly rounded mantissa.
double logHelper(ThreadState& ts, Value arg, double (*fn)(double)) {
    if (isIntValue(arg)) {
        if (arg.isIntOrBool() ? arg.asInt() <= 0 : isIntNegative(arg)) raiseMathDomainError(ts);
        if (arg.isIntOrBool()) return fn(static_cast<double>(arg.asInt()));
        try {
            return fn(intops::toDouble(intRef(arg)));
        } catch (const NumericError&) {
        }
        BigInt v = toBigInt(intRef(arg));
        int64_t bits = intops::bitLength(intRef(arg));
        // The top 64 bits with a sticky bit for the rest round exactly once.
        unsigned shift = static_cast<unsigned>(bits - 64);
        BigInt top = v >> shift;
        if ((top << shift) != v) top |= 1;
        double mantissa = std::ldexp(static_cast<double>(static_cast<uint64_t>(top)), -64);
        if (mantissa == 1.0) { // rounded up: CPython's frexp keeps the mantissa below 1
            mantissa = 0.5;
            bits++;
        }
        return fn(mantissa) + fn(2.0) * static_cast<double>(bits);
    }
    double x = mathReal(ts, arg);
    double r = logOf(x, fn);
    if (std::isnan(r) && !std::isnan(x)) raiseMathDomainError(ts);
    if (std::isinf(r) && std::isfinite(x)) raiseMathDomainError(ts);
    return r;
}

Value math_log(ThreadState& ts, Value, Args args) {
    if (args.keywordCount()) raiseError(ts, ts.rt.types.TypeError, "math.log() takes no keyword arguments");
    if (args.count < 1 || args.count > 2)
        raiseError(ts, ts.rt.types.TypeError, "math.log requires 1 to 2 arguments");
    double num = logHelper(ts, args[0], libLog);
    if (args.count == 1) return Value::real(num);
    double den = logHelper(ts, args[1], libLog);
    if (den == 0.0) raiseError(ts, ts.rt.types.ZeroDivisionError, "float division by zero");
    return Value::real(num / den);
}

Value math_log2(ThreadState& ts, Value, Args args) {
    return Value::real(logHelper(ts, expectOneArg(ts, "math.log2", args), libLog2));
}

Value math_log10(ThreadState& ts, Value, Args args) {
    return Value::real(logHelper(ts, expectOneArg(ts, "math.log10", args), libLog10));
}

// ---- two-argument functions -------------------------------------------------------

// atan2 with the IEEE special values decided explicitly, as CPython does.
double atan2Of(double y, double x) {
    if (std::isnan(x) || std::isnan(y)) return NAN;
    if (std::isinf(y)) {
        if (std::isinf(x)) return std::copysign(x > 0 ? 0.25 * M_PI : 0.75 * M_PI, y);
        return std::copysign(0.5 * M_PI, y);
    }
    if (std::isinf(x) || y == 0.0) return std::signbit(x) ? std::copysign(M_PI, y) : std::copysign(0.0, y);
    return std::atan2(y, x);
}

// The IEEE remainder; libm's is exact, only the special values need care.
double remainderOf(double x, double y) {
    if (std::isfinite(x) && std::isfinite(y)) return y == 0.0 ? NAN : std::remainder(x, y);
    if (std::isnan(x)) return x;
    if (std::isnan(y)) return y;
    if (std::isinf(x)) return NAN;
    return x; // y infinite
}

double copysignOf(double x, double y) { return std::copysign(x, y); }

Value math_atan2(ThreadState& ts, Value, Args args) { return binary(ts, "atan2", args, atan2Of); }
Value math_copysign(ThreadState& ts, Value, Args args) { return binary(ts, "copysign", args, copysignOf); }
Value math_remainder(ThreadState& ts, Value, Args args) { return binary(ts, "remainder", args, remainderOf); }

Value math_fmod(ThreadState& ts, Value, Args args) {
    mathPositional(ts, "fmod", args, 2, 2);
    double x = mathReal(ts, args[0]);
    double y = mathReal(ts, args[1]);
    if (std::isinf(y) && std::isfinite(x)) return Value::real(x);
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) raiseMathDomainError(ts);
    return Value::real(r);
}

Value math_pow(ThreadState& ts, Value, Args args) {
    mathPositional(ts, "pow", args, 2, 2);
    double x = mathReal(ts, args[0]);
    double y = mathReal(ts, args[1]);
    double r;
    if (!std::isfinite(x) || !std::isfinite(y)) {
        // C99's special values, decided here rather than trusting libm.
        if (std::isnan(x)) r = y == 0.0 ? 1.0 : x;
        else if (std::isnan(y)) r = x == 1.0 ? 1.0 : y;
        else if (std::isinf(x)) {
            bool oddY = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
            if (y > 0.0) r = oddY ? x : std::fabs(x);
            else if (y == 0.0) r = 1.0;
            else r = oddY ? std::copysign(0.0, x) : 0.0;
        } else if (std::fabs(x) == 1.0) r = 1.0;
        else if (y > 0.0 && std::fabs(x) > 1.0) r = y;
        else if (y < 0.0 && std::fabs(x) < 1.0) r = -y;
        else r = 0.0;
        return Value::real(r);
    }
    r = std::pow(x, y);
    if (std::isnan(r)) raiseMathDomainError(ts); // negative base, non-integral exponent
    if (std::isinf(r)) {
        if (x == 0.0) raiseMathDomainError(ts); // 0 ** negative
        raiseMathRangeError(ts);
    }
    return Value::real(r);
}

// ---- hypot and dist --------------------------------------------------------------
//
// CPython's vector norm: the coordinates are scaled by a power of two (exactly)
// so the largest is in [0.5, 1), squared and summed with their rounding errors
// kept (each x split into 26-bit halves, so hi*hi and 2*hi*lo are exact), then
// the square root is refined by one differential correction. The result is
// correctly rounded in nearly every case — and identical to CPython's.
double vectorNorm(std::vector<double>& v, double max, bool foundNan) {
    constexpr double kSplitter = 134217729.0; // 2**27 + 1
    size_t n = v.size();
    if (std::isinf(max)) return max;
    if (foundNan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int maxE;
    std::frexp(max, &maxE);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, oldcsum, x, t, hi, lo;
    if (maxE < -1023) {
        // ldexp(1.0, -maxE) would overflow: divide by max instead.
        for (double c : v) {
            x = c / max;
            x = x * x;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
        }
        return max * std::sqrt(csum - 1.0 + frac1);
    }
    double scale = std::ldexp(1.0, -maxE);
    for (double c : v) {
        x = c * scale;
        t = x * kSplitter;
        hi = t - (t - x);
        lo = x - hi;
        x = hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = 2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        frac3 += lo * lo;
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    // Subtract h*h exactly from the sum to see how far off the root is.
    x = h;
    t = x * kSplitter;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

Value math_hypot(ThreadState& ts, Value, Args args) {
    if (args.keywordCount()) raiseError(ts, ts.rt.types.TypeError, "math.hypot() takes no keyword arguments");
    std::vector<double> coords(args.count);
    double max = 0.0;
    bool foundNan = false;
    for (size_t i = 0; i < args.count; i++) {
        double x = std::fabs(mathReal(ts, args[i]));
        coords[i] = x;
        foundNan |= std::isnan(x);
        if (x > max) max = x;
    }
    return Value::real(vectorNorm(coords, max, foundNan));
}

// dist's points may be any iterables; like CPython they are made tuples first.
Value asTuple(ThreadState& ts, Value v) {
    if (isKind(v, ObjKind::Tuple)) return v;
    return call1(ts, Value::object(ts.rt.types.tuple), v);
}

Value math_dist(ThreadState& ts, Value, Args args) {
    mathPositional(ts, "dist", args, 2, 2);
    Handle p(ts, asTuple(ts, args[0]));
    Handle q(ts, asTuple(ts, args[1]));
    TupleObject* pt = as<TupleObject>(p.get());
    TupleObject* qt = as<TupleObject>(q.get());
    if (pt->size != qt->size)
        raiseError(ts, ts.rt.types.ValueError, "both points must have the same number of dimensions");
    std::vector<double> diffs(pt->size);
    double max = 0.0;
    bool foundNan = false;
    for (size_t i = 0; i < pt->size; i++) {
        double px = mathReal(ts, pt->items()[i]);
        double qx = mathReal(ts, qt->items()[i]);
        double x = std::fabs(px - qx);
        diffs[i] = x;
        foundNan |= std::isnan(x);
        if (x > max) max = x;
    }
    return Value::real(vectorNorm(diffs, max, foundNan));
}

// ---- classification and comparison -----------------------------------------------

Value math_isfinite(ThreadState& ts, Value, Args args) {
    return Value::boolean(std::isfinite(mathReal(ts, expectOneArg(ts, "math.isfinite", args))));
}
Value math_isinf(ThreadState& ts, Value, Args args) {
    return Value::boolean(std::isinf(mathReal(ts, expectOneArg(ts, "math.isinf", args))));
}
Value math_isnan(ThreadState& ts, Value, Args args) {
    return Value::boolean(std::isnan(mathReal(ts, expectOneArg(ts, "math.isnan", args))));
}

Value math_isclose(ThreadState& ts, Value, Args args) {
    static constexpr ParamSpec spec{"isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 0, 2};
    Value a[4];
    bindArgs(ts, spec, args, a);
    double x = mathReal(ts, a[0]);
    double y = mathReal(ts, a[1]);
    double relTol = a[2].isEmpty() ? 1e-09 : mathReal(ts, a[2]);
    double absTol = a[3].isEmpty() ? 0.0 : mathReal(ts, a[3]);
    if (relTol < 0.0 || absTol < 0.0) raiseError(ts, ts.rt.types.ValueError, "tolerances must be non-negative");
    if (x == y) return Value::boolean(true); // also equal infinities
    if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
    double diff = std::fabs(y - x);
    return Value::boolean(diff <= std::fabs(relTol * y) || diff <= std::fabs(relTol * x) || diff <= absTol);
}

Value math_degrees(ThreadState& ts, Value, Args args) {
    return Value::real(mathReal(ts, expectOneArg(ts, "math.degrees", args)) * (180.0 / M_PI));
}
Value math_radians(ThreadState& ts, Value, Args args) {
    return Value::real(mathReal(ts, expectOneArg(ts, "math.radians", args)) * (M_PI / 180.0));
}

Value math_nextafter(ThreadState& ts, Value, Args args) {
    mathPositional(ts, "nextafter", args, 2, 2);
    double x = mathReal(ts, args[0]);
    double y = mathReal(ts, args[1]);
    return Value::real(std::nextafter(x, y));
}

Value math_ulp(ThreadState& ts, Value, Args args) {
    double x = mathReal(ts, expectOneArg(ts, "math.ulp", args));
    if (std::isnan(x) || std::isinf(x)) return Value::real(std::fabs(x));
    x = std::fabs(x);
    if (x == DBL_MAX) return Value::real(x - std::nextafter(x, 0.0)); // the next one up is infinite
    return Value::real(std::nextafter(x, INFINITY) - x);
}

} // namespace

ModuleObject* createMathModule(ThreadState& ts) {
    ModuleObject* m = newNativeModule(ts, "math");
    DictObject* d = m->dict;
    dictSetStr(ts, d, "pi", Value::real(M_PI));
    dictSetStr(ts, d, "e", Value::real(M_E));
    dictSetStr(ts, d, "tau", Value::real(2.0 * M_PI));
    dictSetStr(ts, d, "inf", Value::real(INFINITY));
    dictSetStr(ts, d, "nan", Value::real(NAN));

    static constexpr struct {
        const char* name;
        NativeFn fn;
    } kFunctions[] = {
        {"acos", math_acos},   {"acosh", math_acosh},         {"asin", math_asin},         {"asinh", math_asinh},
        {"atan", math_atan},   {"atanh", math_atanh},         {"cbrt", math_cbrt},         {"cos", math_cos},
        {"cosh", math_cosh},   {"exp", math_exp},             {"exp2", math_exp2},         {"expm1", math_expm1},
        {"fabs", math_fabs},   {"log1p", math_log1p},         {"sin", math_sin},           {"sinh", math_sinh},
        {"sqrt", math_sqrt},   {"tan", math_tan},             {"tanh", math_tanh},         {"erf", math_erf},
        {"erfc", math_erfc},   {"gamma", math_gamma},         {"lgamma", math_lgamma},     {"ceil", math_ceil},
        {"floor", math_floor}, {"trunc", math_trunc},         {"frexp", math_frexp},       {"ldexp", math_ldexp},
        {"modf", math_modf},   {"log", math_log},             {"log2", math_log2},         {"log10", math_log10},
        {"atan2", math_atan2}, {"copysign", math_copysign},   {"remainder", math_remainder}, {"fmod", math_fmod},
        {"pow", math_pow},     {"hypot", math_hypot},         {"dist", math_dist},         {"isfinite", math_isfinite},
        {"isinf", math_isinf}, {"isnan", math_isnan},         {"isclose", math_isclose},   {"degrees", math_degrees},
        {"radians", math_radians}, {"nextafter", math_nextafter}, {"ulp", math_ulp},
    };
    for (const auto& f : kFunctions) defineNative(ts, d, f.name, f.fn);
    defineMathIntegerFunctions(ts, d);
    return m;
}

} // namespace spindle
