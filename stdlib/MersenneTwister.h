// MersenneTwister.h — the MT19937 generator behind the random module.
//
// The algorithm of Matsumoto and Nishimura's reference implementation
// (mt19937ar), which CPython's _random uses: the same seeding procedures
// (init_genrand, init_by_array) and the same 32-bit outputs, so that a seed
// gives CPython's sequences. Plain C++ with no runtime dependencies, so the
// unit tests check it against the reference outputs directly.
#pragma once

#include <cstddef>
#include <cstdint>

namespace spindle {

class MersenneTwister {
public:
    static constexpr int kStateSize = 624;

    MersenneTwister() { seed(5489); } // the reference's default seed

    // init_genrand: seed from one 32-bit word.
    void seed(uint32_t s);
    // init_by_array: seed from any number of 32-bit words (CPython passes the
    // absolute value of an int seed, least significant word first).
    void seedByArray(const uint32_t* key, size_t length);

    // The next tempered 32-bit output (genrand_int32).
    uint32_t next();

    // A float in [0, 1) with 53 random bits, CPython's random.random():
    // 27 bits of one output and 26 of the next.
    double nextDouble() {
        uint32_t a = next() >> 5, b = next() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    // The raw state, for getstate()/setstate(): 624 words and the position of
    // the next word to temper (624 means "regenerate first").
    uint32_t state[kStateSize];
    int index = kStateSize;

private:
    void regenerate();
};

} // namespace spindle
