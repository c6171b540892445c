// SourceError.h — the one exception type the front end (lexer + parser) throws.
//
// It is a plain C++ value, not a Python object: the front end must not depend on
// the runtime. Whoever calls the parser (the VM's compile(), the CLI, the REPL)
// converts it into a Python SyntaxError / IndentationError / TabError instance.
#pragma once

#include "runtime/Common.h"

#include <string>

namespace spindle {

struct SourceError {
    std::string type;      // "SyntaxError" | "IndentationError" | "TabError"
    std::string message;   // CPython 3.11's wording, e.g. "invalid syntax"
    std::string filename;
    int line = 0;          // 1-based; 0 if none
    int col = 0;           // 1-based character column as CPython's SyntaxError.offset; 0 if none
    int endLine = 0;       // 1-based; 0 if unknown
    int endCol = 0;        // 1-based, exclusive; 0 if unknown
    std::string lineText;  // the offending source line without its newline ("" if none)
    // True when the error is only due to the input ending too early: EOF inside
    // brackets or a triple-quoted string, after a backslash continuation, or where
    // an indented block must follow. The REPL uses it to ask for more lines.
    bool incomplete = false;

    // "File ..., line N" style one-liner, for logs and tests; the CLI prints the
    // full CPython layout (line text + caret) itself.
    std::string describe() const {
        std::string out = type + ": " + message;
        if (line > 0) out += " (" + filename + ", line " + std::to_string(line) + ")";
        return out;
    }
};

} // namespace spindle
