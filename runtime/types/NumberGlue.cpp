// NumberGlue.cpp — Values <-> the pure numeric layer (IntOps, FloatOps,
// NumberText), and the BigIntObject box.
#include "runtime/types/Numbers.h"

#include "runtime/BigInt.h"
#include "runtime/FloatOps.h"
#include "runtime/NumberText.h"
#include "runtime/types/Format.h"
#include "runtime/types/Unicode.h"

#include <cmath>

namespace spindle {

// The heap int keeps IntOps' own box type, so an IntRef views it without a copy.
struct BigIntHolder : BigIntBox {};

BigIntObject::BigIntObject() : Object(kKind) {}
BigIntObject::~BigIntObject() = default;

// ---- the Ops.h "numbers" section ---------------------------------------------------

bool isIntValue(Value v) { return v.isIntOrBool() || isKind(v, ObjKind::BigInt); }

Value intFromBigText(ThreadState& ts, std::string_view decimal) {
    try {
        return makeInt(ts, numbertext::parseInt(decimal, 10, 0));
    } catch (const NumericError& e) {
        raiseNumeric(ts, e);
    }
}

double toDouble(ThreadState& ts, Value v) {
    if (v.isFloat()) return v.asFloat();
    if (v.isIntOrBool()) return static_cast<double>(v.asInt());
    if (isKind(v, ObjKind::BigInt)) {
        try {
            return intops::toDouble(intRef(v));
        } catch (const NumericError& e) {
            raiseNumeric(ts, e);
        }
    }
    std::string_view tn = typeName(ts, v);
    raiseFormat(ts, ts.rt.types.TypeError, "must be real number, not %.*s", static_cast<int>(tn.size()), tn.data());
}

// ---- Numbers.h ---------------------------------------------------------------------

Value makeInt(ThreadState& ts, const Int& value) { return makeInt(ts, Int(value)); }

Value makeInt(ThreadState& ts, Int&& value) {
    if (value.isSmall()) return Value::integer(value.small());
    std::unique_ptr<BigIntBox> box = value.takeBig();
    BigIntObject* obj = ts.rt.heap.make<BigIntObject>(ts.rt.types.int_, 0);
    obj->value = std::make_unique<BigIntHolder>();
    obj->value->value = std::move(box->value);
    return Value::object(obj);
}

IntRef intRef(Value v) {
    if (v.isIntOrBool()) return IntRef(v.asInt());
    return IntRef(static_cast<const BigIntBox&>(*as<BigIntObject>(v)->value));
}

void raiseNumeric(ThreadState& ts, const NumericError& error) {
    TypeObject* type = ts.rt.types.ValueError;
    switch (error.kind) {
    case NumericError::ZeroDivision: type = ts.rt.types.ZeroDivisionError; break;
    case NumericError::Overflow: type = ts.rt.types.OverflowError; break;
    case NumericError::Value: type = ts.rt.types.ValueError; break;
    case NumericError::Memory: type = ts.rt.types.MemoryError; break;
    }
    raiseError(ts, type, error.message);
}

std::string intDigits(ThreadState& ts, Value v, int base, bool& negative) {
    if (v.isIntOrBool()) {
        int64_t i = v.asInt();
        negative = i < 0;
        uint64_t mag = negative ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
        char buf[72];
        char* end = buf + sizeof buf;
        char* p = end;
        do {
            *--p = "0123456789abcdef"[mag % base];
            mag /= base;
        } while (mag);
        return std::string(p, end);
    }
    IntRef ref = intRef(v);
    negative = intops::sign(ref) < 0;
    try {
        std::string text = intops::toBaseString(ref, base, false);
        if (!text.empty() && text[0] == '-') text.erase(0, 1);
        return text;
    } catch (const NumericError& e) {
        raiseNumeric(ts, e);
    }
}

std::string floatReprText(double d) { return floatops::repr(d); }

std::string floatFormatText(double d, char type, int precision, bool alternate) {
    return floatops::formatFloat(d, type, precision, alternate ? floatops::kFormatAlternate : floatops::kFormatNone);
}

bool intToInt64(Value intValue, int64_t& out) {
    if (intValue.isIntOrBool()) {
        out = intValue.asInt();
        return true;
    }
    return intops::toInt64(intRef(intValue), out);
}

Value intFromDouble(ThreadState& ts, double d) {
    if (d > -9.2e18 && d < 9.2e18) return Value::integer(static_cast<int64_t>(d));
    try {
        return makeInt(ts, intops::fromDouble(d));
    } catch (const NumericError& e) {
        raiseNumeric(ts, e);
    }
}

Value intFromText(ThreadState& ts, std::string_view text, int64_t base) {
    if (base != 0 && (base < 2 || base > 36))
        raiseError(ts, ts.rt.types.ValueError, "int() base must be >= 2 and <= 36, or 0");
    // Fast path: short plain decimal.
    if (base == 10 && !text.empty() && text.size() <= 18) {
        int64_t v = 0;
        bool ok = true;
        for (char c : text) {
            if (c < '0' || c > '9') {
                ok = false;
                break;
            }
            v = v * 10 + (c - '0');
        }
        if (ok) return Value::integer(v);
    }
    // Non-ASCII decimal digits (Arabic-Indic, fullwidth, ...) and Unicode spaces
    // are accepted by int(): map them to ASCII first.
    std::string ascii;
    bool mapped = false;
    for (size_t i = 0; i < text.size();) {
        unsigned char b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            ascii.push_back(static_cast<char>(b));
            ++i;
            continue;
        }
        size_t start = i;
        uint32_t cp = utf8Decode(text, i);
        int digit = uniDecimalValue(cp);
        if (digit >= 0) ascii.push_back(static_cast<char>('0' + digit));
        else if (uniIsSpace(cp)) ascii.push_back(' ');
        else ascii.append(text.substr(start, i - start));
        mapped = true;
    }
    try {
        return makeInt(ts, numbertext::parseInt(mapped ? std::string_view(ascii) : text, static_cast<int>(base)));
    } catch (const NumericError& e) {
        if (mapped && e.kind == NumericError::Value) {
            std::string shown = strReprText(text);
            raiseFormat(ts, ts.rt.types.ValueError, "invalid literal for int() with base %d: %s", static_cast<int>(base),
                        shown.c_str());
        }
        raiseNumeric(ts, e);
    }
}

