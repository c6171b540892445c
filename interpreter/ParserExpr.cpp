// ParserExpr.cpp — expressions: precedence climbing for binary operators,
// recursive descent for the rest, displays, comprehensions, calls, subscripts.
#include "interpreter/ParserImpl.h"

namespace spindle {

using namespace ast;

namespace {

// Binding power of binary operators (higher binds tighter); 0 = not binary.
int binaryPrecedence(TokenKind kind, BinOpKind& op) {
    switch (kind) {
    case TokenKind::Pipe: op = BinOpKind::BitOr; return 1;
    case TokenKind::Caret: op = BinOpKind::BitXor; return 2;
    case TokenKind::Amp: op = BinOpKind::BitAnd; return 3;
    case TokenKind::LeftShift: op = BinOpKind::LShift; return 4;
    case TokenKind::RightShift: op = BinOpKind::RShift; return 4;
    case TokenKind::Plus: op = BinOpKind::Add; return 5;
    case TokenKind::Minus: op = BinOpKind::Sub; return 5;
    case TokenKind::Star: op = BinOpKind::Mult; return 6;
    case TokenKind::Slash: op = BinOpKind::Div; return 6;
    case TokenKind::DoubleSlash: op = BinOpKind::FloorDiv; return 6;
    case TokenKind::Percent: op = BinOpKind::Mod; return 6;
    case TokenKind::At: op = BinOpKind::MatMult; return 6;
    default: return 0;
    }
}

} // namespace

bool Parser::startsExpression(const Token& token) const {
    switch (token.kind) {
    case TokenKind::Name: case TokenKind::Number: case TokenKind::String: case TokenKind::LParen:
    case TokenKind::LBracket: case TokenKind::LBrace: case TokenKind::Minus: case TokenKind::Plus:
    case TokenKind::Tilde: case TokenKind::KwNot: case TokenKind::KwLambda: case TokenKind::KwNone:
    case TokenKind::KwTrue: case TokenKind::KwFalse: case TokenKind::Ellipsis: case TokenKind::KwAwait:
        return true;
    default:
        return false;
    }
}

// Inside brackets, two expressions side by side are most likely a missing comma.
void Parser::checkMissingComma(const Expr* previous) {
    Token next = peek();
    if (!startsExpression(next) || next.kind == TokenKind::KwNot) return;
    if (previous->kind == ExprKind::Name && next.kind == TokenKind::String) return;
    rethrowLaterLexerError(next.line);
    failAt("invalid syntax. Perhaps you forgot a comma?", previous->line, previous->col, next.endLine, next.endCol);
}

Expr* Parser::parseYieldOrStarExpressions() {
    return at(TokenKind::KwYield) ? parseYield() : parseStarExpressions();
}

Expr* Parser::parseYield() {
    Token keyword = advance();
    if (accept(TokenKind::KwFrom)) {
        auto* node = make<YieldFrom>(keyword);
        node->value = parseExpression();
        updateHeight(node, node->value);
        finish(node, node->value);
        return node;
    }
    auto* node = make<Yield>(keyword);
    if (startsExpression(peek()) || at(TokenKind::Star)) {
        node->value = parseStarExpressions();
        updateHeight(node, node->value);
        finish(node, node->value);
    }
    return node;
}

Expr* Parser::parseStarExpressions() {
    Expr* first = parseStarExpression();
    if (!at(TokenKind::Comma)) return first;
    auto* tuple = makeAt<Tuple>(first);
    tuple->elts.push_back(first);
    updateHeight(tuple, first);
    while (accept(TokenKind::Comma)) {
        if (!startsExpression(peek()) && !at(TokenKind::Star)) break;
        Expr* elt = parseStarExpression();
        tuple->elts.push_back(elt);
        updateHeight(tuple, elt);
    }
    finishAt(tuple, previous_);
    return tuple;
}

Expr* Parser::parseStarExpression() {
    if (!at(TokenKind::Star)) return parseExpression();
    Token star = advance();
    auto* node = make<Starred>(star);
    node->value = parseBinary(1);
    updateHeight(node, node->value);
    finish(node, node->value);
    return node;
}

Expr* Parser::parseStarNamedExpression() {
    return at(TokenKind::Star) ? parseStarExpression() : parseNamedExpression();
}

Expr* Parser::parseNamedExpression() {
    if (at(TokenKind::Name) && peek(1).kind == TokenKind::ColonEqual) {
        Token nameToken = advance();
        advance();
        auto* target = make<Name>(nameToken);
        target->id = nameToken.text;
        target->ctx = ExprContext::Store;
        auto* node = make<NamedExpr>(nameToken);
        node->target = target;
        node->value = parseExpression();
        updateHeight(node, node->value);
        finish(node, node->value);
        return node;
    }
    Expr* expr = parseExpression();
    if (at(TokenKind::ColonEqual)) failNamedExpressionTarget(expr);
    return expr;
}

Expr* Parser::parseExpression() {
    DepthGuard guard(*this, peek());
    if (at(TokenKind::KwLambda)) return parseLambda();
    Expr* body = parseDisjunction();
    if (!at(TokenKind::KwIf)) return body;
    advance();
    auto* node = makeAt<IfExp>(body);
    node->body = body;
    node->test = parseDisjunction();
    if (!accept(TokenKind::KwElse)) {
        failAt("expected 'else' after 'if' expression", body->line, body->col, node->test->endLine,
               node->test->endCol);
    }
    node->orelse = parseExpression();
    updateHeight(node, node->body);
    updateHeight(node, node->test);
    updateHeight(node, node->orelse);
    finish(node, node->orelse);
    return node;
}

Expr* Parser::parseLambda() {
    Token keyword = advance();
    auto* node = make<Lambda>(keyword);
    node->args = parseParameters(TokenKind::Colon, true);
    expect(TokenKind::Colon);
    node->body = parseExpression();
    updateHeight(node, node->body);
    for (Expr* d : node->args->defaults) updateHeight(node, d);
    for (Expr* d : node->args->kwDefaults) updateHeight(node, d);
    finish(node, node->body);
    return node;
}

// Inlined into its caller: one frame less per nesting level.
SPINDLE_FORCEINLINE Expr* Parser::parseDisjunction() {
    Expr* first = parseConjunction();
    if (!at(TokenKind::KwOr)) return first;
    auto* node = makeAt<BoolOp>(first);
    node->op = BoolOpKind::Or;
    node->values.push_back(first);
    updateHeight(node, first);
    while (accept(TokenKind::KwOr)) {
        Expr* value = parseConjunction();
        node->values.push_back(value);
        updateHeight(node, value);
    }
    finish(node, node->values.back());
    return node;
}

// Inlined into its caller: one frame less per nesting level.
SPINDLE_FORCEINLINE Expr* Parser::parseConjunction() {
    Expr* first = parseInversion();
    if (!at(TokenKind::KwAnd)) return first;
    auto* node = makeAt<BoolOp>(first);
    node->op = BoolOpKind::And;
    node->values.push_back(first);
    updateHeight(node, first);
    while (accept(TokenKind::KwAnd)) {
        Expr* value = parseInversion();
        node->values.push_back(value);
        updateHeight(node, value);
    }
    finish(node, node->values.back());
    return node;
}

Expr* Parser::parseInversion() {
    if (!at(TokenKind::KwNot)) return parseComparison();
    DepthGuard guard(*this, peek());
    Token keyword = advance();
    auto* node = make<UnaryOp>(keyword);
    node->op = UnaryOpKind::Not;
    node->operand = parseInversion();
    updateHeight(node, node->operand);
    finish(node, node->operand);
    return node;
}

// Inlined into its caller: one frame less per nesting level.
SPINDLE_FORCEINLINE Expr* Parser::parseComparison() {
    Expr* left = parseBinary(1);
    Compare* node = nullptr;
    for (;;) {
        CmpOpKind op;
        switch (peek().kind) {
        case TokenKind::EqEqual: op = CmpOpKind::Eq; break;
        case TokenKind::NotEqual: op = CmpOpKind::NotEq; break;
        case TokenKind::Less: op = CmpOpKind::Lt; break;
        case TokenKind::LessEqual: op = CmpOpKind::LtE; break;
        case TokenKind::Greater: op = CmpOpKind::Gt; break;
        case TokenKind::GreaterEqual: op = CmpOpKind::GtE; break;
        case TokenKind::KwIn: op = CmpOpKind::In; break;
        case TokenKind::KwIs: op = peek(1).kind == TokenKind::KwNot ? CmpOpKind::IsNot : CmpOpKind::Is; break;
        case TokenKind::KwNot:
            if (peek(1).kind != TokenKind::KwIn) return node != nullptr ? node : left;
            op = CmpOpKind::NotIn;
            break;
        default: return node != nullptr ? node : left;
        }
        advance();
        if (op == CmpOpKind::IsNot || op == CmpOpKind::NotIn) advance();
        if (node == nullptr) {
            node = makeAt<Compare>(left);
            node->left = left;
            updateHeight(node, left);
        }
        Expr* right = parseBinary(1);
        node->ops.push_back(op);
        node->comparators.push_back(right);
        updateHeight(node, right);
        finish(node, right);
    }
}

Expr* Parser::parseBinary(int minPrecedence) {
    Expr* left = parseFactor();
    for (;;) {
        BinOpKind op;
        int precedence = binaryPrecedence(peek().kind, op);
        if (precedence == 0 || precedence < minPrecedence) return left;
        advance();
        Expr* right = parseBinary(precedence + 1);
        auto* node = makeAt<BinOp>(left);
        node->left = left;
        node->op = op;
        node->right = right;
        updateHeight(node, left);
        updateHeight(node, right);
        finish(node, right);
        left = node;
    }
}

Expr* Parser::parseFactor() {
    UnaryOpKind op;
    switch (peek().kind) {
    case TokenKind::Plus: op = UnaryOpKind::UAdd; break;
    case TokenKind::Minus: op = UnaryOpKind::USub; break;
    case TokenKind::Tilde: op = UnaryOpKind::Invert; break;
    default: return parsePower();
    }
    DepthGuard guard(*this, peek());
    Token token = advance();
    auto* node = make<UnaryOp>(token);
    node->op = op;
    node->operand = parseFactor();
    updateHeight(node, node->operand);
    finish(node, node->operand);
    return node;
}

// Inlined into its caller: one frame less per nesting level.
SPINDLE_FORCEINLINE Expr* Parser::parsePower() {
    if (at(TokenKind::KwAwait)) failHere();
    Expr* base = parsePrimary();
    if (!at(TokenKind::DoubleStar)) return base;
    advance();
    auto* node = makeAt<BinOp>(base);
    node->left = base;
    node->op = BinOpKind::Pow;
    node->right = parseFactor();
    updateHeight(node, base);
    updateHeight(node, node->right);
    finish(node, node->right);
    return node;
}

Expr* Parser::parsePrimary() {
    Expr* expr = parseAtom();
    for (;;) {
        switch (peek().kind) {
        case TokenKind::Dot: {
            advance();
            if (!at(TokenKind::Name)) failHere();
            advance();
            auto* node = makeAt<Attribute>(expr);
            node->value = expr;
            node->attr = previous_.text;
            updateHeight(node, expr);
            finishAt(node, previous_);
            expr = node;
            break;
        }
        case TokenKind::LParen: expr = parseCall(expr); break;
        case TokenKind::LBracket: expr = parseSubscript(expr); break;
        default: return expr;
        }
    }
}

// Inlined into its caller: one frame less per nesting level.
SPINDLE_FORCEINLINE Expr* Parser::parseAtom() {
    TokenKind kind = peek().kind;
    switch (kind) {
    case TokenKind::Name: {
        advance();
        auto* node = make<Name>(previous_);
        node->id = previous_.text;
        return node;
    }
    case TokenKind::Number: advance(); return parseNumber(previous_);
    case TokenKind::String: return parseStrings();
    case TokenKind::KwNone: case TokenKind::KwTrue: case TokenKind::KwFalse: case TokenKind::Ellipsis: {
        advance();
        auto* node = make<Constant>(previous_);
        node->constKind = kind == TokenKind::KwNone    ? ConstantKind::None
                          : kind == TokenKind::KwTrue  ? ConstantKind::True
                          : kind == TokenKind::KwFalse ? ConstantKind::False
                                                       : ConstantKind::Ellipsis;
        return node;
    }
    case TokenKind::LParen: return parseParenthesised();
    case TokenKind::LBracket: return parseListDisplay();
    case TokenKind::LBrace: return parseBraceDisplay();
    default: failHere();
    }
}

std::vector<Comprehension*> Parser::parseComprehensionClauses() {
    std::vector<Comprehension*> clauses;
    while (at(TokenKind::KwFor)) {
        advance();
        auto* clause = module_.arena.make<Comprehension>();
        clause->target = parseTargetList(TokenKind::KwIn);
        if (!accept(TokenKind::KwIn)) failHere();
        clause->iter = parseDisjunction();
        while (accept(TokenKind::KwIf)) clause->ifs.push_back(parseDisjunction());
        clauses.push_back(clause);
    }
    return clauses;
}

Expr* Parser::parseParenthesised() {
    advance();
    SourcePos open = consumedPos();
    if (at(TokenKind::RParen)) {
        auto* tuple = makeAtPos<Tuple>(open);
        finishAt(tuple, advance());
        return tuple;
    }
    if (at(TokenKind::KwYield)) {
        Expr* yield = parseYield();
        expect(TokenKind::RParen);
        return yield;
    }
    Expr* first = parseStarNamedExpression();
    if (at(TokenKind::KwFor)) {
        if (first->kind == ExprKind::Starred) {
            failAtNode("iterable unpacking cannot be used in comprehension", first);
        }
        auto* node = makeAtPos<GeneratorExp>(open);
        node->elt = first;
        node->generators = parseComprehensionClauses();
        updateHeight(node, first);
        finishAt(node, expect(TokenKind::RParen));
        return node;
    }
    if (at(TokenKind::RParen)) {
        advance();
        if (first->kind == ExprKind::Starred) failAtNode("cannot use starred expression here", first);
        return first;
    }
    if (!at(TokenKind::Comma)) {
        checkMissingComma(first);
        failHere();
    }
    auto* tuple = makeAtPos<Tuple>(open);
    tuple->elts.push_back(first);
    updateHeight(tuple, first);
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RParen)) break;
        Expr* elt = parseStarNamedExpression();
        tuple->elts.push_back(elt);
        updateHeight(tuple, elt);
        if (!at(TokenKind::Comma) && !at(TokenKind::RParen)) checkMissingComma(elt);
    }
    finishAt(tuple, expect(TokenKind::RParen));
    return tuple;
}

