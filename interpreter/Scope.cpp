// Scope.cpp — the collector and resolver passes of scope analysis (see Scope.h).
#include "interpreter/Scope.h"

#include <algorithm>
#include <unordered_set>

namespace spindle {

using namespace ast;

const char* nameScopeName(NameScope scope) {
    switch (scope) {
    case NameScope::Local: return "local";
    case NameScope::GlobalImplicit: return "global_implicit";
    case NameScope::GlobalExplicit: return "global_explicit";
    case NameScope::Free: return "free";
    case NameScope::Cell: return "cell";
    }
    return "?";
}

NameScope Scope::lookup(const std::string& name) const {
    auto it = symbols.find(name);
    return it == symbols.end() ? NameScope::GlobalImplicit : it->second.scope;
}

uint32_t Scope::flagsOf(const std::string& name) const {
    auto it = symbols.find(name);
    return it == symbols.end() ? 0 : it->second.flags;
}

Symbol& Scope::symbol(const std::string& name) {
    auto [it, inserted] = symbols.try_emplace(name);
    if (inserted) symbolOrder.push_back(name);
    return it->second;
}

const Scope* ScopeTable::scopeOf(const void* node) const {
    auto it = byNode_.find(node);
    return it == byNode_.end() ? nullptr : it->second;
}

std::string mangleName(const std::string& className, const std::string& name) {
    if (className.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
    if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
    if (name.find('.') != std::string::npos) return name;
    size_t strip = className.find_first_not_of('_');
    if (strip == std::string::npos) return name; // class name made of underscores only
    return "_" + className.substr(strip) + name;
}

namespace {

// Nesting bound for the recursive walks: the parser already refuses deeper input,
// this keeps hand-built or future-parser trees from overflowing the C++ stack.
constexpr int kMaxWalkDepth = 1000;

struct Position {
    int line = 0, col = 0, endLine = 0, endCol = 0;
};
template <class Node>
Position positionOf(const Node* node) {
    return Position{node->line, node->col, node->endLine, node->endCol};
}

} // namespace

// Pass 1: walk the AST, building the scope tree and recording name usage.
class ScopeBuilder {
public:
    explicit ScopeBuilder(const Module& module) : module_(module) {}

    std::unique_ptr<ScopeTable> run() {
        table_ = std::make_unique<ScopeTable>();
        table_->module_ = std::make_unique<Scope>();
        Scope* top = table_->module_.get();
        top->kind = ScopeKind::Module;
        top->name = "<module>";
        top->line = 1;
        current_ = top;
        for (const Stmt* stmt : module_.body) visitStmt(stmt);
        if (module_.expression) visitExpr(module_.expression);
        resolve(*top, {}, {}, nullptr);
        return std::move(table_);
    }

private:
    struct DepthGuard {
        ScopeBuilder& builder;
        DepthGuard(ScopeBuilder& b, const Position& where) : builder(b) {
            if (++builder.depth_ > kMaxWalkDepth) builder.fail("too many nested expressions or statements", where);
        }
        ~DepthGuard() { --builder.depth_; }
    };

    [[noreturn]] void fail(const std::string& message, const Position& where) {
        SourceError error;
        error.type = "SyntaxError";
        error.message = message;
        error.filename = module_.filename;
        error.line = where.line;
        error.col = where.col + 1;
        error.endLine = where.endLine;
        error.endCol = where.endCol + 1;
        if (where.line >= 1 && where.line <= static_cast<int>(module_.lines.size()))
            error.lineText = module_.lines[where.line - 1];
        throw error;
    }

    std::string mangled(const std::string& name) const { return mangleName(privateName_, name); }

    Scope* openScope(ScopeKind kind, std::string name, const void* node, int line) {
        auto scope = std::make_unique<Scope>();
        scope->kind = kind;
        scope->name = std::move(name);
        scope->node = node;
        scope->line = line;
        scope->parent = current_;
        Scope* raw = scope.get();
        current_->children.push_back(std::move(scope));
        table_->byNode_[node] = raw;
        return raw;
    }

    void addFlag(const std::string& rawName, uint32_t flag) {
        std::string name = mangled(rawName);
        current_->symbol(name).flags |= flag;
        // A method calling super() needs the class cell, which it reaches as __class__.
        if (flag == kSymUsed && name == "super" && current_->isFunctionLike())
            current_->symbol("__class__").flags |= kSymUsed;
    }

    void addParam(const Arg* arg) {
        std::string name = mangled(arg->name);
        Symbol& symbol = current_->symbol(name);
        if (symbol.flags & kSymParam)
            fail("duplicate argument '" + arg->name + "' in function definition", positionOf(arg));
        symbol.flags |= kSymParam;
        current_->parameters.push_back(name);
    }

    void declare(const std::string& rawName, bool isGlobal, const Position& where) {
        std::string name = mangled(rawName);
        uint32_t current = current_->flagsOf(name);
        const char* what = isGlobal ? "global" : "nonlocal";
        if (current & (kSymParam | kSymAssigned | kSymUsed | kSymAnnotated)) {
            std::string message;
            if (current & kSymParam) message = "name '" + rawName + "' is parameter and " + what;
            else if (current & kSymUsed) message = "name '" + rawName + "' is used prior to " + what + " declaration";
            else if (current & kSymAnnotated) message = "annotated name '" + rawName + "' can't be " + what;
            else message = "name '" + rawName + "' is assigned to before " + what + " declaration";
            fail(message, where);
        }
        current_->symbol(name).flags |= isGlobal ? kSymGlobal : kSymNonlocal;
        directives_.try_emplace(std::make_pair(current_, name), where);
    }

    // ---- statements -------------------------------------------------------
    void visitBody(const std::vector<Stmt*>& body) {
        for (const Stmt* stmt : body) visitStmt(stmt);
    }

    void visitArgumentDefaults(const Arguments* args) {
        for (const Expr* e : args->defaults) visitExpr(e);
        for (const Expr* e : args->kwDefaults)
            if (e) visitExpr(e);
    }

    void addParameters(const Arguments* args) {
        for (const Arg* a : args->posonlyArgs) addParam(a);
        for (const Arg* a : args->args) addParam(a);
        for (const Arg* a : args->kwonlyArgs) addParam(a);
        if (args->vararg) addParam(args->vararg);
        if (args->kwarg) addParam(args->kwarg);
    }

    void visitStmt(const Stmt* stmt) {
        DepthGuard guard(*this, positionOf(stmt));
        switch (stmt->kind) {
        case StmtKind::FunctionDef: {
            auto* def = static_cast<const FunctionDef*>(stmt);
            for (const Expr* d : def->decoratorList) visitExpr(d);
            visitArgumentDefaults(def->args);
            addFlag(def->name, kSymAssigned);
            Scope* saved = current_;
            current_ = openScope(ScopeKind::Function, def->name, def, def->line);
            addParameters(def->args);
            visitBody(def->body);
            current_ = saved;
            break;
        }
        case StmtKind::ClassDef: {
            auto* cls = static_cast<const ClassDef*>(stmt);
            for (const Expr* d : cls->decoratorList) visitExpr(d);
            for (const Expr* b : cls->bases) visitExpr(b);
            for (const Keyword* k : cls->keywords) visitExpr(k->value);
            addFlag(cls->name, kSymAssigned);
            Scope* saved = current_;
            std::string savedPrivate = privateName_;
            current_ = openScope(ScopeKind::Class, cls->name, cls, cls->line);
            privateName_ = cls->name;
            visitBody(cls->body);
            privateName_ = savedPrivate;
            current_ = saved;
            break;
        }
        case StmtKind::Return: {
            auto* ret = static_cast<const Return*>(stmt);
            if (ret->value) visitExpr(ret->value);
            break;
        }
        case StmtKind::Delete:
            for (const Expr* t : static_cast<const Delete*>(stmt)->targets) visitExpr(t);
            break;
        case StmtKind::Assign: {
            auto* assign = static_cast<const Assign*>(stmt);
            visitExpr(assign->value);
            for (const Expr* t : assign->targets) visitExpr(t);
            break;
        }
        case StmtKind::AugAssign: {
            auto* aug = static_cast<const AugAssign*>(stmt);
            visitExpr(aug->target);
            visitExpr(aug->value);
            break;
        }
        case StmtKind::AnnAssign: {
            auto* ann = static_cast<const AnnAssign*>(stmt);
            if (auto* name = dynCast<Name>(ann->target)) {
                std::string id = mangled(name->id);
                uint32_t flags = current_->flagsOf(id);
                if ((flags & (kSymGlobal | kSymNonlocal)) && ann->simple) {
                    fail("annotated name '" + name->id + "' can't be " +
                             ((flags & kSymGlobal) ? "global" : "nonlocal"),
                         positionOf(stmt));
                }
                current_->symbol(id).flags |= ann->simple ? (kSymAssigned | kSymAnnotated) : kSymAssigned;
            } else {
                visitExpr(ann->target);
            }
            if (ann->value) visitExpr(ann->value);
            break;
        }
        case StmtKind::For: {
            auto* loop = static_cast<const For*>(stmt);
            visitExpr(loop->target);
            visitExpr(loop->iter);
            visitBody(loop->body);
            visitBody(loop->orelse);
            break;
        }
        case StmtKind::While: {
            auto* loop = static_cast<const While*>(stmt);
            visitExpr(loop->test);
            visitBody(loop->body);
            visitBody(loop->orelse);
            break;
        }
        case StmtKind::If: {
            auto* branch = static_cast<const If*>(stmt);
            visitExpr(branch->test);
            visitBody(branch->body);
            visitBody(branch->orelse);
            break;
        }
        case StmtKind::With: {
            auto* with = static_cast<const With*>(stmt);
            for (const WithItem* item : with->items) {
                visitExpr(item->contextExpr);
                if (item->optionalVars) visitExpr(item->optionalVars);
            }
            visitBody(with->body);
            break;
        }
        case StmtKind::Raise: {
            auto* raise = static_cast<const Raise*>(stmt);
            if (raise->exc) visitExpr(raise->exc);
            if (raise->cause) visitExpr(raise->cause);
            break;
        }
        case StmtKind::Try: {
            auto* tryStmt = static_cast<const Try*>(stmt);
            visitBody(tryStmt->body);
            for (const ExceptHandler* handler : tryStmt->handlers) {
                if (handler->type) visitExpr(handler->type);
                if (!handler->name.empty()) addFlag(handler->name, kSymAssigned);
                visitBody(handler->body);
            }
            visitBody(tryStmt->orelse);
            visitBody(tryStmt->finalbody);
            break;
        }
        case StmtKind::Assert: {
            auto* assert = static_cast<const Assert*>(stmt);
            visitExpr(assert->test);
            if (assert->msg) visitExpr(assert->msg);
            break;
        }
        case StmtKind::Import:
            for (const Alias* alias : static_cast<const Import*>(stmt)->names) visitAlias(alias);
            break;
        case StmtKind::ImportFrom:
            for (const Alias* alias : static_cast<const ImportFrom*>(stmt)->names) visitAlias(alias);
            break;
        case StmtKind::Global:
            for (const std::string& name : static_cast<const Global*>(stmt)->names)
                declare(name, true, positionOf(stmt));
            break;
        case StmtKind::Nonlocal:
            if (current_->kind == ScopeKind::Module)
                fail("nonlocal declaration not allowed at module level", positionOf(stmt));
            for (const std::string& name : static_cast<const Nonlocal*>(stmt)->names)
                declare(name, false, positionOf(stmt));
            break;
        case StmtKind::ExprStmt: visitExpr(static_cast<const ExprStmt*>(stmt)->value); break;
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue: break;
        }
    }

    void visitAlias(const Alias* alias) {
        if (alias->name == "*") {
            if (current_->kind != ScopeKind::Module) fail("import * only allowed at module level", positionOf(alias));
            return;
        }
        std::string stored = alias->asname;
        if (stored.empty()) stored = alias->name.substr(0, alias->name.find('.'));
        addFlag(stored, kSymImported);
    }

    // ---- expressions ------------------------------------------------------
    void visitExpr(const Expr* expr) {
        DepthGuard guard(*this, positionOf(expr));
        switch (expr->kind) {
        case ExprKind::BoolOp:
            for (const Expr* v : static_cast<const BoolOp*>(expr)->values) visitExpr(v);
            break;
        case ExprKind::NamedExpr: visitNamedExpr(static_cast<const NamedExpr*>(expr)); break;
        case ExprKind::BinOp:
            visitExpr(static_cast<const BinOp*>(expr)->left);
            visitExpr(static_cast<const BinOp*>(expr)->right);
            break;
        case ExprKind::UnaryOp: visitExpr(static_cast<const UnaryOp*>(expr)->operand); break;
        case ExprKind::Lambda: {
            auto* lambda = static_cast<const Lambda*>(expr);
            visitArgumentDefaults(lambda->args);
            Scope* saved = current_;
            current_ = openScope(ScopeKind::Function, "<lambda>", lambda, lambda->line);
            addParameters(lambda->args);
            visitExpr(lambda->body);
            current_ = saved;
            break;
        }
        case ExprKind::IfExp: {
            auto* ifexp = static_cast<const IfExp*>(expr);
            visitExpr(ifexp->test);
            visitExpr(ifexp->body);
            visitExpr(ifexp->orelse);
            break;
        }
        case ExprKind::Dict: {
            auto* dict = static_cast<const Dict*>(expr);
            for (size_t i = 0; i < dict->values.size(); ++i) {
                if (dict->keys[i]) visitExpr(dict->keys[i]);
                visitExpr(dict->values[i]);
            }
            break;
        }
        case ExprKind::Set:
            for (const Expr* e : static_cast<const Set*>(expr)->elts) visitExpr(e);
            break;
        case ExprKind::ListComp: {
            auto* comp = static_cast<const ListComp*>(expr);
            visitComprehension(expr, "<listcomp>", "list comprehension", comp->generators, comp->elt, nullptr);
            break;
        }
        case ExprKind::SetComp: {
            auto* comp = static_cast<const SetComp*>(expr);
            visitComprehension(expr, "<setcomp>", "set comprehension", comp->generators, comp->elt, nullptr);
            break;
        }
        case ExprKind::DictComp: {
            auto* comp = static_cast<const DictComp*>(expr);
            visitComprehension(expr, "<dictcomp>", "dict comprehension", comp->generators, comp->key, comp->value);
            break;
        }
        case ExprKind::GeneratorExp: {
            auto* comp = static_cast<const GeneratorExp*>(expr);
            visitComprehension(expr, "<genexpr>", "generator expression", comp->generators, comp->elt, nullptr);
            break;
        }
        case ExprKind::Yield:
        case ExprKind::YieldFrom: {
            const Expr* value = expr->kind == ExprKind::Yield ? static_cast<const Yield*>(expr)->value
                                                              : static_cast<const YieldFrom*>(expr)->value;
            if (value) visitExpr(value);
            if (current_->kind == ScopeKind::Module || current_->kind == ScopeKind::Class)
                fail("'yield' outside function", positionOf(expr));
            if (current_->kind == ScopeKind::Comprehension)
                fail("'yield' inside " + comprehensionDescriptions_.at(current_), positionOf(expr));
            current_->isGenerator = true;
            break;
        }
        case ExprKind::Compare: {
            auto* cmp = static_cast<const Compare*>(expr);
            visitExpr(cmp->left);
            for (const Expr* e : cmp->comparators) visitExpr(e);
            break;
        }
        case ExprKind::Call: {
            auto* call = static_cast<const Call*>(expr);
            visitExpr(call->func);
            for (const Expr* a : call->args) visitExpr(a);
            for (const Keyword* k : call->keywords) visitExpr(k->value);
            break;
        }
        case ExprKind::FormattedValue: {
            auto* fv = static_cast<const FormattedValue*>(expr);
            visitExpr(fv->value);
            if (fv->formatSpec) visitExpr(fv->formatSpec);
            break;
        }
        case ExprKind::JoinedStr:
            for (const Expr* e : static_cast<const JoinedStr*>(expr)->values) visitExpr(e);
            break;
        case ExprKind::Constant: break;
        case ExprKind::Attribute: visitExpr(static_cast<const Attribute*>(expr)->value); break;
        case ExprKind::Subscript:
            visitExpr(static_cast<const Subscript*>(expr)->value);
            visitExpr(static_cast<const Subscript*>(expr)->slice);
            break;
        case ExprKind::Starred: visitExpr(static_cast<const Starred*>(expr)->value); break;
        case ExprKind::Name: {
            auto* name = static_cast<const Name*>(expr);
            if (name->ctx == ExprContext::Load) {
                addFlag(name->id, kSymUsed);
            } else {
                addFlag(name->id, kSymAssigned | compIterFlag_);
            }
            break;
        }
        case ExprKind::List:
            for (const Expr* e : static_cast<const List*>(expr)->elts) visitExpr(e);
            break;
        case ExprKind::Tuple:
            for (const Expr* e : static_cast<const Tuple*>(expr)->elts) visitExpr(e);
            break;
        case ExprKind::Slice: {
            auto* slice = static_cast<const Slice*>(expr);
            if (slice->lower) visitExpr(slice->lower);
            if (slice->upper) visitExpr(slice->upper);
            if (slice->step) visitExpr(slice->step);
            break;
        }
        }
    }

    void visitComprehension(const Expr* node, const char* name, const char* description,
                            const std::vector<Comprehension*>& generators, const Expr* elt, const Expr* value) {
        // The first iterable belongs to the enclosing scope.
        ++inComprehensionIterable_;
        visitExpr(generators[0]->iter);
        --inComprehensionIterable_;

        Scope* saved = current_;
        current_ = openScope(ScopeKind::Comprehension, name, node, node->line);
        comprehensionDescriptions_[current_] = description;
        if (node->kind == ExprKind::GeneratorExp) current_->isGenerator = true;
        current_->symbol(".0").flags |= kSymParam;
        current_->parameters.push_back(".0");
        for (size_t i = 0; i < generators.size(); ++i) {
            const Comprehension* gen = generators[i];
            compIterFlag_ = kSymCompIter;
            visitExpr(gen->target);
            compIterFlag_ = 0;
            if (i > 0) {
                ++inComprehensionIterable_;
                visitExpr(gen->iter);
                --inComprehensionIterable_;
            }
            for (const Expr* cond : gen->ifs) visitExpr(cond);
        }
        visitExpr(elt);
        if (value) visitExpr(value);
        current_ = saved;
    }

    void visitNamedExpr(const NamedExpr* walrus) {
        if (inComprehensionIterable_ > 0)
            fail("assignment expression cannot be used in a comprehension iterable expression", positionOf(walrus));
        visitExpr(walrus->value);
        auto* target = cast<Name>(walrus->target);
        if (current_->kind != ScopeKind::Comprehension) {
            addFlag(target->id, kSymAssigned);
            return;
        }
        // Inside a comprehension the target binds in the nearest enclosing
        // non-comprehension scope (PEP 572).
        std::string id = mangled(target->id);
        for (Scope* scope = current_; scope; scope = scope->parent) {
            if (scope->kind == ScopeKind::Comprehension) {
                if (scope->flagsOf(id) & kSymCompIter)
                    fail("assignment expression cannot rebind comprehension iteration variable '" + target->id + "'",
                         positionOf(target));
                continue;
            }
            if (scope->kind == ScopeKind::Class)
                fail("assignment expression within a comprehension cannot be used in a class body", positionOf(target));
            if (scope->kind == ScopeKind::Function) {
                uint32_t outer = scope->flagsOf(id);
                current_->symbol(id).flags |= (outer & kSymGlobal) ? kSymGlobal : kSymNonlocal;
                if (!(outer & kSymGlobal)) scope->symbol(id).flags |= kSymAssigned;
            } else { // module
                current_->symbol(id).flags |= kSymGlobal;
                scope->symbol(id).flags |= kSymAssigned;
            }
            // Intermediate comprehensions pass the name through as a free variable.
            for (Scope* between = current_->parent; between != scope; between = between->parent)
                between->symbol(id).flags |= kSymUsed;
            return;
        }
    }

    // ---- pass 2: resolution -----------------------------------------------
    using NameSet = std::unordered_set<std::string>;

    [[noreturn]] void failAtDirective(Scope& scope, const std::string& name, const std::string& message) {
        auto it = directives_.find(std::make_pair(&scope, name));
        Position where = it != directives_.end() ? it->second : Position{scope.line, 0, scope.line, 0};
        fail(message, where);
    }

    // `bound`: names bound by enclosing function scopes; `globals`: names declared
    // global by enclosing scopes. Adds this scope's free names to *freeOut.
    void resolve(Scope& scope, NameSet bound, NameSet globals, NameSet* freeOut) {
        NameSet local, free, childBound, childGlobals;
        if (scope.kind == ScopeKind::Class) {
            // Class-level names are invisible to nested scopes: pass the outer view on.
            childGlobals = globals;
            childBound = bound;
        }
        for (const std::string& name : scope.symbolOrder) {
            Symbol& sym = scope.symbols[name];
            if (sym.flags & kSymGlobal) {
                if (sym.flags & kSymNonlocal) failAtDirective(scope, name, "name '" + name + "' is nonlocal and global");
                sym.scope = NameScope::GlobalExplicit;
                globals.insert(name);
                bound.erase(name);
            } else if (sym.flags & kSymNonlocal) {
                if (!bound.count(name)) failAtDirective(scope, name, "no binding for nonlocal '" + name + "' found");
                sym.scope = NameScope::Free;
                free.insert(name);
            } else if (sym.flags & kSymBound) {
                sym.scope = NameScope::Local;
                local.insert(name);
                globals.erase(name);
            } else if (bound.count(name)) {
                sym.scope = NameScope::Free;
                free.insert(name);
            } else {
                sym.scope = NameScope::GlobalImplicit;
            }
        }
        if (scope.kind != ScopeKind::Class) {
            if (scope.isFunctionLike()) childBound.insert(local.begin(), local.end());
            childBound.insert(bound.begin(), bound.end());
            childGlobals.insert(globals.begin(), globals.end());
        } else {
            childBound.insert("__class__");
        }

        NameSet childFree;
        for (auto& child : scope.children) resolve(*child, childBound, childGlobals, &childFree);

        if (scope.isFunctionLike()) {
            // Locals captured by children become cells.
            for (const std::string& name : scope.symbolOrder) {
                Symbol& sym = scope.symbols[name];
                if (sym.scope == NameScope::Local && childFree.erase(name)) sym.scope = NameScope::Cell;
            }
        } else if (scope.kind == ScopeKind::Class) {
            if (childFree.erase("__class__")) scope.needsClassCell = true;
        }

        // Children's free names not resolved here pass through this scope.
        for (const std::string& name : childFree) {
            auto it = scope.symbols.find(name);
            if (it != scope.symbols.end()) {
                Symbol& sym = it->second;
                if (scope.kind == ScopeKind::Class && ((sym.flags & kSymBound) || sym.scope == NameScope::GlobalExplicit))
                    sym.flags |= kSymFreeClass;
                else if (sym.scope == NameScope::GlobalImplicit && bound.count(name))
                    sym.scope = NameScope::Free; // a class-level use that is also passed on
                continue;
            }
            if (!bound.count(name)) continue;
            Symbol& sym = scope.symbol(name);
            sym.scope = NameScope::Free;
        }
        free.insert(childFree.begin(), childFree.end());
        if (freeOut) freeOut->insert(free.begin(), free.end());
        finish(scope);
    }

    void finish(Scope& scope) {
        if (scope.isFunctionLike()) {
            scope.varnames = scope.parameters;
            for (const std::string& name : scope.symbolOrder) {
                const Symbol& sym = scope.symbols[name];
                if (sym.scope == NameScope::Local && !(sym.flags & kSymParam)) scope.varnames.push_back(name);
            }
        }
        for (const std::string& name : scope.symbolOrder) {
            const Symbol& sym = scope.symbols[name];
            if (sym.scope == NameScope::Cell) scope.cellvars.push_back(name);
            if (sym.scope == NameScope::Free || (sym.flags & kSymFreeClass)) scope.freevars.push_back(name);
        }
        if (scope.needsClassCell) scope.cellvars.push_back("__class__");
        std::sort(scope.cellvars.begin(), scope.cellvars.end());
        std::sort(scope.freevars.begin(), scope.freevars.end());
    }

    struct PairHash {
        size_t operator()(const std::pair<const Scope*, std::string>& key) const {
            return std::hash<const void*>()(key.first) ^ (std::hash<std::string>()(key.second) * 31);
        }
    };

    const Module& module_;
    std::unique_ptr<ScopeTable> table_;
    Scope* current_ = nullptr;
    std::string privateName_; // innermost enclosing class name, for mangling
    int depth_ = 0;
    int inComprehensionIterable_ = 0;
    uint32_t compIterFlag_ = 0;
    std::unordered_map<const Scope*, std::string> comprehensionDescriptions_;
    std::unordered_map<std::pair<const Scope*, std::string>, Position, PairHash> directives_;
};

std::unique_ptr<ScopeTable> analyzeScopes(const Module& module) {
    return ScopeBuilder(module).run();
}

} // namespace spindle
