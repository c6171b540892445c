// NumberText.cpp — parsing ints and floats from strings and literal tokens.
#include "runtime/NumberText.h"
#include "runtime/BigInt.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <vector>

namespace spindle::numbertext {

namespace {

SPINDLE_NORETURN void failValue(std::string message) { throw NumericError{NumericError::Value, std::move(message)}; }

// Length in bytes of the whitespace character at the start of `s` (0 if none).
// Python's str.isspace(): the ASCII set incl. \x1c-\x1f, plus the Unicode spaces.
size_t leadingSpaceLength(std::string_view s) {
    if (s.empty()) return 0;
    unsigned char c = static_cast<unsigned char>(s[0]);
    if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) return 1;
    if (s.size() >= 2 && c == 0xC2) {
        unsigned char d = static_cast<unsigned char>(s[1]);
        if (d == 0x85 || d == 0xA0) return 2;
    }
    if (s.size() >= 3) {
        uint32_t cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[1]) & 0x3Fu) << 6) |
                      (static_cast<unsigned char>(s[2]) & 0x3Fu);
        if ((c & 0xF0) == 0xE0 &&
            (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
             cp == 0x205F || cp == 0x3000))
            return 3;
    }
    return 0;
}

size_t trailingSpaceLength(std::string_view s) {
    // Whitespace characters are 1, 2 or 3 bytes long: try each suffix length.
    for (size_t len = 1; len <= 3 && len <= s.size(); ++len) {
        std::string_view tail = s.substr(s.size() - len);
        if (leadingSpaceLength(tail) == len) return len;
    }
    return 0;
}

std::string_view stripSpace(std::string_view s) {
    while (size_t n = leadingSpaceLength(s)) s.remove_prefix(n);
    while (size_t n = trailingSpaceLength(s)) s.remove_suffix(n);
    return s;
}

int digitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

bool isPowerOfTwo(int base) { return (base & (base - 1)) == 0; }

// The first `maxChars` code points of a UTF-8 string.
std::string_view firstCodePoints(std::string_view s, size_t maxChars) {
    size_t count = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (count == maxChars) return s.substr(0, i);
            ++count;
        }
    }
    return s;
}

std::string limitMessage(int64_t limit, int64_t digits) {
    return "Exceeds the limit (" + std::to_string(limit) + " digits) for integer string conversion: value has " +
           std::to_string(digits) + " digits; use sys.set_int_max_str_digits() to increase the limit";
}

// Digit values (underscores removed) -> Int. Power-of-two bases are bit packing
// (linear, no size limit); other bases accumulate word-sized chunks, quadratic
// but bounded by the digit limit.
Int digitsToInt(const std::vector<uint8_t>& digits, int base, bool negative) {
    BigInt value;
    if (isPowerOfTwo(base)) {
        int bitsPerDigit = __builtin_ctz(unsigned(base));
        std::vector<uint8_t> bytes; // little-endian
        uint64_t bitPos = 0;
        for (size_t i = digits.size(); i-- > 0;) {
            for (int k = 0; k < bitsPerDigit; ++k, ++bitPos) {
                if (bitPos / 8 >= bytes.size()) bytes.push_back(0);
                if ((digits[i] >> k) & 1) bytes[bitPos / 8] |= uint8_t(1u << (bitPos % 8));
            }
        }
        boost::multiprecision::import_bits(value, bytes.begin(), bytes.end(), 8, false);
    } else {
        // Largest chunk whose base**chunk fits comfortably in a uint64.
        int chunk = 1;
        uint64_t chunkScale = uint64_t(base);
        while (chunkScale <= (uint64_t(1) << 56) / uint64_t(base)) {
            chunkScale *= uint64_t(base);
            ++chunk;
        }
        size_t i = 0;
        while (i < digits.size()) {
            size_t take = std::min(digits.size() - i, size_t(chunk));
            uint64_t part = 0, scale = 1;
            for (size_t k = 0; k < take; ++k) {
                part = part * uint64_t(base) + digits[i + k];
                scale *= uint64_t(base);
            }
            value *= scale;
            value += part;
            i += take;
        }
    }
    if (negative) value = -value;
    return intFromBig(std::move(value));
}

