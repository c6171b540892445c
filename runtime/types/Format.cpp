// Format.cpp — the format mini-language (format(), f-strings, str.format specs).
//
// Numbers are rendered in two stages, as CPython does: first the bare digits of
// |value| (intDigits / snprintf for floats), then sign, base prefix, grouping and
// padding are laid out around them. Zero padding with a '0' fill and '=' alignment
// puts group separators into the padding too ("00,001,234"), so grouping and
// padding are computed together in layoutNumber().
#include "runtime/types/Format.h"

#include "runtime/types/Numbers.h"
#include "runtime/types/Unicode.h"

#include <cmath>
#include <cstdio>

namespace spindle {

namespace {

uint32_t decodeAt(std::string_view s, size_t& pos) { return utf8Decode(s, pos); }

bool isAlignChar(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Parse a run of decimal digits; returns false when there are none. Raises on overflow.
bool parseDecimal(ThreadState& ts, std::string_view s, size_t& pos, int64_t& out) {
    size_t start = pos;
    int64_t v = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
        if (v > (INT64_MAX - 9) / 10 || v > 0x7FFFFFFFFFFFLL)
            raiseError(ts, ts.rt.types.ValueError, "Too many decimal digits in format string");
        v = v * 10 + (s[pos] - '0');
        ++pos;
    }
    out = v;
    return pos > start;
}

FormatSpec parseSpecWithDefaults(ThreadState& ts, std::string_view spec, std::string_view typeName, char defaultType,
                                 char defaultAlign) {
    FormatSpec f;
    size_t pos = 0;
    bool fillSpecified = false, alignSpecified = false;
    if (!spec.empty()) {
        size_t afterFirst = 0;
        uint32_t first = decodeAt(spec, afterFirst);
        if (afterFirst < spec.size() && isAlignChar(static_cast<unsigned char>(spec[afterFirst]))) {
            f.fill = first;
            f.align = spec[afterFirst];
            fillSpecified = alignSpecified = true;
            pos = afterFirst + 1;
        } else if (isAlignChar(first)) {
            f.align = static_cast<char>(first);
            alignSpecified = true;
            pos = 1;
        }
    }
    if (pos < spec.size() && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) f.sign = spec[pos++];
    if (pos < spec.size() && spec[pos] == 'z') {
        f.coerceNegativeZero = true;
        ++pos;
    }
    if (pos < spec.size() && spec[pos] == '#') {
        f.alternate = true;
        ++pos;
    }
    if (!fillSpecified && pos < spec.size() && spec[pos] == '0') {
        f.fill = '0';
        f.zeroPad = true;
        if (!alignSpecified && defaultAlign == '>') f.align = '=';
        ++pos;
    }
    int64_t n;
    if (parseDecimal(ts, spec, pos, n)) f.width = n;
    if (pos < spec.size() && spec[pos] == ',') {
        f.grouping = ',';
        ++pos;
    }
    if (pos < spec.size() && spec[pos] == '_') {
        if (f.grouping) raiseError(ts, ts.rt.types.ValueError, "Cannot specify both ',' and '_'.");
        f.grouping = '_';
        ++pos;
    }
    if (pos < spec.size() && spec[pos] == ',' && f.grouping)
        raiseError(ts, ts.rt.types.ValueError, "Cannot specify both ',' and '_'.");
    if (pos < spec.size() && spec[pos] == '.') {
        ++pos;
        if (!parseDecimal(ts, spec, pos, n))
            raiseError(ts, ts.rt.types.ValueError, "Format specifier missing precision");
        f.precision = n;
    }
    if (spec.size() - pos > 1) {
        raiseFormat(ts, ts.rt.types.ValueError, "Invalid format specifier '%.*s' for object of type '%.*s'",
                    static_cast<int>(spec.size()), spec.data(), static_cast<int>(typeName.size()), typeName.data());
    }
    if (pos < spec.size()) f.type = spec[pos];
    if (f.grouping) {
        char t = f.type ? f.type : defaultType;
        bool ok;
        switch (t) {
        case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'F': case 'G': case '%': ok = true; break;
        case 'b': case 'o': case 'x': case 'X': ok = f.grouping == '_'; break;
        default: ok = false;
        }
        if (!ok) raiseFormat(ts, ts.rt.types.ValueError, "Cannot specify '%c' with '%c'.", f.grouping, t);
    }
    return f;
}

std::string fillText(uint32_t fill, size_t count) {
    std::string one;
    utf8Append(one, fill);
    std::string out;
    out.reserve(one.size() * count);
    for (size_t i = 0; i < count; ++i) out += one;
    return out;
}

SPINDLE_NORETURN void unknownCode(ThreadState& ts, char type, std::string_view typeName) {
    if (static_cast<unsigned char>(type) >= 0x20 && static_cast<unsigned char>(type) < 0x7F)
        raiseFormat(ts, ts.rt.types.ValueError, "Unknown format code '%c' for object of type '%.*s'", type,
                    static_cast<int>(typeName.size()), typeName.data());
    raiseFormat(ts, ts.rt.types.ValueError, "Unknown format code '\\x%x' for object of type '%.*s'",
                static_cast<unsigned char>(type), static_cast<int>(typeName.size()), typeName.data());
}

// Insert separators every `group` digits into an all-digit string, left-padding
// with zeros (and separators) until it is at least `minWidth` characters long.
std::string groupDigits(std::string_view digits, char sep, int group, size_t minWidth) {
    std::string rev;
    size_t count = 0;
    for (size_t i = digits.size(); i-- > 0;) {
        if (sep && count && count % group == 0) rev.push_back(sep);
        rev.push_back(digits[i]);
        ++count;
    }
    while (rev.size() < minWidth) {
        if (sep && count % group == 0) {
            rev.push_back(sep);
            if (rev.size() >= minWidth) { // never start with a separator
                rev.push_back('0');
                ++count;
                break;
            }
        }
        rev.push_back('0');
        ++count;
    }
    return std::string(rev.rbegin(), rev.rend());
}

// Lay out [sign][prefix][integer digits][rest] with the spec's grouping and
// padding. `rest` is the fraction/exponent/suffix (ASCII).
std::string layoutNumber(const FormatSpec& f, char signChar, std::string_view prefix, std::string_view intDigitsText,
                         std::string_view rest, int groupSize) {
    std::string lead;
    if (signChar) lead.push_back(signChar);
    lead += prefix;
    size_t fixedLen = lead.size() + rest.size();
    bool zeroFill = f.align == '=' && f.fill == '0';
    size_t minDigits = 0;
    if (zeroFill && f.width > 0 && static_cast<size_t>(f.width) > fixedLen) minDigits = f.width - fixedLen;
    std::string body;
    if (f.grouping || minDigits) {
        body = groupDigits(intDigitsText, f.grouping, groupSize, minDigits);
    } else {
        body.assign(intDigitsText);
    }
    std::string number = body;
    number += rest;
    size_t total = lead.size() + number.size(); // ASCII only
    size_t pad = (f.width > 0 && static_cast<size_t>(f.width) > total) ? f.width - total : 0;
    char align = f.align ? f.align : '>';
    if (pad == 0) return lead + number;
    switch (align) {
    case '<': return lead + number + fillText(f.fill, pad);
    case '^': return fillText(f.fill, pad / 2) + lead + number + fillText(f.fill, pad - pad / 2);
    case '=': return lead + fillText(f.fill, pad) + number;
    default: return fillText(f.fill, pad) + lead + number;
    }
}

char signFor(const FormatSpec& f, bool negative) {
    if (negative) return '-';
    if (f.sign == '+') return '+';
    if (f.sign == ' ') return ' ';
    return 0;
}

// Render |d| (finite) in the style of the given float presentation type. Returns
// digits and marks; the caller adds the sign.
std::string renderAbsFloat(double d, char type, int64_t precision, bool alternate) {
    char buf[64];
    std::string out;
    int prec = static_cast<int>(precision);
    auto print = [&](const char* fmt, int p) {
        int n = std::snprintf(buf, sizeof buf, fmt, p, d);
        if (n < static_cast<int>(sizeof buf)) return std::string(buf, n);
        std::string big(n + 1, '\0');
        std::snprintf(big.data(), big.size(), fmt, p, d);
        big.resize(n);
        return big;
    };
    switch (type) {
    case 'e': case 'E': out = print(alternate ? "%#.*e" : "%.*e", prec); break;
    case 'f': case 'F': case '%': out = print(alternate ? "%#.*f" : "%.*f", prec); break;
    case 'g': case 'G': out = print(alternate ? "%#.*g" : "%.*g", prec); break;
    case 'r': { // '' type with a precision: like 'g' but at least one fractional digit
        int p = prec == 0 ? 1 : prec;
        std::string e = print("%.*e", p - 1);
        int exponent = std::atoi(e.c_str() + e.find('e') + 1);
        if (exponent < -4 || exponent >= p - 1) {
            out = alternate ? print("%#.*e", p - 1) : e;
            if (!alternate) {
                size_t epos = out.find('e');
                std::string mant = out.substr(0, epos);
                if (mant.find('.') != std::string::npos) {
                    while (mant.back() == '0') mant.pop_back();
                    if (mant.back() == '.') mant.pop_back();
                }
                out = mant + out.substr(epos);
            }
        } else {
            out = print(alternate ? "%#.*f" : "%.*f", p - 1 - exponent);
            if (!alternate && out.find('.') != std::string::npos) {
                while (out.back() == '0') out.pop_back();
                if (out.back() == '.') out.pop_back();
            }
            if (out.find('.') == std::string::npos) out += ".0";
        }
        break;
    }
    default: out = floatReprText(d); break;
    }
    if (type == 'E' || type == 'G') {
        for (char& c : out)
            if (c == 'e') c = 'E';
    }
    return out;
}

} // namespace

FormatSpec parseFormatSpec(ThreadState& ts, std::string_view spec, std::string_view typeName) {
    return parseSpecWithDefaults(ts, spec, typeName, 0, '>');
}

StrObject* formatSpecArg(ThreadState& ts, Value v) {
    if (StrObject* s = asOrNull<StrObject>(v)) return s;
    std::string_view tn = typeName(ts, v);
    raiseFormat(ts, ts.rt.types.TypeError, "__format__() argument must be str, not %.*s", static_cast<int>(tn.size()),
                tn.data());
}

std::string padFormatted(const FormatSpec& f, std::string_view text, size_t textChars, char defaultAlign) {
    if (f.width <= 0 || static_cast<size_t>(f.width) <= textChars) return std::string(text);
    size_t pad = f.width - textChars;
    char align = f.align ? f.align : defaultAlign;
    switch (align) {
    case '<': return std::string(text) + fillText(f.fill, pad);
    case '^': return fillText(f.fill, pad / 2) + std::string(text) + fillText(f.fill, pad - pad / 2);
    default: return fillText(f.fill, pad) + std::string(text);
    }
}

// Float presentation shared by float values and ints formatted with e/f/g/%.
static StrObject* formatDouble(ThreadState& ts, double d, const FormatSpec& f) {
    char type = f.type;
    int64_t precision = f.precision;
    std::string suffix;
    if (type == 0) {
        type = precision >= 0 ? 'r' : 0;
    } else if (type == 'n') {
        type = 'g';
    }
    if (precision < 0 && type != 0) precision = 6;
    if (type == '%') {
        d *= 100;
        suffix = "%";
    }
    bool negative = std::signbit(d);
    double mag = std::fabs(d);
    std::string text;
    if (std::isnan(d) || std::isinf(d)) {
        bool upper = type == 'E' || type == 'F' || type == 'G';
        text = std::isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        if (std::isnan(d)) negative = std::signbit(d);
    } else {
        text = renderAbsFloat(mag, type, precision, f.alternate);
        if (negative && f.coerceNegativeZero && text.find_first_of("123456789") == std::string::npos) negative = false;
    }
    text += suffix;
    // Split the integer digits (grouped) from the rest.
    size_t intEnd = 0;
    while (intEnd < text.size() && text[intEnd] >= '0' && text[intEnd] <= '9') ++intEnd;
    std::string out = layoutNumber(f, signFor(f, negative), "", std::string_view(text).substr(0, intEnd),
                                   std::string_view(text).substr(intEnd), 3);
    return newStr(ts, out);
}

StrObject* formatInt(ThreadState& ts, Value v, StrObject* specObj) {
    std::string_view spec = specObj->view();
    if (spec.empty()) return toStr(ts, v);
    FormatSpec f = parseSpecWithDefaults(ts, spec, "int", 'd', '>');
    switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return formatDouble(ts, toDouble(ts, v), f);
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c': break;
    default: unknownCode(ts, f.type, "int");
    }
    if (f.precision >= 0) raiseError(ts, ts.rt.types.ValueError, "Precision not allowed in integer format specifier");
    if (f.coerceNegativeZero)
        raiseError(ts, ts.rt.types.ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (f.type == 'c') {
        if (f.sign) raiseError(ts, ts.rt.types.ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f.alternate)
            raiseError(ts, ts.rt.types.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        bool negative;
        std::string digits = intDigits(ts, v, 10, negative);
        if (negative || digits.size() > 7 || std::stol(digits) > 0x10FFFF)
            raiseError(ts, ts.rt.types.OverflowError, "%c arg not in range(0x110000)");
        std::string ch;
        utf8Append(ch, static_cast<uint32_t>(std::stol(digits)));
        return newStr(ts, padFormatted(f, ch, 1, '>' ));
    }
    int base = 10;
    const char* prefix = "";
    switch (f.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
    }
    bool negative;
    std::string digits = intDigits(ts, v, base, negative);
    if (f.type == 'X')
        for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    std::string out = layoutNumber(f, signFor(f, negative), f.alternate ? prefix : "", digits, "", base == 10 ? 3 : 4);
    return newStr(ts, out);
}

StrObject* formatFloat(ThreadState& ts, Value v, StrObject* specObj) {
    std::string_view spec = specObj->view();
    if (spec.empty()) return toStr(ts, v);
    FormatSpec f = parseSpecWithDefaults(ts, spec, "float", 0, '>');
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default: unknownCode(ts, f.type, "float");
    }
    return formatDouble(ts, toDouble(ts, v), f);
}

StrObject* formatStr(ThreadState& ts, Value v, StrObject* specObj) {
    std::string_view spec = specObj->view();
    StrObject* s = as<StrObject>(v);
    if (spec.empty()) return s;
    FormatSpec f = parseSpecWithDefaults(ts, spec, "str", 's', '<');
    if (f.type != 0 && f.type != 's') unknownCode(ts, f.type, "str");
    if (f.sign) raiseError(ts, ts.rt.types.ValueError, "Sign not allowed in string format specifier");
    if (f.coerceNegativeZero)
        raiseError(ts, ts.rt.types.ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate) raiseError(ts, ts.rt.types.ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=')
        raiseError(ts, ts.rt.types.ValueError, "'=' alignment not allowed in string format specifier");
    std::string_view text = s->view();
    size_t chars = s->charLength;
    if (f.precision >= 0 && static_cast<size_t>(f.precision) < chars) {
        text = text.substr(0, utf8Offset(text, f.precision));
        chars = f.precision;
    }
    if (f.width <= 0 || static_cast<size_t>(f.width) <= chars) {
        if (text.size() == s->byteLength) return s;
        return newStr(ts, text);
    }
    return newStr(ts, padFormatted(f, text, chars, '<'));
}

std::string strReprText(std::string_view s, bool asciiOnly) {
    bool hasSingle = s.find('\'') != std::string_view::npos;
    bool hasDouble = s.find('"') != std::string_view::npos;
    char quote = (hasSingle && !hasDouble) ? '"' : '\'';
    std::string out;
    out.reserve(s.size() + 2);
    out.push_back(quote);
    static const char hex[] = "0123456789abcdef";
    size_t i = 0;
    while (i < s.size()) {
        uint32_t cp = utf8Decode(s, i);
        if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(cp));
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp >= 0x20 && cp < 0x7F) {
            out.push_back(static_cast<char>(cp));
        } else if (cp < 0x80 || (cp < 0x100 && (asciiOnly || !uniIsPrintable(cp)))) {
            out += "\\x";
            out.push_back(hex[cp >> 4]);
            out.push_back(hex[cp & 15]);
        } else if (!asciiOnly && uniIsPrintable(cp)) {
            utf8Append(out, cp);
        } else if (cp < 0x10000) {
            out += "\\u";
            for (int sh = 12; sh >= 0; sh -= 4) out.push_back(hex[(cp >> sh) & 15]);
        } else {
            out += "\\U";
            for (int sh = 28; sh >= 0; sh -= 4) out.push_back(hex[(cp >> sh) & 15]);
        }
    }
    out.push_back(quote);
    return out;
}

} // namespace spindle

