// IntOps.h — Python int semantics on top of an inline int64 / heap BigInt split.
//
// The VM keeps a Python int inline as int64_t whenever it fits and only boxes a
// BigInt when it does not. This header is what the VM's hot path includes, so it
// deliberately does NOT include Boost.Multiprecision (heavy to compile): BigInt
// only appears behind the opaque `BigIntBox` (defined in runtime/BigInt.h).
//
// Layering: this is pure arithmetic. It knows nothing about objects, the GC or
// Python exception objects; failures throw `NumericError`, which the VM turns
// into ZeroDivisionError / OverflowError / ValueError / MemoryError. The messages
// are exactly CPython 3.11's.
#pragma once

#include "runtime/Common.h"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>

namespace spindle {

struct NumericError {
    // Memory is not in the original brief: CPython raises a bare MemoryError for
    // results that cannot possibly be allocated (`1 << 10**19`, `2 ** 10**30`).
    // We detect those up front instead of trying, which would hang or abort.
    enum Kind { ZeroDivision, Overflow, Value, Memory } kind;
    std::string message;
};

// CPython 3.11's default for sys.set_int_max_str_digits(); 0 means "no limit".
inline constexpr int64_t kDefaultMaxStrDigits = 4300;

struct BigIntBox; // { BigInt value; } — see runtime/BigInt.h

// A borrowed view of one Python int operand: small when there is no box.
// Cheap to pass by value; the box must outlive the view.
class IntRef {
public:
    IntRef(int64_t value) : small_(value), big_(nullptr) {} // NOLINT: implicit on purpose
    IntRef(const BigIntBox& box) : small_(0), big_(&box) {} // NOLINT

    bool isSmall() const { return big_ == nullptr; }
    int64_t small() const { SPINDLE_DEBUG_ASSERT(isSmall()); return small_; }
    const BigIntBox& big() const { SPINDLE_DEBUG_ASSERT(!isSmall()); return *big_; }

private:
    int64_t small_;
    const BigIntBox* big_;
};

// An owned Python int result. Always normalised: a value that fits int64 is small,
// so `isSmall()` is the VM's "can stay inline" test.
class Int {
public:
    Int() : small_(0) {}
    Int(int64_t value) : small_(value) {} // NOLINT: implicit, results are often small
    static Int fromSmall(int64_t value) { return Int(value); }
    // Takes ownership of a big value and normalises it (small if it fits).
    static Int fromBox(std::unique_ptr<BigIntBox> box);

    Int(const Int& other);
    Int(Int&& other) noexcept;
    Int& operator=(const Int& other);
    Int& operator=(Int&& other) noexcept;
    ~Int();

