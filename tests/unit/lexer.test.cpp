// Lexer tests: token streams for every literal form, indentation, line joining
// and the tokenizer's error messages (checked against CPython 3.11).
#include "interpreter/Lexer.h"

#include <doctest/doctest.h>

#include <string>

using spindle::Lexer;
using spindle::SourceError;
using spindle::Token;
using spindle::TokenKind;

namespace {

// "NAME:x = NUMBER:1 NEWLINE EOF": kinds by spelling, literal text after ':'.
std::string lex(std::string_view source) {
    Lexer::validateSource(source);
    Lexer lexer(source);
    std::string out;
    for (int guard = 0; guard < 10000; ++guard) {
        Token token = lexer.next();
        if (!out.empty()) out += ' ';
        out += spindle::tokenKindName(token.kind);
        if (token.kind == TokenKind::Name || token.kind == TokenKind::Number || token.kind == TokenKind::String) {
            out += ':';
            out += token.text;
        }
        if (token.kind == TokenKind::EndOfFile) break;
    }
    return out;
}

SourceError lexError(std::string_view source) {
    try {
        lex(source);
    } catch (const SourceError& error) {
        return error;
    }
    FAIL("expected a SourceError for: " << source);
    return {};
}

std::string lexErrorMessage(std::string_view source) { return lexError(source).message; }

} // namespace

