// ParserStrings.cpp — number literals, string/bytes literals (escapes, implicit
// concatenation) and f-strings (replacement fields parsed by a sub-parser).
#include "interpreter/ParserImpl.h"
#include "runtime/types/Unicode.h"

#include <charconv>
#include <cstring>

namespace spindle {

using namespace ast;

namespace {

struct StringPrefix {
    bool raw = false, bytes = false, formatted = false;
    size_t prefixLength = 0;
    size_t quoteLength = 1;
};

StringPrefix analysePrefix(std::string_view text) {
    StringPrefix prefix;
    size_t i = 0;
    while (text[i] != '\'' && text[i] != '"') {
        char c = static_cast<char>(text[i] | 0x20);
        prefix.raw |= c == 'r';
        prefix.bytes |= c == 'b';
        prefix.formatted |= c == 'f';
        ++i;
    }
    prefix.prefixLength = i;
    char quote = text[i];
    prefix.quoteLength = text.size() >= i + 6 && text[i + 1] == quote && text[i + 2] == quote ? 3 : 1;
    return prefix;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// CPython decodes escapes after rewriting each non-ASCII character as a ten-byte
// \UXXXXXXXX escape (and a backslash before one as the six bytes \u005c), and
// its error positions count in that rewritten text. Maps a byte offset of `body`
// to such a position.
size_t escapedPosition(std::string_view body, size_t offset) {
    size_t position = 0;
    bool afterBackslash = false; // the character after a backslash is copied as it is
    for (size_t i = 0; i < offset && i < body.size();) {
        unsigned char c = static_cast<unsigned char>(body[i]);
        if (c >= 0x80) {
            position += 10;
            i += c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            afterBackslash = false;
            continue;
        }
        position += 1;
        if (c == '\\' && !afterBackslash) {
            afterBackslash = true;
            if (i + 1 >= body.size() || static_cast<unsigned char>(body[i + 1]) >= 0x80) position += 5;
        } else {
            afterBackslash = false;
        }
        ++i;
    }
    return position;
}

} // namespace

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------
Expr* Parser::parseNumber(const Token& token) {
    auto* node = make<Constant>(token);
    std::string_view text = token.text;
    std::string clean;
    clean.reserve(text.size());
    for (char c : text) {
        if (c != '_') clean += c;
    }
    int base = 10;
    size_t digitsStart = 0;
    if (clean.size() > 1 && clean[0] == '0') {
        char p = static_cast<char>(clean[1] | 0x20);
        if (p == 'x') base = 16;
        else if (p == 'o') base = 8;
        else if (p == 'b') base = 2;
        if (base != 10) digitsStart = 2;
    }
    bool isFloat = base == 10 && clean.find_first_of(".eE") != std::string::npos;
    if (isFloat) {
        node->constKind = ConstantKind::Float;
        double value = 0;
        auto result = std::from_chars(clean.data(), clean.data() + clean.size(), value);
        if (result.ec == std::errc::result_out_of_range) {
            // Overflow is infinity and underflow zero, as CPython's float parsing.
            bool tiny = clean.find_first_of("eE") != std::string::npos &&
                        clean.find('-', clean.find_first_of("eE")) != std::string::npos;
            value = tiny ? 0.0 : __builtin_inf();
        }
        node->floatValue = value;
        node->sourceText = text;
        return node;
    }
    node->constKind = ConstantKind::Int;
    node->sourceText = text;
    node->intBase = base;
    std::string digits = clean.substr(digitsStart);
    // Leading zeros carry no value ("000" is 0); keep at least one digit.
    size_t firstNonZero = digits.find_first_not_of('0');
    node->digits = firstNonZero == std::string::npos ? "0" : digits.substr(firstNonZero);
    uint64_t value = 0;
    bool fits = true;
    for (char c : node->digits) {
        uint64_t digit = static_cast<uint64_t>(hexValue(c));
        if (value > (static_cast<uint64_t>(INT64_MAX) - digit) / static_cast<uint64_t>(base)) {
            fits = false;
            break;
        }
        value = value * base + digit;
    }
    if (!fits && base == 10 && node->digits.size() > 4300) {
        // CPython refuses such literals at compile time (int_max_str_digits).
        failAtToken("Exceeds the limit (4300 digits) for integer string conversion: value has " +
                        std::to_string(node->digits.size()) +
                        " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal "
                        "for huge integer literals to avoid decimal conversion limits.",
                    token);
    }
    node->intFits = fits;
    node->intValue = fits ? static_cast<int64_t>(value) : 0;
    return node;
}

// ---------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------
void Parser::decodeStringBody(const Token& token, std::string_view body, bool raw, bool bytes, std::string& out) {
    // [from, end) are byte offsets in body: the escape and what was read of it.
    auto unicodeError = [&](size_t from, size_t end, const char* what) {
        failAtToken("(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                        std::to_string(escapedPosition(body, from)) + "-" +
                        std::to_string(escapedPosition(body, end) - 1) + ": " + what,
                    token);
    };
    for (size_t i = 0; i < body.size();) {
        unsigned char c = static_cast<unsigned char>(body[i]);
        if (bytes && c >= 0x80) failAtToken("bytes can only contain ASCII literal characters", token);
        if (c != '\\' || raw) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        if (i + 1 >= body.size()) { // a lone backslash before an f-string field
            out += '\\';
            ++i;
            continue;
        }
        size_t escapeStart = i;
        char e = body[i + 1];
        i += 2;
        switch (e) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t value = static_cast<uint32_t>(e - '0');
            for (int n = 0; n < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++n, ++i) {
                value = value * 8 + static_cast<uint32_t>(body[i] - '0');
            }
            if (bytes) out += static_cast<char>(value & 0xFF);
            else appendUtf8(out, value);
            break;
        }
        case 'x': {
            int high = i < body.size() ? hexValue(body[i]) : -1;
            int low = i + 1 < body.size() ? hexValue(body[i + 1]) : -1;
            if (high < 0 || low < 0) {
                if (bytes) failAtToken("(value error) invalid \\x escape at position " + std::to_string(escapeStart), token);
                unicodeError(escapeStart, high < 0 ? i : i + 1, "truncated \\xXX escape");
            }
            i += 2;
            uint32_t value = static_cast<uint32_t>(high * 16 + low);
            if (bytes) out += static_cast<char>(value);
            else appendUtf8(out, value);
            break;
        }
        case 'u':
        case 'U': {
            if (bytes) {
                out += '\\';
                out += e;
                break;
            }
            int count = e == 'u' ? 4 : 8;
            uint32_t value = 0;
            for (int n = 0; n < count; ++n, ++i) {
                int digit = i < body.size() ? hexValue(body[i]) : -1;
                if (digit < 0) {
                    unicodeError(escapeStart, i,
                                 e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                }
                value = value * 16 + static_cast<uint32_t>(digit);
            }
            if (value > 0x10FFFF) unicodeError(escapeStart, i, "illegal Unicode character");
            appendUtf8(out, value);
            break;
        }
        case 'N': {
            if (bytes) { // not an escape in bytes: kept as written
                out += '\\';
                i -= 1;
                break;
            }
            // The reported end is where reading stopped: after N, at the end, at '}' of an empty name.
            const char* malformed = "malformed \\N character escape";
            if (i >= body.size() || body[i] != '{') unicodeError(escapeStart, i, malformed);
            size_t close = body.find('}', i + 1);
            if (close == std::string_view::npos) unicodeError(escapeStart, body.size(), malformed);
            if (close == i + 1) unicodeError(escapeStart, close, malformed);
            uint32_t value = 0;
            if (!uniLookupName(body.substr(i + 1, close - i - 1), value)) {
                unicodeError(escapeStart, close + 1, "unknown Unicode character name");
            }
            appendUtf8(out, value);
            i = close + 1;
            break;
        }
        default:
            // Unknown escapes stay as written (CPython warns, then keeps them).
            out += '\\';
            i -= 1;
            break;
        }
    }
}

Expr* Parser::parseStrings() {
    Token first = peek();
    bool anyFormatted = false, anyBytes = false, anyText = false;
    std::vector<Expr*> parts;
    std::string pending;
    Token last = first;
    while (at(TokenKind::String)) {
        Token token = advance();
        last = token;
        StringPrefix prefix = analysePrefix(token.text);
        (prefix.bytes ? anyBytes : anyText) = true;
        if (anyBytes && anyText) failAtToken("cannot mix bytes and nonbytes literals", token);
        size_t bodyStart = prefix.prefixLength + prefix.quoteLength;
        size_t bodyEnd = token.text.size() - prefix.quoteLength;
        if (!prefix.formatted) {
            decodeStringBody(token, token.text.substr(bodyStart, bodyEnd - bodyStart), prefix.raw, prefix.bytes,
                             pending);
            continue;
        }
        anyFormatted = true;
        size_t i = bodyStart;
        parseFStringText(token, i, bodyEnd, prefix.raw, 0, false, parts, pending);
    }
    if (!anyFormatted) {
        auto* node = make<Constant>(first);
        node->constKind = anyBytes ? ConstantKind::Bytes : ConstantKind::Str;
        node->strValue = std::move(pending);
        finishAt(node, last);
        return node;
    }
    flushFStringText(first, parts, pending);
    auto* node = make<JoinedStr>(first);
    node->values = std::move(parts);
    for (Expr* part : node->values) updateHeight(node, part);
    finishAt(node, last);
    return node;
}

void Parser::flushFStringText(const Token& token, std::vector<Expr*>& parts, std::string& pending) {
    if (pending.empty()) return;
    auto* text = make<Constant>(token);
    text->constKind = ConstantKind::Str;
    text->strValue = std::move(pending);
    pending.clear();
    parts.push_back(text);
}

void Parser::parseFStringText(const Token& token, size_t& i, size_t end, bool raw, int nesting, bool inSpec,
                              std::vector<Expr*>& parts, std::string& pending) {
    std::string_view text = token.text;
    auto failSingleBrace = [&](size_t at) {
        int line, col;
        positionInToken(token, at, line, col);
        failAt("f-string: single '}' is not allowed", line, col, line, col);
    };
    while (i < end) {
        char c = text[i];
        if (c == '{') {
            if (!inSpec && i + 1 < end && text[i + 1] == '{') {
                pending += '{';
                i += 2;
                continue;
            }
            parseFStringField(token, i, end, raw, nesting, parts, pending);
            continue;
        }
        if (c == '}') {
            if (inSpec) return;
            if (i + 1 < end && text[i + 1] == '}') {
                pending += '}';
                i += 2;
                continue;
            }
            failSingleBrace(i);
        }
        size_t chunkEnd = i;
        while (chunkEnd < end && text[chunkEnd] != '{' && text[chunkEnd] != '}') {
            if (text[chunkEnd] != '\\' || raw || chunkEnd + 1 >= end) {
                ++chunkEnd;
            } else if (text[chunkEnd + 1] == 'N') {
                // The braces of \N{name} are not a replacement field. As in CPython, the
                // character after \N is taken whatever it is, and an unclosed name runs
                // to the end; decoding reports a malformed escape.
                chunkEnd += 2;
                if (chunkEnd < end && text[chunkEnd++] == '{') {
                    while (chunkEnd < end && text[chunkEnd++] != '}') {
                    }
                }
            } else if (text[chunkEnd + 1] != '{' && text[chunkEnd + 1] != '}') {
                chunkEnd += 2; // keep an escape together with its argument
            } else {
                ++chunkEnd;
            }
        }
        // CPython finds a stray '}' while scanning the text, before decoding its escapes.
        bool strayBrace = !inSpec && chunkEnd < end && text[chunkEnd] == '}' &&
                          !(chunkEnd + 1 < end && text[chunkEnd + 1] == '}');
        if (strayBrace) failSingleBrace(chunkEnd);
        decodeStringBody(token, text.substr(i, chunkEnd - i), raw, false, pending);
        i = chunkEnd;
    }
}

void Parser::parseFStringField(const Token& token, size_t& i, size_t end, bool raw, int nesting,
                               std::vector<Expr*>& parts, std::string& pending) {
    std::string_view text = token.text;
    auto failAtOffset = [&](const std::string& message, size_t offset) {
        int line, col;
        positionInToken(token, offset, line, col);
        failAt(message, line, col, line, col);
    };
    if (nesting >= 2) failAtOffset("f-string: expressions nested too deeply", i);
    size_t open = i;
    size_t exprStart = i + 1;
    // Find where the expression ends: a top-level '}', '!', ':' or a lone '='.
    std::vector<char> brackets;
    size_t j = exprStart;
    char quote = 0;
    bool tripleQuote = false;
    for (;; ++j) {
        if (j >= end) failAtOffset("f-string: expecting '}'", j);
        char c = text[j];
        if (quote != 0) {
            if (c == quote) {
                if (!tripleQuote) quote = 0;
                else if (j + 2 < end && text[j + 1] == quote && text[j + 2] == quote) { quote = 0; j += 2; }
            }
            continue;
        }
        if (c == '\\') failAtOffset("f-string expression part cannot include a backslash", j);
        if (c == '#') failAtOffset("f-string expression part cannot include '#'", j);
        if (c == '\'' || c == '"') {
            quote = c;
            tripleQuote = j + 2 < end && text[j + 1] == c && text[j + 2] == c;
            if (tripleQuote) j += 2;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (brackets.size() >= 200) failAtOffset("f-string: too many nested parenthesis", j);
            brackets.push_back(c);
            continue;
        }
        if (c == ')' || c == ']' || (c == '}' && !brackets.empty())) {
            if (brackets.empty()) failAtOffset(std::string("f-string: unmatched '") + c + "'", j);
            char openCh = brackets.back();
            char expected = openCh == '(' ? ')' : openCh == '[' ? ']' : '}';
            if (c != expected) {
                failAtOffset(std::string("f-string: closing parenthesis '") + c +
                                 "' does not match opening parenthesis '" + openCh + "'",
                             j);
            }
            brackets.pop_back();
            continue;
        }
        if (!brackets.empty()) continue;
        if (c == '}' || c == ':') break;
        if (c == '!' || c == '=' || c == '<' || c == '>') {
            if (j + 1 < end && text[j + 1] == '=') { ++j; continue; } // != == <= >=
            if (c == '!' || c == '=') break;
        }
    }
    if (quote != 0) failAtOffset("f-string: unterminated string", j);
    std::string_view exprText = text.substr(exprStart, j - exprStart);
    if (exprText.find_first_not_of(" \t\n\f") == std::string_view::npos) {
        failAtOffset("f-string: empty expression not allowed", j);
    }
    Expr* value = parseFStringExpression(token, exprStart, exprText);

    auto* field = make<FormattedValue>(token);
    positionInToken(token, open, field->line, field->col);
    field->value = value;
    updateHeight(field, value);
    bool debug = text[j] == '=';
    if (debug) {
        // Debug specifier: the expression text (with its spaces) and '=' are
        // printed before the value, which defaults to repr() unless a format
        // spec is given.
        pending.append(exprText);
        pending += '=';
        ++j;
        while (j < end && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n')) pending += text[j++];
    }
    flushFStringText(token, parts, pending);
    if (j < end && text[j] == '!') {
        char conversion = j + 1 < end ? text[j + 1] : 0;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            failAtOffset("f-string: invalid conversion character: expected 's', 'r', or 'a'", j + 1);
        }
        field->conversion = conversion;
        j += 2;
    }
    if (j < end && text[j] == ':') {
        ++j;
        auto* spec = make<JoinedStr>(token);
        positionInToken(token, j, spec->line, spec->col);
        std::string specText;
        std::vector<Expr*> specParts;
        parseFStringText(token, j, end, raw, nesting + 1, true, specParts, specText);
        flushFStringText(token, specParts, specText);
        spec->values = std::move(specParts);
        for (Expr* part : spec->values) updateHeight(spec, part);
        field->formatSpec = spec;
        updateHeight(field, spec);
    }
    if (debug && field->conversion == 0 && field->formatSpec == nullptr) field->conversion = 'r';
    if (j >= end || text[j] != '}') failAtOffset("f-string: expecting '}'", j);
    ++j;
    positionInToken(token, j, field->endLine, field->endCol);
    parts.push_back(field);
    i = j;
}

Expr* Parser::parseFStringExpression(const Token& token, size_t exprOffset, std::string_view text) {
    LexerOptions options;
    options.insideBrackets = true;
    positionInToken(token, exprOffset, options.baseLine, options.baseCol);
    try {
        Parser sub(text, module_, options, stackBase_);
        sub.depth_ = depth_ + 1;
        return sub.parseFStringReplacement();
    } catch (SourceError& error) {
        if (error.message.rfind("f-string", 0) != 0) error.message = "f-string: " + error.message;
        throw;
    }
}

void Parser::positionInToken(const Token& token, size_t offset, int& line, int& col) const {
    line = token.line;
    col = token.col + static_cast<int>(offset);
    size_t lineStart = std::string_view::npos;
    for (size_t k = 0; k < offset && k < token.text.size(); ++k) {
        if (token.text[k] == '\n') {
            ++line;
            lineStart = k + 1;
        }
    }
    if (lineStart != std::string_view::npos) col = static_cast<int>(offset - lineStart);
}

} // namespace spindle
