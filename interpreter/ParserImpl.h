// ParserImpl.h — the parser class shared by Parser.cpp (tokens, errors, entry
// points), ParserStmt.cpp, ParserExpr.cpp and ParserStrings.cpp. Internal to the
// front end: other components include interpreter/Parser.h.
#pragma once

#include "interpreter/Ast.h"
#include "interpreter/Lexer.h"
#include "interpreter/Parser.h"

#include <string>
#include <string_view>
#include <vector>

namespace spindle {

class Parser {
public:
    // Parses `source` (already validated and with '\n' line endings) into nodes
    // allocated from `module.arena`.
    Parser(std::string_view source, ast::Module& module, LexerOptions options = {},
           const char* stackBase = nullptr);

    std::vector<ast::Stmt*> parseFileInput();
    ast::Expr* parseEvalInput();
    std::vector<ast::Stmt*> parseInteractiveInput();
    // For f-string replacement fields: one (star-)expression list filling the input.
    ast::Expr* parseFStringReplacement();

    // Lexer errors found after the parser failed with a generic "invalid syntax"
    // take precedence, as in CPython (an unclosed bracket explains the failure).
    void rethrowLaterLexerError(int errorLine);

private:
    friend struct DepthGuard;
    using Expr = ast::Expr;
    using Stmt = ast::Stmt;

    // ---- tokens (Parser.cpp). A reference from peek() is valid only until the
    // next peek()/advance() (the buffer may grow or be recycled): copy what you keep.
    const Token& peek(size_t ahead = 0);
    Token advance();
    bool at(TokenKind kind) { return peek().kind == kind; }
    bool accept(TokenKind kind);
    Token expect(TokenKind kind);                    // "invalid syntax" when absent
    Token expectWith(TokenKind kind, const char* message); // e.g. "expected ':'"

    // ---- errors (Parser.cpp). Columns are 0-based bytes as in tokens.
    // Error paths are out of line and take string_view so that the recursive
    // functions keep small stack frames (nesting depth times frame size must
    // fit the C stack of whichever thread compiles).
    SPINDLE_NORETURN SPINDLE_NOINLINE void failAt(std::string_view message, int line, int col, int endLine, int endCol,
                                 const char* type = "SyntaxError");
    SPINDLE_NORETURN SPINDLE_NOINLINE void failAtToken(std::string_view message, const Token& token,
                                      const char* type = "SyntaxError");
    SPINDLE_NORETURN SPINDLE_NOINLINE void failAtNode(std::string_view message, const Expr* node);
    SPINDLE_NORETURN SPINDLE_NOINLINE void failNamedExpressionTarget(const Expr* target);
    SPINDLE_NORETURN SPINDLE_NOINLINE void failInvalidSyntax(const Token& token);
    SPINDLE_NORETURN void failHere() { failInvalidSyntax(peek()); }
    // Whether only the end of input (after closing DEDENTs) follows: an error
    // here means the input ended too early (SourceError::incomplete).
    bool onlyBlockEndsRemain();

    template <class T>
    T* make(const Token& start) {
        T* node = module_.arena.make<T>();
        node->line = start.line;
        node->col = start.col;
        node->endLine = start.endLine;
        node->endCol = start.endCol;
        return node;
    }
    // Start of the token just consumed, kept instead of a whole Token copy to
    // keep recursive frames small.
    struct SourcePos { int line; int col; };
    SourcePos consumedPos() const { return {previous_.line, previous_.col}; }
    template <class T>
    T* makeAtPos(SourcePos start) {
        T* node = module_.arena.make<T>();
        node->line = node->endLine = start.line;
        node->col = node->endCol = start.col;
        return node;
    }
    template <class T>
    T* makeAt(const Expr* start) {
        T* node = module_.arena.make<T>();
        node->line = start->line;
        node->col = start->col;
        return node;
    }
    void finish(Expr* node, const Expr* last);   // end position from `last`, height from children
    void finishAt(Expr* node, const Token& last);
    void finishStmt(Stmt* node);                   // end position from the previous token
    void updateHeight(Expr* node, const Expr* child);

