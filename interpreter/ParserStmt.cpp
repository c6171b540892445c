// ParserStmt.cpp — statements, blocks, parameters and assignment targets.
#include "interpreter/ParserImpl.h"

namespace spindle {

using namespace ast;

namespace {

bool augmentedOperator(TokenKind kind, BinOpKind& op) {
    switch (kind) {
    case TokenKind::PlusEqual: op = BinOpKind::Add; return true;
    case TokenKind::MinusEqual: op = BinOpKind::Sub; return true;
    case TokenKind::StarEqual: op = BinOpKind::Mult; return true;
    case TokenKind::AtEqual: op = BinOpKind::MatMult; return true;
    case TokenKind::SlashEqual: op = BinOpKind::Div; return true;
    case TokenKind::PercentEqual: op = BinOpKind::Mod; return true;
    case TokenKind::DoubleStarEqual: op = BinOpKind::Pow; return true;
    case TokenKind::LeftShiftEqual: op = BinOpKind::LShift; return true;
    case TokenKind::RightShiftEqual: op = BinOpKind::RShift; return true;
    case TokenKind::PipeEqual: op = BinOpKind::BitOr; return true;
    case TokenKind::CaretEqual: op = BinOpKind::BitXor; return true;
    case TokenKind::AmpEqual: op = BinOpKind::BitAnd; return true;
    case TokenKind::DoubleSlashEqual: op = BinOpKind::FloorDiv; return true;
    default: return false;
    }
}

template <class T>
void copyStart(T* node, const Token& token) {
    node->line = token.line;
    node->col = token.col;
}

} // namespace

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------
void Parser::parseStatement(std::vector<Stmt*>& out) {
    switch (peek().kind) {
    case TokenKind::KwDef: case TokenKind::KwClass: case TokenKind::At: case TokenKind::KwIf:
    case TokenKind::KwWhile: case TokenKind::KwFor: case TokenKind::KwTry: case TokenKind::KwWith:
        out.push_back(parseCompoundStatement());
        return;
    case TokenKind::Indent:
    case TokenKind::KwAsync:
        failHere();
    default:
        parseSimpleStatements(out);
    }
}

void Parser::parseSimpleStatements(std::vector<Stmt*>& out) {
    for (;;) {
        out.push_back(parseSimpleStatement());
        if (!accept(TokenKind::Semicolon)) break;
        if (at(TokenKind::Newline)) break;
    }
    if (!accept(TokenKind::Newline)) failHere();
}

Stmt* Parser::parseSimpleStatement() {
    Token start = peek();
    Stmt* result = nullptr;
    switch (start.kind) {
    case TokenKind::KwPass: advance(); result = make<Pass>(start); break;
    case TokenKind::KwBreak: advance(); result = make<Break>(start); break;
    case TokenKind::KwContinue: advance(); result = make<Continue>(start); break;
    case TokenKind::KwReturn: return parseReturn();
    case TokenKind::KwRaise: return parseRaise();
    case TokenKind::KwGlobal: case TokenKind::KwNonlocal: return parseGlobalOrNonlocal();
    case TokenKind::KwDel: return parseDel();
    case TokenKind::KwAssert: return parseAssert();
    case TokenKind::KwImport: return parseImport();
    case TokenKind::KwFrom: return parseFromImport();
    default: return parseExpressionStatement();
    }
    return result;
}

Stmt* Parser::parseExpressionStatement() {
    Token start = peek();
    Expr* first = parseYieldOrStarExpressions();
    BinOpKind augOp;
    if (at(TokenKind::Equal)) {
        std::vector<Expr*> parts{first};
        while (accept(TokenKind::Equal)) parts.push_back(parseYieldOrStarExpressions());
        Expr* value = parts.back();
        parts.pop_back();
        if (value->kind == ExprKind::Starred) failAtNode("can't use starred expression here", value);
        for (size_t i = 0; i < parts.size(); ++i) {
            // CPython adds a hint only for `x = y` shapes that look like a mistyped `==`.
            bool hint = i == 0 && parts.size() == 1;
            switch (parts[i]->kind) {
            case ExprKind::Compare: case ExprKind::BoolOp: case ExprKind::IfExp: case ExprKind::Lambda:
                if (start.kind != TokenKind::LParen) hint = false;
                break;
            case ExprKind::UnaryOp:
                if (cast<UnaryOp>(parts[i])->op == UnaryOpKind::Not && start.kind != TokenKind::LParen) hint = false;
                break;
            case ExprKind::Constant: {
                ConstantKind k = cast<Constant>(parts[i])->constKind;
                if (k == ConstantKind::True || k == ConstantKind::False || k == ConstantKind::None) hint = false;
                break;
            }
            default: break;
            }
            if (parts[i]->kind == ExprKind::Starred) {
                failAtNode("starred assignment target must be in a list or tuple", parts[i]);
            }
            setStoreContext(parts[i], ExprContext::Store, hint, false);
        }
        auto* node = make<Assign>(start);
        node->targets = std::move(parts);
        node->value = value;
        finishStmt(node);
        return node;
    }
    if (augmentedOperator(peek().kind, augOp)) {
        switch (first->kind) {
        case ExprKind::Name: case ExprKind::Attribute: case ExprKind::Subscript:
            setStoreContext(first, ExprContext::Store, false, true);
            break;
        default:
            failAtNode(std::string("'") + describeInvalidTarget(first) +
                           "' is an illegal expression for augmented assignment", first);
        }
        advance();
        auto* node = make<AugAssign>(start);
        node->target = first;
        node->op = augOp;
        node->value = parseYieldOrStarExpressions();
        finishStmt(node);
        return node;
    }
    if (at(TokenKind::Colon) && first->kind != ExprKind::Yield && first->kind != ExprKind::YieldFrom) {
        switch (first->kind) {
        case ExprKind::Name: case ExprKind::Attribute: case ExprKind::Subscript: break;
        case ExprKind::Tuple: failAtNode("only single target (not tuple) can be annotated", first);
        case ExprKind::List: failAtNode("only single target (not list) can be annotated", first);
        default: failAtNode("illegal target for annotation", first);
        }
        setStoreContext(first, ExprContext::Store, false, false);
        advance();
        auto* node = make<AnnAssign>(start);
        node->target = first;
        node->simple = first->kind == ExprKind::Name && start.kind != TokenKind::LParen;
        node->annotation = parseExpression();
        if (accept(TokenKind::Equal)) {
            node->value = parseYieldOrStarExpressions();
            if (node->value->kind == ExprKind::Starred) failAtNode("can't use starred expression here", node->value);
        }
        finishStmt(node);
        return node;
    }
    if (first->kind == ExprKind::Starred) failAtNode("can't use starred expression here", first);
    Token next = peek();
    if (next.kind != TokenKind::Newline && next.kind != TokenKind::Semicolon) {
        if (auto* name = dynCast<Name>(first); name != nullptr && (name->id == "print" || name->id == "exec") &&
                                                 startsExpression(next)) {
            failAt("Missing parentheses in call to '" + name->id + "'. Did you mean " + name->id + "(...)?",
                   first->line, first->col, next.endLine, next.endCol);
        }
    }
    auto* node = make<ExprStmt>(start);
    node->value = first;
    finishStmt(node);
    return node;
}

Stmt* Parser::parseReturn() {
    Token start = advance();
    auto* node = make<Return>(start);
    if (!at(TokenKind::Newline) && !at(TokenKind::Semicolon)) node->value = parseStarExpressions();
    finishStmt(node);
    return node;
}

Stmt* Parser::parseRaise() {
    Token start = advance();
    auto* node = make<Raise>(start);
    if (!at(TokenKind::Newline) && !at(TokenKind::Semicolon)) {
        node->exc = parseExpression();
        if (accept(TokenKind::KwFrom)) node->cause = parseExpression();
    }
    finishStmt(node);
    return node;
}

Stmt* Parser::parseGlobalOrNonlocal() {
    Token start = advance();
    std::vector<std::string> names;
    do {
        names.emplace_back(expect(TokenKind::Name).text);
    } while (accept(TokenKind::Comma));
    Stmt* result;
    if (start.kind == TokenKind::KwGlobal) {
        auto* node = make<Global>(start);
        node->names = std::move(names);
        result = node;
    } else {
        auto* node = make<Nonlocal>(start);
        node->names = std::move(names);
        result = node;
    }
    finishStmt(result);
    return result;
}

Stmt* Parser::parseDel() {
    Token start = advance();
    auto* node = make<Delete>(start);
    do {
        if (at(TokenKind::Newline) || at(TokenKind::Semicolon)) break; // `del a,` is allowed
        Expr* target = parseStarExpression();
        setStoreContext(target, ExprContext::Del, false, false);
        node->targets.push_back(target);
    } while (accept(TokenKind::Comma));
    if (node->targets.empty()) failHere();
    if (!at(TokenKind::Newline) && !at(TokenKind::Semicolon)) {
        // `del a + b`, `del f()` ...: report the whole expression as CPython.
        failHere();
    }
    finishStmt(node);
    return node;
}

Stmt* Parser::parseAssert() {
    Token start = advance();
    auto* node = make<Assert>(start);
    node->test = parseExpression();
    if (accept(TokenKind::Comma)) node->msg = parseExpression();
    finishStmt(node);
    return node;
}

std::string Parser::parseDottedName() {
    std::string name(expect(TokenKind::Name).text);
    while (accept(TokenKind::Dot)) {
        name += '.';
        name += expect(TokenKind::Name).text;
    }
    return name;
}

Stmt* Parser::parseImport() {
    Token start = advance();
    auto* node = make<Import>(start);
    do {
        Token first = peek();
        auto* alias = module_.arena.make<Alias>();
        copyStart(alias, first);
        alias->name = parseDottedName();
        if (accept(TokenKind::KwAs)) alias->asname = expect(TokenKind::Name).text;
        alias->endLine = previous_.endLine;
        alias->endCol = previous_.endCol;
        node->names.push_back(alias);
    } while (accept(TokenKind::Comma));
    finishStmt(node);
    return node;
}

Stmt* Parser::parseFromImport() {
    Token start = advance();
    auto* node = make<ImportFrom>(start);
    for (;;) {
        if (accept(TokenKind::Dot)) node->level += 1;
        else if (accept(TokenKind::Ellipsis)) node->level += 3;
        else break;
    }
    if (!at(TokenKind::KwImport) || node->level == 0) node->module = parseDottedName();
    expect(TokenKind::KwImport);
    if (at(TokenKind::Star)) {
        Token star = advance();
        auto* alias = module_.arena.make<Alias>();
        copyStart(alias, star);
        alias->name = "*";
        alias->endLine = star.endLine;
        alias->endCol = star.endCol;
        node->names.push_back(alias);
        finishStmt(node);
        return node;
    }
    bool parenthesised = accept(TokenKind::LParen);
    for (;;) {
        Token first = expect(TokenKind::Name);
        auto* alias = module_.arena.make<Alias>();
        copyStart(alias, first);
        alias->name = first.text;
        if (accept(TokenKind::KwAs)) alias->asname = expect(TokenKind::Name).text;
        alias->endLine = previous_.endLine;
        alias->endCol = previous_.endCol;
        node->names.push_back(alias);
        if (!accept(TokenKind::Comma)) break;
        if (parenthesised && at(TokenKind::RParen)) break;
        if (!parenthesised && (at(TokenKind::Newline) || at(TokenKind::Semicolon))) {
            failAtToken("trailing comma not allowed without surrounding parentheses", peek());
        }
    }
    if (parenthesised) expect(TokenKind::RParen);
    finishStmt(node);
    return node;
}

// ---------------------------------------------------------------------------
// Compound statements
// ---------------------------------------------------------------------------
Stmt* Parser::parseCompoundStatement() {
    switch (peek().kind) {
    case TokenKind::KwIf: return parseIf(advance());
    case TokenKind::KwWhile: return parseWhile();
    case TokenKind::KwFor: return parseFor();
    case TokenKind::KwTry: return parseTry();
    case TokenKind::KwWith: return parseWith();
    case TokenKind::KwDef: return parseFunctionDef({});
    case TokenKind::KwClass: return parseClassDef({});
    case TokenKind::At: return parseDecorated();
    default: failHere();
    }
}

std::vector<Stmt*> Parser::parseBlock(const char* what, const Token& opener) {
    std::vector<Stmt*> body;
    if (!accept(TokenKind::Newline)) {
        parseSimpleStatements(body);
        return body;
    }
    if (!at(TokenKind::Indent)) {
        // At the end of input CPython points at the end of the opener's line.
        Token token = at(TokenKind::EndOfFile) ? previous_ : peek();
        std::string message = std::string("expected an indented block after ") + what + " on line " +
                              std::to_string(opener.line);
        failAt(message, token.line, token.col, token.line, token.col, "IndentationError");
    }
    advance();
    while (!accept(TokenKind::Dedent)) {
        if (at(TokenKind::EndOfFile)) break; // the lexer always closes blocks; defensive
        parseStatement(body);
    }
    return body;
}

Stmt* Parser::parseIf(const Token& keyword) {
    auto* node = make<If>(keyword);
    node->test = parseNamedExpression();
    if (at(TokenKind::Equal)) {
        failAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", node->test->line, node->test->col,
               peek().endLine, peek().endCol);
    }
    expectWith(TokenKind::Colon, "expected ':'");
    node->body = parseBlock(keyword.kind == TokenKind::KwIf ? "'if' statement" : "'elif' statement", keyword);
    if (at(TokenKind::KwElif)) {
        Token elif = advance();
        node->orelse.push_back(parseIf(elif));
    } else if (at(TokenKind::KwElse)) {
        Token elseToken = advance();
        expectWith(TokenKind::Colon, "expected ':'");
        node->orelse = parseBlock("'else' statement", elseToken);
    }
    finishStmt(node);
    return node;
}

