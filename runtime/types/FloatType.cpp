// FloatType.cpp — float: slots (arithmetic with ints too), float(), methods.
//
// The float slots accept any mix of float and int operands: the int slots
// return NotImplemented when the other side is a float, and the dispatcher then
// calls these with the operands in their original order.
// BigInt.h: Int values (as_integer_ratio) need the complete box type.
#include "runtime/BigInt.h"
#include "runtime/FloatOps.h"
#include "runtime/types/Containers.h"
#include "runtime/types/Format.h"
#include "runtime/types/Numbers.h"
#include "runtime/types/StrCodecs.h"
#include "runtime/types/TypeInit.h"

#include <cmath>

namespace spindle {

namespace {

bool isNumber(Value v) { return v.isFloat() || isIntValue(v); }

StrObject* floatRepr(ThreadState& ts, Value v) { return newStr(ts, floatops::repr(v.asFloat())); }

int64_t floatHashSlot(ThreadState&, Value v) { return floatops::hash(v.asFloat()); }

Value floatCompare(ThreadState& ts, CompareOperator op, Value a, Value b) {
    if (!isNumber(a) || !isNumber(b)) return ts.rt.notImplemented;
    int c;
    if (a.isFloat() && b.isFloat()) {
        double x = a.asFloat(), y = b.asFloat();
        if (std::isnan(x) || std::isnan(y)) return Value::boolean(op == CompareOperator::NE);
        c = (x > y) - (x < y);
    } else if (a.isFloat()) {
        c = compareIntDouble(b, a.asFloat());
        if (c == 2) return Value::boolean(op == CompareOperator::NE);
        c = -c;
    } else {
        c = compareIntDouble(a, b.asFloat());
        if (c == 2) return Value::boolean(op == CompareOperator::NE);
    }
    switch (op) {
    case CompareOperator::LT: return Value::boolean(c < 0);
    case CompareOperator::LE: return Value::boolean(c <= 0);
    case CompareOperator::EQ: return Value::boolean(c == 0);
    case CompareOperator::NE: return Value::boolean(c != 0);
    case CompareOperator::GT: return Value::boolean(c > 0);
    case CompareOperator::GE: return Value::boolean(c >= 0);
    default: SPINDLE_UNREACHABLE();
    }
}

bool floatTruthy(ThreadState&, Value v) { return v.asFloat() != 0.0; }

Value floatBinary(ThreadState& ts, BinaryOperator op, Value a, Value b) {
    if (!isNumber(a) || !isNumber(b)) return ts.rt.notImplemented;
    switch (op) {
    case BinaryOperator::ADD: case BinaryOperator::SUBTRACT: case BinaryOperator::MULTIPLY:
    case BinaryOperator::TRUE_DIVIDE: case BinaryOperator::FLOOR_DIVIDE: case BinaryOperator::MODULO:
    case BinaryOperator::POWER:
        break;
    default:
        return ts.rt.notImplemented;
    }
    double x = toDouble(ts, a), y = toDouble(ts, b);
    try {
        switch (op) {
        case BinaryOperator::ADD: return Value::real(x + y);
        case BinaryOperator::SUBTRACT: return Value::real(x - y);
        case BinaryOperator::MULTIPLY: return Value::real(x * y);
        case BinaryOperator::TRUE_DIVIDE: return Value::real(floatops::trueDiv(x, y));
        case BinaryOperator::FLOOR_DIVIDE: return Value::real(floatops::floorDiv(x, y));
        case BinaryOperator::MODULO: return Value::real(floatops::mod(x, y));
        default: return Value::real(floatops::pow(x, y));
        }
    } catch (const NumericError& e) {
        raiseNumeric(ts, e);
    }
}

Value floatNegate(ThreadState&, Value v) { return Value::real(-v.asFloat()); }
Value floatPositive(ThreadState&, Value v) { return v; }

bool floatGetAttr(ThreadState&, Value obj, StrObject* name, Value& out) {
    std::string_view n = name->view();
    if (n == "real") out = obj;
    else if (n == "imag") out = Value::real(0.0);
    else return false;
    return true;
}

Value floatConstruct(ThreadState& ts, TypeObject*, Args args) {
    if (args.keywordCount()) raiseError(ts, ts.rt.types.TypeError, "float() takes no keyword arguments");
    if (args.count > 1)
        raiseFormat(ts, ts.rt.types.TypeError, "float expected at most 1 argument, got %zu", args.count);
    if (args.count == 0) return Value::real(0.0);
    return floatFromValue(ts, args[0]);
}

// ---- methods ------------------------------------------------------------------------------

Value floatIsInteger(ThreadState& ts, Value v, Args a) {
    requireNoArgs(ts, "float.is_integer", a);
    return Value::boolean(floatops::isInteger(v.asFloat()));
}

Value floatAsIntegerRatio(ThreadState& ts, Value v, Args a) {
    requireNoArgs(ts, "float.as_integer_ratio", a);
    try {
        auto ratio = floatops::asIntegerRatio(v.asFloat());
        Handle n(ts, makeInt(ts, std::move(ratio.first)));
        Handle d(ts, makeInt(ts, std::move(ratio.second)));
        TupleObject* t = newTuple(ts, 2);
        (*t)[0] = n;
        (*t)[1] = d;
        return Value::object(t);
    } catch (const NumericError& e) {
        raiseNumeric(ts, e);
    }
}

Value floatHex(ThreadState& ts, Value v, Args a) {
    requireNoArgs(ts, "float.hex", a);
    return strValue(ts, floatops::toHex(v.asFloat()));
}

// float.fromhex is a class method: defined without an owner so it is not bound.
Value floatFromhex(ThreadState& ts, Value, Args args) {
    requireOneArg(ts, "float.fromhex", args);
    StrObject* s = requireStr(ts, args[0], "fromhex() argument");
    try {
        return Value::real(floatops::fromHex(s->view()));
    } catch (const NumericError& e) {
        raiseNumeric(ts, e);
    }
}

Value floatConjugate(ThreadState& ts, Value v, Args a) {
    requireNoArgs(ts, "float.conjugate", a);
    return v;
}

Value floatDunderFormat(ThreadState& ts, Value v, Args args) {
    requireOneArg(ts, "float.__format__", args);
    return Value::object(formatFloat(ts, v, formatSpecArg(ts, args[0])));
}

Value floatDunderInt(ThreadState& ts, Value v, Args a) {
    requireNoArgs(ts, "float.__int__", a);
    return intFromDouble(ts, v.asFloat());
}

Value floatDunderFloat(ThreadState& ts, Value v, Args a) {
    requireNoArgs(ts, "float.__float__", a);
    return v;
}

} // namespace

void initFloatType(ThreadState& ts) {
    TypeObject* t = ts.rt.types.float_;
    t->slots.repr = floatRepr;
    t->slots.hash = floatHashSlot;
    t->slots.compare = floatCompare;
    t->slots.truthy = floatTruthy;
    t->slots.binary = floatBinary;
    t->slots.negate = floatNegate;
    t->slots.positive = floatPositive;
    t->slots.format = formatFloat;
    t->slots.getAttr = floatGetAttr;
    t->construct = floatConstruct;
    defineMethod(ts, t, "is_integer", floatIsInteger);
    defineMethod(ts, t, "as_integer_ratio", floatAsIntegerRatio);
    defineMethod(ts, t, "hex", floatHex);
    defineMethod(ts, t, "conjugate", floatConjugate);
    defineMethod(ts, t, "__format__", floatDunderFormat);
    defineMethod(ts, t, "__int__", floatDunderInt);
    defineMethod(ts, t, "__trunc__", floatDunderInt);
    defineMethod(ts, t, "__float__", floatDunderFloat);
    defineNative(ts, t->dict, "fromhex", floatFromhex);
}

} // namespace spindle