    // ---- statements (ParserStmt.cpp)
    void parseStatement(std::vector<Stmt*>& out);
    void parseSimpleStatements(std::vector<Stmt*>& out);
    Stmt* parseSimpleStatement();
    Stmt* parseExpressionStatement();
    Stmt* parseCompoundStatement();
    std::vector<Stmt*> parseBlock(const char* what, const Token& opener);
    Stmt* parseIf(const Token& keyword);
    Stmt* parseWhile();
    Stmt* parseFor();
    Stmt* parseTry();
    Stmt* parseWith();
    Stmt* parseFunctionDef(std::vector<Expr*> decorators);
    Stmt* parseClassDef(std::vector<Expr*> decorators);
    Stmt* parseDecorated();
    Stmt* parseImport();
    Stmt* parseFromImport();
    Stmt* parseReturn();
    Stmt* parseRaise();
    Stmt* parseDel();
    Stmt* parseAssert();
    Stmt* parseGlobalOrNonlocal();
    std::string parseDottedName();
    ast::Arguments* parseParameters(TokenKind closer, bool isLambda);

    // ---- targets (ParserStmt.cpp)
    void setStoreContext(Expr* target, ast::ExprContext ctx, bool firstAssignTarget, bool augmented);
    const char* describeInvalidTarget(const Expr* e) const;

    // ---- expressions (ParserExpr.cpp)
    Expr* parseStarExpressions();       // a, *b, c  (tuple without brackets)
    Expr* parseStarExpression();        // *x | expression
    Expr* parseYieldOrStarExpressions();
    Expr* parseYield();
    Expr* parseNamedExpression();       // NAME := expr | expression
    Expr* parseStarNamedExpression();   // *x | named_expression
    Expr* parseExpression();            // conditional / lambda
    Expr* parseExpressionList();        // expression (',' expression)*  as Tuple when comma
    Expr* parseDisjunction();
    Expr* parseConjunction();
    Expr* parseInversion();
    Expr* parseComparison();
    Expr* parseBinary(int minPrecedence);
    Expr* parseFactor();
    Expr* parsePower();
    Expr* parsePrimary();
    Expr* parseAtom();
    Expr* parseLambda();
    Expr* parseParenthesised();
    Expr* parseListDisplay();
    Expr* parseBraceDisplay();
    Expr* parseSubscript(Expr* value);
    Expr* parseSlice();
    Expr* parseCall(Expr* func);
    std::vector<ast::Comprehension*> parseComprehensionClauses();
    Expr* parseTargetList(TokenKind stopAt);  // `for` targets: star_targets up to `in`
    void checkMissingComma(const Expr* previous);
    bool startsExpression(const Token& token) const;

    // ---- literals (ParserStrings.cpp)
    Expr* parseNumber(const Token& token);
    Expr* parseStrings();                                   // adjacent literals concatenated
    void decodeStringBody(const Token& token, std::string_view body, bool raw, bool bytes, std::string& out);
    // Parses f-string text from token.text[i] on, into `parts` (Constant and
    // FormattedValue nodes) with literal text gathered in `pending`; stops at the
    // closing quote (`end`) or, inside a format spec, at the '}' ending the field.
    void parseFStringText(const Token& token, size_t& i, size_t end, bool raw, int nesting, bool inSpec,
                          std::vector<Expr*>& parts, std::string& pending);
    void parseFStringField(const Token& token, size_t& i, size_t end, bool raw, int nesting,
                           std::vector<Expr*>& parts, std::string& pending);
    void flushFStringText(const Token& token, std::vector<Expr*>& parts, std::string& pending);
    Expr* parseFStringExpression(const Token& token, size_t exprOffset, std::string_view text);
    void positionInToken(const Token& token, size_t offsetInToken, int& line, int& col) const;

    std::string_view source_;
    ast::Module& module_;
    Lexer lexer_;
    LexerOptions options_;
    std::vector<Token> tokens_;
    size_t pos_ = 0;
    Token previous_;          // last consumed token
    int depth_ = 0;           // recursion guard, see DepthGuard
    const char* stackBase_;   // stack address at the outermost parser's entry
};

// Counts parser recursion; past ast::kMaxNestingDepth the input is refused.
struct DepthGuard {
    Parser& parser;
    explicit DepthGuard(Parser& p, const Token& at);
    ~DepthGuard() { --parser.depth_; }
};

} // namespace spindle