Stmt* Parser::parseWhile() {
    Token keyword = advance();
    auto* node = make<While>(keyword);
    node->test = parseNamedExpression();
    if (at(TokenKind::Equal)) {
        failAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", node->test->line, node->test->col,
               peek().endLine, peek().endCol);
    }
    expectWith(TokenKind::Colon, "expected ':'");
    node->body = parseBlock("'while' statement", keyword);
    if (at(TokenKind::KwElse)) {
        Token elseToken = advance();
        expectWith(TokenKind::Colon, "expected ':'");
        node->orelse = parseBlock("'else' statement", elseToken);
    }
    finishStmt(node);
    return node;
}

Stmt* Parser::parseFor() {
    Token keyword = advance();
    auto* node = make<For>(keyword);
    node->target = parseTargetList(TokenKind::KwIn);
    if (!at(TokenKind::KwIn)) failHere();
    advance();
    node->iter = parseStarExpressions();
    expectWith(TokenKind::Colon, "expected ':'");
    node->body = parseBlock("'for' statement", keyword);
    if (at(TokenKind::KwElse)) {
        Token elseToken = advance();
        expectWith(TokenKind::Colon, "expected ':'");
        node->orelse = parseBlock("'else' statement", elseToken);
    }
    finishStmt(node);
    return node;
}