// ---------------------------------------------------------------------------
// printf-style formatting: str % args.
namespace spindle {

namespace {

// ascii(): the repr with every non-ASCII code point escaped.
std::string asciiEscape(std::string_view text) {
    static const char hex[] = "0123456789abcdef";
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        uint32_t cp = utf8Decode(text, i);
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
        } else if (cp < 0x100) {
            out += "\\x";
            out.push_back(hex[cp >> 4]);
            out.push_back(hex[cp & 15]);
        } else if (cp < 0x10000) {
            out += "\\u";
            for (int sh = 12; sh >= 0; sh -= 4) out.push_back(hex[(cp >> sh) & 15]);
        } else {
            out += "\\U";
            for (int sh = 28; sh >= 0; sh -= 4) out.push_back(hex[(cp >> sh) & 15]);
        }
    }
    return out;
}

struct PercentSpec {
    bool left = false, plus = false, space = false, alternate = false, zero = false;
    int64_t width = -1, precision = -1;
};

// Pad a rendered conversion to the requested width. `signAndPrefix` stays in
// front of zero padding ("-0x00ff").
std::string percentPad(const PercentSpec& p, std::string_view signAndPrefix, std::string_view body, size_t bodyChars,
                       bool allowZero) {
    size_t total = signAndPrefix.size() + bodyChars;
    std::string out;
    if (p.width < 0 || static_cast<size_t>(p.width) <= total) {
        out += signAndPrefix;
        out += body;
        return out;
    }
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

std::string percentInteger(ThreadState& ts, const PercentSpec& p, char type, Value v) {
    Handle keep(ts, v);
    if (!isIntValue(v)) {
        bool needIndex = type == 'x' || type == 'X' || type == 'o';
        if (!needIndex && v.isFloat()) {
            v = intFromDouble(ts, v.asFloat());
        } else if (hasTypeMethod(ts, v, ts.rt.names.__index__) ||
                   (!needIndex && hasTypeMethod(ts, v, ts.rt.names.__int__))) {
            v = callMethod(ts, v, needIndex ? ts.rt.names.__index__ : ts.rt.names.__int__, Args{});
            if (!isIntValue(v)) raiseTypeMismatch(ts, "__int__ returned non-int", v);
        } else {
            const char* want = needIndex ? "an integer is required" : "a real number is required";
            raiseFormat(ts, ts.rt.types.TypeError, "%%%c format: %s, not %.*s", type, want,
                        static_cast<int>(typeName(ts, v).size()), typeName(ts, v).data());
        }
        keep.set(v);
    }
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
    return percentPad(p, lead, digits, digits.size(), true);
}

std::string percentFloat(ThreadState& ts, const PercentSpec& p, char type, Value v) {
    double d;
    if (v.isFloat() || isIntValue(v)) {
        d = toDouble(ts, v);
    } else if (hasTypeMethod(ts, v, ts.rt.names.__float__)) {
        Value f = callMethod(ts, v, ts.rt.names.__float__, Args{});
        if (!f.isFloat()) raiseTypeMismatch(ts, "__float__ returned non-float", f);
        d = f.asFloat();
    } else {
        std::string_view tn = typeName(ts, v);
        raiseFormat(ts, ts.rt.types.TypeError, "must be real number, not %.*s", static_cast<int>(tn.size()), tn.data());
    }
    std::string body;
    bool finite = std::isfinite(d);
    if (!finite) {
        body = std::isnan(d) ? "nan" : "inf";
        if (type == 'E' || type == 'F' || type == 'G')
            for (char& c : body) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    } else {
        body = renderAbsFloat(std::fabs(d), type, p.precision < 0 ? 6 : p.precision, p.alternate);
    }
    std::string lead;
    if (std::signbit(d) && !std::isnan(d)) lead = "-";
    else if (p.plus) lead = "+";
    else if (p.space) lead = " ";
    return percentPad(p, lead, body, body.size(), true);
}

} // namespace

