// Bytecode.cpp — constant equality for the compiler's constant pool.
#include "interpreter/Bytecode.h"

#include <cstring>

namespace spindle {

// Equal means "the same Python constant": same type and same value, so 1, 1.0 and
// True stay distinct (the variant index differs), and floats compare by bit pattern
// so -0.0 != 0.0 while a NaN literal still equals itself. Code objects are equal
// only when they are the same object.
bool Constant::operator==(const Constant& other) const {
    if (value.index() != other.value.index()) return false;
    return std::visit(
        [&](const auto& mine) -> bool {
            using T = std::decay_t<decltype(mine)>;
            const T& theirs = std::get<T>(other.value);
            if constexpr (std::is_same_v<T, None> || std::is_same_v<T, Ellipsis>) {
                return true;
            } else if constexpr (std::is_same_v<T, double>) {
                return std::memcmp(&mine, &theirs, sizeof(double)) == 0;
            } else if constexpr (std::is_same_v<T, BigIntText>) {
                return mine.decimal == theirs.decimal;
            } else if constexpr (std::is_same_v<T, Str> || std::is_same_v<T, Bytes>) {
                if constexpr (std::is_same_v<T, Str>) return mine.utf8 == theirs.utf8;
                else return mine.bytes == theirs.bytes;
            } else if constexpr (std::is_same_v<T, Tuple>) {
                return mine.items == theirs.items;
            } else {
                return mine == theirs; // bool, int64_t, Code (pointer identity)
            }
        },
        value);
}

} // namespace spindle
