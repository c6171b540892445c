// MathIntegers.cpp — the math module's integer functions (isqrt, factorial,
// comb, perm, gcd, lcm) and its aggregates over iterables (fsum, prod).
//
// The integer functions are exact for ints of any size: small operands stay in
// machine words, the rest go through BigInt. Products of long runs of factors
// (factorials, perm, comb) are formed by binary splitting, which keeps the
// operands of each multiplication balanced and so much cheaper than a running
// product.
//
// This file is compiled with -ffp-contract=off (CMakeLists.txt): fsum's
// error-free additions rely on every operation being rounded on its own.
#include "stdlib/MathSupport.h"

#include "runtime/BigInt.h"
#include "runtime/types/Numbers.h"
#include "stdlib/BuiltinArgs.h"

#include <cmath>
#include <numeric>
#include <vector>

namespace spindle {

namespace {

BigInt bigOf(Value v) { return toBigInt(intRef(v)); }
Value intValue(ThreadState& ts, BigInt v) { return makeInt(ts, intFromBig(std::move(v))); }
bool isNegative(Value v) { return v.isInt() ? v.asInt() < 0 : isIntNegative(v); }

// lo * (lo + 1) * ... * (hi - 1), for lo <= hi.
BigInt productRange(uint64_t lo, uint64_t hi) {
    if (hi - lo <= 16) {
        BigInt r = 1;
        for (uint64_t i = lo; i < hi; i++) r *= i;
        return r;
    }
    uint64_t mid = lo + (hi - lo) / 2;
    return productRange(lo, mid) * productRange(mid, hi);
}

// CPython's messages name LLONG_MAX as the largest argument it accepts.
constexpr const char* kMaxText = "9223372036854775807";

Value factorialOf(ThreadState& ts, Value arg) {
    Value n = mathIndex(ts, arg);
    if (!n.isInt()) { // a big int: either huge or hugely negative
        if (isIntNegative(n)) raiseError(ts, ts.rt.types.ValueError, "factorial() not defined for negative values");
        raiseFormat(ts, ts.rt.types.OverflowError, "factorial() argument should not exceed %s", kMaxText);
    }
    int64_t k = n.asInt();
    if (k < 0) raiseError(ts, ts.rt.types.ValueError, "factorial() not defined for negative values");
    if (k <= 20) {
        int64_t r = 1;
        for (int64_t i = 2; i <= k; i++) r *= i;
        return Value::integer(r);
    }
    return intValue(ts, productRange(1, static_cast<uint64_t>(k) + 1));
}

Value math_factorial(ThreadState& ts, Value, Args args) {
    return factorialOf(ts, expectOneArg(ts, "math.factorial", args));
}

Value math_isqrt(ThreadState& ts, Value, Args args) {
    Value n = mathIndex(ts, expectOneArg(ts, "math.isqrt", args));
    if (isNegative(n)) raiseError(ts, ts.rt.types.ValueError, "isqrt() argument must be nonnegative");
    if (n.isInt()) {
        // The float square root is within one of the answer; fix it up exactly.
        uint64_t v = static_cast<uint64_t>(n.asInt());
        uint64_t r = static_cast<uint64_t>(std::sqrt(static_cast<double>(v)));
        while (static_cast<unsigned __int128>(r) * r > v) r--;
        while (static_cast<unsigned __int128>(r + 1) * (r + 1) <= v) r++;
        return Value::integer(static_cast<int64_t>(r));
    }
    return intValue(ts, boost::multiprecision::sqrt(bigOf(n)));
}

// comb(n, k) and perm(n, k): the shared checks, then n!/(n-k)! (/ k! for comb).
Value combOrPerm(ThreadState& ts, Value nArg, Value kArg, bool isComb) {
    Value n = mathIndex(ts, nArg);
    Handle keepN(ts, n); // a big int from __index__ must survive k's __index__ call
    Value k = mathIndex(ts, kArg);
    if (isNegative(n)) raiseError(ts, ts.rt.types.ValueError, "n must be a non-negative integer");
    if (isNegative(k)) raiseError(ts, ts.rt.types.ValueError, "k must be a non-negative integer");
    BigInt bn = bigOf(n), bk = bigOf(k);
    if (bk > bn) return Value::integer(0);
    if (isComb && bn - bk < bk) bk = bn - bk;
    if (bk > INT64_MAX) {
        if (isComb) raiseFormat(ts, ts.rt.types.OverflowError, "min(n - k, k) must not exceed %s", kMaxText);
        raiseFormat(ts, ts.rt.types.OverflowError, "k must not exceed %s", kMaxText);
    }
    uint64_t count = static_cast<uint64_t>(bk);
    if (count == 0) return Value::integer(1);
    BigInt numerator;
    if (bn <= UINT64_MAX - 1) {
        uint64_t top = static_cast<uint64_t>(bn);
        numerator = productRange(top - count + 1, top + 1);
    } else {
        // n beyond 64 bits: k is then small in practice (the result has k*64 bits).
        numerator = 1;
        for (uint64_t i = 0; i < count; i++) numerator *= bn - i;
    }
    if (!isComb) return intValue(ts, std::move(numerator));
    return intValue(ts, numerator / productRange(1, count + 1));
}

Value math_comb(ThreadState& ts, Value, Args args) {
    mathPositional(ts, "comb", args, 2, 2);
    return combOrPerm(ts, args[0], args[1], true);
}

Value math_perm(ThreadState& ts, Value, Args args) {
    mathPositional(ts, "perm", args, 1, 2);
    if (args.count == 1 || args[1].isNone()) return factorialOf(ts, args[0]);
    return combOrPerm(ts, args[0], args[1], false);
}

// gcd of two int Values, both already absolute or not: the result is >= 0.
Value gcdOf(ThreadState& ts, Value a, Value b) {
    if (a.isInt() && b.isInt()) {
        // Magnitudes as unsigned, so |INT64_MIN| is representable.
        uint64_t x = a.asInt() < 0 ? 0 - static_cast<uint64_t>(a.asInt()) : static_cast<uint64_t>(a.asInt());
        uint64_t y = b.asInt() < 0 ? 0 - static_cast<uint64_t>(b.asInt()) : static_cast<uint64_t>(b.asInt());
        uint64_t g = std::gcd(x, y);
        if (g <= static_cast<uint64_t>(INT64_MAX)) return Value::integer(static_cast<int64_t>(g));
        return intValue(ts, BigInt(g));
    }
    return intValue(ts, boost::multiprecision::gcd(bigOf(a), bigOf(b)));
}

Value absOf(ThreadState& ts, Value v) { return isNegative(v) ? negate(ts, v) : v; }

Value math_gcd(ThreadState& ts, Value, Args args) {
    if (args.keywordCount()) raiseError(ts, ts.rt.types.TypeError, "math.gcd() takes no keyword arguments");
    if (args.count == 0) return Value::integer(0);
    Handle result(ts, absOf(ts, mathIndex(ts, args[0])));
    for (size_t i = 1; i < args.count; i++) {
        Value x = mathIndex(ts, args[i]);
        // Once the gcd is 1 it stays 1, but every argument is still checked.
        if (result.get().isInt() && result.get().asInt() == 1) continue;
        result.set(gcdOf(ts, result.get(), x));
    }
    return result.get();
}

Value math_lcm(ThreadState& ts, Value, Args args) {
    if (args.keywordCount()) raiseError(ts, ts.rt.types.TypeError, "math.lcm() takes no keyword arguments");
    if (args.count == 0) return Value::integer(1);
    Handle result(ts, absOf(ts, mathIndex(ts, args[0])));
    for (size_t i = 1; i < args.count; i++) {
        Value x = mathIndex(ts, args[i]);
        Value a = result.get();
        if (a.isInt() && a.asInt() == 0) continue;
        if (x.isInt() && x.asInt() == 0) {
            result.set(Value::integer(0));
            continue;
        }
        BigInt ba = bigOf(a), bx = bigOf(x);
        BigInt r = ba / boost::multiprecision::gcd(ba, bx) * bx;
        result.set(intValue(ts, r < 0 ? BigInt(-r) : r));
    }
    return result.get();
}

// ---- fsum ----------------------------------------------------------------------
//
// Shewchuk's algorithm, as CPython runs it: the running sum is kept exactly as
// a list of non-overlapping partials (each addition splits into the rounded sum
// and its exact error), and only the final total is rounded — once, to nearest
// with ties to even even across several partials. Infinities and NaNs are
// summed apart; an infinite partial out of finite inputs is an overflow.
Value math_fsum(ThreadState& ts, Value, Args args) {
    Value seq = expectOneArg(ts, "math.fsum", args);
    std::vector<double> partials;
    double specialSum = 0.0, infSum = 0.0;
    forEach(ts, seq, [&](Value item) {
        double x = item.isFloat() ? item.asFloat() : mathReal(ts, item);
        double xsave = x;
        size_t i = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double yr = hi - x;
            double lo = y - yr;
            if (lo != 0.0) partials[i++] = lo;
            x = hi;
        }
        partials.resize(i);
        if (x != 0.0) {
            if (!std::isfinite(x)) {
                // An infinity out of finite summands is an intermediate overflow;
                // otherwise it is an inf or nan summand, summed on its own.
                if (std::isfinite(xsave))
                    raiseError(ts, ts.rt.types.OverflowError, "intermediate overflow in fsum");
                if (std::isinf(xsave)) infSum += xsave;
                specialSum += xsave;
                partials.clear();
            } else {
                partials.push_back(x);
            }
        }
        return true;
    });
    if (specialSum != 0.0) {
        if (std::isnan(infSum)) raiseError(ts, ts.rt.types.ValueError, "-inf + inf in fsum");
        return Value::real(specialSum);
    }
    double hi = 0.0;
    size_t n = partials.size();
    if (n > 0) {
        hi = partials[--n];
        double lo = 0.0;
        // Add from the top while the sum stays exact.
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        // Round half to even across partials: when the dropped error and the
        // next partial point the same way, the true sum lies past the halfway
        // point that a plain addition would round to even.
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return Value::real(hi);
}

Value math_prod(ThreadState& ts, Value, Args args) {
    static constexpr ParamSpec spec{"prod", {"iterable", "start"}, 1, 1, 1};
    Value a[2];
    bindArgs(ts, spec, args, a);
    // The running product may be a fresh big int while items run Python code.
    Handle result(ts, a[1].isEmpty() ? Value::integer(1) : a[1]);
    forEach(ts, a[0], [&](Value item) {
        result.set(binaryOp(ts, BinaryOperator::MULTIPLY, result.get(), item));
        return true;
    });
    return result.get();
}

} // namespace

void defineMathIntegerFunctions(ThreadState& ts, DictObject* d) {
    defineNative(ts, d, "factorial", math_factorial);
    defineNative(ts, d, "isqrt", math_isqrt);
    defineNative(ts, d, "comb", math_comb);
    defineNative(ts, d, "perm", math_perm);
    defineNative(ts, d, "gcd", math_gcd);
    defineNative(ts, d, "lcm", math_lcm);
    defineNative(ts, d, "fsum", math_fsum);
    defineNative(ts, d, "prod", math_prod);
}

} // namespace spindle
