// PercentFormat.cpp — printf-style formatting: `str % args`.
//
// The argument bookkeeping follows CPython's unicode formatter closely, because
// its odd corners are observable: a non-tuple argument is one value; a mapping
// argument (anything subscriptable that is not a tuple or str) also serves as
// that one value; each "%(key)" replaces the current argument by mapping[key],
// so a following plain "%s" finds nothing left; and a mapping never has
// "not all arguments converted".
#include "runtime/types/Format.h"

#include "runtime/types/Numbers.h"
#include "runtime/types/Unicode.h"

#include <climits>
#include <cmath>

namespace spindle {

namespace {

struct PercentSpec {
    bool left = false, plus = false, space = false, alternate = false, zero = false;
    int64_t width = -1, precision = -1;
};

// The arguments still to be consumed. A non-tuple counts as a single argument,
// as does the value fetched for each "%(key)".
struct PercentArgs {
    ThreadState& ts;
    Value current;   // the tuple, or the single value
    bool isTuple;
    size_t count;    // a tuple's size, or 1
    size_t next = 0;

    Value take() {
        if (next >= count) raiseError(ts, ts.rt.types.TypeError, "not enough arguments for format string");
        Value v = isTuple ? (*as<TupleObject>(current))[next] : current;
        ++next;
        return v;
    }

