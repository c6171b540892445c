// CompileStmt.cpp — statements: definitions, control flow and frame-block
// unwinding, imports and assignment targets. Exception handling and `with` are in
// CompileExceptions.cpp.
#include "interpreter/CompilerInternal.h"
#include "interpreter/InstructionInfo.h"

namespace spindle {

using namespace ast;

static bool isDocstring(const std::vector<Stmt*>& body) {
    if (body.empty()) return false;
    auto* stmt = dynCast<ExprStmt>(body[0]);
    if (!stmt) return false;
    auto* literal = dynCast<ast::Constant>(stmt->value);
    return literal && literal->constKind == ConstantKind::Str;
}

void Compiler::compileBody(const std::vector<Stmt*>& body, size_t first) {
    // Statements all start at the same stack depth; after a return/raise/jump the
    // following (dead) statements restart from it so their bookkeeping stays sane.
    int base = unit().depth;
    for (size_t i = first; i < body.size(); ++i) {
        if (!unit().reachable) unit().depth = base;
        compileStmt(body[i]);
    }
}

void Compiler::compileStmt(const Stmt* stmt) {
    DepthGuard guard(*this, stmt);
    setLine(stmt->line);
    switch (stmt->kind) {
    case StmtKind::FunctionDef: compileFunctionDef(static_cast<const FunctionDef*>(stmt)); break;
    case StmtKind::ClassDef: compileClassDef(static_cast<const ClassDef*>(stmt)); break;
    case StmtKind::Return: compileReturn(static_cast<const Return*>(stmt)); break;
    case StmtKind::Delete:
        for (const Expr* target : static_cast<const Delete*>(stmt)->targets) compileDelete(target);
        break;
    case StmtKind::Assign: {
        auto* assign = static_cast<const Assign*>(stmt);
        compileExpr(assign->value);
        for (size_t i = 0; i < assign->targets.size(); ++i) {
            if (i + 1 < assign->targets.size()) emit(Opcode::COPY, 1);
            compileStore(assign->targets[i]);
        }
        break;
    }
    case StmtKind::AugAssign: compileAugAssign(static_cast<const AugAssign*>(stmt)); break;
    case StmtKind::AnnAssign: compileAnnAssign(static_cast<const AnnAssign*>(stmt)); break;
    case StmtKind::For: compileFor(static_cast<const For*>(stmt)); break;
    case StmtKind::While: compileWhile(static_cast<const While*>(stmt)); break;
    case StmtKind::If: compileIf(static_cast<const If*>(stmt)); break;
    case StmtKind::With: compileWith(static_cast<const With*>(stmt), 0); break;
    case StmtKind::Raise: compileRaise(static_cast<const Raise*>(stmt)); break;
    case StmtKind::Try: compileTry(static_cast<const Try*>(stmt)); break;
    case StmtKind::Assert: compileAssert(static_cast<const Assert*>(stmt)); break;
    case StmtKind::Import: compileImport(static_cast<const Import*>(stmt)); break;
    case StmtKind::ImportFrom: compileImportFrom(static_cast<const ImportFrom*>(stmt)); break;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass: break;
    case StmtKind::ExprStmt: {
        const Expr* value = static_cast<const ExprStmt*>(stmt)->value;
        if (options_.interactive && unit().scope->kind == ScopeKind::Module) {
            compileExpr(value);
            emit(Opcode::PRINT_EXPR);
        } else if (value->kind == ExprKind::Constant) {
            // A bare literal (a string used as a comment) has no effect.
        } else {
            compileExpr(value);
            emit(Opcode::POP_TOP);
        }
        break;
    }
    case StmtKind::Break: compileBreakContinue(stmt, true); break;
    case StmtKind::Continue: compileBreakContinue(stmt, false); break;
    }
}

// ---------------------------------------------------------------------------
// Functions and classes
// ---------------------------------------------------------------------------
uint32_t Compiler::compileDefaults(const Arguments* args) {
    uint32_t flags = 0;
    if (!args->defaults.empty()) {
        bool allConstant = true;
        for (const Expr* e : args->defaults) allConstant = allConstant && isConstantExpr(e);
        if (allConstant) {
            spindle::Constant::Tuple tuple;
            for (const Expr* e : args->defaults) tuple.items.push_back(constantOf(e));
            emit(Opcode::LOAD_CONST, static_cast<uint32_t>(addConstant(spindle::Constant{std::move(tuple)})));
        } else {
            for (const Expr* e : args->defaults) compileExpr(e);
            emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(args->defaults.size()));
        }
        flags |= 1;
    }
    uint32_t keywordDefaults = 0;
    for (size_t i = 0; i < args->kwonlyArgs.size(); ++i) {
        if (i < args->kwDefaults.size() && args->kwDefaults[i]) {
            emitLoadConstant(spindle::Constant{spindle::Constant::Str{mangle(args->kwonlyArgs[i]->name)}});
            compileExpr(args->kwDefaults[i]);
            ++keywordDefaults;
        }
    }
    if (keywordDefaults > 0) {
        emit(Opcode::BUILD_MAP, keywordDefaults);
        flags |= 2;
    }
    return flags;
}

