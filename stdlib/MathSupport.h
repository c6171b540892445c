// MathSupport.h — what the two halves of the math module share.
//
// MathModule.cpp holds the float functions and creates the module;
// MathIntegers.cpp holds the integer functions (factorial, comb, gcd, isqrt, ...)
// and the aggregates over iterables (fsum, prod). Both convert arguments and
// report errors exactly as CPython's mathmodule.c does, so the helpers live here.
#pragma once

#include "runtime/Ops.h"

namespace spindle {

// PyFloat_AsDouble: a float, an int (OverflowError "int too large to convert to
// float" beyond the float range), an object with __float__, then __index__; else
// "TypeError: must be real number, not str".
double mathReal(ThreadState& ts, Value v);

// operator.index(): an int Value (bool becomes the plain int), the result of
// __index__, or "TypeError: 'float' object cannot be interpreted as an integer".
// Unlike indexOf (Ops.h) the result may be a big int.
Value mathIndex(ThreadState& ts, Value v);

SPINDLE_NORETURN void raiseMathDomainError(ThreadState& ts); // ValueError: math domain error
SPINDLE_NORETURN void raiseMathRangeError(ThreadState& ts);  // OverflowError: math range error

// The argument check of math's positional-only functions of several arguments:
// "math.atan2() takes no keyword arguments", "atan2 expected 2 arguments, got 1".
void mathPositional(ThreadState& ts, const char* name, Args args, size_t min, size_t max);

// Adds factorial, isqrt, comb, perm, gcd, lcm, fsum and prod to the module dict.
void defineMathIntegerFunctions(ThreadState& ts, DictObject* d);

} // namespace spindle
