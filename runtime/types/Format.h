// Format.h — the format mini-language, str.format and printf-style `%`.
//
//   format_spec ::= [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// formatInt/formatFloat/formatStr are the `format` slots of int/bool, float and
// str (what format(v, spec), f"{v:spec}" and str.format end up calling). Errors
// are CPython 3.11's, word for word.
#pragma once

#include "runtime/Ops.h"

#include <string>
#include <string_view>

namespace spindle {

struct FormatSpec {
    uint32_t fill = ' ';
    char align = 0;      // '<' '>' '^' '=' or 0 (type's default)
    char sign = 0;       // '+' '-' ' ' or 0
    bool coerceNegativeZero = false; // 'z'
    bool alternate = false;          // '#'
    bool zeroPad = false;            // '0' before width
    int64_t width = -1;
    char grouping = 0;   // ',' '_' or 0
    int64_t precision = -1;
    char type = 0;       // presentation type or 0 ('\x7f' when not ASCII)
    uint32_t typeCodePoint = 0; // the type as written, for error messages
};

// Parse a spec; raises ValueError like CPython. `typeName` names the value's
// type in "Invalid format specifier ... for object of type 'int'".
FormatSpec parseFormatSpec(ThreadState& ts, std::string_view spec, std::string_view typeName);

StrObject* formatInt(ThreadState& ts, Value v, StrObject* spec);   // int, bool, big int
StrObject* formatFloat(ThreadState& ts, Value v, StrObject* spec);
StrObject* formatStr(ThreadState& ts, Value v, StrObject* spec);

// The spec argument of __format__(spec): a str, or CPython's TypeError.
StrObject* formatSpecArg(ThreadState& ts, Value spec);

// Pad `text` (already formatted, UTF-8 with `textChars` code points) to the
// spec's width with its fill and alignment (default `defaultAlign`).
std::string padFormatted(const FormatSpec& spec, std::string_view text, size_t textChars, char defaultAlign);

// `fmt % args` for str (args: a tuple, a mapping, or a single value).
Value percentFormat(ThreadState& ts, StrObject* fmt, Value args);

// str.format(*args, **kwargs) on `fmt`. `args` are the call's arguments (positional
// then keyword, keyword names in args.kwnames). When `mapping` is set (format_map),
// named fields are looked up in it with getItem instead of the keywords.
StrObject* strFormat(ThreadState& ts, StrObject* fmt, Args args, Value mapping = Value());

// repr()/ascii() text of a str (CPython's quote choice and escapes).
std::string strReprText(std::string_view utf8, bool asciiOnly = false);

// ascii() of an already repr()'d text: every non-ASCII code point escaped.
std::string asciiEscape(std::string_view text);

// ---- shared by Format.cpp and PercentFormat.cpp ----

// Formatted text longer than this is refused with MemoryError up front (the
// limit the sequence repeats use), instead of attempting the allocation.
// Negative sizes stand for "no width/precision" and pass.
inline constexpr uint64_t kMaxFormattedBytes = uint64_t(1) << 40;
void checkTextSize(ThreadState& ts, int64_t bytes);

// Parse a run of decimal digits at `pos` (advanced past them); false when there
// are none. "Too many decimal digits in format string" beyond a Py_ssize_t.
bool parseDecimal(ThreadState& ts, std::string_view s, size_t& pos, int64_t& out);

// `count` copies of one code point, UTF-8.
std::string repeatCodePoint(uint32_t cp, size_t count);

} // namespace spindle