    bool isSmall() const { return big_ == nullptr; }
    bool fitsSmall() const { return isSmall(); }
    int64_t small() const { SPINDLE_DEBUG_ASSERT(isSmall()); return small_; }
    const BigIntBox& big() const { SPINDLE_DEBUG_ASSERT(!isSmall()); return *big_; }
    // Hands the heap value to the caller (e.g. to move it into a GC object).
    std::unique_ptr<BigIntBox> takeBig() { SPINDLE_DEBUG_ASSERT(!isSmall()); return std::move(big_); }
    IntRef ref() const { return isSmall() ? IntRef(small_) : IntRef(*big_); }
    operator IntRef() const { return ref(); } // NOLINT

private:
    int64_t small_;
    std::unique_ptr<BigIntBox> big_;
};

namespace intops {

// ---------------------------------------------------------------------------
// Inline int64 fast paths. Each returns false when the result does not fit in
// int64; the caller then falls back to the out-of-line function of the same name.
// ---------------------------------------------------------------------------
SPINDLE_FORCEINLINE bool addSmall(int64_t a, int64_t b, int64_t& out) { return !__builtin_add_overflow(a, b, &out); }
SPINDLE_FORCEINLINE bool subSmall(int64_t a, int64_t b, int64_t& out) { return !__builtin_sub_overflow(a, b, &out); }
SPINDLE_FORCEINLINE bool mulSmall(int64_t a, int64_t b, int64_t& out) { return !__builtin_mul_overflow(a, b, &out); }

// Python floor division; b must be non-zero (the caller raises ZeroDivisionError).
// The only overflow is INT64_MIN // -1.
SPINDLE_FORCEINLINE bool floorDivSmall(int64_t a, int64_t b, int64_t& out) {
    SPINDLE_DEBUG_ASSERT(b != 0);
    if (SPINDLE_UNLIKELY(b == -1)) return !__builtin_sub_overflow(int64_t(0), a, &out);
    int64_t q = a / b;
    // C++ truncates toward zero; Python floors: step down when the signs differ
    // and the division was inexact.
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    out = q;
    return true;
}

// Python modulo (result has the sign of b); b must be non-zero. Never overflows.
SPINDLE_FORCEINLINE int64_t modSmall(int64_t a, int64_t b) {
    SPINDLE_DEBUG_ASSERT(b != 0);
    if (SPINDLE_UNLIKELY(b == -1)) return 0; // INT64_MIN % -1 is UB in C++
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

SPINDLE_FORCEINLINE bool negSmall(int64_t a, int64_t& out) { return !__builtin_sub_overflow(int64_t(0), a, &out); }

// Python's `a < b` etc. for two inline ints is just the C++ comparison.

// ---------------------------------------------------------------------------
// General operations: any mix of small and big operands, normalised results.
// ---------------------------------------------------------------------------
Int add(IntRef a, IntRef b);
Int sub(IntRef a, IntRef b);
Int mul(IntRef a, IntRef b);
Int floorDiv(IntRef a, IntRef b); // ZeroDivision: "integer division or modulo by zero"
Int mod(IntRef a, IntRef b);      // ZeroDivision: "integer modulo by zero"
std::pair<Int, Int> divMod(IntRef a, IntRef b); // ZeroDivision: "integer division or modulo by zero"
// a / b correctly rounded (round-half-even) even for huge operands.
double trueDiv(IntRef a, IntRef b);

Int neg(IntRef a);
Int abs(IntRef a);
Int invert(IntRef a); // ~a == -a - 1

// Python shifts: arithmetic (floor) right shift; negative count is a ValueError.
Int lshift(IntRef a, IntRef count);
Int rshift(IntRef a, IntRef count);
// Bitwise ops with Python's infinite two's complement view of negative numbers.
Int bitAnd(IntRef a, IntRef b);
Int bitOr(IntRef a, IntRef b);
Int bitXor(IntRef a, IntRef b);

// a ** b for b >= 0. Python computes int ** negative int in float: check
// powNeedsFloat first and use floatops::pow(toDouble(a), toDouble(b)) then.
bool powNeedsFloat(IntRef exponent);
Int pow(IntRef base, IntRef exponent);
// pow(base, exponent, modulus) incl. negative exponents via the modular inverse.
Int powMod(IntRef base, IntRef exponent, IntRef modulus);

// -1, 0 or 1.
int compare(IntRef a, IntRef b);
int sign(IntRef a);
bool isZero(IntRef a);
bool isOdd(IntRef a);
int64_t bitLength(IntRef a); // int.bit_length(); of |a|
int64_t bitCount(IntRef a);  // int.bit_count(); popcount of |a|

// Correctly rounded (half-even). Overflow: "int too large to convert to float".
double toDouble(IntRef a);
// Truncates toward zero. inf: Overflow, nan: Value (CPython's messages).
Int fromDouble(double value);

// hash(int) exactly as CPython on 64-bit: sign * (|a| mod (2**61 - 1)), -1 -> -2.
int64_t hash(IntRef a);

// str(int). Decimal conversion is quadratic, so like CPython 3.11 it refuses more
// than maxStrDigits digits (0 = unlimited) with CPython's ValueError message.
std::string toDecimalString(IntRef a, int64_t maxStrDigits = kDefaultMaxStrDigits);
// Base 2, 8, 16 (any size, linear time) or 10 (subject to the digit limit).
// withPrefix gives bin()/oct()/hex(): "-0b101", "0o10", "-0xff".
std::string toBaseString(IntRef a, int base, bool withPrefix, bool upperCase = false,
                         int64_t maxStrDigits = kDefaultMaxStrDigits);

// round(a, ndigits): for ndigits >= 0 returns a; else rounds half-even to a
// multiple of 10**-ndigits.
Int round(IntRef a, IntRef ndigits);

// Exact value as int64 when it fits (always for a normalised Int that isSmall()).
bool toInt64(IntRef a, int64_t& out);

} // namespace intops
} // namespace spindle
