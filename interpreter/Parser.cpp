// Parser.cpp — entry points, token buffer and error reporting of the parser.
// The grammar itself is in ParserStmt.cpp, ParserExpr.cpp and ParserStrings.cpp.
#include "interpreter/ParserImpl.h"

#include <algorithm>

namespace spindle {

DepthGuard::DepthGuard(Parser& p, const Token& at) : parser(p) {
    char marker;
    // The stack grows down on every platform Spindle targets.
    size_t used = static_cast<size_t>(parser.stackBase_ - &marker);
    if (++parser.depth_ > ast::kMaxNestingDepth || used > ast::kMaxParserStackBytes) {
        parser.failAtToken("too many nested parentheses", at);
    }
}

Parser::Parser(std::string_view source, ast::Module& module, LexerOptions options, const char* stackBase)
    : source_(source), module_(module), lexer_(source, options), options_(options),
      stackBase_(stackBase != nullptr ? stackBase : static_cast<const char*>(__builtin_frame_address(0))) {}

const Token& Parser::peek(size_t ahead) {
    while (tokens_.size() <= pos_ + ahead) tokens_.push_back(lexer_.next());
    return tokens_[pos_ + ahead];
}

Token Parser::advance() {
    const Token& token = peek();
    previous_ = token;
    if (token.kind != TokenKind::EndOfFile) ++pos_;
    // Consumed tokens are not needed again: drop them now and then so the
    // buffer stays small on long files.
    if (pos_ > 4096 && pos_ == tokens_.size()) {
        tokens_.clear();
        pos_ = 0;
    }
    return previous_;
}

bool Parser::accept(TokenKind kind) {
    if (peek().kind != kind) return false;
    advance();
    return true;
}

Token Parser::expect(TokenKind kind) {
    if (peek().kind != kind) failHere();
    return advance();
}

Token Parser::expectWith(TokenKind kind, const char* message) {
    if (peek().kind != kind) {
        const Token& token = peek();
        // CPython points "expected ':'" just after the previous token.
        failAt(message, previous_.endLine, previous_.endCol, previous_.endLine, previous_.endCol);
        (void)token;
    }
    return advance();
}

void Parser::failAt(std::string_view message, int line, int col, int endLine, int endCol, const char* type) {
    SourceError error;
    error.type = type;
    error.message = std::string(message);
    error.line = line;
    error.col = col + 1;
    error.endLine = endLine;
    error.endCol = endCol + 1;
    error.incomplete = onlyBlockEndsRemain();
    throw error;
}

bool Parser::onlyBlockEndsRemain() {
    // The lexer closes open blocks with DEDENTs before EOF, so a block header
    // nested in another block ("class A:\n    def f(self):\n") fails at a
    // DEDENT, and that input is as unfinished as "def f(self):\n" alone.
    try {
        for (size_t ahead = 0;; ahead++) {
            TokenKind kind = peek(ahead).kind;
            if (kind == TokenKind::EndOfFile) return true;
            if (kind != TokenKind::Dedent) return false;
        }
    } catch (const SourceError&) {
        return false; // a bad token further on: the input is wrong, not short
    }
}

void Parser::failAtToken(std::string_view message, const Token& token, const char* type) {
    failAt(message, token.line, token.col, token.endLine, token.endCol, type);
}

void Parser::failAtNode(std::string_view message, const Expr* node) {
    failAt(message, node->line, node->col, node->endLine, node->endCol);
}

void Parser::failNamedExpressionTarget(const Expr* target) {
    const char* what = target->kind == ast::ExprKind::Attribute   ? "attribute"
                       : target->kind == ast::ExprKind::Subscript ? "subscript"
                                                                  : describeInvalidTarget(target);
    failAtNode(std::string("cannot use assignment expressions with ") + what, target);
}

void Parser::failInvalidSyntax(const Token& token) {
    if (token.kind == TokenKind::Indent) {
        failAt("unexpected indent", token.line, token.endCol - 1, token.line, token.endCol, "IndentationError");
    }
    if (token.kind == TokenKind::Dedent) {
        failAt("unexpected unindent", token.line, token.col, token.line, token.col, "IndentationError");
    }
    if (token.kind == TokenKind::KwAsync || token.kind == TokenKind::KwAwait) {
        failAtToken("'async' and 'await' are not supported", token);
    }
    // A lexer error further on (an unclosed bracket, a bad literal) explains a
    // generic failure better, as CPython reports.
    rethrowLaterLexerError(token.line);
    failAtToken("invalid syntax", token);
}

void Parser::rethrowLaterLexerError(int errorLine) {
    if (!tokens_.empty() && tokens_.back().kind == TokenKind::EndOfFile) return;
    try {
        while (lexer_.next().kind != TokenKind::EndOfFile) {}
    } catch (SourceError& error) {
        // An unclosed bracket only explains errors on later lines (CPython's rule).
        static constexpr std::string_view kUnclosed = "was never closed";
        bool unclosed = error.message.size() >= kUnclosed.size() &&
                        error.message.compare(error.message.size() - kUnclosed.size(), kUnclosed.size(),
                                              kUnclosed) == 0;
        if (unclosed && error.line >= errorLine) return;
        throw;
    }
}

void Parser::updateHeight(Expr* node, const Expr* child) {
    if (child == nullptr || child->height < node->height) return;
    if (child->height + 1 > ast::kMaxTreeDepth) {
        failAtNode("expression too deeply nested (more than " + std::to_string(ast::kMaxTreeDepth) + " levels)",
                   node);
    }
    node->height = static_cast<uint16_t>(child->height + 1);
}

void Parser::finish(Expr* node, const Expr* last) {
    node->endLine = last->endLine;
    node->endCol = last->endCol;
}

void Parser::finishAt(Expr* node, const Token& last) {
    node->endLine = last.endLine;
    node->endCol = last.endCol;
}

void Parser::finishStmt(Stmt* node) {
    node->endLine = previous_.endLine;
    node->endCol = previous_.endCol;
}

std::vector<ast::Stmt*> Parser::parseFileInput() {
    std::vector<Stmt*> body;
    while (!at(TokenKind::EndOfFile)) {
        if (accept(TokenKind::Newline)) continue;
        parseStatement(body);
    }
    return body;
}

ast::Expr* Parser::parseEvalInput() {
    while (accept(TokenKind::Newline)) {}
    Expr* expr = parseStarExpressions();
    while (accept(TokenKind::Newline)) {}
    if (!at(TokenKind::EndOfFile)) failHere();
    return expr;
}

std::vector<ast::Stmt*> Parser::parseInteractiveInput() {
    std::vector<Stmt*> body;
    while (accept(TokenKind::Newline)) {}
    if (at(TokenKind::EndOfFile)) return body;
    parseStatement(body);
    while (accept(TokenKind::Newline)) {}
    if (!at(TokenKind::EndOfFile)) {
        // CPython: "multiple statements found while compiling a single statement".
        failAtToken("multiple statements found while compiling a single statement", peek());
    }
    return body;
}

ast::Expr* Parser::parseFStringReplacement() {
    Expr* expr = at(TokenKind::KwYield) ? parseYield() : parseStarExpressions();
    if (!at(TokenKind::EndOfFile)) {
        checkMissingComma(expr); // the field behaves as if parenthesised
        failInvalidSyntax(peek());
    }
    if (expr->kind == ast::ExprKind::Starred) failAtNode("cannot use starred expression here", expr);
    return expr;
}

// ---------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------
namespace {

// "\r\n" and lone "\r" become "\n" (CPython's universal newlines).
std::string_view normaliseNewlines(std::string_view source, std::string& storage) {
    if (source.find('\r') == std::string_view::npos) return source;
    storage.reserve(source.size());
    for (size_t i = 0; i < source.size(); ++i) {
        if (source[i] == '\r') {
            storage += '\n';
            if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
        } else {
            storage += source[i];
        }
    }
    return storage;
}

std::vector<std::string> splitLines(std::string_view source) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start < source.size()) {
        size_t end = source.find('\n', start);
        if (end == std::string_view::npos) end = source.size();
        lines.emplace_back(source.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

// 1-based byte column → 1-based character column of `text`.
int byteToCharColumn(const std::string& text, int byteCol) {
    if (byteCol <= 0) return byteCol;
    int chars = 0;
    size_t limit = std::min(static_cast<size_t>(byteCol - 1), text.size());
    for (size_t i = 0; i < limit; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
    }
    return chars + 1 + static_cast<int>(static_cast<size_t>(byteCol - 1) - limit);
}

void completeError(SourceError& error, const std::string& filename, const std::vector<std::string>& lines) {
    error.filename = filename;
    if (error.line > 0 && error.line <= static_cast<int>(lines.size())) {
        if (error.lineText.empty()) error.lineText = lines[error.line - 1];
        error.col = byteToCharColumn(lines[error.line - 1], error.col);
        if (error.endLine > 0 && error.endLine <= static_cast<int>(lines.size())) {
            error.endCol = byteToCharColumn(lines[error.endLine - 1], error.endCol);
        }
    }
}

template <class Body>
ast::Module parseWith(std::string_view source, std::string filename, ast::ParseMode mode, Body body) {
    ast::Module module;
    module.mode = mode;
    module.filename = std::move(filename);
    std::string storage;
    std::string_view text = normaliseNewlines(source, storage);
    module.lines = splitLines(text);
    try {
        Lexer::validateSource(text);
        Parser parser(text, module);
        body(parser, module, text);
    } catch (SourceError& error) {
        completeError(error, module.filename, module.lines);
        throw;
    }
    return module;
}

// True when `text` ends with an empty line, which ends a compound statement in
// the REPL.
bool endsWithBlankLine(std::string_view text) {
    size_t end = text.size();
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    if (end == 0 || text[end - 1] != '\n') return false;
    --end;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    return end == 0 || text[end - 1] == '\n';
}

} // namespace

ast::Module parseModule(std::string_view source, std::string filename) {
    return parseWith(source, std::move(filename), ast::ParseMode::File,
                     [](Parser& parser, ast::Module& module, std::string_view) {
                         module.body = parser.parseFileInput();
                     });
}

ast::Module parseExpression(std::string_view source, std::string filename) {
    return parseWith(source, std::move(filename), ast::ParseMode::Eval,
                     [](Parser& parser, ast::Module& module, std::string_view) {
                         module.expression = parser.parseEvalInput();
                     });
}

ast::Module parseInteractive(std::string_view source, std::string filename) {
    return parseWith(source, std::move(filename), ast::ParseMode::Interactive,
                     [](Parser& parser, ast::Module& module, std::string_view text) {
                         module.body = parser.parseInteractiveInput();
                         bool compound = false;
                         for (const ast::Stmt* stmt : module.body) {
                             switch (stmt->kind) {
                             case ast::StmtKind::FunctionDef: case ast::StmtKind::ClassDef:
                             case ast::StmtKind::For: case ast::StmtKind::While: case ast::StmtKind::If:
                             case ast::StmtKind::With: case ast::StmtKind::Try:
                                 compound = true;
                                 break;
                             default: break;
                             }
                         }
                         if (compound && !endsWithBlankLine(text)) {
                             SourceError error;
                             error.type = "SyntaxError";
                             error.message = "incomplete input";
                             error.incomplete = true;
                             throw error;
                         }
                     });
}

} // namespace spindle
