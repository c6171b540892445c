// IntOps.cpp — the out-of-line (big or overflowing) paths of Python int arithmetic.
#include "runtime/IntOps.h"
#include "runtime/BigInt.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <vector>

namespace spindle::intops {

namespace {

using boost::multiprecision::limb_type;

// Results larger than this many bits are refused with MemoryError up front.
// CPython would try (and hang for minutes, or die); 2**32 bits is a 512 MiB
// number, beyond anything a script of ours legitimately builds.
constexpr uint64_t kMaxResultBits = uint64_t(1) << 32;

// 2**61 - 1: CPython's hash modulus on 64-bit platforms.
constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;

SPINDLE_NORETURN void fail(NumericError::Kind kind, std::string message) {
    throw NumericError{kind, std::move(message)};
}

SPINDLE_NORETURN void failMemory() { fail(NumericError::Memory, ""); }

// An operand as `const BigInt&` without copying a big one.
class BigOperand {
public:
    explicit BigOperand(IntRef ref) {
        if (ref.isSmall()) {
            temp_ = ref.small();
            ptr_ = &temp_;
        } else {
            ptr_ = &ref.big().value;
        }
    }
    BigOperand(const BigOperand&) = delete;
    BigOperand& operator=(const BigOperand&) = delete;
    const BigInt& get() const { return *ptr_; }

private:
    BigInt temp_;
    const BigInt* ptr_;
};

uint64_t magnitudeOf(int64_t v) { return v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v); }

// Number of bits of |v| (0 for 0), straight from the sign-magnitude limbs.
uint64_t bitLengthOf(const BigInt& v) {
    if (v.is_zero()) return 0;
    const auto& backend = v.backend();
    size_t limbCount = backend.size();
    limb_type top = backend.limbs()[limbCount - 1];
    return uint64_t(limbCount - 1) * 64 + uint64_t(64 - __builtin_clzll(top));
}

uint64_t bitLengthOf(IntRef a) {
    if (a.isSmall()) {
        uint64_t m = magnitudeOf(a.small());
        return m == 0 ? 0 : uint64_t(64 - __builtin_clzll(m));
    }
    return bitLengthOf(a.big().value);
}

void floorDivModBig(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
    boost::multiprecision::divide_qr(a, b, q, r); // truncates toward zero
    if (!r.is_zero() && ((r.sign() < 0) != (b.sign() < 0))) {
        q -= 1;
        r += b;
    }
}

// Correctly rounds (q + f) * 2**scale to a double (round-half-even), where
// 0 <= f < 1 and `sticky` says f > 0. Callers pass a q wide enough that at least
// one bit is dropped whenever sticky is set, so the guard/sticky logic is exact.
// Subnormal results are rounded once, at their own precision (no double rounding).
double roundScaled(uint64_t q, bool sticky, int64_t scale) {
    if (q == 0) return 0.0;
    int64_t width = 64 - __builtin_clzll(q);
    int64_t topExponent = width - 1 + scale;
    if (topExponent > 1100) return HUGE_VAL;
    int64_t lsbExponent = std::max<int64_t>(topExponent - 52, -1074);
    int64_t drop = lsbExponent - scale;
    if (drop <= 0) {
        SPINDLE_DEBUG_ASSERT(!sticky);
        return std::ldexp(double(q), int(scale)); // q has <= 53 bits: exact
    }
    if (drop > 64) return 0.0; // below half the smallest subnormal
    unsigned __int128 wide = q;
    uint64_t kept = uint64_t(wide >> drop);
    unsigned __int128 rest = wide & ((static_cast<unsigned __int128>(1) << drop) - 1);
    unsigned __int128 half = static_cast<unsigned __int128>(1) << (drop - 1);
    if (rest > half || (rest == half && (sticky || (kept & 1)))) ++kept;
    return std::ldexp(double(kept), int(scale + drop));
}

// Top bits of a positive magnitude for roundScaled: |v| = (q + f) * 2**scale.
void topBits(const BigInt& magnitude, uint64_t& q, bool& sticky, int64_t& scale) {
    uint64_t bits = bitLengthOf(magnitude);
    if (bits <= 64) {
        q = magnitude.convert_to<uint64_t>();
        sticky = false;
        scale = 0;
        return;
    }
    scale = int64_t(bits - 64);
    q = BigInt(magnitude >> unsigned(scale)).convert_to<uint64_t>();
    sticky = boost::multiprecision::lsb(magnitude) < uint64_t(scale);
}

std::string strDigitsLimitMessage(int64_t limit) {
    return "Exceeds the limit (" + std::to_string(limit) +
           " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
}

BigInt modInverse(const BigInt& value, const BigInt& modulus) {
    // Extended Euclid on (modulus, value); value is already reduced into [0, modulus).
    BigInt r0 = modulus, r1 = value, t0 = 0, t1 = 1;
    while (!r1.is_zero()) {
        BigInt q = r0 / r1;
        BigInt r2 = r0 - q * r1;
        r0 = std::move(r1);
        r1 = std::move(r2);
        BigInt t2 = t0 - q * t1;
        t0 = std::move(t1);
        t1 = std::move(t2);
    }
    if (r0 != 1) fail(NumericError::Value, "base is not invertible for the given modulus");
    if (t0.sign() < 0) t0 += modulus;
    return t0;
}

uint64_t mulMod(uint64_t a, uint64_t b, uint64_t m) {
    return uint64_t((static_cast<unsigned __int128>(a) * b) % m);
}

} // namespace

