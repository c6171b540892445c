// Operators.h — Python's binary and comparison operators, one table each.
// The bytecode (interpreter/Opcodes.h) derives its BINARY_*, INPLACE_* and
// COMPARE_* instructions from these rows; the runtime uses them for dunder
// names and error messages.
#pragma once

#include <cstdint>

// The binary operators, one row each: (suffix, symbol, dunder, reflected dunder,
// in-place dunder). Feeds the BINARY_* and INPLACE_* opcodes, the dunder lookup
// and the "unsupported operand type(s) for +: 'int' and 'str'" message.
#define SPINDLE_BINARY_OPERATORS(X)                                    \
    X(ADD, "+", "__add__", "__radd__", "__iadd__")                     \
    X(SUBTRACT, "-", "__sub__", "__rsub__", "__isub__")                \
    X(MULTIPLY, "*", "__mul__", "__rmul__", "__imul__")                \
    X(TRUE_DIVIDE, "/", "__truediv__", "__rtruediv__", "__itruediv__") \
    X(FLOOR_DIVIDE, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__") \
    X(MODULO, "%", "__mod__", "__rmod__", "__imod__")                  \
    X(POWER, "**", "__pow__", "__rpow__", "__ipow__")                  \
    X(MATRIX_MULTIPLY, "@", "__matmul__", "__rmatmul__", "__imatmul__") \
    X(LSHIFT, "<<", "__lshift__", "__rlshift__", "__ilshift__")        \
    X(RSHIFT, ">>", "__rshift__", "__rrshift__", "__irshift__")        \
    X(AND, "&", "__and__", "__rand__", "__iand__")                     \
    X(OR, "|", "__or__", "__ror__", "__ior__")                         \
    X(XOR, "^", "__xor__", "__rxor__", "__ixor__")

// Rich comparisons: (suffix, symbol, dunder, reflected dunder).
#define SPINDLE_COMPARE_OPERATORS(X)           \
    X(LT, "<", "__lt__", "__gt__")             \
    X(LE, "<=", "__le__", "__ge__")            \
    X(EQ, "==", "__eq__", "__eq__")            \
    X(NE, "!=", "__ne__", "__ne__")            \
    X(GT, ">", "__gt__", "__lt__")             \
    X(GE, ">=", "__ge__", "__le__")

namespace spindle {

enum class BinaryOperator : uint8_t {
#define SPINDLE_BINOP_ENUM(name, sym, d, rd, id) name,
    SPINDLE_BINARY_OPERATORS(SPINDLE_BINOP_ENUM)
#undef SPINDLE_BINOP_ENUM
    Count_
};

enum class CompareOperator : uint8_t {
#define SPINDLE_CMPOP_ENUM(name, sym, d, rd) name,
    SPINDLE_COMPARE_OPERATORS(SPINDLE_CMPOP_ENUM)
#undef SPINDLE_CMPOP_ENUM
    Count_
};

const char* binaryOperatorSymbol(BinaryOperator op);
const char* compareOperatorSymbol(CompareOperator op);

} // namespace spindle