Value percentFormat(ThreadState& ts, StrObject* fmtObj, Value args) {
    Handle keepFmt(ts, Value::object(fmtObj));
    std::string_view fmt = fmtObj->view();
    TupleObject* tuple = asOrNull<TupleObject>(args);
    Value mapping;
    if (!tuple && !isKind(args, ObjKind::Str) && typeOf(ts, args)->slots.getItem) mapping = args;
    size_t argCount = tuple ? tuple->size : 1;
    size_t argIndex = 0;
    auto nextArg = [&]() -> Value {
        if (argIndex >= argCount) raiseError(ts, ts.rt.types.TypeError, "not enough arguments for format string");
        return tuple ? (*tuple)[argIndex++] : (argIndex++, args);
    };
    bool usedMapping = false;
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
        if (pos < fmt.size() && fmt[pos] == '%') {
            out.push_back('%');
            ++pos;
            continue;
        }
        Value arg;
        bool haveArg = false;
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
            Value key = strValue(ts, fmt.substr(keyStart, pos - 1 - keyStart));
            arg = getItem(ts, mapping, key);
            haveArg = true;
            usedMapping = true;
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
            Value w = nextArg();
            if (!w.isIntOrBool()) raiseError(ts, ts.rt.types.TypeError, "* wants int");
            p.width = w.asInt();
            if (p.width < 0) {
                p.left = true;
                p.width = -p.width;
            }
            ++pos;
        } else {
            int64_t w;
            if (parseDecimal(ts, fmt, pos, w)) p.width = w;
        }
        if (pos < fmt.size() && fmt[pos] == '.') {
            ++pos;
            if (pos < fmt.size() && fmt[pos] == '*') {
                Value pr = nextArg();
                if (!pr.isIntOrBool()) raiseError(ts, ts.rt.types.TypeError, "* wants int");
                p.precision = pr.asInt() < 0 ? 0 : pr.asInt();
                ++pos;
            } else {
                int64_t pr = 0;
                parseDecimal(ts, fmt, pos, pr);
                p.precision = pr;
            }
        }
        while (pos < fmt.size() && (fmt[pos] == 'h' || fmt[pos] == 'l' || fmt[pos] == 'L')) ++pos;
        if (pos >= fmt.size()) raiseError(ts, ts.rt.types.ValueError, "incomplete format");
        size_t typeIndex = pos;
        size_t typeEnd = pos;
        uint32_t type = utf8Decode(fmt, typeEnd);
        pos = typeEnd;
        if (type == '%') {
            out.push_back('%');
            continue;
        }
        if (!haveArg) arg = nextArg();
        Handle keepArg(ts, arg);
        switch (type) {
        case 's': case 'r': case 'a': {
            StrObject* s = type == 's' ? toStr(ts, arg) : repr(ts, arg);
            std::string text = type == 'a' ? asciiEscape(s->view()) : std::string(s->view());
            size_t chars = type == 'a' ? text.size() : s->charLength;
            if (p.precision >= 0 && static_cast<size_t>(p.precision) < chars) {
                text.resize(utf8Offset(text, p.precision));
                chars = p.precision;
            }
            out += percentPad(p, "", text, chars, false);
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            out += percentInteger(ts, p, static_cast<char>(type == 'i' || type == 'u' ? 'd' : type), arg);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            out += percentFloat(ts, p, static_cast<char>(type), arg);
            break;
        case 'c': {
            std::string ch;
            if (isIntValue(arg)) {
                bool negative;
                std::string digits = intDigits(ts, arg, 10, negative);
                if (negative || digits.size() > 7 || std::stol(digits) > 0x10FFFF)
                    raiseError(ts, ts.rt.types.OverflowError, "%c arg not in range(0x110000)");
                utf8Append(ch, static_cast<uint32_t>(std::stol(digits)));
            } else if (isKind(arg, ObjKind::Str) && as<StrObject>(arg)->charLength == 1) {
                ch.assign(as<StrObject>(arg)->view());
            } else {
                raiseError(ts, ts.rt.types.TypeError, "%c requires int or char");
            }
            out += percentPad(p, "", ch, 1, false);
            break;
        }
        default: {
            size_t charIndex = utf8Length(fmt.substr(0, typeIndex));
            std::string shown;
            utf8Append(shown, type);
            raiseFormat(ts, ts.rt.types.ValueError, "unsupported format character '%s' (0x%x) at index %zu",
                        shown.c_str(), type, charIndex);
        }
        }
    }
    if (argIndex < argCount && !usedMapping && mapping.isEmpty())
        raiseError(ts, ts.rt.types.TypeError, "not all arguments converted during string formatting");
    return strValue(ts, out);
}