void Compiler::emitClosure(const Scope* childScope, uint32_t& flags) {
    if (childScope->freevars.empty()) return;
    for (const std::string& name : childScope->freevars) emit(Opcode::LOAD_CLOSURE, static_cast<uint32_t>(cellIndexOf(name)));
    emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(childScope->freevars.size()));
    flags |= 8;
}

void Compiler::makeFunction(const std::shared_ptr<CompiledCode>& code, const Scope* scope, uint32_t flags) {
    emitClosure(scope, flags);
    emit(Opcode::LOAD_CONST, static_cast<uint32_t>(addConstant(spindle::Constant{spindle::Constant::Code(code)})));
    emit(Opcode::MAKE_FUNCTION, flags);
}

uint32_t functionFlags(const Scope* scope) {
    uint32_t flags = 0;
    if (scope->isGenerator) flags |= kCodeGenerator;
    for (const Scope* outer = scope->parent; outer; outer = outer->parent) {
        if (outer->isFunctionLike()) {
            flags |= kCodeNested;
            break;
        }
    }
    return flags;
}

std::shared_ptr<CompiledCode> Compiler::compileFunctionBody(const Scope* scope, const std::string& name, int line,
                                                            const std::vector<Stmt*>* body, const Expr* lambdaBody) {
    const Arguments* args = lambdaBody ? static_cast<const Lambda*>(scope->node)->args
                                       : static_cast<const FunctionDef*>(scope->node)->args;
    pushUnit(scope, name, qualnameFor(name), line, functionFlags(scope));
    CompiledCode& code = *unit().code;
    code.argCount = static_cast<int>(args->posonlyArgs.size() + args->args.size());
    code.posOnlyCount = static_cast<int>(args->posonlyArgs.size());
    code.kwOnlyCount = static_cast<int>(args->kwonlyArgs.size());
    if (args->vararg) code.flags |= kCodeVarArgs;
    if (args->kwarg) code.flags |= kCodeVarKeywords;
    setLine(line);
    // Arguments captured by inner functions move into their cells first.
    for (const std::string& param : scope->parameters) {
        if (scope->lookup(param) == NameScope::Cell) {
            emit(Opcode::LOAD_FAST, static_cast<uint32_t>(unit().localIndex.at(param)));
            emit(Opcode::STORE_DEREF, static_cast<uint32_t>(cellIndexOf(param)));
        }
    }
    if (lambdaBody) {
        compileExpr(lambdaBody);
        emit(Opcode::RETURN_VALUE);
    } else {
        size_t first = 0;
        if (isDocstring(*body)) {
            code.docstring = static_cast<const ast::Constant*>(static_cast<const ExprStmt*>((*body)[0])->value)->strValue;
            code.hasDocstring = true;
            first = 1;
        }
        compileBody(*body, first);
        if (unit().reachable) {
            emitLoadNone();
            emit(Opcode::RETURN_VALUE);
        }
    }
    return popUnit();
}