    void replaceBySingle(Value v) {
        current = v;
        isTuple = false;
        count = 1;
        next = 0;
    }
};

// Pad a rendered conversion to the requested width. `signAndPrefix` stays in
// front of zero padding ("-0x00ff").
std::string percentPad(ThreadState& ts, const PercentSpec& p, std::string_view signAndPrefix, std::string_view body,
                       size_t bodyChars, bool allowZero) {
    size_t total = signAndPrefix.size() + bodyChars;
    std::string out;
    if (p.width < 0 || static_cast<size_t>(p.width) <= total) {
        out += signAndPrefix;
        out += body;
        return out;
    }
    checkTextSize(ts, p.width);
    size_t pad = p.width - total;
    if (p.left) {
        out += signAndPrefix;
        out += body;
        out.append(pad, ' ');
    } else if (p.zero && allowZero) {
        out += signAndPrefix;
        out.append(pad, '0');
        out += body;
    } else {
        out.append(pad, ' ');
        out += signAndPrefix;
        out += body;
    }
    return out;
}

bool hasTypeMethod(ThreadState& ts, Value v, StrObject* name) {
    return !lookupInType(typeOf(ts, v), name).isEmpty();
}

SPINDLE_NORETURN void wrongNumberType(ThreadState& ts, char type, Value v) {
    bool needIndex = type == 'x' || type == 'X' || type == 'o';
    std::string_view tn = typeName(ts, v);
    raiseFormat(ts, ts.rt.types.TypeError, "%%%c format: %s, not %.*s", type,
                needIndex ? "an integer is required" : "a real number is required", static_cast<int>(tn.size()),
                tn.data());
}

// The int a %d/%x conversion formats. Like CPython: 'o' 'x' 'X' take only
// __index__; the decimal ones take anything int() of a number accepts (float,
// __int__, __index__), and a TypeError on the way becomes the "%d format" one.
Value integerOperand(ThreadState& ts, char type, Value v) {
    if (isIntValue(v)) return v;
    bool needIndex = type == 'x' || type == 'X' || type == 'o';
    if (needIndex) {
        if (!hasTypeMethod(ts, v, ts.rt.names.__index__)) wrongNumberType(ts, type, v);
        Value r = callMethod(ts, v, ts.rt.names.__index__, Args{});
        if (!isIntValue(r)) raiseTypeMismatch(ts, "__index__ returned non-int", r);
        return r;
    }
    if (v.isFloat()) return intFromDouble(ts, v.asFloat()); // inf/nan raise their own errors
    StrObject* method = hasTypeMethod(ts, v, ts.rt.names.__int__)     ? ts.rt.names.__int__
                        : hasTypeMethod(ts, v, ts.rt.names.__index__) ? ts.rt.names.__index__
                                                                      : nullptr;
    if (!method) wrongNumberType(ts, type, v);
    Value r = callMethod(ts, v, method, Args{});
    if (!isIntValue(r)) raiseTypeMismatch(ts, "__int__ returned non-int", r);
    return r;
}

std::string percentInteger(ThreadState& ts, const PercentSpec& p, char type, Value arg) {
    Handle v(ts, integerOperand(ts, type, arg));
    if (p.precision > INT_MAX - 3) raiseError(ts, ts.rt.types.OverflowError, "precision too large");
    checkTextSize(ts, p.precision);
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    bool negative;
    std::string digits = intDigits(ts, v, base, negative);
    if (type == 'X')
        for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (p.precision >= 0 && digits.size() < static_cast<size_t>(p.precision))
        digits.insert(0, p.precision - digits.size(), '0');
    std::string lead;
    if (negative) lead = "-";
    else if (p.plus) lead = "+";
    else if (p.space) lead = " ";
    if (p.alternate && base != 10) lead += type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
    return percentPad(ts, p, lead, digits, digits.size(), true);
}

// PyFloat_AsDouble's rules: float, int, __float__, then __index__.
double floatOperand(ThreadState& ts, Value v) {
    if (v.isFloat() || isIntValue(v)) return toDouble(ts, v);
    if (hasTypeMethod(ts, v, ts.rt.names.__float__)) {
        Value f = callMethod(ts, v, ts.rt.names.__float__, Args{});
        if (!f.isFloat()) raiseTypeMismatch(ts, "__float__ returned non-float", f);
        return f.asFloat();
    }
    if (hasTypeMethod(ts, v, ts.rt.names.__index__)) {
        Handle i(ts, callMethod(ts, v, ts.rt.names.__index__, Args{}));
        if (!isIntValue(i)) raiseTypeMismatch(ts, "__index__ returned non-int", i);
        return toDouble(ts, i);
    }
    std::string_view tn = typeName(ts, v);
    raiseFormat(ts, ts.rt.types.TypeError, "must be real number, not %.*s", static_cast<int>(tn.size()), tn.data());
}

std::string percentFloat(ThreadState& ts, const PercentSpec& p, char type, Value v) {
    double d = floatOperand(ts, v);
    int64_t precision = p.precision < 0 ? 6 : p.precision;
    checkTextSize(ts, precision);
    std::string body = floatFormatText(std::fabs(d), type, static_cast<int>(precision), p.alternate);
    std::string lead;
    if (std::signbit(d) && !std::isnan(d)) lead = "-"; // a NaN prints no sign of its own
    else if (p.plus) lead = "+";
    else if (p.space) lead = " ";
    return percentPad(ts, p, lead, body, body.size(), true);
}

std::string percentChar(ThreadState& ts, const PercentSpec& p, Value arg) {
    std::string ch;
    if (StrObject* s = asOrNull<StrObject>(arg)) {
        if (s->charLength != 1) raiseError(ts, ts.rt.types.TypeError, "%c requires int or char");
        ch.assign(s->view());
    } else {
        // PyLong_AsLongAndOverflow: ints and __index__; an overflow is just out of range.
        Handle code(ts, arg);
        if (!isIntValue(arg)) {
            if (!hasTypeMethod(ts, arg, ts.rt.names.__index__))
                raiseError(ts, ts.rt.types.TypeError, "%c requires int or char");
            code.set(callMethod(ts, arg, ts.rt.names.__index__, Args{}));
            if (!isIntValue(code)) raiseTypeMismatch(ts, "__index__ returned non-int", code);
        }
        int64_t cp = -1;
        if (!intToInt64(code, cp)) cp = -1;
        if (cp < 0 || cp > 0x10FFFF) raiseError(ts, ts.rt.types.OverflowError, "%c arg not in range(0x110000)");
        utf8Append(ch, static_cast<uint32_t>(cp));
    }
    return percentPad(ts, p, "", ch, 1, false);
}

std::string percentText(ThreadState& ts, const PercentSpec& p, uint32_t type, Value arg) {
    StrObject* s = type == 's' ? toStr(ts, arg) : repr(ts, arg);
    std::string text = type == 'a' ? asciiEscape(s->view()) : std::string(s->view());
    size_t chars = type == 'a' ? text.size() : s->charLength;
    if (p.precision >= 0 && static_cast<size_t>(p.precision) < chars) {
        text.resize(utf8Offset(text, p.precision));
        chars = p.precision;
    }
    return percentPad(ts, p, "", text, chars, false);
}

// A '*' width or precision: an int argument, bool included.
Value starArgument(ThreadState& ts, PercentArgs& args) {
    Value v = args.take();
    if (!isIntValue(v)) raiseError(ts, ts.rt.types.TypeError, "* wants int");
    return v;
}

int64_t starValue(ThreadState& ts, Value v, const char* overflowMessage, int64_t limit) {
    int64_t n;
    if (!intToInt64(v, n) || n > limit || n < -limit) raiseError(ts, ts.rt.types.OverflowError, overflowMessage);
    return n;
}

// Digits of a literal width/precision with CPython's own overflow errors.
int64_t literalNumber(ThreadState& ts, std::string_view fmt, size_t& pos, int64_t limit, const char* tooBig) {
    int64_t v = 0;
    while (pos < fmt.size() && fmt[pos] >= '0' && fmt[pos] <= '9') {
        int digit = fmt[pos] - '0';
        if (v > (limit - digit) / 10) raiseError(ts, ts.rt.types.ValueError, tooBig);
        v = v * 10 + digit;
        ++pos;
    }
    return v;
}

} // namespace

Value percentFormat(ThreadState& ts, StrObject* fmtObj, Value argsValue) {
    Handle keepFmt(ts, Value::object(fmtObj));
    Handle keepArgs(ts, argsValue);
    std::string_view fmt = fmtObj->view();
    TupleObject* tuple = asOrNull<TupleObject>(argsValue);
    Value mapping;
    if (!tuple && !isKind(argsValue, ObjKind::Str) && typeOf(ts, argsValue)->slots.getItem) mapping = argsValue;
    PercentArgs args{ts, argsValue, tuple != nullptr, tuple ? tuple->size : 1};
    Handle keepCurrent(ts); // a value fetched by "%(key)" must survive the conversions after it
    std::string out;
    size_t pos = 0;
    while (pos < fmt.size()) {
        size_t pct = fmt.find('%', pos);
        if (pct == std::string_view::npos) {
            out.append(fmt.substr(pos));
            break;
        }
        out.append(fmt.substr(pos, pct - pos));
        pos = pct + 1;
        if (pos < fmt.size() && fmt[pos] == '%') { // only "%%" itself is a literal percent
            out.push_back('%');
            ++pos;
            continue;
        }
        if (pos < fmt.size() && fmt[pos] == '(') {
            if (mapping.isEmpty()) raiseError(ts, ts.rt.types.TypeError, "format requires a mapping");
            int level = 1;
            size_t keyStart = ++pos;
            while (pos < fmt.size() && level > 0) {
                if (fmt[pos] == '(') ++level;
                else if (fmt[pos] == ')') --level;
                ++pos;
            }
            if (level > 0) raiseError(ts, ts.rt.types.ValueError, "incomplete format key");
            Handle key(ts, strValue(ts, fmt.substr(keyStart, pos - 1 - keyStart)));
            keepCurrent.set(getItem(ts, mapping, key));
            args.replaceBySingle(keepCurrent.get());
        }
        PercentSpec p;
        for (; pos < fmt.size(); ++pos) {
            char c = fmt[pos];
            if (c == '-') p.left = true;
            else if (c == '+') p.plus = true;
            else if (c == ' ') p.space = true;
            else if (c == '#') p.alternate = true;
            else if (c == '0') p.zero = true;
            else break;
        }
        if (pos < fmt.size() && fmt[pos] == '*') {
            p.width = starValue(ts, starArgument(ts, args), "Python int too large to convert to C ssize_t", INT64_MAX);
            if (p.width < 0) { // a negative '*' width means left alignment
                p.left = true;
                p.width = -p.width;
            }
            ++pos;
        } else if (pos < fmt.size() && fmt[pos] >= '0' && fmt[pos] <= '9') {
            p.width = literalNumber(ts, fmt, pos, INT64_MAX, "width too big");
        }
        if (pos < fmt.size() && fmt[pos] == '.') {
            ++pos;
            if (pos < fmt.size() && fmt[pos] == '*') {
                int64_t pr = starValue(ts, starArgument(ts, args), "Python int too large to convert to C int", INT_MAX);
                p.precision = pr < 0 ? 0 : pr;
                ++pos;
            } else {
                p.precision = literalNumber(ts, fmt, pos, INT_MAX, "precision too big");
            }
        }
        // One length modifier (as in "%ld") is accepted and ignored.
        if (pos < fmt.size() && (fmt[pos] == 'h' || fmt[pos] == 'l' || fmt[pos] == 'L')) ++pos;
        if (pos >= fmt.size()) raiseError(ts, ts.rt.types.ValueError, "incomplete format");
        size_t typeIndex = pos;
        uint32_t type = utf8Decode(fmt, pos);
        Handle arg(ts, args.take());
        switch (type) {
        case 's': case 'r': case 'a': out += percentText(ts, p, type, arg); break;
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            out += percentInteger(ts, p, static_cast<char>(type), arg);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            out += percentFloat(ts, p, static_cast<char>(type), arg);
            break;
        case 'c': out += percentChar(ts, p, arg); break;
        default: {
            size_t charIndex = utf8Length(fmt.substr(0, typeIndex));
            raiseFormat(ts, ts.rt.types.ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                        type >= 31 && type <= 126 ? static_cast<char>(type) : '?', type, charIndex);
        }
        }
    }
    if (args.next < args.count && mapping.isEmpty())
        raiseError(ts, ts.rt.types.TypeError, "not all arguments converted during string formatting");
    return strValue(ts, out);
}

} // namespace spindle
