// Sha512.h — SHA-512 (FIPS 180-4), for random.seed() of str and bytes.
//
// CPython seeds from a str or bytes `a` with the int whose big-endian bytes are
// a + sha512(a).digest(); Spindle needs the same digest to give the same
// sequences, and has no hashlib to borrow it from.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace spindle {

std::array<uint8_t, 64> sha512(std::string_view data);

} // namespace spindle
