// Token.h — the tokens the Lexer hands to the Parser.
//
// Tokens do not own text: `text` views into the source buffer given to the Lexer,
// which must outlive them. Literals are NOT decoded here: a String token's text
// is the whole literal with prefix and quotes (`rb'\d'`, `f"""{x}"""`) and the
// parser decodes it (it needs the raw form for f-strings anyway); a Number
// token's text is the literal as written.
#pragma once

#include "runtime/Common.h"

#include <string_view>

namespace spindle {

// X-macro: (enum name, spelling). Keywords and operators carry their spelling;
// the other kinds a description used in diagnostics and tests.
#define SPINDLE_TOKEN_KINDS(X) \
    X(EndOfFile, "EOF") X(Newline, "NEWLINE") X(Indent, "INDENT") X(Dedent, "DEDENT") \
    X(Name, "NAME") X(Number, "NUMBER") X(String, "STRING") \
    /* keywords */ \
    X(KwFalse, "False") X(KwNone, "None") X(KwTrue, "True") X(KwAnd, "and") X(KwAs, "as") \
    X(KwAssert, "assert") X(KwAsync, "async") X(KwAwait, "await") X(KwBreak, "break") \
    X(KwClass, "class") X(KwContinue, "continue") X(KwDef, "def") X(KwDel, "del") \
    X(KwElif, "elif") X(KwElse, "else") X(KwExcept, "except") X(KwFinally, "finally") \
    X(KwFor, "for") X(KwFrom, "from") X(KwGlobal, "global") X(KwIf, "if") \
    X(KwImport, "import") X(KwIn, "in") X(KwIs, "is") X(KwLambda, "lambda") \
    X(KwNonlocal, "nonlocal") X(KwNot, "not") X(KwOr, "or") X(KwPass, "pass") \
    X(KwRaise, "raise") X(KwReturn, "return") X(KwTry, "try") X(KwWhile, "while") \
    X(KwWith, "with") X(KwYield, "yield") \
    /* brackets */ \
    X(LParen, "(") X(RParen, ")") X(LBracket, "[") X(RBracket, "]") X(LBrace, "{") X(RBrace, "}") \
    /* operators and delimiters */ \
    X(Colon, ":") X(Comma, ",") X(Semicolon, ";") X(Dot, ".") X(Ellipsis, "...") \
    X(Arrow, "->") X(At, "@") X(Equal, "=") X(ColonEqual, ":=") \
    X(Plus, "+") X(Minus, "-") X(Star, "*") X(DoubleStar, "**") X(Slash, "/") \
    X(DoubleSlash, "//") X(Percent, "%") X(Pipe, "|") X(Caret, "^") X(Amp, "&") \
    X(LeftShift, "<<") X(RightShift, ">>") X(Tilde, "~") \
    X(Less, "<") X(Greater, ">") X(LessEqual, "<=") X(GreaterEqual, ">=") \
    X(EqEqual, "==") X(NotEqual, "!=") \
    X(PlusEqual, "+=") X(MinusEqual, "-=") X(StarEqual, "*=") X(SlashEqual, "/=") \
    X(DoubleSlashEqual, "//=") X(PercentEqual, "%=") X(AtEqual, "@=") X(PipeEqual, "|=") \
    X(CaretEqual, "^=") X(AmpEqual, "&=") X(LeftShiftEqual, "<<=") \
    X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=") \
    /* `!` only appears inside f-string replacement fields (conversion) */ \
    X(Exclamation, "!")

enum class TokenKind : uint8_t {
#define SPINDLE_TOKEN_ENUM(name, spelling) name,
    SPINDLE_TOKEN_KINDS(SPINDLE_TOKEN_ENUM)
#undef SPINDLE_TOKEN_ENUM
};

// "NAME", "+=", "while", ...
const char* tokenKindName(TokenKind kind);

struct Token {
    TokenKind kind = TokenKind::EndOfFile;
    std::string_view text;  // exact source text (empty for NEWLINE at EOF, INDENT, DEDENT, EOF)
    int line = 0;           // 1-based
    int col = 0;            // 0-based UTF-8 byte offset in the line
    int endLine = 0;
    int endCol = 0;         // exclusive
    // Offset of the token's first byte in the source buffer.
    size_t offset = 0;

    bool is(TokenKind k) const { return kind == k; }
    bool isKeyword() const { return kind >= TokenKind::KwFalse && kind <= TokenKind::KwYield; }
};

} // namespace spindle
