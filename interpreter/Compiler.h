// Compiler.h — AST (interpreter/Ast.h) to bytecode (interpreter/Bytecode.h).
//
// One pass per code object over the AST, guided by the scope analysis of
// interpreter/Scope.h. The compiler emits a tree of CompiledCode: the module's
// code holds its functions', classes' and comprehensions' code objects among its
// constants. Exceptions use a zero-cost exception table (CPython 3.11's scheme);
// the stack layout of each construct is documented where it is compiled
// (CompileExceptions.cpp). Compile-time errors are SourceErrors of type SyntaxError with
// CPython's wording and position.
#pragma once

#include "interpreter/Ast.h"
#include "interpreter/Bytecode.h"
#include "interpreter/SourceError.h"

#include <memory>

namespace spindle {

struct CompileOptions {
    // REPL input: expression statements print their value (PRINT_EXPR) instead of
    // discarding it.
    bool interactive = false;
};

// Compiles a parsed module (any ParseMode: a file, one REPL input, or an `eval`
// expression, whose code returns the expression's value).
std::shared_ptr<CompiledCode> compileModule(const ast::Module& module, const CompileOptions& options = {});

} // namespace spindle
