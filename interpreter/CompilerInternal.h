// CompilerInternal.h — the compiler's private state, shared by Compiler.cpp
// (code units, emission, labels, exception table, maxStack), CompileStmt.cpp and
// CompileExpr.cpp. Not part of any public API.
#pragma once

#include "interpreter/Compiler.h"
#include "interpreter/Scope.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace spindle {

struct Label {
    int id = -1;
};

// A construct that `return`, `break` and `continue` must clean up when they jump
// out of it (CPython's "frame blocks"). handlerLevel is the size of the handler
// stack outside the construct: cleanup code emitted while unwinding runs under
// the handlers that enclose the construct, not under the construct's own.
enum class BlockKind : uint8_t {
    WhileLoop,      // nothing on the stack
    ForLoop,        // the iterator is on the stack
    TryExcept,      // the body of try/except: nothing to undo but the handler
    FinallyTry,     // the body of try/finally: run the finally body inline
    FinallyEnd,     // the exceptional copy of a finally body: `prev exc` on the stack
    ExceptHandler,  // an except body: `prev` on the stack
    HandlerCleanup, // an `except E as name` body: `prev` on the stack, unbind name after
    With,           // a with body: the bound __exit__ on the stack
    PopValue,       // a value kept on the stack (a return value during an inline finally)
};

struct FrameBlock {
    BlockKind kind;
    int handlerLevel = 0;
    Label continueTarget; // loops
    Label breakTarget;    // loops
    const std::vector<ast::Stmt*>* finalBody = nullptr; // FinallyTry
    std::string name;     // HandlerCleanup: the bound exception name
    int line = 0;         // With: the line of the `with` (for the __exit__ call)
};

// One code object under construction.
struct CodeUnit {
    std::shared_ptr<CompiledCode> code;
    const Scope* scope = nullptr;
    std::string privateName; // enclosing class name, for name mangling

    // Labels: bound position (word index) and the stack depth expected there.
    std::vector<int> labelPosition;
    std::vector<int> labelDepth;
    std::vector<std::pair<size_t, int>> fixups; // (word index of a jump, label id)

    // Exception handling: handlers[i] = (target label, stack depth to unwind to);
    // handlerStack holds the active ones, innermost last; every emitted word records
    // the innermost active handler, and runs of equal handlers become table rows.
    struct Handler {
        Label target;
        int depth;
    };
    std::vector<Handler> handlers;
    std::vector<int> handlerStack;
    std::vector<int> handlerOfWord;

    std::vector<FrameBlock> blocks;

    // Emission-time stack depth tracking (exact for reachable code; the final
    // flow analysis of computeMaxStack checks it).
    int depth = 0;
    bool reachable = true;

    std::unordered_map<std::string, int> constantIndex;
    std::unordered_map<std::string, int> nameIndex;
    std::unordered_map<std::string, int> localIndex;
    std::unordered_map<std::string, int> cellIndex; // cellvars then freevars
};

class Compiler {
public:
    Compiler(const ast::Module& module, const ScopeTable& scopes, const CompileOptions& options);
    std::shared_ptr<CompiledCode> compileTop();

    // ---- errors --------------------------------------------------------------
    template <class Node>
    [[noreturn]] void fail(const std::string& message, const Node* node) {
        failAt(message, node->line, node->col, node->endLine, node->endCol);
    }
    [[noreturn]] void failAt(const std::string& message, int line, int col, int endLine, int endCol);

private:
    friend struct DepthGuard;
    // ---- units (Compiler.cpp) ------------------------------------------------
    CodeUnit& unit() { return *units_.back(); }
    void pushUnit(const Scope* scope, std::string name, std::string qualname, int firstLine, uint32_t flags);
    std::shared_ptr<CompiledCode> popUnit();
    std::string qualnameFor(const std::string& name) const;

    // ---- emission (Compiler.cpp) ----------------------------------------------
    void emit(Opcode op, uint32_t arg = 0);
    void emitJump(Opcode op, Label target);
    Label newLabel();
    void bind(Label label);
    void bindHandler(Label label, int depth); // an exception handler's entry
    void pushHandler(Label target, int depth);
    void popHandler();
    int handlerLevel() const { return static_cast<int>(units_.back()->handlerStack.size()); }
    void setLine(int line) { line_ = line; }

    int addConstant(const Constant& constant);
    int addName(const std::string& name);
    int cellIndexOf(const std::string& name);
    void emitLoadConstant(const Constant& constant);
    void emitLoadNone() { emitLoadConstant(Constant{Constant::None{}}); }
    void emitSmallInt(int64_t value);

    void finishCode(CodeUnit& unit);
    void computeMaxStack(CompiledCode& code);

    // ---- names (CompileExpr.cpp) ----------------------------------------------
    enum class NameAction { Load, Store, Delete };
    std::string mangle(const std::string& name) const { return mangleName(units_.back()->privateName, name); }
    void compileName(const std::string& name, NameAction action);