TEST_SUITE("lexer") {

TEST_CASE("simple statement and keywords") {
    CHECK(lex("x = 1\n") == "NAME:x = NUMBER:1 NEWLINE EOF");
    CHECK(lex("if not a and b or c is None: pass") ==
          "if not NAME:a and NAME:b or NAME:c is None : pass NEWLINE EOF");
    CHECK(lex("lambda_ = True") == "NAME:lambda_ = True NEWLINE EOF");
}

TEST_CASE("NEWLINE is added at EOF and blank/comment lines produce nothing") {
    CHECK(lex("x") == "NAME:x NEWLINE EOF");
    CHECK(lex("\n\n# comment\n   \nx # trailing\n\n") == "NAME:x NEWLINE EOF");
    CHECK(lex("") == "EOF");
    CHECK(lex("# only a comment") == "EOF");
}

TEST_CASE("INDENT and DEDENT") {
    CHECK(lex("if a:\n    b\n    c\nd\n") ==
          "if NAME:a : NEWLINE INDENT NAME:b NEWLINE NAME:c NEWLINE DEDENT NAME:d NEWLINE EOF");
    CHECK(lex("if a:\n  if b:\n    c\n") ==
          "if NAME:a : NEWLINE INDENT if NAME:b : NEWLINE INDENT NAME:c NEWLINE DEDENT DEDENT EOF");
    // Dedent by two levels at once, then blank and comment lines inside blocks.
    CHECK(lex("a:\n b:\n  c\n\n  # x\nd") ==
          "NAME:a : NEWLINE INDENT NAME:b : NEWLINE INDENT NAME:c NEWLINE DEDENT DEDENT NAME:d NEWLINE EOF");
    // A tab is consistent with itself.
    CHECK(lex("if a:\n\tb\n\tc\n") == "if NAME:a : NEWLINE INDENT NAME:b NEWLINE NAME:c NEWLINE DEDENT EOF");
}

TEST_CASE("indentation errors") {
    SourceError error = lexError("if 1:\n    x\n  y\n");
    CHECK(error.type == "IndentationError");
    CHECK(error.message == "unindent does not match any outer indentation level");
    CHECK(error.line == 3);
    SourceError tab = lexError("if 1:\n\tx\n        y\n");
    CHECK(tab.type == "TabError");
    CHECK(tab.message == "inconsistent use of tabs and spaces in indentation");
    CHECK(tab.line == 3);
}

TEST_CASE("implicit line joining inside brackets and backslash continuation") {
    CHECK(lex("x = (1,\n     2)\n") == "NAME:x = ( NUMBER:1 , NUMBER:2 ) NEWLINE EOF");
    CHECK(lex("x = [\n  1,\n\n  # c\n]\ny") == "NAME:x = [ NUMBER:1 , ] NEWLINE NAME:y NEWLINE EOF");
    CHECK(lex("x = 1 + \\\n    2\n") == "NAME:x = NUMBER:1 + NUMBER:2 NEWLINE EOF");
    CHECK(lexErrorMessage("x = 1 \\ 2") == "unexpected character after line continuation character");
    SourceError eof = lexError("x = \\");
    CHECK(eof.message == "unexpected EOF while parsing");
    CHECK(eof.incomplete);
}

TEST_CASE("bracket errors") {
    SourceError open = lexError("foo(1,\n2\n");
    CHECK(open.message == "'(' was never closed");
    CHECK(open.line == 1);
    CHECK(open.col == 4);
    CHECK(open.incomplete);
    CHECK(lexErrorMessage("x = )") == "unmatched ')'");
    CHECK(lexErrorMessage("x = (1]") == "closing parenthesis ']' does not match opening parenthesis '('");
    CHECK(lexErrorMessage("x = (1,\n]") ==
          "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
    CHECK(lexErrorMessage(std::string(201, '(')) == "too many nested parentheses");
    CHECK_NOTHROW(lex(std::string(199, '(') + std::string(199, ')')));
}

TEST_CASE("integer literals") {
    CHECK(lex("0 7 1_000 0x_FF 0o17 0b1010 0XAB 00 0_0") ==
          "NUMBER:0 NUMBER:7 NUMBER:1_000 NUMBER:0x_FF NUMBER:0o17 NUMBER:0b1010 NUMBER:0XAB NUMBER:00 NUMBER:0_0 "
          "NEWLINE EOF");
    CHECK(lexErrorMessage("1abc") == "invalid decimal literal");
    CHECK(lexErrorMessage("1__0") == "invalid decimal literal");
    CHECK(lexErrorMessage("1_") == "invalid decimal literal");
    CHECK(lexErrorMessage("0x") == "invalid hexadecimal literal");
    CHECK(lexErrorMessage("0xfg") == "invalid hexadecimal literal");
    CHECK(lexErrorMessage("0b2") == "invalid digit '2' in binary literal");
    CHECK(lexErrorMessage("0o8") == "invalid digit '8' in octal literal");
    CHECK(lexErrorMessage("0777") ==
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    CHECK(lexErrorMessage("0_7") ==
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    // Keywords glued to a number are tolerated as CPython does.
    CHECK(lex("1if x else 2") == "NUMBER:1 if NAME:x else NUMBER:2 NEWLINE EOF");
}

TEST_CASE("float literals") {
    CHECK(lex("1.5 1. .5 1e10 1E-3 1_000.5e-3 1.e5 0.0 07.5") ==
          "NUMBER:1.5 NUMBER:1. NUMBER:.5 NUMBER:1e10 NUMBER:1E-3 NUMBER:1_000.5e-3 NUMBER:1.e5 NUMBER:0.0 "
          "NUMBER:07.5 NEWLINE EOF");
    CHECK(lexErrorMessage("1e") == "invalid decimal literal");
    CHECK(lexErrorMessage("1.5e+") == "invalid decimal literal");
    CHECK(lex("x.y") == "NAME:x . NAME:y NEWLINE EOF");
    CHECK(lex("...") == "... NEWLINE EOF");
}

TEST_CASE("imaginary literals are refused") {
    CHECK(lexErrorMessage("1j") == "complex numbers (imaginary literals like '1j') are not supported");
    CHECK(lexErrorMessage("x = 1.5J") == "complex numbers (imaginary literals like '1j') are not supported");
}

TEST_CASE("string literal forms") {
    CHECK(lex("'a' \"b\" '''c''' \"\"\"d\"\"\"") ==
          "STRING:'a' STRING:\"b\" STRING:'''c''' STRING:\"\"\"d\"\"\" NEWLINE EOF");
    CHECK(lex("r'\\d' b'x' rb'x' Br'x' f'{x}' rF'x' u'x' U\"x\"") ==
          "STRING:r'\\d' STRING:b'x' STRING:rb'x' STRING:Br'x' STRING:f'{x}' STRING:rF'x' STRING:u'x' "
          "STRING:U\"x\" NEWLINE EOF");
    // Not prefixes: a name followed by a string.
    CHECK(lex("ub'x'") == "NAME:ub STRING:'x' NEWLINE EOF");
    CHECK(lex("fb'x'") == "NAME:fb STRING:'x' NEWLINE EOF");
    // Escaped quotes, backslash-newline inside a string, triple-quoted across lines.
    CHECK(lex("'it\\'s'") == "STRING:'it\\'s' NEWLINE EOF");
    CHECK(lex("'a\\\nb'") == "STRING:'a\\\nb' NEWLINE EOF");
    CHECK(lex("x = '''a\nb'''\ny") == "NAME:x = STRING:'''a\nb''' NEWLINE NAME:y NEWLINE EOF");
    CHECK(lex("''''''") == "STRING:'''''' NEWLINE EOF");
}

TEST_CASE("unterminated strings") {
    SourceError single = lexError("x='abc");
    CHECK(single.message == "unterminated string literal (detected at line 1)");
    CHECK(single.col == 3);
    CHECK_FALSE(single.incomplete);
    SourceError triple = lexError("x='''abc\n\n");
    CHECK(triple.message == "unterminated triple-quoted string literal (detected at line 2)");
    CHECK(triple.line == 1);
    CHECK(triple.incomplete);
    CHECK(lexErrorMessage("x = 1\ny = \"abc\nz") == "unterminated string literal (detected at line 2)");
    CHECK(lexErrorMessage("'''a\nb\nc") == "unterminated triple-quoted string literal (detected at line 3)");
}

TEST_CASE("unicode identifiers and invalid characters") {
    CHECK(lex("café = 1") == "NAME:café = NUMBER:1 NEWLINE EOF");
    CHECK(lex("π = Δx") == "NAME:π = NAME:Δx NEWLINE EOF");
    CHECK(lex("変数") == "NAME:変数 NEWLINE EOF");
    CHECK(lexErrorMessage("x = €") == "invalid character '€' (U+20AC)");
    CHECK(lexErrorMessage("x = a€") == "invalid character '€' (U+20AC)");
    CHECK(lexErrorMessage("x = \u00a0") == "invalid non-printable character U+00A0");
    CHECK(lexErrorMessage("x = 😀") == "invalid character '😀' (U+1F600)");
}

TEST_CASE("source validation") {
    CHECK(lexErrorMessage(std::string_view("a\0b", 3)) == "source code cannot contain null bytes");
    SourceError utf8 = lexError("x = 1\ny = '\xff'\n");
    CHECK(utf8.type == "SyntaxError");
    CHECK(utf8.line == 2);
    CHECK(utf8.message.find("Non-UTF-8 code starting with '\\xff'") == 0);
    // A byte order mark is skipped.
    CHECK(lex("\xEF\xBB\xBFx") == "NAME:x NEWLINE EOF");
}

TEST_CASE("operators use maximal munch") {
    CHECK(lex("a //= b ** c >>= d -> e := f != g <= h") ==
          "NAME:a //= NAME:b ** NAME:c >>= NAME:d -> NAME:e := NAME:f != NAME:g <= NAME:h NEWLINE EOF");
    CHECK(lex("a<<b>>c@d@=e|=f^g&h~i") ==
          "NAME:a << NAME:b >> NAME:c @ NAME:d @= NAME:e |= NAME:f ^ NAME:g & NAME:h ~ NAME:i NEWLINE EOF");
}

TEST_CASE("token positions") {
    Lexer lexer("if x:\n    yy = 'a\nb'\n");
    Token t = lexer.next(); // if
    CHECK(t.line == 1);
    CHECK(t.col == 0);
    t = lexer.next(); // x
    CHECK(t.col == 3);
    CHECK(t.endCol == 4);
    lexer.next(); // :
    lexer.next(); // NEWLINE
    t = lexer.next();
    CHECK(t.kind == TokenKind::Indent);
    t = lexer.next(); // yy — but the string below is unterminated on its line
    CHECK(t.text == "yy");
    CHECK(t.line == 2);
    CHECK(t.col == 4);
}

TEST_CASE("lexer options for f-string fields") {
    spindle::LexerOptions options;
    options.insideBrackets = true;
    options.baseLine = 3;
    options.baseCol = 10;
    Lexer lexer("a +\n b", options);
    Token a = lexer.next();
    CHECK(a.line == 3);
    CHECK(a.col == 10);
    CHECK(lexer.next().kind == TokenKind::Plus);
    Token b = lexer.next();
    CHECK(b.line == 4);
    CHECK(b.col == 1);
    CHECK(lexer.next().kind == TokenKind::EndOfFile);
}

} // TEST_SUITE