// ---------------------------------------------------------------------------
// + - * // % divmod /
// ---------------------------------------------------------------------------

Int add(IntRef a, IntRef b) {
    int64_t out;
    if (a.isSmall() && b.isSmall() && addSmall(a.small(), b.small(), out)) return Int(out);
    BigOperand x(a), y(b);
    return intFromBig(x.get() + y.get());
}

Int sub(IntRef a, IntRef b) {
    int64_t out;
    if (a.isSmall() && b.isSmall() && subSmall(a.small(), b.small(), out)) return Int(out);
    BigOperand x(a), y(b);
    return intFromBig(x.get() - y.get());
}

Int mul(IntRef a, IntRef b) {
    int64_t out;
    if (a.isSmall() && b.isSmall() && mulSmall(a.small(), b.small(), out)) return Int(out);
    if (bitLengthOf(a) + bitLengthOf(b) > kMaxResultBits) failMemory();
    BigOperand x(a), y(b);
    return intFromBig(x.get() * y.get());
}

Int floorDiv(IntRef a, IntRef b) {
    if (isZero(b)) fail(NumericError::ZeroDivision, "integer division or modulo by zero");
    int64_t out;
    if (a.isSmall() && b.isSmall() && floorDivSmall(a.small(), b.small(), out)) return Int(out);
    BigOperand x(a), y(b);
    BigInt q, r;
    floorDivModBig(x.get(), y.get(), q, r);
    return intFromBig(std::move(q));
}

Int mod(IntRef a, IntRef b) {
    if (isZero(b)) fail(NumericError::ZeroDivision, "integer modulo by zero");
    if (a.isSmall() && b.isSmall()) return Int(modSmall(a.small(), b.small()));
    BigOperand x(a), y(b);
    BigInt q, r;
    floorDivModBig(x.get(), y.get(), q, r);
    return intFromBig(std::move(r));
}

std::pair<Int, Int> divMod(IntRef a, IntRef b) {
    if (isZero(b)) fail(NumericError::ZeroDivision, "integer division or modulo by zero");
    int64_t q;
    if (a.isSmall() && b.isSmall() && floorDivSmall(a.small(), b.small(), q))
        return {Int(q), Int(modSmall(a.small(), b.small()))};
    BigOperand x(a), y(b);
    BigInt bq, br;
    floorDivModBig(x.get(), y.get(), bq, br);
    return {intFromBig(std::move(bq)), intFromBig(std::move(br))};
}

