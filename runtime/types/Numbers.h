// Numbers.h — glue between Values and the pure numeric layer (IntOps.h,
// FloatOps.h): boxing IntOps results as Values, viewing int Values as IntRefs,
// turning NumericError into Python exceptions, and the helpers other builtins
// (pow, round, divmod, abs, hex, bin, ...) share with the int and float types.
#pragma once

#include "runtime/Ops.h"

#include <string>

namespace spindle {

// Forward declarations keep this header light: include runtime/IntOps.h where
// the Int/IntRef types are used.
class Int;
class IntRef;
struct NumericError;

// A normalised Python int as a Value: inline when it fits int64, else a
// BigIntObject. Consumes `value`'s heap box when it has one.
Value makeInt(ThreadState& ts, Int&& value);
Value makeInt(ThreadState& ts, const Int& value);
// View an int Value (inline int, bool or BigIntObject) as an IntRef.
IntRef intRef(Value v);
// Raise the Python exception matching a NumericError.
SPINDLE_NORETURN void raiseNumeric(ThreadState& ts, const NumericError& error);

// Digits of |v| in base 2, 8, 10 or 16 (lowercase, no prefix); `negative` is
// set for v < 0. v must be an int value.
std::string intDigits(ThreadState& ts, Value v, int base, bool& negative);
// repr(float): the shortest text that round-trips, CPython's layout.
std::string floatReprText(double d);
// floatops::formatFloat for the format machinery (type 0 = none; '#' = alternate).
std::string floatFormatText(double d, char type, int precision, bool alternate);
// The value of an int Value when it fits int64 (false for bigger ones).
bool intToInt64(Value intValue, int64_t& out);
// int(d): truncation toward zero; OverflowError for inf, ValueError for nan.
Value intFromDouble(ThreadState& ts, double d);
// int(x) for any x: int/bool/float/str/bytes/__int__/__index__/__trunc__.
Value intFromValue(ThreadState& ts, Value x);
// Parse `text` as int() does with `base` (0 or 2..36); raises CPython's
// "invalid literal for int() with base 10: 'x'".
Value intFromText(ThreadState& ts, std::string_view text, int64_t base);
// float(x) for any x.
Value floatFromValue(ThreadState& ts, Value x);

// Arithmetic used by builtins: pow(a, b, m) (all ints), divmod, abs, round.
Value intPowMod(ThreadState& ts, Value base, Value exponent, Value modulus);
Value numberAbs(ThreadState& ts, Value v);      // int/bool/float only
Value intRound(ThreadState& ts, Value v, Value ndigits);
Value floatRound(ThreadState& ts, double d, Value ndigits); // ndigits empty/None: round to int

// Comparison of an int value with a double, exact (no rounding of big ints).
// Returns -1/0/1, or 2 when d is nan.
int compareIntDouble(Value intValue, double d);

// Store intValue (any int Value) in obj, a BigIntObject of a user int subclass
// (such instances are always boxed, even when small, so they carry their type).
void adoptIntValue(BigIntObject* obj, Value intValue);

// Sign test of an int value (inline or big).
bool isIntNegative(Value intValue);

// hash(float), CPython's exactly.
int64_t floatHash(double d);

} // namespace spindle
