// MersenneTwister.cpp — MT19937 (see MersenneTwister.h).
#include "stdlib/MersenneTwister.h"

namespace spindle {

namespace {

constexpr int kN = MersenneTwister::kStateSize;
constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfu;  // the twist matrix's last row
constexpr uint32_t kUpperMask = 0x80000000u; // the most significant bit
constexpr uint32_t kLowerMask = 0x7fffffffu; // the other 31

// The twist of one pair of words: the top bit of one, the low bits of the next.
inline uint32_t twist(uint32_t upper, uint32_t lower) {
    uint32_t y = (upper & kUpperMask) | (lower & kLowerMask);
    return (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
}

} // namespace

void MersenneTwister::seed(uint32_t s) {
    state[0] = s;
    for (int i = 1; i < kN; i++) {
        // Knuth's multiplier (TAOCP vol. 2, 3rd ed., p. 106); arithmetic mod 2**32.
        state[i] = 1812433253u * (state[i - 1] ^ (state[i - 1] >> 30)) + static_cast<uint32_t>(i);
    }
    index = kN;
}

void MersenneTwister::seedByArray(const uint32_t* key, size_t length) {
    seed(19650218u);
    int i = 1;
    size_t j = 0;
    for (size_t k = length > size_t(kN) ? length : size_t(kN); k > 0; k--) {
        state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
        i++;
        j++;
        if (i >= kN) {
            state[0] = state[kN - 1];
            i = 1;
        }
        if (j >= length) j = 0;
    }
    for (int k = kN - 1; k > 0; k--) {
        state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
        i++;
        if (i >= kN) {
            state[0] = state[kN - 1];
            i = 1;
        }
    }
    state[0] = 0x80000000u; // the top bit set: the state is never all zero
    index = kN;
}

void MersenneTwister::regenerate() {
    int k = 0;
    for (; k < kN - kM; k++) state[k] = state[k + kM] ^ twist(state[k], state[k + 1]);
    for (; k < kN - 1; k++) state[k] = state[k + (kM - kN)] ^ twist(state[k], state[k + 1]);
    state[kN - 1] = state[kM - 1] ^ twist(state[kN - 1], state[0]);
    index = 0;
}

uint32_t MersenneTwister::next() {
    if (index >= kN) regenerate();
    uint32_t y = state[index++];
    // Tempering improves the equidistribution of the output bits.
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

} // namespace spindle