double trueDiv(IntRef a, IntRef b) {
    if (isZero(b)) fail(NumericError::ZeroDivision, "division by zero");
    constexpr uint64_t kExact = uint64_t(1) << 53;
    if (a.isSmall() && b.isSmall() && magnitudeOf(a.small()) <= kExact && magnitudeOf(b.small()) <= kExact) {
        // Both operands are exact doubles, so IEEE division is correctly rounded.
        return double(a.small()) / double(b.small());
    }
    bool negative = (sign(a) < 0) != (sign(b) < 0);
    if (isZero(a)) return negative ? -0.0 : 0.0;
    BigInt x = boost::multiprecision::abs(toBigInt(a));
    BigInt y = boost::multiprecision::abs(toBigInt(b));
    int64_t bitsX = int64_t(bitLengthOf(x)), bitsY = int64_t(bitLengthOf(y));
    // x / y lies in (2**(bitsX-bitsY-1), 2**(bitsX-bitsY+1)).
    if (bitsX - bitsY > 1025) fail(NumericError::Overflow, "integer division result too large for a float");
    if (bitsX - bitsY < -1080) return negative ? -0.0 : 0.0;
    // Scale so the integer quotient has 63 or 64 bits: plenty of guard bits.
    int64_t scale = bitsX - bitsY - 63;
    BigInt q, r;
    bool sticky = false;
    if (scale >= 0) {
        // floor(floor(x / 2**s) / y) == floor(x / (y * 2**s)); the shifted-out
        // bits only feed the sticky flag.
        sticky = boost::multiprecision::lsb(x) < uint64_t(scale);
        boost::multiprecision::divide_qr(BigInt(x >> unsigned(scale)), y, q, r);
    } else {
        boost::multiprecision::divide_qr(BigInt(x << unsigned(-scale)), y, q, r);
    }
    sticky = sticky || !r.is_zero();
    double result = roundScaled(q.convert_to<uint64_t>(), sticky, scale);
    if (std::isinf(result)) fail(NumericError::Overflow, "integer division result too large for a float");
    return negative ? -result : result;
}

// ---------------------------------------------------------------------------
// Unary
// ---------------------------------------------------------------------------

Int neg(IntRef a) {
    int64_t out;
    if (a.isSmall() && negSmall(a.small(), out)) return Int(out);
    BigOperand x(a);
    return intFromBig(-x.get());
}

Int abs(IntRef a) {
    if (sign(a) < 0) return neg(a);
    return a.isSmall() ? Int(a.small()) : intFromBig(a.big().value);
}

Int invert(IntRef a) {
    if (a.isSmall()) return Int(~a.small()); // never overflows
    BigOperand x(a);
    return intFromBig(-x.get() - 1);
}

// ---------------------------------------------------------------------------
// Shifts and bitwise
// ---------------------------------------------------------------------------

Int lshift(IntRef a, IntRef count) {
    if (sign(count) < 0) fail(NumericError::Value, "negative shift count");
    if (isZero(a)) return Int(0);
    if (!count.isSmall()) {
        // CPython splits the count into 30-bit digits and a Py_ssize_t word
        // count; only when even that overflows does it say "too many digits".
        if (count.big().value / 30 > BigInt(INT64_MAX)) fail(NumericError::Overflow, "too many digits in integer");
        failMemory();
    }
    int64_t n = count.small();
    if (a.isSmall() && n < 64 && __builtin_clrsbll(a.small()) >= n) {
        return Int(int64_t(uint64_t(a.small()) << n));
    }
    if (bitLengthOf(a) + uint64_t(n) > kMaxResultBits) failMemory();
    BigOperand x(a);
    return intFromBig(BigInt(x.get() << unsigned(n)));
}

Int rshift(IntRef a, IntRef count) {
    if (sign(count) < 0) fail(NumericError::Value, "negative shift count");
    bool negative = sign(a) < 0;
    if (!count.isSmall() || uint64_t(count.small()) >= bitLengthOf(a)) return Int(negative ? -1 : 0);
    int64_t n = count.small();
    if (a.isSmall()) return Int(a.small() >> n); // n < 64 here; C++20 >> floors
    const BigInt& x = a.big().value;
    if (!negative) return intFromBig(BigInt(x >> unsigned(n)));
    // floor(x / 2**n) for x < 0 is ~((~x) >> n), with ~x = -x - 1 >= 0.
    BigInt complement = -x - 1;
    return intFromBig(BigInt(-(complement >> unsigned(n)) - 1));
}