Value intFromValue(ThreadState& ts, Value x) {
    if (x.isInt()) return x;
    if (x.isBool()) return Value::integer(x.asInt());
    if (x.isFloat()) return intFromDouble(ts, x.asFloat());
    if (isKind(x, ObjKind::BigInt)) {
        if (x.asObject()->type == ts.rt.types.int_) return x;
        return makeInt(ts, Int(intops::add(intRef(x), 0)));
    }
    if (StrObject* s = asOrNull<StrObject>(x)) return intFromText(ts, s->view(), 10);
    if (BytesObject* b = asOrNull<BytesObject>(x)) {
        // bytes must be ASCII text; errors quote the bytes repr.
        for (uint8_t c : b->view())
            if (c >= 0x80) {
                StrObject* r = repr(ts, x);
                raiseFormat(ts, ts.rt.types.ValueError, "invalid literal for int() with base 10: %s", r->data());
            }
        return intFromText(ts, b->view(), 10);
    }
    TypeObject* t = typeOf(ts, x);
    StrObject* methods[] = {ts.rt.names.__int__, ts.rt.names.__index__};
    for (StrObject* name : methods) {
        if (lookupInType(t, name).isEmpty()) continue;
        Value r = callMethod(ts, x, name, Args{});
        if (!isIntValue(r)) {
            std::string_view tn = typeName(ts, r);
            raiseFormat(ts, ts.rt.types.TypeError, "%s returned non-int (type %.*s)", name->data(),
                        static_cast<int>(tn.size()), tn.data());
        }
        return r.isBool() ? Value::integer(r.asInt()) : r;
    }
    StrObject* truncName = intern(ts, "__trunc__");
    if (!lookupInType(t, truncName).isEmpty()) {
        Value r = callMethod(ts, x, truncName, Args{});
        if (isIntValue(r)) return r.isBool() ? Value::integer(r.asInt()) : r;
        return intFromValue(ts, r);
    }
    raiseFormat(ts, ts.rt.types.TypeError,
                "int() argument must be a string, a bytes-like object or a real number, not '%s'", t->name->data());
}

