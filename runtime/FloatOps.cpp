// FloatOps.cpp — Python float semantics: repr, format, //, %, pow, round, hash.
#include "runtime/FloatOps.h"
#include "runtime/BigInt.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace spindle::floatops {

namespace {

SPINDLE_NORETURN void fail(NumericError::Kind kind, std::string message) {
    throw NumericError{kind, std::move(message)};
}

constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;
constexpr int kHashBits = 61;

// A finite double as sign, decimal digits and the position of the decimal
// point: value = 0.DIGITS * 10**pointPos (so "1234", pointPos 2 is 12.34).
struct Decimal {
    bool negative = false;
    std::string digits;
    int pointPos = 0;
};

// Shortest round-trip digits (significantDigits < 0) or correctly rounded to
// that many significant digits. std::to_chars gives both guarantees.
Decimal toDecimal(double x, int significantDigits) {
    std::string buffer(size_t(std::max(significantDigits, 0)) + 32, '\0');
    char* begin = buffer.data();
    std::to_chars_result result =
        significantDigits < 0
            ? std::to_chars(begin, begin + buffer.size(), x, std::chars_format::scientific)
            : std::to_chars(begin, begin + buffer.size(), x, std::chars_format::scientific, significantDigits - 1);
    SPINDLE_ASSERT(result.ec == std::errc());
    Decimal d;
    const char* p = begin;
    if (*p == '-') {
        d.negative = true;
        ++p;
    }
    for (; p < result.ptr && *p != 'e'; ++p)
        if (*p != '.') d.digits += *p;
    int exponent = 0;
    std::from_chars(p + 1 + (p[1] == '+'), result.ptr, exponent);
    d.pointPos = exponent + 1;
    return d;
}

// "d.ddde+XX" from digits: CPython writes at least two exponent digits.
std::string exponentForm(const Decimal& d, bool forcePoint) {
    std::string out;
    out += d.digits[0];
    if (d.digits.size() > 1 || forcePoint) out += '.';
    out.append(d.digits, 1, std::string::npos);
    int exponent = d.pointPos - 1;
    out += exponent < 0 ? "e-" : "e+";
    int magnitude = std::abs(exponent);
    if (magnitude < 10) out += '0';
    out += std::to_string(magnitude);
    return out;
}

// Plain positional form of the digits, padded with zeros to at least
// `fractionDigits` digits after the point; a trailing "." only if forcePoint.
std::string fixedForm(const Decimal& d, int fractionDigits, bool forcePoint) {
    std::string out;
    if (d.pointPos <= 0) {
        out = "0";
    } else {
        out.append(d.digits, 0, std::min<size_t>(size_t(d.pointPos), d.digits.size()));
        if (int(d.digits.size()) < d.pointPos) out.append(size_t(d.pointPos) - d.digits.size(), '0');
    }
    std::string fraction;
    if (d.pointPos < 0) fraction.append(size_t(-d.pointPos), '0');
    if (int(d.digits.size()) > d.pointPos)
        fraction.append(d.digits, size_t(std::max(d.pointPos, 0)), std::string::npos);
    if (int(fraction.size()) < fractionDigits) fraction.append(size_t(fractionDigits) - fraction.size(), '0');
    if (!fraction.empty() || forcePoint) out += '.';
    out += fraction;
    return out;
}

void stripTrailingZeros(Decimal& d) {
    while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
}

std::string nonFinite(double x, bool upper) {
    if (std::isnan(x)) return upper ? "NAN" : "nan"; // CPython drops a NaN's sign
    std::string s = x < 0 ? "-" : "";
    return s + (upper ? "INF" : "inf");
}

// Flags for the repr-style ('r') layout shared by repr() and format(x, '').
std::string reprLayout(const Decimal& d, bool alternate) {
    std::string body;
    if (d.pointPos <= -4 || d.pointPos > 16) {
        body = exponentForm(d, alternate);
    } else {
        body = fixedForm(d, 1, true); // repr always shows ".0" on integral values
    }
    return (d.negative ? "-" : "") + body;
}

bool allZeroDigits(const std::string& s) {
    for (char c : s)
        if (c >= '1' && c <= '9') return false;
    return true;
}

// x = m * 2**e with an integer m (|m| < 2**53); m == 0 for x == 0.
void splitDouble(double x, uint64_t& mantissa, int& exponent) {
    int e;
    double fraction = std::frexp(std::fabs(x), &e);
    mantissa = uint64_t(std::ldexp(fraction, 53));
    exponent = e - 53;
}

} // namespace

