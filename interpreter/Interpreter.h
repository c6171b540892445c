// Interpreter.h — running compiled code on a Runtime.
//
// The interpreter component turns the compiler's CompiledCode into runtime code
// objects (loading), binds call arguments into frames, runs the eval loop, and
// formats tracebacks. It installs itself into the runtime (Runtime::interp) so
// that runtime code can call Python functions without depending on it.
#pragma once

#include "interpreter/Bytecode.h"
#include "interpreter/SourceError.h"
#include "runtime/Ops.h"

#include <memory>
#include <string>

namespace spindle {

// Give the runtime its hooks into the interpreter; call once per Runtime.
void installInterpreter(Runtime& rt);

// Materialise a CompiledCode tree as CodeObjects (constants become Values).
CodeObject* loadCode(ThreadState& ts, const std::shared_ptr<const CompiledCode>& compiled);

// Run module-level code with `globals` as its namespace; returns None or raises.
Value runModuleCode(ThreadState& ts, CodeObject* code, DictObject* globals);

// Call a Python function (the hook behind call() for FunctionObjects).
Value callFunction(ThreadState& ts, FunctionObject* fn, Args args);

// Run a class body with `ns` as its namespace; returns its __classcell__ or None.
Value runClassBody(ThreadState& ts, FunctionObject* body, DictObject* ns);

// The local namespace of the Python frame that called the running native
// function (vars(), dir(), locals()): the module's globals, a class body's
// namespace, or a snapshot dict of a function's locals.
DictObject* callerLocals(ThreadState& ts);

// The eval loop: runs `entry` (already pushed as ts.frame, isEntry set) until it
// returns (or, for a generator's frame, yields). Exceptions leave as PyThrow with
// ts.raised set. With `raiseFirst`, the exception in ts.raised is raised at
// entry->pc before anything runs (generator.throw).
Value evalFrame(ThreadState& ts, Frame* entry, bool raiseFirst = false);

// CPython-format traceback text of an exception (with its chained causes).
std::string formatTraceback(ThreadState& ts, Value exception);

// Compile module source into a code object; a syntax error is raised as a
// Python SyntaxError (or IndentationError, TabError).
CodeObject* compileSource(ThreadState& ts, std::string_view source, const std::string& filename);

// The SyntaxError instance for a front-end error, with CPython's attributes
// (msg, filename, lineno, offset, text, end_lineno, end_offset).
ExceptionObject* newSyntaxError(ThreadState& ts, const SourceError& error);

// The lines CPython prints for a syntax error: File/line, the source line with a
// caret under the offending columns, then "SyntaxError: message".
std::string formatSourceError(const SourceError& error);

// Remember source text so tracebacks can show lines (CPython reads them back
// from disk; Spindle keeps what it compiled, which also works for -c and stdin).
void rememberSource(Runtime& rt, const std::string& filename, std::string_view source);

} // namespace spindle
