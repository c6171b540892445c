// Lexer.cpp — see Lexer.h. Error messages follow CPython 3.11's tokenizer.
#include "interpreter/Lexer.h"
#include "runtime/types/Unicode.h"

#include <cstring>

namespace spindle {

namespace {

struct KeywordEntry { std::string_view text; TokenKind kind; };

constexpr KeywordEntry kKeywords[] = {
    {"False", TokenKind::KwFalse}, {"None", TokenKind::KwNone}, {"True", TokenKind::KwTrue},
    {"and", TokenKind::KwAnd}, {"as", TokenKind::KwAs}, {"assert", TokenKind::KwAssert},
    {"async", TokenKind::KwAsync}, {"await", TokenKind::KwAwait}, {"break", TokenKind::KwBreak},
    {"class", TokenKind::KwClass}, {"continue", TokenKind::KwContinue}, {"def", TokenKind::KwDef},
    {"del", TokenKind::KwDel}, {"elif", TokenKind::KwElif}, {"else", TokenKind::KwElse},
    {"except", TokenKind::KwExcept}, {"finally", TokenKind::KwFinally}, {"for", TokenKind::KwFor},
    {"from", TokenKind::KwFrom}, {"global", TokenKind::KwGlobal}, {"if", TokenKind::KwIf},
    {"import", TokenKind::KwImport}, {"in", TokenKind::KwIn}, {"is", TokenKind::KwIs},
    {"lambda", TokenKind::KwLambda}, {"nonlocal", TokenKind::KwNonlocal}, {"not", TokenKind::KwNot},
    {"or", TokenKind::KwOr}, {"pass", TokenKind::KwPass}, {"raise", TokenKind::KwRaise},
    {"return", TokenKind::KwReturn}, {"try", TokenKind::KwTry}, {"while", TokenKind::KwWhile},
    {"with", TokenKind::KwWith}, {"yield", TokenKind::KwYield},
};

struct OperatorEntry { std::string_view text; TokenKind kind; };

// Longest spellings first so the first match is the maximal munch.
constexpr OperatorEntry kOperators[] = {
    {"...", TokenKind::Ellipsis}, {"//=", TokenKind::DoubleSlashEqual},
    {"<<=", TokenKind::LeftShiftEqual}, {">>=", TokenKind::RightShiftEqual},
    {"**=", TokenKind::DoubleStarEqual},
    {"->", TokenKind::Arrow}, {":=", TokenKind::ColonEqual}, {"**", TokenKind::DoubleStar},
    {"//", TokenKind::DoubleSlash}, {"<<", TokenKind::LeftShift}, {">>", TokenKind::RightShift},
    {"<=", TokenKind::LessEqual}, {">=", TokenKind::GreaterEqual}, {"==", TokenKind::EqEqual},
    {"!=", TokenKind::NotEqual}, {"+=", TokenKind::PlusEqual}, {"-=", TokenKind::MinusEqual},
    {"*=", TokenKind::StarEqual}, {"/=", TokenKind::SlashEqual}, {"%=", TokenKind::PercentEqual},
    {"@=", TokenKind::AtEqual}, {"|=", TokenKind::PipeEqual}, {"^=", TokenKind::CaretEqual},
    {"&=", TokenKind::AmpEqual},
    {"(", TokenKind::LParen}, {")", TokenKind::RParen}, {"[", TokenKind::LBracket},
    {"]", TokenKind::RBracket}, {"{", TokenKind::LBrace}, {"}", TokenKind::RBrace},
    {":", TokenKind::Colon}, {",", TokenKind::Comma}, {";", TokenKind::Semicolon},
    {".", TokenKind::Dot}, {"@", TokenKind::At}, {"=", TokenKind::Equal}, {"+", TokenKind::Plus},
    {"-", TokenKind::Minus}, {"*", TokenKind::Star}, {"/", TokenKind::Slash},
    {"%", TokenKind::Percent}, {"|", TokenKind::Pipe}, {"^", TokenKind::Caret},
    {"&", TokenKind::Amp}, {"~", TokenKind::Tilde}, {"<", TokenKind::Less},
    {">", TokenKind::Greater}, {"!", TokenKind::Exclamation},
};

constexpr const char* kTokenNames[] = {
#define SPINDLE_TOKEN_NAME(name, spelling) spelling,
    SPINDLE_TOKEN_KINDS(SPINDLE_TOKEN_NAME)
#undef SPINDLE_TOKEN_NAME
};

bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool isDigitOfBase(char c, int base) {
    switch (base) {
    case 2: return c == '0' || c == '1';
    case 8: return c >= '0' && c <= '7';
    case 10: return isAsciiDigit(c);
    default: return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}

std::string hexCodePoint(uint32_t cp) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
    return buffer;
}

} // namespace

const char* tokenKindName(TokenKind kind) { return kTokenNames[static_cast<int>(kind)]; }

uint32_t decodeUtf8(std::string_view s, size_t pos, int& length) {
    auto byte = [&](size_t i) -> uint32_t { return static_cast<unsigned char>(s[i]); };
    uint32_t b0 = byte(pos);
    if (b0 < 0x80) { length = 1; return b0; }
    int need = b0 >= 0xF0 && b0 <= 0xF4 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC2 && b0 < 0xE0 ? 1 : -1;
    if (b0 > 0xF4) need = -1;
    if (need < 0 || pos + need >= s.size()) { length = 1; return 0xFFFD; }
    uint32_t cp = b0 & (0x3F >> need);
    for (int i = 1; i <= need; ++i) {
        uint32_t b = byte(pos + i);
        if ((b & 0xC0) != 0x80) { length = 1; return 0xFFFD; }
        cp = (cp << 6) | (b & 0x3F);
    }
    // Reject overlong forms and surrogates.
    if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
        length = 1;
        return 0xFFFD;
    }
    length = need + 1;
    return cp;
}

void appendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool isIdentifierStart(uint32_t cp) {
    if (cp < 0x80) return cp == '_' || isAsciiLetter(static_cast<char>(cp));
    return uniIsIdentifierStart(cp);
}

bool isIdentifierContinue(uint32_t cp) {
    if (cp < 0x80) return cp == '_' || isAsciiLetter(static_cast<char>(cp)) || isAsciiDigit(static_cast<char>(cp));
    return uniIsIdentifierContinue(cp);
}

Lexer::Lexer(std::string_view source, LexerOptions options) : src_(source), options_(options) {
    // A UTF-8 byte order mark at the very start is not part of the program.
    if (src_.size() >= 3 && std::memcmp(src_.data(), "\xEF\xBB\xBF", 3) == 0 && !options_.insideBrackets) {
        pos_ = lineStart_ = 3;
    }
}

void Lexer::validateSource(std::string_view source) {
    if (source.find('\0') != std::string_view::npos) {
        SourceError error;
        error.type = "SyntaxError";
        error.message = "source code cannot contain null bytes";
        throw error;
    }
    int line = 1;
    for (size_t i = 0; i < source.size();) {
        unsigned char c = static_cast<unsigned char>(source[i]);
        if (c == '\n') ++line;
        if (c < 0x80) { ++i; continue; }
        int length = 0;
        uint32_t cp = decodeUtf8(source, i, length);
        if (cp == 0xFFFD && length == 1) {
            char buffer[128];
            std::snprintf(buffer, sizeof buffer,
                          "Non-UTF-8 code starting with '\\x%02x' on line %d, but no encoding declared", c, line);
            SourceError error;
            error.type = "SyntaxError";
            error.message = buffer;
            error.line = line;
            throw error;
        }
        i += length;
    }
}

int Lexer::columnOf(size_t offset) const {
    int col = static_cast<int>(offset - lineStart_);
    return line_ == 1 ? col + options_.baseCol : col;
}