// ---------------------------------------------------------------------------
// repr and format
// ---------------------------------------------------------------------------

std::string repr(double x) {
    if (!std::isfinite(x)) return nonFinite(x, false);
    return reprLayout(toDecimal(x, -1), false);
}

std::string formatFloat(double x, char type, int precision, unsigned flags) {
    bool alternate = (flags & kFormatAlternate) != 0;
    bool upper = type == 'E' || type == 'F' || type == 'G';
    bool percent = type == '%';
    if (percent) x *= 100.0;
    std::string out;
    if (!std::isfinite(x)) {
        out = nonFinite(x, upper);
    } else if (type == '\0' && precision < 0) {
        out = reprLayout(toDecimal(x, -1), alternate);
    } else {
        char kind = char(type | 0x20); // e, f, g; '%' and 'n' mapped below
        if (type == '%') kind = 'f';
        if (type == 'n') kind = 'g';
        // No type with a precision is 'g' that keeps a ".0" and switches to the
        // exponent form one digit earlier (CPython's Py_DTSF_ADD_DOT_0).
        bool addDotZero = type == '\0';
        if (addDotZero) kind = 'g';
        if (precision < 0) precision = 6;
        std::string body;
        bool negative = std::signbit(x);
        if (kind == 'e') {
            Decimal d = toDecimal(x, precision + 1);
            body = exponentForm(d, alternate);
        } else if (kind == 'f') {
            std::string buffer(size_t(precision) + 330, '\0');
            auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), std::fabs(x),
                                        std::chars_format::fixed, precision);
            SPINDLE_ASSERT(result.ec == std::errc());
            body.assign(buffer.data(), result.ptr);
            if (alternate && precision == 0) body += '.';
        } else {
            if (precision == 0) precision = 1;
            Decimal d = toDecimal(x, precision);
            // CPython's rule: exponent form when the point would sit 4+ places
            // left of the digits, or beyond the precision (one earlier for '').
            int pointLimit = addDotZero ? precision - 1 : precision;
            bool useExponent = d.pointPos <= -4 || d.pointPos > pointLimit;
            if (!alternate) stripTrailingZeros(d);
            if (useExponent) {
                body = exponentForm(d, alternate);
            } else {
                int fractionDigits = alternate ? precision - d.pointPos : 0;
                body = fixedForm(d, fractionDigits, alternate);
                if (addDotZero && body.find('.') == std::string::npos) body += ".0";
            }
        }
        if (negative && !((flags & kFormatNoNegativeZero) && allZeroDigits(body))) out = "-";
        out += body;
    }
    if (!std::isfinite(x) || type == '\0') {
        // 'z' also applies to the repr-style layout ("-0.0" -> "0.0").
        if ((flags & kFormatNoNegativeZero) && std::isfinite(x) && out[0] == '-' && allZeroDigits(out)) out.erase(0, 1);
    }
    if (upper) {
        for (char& c : out)
            if (c == 'e') c = 'E';
    }
    if (percent) out += '%';
    return out;
}

// ---------------------------------------------------------------------------
// Division, modulo, pow
// ---------------------------------------------------------------------------

double trueDiv(double a, double b) {
    if (b == 0.0) fail(NumericError::ZeroDivision, "float division by zero");
    return a / b;
}

