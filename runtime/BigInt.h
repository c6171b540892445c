// BigInt.h — the arbitrary-precision integer behind Python ints that overflow int64.
//
// Include this only where the big value itself is touched (the int heap object,
// IntOps.cpp, NumberText.cpp): Boost.Multiprecision costs about a second of
// compile time per translation unit. Everything else goes through IntOps.h.
#pragma once

#include "runtime/IntOps.h"

#include <boost/multiprecision/cpp_int.hpp>

namespace spindle {

using BigInt = boost::multiprecision::cpp_int;

// The opaque box IntOps.h forward-declares, so hot headers need no Boost.
struct BigIntBox {
    BigInt value;
};

// Normalises: a value that fits int64 comes back small.
Int intFromBig(BigInt value);

// True when value fits in int64 (and stores it).
bool bigFitsInt64(const BigInt& value, int64_t& out);

// The exact value of an operand as a BigInt (copies a big operand).
BigInt toBigInt(IntRef a);

} // namespace spindle