    // ---- statements (CompileStmt.cpp) ----------------------------------------
    void compileBody(const std::vector<ast::Stmt*>& body, size_t first = 0);
    void compileStmt(const ast::Stmt* stmt);
    void compileFunctionDef(const ast::FunctionDef* def);
    void compileClassDef(const ast::ClassDef* cls);
    void compileReturn(const ast::Return* ret);
    void compileBreakContinue(const ast::Stmt* stmt, bool isBreak);
    void compileFor(const ast::For* loop);
    void compileWhile(const ast::While* loop);
    void compileIf(const ast::If* branch);
    void compileWith(const ast::With* with, size_t item);
    void emitWithExitCall(); // exit exit_self -> : exit(None, None, None)
    void compileTry(const ast::Try* tryStmt);
    void compileTryExcept(const ast::Try* tryStmt);
    void compileTryFinally(const ast::Try* tryStmt);
    void compileImport(const ast::Import* import);
    void compileImportFrom(const ast::ImportFrom* import);
    void compileAugAssign(const ast::AugAssign* aug);
    void compileAnnAssign(const ast::AnnAssign* ann);
    void compileAssert(const ast::Assert* assert);
    void compileRaise(const ast::Raise* raise);
    void compileDelete(const ast::Expr* target);
    void compileStore(const ast::Expr* target);
    void compileUnpack(const ast::Expr* target, const std::vector<ast::Expr*>& elts);
    void unbindExceptionName(const std::string& name);

    void pushBlock(FrameBlock block) { unit().blocks.push_back(std::move(block)); }
    void popBlock() { unit().blocks.pop_back(); }
    // Emits the cleanup of every frame block out to the innermost loop (when
    // stopAtLoop) or out of the function; returns the loop's index or -1.
    int unwindBlocks(bool preserveTop, bool stopAtLoop);
    void unwindBlock(const FrameBlock& block, bool preserveTop);

    // Function-like bodies
    std::shared_ptr<CompiledCode> compileFunctionBody(const Scope* scope, const std::string& name, int line,
                                                      const std::vector<ast::Stmt*>* body, const ast::Expr* lambdaBody);
    void makeFunction(const std::shared_ptr<CompiledCode>& code, const Scope* scope, uint32_t flags);
    void emitClosure(const Scope* childScope, uint32_t& flags);
    uint32_t compileDefaults(const ast::Arguments* args);

    // ---- expressions (CompileExpr.cpp) ----------------------------------------
    void compileExpr(const ast::Expr* expr);
    void compileExprInner(const ast::Expr* expr);
    void compileJumpIf(const ast::Expr* expr, bool jumpWhenTrue, Label target);
    void compileBoolOp(const ast::BoolOp* op);
    void compileCompare(const ast::Compare* cmp);
    void compileCompareOp(ast::CmpOpKind op);
    void compileCall(const ast::Call* call);
    void compileCallArgs(const ast::Expr* where, const std::vector<ast::Expr*>& args,
                         const std::vector<ast::Keyword*>& keywords, int prefixCount);
    void compileSequence(const ast::Expr* node, const std::vector<ast::Expr*>& elts, ast::ExprKind kind);
    void compileDict(const ast::Dict* dict);
    void compileJoinedStr(const ast::JoinedStr* str);
    void compileFormattedValue(const ast::FormattedValue* value);
    void compileComprehension(const ast::Expr* node, const std::vector<ast::Comprehension*>& generators,
                              const ast::Expr* elt, const ast::Expr* value);
    void compileComprehensionLoop(const ast::Expr* node, const std::vector<ast::Comprehension*>& generators,
                                  size_t index, const ast::Expr* elt, const ast::Expr* value);
    void compileSubscriptKey(const ast::Expr* slice);
    void compileLambda(const ast::Lambda* lambda);
    bool isConstantExpr(const ast::Expr* expr) const;
    Constant constantOf(const ast::Expr* expr);
    Constant constantOfLiteral(const ast::Constant* literal, bool negate);
    void checkKeywords(const std::vector<ast::Keyword*>& keywords);

    const ast::Module& module_;
    const ScopeTable& scopes_;
    CompileOptions options_;
    std::vector<std::unique_ptr<CodeUnit>> units_;
    int line_ = 1;
    int nesting_ = 0; // recursion depth of compileExpr/compileStmt

public:
    // Counts compile recursion; throws a SourceError instead of overflowing.
    struct DepthGuard {
        Compiler& compiler;
        template <class Node>
        DepthGuard(Compiler& c, const Node* node) : compiler(c) {
            if (++compiler.nesting_ > kMaxCompileNesting)
                compiler.fail("too many nested expressions or statements", node);
        }
        ~DepthGuard() { --compiler.nesting_; }
    };
    static constexpr int kMaxCompileNesting = 1000;
};

BinaryOperator binaryOperatorForAst(ast::BinOpKind op);

// kCodeGenerator / kCodeNested as the scope requires.
uint32_t functionFlags(const Scope* scope);

// Python's name for an expression kind in "cannot assign to ..." messages.
const char* expressionDescription(const ast::Expr* expr);

} // namespace spindle