Value floatFromValue(ThreadState& ts, Value x) {
    if (x.isFloat()) return x;
    if (isIntValue(x)) return Value::real(toDouble(ts, x));
    std::string_view text;
    bool isText = false;
    if (StrObject* s = asOrNull<StrObject>(x)) {
        text = s->view();
        isText = true;
    } else if (BytesObject* b = asOrNull<BytesObject>(x)) {
        text = b->view();
        isText = true;
    }
    if (isText) {
        std::string ascii;
        for (size_t i = 0; i < text.size();) {
            unsigned char c = static_cast<unsigned char>(text[i]);
            if (c < 0x80 || !isKind(x, ObjKind::Str)) {
                ascii.push_back(static_cast<char>(c));
                ++i;
                continue;
            }
            size_t start = i;
            uint32_t cp = utf8Decode(text, i);
            int digit = uniDecimalValue(cp);
            if (digit >= 0) ascii.push_back(static_cast<char>('0' + digit));
            else if (uniIsSpace(cp)) ascii.push_back(' ');
            else ascii.append(text.substr(start, i - start));
        }
        try {
            return Value::real(numbertext::parseFloat(ascii));
        } catch (const NumericError&) {
            StrObject* r = repr(ts, x);
            raiseFormat(ts, ts.rt.types.ValueError, "could not convert string to float: %s", r->data());
        }
    }
    TypeObject* t = typeOf(ts, x);
    if (!lookupInType(t, ts.rt.names.__float__).isEmpty()) {
        Value r = callMethod(ts, x, ts.rt.names.__float__, Args{});
        if (!r.isFloat()) {
            std::string_view tn = typeName(ts, r);
            raiseFormat(ts, ts.rt.types.TypeError, "%s.__float__ returned non-float (type %.*s)", t->name->data(),
                        static_cast<int>(tn.size()), tn.data());
        }
        return r;
    }
    if (!lookupInType(t, ts.rt.names.__index__).isEmpty()) {
        Value r = callMethod(ts, x, ts.rt.names.__index__, Args{});
        return Value::real(toDouble(ts, r));
    }
    raiseFormat(ts, ts.rt.types.TypeError, "float() argument must be a string or a real number, not '%s'",
                t->name->data());
}

Value intPowMod(ThreadState& ts, Value base, Value exponent, Value modulus) {
    try {
        return makeInt(ts, intops::powMod(intRef(base), intRef(exponent), intRef(modulus)));
    } catch (const NumericError& e) {
        raiseNumeric(ts, e);
    }
}

Value numberAbs(ThreadState& ts, Value v) {
    if (v.isFloat()) return Value::real(std::fabs(v.asFloat()));
    if (v.isIntOrBool() && v.asInt() != INT64_MIN) return Value::integer(v.asInt() < 0 ? -v.asInt() : v.asInt());
    return makeInt(ts, intops::abs(intRef(v)));
}

Value intRound(ThreadState& ts, Value v, Value ndigits) {
    if (ndigits.isEmpty() || ndigits.isNone()) return v.isBool() ? Value::integer(v.asInt()) : v;
    try {
        return makeInt(ts, intops::round(intRef(v), intRef(ndigits)));
    } catch (const NumericError& e) {
        raiseNumeric(ts, e);
    }
}

Value floatRound(ThreadState& ts, double d, Value ndigits) {
    try {
        if (ndigits.isEmpty() || ndigits.isNone()) return makeInt(ts, floatops::roundToInt(d));
        return Value::real(floatops::round(d, intRef(ndigits)));
    } catch (const NumericError& e) {
        raiseNumeric(ts, e);
    }
}

int compareIntDouble(Value intValue, double d) {
    std::partial_ordering o = floatops::compareWithInt(d, intRef(intValue));
    if (o == std::partial_ordering::unordered) return 2;
    // o orders d relative to the int; flip it.
    if (o == std::partial_ordering::less) return 1;
    if (o == std::partial_ordering::greater) return -1;
    return 0;
}

void adoptIntValue(BigIntObject* obj, Value intValue) {
    obj->value = std::make_unique<BigIntHolder>();
    obj->value->value = toBigInt(intRef(intValue));
}

bool isIntNegative(Value v) { return v.isIntOrBool() ? v.asInt() < 0 : intops::sign(intRef(v)) < 0; }

int64_t floatHash(double d) { return floatops::hash(d); }

} // namespace spindle