// ---------------------------------------------------------------------------
// str.format / str.format_map.
namespace {

struct FormatCall {
    ThreadState& ts;
    Args args;
    Value mapping;
    int numbering = 0; // 0 unknown, 1 automatic, 2 manual
    int64_t nextAuto = 0;

    SPINDLE_NORETURN void fail(std::string_view msg) { raiseError(ts, ts.rt.types.ValueError, msg); }

    Value positional(int64_t index) {
        if (!mapping.isEmpty()) fail("Format string contains positional fields");
        if (index < 0 || static_cast<size_t>(index) >= args.positionalCount())
            raiseFormat(ts, ts.rt.types.IndexError, "Replacement index %lld out of range for positional args tuple",
                        static_cast<long long>(index));
        return args[index];
    }

    Value named(std::string_view name) {
        if (!mapping.isEmpty()) return getItem(ts, mapping, strValue(ts, name));
        size_t kw = args.keywordCount();
        for (size_t i = 0; i < kw; ++i) {
            Value k = (*args.kwnames)[i];
            if (as<StrObject>(k)->view() == name) return args[args.positionalCount() + i];
        }
        Value key = strValue(ts, name);
        raise(ts, Value::object(newExceptionArgs(ts, ts.rt.types.KeyError, [&] {
                  TupleObject* t = newTuple(ts, 1);
                  (*t)[0] = key;
                  return t;
              }())));
    }

