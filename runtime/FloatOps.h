// FloatOps.h — Python float semantics on plain doubles.
//
// Pure functions: errors throw NumericError with CPython 3.11's messages.
// Arithmetic that cannot fail (+ - * on doubles, comparisons of two floats) is
// left to the VM's inline code; what lives here is what Python defines
// differently from C (floor division, modulo, pow, rounding, repr, hashing).
#pragma once

#include "runtime/IntOps.h"

#include <compare>
#include <string>
#include <string_view>
#include <utility>

namespace spindle::floatops {

// repr(x) / str(x): shortest round-trip digits, exponent form when the decimal
// exponent is < -4 or >= 16 ("1e-05", "1e+16", "0.30000000000000004", "-0.0").
std::string repr(double x);

// Flags for formatFloat.
enum FormatFlags : unsigned {
    kFormatNone = 0,
    kFormatAlternate = 1,     // '#': always a decimal point; 'g' keeps trailing zeros
    kFormatNoNegativeZero = 2 // 'z' (3.11): a result that rounds to zero loses its '-'
};

// The digits part of format(x, spec) and '%' formatting: type is one of
// 'e' 'E' 'f' 'F' 'g' 'G' 'n' '%' or '\0' (no type); precision < 0 means none.
// The result carries a '-' for negative values (and -0.0) but never '+' or ' ',
// and no width/fill/alignment/grouping: those belong to the caller.
std::string formatFloat(double x, char type, int precision, unsigned flags = kFormatNone);

double trueDiv(double a, double b);  // ZeroDivision: "float division by zero"
double floorDiv(double a, double b); // ZeroDivision: "float floor division by zero"
double mod(double a, double b);      // ZeroDivision: "float modulo"
std::pair<double, double> divMod(double a, double b); // ZeroDivision: "float divmod()"

// a ** b with CPython's special cases. A negative base to a fractional power is
// complex in CPython: here a Value error "complex numbers are not supported".
double pow(double base, double exponent);

// round(x) -> int, half to even. inf/nan: CPython's conversion errors.
Int roundToInt(double x);
// round(x, ndigits), correctly rounded as CPython (exact decimal rounding,
// half-even). Overflow: "rounded value too large to represent".
double round(double x, IntRef ndigits);

// hash(x) exactly as CPython: integral floats hash like the equal int.
// NaN: CPython 3.11 hashes a NaN by object identity; a pure function cannot,
// so this returns 0 and the VM may substitute the object's identity hash.
int64_t hash(double x);

// Exact comparison of a float with an int (2**53 + 1 != float(2**53)).
// NaN compares unordered.
std::partial_ordering compareWithInt(double x, IntRef i);

bool isInteger(double x);
// float.as_integer_ratio(): lowest terms, positive denominator.
std::pair<Int, Int> asIntegerRatio(double x);

// float.hex() and float.fromhex().
std::string toHex(double x);
double fromHex(std::string_view text);

} // namespace spindle::floatops
