// Format.cpp — the format mini-language (format(), f-strings, str.format specs).
//
// Numbers are rendered in two stages, as CPython does: first the bare digits of
// |value| (intDigits; floatFormatText for floats), then sign, base prefix, grouping and
// padding are laid out around them. Zero padding with a '0' fill and '=' alignment
// puts group separators into the padding too ("00,001,234"), so grouping and
// padding are computed together in layoutNumber().
#include "runtime/types/Format.h"

#include "runtime/types/Numbers.h"
#include "runtime/types/Unicode.h"

#include <algorithm>
#include <cmath>

namespace spindle {

namespace {

uint32_t decodeAt(std::string_view s, size_t& pos) { return utf8Decode(s, pos); }

bool isAlignChar(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

} // namespace

// Widths and precisions are Py_ssize_t in CPython: a run of digits is refused only
// when it no longer fits one; anything smaller is a MemoryError at allocation.
bool parseDecimal(ThreadState& ts, std::string_view s, size_t& pos, int64_t& out) {
    size_t start = pos;
    int64_t v = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
        int digit = s[pos] - '0';
        if (v > (INT64_MAX - digit) / 10)
            raiseError(ts, ts.rt.types.ValueError, "Too many decimal digits in format string");
        v = v * 10 + digit;
        ++pos;
    }
    out = v;
    return pos > start;
}

void checkTextSize(ThreadState& ts, int64_t bytes) {
    if (bytes > 0 && static_cast<uint64_t>(bytes) > kMaxFormattedBytes) raiseMemoryError(ts);
}

std::string repeatCodePoint(uint32_t cp, size_t count) {
    std::string one;
    utf8Append(one, cp);
    std::string out;
    out.reserve(one.size() * count);
    for (size_t i = 0; i < count; ++i) out += one;
    return out;
}

namespace {

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
    // "_," is refused here; ",," leaves the second ',' to be read as the type.
    if (pos < spec.size() && spec[pos] == ',' && f.grouping == '_')
        raiseError(ts, ts.rt.types.ValueError, "Cannot specify both ',' and '_'.");
    if (pos < spec.size() && spec[pos] == '.') {
        ++pos;
        if (!parseDecimal(ts, spec, pos, n))
            raiseError(ts, ts.rt.types.ValueError, "Format specifier missing precision");
        f.precision = n;
    }
    size_t typeEnd = pos;
    if (pos < spec.size()) utf8Decode(spec, typeEnd);
    if (typeEnd < spec.size()) {
        raiseFormat(ts, ts.rt.types.ValueError, "Invalid format specifier '%.*s' for object of type '%.*s'",
                    static_cast<int>(spec.size()), spec.data(), static_cast<int>(typeName.size()), typeName.data());
    }
    if (pos < spec.size()) {
        // A non-ASCII presentation type is never valid; keep one byte that no
        // type matches so the "Unknown format code" error shows its code point.
        uint32_t cp = utf8Decode(spec, pos);
        f.type = cp < 0x80 ? static_cast<char>(cp) : '\x7f';
        f.typeCodePoint = cp;
    }
    if (f.grouping) {
        char t = f.type ? f.type : defaultType;
        bool ok;
        switch (t) {
        case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'F': case 'G': case '%': ok = true; break;
        case 'b': case 'o': case 'x': case 'X': ok = f.grouping == '_'; break;
        default: ok = false;
        }
        if (!ok) {
            uint32_t shown = f.type ? f.typeCodePoint : static_cast<uint32_t>(t);
            if (shown > 0x20 && shown < 0x80)
                raiseFormat(ts, ts.rt.types.ValueError, "Cannot specify '%c' with '%c'.", f.grouping, static_cast<char>(shown));
            raiseFormat(ts, ts.rt.types.ValueError, "Cannot specify '%c' with '\\x%x'.", f.grouping, shown);
        }
    }
    return f;
}

std::string fillText(uint32_t fill, size_t count) { return repeatCodePoint(fill, count); }

// CPython shows printable ASCII codes as themselves and the rest (space included)
// as a hex escape.
SPINDLE_NORETURN void unknownCode(ThreadState& ts, const FormatSpec& f, std::string_view typeName) {
    uint32_t type = f.typeCodePoint;
    if (type > 0x20 && type < 0x80)
        raiseFormat(ts, ts.rt.types.ValueError, "Unknown format code '%c' for object of type '%.*s'",
                    static_cast<char>(type), static_cast<int>(typeName.size()), typeName.data());
    raiseFormat(ts, ts.rt.types.ValueError, "Unknown format code '\\x%x' for object of type '%.*s'", type,
                static_cast<int>(typeName.size()), typeName.data());
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

// Render |d| (finite or not) for a float presentation type (0 = none, then
// precision < 0 means repr). The caller lays out the sign: a NaN has none in
// CPython's output, whatever its sign bit.
std::string renderAbsFloat(double d, char type, int64_t precision, bool alternate) {
    return floatFormatText(std::fabs(d), type, static_cast<int>(precision), alternate);
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
    // CPython keeps precisions in a C int once it gets to the float routines.
    if (f.precision > INT32_MAX) raiseError(ts, ts.rt.types.ValueError, "precision too big");
    checkTextSize(ts, f.width);
    checkTextSize(ts, f.precision);
    std::string text = renderAbsFloat(d, f.type, f.precision, f.alternate);
    bool negative = std::signbit(d) && !std::isnan(d);
    // 'z': a value that rounds to zero loses its minus sign.
    if (negative && f.coerceNegativeZero && text.find_first_of("123456789") == std::string::npos &&
        std::isfinite(d))
        negative = false;
    FormatSpec layout = f;
    size_t intEnd = 0;
    if (std::isfinite(d)) {
        while (intEnd < text.size() && text[intEnd] >= '0' && text[intEnd] <= '9') ++intEnd;
    } else {
        layout.grouping = 0; // "inf"/"nan" take zero padding, but no separators
    }
    std::string out = layoutNumber(layout, signFor(f, negative), "", std::string_view(text).substr(0, intEnd),
                                   std::string_view(text).substr(intEnd), 3);
    return newStr(ts, out);
}

StrObject* formatInt(ThreadState& ts, Value v, StrObject* specObj) {
    std::string_view spec = specObj->view();
    if (spec.empty()) return toStr(ts, v);
    std::string_view valueType = typeName(ts, v); // "bool" for True, a subclass's own name
    FormatSpec f = parseSpecWithDefaults(ts, spec, valueType, 'd', '>');
    switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return formatDouble(ts, toDouble(ts, v), f);
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c': break;
    default: unknownCode(ts, f, valueType);
    }
    if (f.precision >= 0) raiseError(ts, ts.rt.types.ValueError, "Precision not allowed in integer format specifier");
    if (f.coerceNegativeZero)
        raiseError(ts, ts.rt.types.ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (f.type == 'c') {
        if (f.sign) raiseError(ts, ts.rt.types.ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f.alternate)
            raiseError(ts, ts.rt.types.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        // CPython first converts to a C long, then checks the code point range.
        int64_t code;
        if (v.isIntOrBool()) code = v.asInt();
        else if (!intToInt64(v, code))
            raiseError(ts, ts.rt.types.OverflowError, "Python int too large to convert to C long");
        if (code < 0 || code > 0x10FFFF) raiseError(ts, ts.rt.types.OverflowError, "%c arg not in range(0x110000)");
        checkTextSize(ts, f.width);
        std::string ch;
        utf8Append(ch, static_cast<uint32_t>(code));
        return newStr(ts, padFormatted(f, ch, 1, '>'));
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
    checkTextSize(ts, f.width);
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
    std::string_view valueType = typeName(ts, v);
    FormatSpec f = parseSpecWithDefaults(ts, spec, valueType, 0, '>');
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default: unknownCode(ts, f, valueType);
    }
    return formatDouble(ts, toDouble(ts, v), f);
}

StrObject* formatStr(ThreadState& ts, Value v, StrObject* specObj) {
    std::string_view spec = specObj->view();
    StrObject* s = as<StrObject>(v);
    if (spec.empty()) return s;
    std::string_view valueType = typeName(ts, v);
    FormatSpec f = parseSpecWithDefaults(ts, spec, valueType, 's', '<');
    if (f.type != 0 && f.type != 's') unknownCode(ts, f, valueType);
    if (f.sign == ' ') raiseError(ts, ts.rt.types.ValueError, "Space not allowed in string format specifier");
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
    checkTextSize(ts, f.width);
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
                // Printable ASCII as itself; anything else (space too) as an unpadded hex escape.
                if (conversion > 0x20 && conversion < 0x7F)
                    raiseFormat(ts, ts.rt.types.ValueError, "Unknown conversion specifier %c",
                                static_cast<char>(conversion));
                raiseFormat(ts, ts.rt.types.ValueError, "Unknown conversion specifier \\x%x", conversion);
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