Stmt* Parser::parseTry() {
    Token keyword = advance();
    auto* node = make<Try>(keyword);
    expectWith(TokenKind::Colon, "expected ':'");
    node->body = parseBlock("'try' statement", keyword);
    while (at(TokenKind::KwExcept)) {
        Token exceptToken = advance();
        if (at(TokenKind::Star)) {
            failAtToken("'except*' (exception groups) is not supported", peek());
        }
        auto* handler = module_.arena.make<ExceptHandler>();
        copyStart(handler, exceptToken);
        if (!at(TokenKind::Colon)) {
            handler->type = parseExpression();
            if (at(TokenKind::Comma)) {
                // `except A, B:` is Python 2.
                failAt("multiple exception types must be parenthesized", handler->type->line, handler->type->col,
                       peek().endLine, peek().endCol);
            }
            if (accept(TokenKind::KwAs)) handler->name = expect(TokenKind::Name).text;
        }
        expectWith(TokenKind::Colon, "expected ':'");
        handler->body = parseBlock("'except' statement", exceptToken);
        handler->endLine = previous_.endLine;
        handler->endCol = previous_.endCol;
        node->handlers.push_back(handler);
    }
    if (at(TokenKind::KwElse)) {
        if (node->handlers.empty()) failHere();
        Token elseToken = advance();
        expectWith(TokenKind::Colon, "expected ':'");
        node->orelse = parseBlock("'else' statement", elseToken);
    }
    if (at(TokenKind::KwFinally)) {
        Token finallyToken = advance();
        expectWith(TokenKind::Colon, "expected ':'");
        node->finalbody = parseBlock("'finally' statement", finallyToken);
    }
    if (node->handlers.empty() && node->finalbody.empty()) {
        Token token = peek();
        failAt("expected 'except' or 'finally' block", token.line, token.col, token.endLine, token.endCol);
    }
    finishStmt(node);
    return node;
}

