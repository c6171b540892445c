// RandomSupport.h — what the two halves of the random module share.
//
// RandomModule.cpp holds the generator's core (the Random type, seeding, state,
// random(), getrandbits()) and creates the module; RandomMethods.cpp holds the
// algorithms CPython writes in Python in Lib/random.py (randrange, choice,
// shuffle, sample, choices and the distributions), reimplemented natively with
// the same steps, so that they consume the generator's outputs exactly as
// CPython does and a seed gives CPython's results.
#pragma once

#include "runtime/Ops.h"
#include "stdlib/MersenneTwister.h"

#include <span>

namespace spindle {

// An instance of random.Random: the generator and gauss()'s cached value.
struct RandomObject : NativeObject {
    MersenneTwister mt;
    Value gaussNext = Value::none(); // None or a float: nothing to trace, but kept general
    void trace(Heap& heap) override { heap.mark(gaussNext); }
};

// The receiver of a Random method: the runtime only calls a method of the
// Random type with an instance of it (the type cannot be subclassed).
inline RandomObject* randomSelf(Value self) {
    return static_cast<RandomObject*>(static_cast<NativeObject*>(self.asObject()));
}

// getrandbits(k) as a Python int, for any k >= 0.
Value randomBits(ThreadState& ts, RandomObject* r, int64_t k);
// _randbelow(n): a uniform int in [0, n) for an int Value n > 0, by CPython's
// rejection sampling of n.bit_length() random bits.
Value randomBelow(ThreadState& ts, RandomObject* r, Value n);
// The same for n that fits int64, without boxing.
int64_t randomBelowSmall(RandomObject* r, int64_t n);

struct RandomMethod {
    const char* name;
    NativeFn fn;
};
// The methods of RandomMethods.cpp, also exported as module-level functions.
std::span<const RandomMethod> randomAlgorithmMethods();

} // namespace spindle