Expr* Parser::parseListDisplay() {
    advance();
    SourcePos open = consumedPos();
    if (at(TokenKind::RBracket)) {
        auto* list = makeAtPos<List>(open);
        finishAt(list, advance());
        return list;
    }
    Expr* first = parseStarNamedExpression();
    if (at(TokenKind::KwFor)) {
        if (first->kind == ExprKind::Starred) {
            failAtNode("iterable unpacking cannot be used in comprehension", first);
        }
        auto* node = makeAtPos<ListComp>(open);
        node->elt = first;
        node->generators = parseComprehensionClauses();
        updateHeight(node, first);
        finishAt(node, expect(TokenKind::RBracket));
        return node;
    }
    auto* list = makeAtPos<List>(open);
    list->elts.push_back(first);
    updateHeight(list, first);
    if (!at(TokenKind::Comma) && !at(TokenKind::RBracket)) checkMissingComma(first);
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RBracket)) break;
        Expr* elt = parseStarNamedExpression();
        list->elts.push_back(elt);
        updateHeight(list, elt);
        if (!at(TokenKind::Comma) && !at(TokenKind::RBracket)) checkMissingComma(elt);
    }
    finishAt(list, expect(TokenKind::RBracket));
    return list;
}

Expr* Parser::parseBraceDisplay() {
    advance();
    SourcePos open = consumedPos();
    if (at(TokenKind::RBrace)) {
        auto* dict = makeAtPos<Dict>(open);
        finishAt(dict, advance());
        return dict;
    }
    Expr* firstKey = nullptr;
    Expr* firstValue = nullptr;
    if (accept(TokenKind::DoubleStar)) {
        firstValue = parseBinary(1);
    } else {
        Expr* first = parseStarNamedExpression();
        if (!at(TokenKind::Colon)) {
            // A set display or set comprehension.
            if (at(TokenKind::KwFor)) {
                if (first->kind == ExprKind::Starred) {
                    failAtNode("iterable unpacking cannot be used in comprehension", first);
                }
                auto* node = makeAtPos<SetComp>(open);
                node->elt = first;
                node->generators = parseComprehensionClauses();
                updateHeight(node, first);
                finishAt(node, expect(TokenKind::RBrace));
                return node;
            }
            auto* set = makeAtPos<Set>(open);
            set->elts.push_back(first);
            updateHeight(set, first);
            if (!at(TokenKind::Comma) && !at(TokenKind::RBrace)) checkMissingComma(first);
            while (accept(TokenKind::Comma)) {
                if (at(TokenKind::RBrace)) break;
                Expr* elt = parseStarNamedExpression();
                set->elts.push_back(elt);
                updateHeight(set, elt);
                if (!at(TokenKind::Comma) && !at(TokenKind::RBrace)) checkMissingComma(elt);
            }
            finishAt(set, expect(TokenKind::RBrace));
            return set;
        }
        if (first->kind == ExprKind::Starred || first->kind == ExprKind::NamedExpr) failHere();
        advance();
        firstKey = first;
        firstValue = parseExpression();
        if (at(TokenKind::KwFor)) {
            auto* node = makeAtPos<DictComp>(open);
            node->key = firstKey;
            node->value = firstValue;
            node->generators = parseComprehensionClauses();
            updateHeight(node, firstKey);
            updateHeight(node, firstValue);
            finishAt(node, expect(TokenKind::RBrace));
            return node;
        }
    }
    auto* dict = makeAtPos<Dict>(open);
    dict->keys.push_back(firstKey);
    dict->values.push_back(firstValue);
    updateHeight(dict, firstKey);
    updateHeight(dict, firstValue);
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RBrace)) break;
        if (accept(TokenKind::DoubleStar)) {
            dict->keys.push_back(nullptr);
            dict->values.push_back(parseBinary(1));
        } else {
            dict->keys.push_back(parseExpression());
            expect(TokenKind::Colon);
            dict->values.push_back(parseExpression());
        }
        updateHeight(dict, dict->keys.back());
        updateHeight(dict, dict->values.back());
    }
    finishAt(dict, expect(TokenKind::RBrace));
    return dict;
}