namespace {

// Python's float divmod without the zero check. fmod is exact; the quotient
// (a - r) / b is then within an ulp of an integer, so floor plus a nudge when
// it lands just below gives the exact floor quotient.
std::pair<double, double> floorDivMod(double a, double b) {
    double remainder = std::fmod(a, b);
    double quotient = (a - remainder) / b;
    if (remainder != 0.0) {
        if ((b < 0) != (remainder < 0)) {
            remainder += b;
            quotient -= 1.0;
        }
    } else {
        remainder = std::copysign(0.0, b); // zero remainder takes b's sign
    }
    double floorQuotient;
    if (quotient != 0.0) {
        floorQuotient = std::floor(quotient);
        if (quotient - floorQuotient > 0.5) floorQuotient += 1.0;
    } else {
        floorQuotient = std::copysign(0.0, a / b);
    }
    return {floorQuotient, remainder};
}

} // namespace

double floorDiv(double a, double b) {
    if (b == 0.0) fail(NumericError::ZeroDivision, "float floor division by zero");
    return floorDivMod(a, b).first;
}

double mod(double a, double b) {
    if (b == 0.0) fail(NumericError::ZeroDivision, "float modulo");
    double remainder = std::fmod(a, b);
    if (remainder != 0.0) {
        if ((b < 0) != (remainder < 0)) remainder += b;
    } else {
        remainder = std::copysign(0.0, b);
    }
    return remainder;
}

std::pair<double, double> divMod(double a, double b) {
    if (b == 0.0) fail(NumericError::ZeroDivision, "float divmod()");
    return floorDivMod(a, b);
}

double pow(double base, double exponent) {
    if (exponent == 0.0) return 1.0; // even nan ** 0
    if (std::isnan(base)) return base;
    if (std::isnan(exponent)) return base == 1.0 ? 1.0 : exponent;
    bool exponentIsOddInteger = std::isfinite(exponent) && std::fmod(std::fabs(exponent), 2.0) == 1.0;
    if (std::isinf(exponent)) {
        double magnitude = std::fabs(base);
        if (magnitude == 1.0) return 1.0;
        return ((exponent > 0) == (magnitude > 1.0)) ? HUGE_VAL : 0.0;
    }
    if (std::isinf(base)) {
        if (base > 0) return exponent > 0 ? base : 0.0;
        if (exponent > 0) return exponentIsOddInteger ? base : -base;
        return exponentIsOddInteger ? -0.0 : 0.0;
    }
    if (base == 0.0) {
        if (exponent < 0) fail(NumericError::ZeroDivision, "0.0 cannot be raised to a negative power");
        return exponentIsOddInteger ? base : 0.0;
    }
    bool negateResult = false;
    if (base < 0.0) {
        if (exponent != std::floor(exponent)) fail(NumericError::Value, "complex numbers are not supported");
        base = -base;
        negateResult = exponentIsOddInteger;
    }
    if (base == 1.0) return negateResult ? -1.0 : 1.0;
    double result = std::pow(base, exponent);
    // CPython reports errno ERANGE as an OverflowError with the errno tuple text.
    if (std::isinf(result)) fail(NumericError::Overflow, "(34, 'Numerical result out of range')");
    return negateResult ? -result : result;
}

// ---------------------------------------------------------------------------
// Rounding
// ---------------------------------------------------------------------------

Int roundToInt(double x) {
    if (!std::isfinite(x)) return intops::fromDouble(x); // throws CPython's errors
    double rounded = std::round(x);                       // halves away from zero...
    if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0); // ...but Python rounds them to even
    return intops::fromDouble(rounded);
}