// Small fast path: decimal digits that fit int64 need no BigInt.
bool digitsToInt64(const std::vector<uint8_t>& digits, int base, bool negative, int64_t& out) {
    uint64_t acc = 0;
    for (uint8_t d : digits) {
        if (__builtin_mul_overflow(acc, uint64_t(base), &acc) || __builtin_add_overflow(acc, uint64_t(d), &acc))
            return false;
    }
    if (negative) {
        if (acc > (uint64_t(1) << 63)) return false;
        out = int64_t(0 - acc);
    } else {
        if (acc > uint64_t(INT64_MAX)) return false;
        out = int64_t(acc);
    }
    return true;
}

// Scans PEP 515 digits (single underscores between digits) from `s` at `pos`.
// Stops at the first character that does not continue a valid literal; the
// caller decides whether stopping early is an error.
void scanDigits(std::string_view s, size_t& pos, int base, std::vector<uint8_t>& digits) {
    while (pos < s.size()) {
        int d = digitValue(s[pos]);
        if (d < base) {
            digits.push_back(uint8_t(d));
            ++pos;
        } else if (s[pos] == '_' && !digits.empty() && pos + 1 < s.size() && digitValue(s[pos + 1]) < base) {
            ++pos;
        } else {
            break;
        }
    }
}

} // namespace

std::string pythonStringRepr(std::string_view text) {
    bool hasSingle = text.find('\'') != std::string_view::npos;
    bool hasDouble = text.find('"') != std::string_view::npos;
    char quote = (hasSingle && !hasDouble) ? '"' : '\'';
    std::string out;
    out.reserve(text.size() + 2);
    out += quote;
    for (char ch : text) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (ch == quote || ch == '\\') {
            out += '\\';
            out += ch;
        } else if (ch == '\n') {
            out += "\\n";
        } else if (ch == '\r') {
            out += "\\r";
        } else if (ch == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7f) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else {
            out += ch;
        }
    }
    out += quote;
    return out;
}

Int parseInt(std::string_view text, int base, int64_t maxStrDigits) {
    if (base != 0 && (base < 2 || base > 36)) failValue("int() base must be >= 2 and <= 36, or 0");
    const int originalBase = base;
    auto invalid = [&]() {
        // CPython quotes at most the first 200 characters of the argument.
        failValue("invalid literal for int() with base " + std::to_string(originalBase) + ": " +
                  pythonStringRepr(firstCodePoints(text, 200)));
    };
    std::string_view s = stripSpace(text);
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    size_t pos = 0;
    bool prefixed = false;
    if (s.size() >= 2 && s[0] == '0') {
        char p = char(s[1] | 0x20);
        int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
            base = prefixBase;
            prefixed = true;
            pos = 2;
            // PEP 515 allows one underscore between the prefix and the digits.
            if (pos < s.size() && s[pos] == '_') ++pos;
        }
    }
    bool decimalFromBaseZero = base == 0;
    if (base == 0) base = 10;

    std::vector<uint8_t> digits;
    scanDigits(s, pos, base, digits);
    if (!isPowerOfTwo(base) && maxStrDigits > 0 && int64_t(digits.size()) > maxStrDigits)
        failValue(limitMessage(maxStrDigits, int64_t(digits.size())));
    if (digits.empty() || pos != s.size()) invalid();
    if (prefixed && s[2] == '_' && s.size() == 3) invalid();
    // Base 0 follows the literal rule: no leading zeros on a non-zero number.
    if (decimalFromBaseZero && digits.size() > 1 && digits[0] == 0) {
        for (uint8_t d : digits)
            if (d != 0) invalid();
    }
    int64_t small;
    if (digitsToInt64(digits, base, negative, small)) return Int(small);
    return digitsToInt(digits, base, negative);
}