Stmt* Parser::parseWith() {
    Token keyword = advance();
    auto* node = make<With>(keyword);
    auto parseItem = [&](bool insideParens) {
        auto* item = module_.arena.make<WithItem>();
        item->contextExpr = parseExpression();
        if (accept(TokenKind::KwAs)) {
            // A single target: `with a as b, c as d` has two items, `as (d, e)` unpacks.
            item->optionalVars = at(TokenKind::Star) ? parseStarExpression() : parseBinary(1);
            if (item->optionalVars->kind == ExprKind::Starred) {
                failAtNode("starred assignment target must be in a list or tuple", item->optionalVars);
            }
            setStoreContext(item->optionalVars, ExprContext::Store, false, false);
            if (!at(TokenKind::Comma) && !at(TokenKind::Colon) && !(insideParens && at(TokenKind::RParen))) {
                failHere();
            }
        }
        node->items.push_back(item);
    };
    // `with (a as b, c):` — a parenthesised list of items, also `with (a, b):` as
    // CPython — versus `with (a, b) as c:` or `with (x for x in y):` where the
    // parentheses belong to an expression. Look ahead for the matching ')'
    // followed by ':' without a comprehension `for` at depth one.
    bool parenthesisedItems = false;
    if (at(TokenKind::LParen)) {
        int depth = 0;
        bool sawFor = false;
        for (size_t i = 0;; ++i) {
            TokenKind kind = peek(i).kind; // a copy: peek() may grow the token buffer
            if (kind == TokenKind::EndOfFile || kind == TokenKind::Newline) break;
            if (kind == TokenKind::LParen || kind == TokenKind::LBracket || kind == TokenKind::LBrace) {
                ++depth;
            } else if (kind == TokenKind::RParen || kind == TokenKind::RBracket || kind == TokenKind::RBrace) {
                if (--depth == 0) {
                    parenthesisedItems = !sawFor && peek(i + 1).kind == TokenKind::Colon;
                    break;
                }
            } else if ((kind == TokenKind::KwFor || kind == TokenKind::ColonEqual || kind == TokenKind::KwYield) &&
                       depth == 1) {
                sawFor = true;
            }
        }
    }
    if (parenthesisedItems) {
        advance();
        do {
            if (at(TokenKind::RParen)) break;
            parseItem(true);
        } while (accept(TokenKind::Comma));
        expect(TokenKind::RParen);
    } else {
        do {
            parseItem(false);
        } while (accept(TokenKind::Comma));
    }
    expectWith(TokenKind::Colon, "expected ':'");
    node->body = parseBlock("'with' statement", keyword);
    finishStmt(node);
    return node;
}

