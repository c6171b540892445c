// ParserStrings.cpp — number literals, string/bytes literals (escapes, implicit
// concatenation) and f-strings (replacement fields parsed by a sub-parser).
#include "interpreter/ParserImpl.h"

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
    auto unicodeError = [&](size_t from, size_t to, const char* what) {
        failAtToken("(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(from) +
                        "-" + std::to_string(to) + ": " + what,
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
                unicodeError(escapeStart, high < 0 ? escapeStart + 1 : escapeStart + 2, "truncated \\xXX escape");
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
                    unicodeError(escapeStart, i - 1 + (i < body.size() ? 1 : 0),
                                 e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                }
                value = value * 16 + static_cast<uint32_t>(digit);
            }
            if (value > 0x10FFFF) unicodeError(escapeStart, i - 1, "illegal Unicode character");
            appendUtf8(out, value);
            break;
        }
        case 'N':
            if (!bytes) failAtToken("named Unicode escapes (\\N{...}) are not supported", token);
            [[fallthrough]];
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
            int line, col;
            positionInToken(token, i, line, col);
            failAt("f-string: single '}' is not allowed", line, col, line, col);
        }
        size_t chunkEnd = i;
        while (chunkEnd < end && text[chunkEnd] != '{' && text[chunkEnd] != '}') {
            // Keep an escape together with its argument (`\N{...}` is refused in decode).
            if (text[chunkEnd] == '\\' && !raw && chunkEnd + 1 < end && text[chunkEnd + 1] != '{' &&
                text[chunkEnd + 1] != '}') {
                chunkEnd += 2;
            } else {
                ++chunkEnd;
            }
        }
        if (!raw && chunkEnd + 1 < end && text[chunkEnd] == '{' && chunkEnd > i && text[chunkEnd - 1] == 'N' &&
            chunkEnd >= 2 && text[chunkEnd - 2] == '\\') {
            failAtToken("named Unicode escapes (\\N{...}) are not supported", token);
        }
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