void Lexer::fail(const std::string& message, int line, int col0, const char* type, bool incomplete) const {
    SourceError error;
    error.type = type;
    error.message = message;
    error.line = line;
    error.col = col0 + 1;
    error.incomplete = incomplete;
    throw error;
}

void Lexer::failHere(const std::string& message, size_t offset) const {
    fail(message, lineNumber(), columnOf(offset));
}

Token Lexer::make(TokenKind kind, size_t start, int startLine, int startCol) {
    Token token;
    token.kind = kind;
    token.text = src_.substr(start, pos_ - start);
    token.line = startLine;
    token.col = startCol;
    token.endLine = lineNumber();
    token.endCol = columnOf(pos_);
    token.offset = start;
    return token;
}

Token Lexer::next() {
    for (;;) {
        if (pendingDedents_ > 0) {
            --pendingDedents_;
            return make(TokenKind::Dedent, pos_, lineNumber(), columnOf(pos_));
        }
        if (atLineStart_ && brackets_.empty() && !options_.insideBrackets) {
            Token indentToken;
            if (handleLineStart(indentToken)) return indentToken;
        }
        if (!skipSpaceAndComments()) {
            // End of input: close the logical line, then every open block.
            if (options_.insideBrackets) {
                eofDone_ = true;
                return make(TokenKind::EndOfFile, pos_, lineNumber(), columnOf(pos_));
            }
            if (!brackets_.empty()) {
                const OpenBracket& open = brackets_.back();
                fail(std::string("'") + open.ch + "' was never closed", open.line, open.col, "SyntaxError", true);
            }
            if (lineHasTokens_) {
                lineHasTokens_ = false;
                return make(TokenKind::Newline, pos_, lineNumber(), columnOf(pos_));
            }
            if (indents_.size() > 1) {
                indents_.pop_back();
                altIndents_.pop_back();
                return make(TokenKind::Dedent, pos_, lineNumber(), columnOf(pos_));
            }
            eofDone_ = true;
            return make(TokenKind::EndOfFile, pos_, lineNumber(), columnOf(pos_));
        }
        size_t start = pos_;
        char c = src_[pos_];
        if (c == '\n') {
            int line = lineNumber();
            int col = columnOf(pos_);
            ++pos_;
            ++line_;
            lineStart_ = pos_;
            if (!brackets_.empty() || options_.insideBrackets) continue; // implicit line joining
            atLineStart_ = true;
            if (!lineHasTokens_) continue; // blank or comment-only line
            lineHasTokens_ = false;
            Token token;
            token.kind = TokenKind::Newline;
            token.text = src_.substr(start, 1);
            token.line = token.endLine = line;
            token.col = col;
            token.endCol = col + 1;
            token.offset = start;
            return token;
        }
        lineHasTokens_ = true;
        if (isAsciiDigit(c) || (c == '.' && pos_ + 1 < src_.size() && isAsciiDigit(src_[pos_ + 1]))) {
            return lexNumber(start);
        }
        if (c == '\'' || c == '"') return lexString(start, start);
        if (isAsciiLetter(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80) return lexName(start);
        return lexOperator(start);
    }
}

bool Lexer::handleLineStart(Token& out) {
    atLineStart_ = false;
    int col = 0, altCol = 0;
    size_t p = pos_;
    for (; p < src_.size(); ++p) {
        char c = src_[p];
        if (c == ' ') { ++col; ++altCol; }
        else if (c == '\t') { col = (col / 8 + 1) * 8; ++altCol; }
        else if (c == '\f') { col = altCol = 0; }
        else break;
    }
    pos_ = p;
    // Blank lines, comment-only lines and the end of input do not change indentation.
    if (p >= src_.size() || src_[p] == '\n' || src_[p] == '#') return false;
    if (src_[p] == '\\' && p + 1 < src_.size() && src_[p + 1] == '\n') return false;

    int line = lineNumber();
    if (col == indents_.back()) {
        if (altCol != altIndents_.back()) fail("inconsistent use of tabs and spaces in indentation", line, 0, "TabError");
        return false;
    }
    if (col > indents_.back()) {
        if (altCol <= altIndents_.back()) fail("inconsistent use of tabs and spaces in indentation", line, 0, "TabError");
        if (static_cast<int>(indents_.size()) > 100) fail("too many levels of indentation", line, col, "IndentationError");
        indents_.push_back(col);
        altIndents_.push_back(altCol);
        out = make(TokenKind::Indent, lineStart_, line, columnOf(lineStart_));
        out.text = src_.substr(lineStart_, p - lineStart_);
        return true;
    }
    int dedents = 0;
    while (indents_.size() > 1 && col < indents_.back()) {
        indents_.pop_back();
        altIndents_.pop_back();
        ++dedents;
    }
    if (col != indents_.back()) {
        fail("unindent does not match any outer indentation level", line, static_cast<int>(p - lineStart_) + 1,
             "IndentationError");
    }
    if (altCol != altIndents_.back()) fail("inconsistent use of tabs and spaces in indentation", line, 0, "TabError");
    pendingDedents_ = dedents - 1;
    out = make(TokenKind::Dedent, pos_, line, columnOf(pos_));
    return true;
}

bool Lexer::skipSpaceAndComments() {
    for (;;) {
        if (pos_ >= src_.size()) return false;
        char c = src_[pos_];
        if (c == ' ' || c == '\t' || c == '\f') {
            ++pos_;
        } else if (c == '#') {
            while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
        } else if (c == '\\') {
            if (pos_ + 1 >= src_.size()) {
                fail("unexpected EOF while parsing", lineNumber(), columnOf(pos_) + 1, "SyntaxError", true);
            }
            if (src_[pos_ + 1] != '\n') {
                failHere("unexpected character after line continuation character", pos_ + 1);
            }
            if (pos_ + 2 >= src_.size()) {
                fail("unexpected EOF while parsing", lineNumber(), columnOf(pos_) + 1, "SyntaxError", true);
            }
            pos_ += 2;
            ++line_;
            lineStart_ = pos_;
        } else {
            return true;
        }
    }
}

void Lexer::failInvalidCharacter(size_t pos) {
    int length = 0;
    uint32_t cp = decodeUtf8(src_, pos, length);
    if (!uniIsPrintable(cp)) failHere("invalid non-printable character " + hexCodePoint(cp), pos);
    failHere("invalid character '" + std::string(src_.substr(pos, length)) + "' (" + hexCodePoint(cp) + ")", pos);
}

Token Lexer::lexName(size_t start) {
    int startLine = lineNumber(), startCol = columnOf(start);
    bool ascii = true;
    while (pos_ < src_.size()) {
        unsigned char c = static_cast<unsigned char>(src_[pos_]);
        if (c < 0x80) {
            if (!isIdentifierContinue(c)) break;
            ++pos_;
            continue;
        }
        int length = 0;
        uint32_t cp = decodeUtf8(src_, pos_, length);
        bool ok = pos_ == start ? isIdentifierStart(cp) : isIdentifierContinue(cp);
        if (!ok) {
            // A symbol glued to a name ("a€") is reported as invalid itself.
            failInvalidCharacter(pos_);
        }
        ascii = false;
        pos_ += length;
    }
    std::string_view text = src_.substr(start, pos_ - start);
    // String prefix: r, u, b, f and two-letter combinations of r with b or f.
    if (ascii && pos_ < src_.size() && (src_[pos_] == '\'' || src_[pos_] == '"') && text.size() <= 2) {
        bool hasR = false, hasB = false, hasF = false, hasU = false, valid = true;
        for (char ch : text) {
            switch (ch | 0x20) {
            case 'r': valid &= !hasR; hasR = true; break;
            case 'b': valid &= !hasB; hasB = true; break;
            case 'f': valid &= !hasF; hasF = true; break;
            case 'u': valid &= !hasU; hasU = true; break;
            default: valid = false;
            }
        }
        valid &= !(hasB && hasF) && !(hasU && (hasR || hasB || hasF || text.size() > 1));
        if (valid) return lexString(start, pos_);
    }
    Token token = make(TokenKind::Name, start, startLine, startCol);
    if (ascii && text.size() <= 8 && text.size() >= 2) {
        for (const KeywordEntry& keyword : kKeywords) {
            if (keyword.text == text) {
                token.kind = keyword.kind;
                break;
            }
        }
    }
    return token;
}

size_t Lexer::scanDigits(size_t p, int base, const char* kindName, bool required) {
    size_t first = p;
    while (p < src_.size()) {
        char c = src_[p];
        if (isDigitOfBase(c, base)) {
            ++p;
        } else if (c == '_' && p > first) {
            ++p;
            if (p >= src_.size() || !isDigitOfBase(src_[p], base)) {
                failHere(std::string("invalid ") + kindName + " literal", p - 1);
            }
        } else {
            break;
        }
    }
    if (required && p == first) failHere(std::string("invalid ") + kindName + " literal", p);
    return p;
}

// After a number: a letter or digit glued to it is an error, except for the
// keywords CPython tolerates (`1if x else 2`).
void Lexer::checkNumberEnd(size_t start, size_t p, const char* kindName) {
    if (p >= src_.size()) return;
    unsigned char c = static_cast<unsigned char>(src_[p]);
    bool identifierLike = c >= 0x80 ? true : isIdentifierContinue(c);
    if (!identifierLike) return;
    static constexpr std::string_view kTolerated[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (std::string_view keyword : kTolerated) {
        if (src_.substr(p, keyword.size()) == keyword) return;
    }
    if (c >= 0x80) {
        int length = 0;
        if (!isIdentifierStart(decodeUtf8(src_, p, length))) return; // the next token reports it
    }
    failHere(std::string("invalid ") + kindName + " literal", start);
}

Token Lexer::lexNumber(size_t start) {
    int startLine = lineNumber(), startCol = columnOf(start);
    size_t p = start;
    auto finish = [&](size_t end, const char* kindName) {
        if (end < src_.size() && (src_[end] == 'j' || src_[end] == 'J')) {
            failHere("complex numbers (imaginary literals like '1j') are not supported", start);
        }
        checkNumberEnd(start, end, kindName);
        pos_ = end;
        return make(TokenKind::Number, start, startLine, startCol);
    };
    if (src_[p] == '0' && p + 1 < src_.size()) {
        char prefix = static_cast<char>(src_[p + 1] | 0x20);
        int base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : prefix == 'b' ? 2 : 0;
        if (base != 0) {
            const char* kindName = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
            p += 2;
            if (p < src_.size() && src_[p] == '_') ++p; // 0x_FF is allowed
            size_t end = scanDigits(p, base, kindName, false);
            if (end < src_.size() && isAsciiDigit(src_[end]) && base != 16) {
                failHere(std::string("invalid digit '") + src_[end] + "' in " + kindName + " literal", end);
            }
            if (end == p) failHere(std::string("invalid ") + kindName + " literal", end - 1);
            return finish(end, kindName);
        }
    }
    bool isFloat = false;
    size_t intEnd = src_[p] == '.' ? p : scanDigits(p, 10, "decimal", true);
    p = intEnd;
    if (p < src_.size() && src_[p] == '.') {
        isFloat = true;
        ++p;
        if (p < src_.size() && isAsciiDigit(src_[p])) p = scanDigits(p, 10, "decimal", true);
    }
    if (p < src_.size() && (src_[p] == 'e' || src_[p] == 'E')) {
        size_t q = p + 1;
        if (q < src_.size() && (src_[q] == '+' || src_[q] == '-')) ++q;
        if (q < src_.size() && isAsciiDigit(src_[q])) {
            isFloat = true;
            p = scanDigits(q, 10, "decimal", true);
        } else if (!(q == p + 1 && q < src_.size() && (src_.substr(p, 4) == "else"))) {
            failHere("invalid decimal literal", start);
        }
    }
    bool isComplex = p < src_.size() && (src_[p] == 'j' || src_[p] == 'J');
    if (!isFloat && !isComplex && src_[start] == '0') {
        // "0777" is an error; "000" and "0_0" are zero.
        for (size_t i = start; i < intEnd; ++i) {
            if (src_[i] != '0' && src_[i] != '_') {
                failHere("leading zeros in decimal integer literals are not permitted; "
                         "use an 0o prefix for octal integers", start);
            }
        }
    }
    return finish(p, "decimal");
}

Token Lexer::lexString(size_t start, size_t quotePos) {
    int startLine = lineNumber(), startCol = columnOf(start);
    char quote = src_[quotePos];
    bool triple = quotePos + 2 < src_.size() && src_[quotePos + 1] == quote && src_[quotePos + 2] == quote;
    size_t p = quotePos + (triple ? 3 : 1);
    bool continuedLine = false;
    for (;;) {
        if (p >= src_.size()) {
            pos_ = p;
            int detectedAt = lineNumber();
            if (!src_.empty() && src_.back() == '\n') --detectedAt;
            if (triple) {
                fail("unterminated triple-quoted string literal (detected at line " + std::to_string(detectedAt) + ")",
                     startLine, startCol, "SyntaxError", true);
            }
            fail("unterminated string literal (detected at line " + std::to_string(detectedAt) + ")", startLine,
                 startCol, "SyntaxError", continuedLine);
        }
        char c = src_[p];
        if (c == '\\') {
            if (p + 1 < src_.size() && src_[p + 1] == '\n') {
                p += 2;
                ++line_;
                lineStart_ = p;
                continuedLine = true;
            } else {
                p += p + 1 < src_.size() ? 2 : 1;
            }
            continue;
        }
        if (c == '\n') {
            if (!triple) {
                pos_ = p;
                fail("unterminated string literal (detected at line " + std::to_string(lineNumber()) + ")",
                     startLine, startCol);
            }
            ++p;
            ++line_;
            lineStart_ = p;
            continue;
        }
        if (c == quote) {
            if (!triple) { ++p; break; }
            if (p + 2 < src_.size() && src_[p + 1] == quote && src_[p + 2] == quote) { p += 3; break; }
        }
        ++p;
    }
    pos_ = p;
    return make(TokenKind::String, start, startLine, startCol);
}

Token Lexer::lexOperator(size_t start) {
    int startLine = lineNumber(), startCol = columnOf(start);
    std::string_view rest = src_.substr(start, 3);
    for (const OperatorEntry& op : kOperators) {
        if (rest.substr(0, op.text.size()) != op.text) continue;
        pos_ = start + op.text.size();
        char c = op.text[0];
        if (op.text.size() == 1 && (c == '(' || c == '[' || c == '{')) {
            if (static_cast<int>(brackets_.size()) >= 200) failHere("too many nested parentheses", start);
            brackets_.push_back({c, startLine, startCol});
        } else if (op.text.size() == 1 && (c == ')' || c == ']' || c == '}')) {
            if (brackets_.empty()) failHere(std::string("unmatched '") + c + "'", start);
            OpenBracket open = brackets_.back();
            char expected = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
            if (c != expected) {
                std::string message = std::string("closing parenthesis '") + c +
                                      "' does not match opening parenthesis '" + open.ch + "'";
                if (open.line != startLine) message += " on line " + std::to_string(open.line);
                failHere(message, start);
            }
            brackets_.pop_back();
        }
        return make(op.kind, start, startLine, startCol);
    }
    unsigned char c = static_cast<unsigned char>(src_[start]);
    if (c == '$' || c == '?' || c == '`') failHere("invalid syntax", start);
    failInvalidCharacter(start);
}

} // namespace spindle
