// Bytecode.h — what the compiler produces: plain C++ data, no GC objects.
//
// The compiler knows nothing of the runtime heap. It emits a tree of CompiledCode
// (one per module, function, lambda, comprehension and class body) whose constants
// are plain C++ values. The VM's loader turns a CompiledCode tree into runtime code
// objects once, materialising each constant as a Value (interning strings, building
// big ints from their text). Keeping the boundary here lets the compiler be tested
// alone (golden disassembly) and lets a future cache store compiled code on disk.
#pragma once

#include "interpreter/Opcodes.h"

#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace spindle {

struct CompiledCode;

// A compile-time constant. Ints that do not fit in int64 keep their decimal text.
struct Constant {
    struct None {};
    struct Ellipsis {};
    struct BigIntText { std::string decimal; };
    struct Str { std::string utf8; };
    struct Bytes { std::string bytes; };
    struct Tuple { std::vector<Constant> items; };
    using Code = std::shared_ptr<const CompiledCode>;

    std::variant<None, Ellipsis, bool, int64_t, BigIntText, double, Str, Bytes, Tuple, Code> value;

    bool operator==(const Constant& other) const;
};

// One row of the exception table. While pc is in [start, end), an exception makes
// the VM pop the value stack down to `depth` items, push the exception (after the
// offending pc, if pushLasti), and jump to `target`. Rows are searched in order,
// so the compiler lists inner ranges before the ranges that enclose them.
struct ExceptionTableEntry {
    uint32_t start;
    uint32_t end;
    uint32_t target;
    uint32_t depth;
    bool pushLasti;
};

enum CodeFlags : uint32_t {
    kCodeVarArgs = 1u << 0,       // has *args
    kCodeVarKeywords = 1u << 1,   // has **kwargs
    kCodeGenerator = 1u << 2,     // contains yield: calling it makes a generator
    kCodeNested = 1u << 3,        // defined inside a function
    kCodeModule = 1u << 4,        // a module's top level
    kCodeClassBody = 1u << 5,     // a class body (names go to a locals dict)
    kCodeComprehension = 1u << 6, // a comprehension's implicit function
};

struct CompiledCode {
    std::string name;     // "f", "<lambda>", "<listcomp>", "<module>"
    std::string qualname; // "outer.<locals>.f"
    std::string filename;
    int firstLine = 1;

    // Signature: varnames starts with posonly+positional args (argCount of them,
    // posOnlyCount of which are positional-only), then kwOnlyCount keyword-only
    // args, then *args if kCodeVarArgs, then **kwargs if kCodeVarKeywords, then
    // the other locals.
    int argCount = 0;
    int posOnlyCount = 0;
    int kwOnlyCount = 0;
    uint32_t flags = 0;

    std::vector<std::string> varnames; // fast locals
    std::vector<std::string> cellvars; // locals captured by inner scopes
    std::vector<std::string> freevars; // captured from enclosing scopes
    std::vector<std::string> names;    // globals, attributes, imported names
    std::vector<Constant> constants;

    std::vector<uint32_t> code;             // instructions and their aux words
    std::vector<int> lines;                 // source line of each word in `code`
    std::vector<ExceptionTableEntry> exceptionTable;
    int maxStack = 0;   // deepest value stack the code can reach
    int cacheCount = 0; // inline cache slots used by aux words

    // The first statement of a module, function or class body when it is a string
    // literal (class bodies also store it as `__doc__` themselves).
    std::string docstring;
    bool hasDocstring = false;

    int localCount() const { return static_cast<int>(varnames.size()); }
};

} // namespace spindle