void Compiler::compileFunctionDef(const FunctionDef* def) {
    for (const Expr* decorator : def->decoratorList) compileExpr(decorator);
    setLine(def->line);
    uint32_t flags = compileDefaults(def->args);
    const Scope* scope = scopes_.scopeOf(def);
    SPINDLE_ASSERT(scope != nullptr);
    int savedLine = line_;
    auto code = compileFunctionBody(scope, def->name, def->line, &def->body, nullptr);
    setLine(savedLine);
    makeFunction(code, scope, flags);
    for (size_t i = 0; i < def->decoratorList.size(); ++i) emit(Opcode::CALL, 1);
    compileName(def->name, NameAction::Store);
}

void Compiler::compileLambda(const Lambda* lambda) {
    uint32_t flags = compileDefaults(lambda->args);
    const Scope* scope = scopes_.scopeOf(lambda);
    SPINDLE_ASSERT(scope != nullptr);
    int savedLine = line_;
    auto code = compileFunctionBody(scope, "<lambda>", lambda->line, nullptr, lambda->body);
    setLine(savedLine);
    makeFunction(code, scope, flags);
}

// class C(bases, **kw): body  →  __build_class__(<body function>, 'C', bases, **kw)
void Compiler::compileClassDef(const ClassDef* cls) {
    for (const Expr* decorator : cls->decoratorList) compileExpr(decorator);
    setLine(cls->line);
    const Scope* scope = scopes_.scopeOf(cls);
    SPINDLE_ASSERT(scope != nullptr);

    pushUnit(scope, cls->name, qualnameFor(cls->name), cls->line, kCodeClassBody | functionFlags(scope));
    CompiledCode& code = *unit().code;
    emit(Opcode::LOAD_NAME, static_cast<uint32_t>(addName("__name__")));
    emit(Opcode::STORE_NAME, static_cast<uint32_t>(addName("__module__")));
    emitLoadConstant(spindle::Constant{spindle::Constant::Str{code.qualname}});
    emit(Opcode::STORE_NAME, static_cast<uint32_t>(addName("__qualname__")));
    size_t first = 0;
    if (isDocstring(cls->body)) {
        auto* literal = static_cast<const ast::Constant*>(static_cast<const ExprStmt*>(cls->body[0])->value);
        code.docstring = literal->strValue;
        code.hasDocstring = true;
        setLine(cls->body[0]->line);
        emitLoadConstant(spindle::Constant{spindle::Constant::Str{literal->strValue}});
        emit(Opcode::STORE_NAME, static_cast<uint32_t>(addName("__doc__")));
        first = 1;
    }
    compileBody(cls->body, first);
    if (unit().reachable) {
        if (scope->needsClassCell) {
            emit(Opcode::LOAD_CLOSURE, static_cast<uint32_t>(cellIndexOf("__class__")));
            emit(Opcode::COPY, 1);
            emit(Opcode::STORE_NAME, static_cast<uint32_t>(addName("__classcell__")));
        } else {
            emitLoadNone();
        }
        emit(Opcode::RETURN_VALUE);
    }
    auto body = popUnit();

    setLine(cls->line);
    emit(Opcode::LOAD_BUILD_CLASS);
    makeFunction(body, scope, 0);
    emitLoadConstant(spindle::Constant{spindle::Constant::Str{cls->name}});
    compileCallArgs(nullptr, cls->bases, cls->keywords, 2);
    for (size_t i = 0; i < cls->decoratorList.size(); ++i) emit(Opcode::CALL, 1);
    compileName(cls->name, NameAction::Store);
}