double round(double x, IntRef ndigitsRef) {
    // Beyond these, no double changes (ndigits > 323) or every double rounds to
    // zero (ndigits < -308): CPython's NDIGITS_MAX / NDIGITS_MIN.
    int64_t ndigits;
    if (!intops::toInt64(ndigitsRef, ndigits)) ndigits = intops::sign(ndigitsRef) > 0 ? 1000 : -1000;
    if (!std::isfinite(x) || x == 0.0 || ndigits > 323) return x;
    if (ndigits < -308) return 0.0 * x;
    // Exact: x = m * 2**e; k = round-half-even(x * 10**ndigits), then k * 10**-ndigits
    // is turned back into the nearest double by the correctly rounded parser.
    uint64_t mantissa;
    int exponent;
    splitDouble(x, mantissa, exponent);
    if (exponent >= 0 && ndigits >= 0) return x; // already an integer
    BigInt numerator = mantissa, denominator = 1;
    if (ndigits >= 0) numerator *= boost::multiprecision::pow(BigInt(10), unsigned(ndigits));
    else denominator = boost::multiprecision::pow(BigInt(10), unsigned(-ndigits));
    if (exponent >= 0) numerator <<= unsigned(exponent);
    else denominator <<= unsigned(-exponent);
    BigInt quotient, remainder;
    boost::multiprecision::divide_qr(numerator, denominator, quotient, remainder);
    int c = BigInt(remainder * 2).compare(denominator);
    if (c > 0 || (c == 0 && (quotient.backend().limbs()[0] & 1))) quotient += 1;
    if (quotient.is_zero()) return std::copysign(0.0, x);
    std::string text = quotient.str() + "e" + std::to_string(-ndigits);
    double result;
    auto parsed = std::from_chars(text.data(), text.data() + text.size(), result);
    if (parsed.ec == std::errc::result_out_of_range || std::isinf(result))
        fail(NumericError::Overflow, "rounded value too large to represent");
    return std::signbit(x) ? -result : result;
}

// ---------------------------------------------------------------------------
// Hash and comparison with ints
// ---------------------------------------------------------------------------

int64_t hash(double x) {
    if (std::isnan(x)) return 0;
    if (std::isinf(x)) return x > 0 ? 314159 : -314159;
    // Python hashes a rational p/q as p * q**-1 mod (2**61 - 1), so the hash of
    // x = m * 2**e is m * 2**e mod P, and since 2**61 == 1 (mod P), 2**e reduces
    // to 2**(e mod 61). This matches hash(int) on integral floats by design.
    uint64_t mantissa;
    int exponent;
    splitDouble(x, mantissa, exponent);
    int shift = ((exponent % kHashBits) + kHashBits) % kHashBits;
    uint64_t residue =
        uint64_t((static_cast<unsigned __int128>(mantissa % kHashModulus) << shift) % kHashModulus);
    int64_t result = x < 0 ? -int64_t(residue) : int64_t(residue);
    return result == -1 ? -2 : result;
}

std::partial_ordering compareWithInt(double x, IntRef i) {
    if (std::isnan(x)) return std::partial_ordering::unordered;
    if (std::isinf(x)) return x > 0 ? std::partial_ordering::greater : std::partial_ordering::less;
    int64_t small;
    if (i.isSmall() && (small = i.small()) >= -(int64_t(1) << 53) && small <= (int64_t(1) << 53))
        return x <=> double(small); // both exact
    double whole = std::trunc(x);
    int c = intops::compare(intops::fromDouble(whole), i);
    if (c != 0) return c < 0 ? std::partial_ordering::less : std::partial_ordering::greater;
    double fraction = x - whole; // exact
    return fraction <=> 0.0;
}

bool isInteger(double x) { return std::isfinite(x) && x == std::floor(x); }

std::pair<Int, Int> asIntegerRatio(double x) {
    if (std::isinf(x)) fail(NumericError::Overflow, "cannot convert Infinity to integer ratio");
    if (std::isnan(x)) fail(NumericError::Value, "cannot convert NaN to integer ratio");
    if (x == 0.0) return {Int(0), Int(1)};
    uint64_t mantissa;
    int exponent;
    splitDouble(x, mantissa, exponent);
    int zeros = __builtin_ctzll(mantissa);
    mantissa >>= zeros;
    exponent += zeros;
    BigInt numerator = mantissa, denominator = 1;
    if (exponent >= 0) numerator <<= unsigned(exponent);
    else denominator <<= unsigned(-exponent);
    if (x < 0) numerator = -numerator;
    return {intFromBig(std::move(numerator)), intFromBig(std::move(denominator))};
}