Stmt* Parser::parseDecorated() {
    std::vector<Expr*> decorators;
    while (accept(TokenKind::At)) {
        decorators.push_back(parseNamedExpression());
        if (!accept(TokenKind::Newline)) failHere();
    }
    if (at(TokenKind::KwDef)) return parseFunctionDef(std::move(decorators));
    if (at(TokenKind::KwClass)) return parseClassDef(std::move(decorators));
    failHere();
}

Stmt* Parser::parseFunctionDef(std::vector<Expr*> decorators) {
    Token keyword = advance();
    auto* node = make<FunctionDef>(keyword);
    node->decoratorList = std::move(decorators);
    node->name = expect(TokenKind::Name).text;
    expectWith(TokenKind::LParen, "expected '('");
    node->args = parseParameters(TokenKind::RParen, false);
    expect(TokenKind::RParen);
    if (accept(TokenKind::Arrow)) node->returns = parseExpression();
    expectWith(TokenKind::Colon, "expected ':'");
    node->body = parseBlock("function definition", keyword);
    finishStmt(node);
    return node;
}

Stmt* Parser::parseClassDef(std::vector<Expr*> decorators) {
    Token keyword = advance();
    auto* node = make<ClassDef>(keyword);
    node->decoratorList = std::move(decorators);
    node->name = expect(TokenKind::Name).text;
    if (at(TokenKind::LParen)) {
        Token open = peek();
        auto* call = static_cast<Call*>(parseCall(nullptr));
        (void)open;
        for (Expr* arg : call->args) {
            if (arg->kind == ExprKind::GeneratorExp) failHere();
        }
        node->bases = std::move(call->args);
        node->keywords = std::move(call->keywords);
    }
    expectWith(TokenKind::Colon, "expected ':'");
    node->body = parseBlock("class definition", keyword);
    finishStmt(node);
    return node;
}

