// BuiltinsNumeric.cpp — abs, round, divmod, pow, hex, oct, bin and sum.
//
// The arithmetic itself is the numeric layer's (IntOps/FloatOps through
// runtime/types/Numbers.h); these functions only dispatch on the operand types,
// fall back to the dunder methods of user classes, and raise CPython's messages.
#include "runtime/BigInt.h" // TEMPORARY: IntOps.h (via Numbers.h) does not compile on its own yet
#include "runtime/Ops.h"
#include "runtime/types/Numbers.h"
#include "stdlib/BuiltinArgs.h"
#include "stdlib/Builtins.h"

#include <string>

namespace spindle {

namespace {

bool isNumber(Value v) { return v.isFloat() || isIntValue(v); }

// type(v).<dunder>, unbound; empty when the type has none.
Value typeDunder(ThreadState& ts, Value v, std::string_view name) {
    return lookupInType(typeOf(ts, v), intern(ts, name));
}

Value builtinAbs(ThreadState& ts, Value self, Args args) {
    Value v = expectOneArg(ts, "abs", args);
    if (isNumber(v)) return numberAbs(ts, v);
    Value method = typeDunder(ts, v, "__abs__");
    if (method.isEmpty()) {
        std::string_view got = typeName(ts, v);
        raiseFormat(ts, ts.rt.types.TypeError, "bad operand type for abs(): '%.*s'", static_cast<int>(got.size()),
                    got.data());
    }
    return call1(ts, method, v);
}

Value builtinRound(ThreadState& ts, Value self, Args args) {
    static constexpr ParamSpec spec{"round", {"number", "ndigits"}, 1};
    Value a[2];
    bindArgs(ts, spec, args, a);
    Value number = a[0];
    Value ndigits = a[1].isNone() ? Value() : a[1];
    if (number.isFloat() || isIntValue(number)) {
        // ndigits must be an integer (or have __index__), checked before rounding.
        if (!ndigits.isEmpty() && !isIntValue(ndigits)) ndigits = Value::integer(indexOf(ts, ndigits));
        if (ndigits.isBool()) ndigits = Value::integer(ndigits.asInt());
        if (number.isFloat()) return floatRound(ts, number.asFloat(), ndigits);
        if (number.isBool()) number = Value::integer(number.asInt()); // round(True) is the int 1
        if (ndigits.isEmpty()) return number;
        return intRound(ts, number, ndigits);
    }
    Value method = typeDunder(ts, number, "__round__");
    if (method.isEmpty()) {
        std::string_view got = typeName(ts, number);
        raiseFormat(ts, ts.rt.types.TypeError, "type %.*s doesn't define __round__ method",
                    static_cast<int>(got.size()), got.data());
    }
    return ndigits.isEmpty() ? call1(ts, method, number) : call2(ts, method, number, ndigits);
}

Value pair(ThreadState& ts, Value first, Value second) {
    TupleObject* t = newTuple(ts, 2);
    t->items()[0] = first;
    t->items()[1] = second;
    return Value::object(t);
}

Value builtinDivmod(ThreadState& ts, Value self, Args args) {
    expectArgRange(ts, "divmod", args, 2, 2);
    Value a = args[0], b = args[1];
    if (isNumber(a) && isNumber(b)) {
        // Python's // and % on ints and floats are both derived from one divmod
        // computation, so (a // b, a % b) is exactly divmod(a, b). Only the
        // zero-division message differs, for floats ("integer division or modulo
        // by zero" already comes from the int //, which runs first).
        if ((a.isFloat() || b.isFloat()) && toDouble(ts, b) == 0.0)
            raiseError(ts, ts.rt.types.ZeroDivisionError, "float divmod()");
        Value q = binaryOp(ts, BinaryOperator::FLOOR_DIVIDE, a, b);
        // q is a fresh object only for big ints, whose % runs no Python code.
        Value r = binaryOp(ts, BinaryOperator::MODULO, a, b);
        return pair(ts, q, r);
    }
    Value method = typeDunder(ts, a, "__divmod__");
    if (!method.isEmpty()) {
        Value result = call2(ts, method, a, b);
        if (!result.identical(ts.rt.notImplemented)) return result;
    }
    if (typeOf(ts, a) != typeOf(ts, b)) {
        Value reflected = typeDunder(ts, b, "__rdivmod__");
        if (!reflected.isEmpty()) {
            Value result = call2(ts, reflected, b, a);
            if (!result.identical(ts.rt.notImplemented)) return result;
        }
    }
    std::string_view ta = typeName(ts, a), tb = typeName(ts, b);
    raiseFormat(ts, ts.rt.types.TypeError, "unsupported operand type(s) for divmod(): '%.*s' and '%.*s'",
                static_cast<int>(ta.size()), ta.data(), static_cast<int>(tb.size()), tb.data());
}

Value builtinPow(ThreadState& ts, Value self, Args args) {
    static constexpr ParamSpec spec{"pow", {"base", "exp", "mod"}, 2};
    Value a[3];
    bindArgs(ts, spec, args, a);
    Value base = a[0], exponent = a[1], modulus = a[2];
    if (modulus.isEmpty() || modulus.isNone()) return binaryOp(ts, BinaryOperator::POWER, base, exponent);
    if (isIntValue(base) && isIntValue(exponent) && isIntValue(modulus))
        return intPowMod(ts, base, exponent, modulus);
    if (isNumber(base) && isNumber(exponent) && isNumber(modulus))
        raiseError(ts, ts.rt.types.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    Value method = typeDunder(ts, base, "__pow__");
    if (!method.isEmpty()) {
        Value callArgs[3] = {base, exponent, modulus};
        Value result = call(ts, method, Args{callArgs, 3, nullptr});
        if (!result.identical(ts.rt.notImplemented)) return result;
    }
    std::string_view ta = typeName(ts, base), tb = typeName(ts, exponent), tc = typeName(ts, modulus);
    raiseFormat(ts, ts.rt.types.TypeError, "unsupported operand type(s) for ** or pow(): '%.*s', '%.*s', '%.*s'",
                static_cast<int>(ta.size()), ta.data(), static_cast<int>(tb.size()), tb.data(),
                static_cast<int>(tc.size()), tc.data());
}

// hex/oct/bin: "-0x1f" style, for ints of any size and objects with __index__.
Value formatInBase(ThreadState& ts, Args args, const char* name, int base, const char* prefix) {
    Value v = expectOneArg(ts, name, args);
    if (!isIntValue(v)) v = Value::integer(indexOf(ts, v));
    bool negative = false;
    std::string digits = intDigits(ts, v, base, negative);
    std::string out = negative ? "-" : "";
    out += prefix;
    out += digits;
    return strValue(ts, out);
}

Value builtinHex(ThreadState& ts, Value self, Args args) { return formatInBase(ts, args, "hex", 16, "0x"); }
Value builtinOct(ThreadState& ts, Value self, Args args) { return formatInBase(ts, args, "oct", 8, "0o"); }
Value builtinBin(ThreadState& ts, Value self, Args args) { return formatInBase(ts, args, "bin", 2, "0b"); }

Value builtinSum(ThreadState& ts, Value self, Args args) {
    static constexpr ParamSpec spec{"sum", {"iterable", "start"}, 1, 1};
    Value a[2];
    bindArgs(ts, spec, args, a);
    Value start = a[1].isEmpty() ? Value::integer(0) : a[1];
    if (isKind(start, ObjKind::Str))
        raiseError(ts, ts.rt.types.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (isKind(start, ObjKind::Bytes))
        raiseError(ts, ts.rt.types.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");

    // The running total may be a fresh object (a big int, a list) while items
    // are fetched and added, which can run Python code: keep it rooted.
    Handle total(ts, start);
    forEach(ts, a[0], [&](Value item) {
        Value acc = total.get();
        // Fast paths as in CPython: machine ints stay unboxed, floats are added
        // as doubles (3.11 adds them plainly, without compensation).
        if (acc.isInt() && item.isIntOrBool()) {
            int64_t r;
            if (!__builtin_add_overflow(acc.asInt(), item.asInt(), &r)) {
                total.set(Value::integer(r));
                return true;
            }
        } else if (acc.isFloat() && (item.isFloat() || item.isIntOrBool())) {
            double x = item.isFloat() ? item.asFloat() : static_cast<double>(item.asInt());
            total.set(Value::real(acc.asFloat() + x));
            return true;
        }
        total.set(binaryOp(ts, BinaryOperator::ADD, acc, item));
        return true;
    });
    return total.get();
}

} // namespace

void defineNumericBuiltins(ThreadState& ts) {
    DictObject* b = ts.rt.builtins;
    defineNative(ts, b, "abs", builtinAbs);
    defineNative(ts, b, "round", builtinRound);
    defineNative(ts, b, "divmod", builtinDivmod);
    defineNative(ts, b, "pow", builtinPow);
    defineNative(ts, b, "hex", builtinHex);
    defineNative(ts, b, "oct", builtinOct);
    defineNative(ts, b, "bin", builtinBin);
    defineNative(ts, b, "sum", builtinSum);
}

} // namespace spindle
