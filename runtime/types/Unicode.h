// Unicode.h — UTF-8 walking, code point properties, case mapping and character
// names for str.
//
// Strings are stored as UTF-8 (Objects.h). Every property and case mapping here is
// exact for Unicode 14.0, the version of CPython 3.11: they are read from
// runtime/types/UnicodeTables.inc, which scripts/gen_unicode_tables.py generates by
// asking CPython itself (ch.isalpha(), ch.upper(), ...) about every code point.
// Each predicate means what the str method of that name answers for a
// one-character string: isspace is Python's whitespace (bidirectional WS/B/S or
// Zs), isupper/islower the Uppercase/Lowercase properties, isdigit/isnumeric the
// digit/numeric values, isprintable Python's repr() rule. ASCII is answered inline
// from a 128-entry table; other code points take a three-level table lookup.
#pragma once

#include "runtime/Common.h"

#include <array>
#include <string>
#include <string_view>

namespace spindle {

// Decode the code point starting at s[i]; advances i. Input must be valid UTF-8.
uint32_t utf8Decode(std::string_view s, size_t& i);
// Append the UTF-8 encoding of cp.
void utf8Append(std::string& out, uint32_t cp);
// Byte length of the sequence starting with lead byte b.
inline size_t utf8SeqLength(unsigned char b) {
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}
// Validate UTF-8 (strict: no surrogates, no overlongs). On failure, `badPos`
// is the offset of the first invalid byte and `badEnd` the end of the invalid
// sequence as CPython reports it in UnicodeDecodeError.
bool utf8Validate(std::string_view s, size_t* badPos = nullptr, size_t* badEnd = nullptr,
                  const char** reason = nullptr);
// Byte offset of code point index `cpIndex` (walks non-ASCII strings).
size_t utf8Offset(std::string_view s, size_t cpIndex);

// Property bits of a code point. The generated tables static_assert these values.
enum class UniFlag : uint32_t {
    Alpha = 1u << 0,         // str.isalpha: categories Lu Ll Lt Lm Lo
    Decimal = 1u << 1,       // str.isdecimal
    Digit = 1u << 2,         // str.isdigit
    Numeric = 1u << 3,       // str.isnumeric
    Space = 1u << 4,         // str.isspace
    Upper = 1u << 5,         // Uppercase (str.isupper)
    Lower = 1u << 6,         // Lowercase (str.islower)
    Title = 1u << 7,         // category Lt
    Cased = 1u << 8,         // title() and the final-sigma rule
    CaseIgnorable = 1u << 9, // the final-sigma rule
    Printable = 1u << 10,    // str.isprintable
    IdStart = 1u << 11,      // XID_Start or '_' (first character of str.isidentifier)
    IdContinue = 1u << 12,   // XID_Continue (the others)
    LineBreak = 1u << 13,    // str.splitlines boundaries
    // Table-internal: the case mapping is several code points.
    UpperExpands = 1u << 14,
    LowerExpands = 1u << 15,
    TitleExpands = 1u << 16,
    FoldExpands = 1u << 17,
};

namespace unicode_detail {
extern const std::array<uint32_t, 128> kAsciiFlags;
// The flags of any code point (table lookup; none above U+10FFFF).
uint32_t flagsOf(uint32_t cp);
} // namespace unicode_detail

inline uint32_t uniFlags(uint32_t cp) {
    return cp < 0x80 ? unicode_detail::kAsciiFlags[cp] : unicode_detail::flagsOf(cp);
}
inline bool uniHas(uint32_t cp, UniFlag flag) { return (uniFlags(cp) & static_cast<uint32_t>(flag)) != 0; }

inline bool uniIsSpace(uint32_t cp) { return uniHas(cp, UniFlag::Space); }
inline bool uniIsAlpha(uint32_t cp) { return uniHas(cp, UniFlag::Alpha); }
inline bool uniIsDecimal(uint32_t cp) { return uniHas(cp, UniFlag::Decimal); }
inline bool uniIsDigit(uint32_t cp) { return uniHas(cp, UniFlag::Digit); }
inline bool uniIsNumeric(uint32_t cp) { return uniHas(cp, UniFlag::Numeric); }
inline bool uniIsUpper(uint32_t cp) { return uniHas(cp, UniFlag::Upper); }
inline bool uniIsLower(uint32_t cp) { return uniHas(cp, UniFlag::Lower); }
inline bool uniIsTitle(uint32_t cp) { return uniHas(cp, UniFlag::Title); }
inline bool uniIsCased(uint32_t cp) { return uniHas(cp, UniFlag::Cased); }
inline bool uniIsCaseIgnorable(uint32_t cp) { return uniHas(cp, UniFlag::CaseIgnorable); }
inline bool uniIsPrintable(uint32_t cp) { return uniHas(cp, UniFlag::Printable); }
inline bool uniIsIdentifierStart(uint32_t cp) { return uniHas(cp, UniFlag::IdStart); }
inline bool uniIsIdentifierContinue(uint32_t cp) { return uniHas(cp, UniFlag::IdContinue); }
inline bool uniIsLineBreak(uint32_t cp) { return uniHas(cp, UniFlag::LineBreak); }
// Decimal value of a decimal digit code point (what int() accepts), or -1.
int uniDecimalValue(uint32_t cp);

// Full case mappings of one code point, appended as UTF-8; each may be several
// code points ('ß' upper is "SS", title "Ss"; 'ﬁ' upper is "FI"). uniAppendLower
// maps U+03A3 to σ: only a whole string knows about final sigma (uniConvertCase).
void uniAppendUpper(std::string& out, uint32_t cp);
void uniAppendLower(std::string& out, uint32_t cp);
void uniAppendTitle(std::string& out, uint32_t cp);
void uniAppendCasefold(std::string& out, uint32_t cp);

// The str methods that change case, with CPython 3.11's rules: lower() (and the
// lowering in swapcase/title/capitalize) turns Σ into ς at the end of a word;
// title() titlecases a character unless the one before it is cased; capitalize()
// titlecases the first character and lowercases the rest.
enum class CaseConversion { Upper, Lower, Casefold, Swapcase, Title, Capitalize };
// Appends the converted UTF-8 text `s` to `out`.
void uniConvertCase(std::string& out, std::string_view s, CaseConversion how);

// The code point named `name` as \N{...} in a str literal accepts it: a character
// name or alias (ASCII letters in any case), or one of the names defined by rule
// ("CJK UNIFIED IDEOGRAPH-4E2D", "HANGUL SYLLABLE GAG"; upper case only).
bool uniLookupName(std::string_view name, uint32_t& cp);

} // namespace spindle
