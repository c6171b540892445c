// NumberText.h — text -> number: int()/float() of strings and numeric literals.
//
// Strings are UTF-8. Errors throw NumericError with CPython 3.11's exact
// messages (the VM raises ValueError; the lexer turns literal errors into
// SyntaxError).
#pragma once

#include "runtime/IntOps.h"

#include <string>
#include <string_view>

namespace spindle::numbertext {

// int(text, base): base 0 or 2..36; surrounding whitespace, a sign, the
// 0x/0o/0b prefix (for base 0 or the matching base) and PEP 515 underscores.
// Non-power-of-two bases refuse more than maxStrDigits digits (0 = no limit).
Int parseInt(std::string_view text, int base, int64_t maxStrDigits = kDefaultMaxStrDigits);

// An integer literal token from source ("0x_FF", "1_000", "0o17", "0b101", "00").
// A decimal literal over the digit limit gets CPython's SyntaxError text, with
// its "Consider hexadecimal" hint.
Int parseIntLiteral(std::string_view token, int64_t maxStrDigits = kDefaultMaxStrDigits);

// float(text): whitespace, sign, inf/infinity/nan in any case, PEP 515
// underscores between digits. Correctly rounded.
double parseFloat(std::string_view text);

// A float literal token from source ("1_000.5e-3", "1.", ".5", "1e10").
double parseFloatLiteral(std::string_view token);

// Python's repr() of a str, as error messages quote it: chooses ' or ",
// escapes \\ \n \r \t and other control characters. Non-ASCII characters are
// copied as-is (assumed printable).
std::string pythonStringRepr(std::string_view text);

} // namespace spindle::numbertext
