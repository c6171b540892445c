// Scope.h — scope analysis (CPython's symtable): decides, for every name used in
// every function, lambda, comprehension, class body and the module, whether it is
// a fast local, a global (declared or implicit), a free variable (received from an
// enclosing function) or a cell (a local captured by an inner scope).
//
// Two passes, as CPython: the collector walks the AST once recording how each name
// is used in each scope (bound, used, declared global/nonlocal, parameter); the
// resolver then walks the scope tree top-down with the set of names bound by the
// enclosing functions and bottom-up with the free names of the children, turning
// captured locals into cells. Python's rules that shape the result:
//   * class bodies do not enclose their methods: a method sees the enclosing
//     function's or the module's names, never the class-level ones;
//   * a method that uses `super` or `__class__` makes `__class__` an implicit cell
//     of the class body (Scope::needsClassCell);
//   * a comprehension is its own function scope whose single parameter `.0` is
//     the iterator of the first iterable, evaluated in the enclosing scope;
//   * the target of `:=` inside a comprehension binds in the nearest enclosing
//     function (or module) scope.
// Errors are SourceErrors of type SyntaxError with CPython 3.11's wording.
#pragma once

#include "interpreter/Ast.h"
#include "interpreter/SourceError.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace spindle {

enum class ScopeKind : uint8_t { Module, Function, Class, Comprehension };

// Where a name lives, seen from one scope.
enum class NameScope : uint8_t {
    Local,          // a fast local (function) or a namespace entry (module, class)
    GlobalImplicit, // not bound here nor by an enclosing function: globals, then builtins
    GlobalExplicit, // declared `global`
    Free,           // bound by an enclosing function: a cell received in the closure
    Cell,           // a local of this function that inner scopes capture
};

const char* nameScopeName(NameScope scope); // "local", "global_implicit", ...

// How a name is used in one scope (bit set, filled by the collector).
enum SymbolFlags : uint32_t {
    kSymAssigned = 1u << 0,  // bound by assignment, for, with, def, class, del, except-as
    kSymParam = 1u << 1,     // a parameter
    kSymGlobal = 1u << 2,    // declared global
    kSymNonlocal = 1u << 3,  // declared nonlocal (or bound by a walrus in a comprehension)
    kSymUsed = 1u << 4,      // read
    kSymImported = 1u << 5,  // bound by import
    kSymAnnotated = 1u << 6, // target of a simple annotated assignment
    kSymCompIter = 1u << 7,  // iteration variable of this comprehension
    kSymFreeClass = 1u << 8, // class-level name that is also passed through as a free var
};
constexpr uint32_t kSymBound = kSymAssigned | kSymParam | kSymImported;

struct Symbol {
    uint32_t flags = 0;
    NameScope scope = NameScope::GlobalImplicit;
};

class Scope {
public:
    ScopeKind kind = ScopeKind::Module;
    std::string name;          // "<module>", "f", "<lambda>", "<listcomp>", "C"
    const void* node = nullptr; // the AST node that opens the scope (nullptr: module)
    int line = 0;
    Scope* parent = nullptr;
    std::vector<std::unique_ptr<Scope>> children; // in source order

    std::unordered_map<std::string, Symbol> symbols;
    std::vector<std::string> symbolOrder; // names in order of first mention

    // Results of the analysis, in the order the compiler lays them out.
    std::vector<std::string> parameters; // posonly, args, kwonly, *args, **kwargs
    std::vector<std::string> varnames;   // parameters, then the other fast locals
    std::vector<std::string> cellvars;   // sorted; "__class__" for a class needing it
    std::vector<std::string> freevars;   // sorted

    bool isGenerator = false;    // contains yield (or is a generator expression)
    bool needsClassCell = false; // class body whose methods use super/__class__
    bool isFunctionLike() const { return kind == ScopeKind::Function || kind == ScopeKind::Comprehension; }

    // Where `name` lives as seen from this scope (names never mentioned: GlobalImplicit).
    NameScope lookup(const std::string& name) const;
    // Flags recorded for `name` (0 if never mentioned).
    uint32_t flagsOf(const std::string& name) const;

    // Internal: record a use or binding (collector).
    Symbol& symbol(const std::string& name);
};

// The analysis of one module. Owns the scope tree.
class ScopeTable {
public:
    const Scope& moduleScope() const { return *module_; }
    // The scope a FunctionDef, ClassDef, Lambda or comprehension node opens.
    const Scope* scopeOf(const void* node) const;

private:
    friend class ScopeBuilder;
    std::unique_ptr<Scope> module_;
    std::unordered_map<const void*, Scope*> byNode_;
};

// Runs both passes. Throws SourceError on a scoping error.
std::unique_ptr<ScopeTable> analyzeScopes(const ast::Module& module);

// Python's private-name mangling: `__x` used inside class `C` becomes `_C__x`.
std::string mangleName(const std::string& className, const std::string& name);

} // namespace spindle