Expr* Parser::parseSlice() {
    Token start = peek();
    Expr* lower = nullptr;
    if (!at(TokenKind::Colon)) {
        lower = at(TokenKind::Star) ? parseStarExpression() : parseNamedExpression();
        if (!at(TokenKind::Colon)) return lower;
    }
    auto* slice = make<Slice>(start);
    slice->lower = lower;
    advance(); // ':'
    auto endsPart = [&] {
        return at(TokenKind::Colon) || at(TokenKind::Comma) || at(TokenKind::RBracket);
    };
    if (!endsPart()) slice->upper = parseExpression();
    if (accept(TokenKind::Colon) && !endsPart()) slice->step = parseExpression();
    updateHeight(slice, slice->lower);
    updateHeight(slice, slice->upper);
    updateHeight(slice, slice->step);
    finishAt(slice, previous_);
    return slice;
}

Expr* Parser::parseSubscript(Expr* value) {
    advance();
    auto* node = makeAt<Subscript>(value);
    node->value = value;
    updateHeight(node, value);
    Expr* first = parseSlice();
    // `a[*b]` subscripts with a tuple, as `a[*b,]` does.
    if (at(TokenKind::Comma) || first->kind == ExprKind::Starred) {
        auto* tuple = makeAt<Tuple>(first);
        tuple->elts.push_back(first);
        updateHeight(tuple, first);
        while (accept(TokenKind::Comma)) {
            if (at(TokenKind::RBracket)) break;
            Expr* elt = parseSlice();
            tuple->elts.push_back(elt);
            updateHeight(tuple, elt);
        }
        finishAt(tuple, previous_);
        first = tuple;
    }
    node->slice = first;
    updateHeight(node, first);
    finishAt(node, expect(TokenKind::RBracket));
    return node;
}