// Boost's bitwise operators on negative cpp_ints are not documented as two's
// complement, so the big paths only ever apply them to non-negative values and
// rewrite negative operands with ~v == -v - 1 (and p & ~c == p ^ (p & c)).
Int bitAnd(IntRef a, IntRef b) {
    if (a.isSmall() && b.isSmall()) return Int(a.small() & b.small());
    BigOperand x(a), y(b);
    bool negX = x.get().sign() < 0, negY = y.get().sign() < 0;
    if (!negX && !negY) return intFromBig(BigInt(x.get() & y.get()));
    if (negX && negY) {
        BigInt cx = -x.get() - 1, cy = -y.get() - 1;
        return intFromBig(BigInt(-BigInt(cx | cy) - 1)); // ~(~x | ~y)
    }
    const BigInt& positive = negX ? y.get() : x.get();
    BigInt complement = -(negX ? x.get() : y.get()) - 1;
    return intFromBig(BigInt(positive ^ BigInt(positive & complement))); // p & ~c
}

Int bitOr(IntRef a, IntRef b) {
    if (a.isSmall() && b.isSmall()) return Int(a.small() | b.small());
    BigOperand x(a), y(b);
    bool negX = x.get().sign() < 0, negY = y.get().sign() < 0;
    if (!negX && !negY) return intFromBig(BigInt(x.get() | y.get()));
    if (negX && negY) {
        BigInt cx = -x.get() - 1, cy = -y.get() - 1;
        return intFromBig(BigInt(-BigInt(cx & cy) - 1)); // ~(~x & ~y)
    }
    const BigInt& positive = negX ? y.get() : x.get();
    BigInt complement = -(negX ? x.get() : y.get()) - 1;
    BigInt cleared = complement ^ BigInt(complement & positive); // ~n & ~p
    return intFromBig(BigInt(-cleared - 1));
}

Int bitXor(IntRef a, IntRef b) {
    if (a.isSmall() && b.isSmall()) return Int(a.small() ^ b.small());
    BigOperand x(a), y(b);
    bool negX = x.get().sign() < 0, negY = y.get().sign() < 0;
    if (!negX && !negY) return intFromBig(BigInt(x.get() ^ y.get()));
    if (negX && negY) {
        BigInt cx = -x.get() - 1, cy = -y.get() - 1;
        return intFromBig(BigInt(cx ^ cy)); // ~x ^ ~y == x ^ y
    }
    const BigInt& positive = negX ? y.get() : x.get();
    BigInt complement = -(negX ? x.get() : y.get()) - 1;
    return intFromBig(BigInt(-BigInt(complement ^ positive) - 1)); // ~(~n ^ p)
}

// ---------------------------------------------------------------------------
// pow
// ---------------------------------------------------------------------------

bool powNeedsFloat(IntRef exponent) { return sign(exponent) < 0; }

Int pow(IntRef base, IntRef exponent) {
    SPINDLE_ASSERT(!powNeedsFloat(exponent));
    if (isZero(exponent)) return Int(1);
    // Bases whose powers never grow: answer without looping over the exponent.
    if (base.isSmall() && (base.small() == 0 || base.small() == 1)) return Int(base.small());
    if (base.isSmall() && base.small() == -1) return Int(isOdd(exponent) ? -1 : 1);
    if (!exponent.isSmall()) failMemory();
    uint64_t e = uint64_t(exponent.small());
    if (base.isSmall()) {
        // Square-and-multiply in int64 while nothing overflows.
        int64_t result = 1, square = base.small();
        uint64_t rest = e;
        bool overflow = false;
        while (true) {
            if ((rest & 1) && __builtin_mul_overflow(result, square, &result)) { overflow = true; break; }
            rest >>= 1;
            if (rest == 0) break;
            if (__builtin_mul_overflow(square, square, &square)) { overflow = true; break; }
        }
        if (!overflow) return Int(result);
    }
    // |base| >= 2, so the result has at least (bits - 1) * e + 1 bits.
    uint64_t bits = bitLengthOf(base);
    if (e > kMaxResultBits / (bits - 1)) failMemory();
    BigInt result = 1, square = toBigInt(base);
    while (true) {
        if (e & 1) result *= square;
        e >>= 1;
        if (e == 0) break;
        square *= square;
    }
    return intFromBig(std::move(result));
}