// ---------------------------------------------------------------------------
// return / break / continue and frame-block unwinding
// ---------------------------------------------------------------------------
void Compiler::unwindBlock(const FrameBlock& block, bool preserveTop) {
    switch (block.kind) {
    case BlockKind::WhileLoop:
    case BlockKind::TryExcept: break;
    case BlockKind::ForLoop:
    case BlockKind::PopValue:
        if (preserveTop) emit(Opcode::SWAP, 2);
        emit(Opcode::POP_TOP);
        break;
    case BlockKind::FinallyTry: {
        int savedLine = line_;
        if (preserveTop) pushBlock(FrameBlock{BlockKind::PopValue, handlerLevel()});
        compileBody(*block.finalBody);
        if (preserveTop) popBlock();
        setLine(savedLine);
        break;
    }
    case BlockKind::FinallyEnd: // prev exc [v]: drop the in-flight exception
        if (preserveTop) emit(Opcode::SWAP, 2);
        emit(Opcode::POP_TOP);
        if (preserveTop) emit(Opcode::SWAP, 2);
        emit(Opcode::POP_EXCEPT);
        break;
    case BlockKind::ExceptHandler:
    case BlockKind::HandlerCleanup:
        if (preserveTop) emit(Opcode::SWAP, 2);
        emit(Opcode::POP_EXCEPT);
        if (block.kind == BlockKind::HandlerCleanup) unbindExceptionName(block.name);
        break;
    case BlockKind::With: { // exit exit_self [v]
        int savedLine = line_;
        setLine(block.line);
        if (preserveTop) {
            emit(Opcode::SWAP, 3); // v exit_self exit
            emit(Opcode::SWAP, 2); // v exit exit_self
        }
        emitWithExitCall();
        setLine(savedLine);
        break;
    }
    }
}

int Compiler::unwindBlocks(bool preserveTop, bool stopAtLoop) {
    CodeUnit& u = unit();
    while (!u.blocks.empty()) {
        FrameBlock block = u.blocks.back();
        if (stopAtLoop && (block.kind == BlockKind::WhileLoop || block.kind == BlockKind::ForLoop))
            return static_cast<int>(u.blocks.size() - 1);
        u.blocks.pop_back();
        u.handlerStack.resize(block.handlerLevel);
        unwindBlock(block, preserveTop);
    }
    return -1;
}

void Compiler::compileReturn(const Return* ret) {
    ScopeKind kind = unit().scope->kind;
    if (kind == ScopeKind::Module || kind == ScopeKind::Class) fail("'return' outside function", ret);
    CodeUnit& u = unit();
    auto savedBlocks = u.blocks;
    auto savedHandlers = u.handlerStack;
    bool preserve = ret->value && !isConstantExpr(ret->value);
    if (preserve) compileExpr(ret->value);
    unwindBlocks(preserve, false);
    setLine(ret->line);
    if (!preserve) {
        if (ret->value) emitLoadConstant(constantOf(ret->value));
        else emitLoadNone();
    }
    emit(Opcode::RETURN_VALUE);
    u.blocks = std::move(savedBlocks);
    u.handlerStack = std::move(savedHandlers);
}

void Compiler::compileBreakContinue(const Stmt* stmt, bool isBreak) {
    CodeUnit& u = unit();
    bool inLoop = false;
    for (const FrameBlock& block : u.blocks)
        if (block.kind == BlockKind::WhileLoop || block.kind == BlockKind::ForLoop) inLoop = true;
    if (!inLoop) fail(isBreak ? "'break' outside loop" : "'continue' not properly in loop", stmt);
    auto savedBlocks = u.blocks;
    auto savedHandlers = u.handlerStack;
    int loopIndex = unwindBlocks(false, true);
    SPINDLE_ASSERT(loopIndex >= 0);
    FrameBlock loop = u.blocks[loopIndex];
    setLine(stmt->line);
    if (isBreak) {
        u.handlerStack.resize(loop.handlerLevel);
        unwindBlock(loop, false);
        emitJump(Opcode::JUMP, loop.breakTarget);
    } else {
        emitJump(Opcode::JUMP_BACKWARD, loop.continueTarget);
    }
    u.blocks = std::move(savedBlocks);
    u.handlerStack = std::move(savedHandlers);
}