// Arguments of a call; `func == nullptr` parses a class's base list into a
// Call node that the caller takes apart.
Expr* Parser::parseCall(Expr* func) {
    advance();
    SourcePos open = consumedPos();
    auto* call = func != nullptr ? makeAt<Call>(func) : makeAtPos<Call>(open);
    call->func = func;
    updateHeight(call, func);
    bool seenKeyword = false, seenDoubleStar = false;
    while (!at(TokenKind::RParen)) {
        Token start = peek();
        if (start.kind == TokenKind::Star) {
            Expr* starred = parseStarExpression();
            if (seenDoubleStar) failAtNode("iterable argument unpacking follows keyword argument unpacking", starred);
            call->args.push_back(starred);
            updateHeight(call, starred);
        } else if (start.kind == TokenKind::DoubleStar) {
            advance();
            auto* keyword = module_.arena.make<Keyword>();
            keyword->line = start.line;
            keyword->col = start.col;
            keyword->value = parseExpression();
            keyword->endLine = keyword->value->endLine;
            keyword->endCol = keyword->value->endCol;
            updateHeight(call, keyword->value);
            call->keywords.push_back(keyword);
            seenDoubleStar = true;
        } else if (start.kind == TokenKind::Name && peek(1).kind == TokenKind::Equal) {
            advance();
            advance();
            auto* keyword = module_.arena.make<Keyword>();
            keyword->arg = start.text;
            keyword->line = start.line;
            keyword->col = start.col;
            keyword->value = parseExpression();
            keyword->endLine = keyword->value->endLine;
            keyword->endCol = keyword->value->endCol;
            for (const Keyword* other : call->keywords) {
                if (other->arg == keyword->arg) {
                    failAt("keyword argument repeated: " + keyword->arg, keyword->line, keyword->col,
                           keyword->endLine, keyword->endCol);
                }
            }
            updateHeight(call, keyword->value);
            call->keywords.push_back(keyword);
            seenKeyword = true;
        } else {
            Expr* arg = parseNamedExpression();
            if (at(TokenKind::KwFor)) {
                auto* genexp = makeAt<GeneratorExp>(arg);
                genexp->elt = arg;
                genexp->generators = parseComprehensionClauses();
                updateHeight(genexp, arg);
                finishAt(genexp, previous_);
                bool alone = call->args.empty() && call->keywords.empty() && at(TokenKind::RParen);
                if (!alone) failAtNode("Generator expression must be parenthesized", genexp);
                // CPython's genexp-as-sole-argument spans the call's parentheses.
                genexp->line = open.line;
                genexp->col = open.col;
                arg = genexp;
            } else if (at(TokenKind::Equal)) {
                if (auto* constant = dynCast<Constant>(arg)) {
                    if (constant->constKind == ConstantKind::True || constant->constKind == ConstantKind::False ||
                        constant->constKind == ConstantKind::None) {
                        failAt(std::string("cannot assign to ") + describeInvalidTarget(arg), arg->line, arg->col,
                               peek().endLine, peek().endCol);
                    }
                }
                failAt("expression cannot contain assignment, perhaps you meant \"==\"?", arg->line, arg->col,
                       peek().endLine, peek().endCol);
            }
            if (seenDoubleStar) failAtNode("positional argument follows keyword argument unpacking", arg);
            if (seenKeyword) failAtNode("positional argument follows keyword argument", arg);
            call->args.push_back(arg);
            updateHeight(call, arg);
        }
        if (!accept(TokenKind::Comma)) {
            if (!at(TokenKind::RParen)) {
                Expr* last = seenKeyword || seenDoubleStar ? call->keywords.back()->value
                             : !call->args.empty()        ? call->args.back()
                                                          : nullptr;
                if (last != nullptr) checkMissingComma(last);
            }
            break;
        }
    }
    finishAt(call, expect(TokenKind::RParen));
    return call;
}

// Assignment targets of `for`, comprehensions and `with ... as`: star_targets,
// parsed at bitwise-or level so that `in` ends them.
Expr* Parser::parseTargetList(TokenKind stopAt) {
    auto parseOne = [&]() -> Expr* {
        if (at(TokenKind::Star)) return parseStarExpression();
        return parseBinary(1);
    };
    Expr* first = parseOne();
    Expr* result = first;
    if (at(TokenKind::Comma)) {
        auto* tuple = makeAt<Tuple>(first);
        tuple->elts.push_back(first);
        updateHeight(tuple, first);
        while (accept(TokenKind::Comma)) {
            if (at(stopAt) || at(TokenKind::KwIn) || at(TokenKind::Colon)) break;
            Expr* elt = parseOne();
            tuple->elts.push_back(elt);
            updateHeight(tuple, elt);
        }
        finishAt(tuple, previous_);
        result = tuple;
    }
    if (result->kind == ExprKind::Starred) {
        failAtNode("starred assignment target must be in a list or tuple", result);
    }
    setStoreContext(result, ExprContext::Store, false, false);
    return result;
}

} // namespace spindle