// Parameters of `def` (closer ')') or `lambda` (closer ':'), CPython's rules:
// [posonly, '/'] normal [*vararg | *] kwonly [**kwarg], defaults left to right.
Arguments* Parser::parseParameters(TokenKind closer, bool isLambda) {
    auto* args = module_.arena.make<Arguments>();
    bool seenDefault = false, seenSlash = false, seenStar = false;
    auto parseArg = [&](bool allowAnnotation) {
        Token name = expect(TokenKind::Name);
        auto* arg = module_.arena.make<Arg>();
        arg->name = name.text;
        copyStart(arg, name);
        if (allowAnnotation && !isLambda && accept(TokenKind::Colon)) arg->annotation = parseExpression();
        arg->endLine = previous_.endLine;
        arg->endCol = previous_.endCol;
        return arg;
    };
    while (!at(closer)) {
        Token token = peek();
        if (token.kind == TokenKind::DoubleStar) {
            advance();
            args->kwarg = parseArg(true);
            accept(TokenKind::Comma);
            if (!at(closer)) failAtToken("arguments cannot follow var-keyword argument", peek());
            break;
        }
        if (token.kind == TokenKind::Star) {
            advance();
            if (seenStar) failAtToken("* argument may appear only once", token);
            seenStar = true;
            if (at(TokenKind::Name)) {
                args->vararg = parseArg(true);
            } else {
                Token next = peek();
                if (next.kind == closer || (next.kind == TokenKind::Comma && peek(1).kind == TokenKind::DoubleStar) ||
                    (next.kind == TokenKind::Comma && peek(1).kind == closer)) {
                    failAtToken("named arguments must follow bare *", token);
                }
                if (next.kind != TokenKind::Comma) failHere();
            }
        } else if (token.kind == TokenKind::Slash) {
            if (seenSlash || seenStar || (args->args.empty())) {
                if (seenSlash) failAtToken("/ may appear only once", token);
                if (seenStar) failAtToken("/ must be ahead of *", token);
                failHere();
            }
            advance();
            seenSlash = true;
            args->posonlyArgs = std::move(args->args);
            args->args.clear();
        } else {
            Arg* arg = parseArg(true);
            Expr* defaultValue = nullptr;
            if (accept(TokenKind::Equal)) defaultValue = parseExpression();
            if (seenStar) {
                args->kwonlyArgs.push_back(arg);
                args->kwDefaults.push_back(defaultValue);
            } else {
                if (defaultValue != nullptr) {
                    seenDefault = true;
                    args->defaults.push_back(defaultValue);
                } else if (seenDefault) {
                    failAt("non-default argument follows default argument", arg->line, arg->col, arg->endLine,
                           arg->endCol);
                }
                args->args.push_back(arg);
            }
        }
        if (!accept(TokenKind::Comma)) break;
    }
    if (!at(closer)) failHere();
    return args;
}

