// StrCodecs.h — codecs and str/bytes internals shared by StrType.cpp,
// StrMethods.cpp, BytesType.cpp and FloatType.cpp (they raise Python exceptions,
// so they need a ThreadState; the pure Unicode helpers are in Unicode.h).
#pragma once

#include "runtime/Objects.h"
#include "runtime/types/Unicode.h"

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
