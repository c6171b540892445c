// Value.h — the representation of every Python value the VM touches.
//
// A Value is 16 bytes: a tag and a payload word. None, bools, ints that fit in 64
// bits and floats live inline, so arithmetic on them allocates nothing and the
// eval loop's fast paths are a tag compare plus one machine instruction. Everything
// else is a pointer to a heap Object (see Object.h), owned by the VM's collector.
//
// Why not NaN-boxing (8 bytes)? Python ints are the hot type and NaN-boxing leaves
// ~48 bits for them, so ordinary 64-bit arithmetic (hashes, bit tricks, counters)
// would overflow into heap big ints; a 16-byte value keeps the full int64 range
// inline and keeps overflow checks to one `__builtin_add_overflow`. Values are passed
// in two registers under the SysV ABI, so the cost is mostly memory on stacks.
//
// `empty` is not a Python value: it marks unbound locals, missing dict slots and the
// NULL slot of a method call. It must never escape to Python code.
#pragma once

#include "runtime/Common.h"

#include <cstring>

namespace spindle {

struct Object;

enum class Tag : uint8_t { Empty, None, Bool, Int, Float, Object };

class Value {
public:
    constexpr Value() : tag_(Tag::Empty), bits_(0) {}

    static constexpr Value empty() { return Value(); }
    static constexpr Value none() { return Value(Tag::None, 0); }
    static constexpr Value boolean(bool b) { return Value(Tag::Bool, b ? 1 : 0); }
    static constexpr Value integer(int64_t i) { return Value(Tag::Int, static_cast<uint64_t>(i)); }
    static Value real(double d) {
        uint64_t bits;
        std::memcpy(&bits, &d, sizeof bits);
        return Value(Tag::Float, bits);
    }
    static Value object(Object* o) {
        SPINDLE_DEBUG_ASSERT(o != nullptr);
        return Value(Tag::Object, reinterpret_cast<uint64_t>(o));
    }

    Tag tag() const { return tag_; }
    bool isEmpty() const { return tag_ == Tag::Empty; }
    bool isNone() const { return tag_ == Tag::None; }
    bool isBool() const { return tag_ == Tag::Bool; }
    bool isInt() const { return tag_ == Tag::Int; }
    bool isFloat() const { return tag_ == Tag::Float; }
    bool isObject() const { return tag_ == Tag::Object; }
    // bool is a subclass of int: both take the small-int arithmetic paths.
    bool isIntOrBool() const { return tag_ == Tag::Int || tag_ == Tag::Bool; }

    bool asBool() const { SPINDLE_DEBUG_ASSERT(isBool()); return bits_ != 0; }
    int64_t asInt() const { SPINDLE_DEBUG_ASSERT(isIntOrBool()); return static_cast<int64_t>(bits_); }
    double asFloat() const {
        SPINDLE_DEBUG_ASSERT(isFloat());
        double d;
        std::memcpy(&d, &bits_, sizeof d);
        return d;
    }
    Object* asObject() const { SPINDLE_DEBUG_ASSERT(isObject()); return reinterpret_cast<Object*>(bits_); }
    // The object pointer, or null for inline values.
    Object* objectOrNull() const { return isObject() ? reinterpret_cast<Object*>(bits_) : nullptr; }

    // Identity (Python's `is`): same tag and same payload. Inline ints and floats
    // compare by value, which is what CPython does for small ints and is never
    // observable as wrong for the rest (`is` on numbers is unspecified).
    bool identical(Value other) const { return tag_ == other.tag_ && bits_ == other.bits_; }
    uint64_t rawBits() const { return bits_; }

private:
    constexpr Value(Tag t, uint64_t b) : tag_(t), bits_(b) {}
    Tag tag_;
    uint64_t bits_;
};

static_assert(sizeof(Value) == 16, "Value must stay two words");

} // namespace spindle
