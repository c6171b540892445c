// RandomMethods.cpp — the algorithms of CPython's Lib/random.py, natively.
//
// Each method draws from the generator exactly as CPython 3.11's Python code
// does — the same calls to random() and getrandbits(), in the same order, with
// the same rejection loops — so a seeded generator gives CPython's results.
// Where Python code does arithmetic on the caller's values (uniform's a and b,
// gauss's mu and sigma), it is done with the generic operators, so ints, floats
// and user numbers combine as they would in Python. The distributions whose
// arguments only ever meet floats convert them to float once; that is the same
// arithmetic for ints and floats.
#include "stdlib/RandomSupport.h"

#include "runtime/BigInt.h" // TEMPORARY: FloatOps.h (via IntOps.h) does not compile on its own yet
#include "runtime/FloatOps.h"
#include "runtime/types/Numbers.h"
#include "stdlib/BuiltinArgs.h"
#include "stdlib/MathSupport.h"

#include <cmath>
#include <unordered_set>
#include <vector>

namespace spindle {

namespace {

constexpr double kTwoPi = 2.0 * M_PI;

Value add(ThreadState& ts, Value a, Value b) { return binaryOp(ts, BinaryOperator::ADD, a, b); }
Value sub(ThreadState& ts, Value a, Value b) { return binaryOp(ts, BinaryOperator::SUBTRACT, a, b); }
Value mul(ThreadState& ts, Value a, Value b) { return binaryOp(ts, BinaryOperator::MULTIPLY, a, b); }
bool less(ThreadState& ts, Value a, Value b) { return compareBool(ts, CompareOperator::LT, a, b); }
bool greater(ThreadState& ts, Value a, Value b) { return compareBool(ts, CompareOperator::GT, a, b); }
Value intValue(int64_t i) { return Value::integer(i); }

// math.log, math.sqrt and math.exp on a float, with their error rules.
double pyLog(ThreadState& ts, double x) {
    if (!(x > 0.0)) raiseMathDomainError(ts);
    return std::log(x);
}
double pySqrt(ThreadState& ts, double x) {
    if (x < 0.0) raiseMathDomainError(ts);
    return std::sqrt(x);
}
double pyExp(ThreadState& ts, double x) {
    double r = std::exp(x);
    if (std::isinf(r) && std::isfinite(x)) raiseMathRangeError(ts);
    return r;
}
// float ** float.
double pyPow(ThreadState& ts, double x, double y) {
    try {
        return floatops::pow(x, y);
    } catch (const NumericError& e) {
        raiseNumeric(ts, e);
    }
}
// float / float.
double pyDiv(ThreadState& ts, double x, double y) {
    if (y == 0.0) raiseError(ts, ts.rt.types.ZeroDivisionError, "float division by zero");
    return x / y;
}

double nextRandom(Value self) { return randomSelf(self)->mt.nextDouble(); }

// ---- integers from ranges -------------------------------------------------------

// randrange's argument conversion: operator.index(), else int(v) when it equals
// v. (CPython 3.11 also warns about such floats; Spindle has no warnings.)
Value rangeArg(ThreadState& ts, Value v, const char* nonInteger) {
    if (v.isBool()) return Value::integer(v.asInt());
    if (isIntValue(v)) return v;
    if (!lookupInType(typeOf(ts, v), ts.rt.names.__index__).isEmpty()) return mathIndex(ts, v);
    Value i = intFromValue(ts, v);
    Handle keep(ts, i);
    if (!equals(ts, i, v)) raiseError(ts, ts.rt.types.ValueError, nonInteger);
    return i;
}

Value random_randrange(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.randrange", {"start", "stop", "step"}, 1, SIZE_MAX, true};
    Value a[3];
    bindPyArgs(ts, spec, args, a);
    RandomObject* r = randomSelf(self);
    Handle start(ts, rangeArg(ts, a[0], "non-integer arg 1 for randrange()"));
    Value zero = intValue(0);
    if (a[1].isEmpty() || a[1].isNone()) {
        // The default step is a sentinel: any step given explicitly but 1 is an error.
        if (!a[2].isEmpty() && !(a[2].isInt() && a[2].asInt() == 1))
            raiseError(ts, ts.rt.types.TypeError, "Missing a non-None stop argument");
        if (greater(ts, start.get(), zero)) return randomBelow(ts, r, start.get());
        raiseError(ts, ts.rt.types.ValueError, "empty range for randrange()");
    }
    Handle stop(ts, rangeArg(ts, a[1], "non-integer stop for randrange()"));
    Handle width(ts, sub(ts, stop.get(), start.get()));
    Handle step(ts, a[2].isEmpty() ? intValue(1) : rangeArg(ts, a[2], "non-integer step for randrange()"));
    if (equals(ts, step.get(), intValue(1))) {
        if (greater(ts, width.get(), zero)) return add(ts, start.get(), randomBelow(ts, r, width.get()));
        std::string text = "empty range for randrange() (";
        text += toStr(ts, start.get())->view();
        text += ", ";
        text += toStr(ts, stop.get())->view();
        text += ", ";
        text += toStr(ts, width.get())->view();
        text += ")";
        raiseError(ts, ts.rt.types.ValueError, text);
    }
    Handle n(ts);
    if (greater(ts, step.get(), zero)) {
        n.set(sub(ts, add(ts, width.get(), step.get()), intValue(1)));
    } else if (less(ts, step.get(), zero)) {
        n.set(add(ts, add(ts, width.get(), step.get()), intValue(1)));
    } else {
        raiseError(ts, ts.rt.types.ValueError, "zero step for randrange()");
    }
    n.set(binaryOp(ts, BinaryOperator::FLOOR_DIVIDE, n.get(), step.get()));
    if (!greater(ts, n.get(), zero)) raiseError(ts, ts.rt.types.ValueError, "empty range for randrange()");
    Handle offset(ts, randomBelow(ts, r, n.get()));
    return add(ts, start.get(), mul(ts, step.get(), offset.get()));
}

Value random_randint(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.randint", {"a", "b"}, 2, SIZE_MAX, true};
    Value a[2];
    bindPyArgs(ts, spec, args, a);
    Value stop = add(ts, a[1], intValue(1));
    Value call[2] = {a[0], stop};
    Handle keep(ts, stop);
    return random_randrange(ts, self, Args{call, 2, nullptr});
}

// ---- sequences -------------------------------------------------------------------

Value itemAt(ThreadState& ts, Value seq, int64_t i) {
    if (ListObject* l = asOrNull<ListObject>(seq)) {
        if (i < static_cast<int64_t>(l->items.size())) return l->items[static_cast<size_t>(i)];
    }
    return getItem(ts, seq, intValue(i));
}

Value random_choice(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.choice", {"seq"}, 1, SIZE_MAX, true};
    Value a[1];
    bindPyArgs(ts, spec, args, a);
    int64_t n = length(ts, a[0]);
    if (n == 0) raiseError(ts, ts.rt.types.IndexError, "Cannot choose from an empty sequence");
    return itemAt(ts, a[0], randomBelowSmall(randomSelf(self), n));
}

// Fisher-Yates from the end: position i swaps with a random j in [0, i].
Value random_shuffle(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.shuffle", {"x"}, 1, SIZE_MAX, true};
    Value a[1];
    bindPyArgs(ts, spec, args, a);
    Value x = a[0];
    RandomObject* r = randomSelf(self);
    int64_t n = length(ts, x);
    for (int64_t i = n - 1; i > 0; i--) {
        int64_t j = randomBelowSmall(r, i + 1);
        ListObject* list = asOrNull<ListObject>(x);
        if (list && static_cast<size_t>(i) < list->items.size()) {
            std::swap(list->items[static_cast<size_t>(i)], list->items[static_cast<size_t>(j)]);
            continue;
        }
        // x[i], x[j] = x[j], x[i]
        Handle xj(ts, getItem(ts, x, intValue(j)));
        Handle xi(ts, getItem(ts, x, intValue(i)));
        setItem(ts, x, intValue(i), xj.get());
        setItem(ts, x, intValue(j), xi.get());
    }
    return Value::none();
}

// list(itertools.accumulate(iterable)): running sums with the + operator.
ListObject* accumulate(ThreadState& ts, Value iterable) {
    ListObject* out = newList(ts);
    Handle keep(ts, Value::object(out));
    forEach(ts, iterable, [&](Value item) {
        out->items.push_back(out->items.empty() ? item : add(ts, out->items.back(), item));
        return true;
    });
    return out;
}

// bisect.bisect_right(a, x, lo, hi) over any sequence.
int64_t bisectRight(ThreadState& ts, Value a, Value x, int64_t lo, int64_t hi) {
    while (lo < hi) {
        int64_t mid = (lo + hi) / 2;
        if (less(ts, x, itemAt(ts, a, mid))) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

// The positions sample() picks among n, CPython's way: a shrinking pool when n
// is small next to k (a list is cheaper than a set then), else rejection of
// repeats kept in a set. The threshold is CPython's estimate of the set's size.
std::vector<int64_t> samplePositions(RandomObject* r, int64_t n, int64_t k) {
    std::vector<int64_t> result(static_cast<size_t>(k));
    unsigned __int128 setsize = 21; // a small set's size minus an empty list's
    if (k > 5) {
        double e = std::ceil(std::log(static_cast<double>(static_cast<__int128>(k) * 3)) / std::log(4.0));
        setsize += e >= 62 ? (static_cast<unsigned __int128>(1) << 124) : static_cast<unsigned __int128>(1) << (2 * int(e));
    }
    if (static_cast<unsigned __int128>(n) <= setsize) {
        std::vector<int64_t> pool(static_cast<size_t>(n));
        for (int64_t i = 0; i < n; i++) pool[static_cast<size_t>(i)] = i;
        for (int64_t i = 0; i < k; i++) {
            int64_t j = randomBelowSmall(r, n - i);
            result[static_cast<size_t>(i)] = pool[static_cast<size_t>(j)];
            pool[static_cast<size_t>(j)] = pool[static_cast<size_t>(n - i - 1)]; // move the last unpicked into the gap
        }
    } else {
        std::unordered_set<int64_t> selected;
        for (int64_t i = 0; i < k; i++) {
            int64_t j = randomBelowSmall(r, n);
            while (selected.count(j)) j = randomBelowSmall(r, n);
            selected.insert(j);
            result[static_cast<size_t>(i)] = j;
        }
    }
    return result;
}

bool isSequence(Value v) {
    return isKind(v, ObjKind::List) || isKind(v, ObjKind::Tuple) || isKind(v, ObjKind::Str) ||
           isKind(v, ObjKind::Bytes) || isKind(v, ObjKind::Range);
}

Value random_sample(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.sample", {"population", "k", "counts"}, 2, 2, true};
    Value a[3];
    bindPyArgs(ts, spec, args, a);
    Value population = a[0], kArg = a[1], counts = a[2];
    RandomObject* r = randomSelf(self);
    if (!isSequence(population))
        raiseError(ts, ts.rt.types.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    int64_t n = length(ts, population);
    Handle cumCounts(ts);
    if (!counts.isEmpty() && !counts.isNone()) {
        // Sample positions among sum(counts) and map each through the running
        // totals to the element it falls on.
        ListObject* cum = accumulate(ts, counts);
        cumCounts.set(Value::object(cum));
        if (static_cast<int64_t>(cum->items.size()) != n)
            raiseError(ts, ts.rt.types.ValueError, "The number of counts does not match the population");
        if (cum->items.empty()) raiseError(ts, ts.rt.types.IndexError, "pop from empty list");
        Value total = cum->items.back();
        cum->items.pop_back();
        if (!isIntValue(total)) raiseError(ts, ts.rt.types.TypeError, "Counts must be integers");
        if (!greater(ts, total, intValue(0)))
            raiseError(ts, ts.rt.types.ValueError, "Total of counts must be greater than zero");
        if (!total.isInt())
            raiseError(ts, ts.rt.types.OverflowError, "Python int too large to convert to C ssize_t");
        n = total.asInt();
    }
    if (!(compareBool(ts, CompareOperator::LE, intValue(0), kArg) &&
          compareBool(ts, CompareOperator::LE, kArg, intValue(n))))
        raiseError(ts, ts.rt.types.ValueError, "Sample larger than population or is negative");
    if (!isIntValue(kArg)) {
        std::string_view got = typeName(ts, kArg);
        raiseFormat(ts, ts.rt.types.TypeError, "can't multiply sequence by non-int of type '%.*s'",
                    static_cast<int>(got.size()), got.data());
    }
    std::vector<int64_t> picks = samplePositions(r, n, kArg.asInt());
    ListObject* result = newList(ts, picks.size());
    Handle keep(ts, Value::object(result));
    for (int64_t p : picks) {
        int64_t index = p;
        if (!cumCounts.get().isEmpty()) {
            ListObject* cum = as<ListObject>(cumCounts.get());
            index = bisectRight(ts, cumCounts.get(), intValue(p), 0, static_cast<int64_t>(cum->items.size()));
        }
        result->items.push_back(itemAt(ts, population, index));
    }
    return Value::object(result);
}

// itertools.repeat(None, k)'s count: an int, negative meaning none.
int64_t repeatCount(ThreadState& ts, Value k) {
    int64_t n = indexOf(ts, k);
    return n < 0 ? 0 : n;
}

Value random_choices(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.choices", {"population", "weights", "cum_weights", "k"}, 1, 2, true};
    Value a[4];
    bindPyArgs(ts, spec, args, a);
    Value population = a[0];
    Value weights = a[1].isEmpty() ? Value::none() : a[1];
    Value cumWeights = a[2].isEmpty() ? Value::none() : a[2];
    Value k = a[3].isEmpty() ? intValue(1) : a[3];
    RandomObject* r = randomSelf(self);
    int64_t n = length(ts, population);
    if (cumWeights.isNone() && weights.isNone()) {
        double nf = static_cast<double>(n);
        int64_t count = repeatCount(ts, k);
        ListObject* result = newList(ts, static_cast<size_t>(count));
        Handle keep(ts, Value::object(result));
        for (int64_t i = 0; i < count; i++) {
            Value index = intFromDouble(ts, std::floor(r->mt.nextDouble() * nf));
            result->items.push_back(getItem(ts, population, index));
        }
        return Value::object(result);
    }
    Handle cum(ts, cumWeights);
    if (cumWeights.isNone()) {
        try {
            cum.set(Value::object(accumulate(ts, weights)));
        } catch (const PyThrow&) {
            if (!isIntValue(weights) || !swallowRaised(ts, ts.rt.types.TypeError)) throw;
            std::string text = "The number of choices must be a keyword argument: k=";
            text += repr(ts, weights)->view();
            raiseError(ts, ts.rt.types.TypeError, text);
        }
    } else if (!weights.isNone()) {
        raiseError(ts, ts.rt.types.TypeError, "Cannot specify both weights and cumulative weights");
    }
    if (length(ts, cum.get()) != n)
        raiseError(ts, ts.rt.types.ValueError, "The number of weights does not match the population");
    Handle total(ts, add(ts, getItem(ts, cum.get(), intValue(-1)), Value::real(0.0)));
    if (compareBool(ts, CompareOperator::LE, total.get(), Value::real(0.0)))
        raiseError(ts, ts.rt.types.ValueError, "Total of weights must be greater than zero");
    if (!std::isfinite(mathReal(ts, total.get())))
        raiseError(ts, ts.rt.types.ValueError, "Total of weights must be finite");
    int64_t count = repeatCount(ts, k);
    ListObject* result = newList(ts, static_cast<size_t>(count));
    Handle keep(ts, Value::object(result));
    for (int64_t i = 0; i < count; i++) {
        Handle x(ts, mul(ts, Value::real(r->mt.nextDouble()), total.get()));
        int64_t index = bisectRight(ts, cum.get(), x.get(), 0, n - 1);
        result->items.push_back(itemAt(ts, population, index));
    }
    return Value::object(result);
}

// ---- real-valued distributions ---------------------------------------------------

Value random_uniform(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.uniform", {"a", "b"}, 2, SIZE_MAX, true};
    Value a[2];
    bindPyArgs(ts, spec, args, a);
    Handle span(ts, sub(ts, a[1], a[0]));
    Handle scaled(ts, mul(ts, span.get(), Value::real(nextRandom(self))));
    return add(ts, a[0], scaled.get());
}

Value random_triangular(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.triangular", {"low", "high", "mode"}, 0, SIZE_MAX, true};
    Value a[3];
    bindPyArgs(ts, spec, args, a);
    Handle low(ts, a[0].isEmpty() ? Value::real(0.0) : a[0]);
    Handle high(ts, a[1].isEmpty() ? Value::real(1.0) : a[1]);
    Value mode = a[2].isEmpty() ? Value::none() : a[2];
    Value u = Value::real(nextRandom(self));
    Handle c(ts, Value::real(0.5));
    if (!mode.isNone()) {
        try {
            Handle num(ts, sub(ts, mode, low.get()));
            Handle den(ts, sub(ts, high.get(), low.get()));
            c.set(binaryOp(ts, BinaryOperator::TRUE_DIVIDE, num.get(), den.get()));
        } catch (const PyThrow&) {
            if (!swallowRaised(ts, ts.rt.types.ZeroDivisionError)) throw;
            return low.get();
        }
    }
    if (greater(ts, u, c.get())) {
        u = Value::real(1.0 - u.asFloat());
        c.set(sub(ts, Value::real(1.0), c.get()));
        Value t = low.get();
        low.set(high.get());
        high.set(t);
    }
    double root = pySqrt(ts, mathReal(ts, mul(ts, u, c.get())));
    Handle span(ts, sub(ts, high.get(), low.get()));
    Handle scaled(ts, mul(ts, span.get(), Value::real(root)));
    return add(ts, low.get(), scaled.get());
}

// mu + z * sigma, with the caller's mu and sigma.
Value scaleNormal(ThreadState& ts, Value mu, Value sigma, double z) {
    Handle scaled(ts, mul(ts, Value::real(z), sigma));
    return add(ts, mu, scaled.get());
}

Value random_normalvariate(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.normalvariate", {"mu", "sigma"}, 0, SIZE_MAX, true};
    Value a[2];
    bindPyArgs(ts, spec, args, a);
    // Kinderman and Monahan's ratio-of-uniforms method.
    const double magic = 4 * std::exp(-0.5) / std::sqrt(2.0);
    double z;
    for (;;) {
        double u1 = nextRandom(self);
        double u2 = 1.0 - nextRandom(self);
        z = magic * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -pyLog(ts, u2)) break;
    }
    return scaleNormal(ts, a[0].isEmpty() ? Value::real(0.0) : a[0], a[1].isEmpty() ? Value::real(1.0) : a[1], z);
}

// Box-Muller: each pair of draws gives two normal values; the second is kept
// for the next call (and forgotten by seed() and setstate()).
Value random_gauss(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.gauss", {"mu", "sigma"}, 0, SIZE_MAX, true};
    Value a[2];
    bindPyArgs(ts, spec, args, a);
    RandomObject* r = randomSelf(self);
    Value cached = r->gaussNext;
    r->gaussNext = Value::none();
    double z;
    if (cached.isNone()) {
        double x2pi = r->mt.nextDouble() * kTwoPi;
        double g2rad = pySqrt(ts, -2.0 * pyLog(ts, 1.0 - r->mt.nextDouble()));
        z = std::cos(x2pi) * g2rad;
        r->gaussNext = Value::real(std::sin(x2pi) * g2rad);
    } else {
        z = mathReal(ts, cached);
    }
    return scaleNormal(ts, a[0].isEmpty() ? Value::real(0.0) : a[0], a[1].isEmpty() ? Value::real(1.0) : a[1], z);
}

Value random_lognormvariate(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.lognormvariate", {"mu", "sigma"}, 2, SIZE_MAX, true};
    Value a[2];
    bindPyArgs(ts, spec, args, a);
    Value normal = random_normalvariate(ts, self, Args{a, 2, nullptr});
    return Value::real(pyExp(ts, mathReal(ts, normal)));
}

Value random_expovariate(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.expovariate", {"lambd"}, 1, SIZE_MAX, true};
    Value a[1];
    bindPyArgs(ts, spec, args, a);
    double x = -pyLog(ts, 1.0 - nextRandom(self));
    return binaryOp(ts, BinaryOperator::TRUE_DIVIDE, Value::real(x), a[0]);
}

Value random_vonmisesvariate(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.vonmisesvariate", {"mu", "kappa"}, 2, SIZE_MAX, true};
    Value a[2];
    bindPyArgs(ts, spec, args, a);
    double mu = mathReal(ts, a[0]), kappa = mathReal(ts, a[1]);
    if (kappa <= 1e-6) return Value::real(kTwoPi * nextRandom(self));
    // Best and Fisher's rejection method.
    double s = 0.5 / kappa;
    double r = s + std::sqrt(1.0 + s * s);
    double z;
    for (;;) {
        double u1 = nextRandom(self);
        z = std::cos(M_PI * u1);
        double d = z / (r + z);
        double u2 = nextRandom(self);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * std::exp(d)) break;
    }
    double q = 1.0 / r;
    double f = (q + z) / (1.0 + q * z);
    if (f < -1.0 || f > 1.0) raiseMathDomainError(ts);
    double u3 = nextRandom(self);
    double theta = u3 > 0.5 ? mu + std::acos(f) : mu - std::acos(f);
    return binaryOp(ts, BinaryOperator::MODULO, Value::real(theta), Value::real(kTwoPi));
}

double gammaVariate(ThreadState& ts, Value self, double alpha, double beta) {
    if (alpha <= 0.0 || beta <= 0.0)
        raiseError(ts, ts.rt.types.ValueError, "gammavariate: alpha and beta must be > 0.0");
    if (alpha > 1.0) {
        // Cheng's rejection algorithm GB.
        const double log4 = std::log(4.0), sgMagic = 1.0 + std::log(4.5);
        double ainv = std::sqrt(2.0 * alpha - 1.0);
        double bbb = alpha - log4;
        double ccc = alpha + ainv;
        for (;;) {
            double u1 = nextRandom(self);
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            double u2 = 1.0 - nextRandom(self);
            double v = pyLog(ts, u1 / (1.0 - u1)) / ainv;
            double x = alpha * pyExp(ts, v);
            double z = u1 * u1 * u2;
            double r = bbb + ccc * v - x;
            if (r + sgMagic - 4.5 * z >= 0.0 || r >= pyLog(ts, z)) return x * beta;
        }
    }
    if (alpha == 1.0) return -pyLog(ts, 1.0 - nextRandom(self)) * beta; // exponential
    // alpha in (0, 1): algorithm GS of Kennedy and Gentle.
    double x;
    for (;;) {
        double u = nextRandom(self);
        double b = (M_E + alpha) / M_E;
        double p = b * u;
        if (p <= 1.0) x = pyPow(ts, p, 1.0 / alpha);
        else x = -pyLog(ts, (b - p) / alpha);
        double u1 = nextRandom(self);
        if (p > 1.0) {
            if (u1 <= pyPow(ts, x, alpha - 1.0)) break;
        } else if (u1 <= std::exp(-x)) {
            break;
        }
    }
    return x * beta;
}

Value random_gammavariate(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.gammavariate", {"alpha", "beta"}, 2, SIZE_MAX, true};
    Value a[2];
    bindPyArgs(ts, spec, args, a);
    return Value::real(gammaVariate(ts, self, mathReal(ts, a[0]), mathReal(ts, a[1])));
}

Value random_betavariate(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.betavariate", {"alpha", "beta"}, 2, SIZE_MAX, true};
    Value a[2];
    bindPyArgs(ts, spec, args, a);
    double alpha = mathReal(ts, a[0]), beta = mathReal(ts, a[1]);
    double y = gammaVariate(ts, self, alpha, 1.0);
    if (y == 0.0) return Value::real(0.0);
    return Value::real(y / (y + gammaVariate(ts, self, beta, 1.0)));
}

Value random_paretovariate(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.paretovariate", {"alpha"}, 1, SIZE_MAX, true};
    Value a[1];
    bindPyArgs(ts, spec, args, a);
    double alpha = mathReal(ts, a[0]);
    double u = 1.0 - nextRandom(self);
    return Value::real(pyPow(ts, u, pyDiv(ts, -1.0, alpha)));
}

Value random_weibullvariate(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.weibullvariate", {"alpha", "beta"}, 2, SIZE_MAX, true};
    Value a[2];
    bindPyArgs(ts, spec, args, a);
    double alpha = mathReal(ts, a[0]), beta = mathReal(ts, a[1]);
    double u = 1.0 - nextRandom(self);
    return Value::real(alpha * pyPow(ts, -pyLog(ts, u), pyDiv(ts, 1.0, beta)));
}

constexpr RandomMethod kMethods[] = {
    {"randrange", random_randrange},
    {"randint", random_randint},
    {"choice", random_choice},
    {"shuffle", random_shuffle},
    {"sample", random_sample},
    {"choices", random_choices},
    {"uniform", random_uniform},
    {"triangular", random_triangular},
    {"normalvariate", random_normalvariate},
    {"gauss", random_gauss},
    {"lognormvariate", random_lognormvariate},
    {"expovariate", random_expovariate},
    {"vonmisesvariate", random_vonmisesvariate},
    {"gammavariate", random_gammavariate},
    {"betavariate", random_betavariate},
    {"paretovariate", random_paretovariate},
    {"weibullvariate", random_weibullvariate},
};

} // namespace

std::span<const RandomMethod> randomAlgorithmMethods() { return kMethods; }

} // namespace spindle
