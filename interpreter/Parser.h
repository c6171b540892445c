// Parser.h — source text to AST (interpreter/Ast.h).
//
// A hand-written recursive-descent parser with precedence climbing for binary
// operators, pulling tokens on demand from the Lexer. All functions throw
// spindle::SourceError on bad input (never crash, never recurse unboundedly:
// nesting is limited to ast::kMaxNestingDepth levels and the parser's recursion
// to ast::kMaxParserStackBytes of C stack, so call these on a thread with at
// least 512 KB of stack; the resulting trees are at most ast::kMaxTreeDepth tall
// per expression and ast::kMaxIndentDepth blocks deep).
//
// Errors carry CPython 3.11's type and message; `line`/`col` are 1-based, the
// column counted in characters like SyntaxError.offset; `lineText` is filled.
// A SourceError thrown here never refers to the source after the call returns.
#pragma once

#include "interpreter/Ast.h"
#include "interpreter/SourceError.h"

#include <string>
#include <string_view>

namespace spindle {

// A whole file (`exec` mode). The result owns all nodes.
ast::Module parseModule(std::string_view source, std::string filename);

// A single expression (`eval` mode): result.expression is set, result.body empty.
// Leading/trailing whitespace and newlines are allowed.
ast::Module parseExpression(std::string_view source, std::string filename);

// One interactive input (`single` mode): one simple-statement line or one compound
// statement. When the input may become valid with more lines (EOF inside brackets,
// a triple-quoted string, after `\`, after a block opener `if x:`, or inside an
// unfinished indented block that has not been closed by an empty line), the
// thrown SourceError has `incomplete == true`; the REPL then reads another line.
// A compound statement is complete only when the input ends with an empty line,
// as in CPython's REPL.
ast::Module parseInteractive(std::string_view source, std::string filename);

} // namespace spindle
