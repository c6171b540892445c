// Unicode.h — UTF-8 walking and code point classification for str.
//
// Strings are stored as UTF-8 (Objects.h). These helpers decode/encode code
// points and answer the questions str methods ask (isalpha, upper, ...).
//
// Classification is table-free and APPROXIMATE beyond these ranges, which are
// exact: ASCII, Latin-1 Supplement, Latin Extended-A, Greek and Coptic basics,
// Cyrillic basics, the common Unicode space characters, ASCII/fullwidth and
// Arabic-Indic decimal digits, superscript/fraction "numerics". Other letters are
// recognised by broad script blocks (CJK, Hangul, kana, ...) with no case.
// Differences are listed in docs/differences.md.
#pragma once

#include "runtime/Common.h"

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

bool uniIsSpace(uint32_t cp);
bool uniIsAlpha(uint32_t cp);
bool uniIsDecimal(uint32_t cp);
bool uniIsDigit(uint32_t cp);
bool uniIsNumeric(uint32_t cp);
bool uniIsUpper(uint32_t cp);
bool uniIsLower(uint32_t cp);
// Cased: has an upper/lower/title form distinction (used by title/istitle).
bool uniIsCased(uint32_t cp);
bool uniIsPrintable(uint32_t cp);
bool uniIsIdentifierStart(uint32_t cp);
bool uniIsIdentifierContinue(uint32_t cp);
bool uniIsLineBreak(uint32_t cp);
// Simple (one-to-one) case mappings.
uint32_t uniToUpper(uint32_t cp);
uint32_t uniToLower(uint32_t cp);
// Full upper-casing appends possibly several code points ('ß' -> "SS").
void uniAppendUpper(std::string& out, uint32_t cp);
void uniAppendLower(std::string& out, uint32_t cp);
void uniAppendCasefold(std::string& out, uint32_t cp);
// Decimal value of a decimal digit code point, or -1.
int uniDecimalValue(uint32_t cp);

} // namespace spindle

// ---------------------------------------------------------------------------
// Codecs and str/bytes internals shared by StrType.cpp, StrMethods.cpp and
// BytesType.cpp (they raise Python exceptions, so they need a ThreadState).
#include "runtime/Objects.h"

namespace spindle {

struct ThreadState;

// Canonical codec name ("utf-8", "ascii", "latin-1") or raises
// LookupError("unknown encoding: x").
std::string_view canonicalEncoding(ThreadState& ts, std::string_view name);
// bytes -> str with errors "strict" (UnicodeDecodeError), "ignore" or "replace".
StrObject* decodeBytes(ThreadState& ts, std::string_view bytes, std::string_view encoding, std::string_view errors);
// str -> bytes with errors "strict" (UnicodeEncodeError), "ignore" or "replace".
BytesObject* encodeStr(ThreadState& ts, StrObject* s, std::string_view encoding, std::string_view errors);
// A str with the given type (a str subclass) and contents.
StrObject* newStrOfType(ThreadState& ts, TypeObject* type, std::string_view utf8);
// Registers every str method (StrMethods.cpp).
void defineStrMethods(ThreadState& ts, TypeObject* strType);
// The text of an argument that must be a str, or TypeError with CPython's
// "<what> must be str, not int" message.
StrObject* requireStr(ThreadState& ts, Value v, const char* what);

} // namespace spindle
