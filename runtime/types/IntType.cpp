// IntType.cpp — int and bool: slots, int()/bool(), methods.
//
// Ints are inline int64 Values when they fit and BigIntObjects otherwise; every
// result goes through makeInt, which normalises. bool is an int subclass whose
// values are inline Bool Values; it shares int's slots except repr and the
// bitwise operators on two bools, which stay bool.
#include "runtime/BigInt.h"
#include "runtime/FloatOps.h"
#include "runtime/types/Containers.h"
#include "runtime/types/Format.h"
#include "runtime/types/Numbers.h"
#include "runtime/types/TypeInit.h"

#include <cmath>

namespace spindle {

namespace {

Value intResult(ThreadState& ts, Int&& r) { return makeInt(ts, std::move(r)); }

StrObject* intRepr(ThreadState& ts, Value v) {
    if (v.isIntOrBool()) {
        char buf[24];
        int n = std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v.asInt()));
        return newStr(ts, std::string_view(buf, n));
    }
    try {
        return newStr(ts, intops::toDecimalString(intRef(v)));
    } catch (const NumericError& e) {
        raiseNumeric(ts, e);
    }
}

StrObject* boolRepr(ThreadState& ts, Value v) {
    return intern(ts, v.asInt() ? "True" : "False");
}

int64_t intHash(ThreadState&, Value v) { return intops::hash(intRef(v)); }