// ---------------------------------------------------------------------------
// float.hex / float.fromhex
// ---------------------------------------------------------------------------

std::string toHex(double x) {
    if (!std::isfinite(x)) return nonFinite(x, false);
    std::string out = std::signbit(x) ? "-" : "";
    if (x == 0.0) return out + "0x0.0p+0";
    uint64_t bits;
    static_assert(sizeof(bits) == sizeof(x));
    std::memcpy(&bits, &x, sizeof bits);
    uint64_t fraction = bits & ((uint64_t(1) << 52) - 1);
    int biased = int((bits >> 52) & 0x7FF);
    int exponent = biased == 0 ? -1022 : biased - 1023;
    out += biased == 0 ? "0x0." : "0x1.";
    static constexpr char kHex[] = "0123456789abcdef";
    for (int shift = 48; shift >= 0; shift -= 4) out += kHex[(fraction >> shift) & 15];
    out += exponent < 0 ? "p-" : "p+";
    out += std::to_string(std::abs(exponent));
    return out;
}

double fromHex(std::string_view text) {
    auto invalid = []() { fail(NumericError::Value, "invalid hexadecimal floating-point string"); };
    auto isSpace = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    bool negative = false;
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
        negative = text[0] == '-';
        text.remove_prefix(1);
    }
    auto lowerEquals = [&](std::string_view word) {
        if (text.size() != word.size()) return false;
        for (size_t i = 0; i < word.size(); ++i)
            if (char(text[i] | 0x20) != word[i]) return false;
        return true;
    };
    if (lowerEquals("inf") || lowerEquals("infinity")) return negative ? -HUGE_VAL : HUGE_VAL;
    if (lowerEquals("nan")) return std::numeric_limits<double>::quiet_NaN();
    size_t pos = 0;
    if (text.size() >= 2 && text[0] == '0' && (text[1] | 0x20) == 'x') pos = 2;
    auto hexValue = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        c = char(c | 0x20);
        return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
    };
    BigInt digits = 0;
    int64_t scale = 0; // value = digits * 2**scale
    size_t digitCount = 0;
    for (; pos < text.size() && hexValue(text[pos]) >= 0; ++pos, ++digitCount) digits = digits * 16 + hexValue(text[pos]);
    if (pos < text.size() && text[pos] == '.') {
        for (++pos; pos < text.size() && hexValue(text[pos]) >= 0; ++pos, ++digitCount) {
            digits = digits * 16 + hexValue(text[pos]);
            scale -= 4;
        }
    }
    if (digitCount == 0) invalid();
    if (pos < text.size() && (text[pos] | 0x20) == 'p') {
        ++pos;
        bool negativeExponent = false;
        if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) negativeExponent = text[pos++] == '-';
        if (pos >= text.size() || text[pos] < '0' || text[pos] > '9') invalid();
        int64_t exponent = 0;
        for (; pos < text.size() && text[pos] >= '0' && text[pos] <= '9'; ++pos)
            exponent = std::min<int64_t>(exponent * 10 + (text[pos] - '0'), int64_t(1) << 40);
        scale += negativeExponent ? -exponent : exponent;
    }
    if (pos != text.size()) invalid();
    double result = 0.0;
    if (!digits.is_zero()) {
        int64_t bits = intops::bitLength(intFromBig(digits));
        if (bits + scale > 1025) fail(NumericError::Overflow, "hexadecimal value too large to represent as a float");
        if (bits + scale < -1080) {
            result = 0.0;
        } else {
            // Reuse the correctly rounded int paths: digits * 2**scale.
            try {
                if (scale >= 0) {
                    result = intops::toDouble(intFromBig(BigInt(digits << unsigned(scale))));
                } else {
                    result = intops::trueDiv(intFromBig(digits), intFromBig(BigInt(1) << unsigned(-scale)));
                }
            } catch (const NumericError&) {
                fail(NumericError::Overflow, "hexadecimal value too large to represent as a float");
            }
        }
    }
    return negative ? -result : result;
}

} // namespace spindle::floatops