// ---------------------------------------------------------------------------
// Loops and conditionals
// ---------------------------------------------------------------------------
static bool isConstantTrue(const Expr* test) {
    auto* literal = dynCast<ast::Constant>(test);
    if (!literal) return false;
    switch (literal->constKind) {
    case ConstantKind::True:
    case ConstantKind::Ellipsis: return true;
    case ConstantKind::Int: return !literal->intFits || literal->intValue != 0;
    case ConstantKind::Str:
    case ConstantKind::Bytes: return !literal->strValue.empty();
    default: return false;
    }
}

// top: <test> POP_JUMP_IF_FALSE orelse; body; JUMP_BACKWARD top; orelse: ...; end:
void Compiler::compileWhile(const While* loop) {
    Label top = newLabel(), orelse = newLabel(), end = newLabel();
    bind(top);
    if (!isConstantTrue(loop->test)) compileJumpIf(loop->test, false, orelse);
    pushBlock(FrameBlock{BlockKind::WhileLoop, handlerLevel(), top, end});
    compileBody(loop->body);
    popBlock();
    setLine(loop->line);
    if (unit().reachable) emitJump(Opcode::JUMP_BACKWARD, top);
    bind(orelse);
    compileBody(loop->orelse);
    bind(end);
}

// <iter> GET_ITER; top: FOR_ITER exit; <store target>; body; JUMP_BACKWARD top;
// exit: orelse; end:   (the iterator stays on the stack during the body)
void Compiler::compileFor(const For* loop) {
    Label top = newLabel(), exit = newLabel(), end = newLabel();
    compileExpr(loop->iter);
    setLine(loop->line);
    emit(Opcode::GET_ITER);
    bind(top);
    emitJump(Opcode::FOR_ITER, exit);
    compileStore(loop->target);
    pushBlock(FrameBlock{BlockKind::ForLoop, handlerLevel(), top, end});
    compileBody(loop->body);
    popBlock();
    setLine(loop->line);
    if (unit().reachable) emitJump(Opcode::JUMP_BACKWARD, top);
    bind(exit);
    compileBody(loop->orelse);
    bind(end);
}

void Compiler::compileIf(const If* branch) {
    Label orelse = newLabel(), end = newLabel();
    compileJumpIf(branch->test, false, branch->orelse.empty() ? end : orelse);
    compileBody(branch->body);
    if (!branch->orelse.empty()) {
        if (unit().reachable) emitJump(Opcode::JUMP, end);
        bind(orelse);
        compileBody(branch->orelse);
    }
    bind(end);
}

// ---------------------------------------------------------------------------
// Imports
// ---------------------------------------------------------------------------
void Compiler::compileImport(const Import* import) {
    for (const Alias* alias : import->names) {
        setLine(alias->line ? alias->line : import->line);
        emitSmallInt(0);
        emitLoadNone();
        emit(Opcode::IMPORT_NAME, static_cast<uint32_t>(addName(alias->name)));
        if (!alias->asname.empty()) {
            // import a.b.c as d: IMPORT_NAME returns the top package `a`; walk to c.
            size_t dot = alias->name.find('.');
            while (dot != std::string::npos) {
                size_t next = alias->name.find('.', dot + 1);
                std::string part = alias->name.substr(dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1);
                emit(Opcode::LOAD_ATTR, static_cast<uint32_t>(addName(part)));
                dot = next;
            }
            compileName(alias->asname, NameAction::Store);
        } else {
            compileName(alias->name.substr(0, alias->name.find('.')), NameAction::Store);
        }
    }
}

void Compiler::compileImportFrom(const ImportFrom* import) {
    emitSmallInt(import->level);
    spindle::Constant::Tuple fromList;
    for (const Alias* alias : import->names) fromList.items.push_back(spindle::Constant{spindle::Constant::Str{alias->name}});
    emit(Opcode::LOAD_CONST, static_cast<uint32_t>(addConstant(spindle::Constant{std::move(fromList)})));
    emit(Opcode::IMPORT_NAME, static_cast<uint32_t>(addName(import->module)));
    if (import->names.size() == 1 && import->names[0]->name == "*") {
        emit(Opcode::IMPORT_STAR);
        return;
    }
    for (const Alias* alias : import->names) {
        emit(Opcode::IMPORT_FROM, static_cast<uint32_t>(addName(alias->name)));
        compileName(alias->asname.empty() ? alias->name : alias->asname, NameAction::Store);
    }
    emit(Opcode::POP_TOP);
}

