// BigInt.cpp — the owned Int result type and BigInt <-> int64 normalisation.
#include "runtime/BigInt.h"

namespace spindle {

bool bigFitsInt64(const BigInt& value, int64_t& out) {
    // Look at the limbs directly: comparing against INT64_MIN/MAX as BigInts
    // would build temporaries on every arithmetic result.
    const auto& backend = value.backend();
    if (backend.size() > 1) return false;
    static_assert(sizeof(boost::multiprecision::limb_type) == 8, "64-bit limbs expected");
    uint64_t magnitude = backend.limbs()[0];
    if (backend.sign()) {
        if (magnitude > (uint64_t(1) << 63)) return false;
        out = int64_t(0 - magnitude); // wraps correctly for 2**63
        return true;
    }
    if (magnitude > uint64_t(INT64_MAX)) return false;
    out = int64_t(magnitude);
    return true;
}

Int intFromBig(BigInt value) {
    int64_t small;
    if (bigFitsInt64(value, small)) return Int(small);
    return Int::fromBox(std::make_unique<BigIntBox>(BigIntBox{std::move(value)}));
}

BigInt toBigInt(IntRef a) {
    if (a.isSmall()) return BigInt(a.small());
    return a.big().value;
}

Int Int::fromBox(std::unique_ptr<BigIntBox> box) {
    SPINDLE_ASSERT(box);
    int64_t small;
    if (bigFitsInt64(box->value, small)) return Int(small);
    Int result;
    result.big_ = std::move(box);
    return result;
}

Int::Int(const Int& other) : small_(other.small_) {
    if (other.big_) big_ = std::make_unique<BigIntBox>(*other.big_);
}

Int::Int(Int&& other) noexcept = default;

Int& Int::operator=(const Int& other) {
    if (this != &other) {
        small_ = other.small_;
        big_ = other.big_ ? std::make_unique<BigIntBox>(*other.big_) : nullptr;
    }
    return *this;
}

Int& Int::operator=(Int&& other) noexcept = default;

Int::~Int() = default;

} // namespace spindle