Int parseIntLiteral(std::string_view token, int64_t maxStrDigits) {
    int base = 10;
    size_t pos = 0;
    if (token.size() >= 2 && token[0] == '0') {
        char p = char(token[1] | 0x20);
        base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
        if (base != 10) {
            pos = 2;
            if (pos < token.size() && token[pos] == '_') ++pos;
        }
    }
    std::vector<uint8_t> digits;
    scanDigits(token, pos, base, digits);
    if (digits.empty() || pos != token.size()) failValue("invalid " + std::string(base == 16 ? "hexadecimal" : base == 8 ? "octal" : base == 2 ? "binary" : "decimal") + " literal");
    if (base == 10 && digits.size() > 1 && digits[0] == 0) {
        for (uint8_t d : digits)
            if (d != 0)
                failValue("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    }
    if (base == 10 && maxStrDigits > 0 && int64_t(digits.size()) > maxStrDigits)
        failValue(limitMessage(maxStrDigits, int64_t(digits.size())) +
                  " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
    int64_t small;
    if (digitsToInt64(digits, base, false, small)) return Int(small);
    return digitsToInt(digits, base, false);
}

namespace {

// Validates a decimal float per PEP 515 (no sign, no inf/nan) and converts it.
// Returns false when the text is not a float literal.
bool parseDecimalFloat(std::string_view s, double& out) {
    std::string clean;
    clean.reserve(s.size());
    size_t pos = 0;
    // digitpart: digit (["_"] digit)*
    auto digitPart = [&]() -> bool {
        if (pos >= s.size() || s[pos] < '0' || s[pos] > '9') return false;
        while (pos < s.size()) {
            if (s[pos] >= '0' && s[pos] <= '9') {
                clean += s[pos++];
            } else if (s[pos] == '_' && pos + 1 < s.size() && s[pos + 1] >= '0' && s[pos + 1] <= '9') {
                ++pos;
            } else {
                break;
            }
        }
        return true;
    };
    bool hasInteger = digitPart();
    bool hasFraction = false;
    if (pos < s.size() && s[pos] == '.') {
        clean += s[pos++];
        hasFraction = digitPart();
    }
    if (!hasInteger && !hasFraction) return false;
    // Where the mantissa's first non-zero digit sits, to tell overflow from
    // underflow if from_chars reports the value out of range.
    int64_t exponent = 0;
    size_t mantissaEnd = clean.size();
    if (pos < s.size() && (s[pos] == 'e' || s[pos] == 'E')) {
        clean += s[pos++];
        bool negativeExponent = false;
        if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
            negativeExponent = s[pos] == '-';
            clean += s[pos++];
        }
        size_t digitsStart = clean.size();
        if (!digitPart()) return false;
        for (size_t i = digitsStart; i < clean.size(); ++i)
            exponent = std::min<int64_t>(exponent * 10 + (clean[i] - '0'), int64_t(1) << 40);
        if (negativeExponent) exponent = -exponent;
    }
    if (pos != s.size()) return false;
    const char* begin = clean.data();
    auto result = std::from_chars(begin, begin + clean.size(), out, std::chars_format::general);
    if (result.ec == std::errc::result_out_of_range) {
        int64_t pointPos = int64_t(mantissaEnd), firstNonZero = -1;
        for (size_t i = 0; i < mantissaEnd; ++i) {
            if (clean[i] == '.') pointPos = int64_t(i);
            else if (clean[i] != '0' && firstNonZero < 0) firstNonZero = int64_t(i);
        }
        // Decimal exponent of the leading digit: value is about 10**magnitude.
        int64_t magnitude = exponent + (pointPos - firstNonZero) - (firstNonZero < pointPos ? 1 : 0);
        out = magnitude > 0 ? std::numeric_limits<double>::infinity() : 0.0;
        return true;
    }
    return result.ec == std::errc() && result.ptr == begin + clean.size();
}

bool equalsIgnoreCase(std::string_view a, std::string_view lowerB) {
    if (a.size() != lowerB.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (char(a[i] | 0x20) != lowerB[i]) return false;
    return true;
}

} // namespace

double parseFloat(std::string_view text) {
    std::string_view s = stripSpace(text);
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    double value;
    if (equalsIgnoreCase(s, "inf") || equalsIgnoreCase(s, "infinity")) {
        value = std::numeric_limits<double>::infinity();
    } else if (equalsIgnoreCase(s, "nan")) {
        value = std::numeric_limits<double>::quiet_NaN();
    } else if (!parseDecimalFloat(s, value)) {
        failValue("could not convert string to float: " + pythonStringRepr(text));
    }
    return negative ? -value : value;
}

double parseFloatLiteral(std::string_view token) {
    double value;
    if (!parseDecimalFloat(token, value)) failValue("invalid float literal");
    return value;
}

} // namespace spindle::numbertext