// ---------------------------------------------------------------------------
// Assignment targets
// ---------------------------------------------------------------------------
void Compiler::compileStore(const Expr* target) {
    DepthGuard guard(*this, target);
    switch (target->kind) {
    case ExprKind::Name: compileName(static_cast<const Name*>(target)->id, NameAction::Store); break;
    case ExprKind::Attribute: {
        auto* attr = static_cast<const Attribute*>(target);
        compileExpr(attr->value);
        setLine(attr->line);
        emit(Opcode::STORE_ATTR, static_cast<uint32_t>(addName(mangle(attr->attr))));
        break;
    }
    case ExprKind::Subscript: {
        auto* sub = static_cast<const Subscript*>(target);
        compileExpr(sub->value);
        compileSubscriptKey(sub->slice);
        setLine(sub->line);
        emit(Opcode::STORE_SUBSCR);
        break;
    }
    case ExprKind::Tuple: compileUnpack(target, static_cast<const Tuple*>(target)->elts); break;
    case ExprKind::List: compileUnpack(target, static_cast<const List*>(target)->elts); break;
    case ExprKind::Starred: fail("starred assignment target must be in a list or tuple", target);
    default: fail(std::string("cannot assign to ") + expressionDescription(target), target);
    }
}

void Compiler::compileUnpack(const Expr* target, const std::vector<Expr*>& elts) {
    size_t starIndex = elts.size();
    for (size_t i = 0; i < elts.size(); ++i) {
        if (elts[i]->kind == ExprKind::Starred) {
            if (starIndex != elts.size()) fail("multiple starred expressions in assignment", target);
            starIndex = i;
        }
    }
    setLine(target->line);
    if (starIndex == elts.size()) {
        emit(Opcode::UNPACK_SEQUENCE, static_cast<uint32_t>(elts.size()));
    } else {
        size_t after = elts.size() - starIndex - 1;
        if (starIndex >= (1u << 8) || after >= (1u << 16)) fail("too many expressions in star-unpacking assignment", target);
        emit(Opcode::UNPACK_EX, static_cast<uint32_t>(starIndex | (after << 8)));
    }
    for (const Expr* elt : elts) {
        if (elt->kind == ExprKind::Starred) compileStore(static_cast<const Starred*>(elt)->value);
        else compileStore(elt);
    }
}

void Compiler::compileDelete(const Expr* target) {
    DepthGuard guard(*this, target);
    switch (target->kind) {
    case ExprKind::Name: compileName(static_cast<const Name*>(target)->id, NameAction::Delete); break;
    case ExprKind::Attribute: {
        auto* attr = static_cast<const Attribute*>(target);
        compileExpr(attr->value);
        setLine(attr->line);
        emit(Opcode::DELETE_ATTR, static_cast<uint32_t>(addName(mangle(attr->attr))));
        break;
    }
    case ExprKind::Subscript: {
        auto* sub = static_cast<const Subscript*>(target);
        compileExpr(sub->value);
        compileSubscriptKey(sub->slice);
        setLine(sub->line);
        emit(Opcode::DELETE_SUBSCR);
        break;
    }
    case ExprKind::Tuple:
        for (const Expr* elt : static_cast<const Tuple*>(target)->elts) compileDelete(elt);
        break;
    case ExprKind::List:
        for (const Expr* elt : static_cast<const List*>(target)->elts) compileDelete(elt);
        break;
    default: fail(std::string("cannot delete ") + expressionDescription(target), target);
    }
}

static BinaryOperator binaryOperatorOf(BinOpKind op);