Int powMod(IntRef base, IntRef exponent, IntRef modulus) {
    if (isZero(modulus)) fail(NumericError::Value, "pow() 3rd argument cannot be 0");
    BigInt m = boost::multiprecision::abs(toBigInt(modulus));
    bool negativeModulus = sign(modulus) < 0;
    if (m == 1) return Int(0);
    BigInt b = toBigInt(base) % m; // truncating: fix the sign below
    if (b.sign() < 0) b += m;
    BigInt e = toBigInt(exponent);
    if (e.sign() < 0) {
        b = modInverse(b, m);
        e = -e;
    }
    BigInt result;
    int64_t mm, ee;
    if (bigFitsInt64(m, mm) && bigFitsInt64(e, ee)) {
        uint64_t um = uint64_t(mm), acc = 1 % um, sq = b.convert_to<uint64_t>();
        for (uint64_t rest = uint64_t(ee); rest; rest >>= 1) {
            if (rest & 1) acc = mulMod(acc, sq, um);
            sq = mulMod(sq, sq, um);
        }
        result = acc;
    } else {
        result = boost::multiprecision::powm(b, e, m);
    }
    if (negativeModulus && !result.is_zero()) result -= m;
    return intFromBig(std::move(result));
}

// ---------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------

int sign(IntRef a) {
    if (a.isSmall()) return (a.small() > 0) - (a.small() < 0);
    return a.big().value.sign();
}

bool isZero(IntRef a) { return a.isSmall() ? a.small() == 0 : a.big().value.is_zero(); }

bool isOdd(IntRef a) {
    if (a.isSmall()) return (a.small() & 1) != 0;
    return (a.big().value.backend().limbs()[0] & 1) != 0; // magnitude parity == value parity
}

int compare(IntRef a, IntRef b) {
    if (a.isSmall() && b.isSmall()) return (a.small() > b.small()) - (a.small() < b.small());
    BigOperand x(a), y(b);
    int c = x.get().compare(y.get());
    return (c > 0) - (c < 0);
}

int64_t bitLength(IntRef a) { return int64_t(bitLengthOf(a)); }

int64_t bitCount(IntRef a) {
    if (a.isSmall()) return __builtin_popcountll(magnitudeOf(a.small()));
    const auto& backend = a.big().value.backend();
    int64_t total = 0;
    for (size_t i = 0; i < backend.size(); ++i) total += __builtin_popcountll(backend.limbs()[i]);
    return total;
}

bool toInt64(IntRef a, int64_t& out) {
    if (a.isSmall()) {
        out = a.small();
        return true;
    }
    return bigFitsInt64(a.big().value, out);
}

// ---------------------------------------------------------------------------
// float conversions and hash
// ---------------------------------------------------------------------------

double toDouble(IntRef a) {
    // int64 -> double conversion rounds to nearest-even in hardware.
    if (a.isSmall()) return double(a.small());
    const BigInt& v = a.big().value;
    uint64_t q;
    bool sticky;
    int64_t scale;
    topBits(BigInt(boost::multiprecision::abs(v)), q, sticky, scale);
    double result = roundScaled(q, sticky, scale);
    if (std::isinf(result)) fail(NumericError::Overflow, "int too large to convert to float");
    return v.sign() < 0 ? -result : result;
}

Int fromDouble(double value) {
    if (std::isnan(value)) fail(NumericError::Value, "cannot convert float NaN to integer");
    if (std::isinf(value)) fail(NumericError::Overflow, "cannot convert float infinity to integer");
    double truncated = std::trunc(value);
    if (truncated > -9223372036854775808.0 && truncated < 9223372036854775808.0) return Int(int64_t(truncated));
    // |value| >= 2**63: it is m * 2**e with a 53-bit integer m and e >= 10.
    int exponent;
    double fraction = std::frexp(std::fabs(truncated), &exponent);
    BigInt result = BigInt(uint64_t(std::ldexp(fraction, 53))) << unsigned(exponent - 53);
    if (value < 0) result = -result;
    return intFromBig(std::move(result));
}