// ---------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------
const char* Parser::describeInvalidTarget(const Expr* e) const {
    switch (e->kind) {
    case ExprKind::Tuple: return "tuple";
    case ExprKind::List: return "list";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Constant:
        switch (static_cast<const Constant*>(e)->constKind) {
        case ConstantKind::None: return "None";
        case ConstantKind::True: return "True";
        case ConstantKind::False: return "False";
        case ConstantKind::Ellipsis: return "ellipsis";
        default: return "literal";
        }
    default: return "expression";
    }
}

void Parser::setStoreContext(Expr* target, ExprContext ctx, bool hint, bool augmented) {
    switch (target->kind) {
    case ExprKind::Name: {
        auto* name = static_cast<Name*>(target);
        if (name->id == "__debug__") {
            failAtNode(ctx == ExprContext::Del ? "cannot delete __debug__" : "cannot assign to __debug__", target);
        }
        name->ctx = ctx;
        return;
    }
    case ExprKind::Attribute: static_cast<Attribute*>(target)->ctx = ctx; return;
    case ExprKind::Subscript: static_cast<Subscript*>(target)->ctx = ctx; return;
    case ExprKind::Starred: {
        if (ctx == ExprContext::Del) failAtNode("cannot delete starred", target);
        auto* starred = static_cast<Starred*>(target);
        starred->ctx = ctx;
        setStoreContext(starred->value, ctx, false, augmented);
        return;
    }
    case ExprKind::Tuple:
    case ExprKind::List: {
        auto& elts = target->kind == ExprKind::Tuple ? static_cast<Tuple*>(target)->elts
                                                     : static_cast<List*>(target)->elts;
        if (target->kind == ExprKind::Tuple) static_cast<Tuple*>(target)->ctx = ctx;
        else static_cast<List*>(target)->ctx = ctx;
        int starred = 0;
        for (Expr* elt : elts) starred += elt->kind == ExprKind::Starred;
        if (starred > 1 && ctx == ExprContext::Store) {
            failAtNode("multiple starred expressions in assignment", target);
        }
        for (Expr* elt : elts) setStoreContext(elt, ctx, false, augmented);
        return;
    }
    default: break;
    }
    if (ctx == ExprContext::Del) failAtNode(std::string("cannot delete ") + describeInvalidTarget(target), target);
    if (target->kind == ExprKind::Yield || target->kind == ExprKind::YieldFrom) {
        failAtNode("assignment to yield expression not possible", target);
    }
    std::string message = std::string("cannot assign to ") + describeInvalidTarget(target);
    if (hint) message += " here. Maybe you meant '==' instead of '='?";
    failAtNode(message, target);
}

} // namespace spindle