// x op= v evaluates the target's object and key once: names load/store directly,
// attributes keep the object (COPY 1), subscripts keep object and key (COPY 2 x2).
void Compiler::compileAugAssign(const AugAssign* aug) {
    Opcode op = inplaceOpcode(binaryOperatorOf(aug->op));
    switch (aug->target->kind) {
    case ExprKind::Name: {
        auto* name = static_cast<const Name*>(aug->target);
        compileName(name->id, NameAction::Load);
        compileExpr(aug->value);
        setLine(aug->line);
        emit(op);
        compileName(name->id, NameAction::Store);
        break;
    }
    case ExprKind::Attribute: {
        auto* attr = static_cast<const Attribute*>(aug->target);
        uint32_t nameIndex = static_cast<uint32_t>(addName(mangle(attr->attr)));
        compileExpr(attr->value);      // o
        emit(Opcode::COPY, 1);         // o o
        setLine(attr->line);
        emit(Opcode::LOAD_ATTR, nameIndex); // o o.a
        compileExpr(aug->value);       // o o.a v
        setLine(aug->line);
        emit(op);                      // o r
        emit(Opcode::SWAP, 2);         // r o
        emit(Opcode::STORE_ATTR, nameIndex);
        break;
    }
    case ExprKind::Subscript: {
        auto* sub = static_cast<const Subscript*>(aug->target);
        compileExpr(sub->value);
        compileSubscriptKey(sub->slice); // c k
        emit(Opcode::COPY, 2);
        emit(Opcode::COPY, 2);           // c k c k
        setLine(sub->line);
        emit(Opcode::BINARY_SUBSCR);     // c k x
        compileExpr(aug->value);
        setLine(aug->line);
        emit(op);                        // c k r
        emit(Opcode::SWAP, 3);           // r k c
        emit(Opcode::SWAP, 2);           // r c k
        emit(Opcode::STORE_SUBSCR);
        break;
    }
    default:
        fail(std::string("'") + expressionDescription(aug->target) + "' is an illegal expression for augmented assignment",
             aug->target);
    }
}

// Annotations are not evaluated (Spindle keeps no __annotations__); a value is
// assigned, and a bare `obj.attr: T` / `obj[k]: T` still evaluates obj (and k).
void Compiler::compileAnnAssign(const AnnAssign* ann) {
    if (ann->value) {
        compileExpr(ann->value);
        compileStore(ann->target);
        return;
    }
    if (auto* attr = dynCast<Attribute>(ann->target)) {
        compileExpr(attr->value);
        emit(Opcode::POP_TOP);
    } else if (auto* sub = dynCast<Subscript>(ann->target)) {
        compileExpr(sub->value);
        emit(Opcode::POP_TOP);
        compileSubscriptKey(sub->slice);
        emit(Opcode::POP_TOP);
    }
}

static BinaryOperator binaryOperatorOf(BinOpKind op) {
    switch (op) {
    case BinOpKind::Add: return BinaryOperator::ADD;
    case BinOpKind::Sub: return BinaryOperator::SUBTRACT;
    case BinOpKind::Mult: return BinaryOperator::MULTIPLY;
    case BinOpKind::MatMult: return BinaryOperator::MATRIX_MULTIPLY;
    case BinOpKind::Div: return BinaryOperator::TRUE_DIVIDE;
    case BinOpKind::Mod: return BinaryOperator::MODULO;
    case BinOpKind::Pow: return BinaryOperator::POWER;
    case BinOpKind::LShift: return BinaryOperator::LSHIFT;
    case BinOpKind::RShift: return BinaryOperator::RSHIFT;
    case BinOpKind::BitOr: return BinaryOperator::OR;
    case BinOpKind::BitXor: return BinaryOperator::XOR;
    case BinOpKind::BitAnd: return BinaryOperator::AND;
    case BinOpKind::FloorDiv: return BinaryOperator::FLOOR_DIVIDE;
    }
    SPINDLE_UNREACHABLE();
}

BinaryOperator binaryOperatorForAst(BinOpKind op) { return binaryOperatorOf(op); }

} // namespace spindle