    static bool allDigits(std::string_view s) {
        if (s.empty()) return false;
        for (char c : s)
            if (c < '0' || c > '9') return false;
        return true;
    }

    int64_t parseIndex(std::string_view s) {
        size_t pos = 0;
        int64_t v = 0;
        parseDecimal(ts, s, pos, v);
        return v;
    }

    // Resolve "name.attr[key]..." to a value.
    Value resolveField(std::string_view field) {
        size_t end = 0;
        while (end < field.size() && field[end] != '.' && field[end] != '[') ++end;
        std::string_view first = field.substr(0, end);
        Handle obj(ts);
        if (first.empty()) {
            if (numbering == 2) fail("cannot switch from manual field specification to automatic field numbering");
            numbering = 1;
            obj.set(positional(nextAuto++));
        } else if (allDigits(first)) {
            int64_t index = parseIndex(first);
            if (numbering == 1) fail("cannot switch from automatic field numbering to manual field specification");
            numbering = 2;
            obj.set(positional(index));
        } else {
            obj.set(named(first));
        }
        size_t pos = end;
        while (pos < field.size()) {
            if (field[pos] == '.') {
                size_t start = ++pos;
                while (pos < field.size() && field[pos] != '.' && field[pos] != '[') ++pos;
                if (pos == start) fail("Empty attribute in format string");
                obj.set(getAttr(ts, obj, intern(ts, field.substr(start, pos - start))));
            } else if (field[pos] == '[') {
                size_t start = ++pos;
                while (pos < field.size() && field[pos] != ']') ++pos;
                std::string_view key = field.substr(start, pos - start);
                if (key.empty()) fail("Empty attribute in format string");
                ++pos; // past ']'
                Value k = allDigits(key) ? Value::integer(parseIndex(key)) : strValue(ts, key);
                Handle keepKey(ts, k);
                obj.set(getItem(ts, obj, k));
                if (pos < field.size() && field[pos] != '.' && field[pos] != '[')
                    fail("Only '.' or '[' may follow ']' in format field specifier");
            } else {
                fail("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj.get();
    }

    void render(std::string_view s, int depth, std::string& out) {
        if (depth <= 0) fail("Max string recursion exceeded");
        size_t pos = 0, n = s.size();
        while (pos < n) {
            char c = s[pos];
            if (c == '}') {
                if (pos + 1 < n && s[pos + 1] == '}') {
                    out.push_back('}');
                    pos += 2;
                    continue;
                }
                fail("Single '}' encountered in format string");
            }
            if (c != '{') {
                size_t next = s.find_first_of("{}", pos);
                if (next == std::string_view::npos) next = n;
                out.append(s.substr(pos, next - pos));
                pos = next;
                continue;
            }
            if (pos + 1 < n && s[pos + 1] == '{') {
                out.push_back('{');
                pos += 2;
                continue;
            }
            if (pos + 1 >= n) fail("Single '{' encountered in format string");
            pos = renderField(s, pos + 1, depth, out);
        }
    }

    // Parse and render one replacement field starting after '{'; returns the
    // position after its closing '}'.
    size_t renderField(std::string_view s, size_t pos, int depth, std::string& out) {
        size_t n = s.size(), nameStart = pos;
        while (pos < n) {
            char c = s[pos];
            if (c == '[') {
                size_t close = s.find(']', pos);
                if (close == std::string_view::npos) fail("expected '}' before end of string");
                pos = close + 1;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
            ++pos;
        }
        if (pos >= n) fail("expected '}' before end of string");
        std::string_view name = s.substr(nameStart, pos - nameStart);
        uint32_t conversion = 0;
        if (s[pos] == '!') {
            ++pos;
            if (pos >= n) fail("end of string while looking for conversion specifier");
            conversion = utf8Decode(s, pos);
            if (pos >= n) fail("unmatched '{' in format spec");
            if (s[pos] != ':' && s[pos] != '}') fail("expected ':' after conversion specifier");
        }
        std::string_view spec;
        bool nestedSpec = false;
        if (s[pos] == ':') {
            size_t specStart = ++pos;
            int level = 1;
            while (pos < n) {
                if (s[pos] == '{') {
                    ++level;
                    nestedSpec = true;
                } else if (s[pos] == '}' && --level == 0) {
                    break;
                }
                ++pos;
            }
            if (pos >= n) fail("unmatched '{' in format spec");
            spec = s.substr(specStart, pos - specStart);
        }
        ++pos; // past '}'
        Handle value(ts, resolveField(name));
        if (conversion) {
            switch (conversion) {
            case 'r': value.set(Value::object(repr(ts, value))); break;
            case 's': value.set(Value::object(toStr(ts, value))); break;
            case 'a': value.set(strValue(ts, asciiEscape(repr(ts, value)->view()))); break;
            default: {
                std::string shown;
                if (conversion >= 0x20 && conversion < 0x7F) utf8Append(shown, conversion);
                else {
                    char buf[16];
                    std::snprintf(buf, sizeof buf, "\\x%02x", conversion);
                    shown = buf;
                }
                raiseFormat(ts, ts.rt.types.ValueError, "Unknown conversion specifier %s", shown.c_str());
            }
            }
        }
        std::string renderedSpec;
        if (nestedSpec) render(spec, depth - 1, renderedSpec);
        else renderedSpec.assign(spec);
        Handle specObj(ts, strValue(ts, renderedSpec));
        StrObject* text = formatValue(ts, value, as<StrObject>(specObj.get()));
        out.append(text->view());
        return pos;
    }
};

} // namespace

StrObject* strFormat(ThreadState& ts, StrObject* fmt, Args args, Value mapping) {
    Handle keepFmt(ts, Value::object(fmt));
    Handle keepMapping(ts, mapping);
    FormatCall call{ts, args, mapping};
    std::string out;
    call.render(fmt->view(), 2, out);
    return newStr(ts, out);
}

} // namespace spindle