Value compareResult(CompareOperator op, int c) {
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

Value intCompare(ThreadState& ts, CompareOperator op, Value a, Value b) {
    if (isIntValue(a) && isIntValue(b)) {
        if (a.isIntOrBool() && b.isIntOrBool()) {
            int64_t x = a.asInt(), y = b.asInt();
            return compareResult(op, (x > y) - (x < y));
        }
        return compareResult(op, intops::compare(intRef(a), intRef(b)));
    }
    // Mixed int/float: exact, so 2**53 + 1 != float(2**53).
    if (isIntValue(a) && b.isFloat()) {
        int c = compareIntDouble(a, b.asFloat());
        if (c == 2) return Value::boolean(op == CompareOperator::NE);
        return compareResult(op, c);
    }
    if (a.isFloat() && isIntValue(b)) {
        int c = compareIntDouble(b, a.asFloat());
        if (c == 2) return Value::boolean(op == CompareOperator::NE);
        return compareResult(op, -c);
    }
    return ts.rt.notImplemented;
}

bool intTruthy(ThreadState&, Value v) { return v.isIntOrBool() ? v.asInt() != 0 : true; }

Value intBinary(ThreadState& ts, BinaryOperator op, Value a, Value b) {
    if (!isIntValue(a) || !isIntValue(b)) return ts.rt.notImplemented;
    try {
        if (a.isBool() && b.isBool()) {
            switch (op) {
            case BinaryOperator::AND: return Value::boolean(a.asBool() && b.asBool());
            case BinaryOperator::OR: return Value::boolean(a.asBool() || b.asBool());
            case BinaryOperator::XOR: return Value::boolean(a.asBool() != b.asBool());
            default: break;
            }
        }
        bool small = a.isIntOrBool() && b.isIntOrBool();
        int64_t x = small ? a.asInt() : 0, y = small ? b.asInt() : 0, r;
        switch (op) {
        case BinaryOperator::ADD:
            if (small && intops::addSmall(x, y, r)) return Value::integer(r);
            return intResult(ts, intops::add(intRef(a), intRef(b)));
        case BinaryOperator::SUBTRACT:
            if (small && intops::subSmall(x, y, r)) return Value::integer(r);
            return intResult(ts, intops::sub(intRef(a), intRef(b)));
        case BinaryOperator::MULTIPLY:
            if (small && intops::mulSmall(x, y, r)) return Value::integer(r);
            return intResult(ts, intops::mul(intRef(a), intRef(b)));
        case BinaryOperator::TRUE_DIVIDE:
            return Value::real(intops::trueDiv(intRef(a), intRef(b)));
        case BinaryOperator::FLOOR_DIVIDE:
            if (small && y != 0 && intops::floorDivSmall(x, y, r)) return Value::integer(r);
            return intResult(ts, intops::floorDiv(intRef(a), intRef(b)));
        case BinaryOperator::MODULO:
            if (small && y != 0) return Value::integer(intops::modSmall(x, y));
            return intResult(ts, intops::mod(intRef(a), intRef(b)));
        case BinaryOperator::POWER:
            if (intops::powNeedsFloat(intRef(b)))
                return Value::real(floatops::pow(intops::toDouble(intRef(a)), intops::toDouble(intRef(b))));
            return intResult(ts, intops::pow(intRef(a), intRef(b)));
        case BinaryOperator::LSHIFT:
            if (small && y >= 0 && y < 63 && x >= 0 && (x >> (62 - y)) == 0) return Value::integer(x << y);
            return intResult(ts, intops::lshift(intRef(a), intRef(b)));
        case BinaryOperator::RSHIFT:
            if (small && y >= 0) return Value::integer(y >= 64 ? (x < 0 ? -1 : 0) : (x >> y));
            return intResult(ts, intops::rshift(intRef(a), intRef(b)));
        case BinaryOperator::AND:
            if (small) return Value::integer(x & y);
            return intResult(ts, intops::bitAnd(intRef(a), intRef(b)));
        case BinaryOperator::OR:
            if (small) return Value::integer(x | y);
            return intResult(ts, intops::bitOr(intRef(a), intRef(b)));
        case BinaryOperator::XOR:
            if (small) return Value::integer(x ^ y);
            return intResult(ts, intops::bitXor(intRef(a), intRef(b)));
        default:
            return ts.rt.notImplemented;
        }
    } catch (const NumericError& e) {
        raiseNumeric(ts, e);
    }
}

Value intNegate(ThreadState& ts, Value v) {
    int64_t r;
    if (v.isIntOrBool() && intops::negSmall(v.asInt(), r)) return Value::integer(r);
    return intResult(ts, intops::neg(intRef(v)));
}

Value intPositive(ThreadState& ts, Value v) {
    if (v.isIntOrBool()) return Value::integer(v.asInt());
    if (v.asObject()->type == ts.rt.types.int_) return v;
    return intResult(ts, intops::add(intRef(v), 0));
}

Value intInvert(ThreadState& ts, Value v) {
    if (v.isIntOrBool()) return Value::integer(~v.asInt());
    return intResult(ts, intops::invert(intRef(v)));
}

int64_t intIndex(ThreadState& ts, Value v) {
    if (v.isIntOrBool()) return v.asInt();
    int64_t out;
    if (intops::toInt64(intRef(v), out)) return out;
    raiseError(ts, ts.rt.types.IndexError, "cannot fit 'int' into an index-sized integer");
}

// A plain int with the same value (bool and int subclasses become int).
Value exactInt(ThreadState& ts, Value v) { return intPositive(ts, v); }

bool intGetAttr(ThreadState& ts, Value obj, StrObject* name, Value& out) {
    std::string_view n = name->view();
    if (n == "real" || n == "numerator") out = exactInt(ts, obj);
    else if (n == "imag") out = Value::integer(0);
    else if (n == "denominator") out = Value::integer(1);
    else return false;
    return true;
}

Value intConstruct(ThreadState& ts, TypeObject* type, Args args) {
    Value x, base;
    size_t positional = args.positionalCount();
    if (args.count > 2) raiseFormat(ts, ts.rt.types.TypeError, "int() takes at most 2 arguments (%zu given)", args.count);
    if (positional > 0) x = args[0];
    if (positional > 1) base = args[1];
    for (size_t k = 0; k < args.keywordCount(); ++k) {
        std::string_view kw = as<StrObject>((*args.kwnames)[k])->view();
        if (kw != "base")
            raiseFormat(ts, ts.rt.types.TypeError, "'%.*s' is an invalid keyword argument for int()",
                        static_cast<int>(kw.size()), kw.data());
        if (!base.isEmpty())
            raiseError(ts, ts.rt.types.TypeError, "argument for int() given by name ('base') and position (2)");
        base = args[positional + k];
    }
    Value result;
    if (x.isEmpty()) {
        if (!base.isEmpty()) raiseError(ts, ts.rt.types.TypeError, "int() missing string argument");
        result = Value::integer(0);
    } else if (base.isEmpty()) {
        result = intFromValue(ts, x);
    } else {
        int64_t b = indexOf(ts, base);
        if (b != 0 && (b < 2 || b > 36))
            raiseError(ts, ts.rt.types.ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (StrObject* s = asOrNull<StrObject>(x)) result = intFromText(ts, s->view(), b);
        else if (BytesObject* bs = asOrNull<BytesObject>(x)) result = intFromText(ts, bs->view(), b);
        else raiseError(ts, ts.rt.types.TypeError, "int() can't convert non-string with explicit base");
    }
    if (type != ts.rt.types.int_) {
        BigIntObject* obj = ts.rt.heap.make<BigIntObject>(type, 0);
        adoptIntValue(obj, result);
        return Value::object(obj);
    }
    return result;
}

Value boolConstruct(ThreadState& ts, TypeObject*, Args args) {
    if (args.keywordCount()) raiseError(ts, ts.rt.types.TypeError, "bool() takes no keyword arguments");
    if (args.count > 1) raiseFormat(ts, ts.rt.types.TypeError, "bool expected at most 1 argument, got %zu", args.count);
    return Value::boolean(args.count == 1 && truthy(ts, args[0]));
}

// ---- methods ------------------------------------------------------------------------------

Value intBitLength(ThreadState& ts, Value v, Args a) {
    requireNoArgs(ts, "int.bit_length", a);
    return Value::integer(intops::bitLength(intRef(v)));
}

Value intBitCount(ThreadState& ts, Value v, Args a) {
    requireNoArgs(ts, "int.bit_count", a);
    return Value::integer(intops::bitCount(intRef(v)));
}

Value intConjugate(ThreadState& ts, Value v, Args a) {
    requireNoArgs(ts, "int.conjugate", a);
    return exactInt(ts, v);
}

Value intAsIntegerRatio(ThreadState& ts, Value v, Args a) {
    requireNoArgs(ts, "int.as_integer_ratio", a);
    Value n = exactInt(ts, v);
    Handle keep(ts, n);
    TupleObject* t = newTuple(ts, 2);
    (*t)[0] = n;
    (*t)[1] = Value::integer(1);
    return Value::object(t);
}

Value intDunderFormat(ThreadState& ts, Value v, Args args) {
    requireOneArg(ts, "int.__format__", args);
    return Value::object(formatInt(ts, v, formatSpecArg(ts, args[0])));
}

Value intDunderIndex(ThreadState& ts, Value v, Args a) {
    requireNoArgs(ts, "int.__index__", a);
    return exactInt(ts, v);
}

Value intDunderFloat(ThreadState& ts, Value v, Args a) {
    requireNoArgs(ts, "int.__float__", a);
    return Value::real(toDouble(ts, v));
}

// Parse (length=1, byteorder='big', *, signed=False) / (bytes, byteorder='big', *, signed=False).
void bytesArgs(ThreadState& ts, const char* fname, const char* firstName, Args args, Value& first, bool& little,
               bool& isSigned) {
    size_t positional = args.positionalCount();
    if (positional > 2)
        raiseFormat(ts, ts.rt.types.TypeError, "%s() takes at most 2 positional arguments (%zu given)", fname,
                    positional);
    Value order;
    if (positional > 0) first = args[0];
    if (positional > 1) order = args[1];
    Value sign;
    for (size_t k = 0; k < args.keywordCount(); ++k) {
        std::string_view kw = as<StrObject>((*args.kwnames)[k])->view();
        Value val = args[positional + k];
        if (kw == firstName && first.isEmpty()) first = val;
        else if (kw == "byteorder" && order.isEmpty()) order = val;
        else if (kw == "signed" && sign.isEmpty()) sign = val;
        else
            raiseFormat(ts, ts.rt.types.TypeError, "%s() got an unexpected keyword argument '%.*s'", fname,
                        static_cast<int>(kw.size()), kw.data());
    }
    little = false;
    if (!order.isEmpty()) {
        StrObject* o = asOrNull<StrObject>(order);
        if (!o) raiseTypeMismatch(ts, "byteorder must be str", order);
        if (o->view() == "little") little = true;
        else if (o->view() != "big")
            raiseError(ts, ts.rt.types.ValueError, "byteorder must be either 'little' or 'big'");
    }
    isSigned = !sign.isEmpty() && truthy(ts, sign);
}

Value intToBytes(ThreadState& ts, Value v, Args args) {
    Value lengthArg;
    bool little, isSigned;
    bytesArgs(ts, "to_bytes", "length", args, lengthArg, little, isSigned);
    int64_t length = lengthArg.isEmpty() ? 1 : indexOf(ts, lengthArg);
    if (length < 0) raiseError(ts, ts.rt.types.ValueError, "length argument must be non-negative");
    BigInt value = toBigInt(intRef(v));
    if (value < 0 && !isSigned) raiseError(ts, ts.rt.types.OverflowError, "can't convert negative int to unsigned");
    BigInt limit = BigInt(1) << (8 * length);
    bool fits = isSigned ? (value >= -(limit >> 1) && value < (limit >> 1)) : value < limit;
    if (length == 0) fits = value == 0;
    if (!fits) raiseError(ts, ts.rt.types.OverflowError, "int too big to convert");
    if (value < 0) value += limit;
    std::string out(static_cast<size_t>(length), '\0');
    for (int64_t i = 0; i < length; ++i) {
        unsigned byte = static_cast<unsigned>(value & 0xFF);
        value >>= 8;
        out[little ? i : length - 1 - i] = static_cast<char>(byte);
    }
    return Value::object(newBytes(ts, out));
}

// int.from_bytes is a class method; defined without an owner so it is not bound.
Value intFromBytes(ThreadState& ts, Value, Args args) {
    Value source;
    bool little, isSigned;
    bytesArgs(ts, "from_bytes", "bytes", args, source, little, isSigned);
    if (source.isEmpty()) raiseError(ts, ts.rt.types.TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
    std::string bytes;
    if (BytesObject* b = asOrNull<BytesObject>(source)) {
        bytes.assign(b->view());
    } else {
        forEach(ts, source, [&](Value item) {
            int64_t x = indexOf(ts, item);
            if (x < 0 || x > 255) raiseError(ts, ts.rt.types.ValueError, "bytes must be in range(0, 256)");
            bytes.push_back(static_cast<char>(x));
            return true;
        });
    }
    BigInt value = 0;
    size_t n = bytes.size();
    for (size_t i = 0; i < n; ++i) {
        unsigned char byte = static_cast<unsigned char>(bytes[little ? n - 1 - i : i]);
        value = (value << 8) | byte;
    }
    if (isSigned && n > 0 && (static_cast<unsigned char>(bytes[little ? n - 1 : 0]) & 0x80))
        value -= BigInt(1) << (8 * n);
    return makeInt(ts, intFromBig(std::move(value)));
}

} // namespace

void initIntType(ThreadState& ts) {
    for (TypeObject* t : {ts.rt.types.int_, ts.rt.types.bool_}) {
        t->slots.repr = t == ts.rt.types.bool_ ? boolRepr : intRepr;
        t->slots.hash = intHash;
        t->slots.compare = intCompare;
        t->slots.truthy = intTruthy;
        t->slots.binary = intBinary;
        t->slots.negate = intNegate;
        t->slots.positive = intPositive;
        t->slots.invert = intInvert;
        t->slots.index = intIndex;
        t->slots.format = formatInt;
        t->slots.getAttr = intGetAttr;
    }
    TypeObject* t = ts.rt.types.int_;
    t->construct = intConstruct;
    ts.rt.types.bool_->construct = boolConstruct;
    ts.rt.types.bool_->allowsSubclassing = false;
    defineMethod(ts, t, "bit_length", intBitLength);
    defineMethod(ts, t, "bit_count", intBitCount);
    defineMethod(ts, t, "conjugate", intConjugate);
    defineMethod(ts, t, "as_integer_ratio", intAsIntegerRatio);
    defineMethod(ts, t, "to_bytes", intToBytes);
    defineMethod(ts, t, "__format__", intDunderFormat);
    defineMethod(ts, t, "__index__", intDunderIndex);
    defineMethod(ts, t, "__int__", intDunderIndex);
    defineMethod(ts, t, "__float__", intDunderFloat);
    defineNative(ts, t->dict, "from_bytes", intFromBytes);
}

} // namespace spindle
