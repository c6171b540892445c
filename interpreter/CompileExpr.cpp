// CompileExpr.cpp — expressions: names, constants (with the little folding the
// compiler does: negative numeric literals and tuples of constants), operators,
// calls of every shape, displays, comprehensions, f-strings and conditional jumps.
#include "interpreter/CompilerInternal.h"
#include "interpreter/InstructionInfo.h"

#include <unordered_set>

namespace spindle {

using namespace ast;

const char* expressionDescription(const Expr* expr) {
    switch (expr->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
    case ExprKind::Constant:
        switch (static_cast<const ast::Constant*>(expr)->constKind) {
        case ConstantKind::None: return "None";
        case ConstantKind::True: return "True";
        case ConstantKind::False: return "False";
        case ConstantKind::Ellipsis: return "ellipsis";
        default: return "literal";
        }
    }
    return "expression";
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------
void Compiler::compileName(const std::string& rawName, NameAction action) {
    static constexpr Opcode kGlobal[] = {Opcode::LOAD_GLOBAL, Opcode::STORE_GLOBAL, Opcode::DELETE_GLOBAL};
    static constexpr Opcode kName[] = {Opcode::LOAD_NAME, Opcode::STORE_NAME, Opcode::DELETE_NAME};
    static constexpr Opcode kFast[] = {Opcode::LOAD_FAST, Opcode::STORE_FAST, Opcode::DELETE_FAST};
    static constexpr Opcode kDeref[] = {Opcode::LOAD_DEREF, Opcode::STORE_DEREF, Opcode::DELETE_DEREF};
    const int which = static_cast<int>(action);
    const std::string name = mangle(rawName);
    const Scope* scope = unit().scope;
    const NameScope where = scope->lookup(name);
    switch (scope->kind) {
    case ScopeKind::Module:
        // Module locals are its globals: one dict, reached through the global caches.
        emit(kGlobal[which], static_cast<uint32_t>(addName(name)));
        return;
    case ScopeKind::Class:
        if (where == NameScope::Free) {
            Opcode op = action == NameAction::Load ? Opcode::LOAD_CLASSDEREF : kDeref[which];
            emit(op, static_cast<uint32_t>(cellIndexOf(name)));
        } else if (where == NameScope::GlobalExplicit) {
            emit(kGlobal[which], static_cast<uint32_t>(addName(name)));
        } else {
            emit(kName[which], static_cast<uint32_t>(addName(name)));
        }
        return;
    case ScopeKind::Function:
    case ScopeKind::Comprehension:
        switch (where) {
        case NameScope::Local: {
            auto it = unit().localIndex.find(name);
            SPINDLE_ASSERT(it != unit().localIndex.end());
            emit(kFast[which], static_cast<uint32_t>(it->second));
            return;
        }
        case NameScope::Cell:
        case NameScope::Free: emit(kDeref[which], static_cast<uint32_t>(cellIndexOf(name))); return;
        case NameScope::GlobalImplicit:
        case NameScope::GlobalExplicit: emit(kGlobal[which], static_cast<uint32_t>(addName(name))); return;
        }
    }
}

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------
// Digits (no prefix, no underscores) in `base` to decimal text, for ints beyond int64.
static std::string toDecimal(const std::string& digits, int base) {
    if (base == 10) {
        size_t start = digits.find_first_not_of('0');
        return start == std::string::npos ? "0" : digits.substr(start);
    }
    std::vector<uint32_t> limbs; // base 1e9, least significant first
    for (char c : digits) {
        uint32_t digit = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        uint64_t carry = digit;
        for (uint32_t& limb : limbs) {
            uint64_t value = static_cast<uint64_t>(limb) * base + carry;
            limb = static_cast<uint32_t>(value % 1000000000u);
            carry = value / 1000000000u;
        }
        while (carry) {
            limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
            carry /= 1000000000u;
        }
    }
    if (limbs.empty()) return "0";
    std::string out = std::to_string(limbs.back());
    for (size_t i = limbs.size() - 1; i-- > 0;) {
        std::string part = std::to_string(limbs[i]);
        out.append(9 - part.size(), '0');
        out += part;
    }
    return out;
}

// CPython refuses decimal literals longer than sys.int_info.str_digits_check_threshold
// allows by default (4300 digits) at compile time.
static constexpr size_t kMaxDecimalDigits = 4300;

spindle::Constant Compiler::constantOfLiteral(const ast::Constant* literal, bool negate) {
    switch (literal->constKind) {
    case ConstantKind::None: return spindle::Constant{spindle::Constant::None{}};
    case ConstantKind::True: return spindle::Constant{true};
    case ConstantKind::False: return spindle::Constant{false};
    case ConstantKind::Ellipsis: return spindle::Constant{spindle::Constant::Ellipsis{}};
    case ConstantKind::Float: return spindle::Constant{negate ? -literal->floatValue : literal->floatValue};
    case ConstantKind::Str: return spindle::Constant{spindle::Constant::Str{literal->strValue}};
    case ConstantKind::Bytes: return spindle::Constant{spindle::Constant::Bytes{literal->strValue}};
    case ConstantKind::Int: {
        if (literal->intFits) return spindle::Constant{negate ? -literal->intValue : literal->intValue};
        if (literal->intBase == 10 && literal->digits.size() > kMaxDecimalDigits) {
            failAt("Exceeds the limit (4300 digits) for integer string conversion: value has " +
                       std::to_string(literal->digits.size()) +
                       " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal "
                       "for huge integer literals to avoid decimal conversion limits.",
                   literal->line, -1, 0, -1);
        }
        std::string decimal = toDecimal(literal->digits, literal->intBase);
        if (negate && decimal == "9223372036854775808") return spindle::Constant{INT64_MIN};
        return spindle::Constant{spindle::Constant::BigIntText{negate ? "-" + decimal : decimal}};
    }
    }
    SPINDLE_UNREACHABLE();
}

static bool isNumericLiteral(const Expr* expr) {
    auto* literal = dynCast<ast::Constant>(expr);
    return literal && (literal->constKind == ConstantKind::Int || literal->constKind == ConstantKind::Float);
}

static bool isNegativeLiteral(const Expr* expr) {
    auto* unary = dynCast<UnaryOp>(expr);
    return unary && unary->op == UnaryOpKind::USub && isNumericLiteral(unary->operand);
}

bool Compiler::isConstantExpr(const Expr* expr) const {
    if (expr->kind == ExprKind::Constant) return true;
    if (isNegativeLiteral(expr)) return true;
    if (auto* tuple = dynCast<Tuple>(expr)) {
        for (const Expr* elt : tuple->elts)
            if (!isConstantExpr(elt)) return false;
        return true;
    }
    return false;
}

spindle::Constant Compiler::constantOf(const Expr* expr) {
    if (auto* literal = dynCast<ast::Constant>(expr)) return constantOfLiteral(literal, false);
    if (isNegativeLiteral(expr))
        return constantOfLiteral(static_cast<const ast::Constant*>(static_cast<const UnaryOp*>(expr)->operand), true);
    auto* tuple = cast<Tuple>(expr);
    spindle::Constant::Tuple items;
    for (const Expr* elt : tuple->elts) items.items.push_back(constantOf(elt));
    return spindle::Constant{std::move(items)};
}

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------
void Compiler::compileExpr(const Expr* expr) {
    DepthGuard guard(*this, expr);
    int savedLine = line_;
    setLine(expr->line);
    compileExprInner(expr);
    setLine(savedLine);
}

static Opcode unaryOpcode(UnaryOpKind op) {
    switch (op) {
    case UnaryOpKind::Invert: return Opcode::UNARY_INVERT;
    case UnaryOpKind::Not: return Opcode::UNARY_NOT;
    case UnaryOpKind::UAdd: return Opcode::UNARY_POSITIVE;
    case UnaryOpKind::USub: return Opcode::UNARY_NEGATIVE;
    }
    SPINDLE_UNREACHABLE();
}

void Compiler::compileExprInner(const Expr* expr) {
    if (isConstantExpr(expr)) {
        emitLoadConstant(constantOf(expr));
        return;
    }
    switch (expr->kind) {
    case ExprKind::BoolOp: compileBoolOp(static_cast<const BoolOp*>(expr)); break;
    case ExprKind::NamedExpr: {
        auto* walrus = static_cast<const NamedExpr*>(expr);
        compileExpr(walrus->value);
        emit(Opcode::COPY, 1);
        compileStore(walrus->target);
        break;
    }
    case ExprKind::BinOp: {
        auto* binop = static_cast<const BinOp*>(expr);
        compileExpr(binop->left);
        compileExpr(binop->right);
        emit(binaryOpcode(binaryOperatorForAst(binop->op)));
        break;
    }
    case ExprKind::UnaryOp: {
        auto* unary = static_cast<const UnaryOp*>(expr);
        compileExpr(unary->operand);
        emit(unaryOpcode(unary->op));
        break;
    }
    case ExprKind::Lambda: compileLambda(static_cast<const Lambda*>(expr)); break;
    case ExprKind::IfExp: {
        auto* ifexp = static_cast<const IfExp*>(expr);
        Label orelse = newLabel(), end = newLabel();
        compileJumpIf(ifexp->test, false, orelse);
        compileExpr(ifexp->body);
        emitJump(Opcode::JUMP, end);
        bind(orelse);
        compileExpr(ifexp->orelse);
        bind(end);
        break;
    }
    case ExprKind::Dict: compileDict(static_cast<const Dict*>(expr)); break;
    case ExprKind::Set: compileSequence(expr, static_cast<const Set*>(expr)->elts, ExprKind::Set); break;
    case ExprKind::List: compileSequence(expr, static_cast<const List*>(expr)->elts, ExprKind::List); break;
    case ExprKind::Tuple: compileSequence(expr, static_cast<const Tuple*>(expr)->elts, ExprKind::Tuple); break;
    case ExprKind::ListComp: {
        auto* comp = static_cast<const ListComp*>(expr);
        compileComprehension(expr, comp->generators, comp->elt, nullptr);
        break;
    }
    case ExprKind::SetComp: {
        auto* comp = static_cast<const SetComp*>(expr);
        compileComprehension(expr, comp->generators, comp->elt, nullptr);
        break;
    }
    case ExprKind::DictComp: {
        auto* comp = static_cast<const DictComp*>(expr);
        compileComprehension(expr, comp->generators, comp->key, comp->value);
        break;
    }
    case ExprKind::GeneratorExp: {
        auto* comp = static_cast<const GeneratorExp*>(expr);
        compileComprehension(expr, comp->generators, comp->elt, nullptr);
        break;
    }
    case ExprKind::Yield: {
        auto* yield = static_cast<const Yield*>(expr);
        if (yield->value) compileExpr(yield->value);
        else emitLoadNone();
        emit(Opcode::YIELD_VALUE);
        break;
    }
    case ExprKind::YieldFrom: {
        compileExpr(static_cast<const YieldFrom*>(expr)->value);
        emit(Opcode::GET_YIELD_FROM_ITER);
        emitLoadNone();
        emit(Opcode::YIELD_FROM);
        break;
    }
    case ExprKind::Compare: compileCompare(static_cast<const Compare*>(expr)); break;
    case ExprKind::Call: compileCall(static_cast<const Call*>(expr)); break;
    case ExprKind::FormattedValue: compileFormattedValue(static_cast<const FormattedValue*>(expr)); break;
    case ExprKind::JoinedStr: compileJoinedStr(static_cast<const JoinedStr*>(expr)); break;
    case ExprKind::Constant: SPINDLE_UNREACHABLE(); // handled by the constant path above
    case ExprKind::Attribute: {
        auto* attr = static_cast<const Attribute*>(expr);
        compileExpr(attr->value);
        emit(Opcode::LOAD_ATTR, static_cast<uint32_t>(addName(mangle(attr->attr))));
        break;
    }
    case ExprKind::Subscript: {
        auto* sub = static_cast<const Subscript*>(expr);
        compileExpr(sub->value);
        compileSubscriptKey(sub->slice);
        emit(Opcode::BINARY_SUBSCR);
        break;
    }
    case ExprKind::Starred: fail("can't use starred expression here", expr);
    case ExprKind::Name: compileName(static_cast<const Name*>(expr)->id, NameAction::Load); break;
    case ExprKind::Slice: {
        auto* slice = static_cast<const Slice*>(expr);
        if (slice->lower) compileExpr(slice->lower);
        else emitLoadNone();
        if (slice->upper) compileExpr(slice->upper);
        else emitLoadNone();
        if (slice->step) compileExpr(slice->step);
        emit(Opcode::BUILD_SLICE, slice->step ? 3 : 2);
        break;
    }
    }
}

void Compiler::compileSubscriptKey(const Expr* slice) { compileExpr(slice); }

// a and b and c: each value but the last jumps to the end keeping itself as the
// result when it decides the outcome (JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP).
void Compiler::compileBoolOp(const BoolOp* op) {
    Label end = newLabel();
    Opcode jump = op->op == BoolOpKind::And ? Opcode::JUMP_IF_FALSE_OR_POP : Opcode::JUMP_IF_TRUE_OR_POP;
    for (size_t i = 0; i < op->values.size(); ++i) {
        compileExpr(op->values[i]);
        if (i + 1 < op->values.size()) emitJump(jump, end);
    }
    bind(end);
}

void Compiler::compileCompareOp(CmpOpKind op) {
    switch (op) {
    case CmpOpKind::Eq: emit(compareOpcode(CompareOperator::EQ)); break;
    case CmpOpKind::NotEq: emit(compareOpcode(CompareOperator::NE)); break;
    case CmpOpKind::Lt: emit(compareOpcode(CompareOperator::LT)); break;
    case CmpOpKind::LtE: emit(compareOpcode(CompareOperator::LE)); break;
    case CmpOpKind::Gt: emit(compareOpcode(CompareOperator::GT)); break;
    case CmpOpKind::GtE: emit(compareOpcode(CompareOperator::GE)); break;
    case CmpOpKind::Is: emit(Opcode::IS_OP, 0); break;
    case CmpOpKind::IsNot: emit(Opcode::IS_OP, 1); break;
    case CmpOpKind::In: emit(Opcode::CONTAINS_OP, 0); break;
    case CmpOpKind::NotIn: emit(Opcode::CONTAINS_OP, 1); break;
    }
}

// a < b < c evaluates b once:
//     a b SWAP 2 COPY 2 <     b (a<b)
//     JUMP_IF_FALSE_OR_POP cleanup    b
//     c <                     (b<c)
//     JUMP end
// cleanup: SWAP 2 POP_TOP     (a<b)
void Compiler::compileCompare(const Compare* cmp) {
    compileExpr(cmp->left);
    size_t n = cmp->ops.size();
    if (n == 1) {
        compileExpr(cmp->comparators[0]);
        compileCompareOp(cmp->ops[0]);
        return;
    }
    Label cleanup = newLabel(), end = newLabel();
    for (size_t i = 0; i + 1 < n; ++i) {
        compileExpr(cmp->comparators[i]);
        emit(Opcode::SWAP, 2);
        emit(Opcode::COPY, 2);
        compileCompareOp(cmp->ops[i]);
        emitJump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    compileExpr(cmp->comparators[n - 1]);
    compileCompareOp(cmp->ops[n - 1]);
    emitJump(Opcode::JUMP, end);
    bind(cleanup);
    emit(Opcode::SWAP, 2);
    emit(Opcode::POP_TOP);
    bind(end);
}

// Jumps to `target` when bool(expr) == jumpWhenTrue, folding `not`, `and`, `or`
// and chained comparisons into jump chains so no intermediate bool is built.
void Compiler::compileJumpIf(const Expr* expr, bool jumpWhenTrue, Label target) {
    DepthGuard guard(*this, expr);
    int savedLine = line_;
    setLine(expr->line);
    if (auto* unary = dynCast<UnaryOp>(expr); unary && unary->op == UnaryOpKind::Not) {
        compileJumpIf(unary->operand, !jumpWhenTrue, target);
    } else if (auto* boolop = dynCast<BoolOp>(expr)) {
        // `and` jumping on false / `or` jumping on true: any value decides alone.
        bool decidesAlone = (boolop->op == BoolOpKind::And) != jumpWhenTrue;
        if (decidesAlone) {
            for (const Expr* value : boolop->values) compileJumpIf(value, jumpWhenTrue, target);
        } else {
            Label skip = newLabel();
            for (size_t i = 0; i + 1 < boolop->values.size(); ++i)
                compileJumpIf(boolop->values[i], !jumpWhenTrue, skip);
            compileJumpIf(boolop->values.back(), jumpWhenTrue, target);
            bind(skip);
        }
    } else if (auto* cmp = dynCast<Compare>(expr); cmp && cmp->ops.size() > 1) {
        Label cleanup = newLabel(), end = newLabel();
        compileExpr(cmp->left);
        size_t n = cmp->ops.size();
        for (size_t i = 0; i + 1 < n; ++i) {
            compileExpr(cmp->comparators[i]);
            emit(Opcode::SWAP, 2);
            emit(Opcode::COPY, 2);
            compileCompareOp(cmp->ops[i]);
            emitJump(Opcode::POP_JUMP_IF_FALSE, cleanup);
        }
        compileExpr(cmp->comparators[n - 1]);
        compileCompareOp(cmp->ops[n - 1]);
        emitJump(jumpWhenTrue ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, target);
        emitJump(Opcode::JUMP, end);
        bind(cleanup); // the kept middle operand is still on the stack
        emit(Opcode::POP_TOP);
        if (!jumpWhenTrue) emitJump(Opcode::JUMP, target);
        bind(end);
    } else {
        compileExpr(expr);
        emitJump(jumpWhenTrue ? Opcode::POP_JUMP_IF_TRUE : Opcode::POP_JUMP_IF_FALSE, target);
    }
    setLine(savedLine);
}

// ---------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------
void Compiler::checkKeywords(const std::vector<Keyword*>& keywords) {
    std::unordered_set<std::string> seen;
    for (const Keyword* keyword : keywords) {
        if (keyword->arg.empty()) continue;
        if (!seen.insert(keyword->arg).second) fail("keyword argument repeated: " + keyword->arg, keyword);
    }
}

static bool hasStarArgs(const std::vector<Expr*>& args, const std::vector<Keyword*>& keywords) {
    for (const Expr* arg : args)
        if (arg->kind == ExprKind::Starred) return true;
    for (const Keyword* keyword : keywords)
        if (keyword->arg.empty()) return true;
    return false;
}

void Compiler::compileCall(const Call* call) {
    checkKeywords(call->keywords);
    auto* attr = dynCast<Attribute>(call->func);
    if (attr && call->keywords.empty() && !hasStarArgs(call->args, call->keywords)) {
        // obj.meth(a, b): LOAD_METHOD avoids creating a bound method object.
        compileExpr(attr->value);
        setLine(attr->endLine > 0 ? attr->endLine : attr->line);
        emit(Opcode::LOAD_METHOD, static_cast<uint32_t>(addName(mangle(attr->attr))));
        setLine(call->line);
        for (const Expr* arg : call->args) compileExpr(arg);
        emit(Opcode::CALL_METHOD, static_cast<uint32_t>(call->args.size()));
        return;
    }
    compileExpr(call->func);
    compileCallArgs(call, call->args, call->keywords, 0);
}

// `prefixCount` values are already on the stack above the callable and count as
// the first positional arguments (the class body function and name of a class).
void Compiler::compileCallArgs(const Expr* where, const std::vector<Expr*>& args, const std::vector<Keyword*>& keywords,
                               int prefixCount) {
    if (!where) checkKeywords(keywords);
    if (!hasStarArgs(args, keywords)) {
        for (const Expr* arg : args) compileExpr(arg);
        uint32_t count = static_cast<uint32_t>(prefixCount + args.size() + keywords.size());
        if (keywords.empty()) {
            emit(Opcode::CALL, count);
            return;
        }
        spindle::Constant::Tuple names;
        for (const Keyword* keyword : keywords) {
            compileExpr(keyword->value);
            names.items.push_back(spindle::Constant{spindle::Constant::Str{keyword->arg}});
        }
        emit(Opcode::LOAD_CONST, static_cast<uint32_t>(addConstant(spindle::Constant{std::move(names)})));
        emit(Opcode::CALL_KW, count);
        return;
    }
    // f(*a, b, **m): positional arguments into a tuple, keywords into a dict.
    // A lone f(*a) passes `a` as it is: CALL_FUNCTION_EX makes the tuple, and
    // names the function if `a` is not iterable, as CPython does.
    if (prefixCount == 0 && args.size() == 1 && args[0]->kind == ExprKind::Starred) {
        compileExpr(dynCast<Starred>(args[0])->value);
    } else {
        size_t leading = 0;
        while (leading < args.size() && args[leading]->kind != ExprKind::Starred) compileExpr(args[leading++]);
        emit(Opcode::BUILD_LIST, static_cast<uint32_t>(prefixCount + leading));
        for (size_t i = leading; i < args.size(); ++i) {
            if (auto* starred = dynCast<Starred>(args[i])) {
                compileExpr(starred->value);
                emit(Opcode::LIST_EXTEND, 1);
            } else {
                compileExpr(args[i]);
                emit(Opcode::LIST_APPEND, 1);
            }
        }
        emit(Opcode::LIST_TO_TUPLE);
    }
    if (keywords.empty()) {
        emit(Opcode::CALL_FUNCTION_EX, 0);
        return;
    }
    bool haveDict = false;
    uint32_t pending = 0;
    auto flush = [&] {
        emit(Opcode::BUILD_MAP, pending);
        if (haveDict) emit(Opcode::DICT_MERGE, 1);
        haveDict = true;
        pending = 0;
    };
    for (const Keyword* keyword : keywords) {
        if (!keyword->arg.empty()) {
            emitLoadConstant(spindle::Constant{spindle::Constant::Str{keyword->arg}});
            compileExpr(keyword->value);
            ++pending;
        } else {
            if (pending > 0 || !haveDict) flush();
            compileExpr(keyword->value);
            emit(Opcode::DICT_MERGE, 1);
        }
    }
    if (pending > 0) flush();
    emit(Opcode::CALL_FUNCTION_EX, 1);
}

// ---------------------------------------------------------------------------
// Displays
// ---------------------------------------------------------------------------
void Compiler::compileSequence(const Expr* node, const std::vector<Expr*>& elts, ExprKind kind) {
    bool starred = false;
    for (const Expr* elt : elts) starred = starred || elt->kind == ExprKind::Starred;
    if (!starred) {
        for (const Expr* elt : elts) compileExpr(elt);
        Opcode build = kind == ExprKind::Set ? Opcode::BUILD_SET
                       : kind == ExprKind::List ? Opcode::BUILD_LIST
                                                : Opcode::BUILD_TUPLE;
        emit(build, static_cast<uint32_t>(elts.size()));
        return;
    }
    const bool isSet = kind == ExprKind::Set;
    size_t leading = 0;
    while (leading < elts.size() && elts[leading]->kind != ExprKind::Starred) compileExpr(elts[leading++]);
    emit(isSet ? Opcode::BUILD_SET : Opcode::BUILD_LIST, static_cast<uint32_t>(leading));
    for (size_t i = leading; i < elts.size(); ++i) {
        if (auto* star = dynCast<Starred>(elts[i])) {
            compileExpr(star->value);
            emit(isSet ? Opcode::SET_UPDATE : Opcode::LIST_EXTEND, 1);
        } else {
            compileExpr(elts[i]);
            emit(isSet ? Opcode::SET_ADD : Opcode::LIST_APPEND, 1);
        }
    }
    if (kind == ExprKind::Tuple) emit(Opcode::LIST_TO_TUPLE);
}

void Compiler::compileDict(const Dict* dict) {
    bool haveDict = false;
    uint32_t pending = 0;
    auto flush = [&] {
        emit(Opcode::BUILD_MAP, pending);
        if (haveDict) emit(Opcode::DICT_UPDATE, 1);
        haveDict = true;
        pending = 0;
    };
    for (size_t i = 0; i < dict->values.size(); ++i) {
        if (dict->keys[i]) {
            compileExpr(dict->keys[i]);
            compileExpr(dict->values[i]);
            ++pending;
        } else {
            if (pending > 0 || !haveDict) flush();
            compileExpr(dict->values[i]);
            emit(Opcode::DICT_UPDATE, 1);
        }
    }
    if (pending > 0 || !haveDict) flush();
}

// ---------------------------------------------------------------------------
// f-strings
// ---------------------------------------------------------------------------
void Compiler::compileJoinedStr(const JoinedStr* str) {
    if (str->values.empty()) {
        emitLoadConstant(spindle::Constant{spindle::Constant::Str{""}});
        return;
    }
    for (const Expr* value : str->values) compileExpr(value);
    if (str->values.size() == 1) return; // one constant or one FORMAT_VALUE is already a str
    emit(Opcode::BUILD_STRING, static_cast<uint32_t>(str->values.size()));
}

void Compiler::compileFormattedValue(const FormattedValue* value) {
    compileExpr(value->value);
    uint32_t arg = 0;
    switch (value->conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: arg = 0; break;
    }
    if (value->formatSpec) {
        compileExpr(value->formatSpec);
        arg |= 4;
    }
    emit(Opcode::FORMAT_VALUE, arg);
}

// ---------------------------------------------------------------------------
// Comprehensions: an implicit function taking the first iterable's iterator as .0
// ---------------------------------------------------------------------------
void Compiler::compileComprehension(const Expr* node, const std::vector<Comprehension*>& generators, const Expr* elt,
                                    const Expr* value) {
    const Scope* scope = scopes_.scopeOf(node);
    SPINDLE_ASSERT(scope != nullptr);
    int savedLine = line_;
    pushUnit(scope, scope->name, qualnameFor(scope->name), node->line, kCodeComprehension | functionFlags(scope));
    unit().code->argCount = 1;
    setLine(node->line);
    switch (node->kind) {
    case ExprKind::ListComp: emit(Opcode::BUILD_LIST, 0); break;
    case ExprKind::SetComp: emit(Opcode::BUILD_SET, 0); break;
    case ExprKind::DictComp: emit(Opcode::BUILD_MAP, 0); break;
    default: break;
    }
    compileComprehensionLoop(node, generators, 0, elt, value);
    setLine(node->line);
    if (node->kind == ExprKind::GeneratorExp) emitLoadNone();
    emit(Opcode::RETURN_VALUE);
    auto code = popUnit();
    setLine(savedLine);

    makeFunction(code, scope, 0);
    compileExpr(generators[0]->iter);
    emit(Opcode::GET_ITER);
    emit(Opcode::CALL, 1);
}

void Compiler::compileComprehensionLoop(const Expr* node, const std::vector<Comprehension*>& generators, size_t index,
                                        const Expr* elt, const Expr* value) {
    const Comprehension* gen = generators[index];
    Label top = newLabel(), next = newLabel(), end = newLabel();
    if (index == 0) {
        emit(Opcode::LOAD_FAST, static_cast<uint32_t>(unit().localIndex.at(".0")));
    } else {
        compileExpr(gen->iter);
        emit(Opcode::GET_ITER);
    }
    bind(top);
    emitJump(Opcode::FOR_ITER, end);
    compileStore(gen->target);
    for (const Expr* condition : gen->ifs) compileJumpIf(condition, false, next);
    if (index + 1 < generators.size()) {
        compileComprehensionLoop(node, generators, index + 1, elt, value);
    } else {
        // The collection sits below one iterator per generator.
        uint32_t collectionDepth = static_cast<uint32_t>(generators.size() + 1);
        switch (node->kind) {
        case ExprKind::ListComp:
            compileExpr(elt);
            emit(Opcode::LIST_APPEND, collectionDepth);
            break;
        case ExprKind::SetComp:
            compileExpr(elt);
            emit(Opcode::SET_ADD, collectionDepth);
            break;
        case ExprKind::DictComp:
            compileExpr(elt);
            compileExpr(value);
            emit(Opcode::MAP_ADD, collectionDepth);
            break;
        default:
            compileExpr(elt);
            emit(Opcode::YIELD_VALUE);
            emit(Opcode::POP_TOP);
            break;
        }
    }
    bind(next);
    emitJump(Opcode::JUMP_BACKWARD, top);
    bind(end);
}

} // namespace spindle
