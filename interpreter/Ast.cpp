// Ast.cpp — operator/kind names and the S-expression dumper (see Ast.h).
#include "interpreter/Ast.h"

#include <charconv>
#include <cmath>

namespace spindle::ast {

const char* operatorSymbol(BinOpKind op) {
    static constexpr const char* kSymbols[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
    return kSymbols[static_cast<int>(op)];
}
const char* operatorSymbol(UnaryOpKind op) {
    static constexpr const char* kSymbols[] = {"~", "not", "+", "-"};
    return kSymbols[static_cast<int>(op)];
}
const char* operatorSymbol(CmpOpKind op) {
    static constexpr const char* kSymbols[] = {"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"};
    return kSymbols[static_cast<int>(op)];
}
const char* operatorName(BinOpKind op) {
    static constexpr const char* kNames[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                             "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
    return kNames[static_cast<int>(op)];
}
const char* operatorName(UnaryOpKind op) {
    static constexpr const char* kNames[] = {"Invert", "Not", "UAdd", "USub"};
    return kNames[static_cast<int>(op)];
}
const char* operatorName(CmpOpKind op) {
    static constexpr const char* kNames[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
    return kNames[static_cast<int>(op)];
}

const char* exprKindName(ExprKind kind) {
    static constexpr const char* kNames[] = {
        "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp", "SetComp",
        "DictComp", "GeneratorExp", "Yield", "YieldFrom", "Compare", "Call", "FormattedValue", "JoinedStr",
        "Constant", "Attribute", "Subscript", "Starred", "Name", "List", "Tuple", "Slice"};
    return kNames[static_cast<int>(kind)];
}

const char* stmtKindName(StmtKind kind) {
    static constexpr const char* kNames[] = {
        "FunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign", "For", "While", "If",
        "With", "Raise", "Try", "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break",
        "Continue"};
    return kNames[static_cast<int>(kind)];
}

namespace {

// Python-repr-like quoting: single quotes, escapes for quotes, backslash and
// control bytes; other bytes (UTF-8 text) pass through.
void appendQuoted(std::string& out, const std::string& text, bool bytes) {
    if (bytes) out += 'b';
    out += '\'';
    for (unsigned char c : text) {
        switch (c) {
        case '\'': out += "\\'"; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
                out += buffer;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += '\'';
}

class Dumper {
public:
    std::string out;

    void expr(const Expr* e) {
        if (e == nullptr) { out += '-'; return; }
        out += '(';
        out += exprKindName(e->kind);
        switch (e->kind) {
        case ExprKind::BoolOp: {
            auto* n = static_cast<const BoolOp*>(e);
            out += n->op == BoolOpKind::And ? " And " : " Or ";
            exprs(n->values);
            break;
        }
        case ExprKind::NamedExpr: {
            auto* n = static_cast<const NamedExpr*>(e);
            sep(); expr(n->target); sep(); expr(n->value);
            break;
        }
        case ExprKind::BinOp: {
            auto* n = static_cast<const BinOp*>(e);
            sep(); expr(n->left); out += ' '; out += operatorName(n->op); sep(); expr(n->right);
            break;
        }
        case ExprKind::UnaryOp: {
            auto* n = static_cast<const UnaryOp*>(e);
            out += ' '; out += operatorName(n->op); sep(); expr(n->operand);
            break;
        }
        case ExprKind::Lambda: {
            auto* n = static_cast<const Lambda*>(e);
            sep(); arguments(n->args); sep(); expr(n->body);
            break;
        }
        case ExprKind::IfExp: {
            auto* n = static_cast<const IfExp*>(e);
            sep(); expr(n->test); sep(); expr(n->body); sep(); expr(n->orelse);
            break;
        }
        case ExprKind::Dict: {
            auto* n = static_cast<const Dict*>(e);
            sep(); exprs(n->keys); sep(); exprs(n->values);
            break;
        }
        case ExprKind::Set: sep(); exprs(static_cast<const Set*>(e)->elts); break;
        case ExprKind::ListComp: {
            auto* n = static_cast<const ListComp*>(e);
            sep(); expr(n->elt); sep(); comprehensions(n->generators);
            break;
        }
        case ExprKind::SetComp: {
            auto* n = static_cast<const SetComp*>(e);
            sep(); expr(n->elt); sep(); comprehensions(n->generators);
            break;
        }
        case ExprKind::GeneratorExp: {
            auto* n = static_cast<const GeneratorExp*>(e);
            sep(); expr(n->elt); sep(); comprehensions(n->generators);
            break;
        }
        case ExprKind::DictComp: {
            auto* n = static_cast<const DictComp*>(e);
            sep(); expr(n->key); sep(); expr(n->value); sep(); comprehensions(n->generators);
            break;
        }
        case ExprKind::Yield: sep(); expr(static_cast<const Yield*>(e)->value); break;
        case ExprKind::YieldFrom: sep(); expr(static_cast<const YieldFrom*>(e)->value); break;
        case ExprKind::Compare: {
            auto* n = static_cast<const Compare*>(e);
            sep(); expr(n->left);
            for (size_t i = 0; i < n->ops.size(); ++i) {
                out += ' '; out += operatorName(n->ops[i]); sep(); expr(n->comparators[i]);
            }
            break;
        }
        case ExprKind::Call: {
            auto* n = static_cast<const Call*>(e);
            sep(); expr(n->func); sep(); exprs(n->args); sep(); keywords(n->keywords);
            break;
        }
        case ExprKind::FormattedValue: {
            auto* n = static_cast<const FormattedValue*>(e);
            sep(); expr(n->value);
            out += ' ';
            if (n->conversion != 0) out += n->conversion; else out += '-';
            sep(); expr(n->formatSpec);
            break;
        }
        case ExprKind::JoinedStr: sep(); exprs(static_cast<const JoinedStr*>(e)->values); break;
        case ExprKind::Constant: sep(); constant(static_cast<const Constant*>(e)); break;
        case ExprKind::Attribute: {
            auto* n = static_cast<const Attribute*>(e);
            sep(); expr(n->value); out += ' '; out += n->attr; context(n->ctx);
            break;
        }
        case ExprKind::Subscript: {
            auto* n = static_cast<const Subscript*>(e);
            sep(); expr(n->value); sep(); expr(n->slice); context(n->ctx);
            break;
        }
        case ExprKind::Starred: {
            auto* n = static_cast<const Starred*>(e);
            sep(); expr(n->value); context(n->ctx);
            break;
        }
        case ExprKind::Name: {
            auto* n = static_cast<const Name*>(e);
            out += ' '; out += n->id; context(n->ctx);
            break;
        }
        case ExprKind::List: {
            auto* n = static_cast<const List*>(e);
            sep(); exprs(n->elts); context(n->ctx);
            break;
        }
        case ExprKind::Tuple: {
            auto* n = static_cast<const Tuple*>(e);
            sep(); exprs(n->elts); context(n->ctx);
            break;
        }
        case ExprKind::Slice: {
            auto* n = static_cast<const Slice*>(e);
            sep(); expr(n->lower); sep(); expr(n->upper); sep(); expr(n->step);
            break;
        }
        }
        out += ')';
    }

    void stmt(const Stmt* s) {
        out += '(';
        out += stmtKindName(s->kind);
        switch (s->kind) {
        case StmtKind::FunctionDef: {
            auto* n = static_cast<const FunctionDef*>(s);
            out += ' '; out += n->name; sep(); arguments(n->args); sep(); stmts(n->body);
            if (!n->decoratorList.empty()) { out += " @"; exprs(n->decoratorList); }
            if (n->returns != nullptr) { out += " ->"; expr(n->returns); }
            break;
        }
        case StmtKind::ClassDef: {
            auto* n = static_cast<const ClassDef*>(s);
            out += ' '; out += n->name; sep(); exprs(n->bases); sep(); keywords(n->keywords); sep(); stmts(n->body);
            if (!n->decoratorList.empty()) { out += " @"; exprs(n->decoratorList); }
            break;
        }
        case StmtKind::Return: sep(); expr(static_cast<const Return*>(s)->value); break;
        case StmtKind::Delete: sep(); exprs(static_cast<const Delete*>(s)->targets); break;
        case StmtKind::Assign: {
            auto* n = static_cast<const Assign*>(s);
            sep(); exprs(n->targets); sep(); expr(n->value);
            break;
        }
        case StmtKind::AugAssign: {
            auto* n = static_cast<const AugAssign*>(s);
            sep(); expr(n->target); out += ' '; out += operatorName(n->op); sep(); expr(n->value);
            break;
        }
        case StmtKind::AnnAssign: {
            auto* n = static_cast<const AnnAssign*>(s);
            sep(); expr(n->target); sep(); expr(n->annotation); sep(); expr(n->value);
            out += n->simple ? " simple" : "";
            break;
        }
        case StmtKind::For: {
            auto* n = static_cast<const For*>(s);
            sep(); expr(n->target); sep(); expr(n->iter); sep(); stmts(n->body); orelse(n->orelse);
            break;
        }
        case StmtKind::While: {
            auto* n = static_cast<const While*>(s);
            sep(); expr(n->test); sep(); stmts(n->body); orelse(n->orelse);
            break;
        }
        case StmtKind::If: {
            auto* n = static_cast<const If*>(s);
            sep(); expr(n->test); sep(); stmts(n->body); orelse(n->orelse);
            break;
        }
        case StmtKind::With: {
            auto* n = static_cast<const With*>(s);
            out += " [";
            for (size_t i = 0; i < n->items.size(); ++i) {
                if (i > 0) out += ' ';
                out += "(withitem ";
                expr(n->items[i]->contextExpr);
                sep();
                expr(n->items[i]->optionalVars);
                out += ')';
            }
            out += ']';
            sep(); stmts(n->body);
            break;
        }
        case StmtKind::Raise: {
            auto* n = static_cast<const Raise*>(s);
            sep(); expr(n->exc); sep(); expr(n->cause);
            break;
        }
        case StmtKind::Try: {
            auto* n = static_cast<const Try*>(s);
            sep(); stmts(n->body);
            out += " [";
            for (size_t i = 0; i < n->handlers.size(); ++i) {
                const ExceptHandler* h = n->handlers[i];
                if (i > 0) out += ' ';
                out += "(except ";
                expr(h->type);
                out += ' ';
                out += h->name.empty() ? "-" : h->name;
                sep();
                stmts(h->body);
                out += ')';
            }
            out += ']';
            sep(); stmts(n->orelse); sep(); stmts(n->finalbody);
            break;
        }
        case StmtKind::Assert: {
            auto* n = static_cast<const Assert*>(s);
            sep(); expr(n->test); sep(); expr(n->msg);
            break;
        }
        case StmtKind::Import: sep(); aliases(static_cast<const Import*>(s)->names); break;
        case StmtKind::ImportFrom: {
            auto* n = static_cast<const ImportFrom*>(s);
            out += ' '; out += n->module.empty() ? "-" : n->module;
            out += ' '; out += std::to_string(n->level);
            sep(); aliases(n->names);
            break;
        }
        case StmtKind::Global: names(static_cast<const Global*>(s)->names); break;
        case StmtKind::Nonlocal: names(static_cast<const Nonlocal*>(s)->names); break;
        case StmtKind::ExprStmt: sep(); expr(static_cast<const ExprStmt*>(s)->value); break;
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue: break;
        }
        out += ')';
    }

    void stmts(const std::vector<Stmt*>& list) {
        out += '[';
        for (size_t i = 0; i < list.size(); ++i) {
            if (i > 0) out += ' ';
            stmt(list[i]);
        }
        out += ']';
    }

private:
    void sep() { out += ' '; }

    void context(ExprContext ctx) {
        if (ctx == ExprContext::Store) out += " Store";
        else if (ctx == ExprContext::Del) out += " Del";
    }

    void exprs(const std::vector<Expr*>& list) {
        out += '[';
        for (size_t i = 0; i < list.size(); ++i) {
            if (i > 0) out += ' ';
            expr(list[i]);
        }
        out += ']';
    }

    void orelse(const std::vector<Stmt*>& list) {
        if (!list.empty()) { out += " else "; stmts(list); }
    }

    void names(const std::vector<std::string>& list) {
        for (const std::string& name : list) { out += ' '; out += name; }
    }

    void aliases(const std::vector<Alias*>& list) {
        out += '[';
        for (size_t i = 0; i < list.size(); ++i) {
            if (i > 0) out += ' ';
            out += list[i]->name;
            if (!list[i]->asname.empty()) { out += " as "; out += list[i]->asname; }
        }
        out += ']';
    }

    void keywords(const std::vector<Keyword*>& list) {
        out += '[';
        for (size_t i = 0; i < list.size(); ++i) {
            if (i > 0) out += ' ';
            out += "(keyword ";
            out += list[i]->arg.empty() ? "**" : list[i]->arg;
            sep();
            expr(list[i]->value);
            out += ')';
        }
        out += ']';
    }

    void comprehensions(const std::vector<Comprehension*>& list) {
        out += '[';
        for (size_t i = 0; i < list.size(); ++i) {
            if (i > 0) out += ' ';
            out += "(for ";
            expr(list[i]->target);
            sep();
            expr(list[i]->iter);
            sep();
            exprs(list[i]->ifs);
            out += ')';
        }
        out += ']';
    }

    void arg(const Arg* a) {
        out += a->name;
        if (a->annotation != nullptr) { out += ':'; expr(a->annotation); }
    }

    void argList(const char* label, const std::vector<Arg*>& list) {
        if (list.empty()) return;
        out += ' '; out += label; out += '[';
        for (size_t i = 0; i < list.size(); ++i) {
            if (i > 0) out += ' ';
            arg(list[i]);
        }
        out += ']';
    }

    // (arguments posonly[a] args[b c] defaults[..] *args kwonly[d] kwdefaults[..] **kw)
    void arguments(const Arguments* a) {
        out += "(arguments";
        argList("posonly", a->posonlyArgs);
        argList("args", a->args);
        if (!a->defaults.empty()) { out += " defaults"; exprs(a->defaults); }
        if (a->vararg != nullptr) { out += " *"; arg(a->vararg); }
        argList("kwonly", a->kwonlyArgs);
        if (!a->kwonlyArgs.empty()) { out += " kwdefaults"; exprs(a->kwDefaults); }
        if (a->kwarg != nullptr) { out += " **"; arg(a->kwarg); }
        out += ')';
    }

    // Python's repr(float): shortest round-trip digits, fixed notation for
    // exponents in [-4, 16), otherwise scientific with at least two exponent digits.
    void floatRepr(double value) {
        if (std::isinf(value)) { out += value > 0 ? "inf" : "-inf"; return; }
        if (std::isnan(value)) { out += "nan"; return; }
        char buffer[64];
        auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
        std::string text(buffer, result.ptr);
        size_t ePos = text.find('e');
        int exponent = std::stoi(text.substr(ePos + 1));
        std::string mantissa = text.substr(0, ePos);
        bool negative = mantissa[0] == '-';
        if (negative) mantissa.erase(0, 1);
        std::string digits;
        for (char ch : mantissa) if (ch != '.') digits += ch;
        if (negative) out += '-';
        if (exponent >= -4 && exponent < 16) {
            if (exponent < 0) {
                out += "0.";
                out.append(static_cast<size_t>(-exponent - 1), '0');
                out += digits;
            } else {
                size_t intDigits = static_cast<size_t>(exponent) + 1;
                if (digits.size() <= intDigits) {
                    out += digits;
                    out.append(intDigits - digits.size(), '0');
                    out += ".0";
                } else {
                    out += digits.substr(0, intDigits);
                    out += '.';
                    out += digits.substr(intDigits);
                }
            }
            return;
        }
        out += digits[0];
        if (digits.size() > 1) { out += '.'; out += digits.substr(1); }
        char expText[16];
        std::snprintf(expText, sizeof expText, "e%c%02d", exponent < 0 ? '-' : '+', exponent < 0 ? -exponent : exponent);
        out += expText;
    }

    void constant(const Constant* c) {
        switch (c->constKind) {
        case ConstantKind::None: out += "None"; break;
        case ConstantKind::True: out += "True"; break;
        case ConstantKind::False: out += "False"; break;
        case ConstantKind::Ellipsis: out += "..."; break;
        case ConstantKind::Int:
            if (c->intFits) out += std::to_string(c->intValue);
            else out += "big";
            break;
        case ConstantKind::Float: floatRepr(c->floatValue); break;
        case ConstantKind::Str: appendQuoted(out, c->strValue, false); break;
        case ConstantKind::Bytes: appendQuoted(out, c->strValue, true); break;
        }
    }
};

} // namespace

std::string dump(const Expr* expr) {
    Dumper dumper;
    dumper.expr(expr);
    return dumper.out;
}

std::string dump(const Stmt* stmt) {
    Dumper dumper;
    dumper.stmt(stmt);
    return dumper.out;
}

std::string dumpAst(const Module& module) {
    Dumper dumper;
    if (module.mode == ParseMode::Eval) {
        dumper.out += "(Expression ";
        dumper.expr(module.expression);
    } else {
        dumper.out += module.mode == ParseMode::Interactive ? "(Interactive " : "(Module ";
        dumper.stmts(module.body);
    }
    dumper.out += ')';
    return dumper.out;
}

} // namespace spindle::ast