int64_t hash(IntRef a) {
    uint64_t residue;
    bool negative;
    if (a.isSmall()) {
        negative = a.small() < 0;
        residue = magnitudeOf(a.small()) % kHashModulus;
    } else {
        // Horner over the 64-bit limbs, most significant first, modulo 2**61 - 1.
        const auto& backend = a.big().value.backend();
        negative = backend.sign();
        unsigned __int128 acc = 0;
        for (size_t i = backend.size(); i-- > 0;) {
            acc = ((acc << 64) | backend.limbs()[i]) % kHashModulus;
        }
        residue = uint64_t(acc);
    }
    int64_t result = negative ? -int64_t(residue) : int64_t(residue);
    return result == -1 ? -2 : result;
}

// ---------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------

std::string toDecimalString(IntRef a, int64_t maxStrDigits) {
    if (a.isSmall()) return std::to_string(a.small());
    const BigInt& v = a.big().value;
    if (maxStrDigits > 0) {
        // A lower bound of the digit count rejects huge values before the
        // quadratic conversion even starts.
        uint64_t bits = bitLengthOf(v);
        double minDigits = std::floor(double(bits - 1) * 0.30102999) + 1;
        if (minDigits > double(maxStrDigits)) fail(NumericError::Value, strDigitsLimitMessage(maxStrDigits));
    }
    std::string text = v.str();
    int64_t digits = int64_t(text.size()) - (v.sign() < 0 ? 1 : 0);
    if (maxStrDigits > 0 && digits > maxStrDigits) fail(NumericError::Value, strDigitsLimitMessage(maxStrDigits));
    return text;
}

std::string toBaseString(IntRef a, int base, bool withPrefix, bool upperCase, int64_t maxStrDigits) {
    if (base == 10) return toDecimalString(a, maxStrDigits);
    SPINDLE_ASSERT(base == 2 || base == 8 || base == 16);
    int bitsPerDigit = base == 2 ? 1 : base == 8 ? 3 : 4;
    // Magnitude as little-endian bytes; power-of-two bases are plain bit slicing.
    std::vector<uint8_t> bytes;
    bool negative = sign(a) < 0;
    if (a.isSmall()) {
        uint64_t m = magnitudeOf(a.small());
        for (int i = 0; i < 8; ++i) bytes.push_back(uint8_t(m >> (8 * i)));
    } else {
        BigInt magnitude = boost::multiprecision::abs(a.big().value);
        boost::multiprecision::export_bits(magnitude, std::back_inserter(bytes), 8, false);
    }
    uint64_t bits = bitLengthOf(a);
    uint64_t digitCount = std::max<uint64_t>(1, (bits + bitsPerDigit - 1) / bitsPerDigit);
    auto bitAt = [&](uint64_t i) -> unsigned {
        return i / 8 < bytes.size() ? (bytes[i / 8] >> (i % 8)) & 1 : 0;
    };
    const char* alphabet = upperCase ? "0123456789ABCDEF" : "0123456789abcdef";
    std::string text;
    text.reserve(digitCount + 3);
    if (negative) text += '-';
    if (withPrefix) {
        text += '0';
        text += base == 2 ? 'b' : base == 8 ? 'o' : 'x';
    }
    for (uint64_t d = digitCount; d-- > 0;) {
        unsigned value = 0;
        for (int k = bitsPerDigit - 1; k >= 0; --k) value = (value << 1) | bitAt(d * bitsPerDigit + uint64_t(k));
        text += alphabet[value];
    }
    return text;
}

// ---------------------------------------------------------------------------
// round(int, ndigits)
// ---------------------------------------------------------------------------

Int round(IntRef a, IntRef ndigits) {
    if (sign(ndigits) >= 0) return a.isSmall() ? Int(a.small()) : intFromBig(a.big().value);
    // 10**n > 2*|a| rounds to 0; checking that on bit lengths also keeps a huge
    // ndigits (CPython would compute 10**(10**20)) from hanging.
    if (!ndigits.isSmall()) return Int(0);
    uint64_t n = magnitudeOf(ndigits.small());
    if (double(n) > double(bitLengthOf(a)) * 0.30103 + 1.0) return Int(0);
    BigInt pow10 = boost::multiprecision::pow(BigInt(10), unsigned(n));
    BigInt q, r;
    floorDivModBig(toBigInt(a), pow10, q, r);
    int c = BigInt(r * 2).compare(pow10);
    if (c > 0 || (c == 0 && (q.backend().limbs()[0] & 1))) q += 1;
    return intFromBig(q * pow10);
}

} // namespace spindle::intops
