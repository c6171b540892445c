// Lexer.h — turns Python source into tokens, on demand.
//
// The lexer produces NEWLINE / INDENT / DEDENT per Python's rules (an indent
// stack, tabs to multiples of 8 with the "alternate" tab size 1 cross-check that
// gives TabError), joins lines inside brackets and after a backslash, skips
// comments and blank lines, and always ends with NEWLINE (if the last line had
// tokens), the pending DEDENTs, then EOF. String and number literals are
// delimited and validated here but decoded by the parser (see Token.h).
//
// Errors are thrown as SourceError with `line` 1-based and `col` as a 1-based
// UTF-8 *byte* column; the parse entry points (Parser.h) convert columns to
// characters and fill lineText/filename before the error leaves the front end.
#pragma once

#include "interpreter/SourceError.h"
#include "interpreter/Token.h"

#include <string>
#include <string_view>
#include <vector>

namespace spindle {

struct LexerOptions {
    // Lex an f-string replacement field: behave as if inside brackets (no
    // NEWLINE/INDENT), and report positions shifted by baseLine/baseCol.
    bool insideBrackets = false;
    int baseLine = 1;  // line number of the first source line
    int baseCol = 0;   // byte column added to positions on the first line
};

class Lexer {
public:
    // `source` must stay alive while tokens are used; it must not contain '\r'
    // (the parser normalises line endings first) and must be valid UTF-8
    // without NUL bytes (checked by validateSource()).
    explicit Lexer(std::string_view source, LexerOptions options = {});

    // The next token; after EOF, keeps returning EOF.
    Token next();

    // Brackets currently open (for "'(' was never closed" and the REPL).
    int bracketDepth() const { return static_cast<int>(brackets_.size()); }

    // Throws SourceError if `source` holds a NUL byte or invalid UTF-8.
    static void validateSource(std::string_view source);

private:
    struct OpenBracket { char ch; int line; int col; };

    Token make(TokenKind kind, size_t start, int startLine, int startCol);
    SPINDLE_NORETURN void fail(const std::string& message, int line, int col0,
                               const char* type = "SyntaxError", bool incomplete = false) const;
    SPINDLE_NORETURN void failHere(const std::string& message, size_t offset) const;

    int lineNumber() const { return options_.baseLine + line_ - 1; }
    int columnOf(size_t offset) const; // 0-based byte column, shifted on the base line

    bool handleLineStart(Token& out);   // indentation; true when out was produced
    bool skipSpaceAndComments();        // false at EOF; handles backslash continuation
    Token lexName(size_t start);
    Token lexNumber(size_t start);
    Token lexString(size_t start, size_t quotePos);
    Token lexOperator(size_t start);
    void checkNumberEnd(size_t start, size_t pos, const char* kindName);
    size_t scanDigits(size_t pos, int base, const char* kindName, bool required);
    SPINDLE_NORETURN void failInvalidCharacter(size_t pos);

    std::string_view src_;
    LexerOptions options_;
    size_t pos_ = 0;
    int line_ = 1;            // 1-based, relative to src_
    size_t lineStart_ = 0;    // offset of the current line's first byte
    bool atLineStart_ = true;
    bool lineHasTokens_ = false;
    bool eofDone_ = false;
    int pendingDedents_ = 0;
    std::vector<int> indents_{0};     // columns with tabs to multiples of 8
    std::vector<int> altIndents_{0};  // columns with tabs counted as 1 (TabError check)
    std::vector<OpenBracket> brackets_;
};

// Decode a UTF-8 sequence at s[pos]; returns the code point and sets `length`
// (1 with code point 0xFFFD on malformed input). Shared with the parser.
uint32_t decodeUtf8(std::string_view s, size_t pos, int& length);
// Append the UTF-8 encoding of `codePoint` to `out`.
void appendUtf8(std::string& out, uint32_t codePoint);
// Identifier character classes: XID_Start (or '_') and XID_Continue, exactly as
// str.isidentifier uses them. Unlike CPython, names are not NFKC-normalised.
bool isIdentifierStart(uint32_t codePoint);
bool isIdentifierContinue(uint32_t codePoint);

} // namespace spindle
