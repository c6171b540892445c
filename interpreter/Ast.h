// Ast.h — the abstract syntax tree produced by the parser (interpreter/Parser.h).
//
// Layout
// ------
// * Everything lives in namespace spindle::ast (so `ast::Name`, `ast::Call`, ...
//   never collide with runtime types of the same name).
// * The tree mirrors CPython 3.11's `ast` module (minus async/await/match/type
//   params), with the same node and field names in camelCase, so `python3 -c
//   "import ast; print(ast.dump(ast.parse(src)))"` documents what to expect.
// * Two node families: `Expr` and `Stmt`. Each concrete node is a struct deriving
//   from one of them, tagged by `kind`. Each concrete struct has a static `kKind`
//   so you can write `if (auto* call = ast::dynCast<ast::Call>(e)) ...` or
//   `auto* call = ast::cast<ast::Call>(e)` (asserts), or switch on `e->kind` and
//   `static_cast`.
// * Helper records that are neither Expr nor Stmt (Arg, Arguments, Keyword,
//   Comprehension, ExceptHandler, Alias, WithItem) are plain structs.
// * All nodes are allocated from the `Arena` owned by the `Module` that the parser
//   returns; node pointers stay valid as long as that Module lives (moving the
//   Module keeps them valid too). Never delete a node. Child lists are
//   std::vector of pointers; optional children are nullptr.
// * Positions follow CPython's AST: `line`/`endLine` 1-based, `col`/`endCol`
//   0-based UTF-8 byte offsets into the line (endCol exclusive). Note that
//   SourceError (the error type) uses a 1-based column like SyntaxError.offset.
// * Depth bound: the parser refuses input nested deeper than kMaxNestingDepth
//   expressions/brackets, kMaxIndentDepth blocks, or expression trees taller than
//   kMaxTreeDepth, so a recursive walk over the tree (compiler, scope analysis,
//   dumper) is safe on a normal C++ stack as long as each level uses a modest frame.
//
// Literals are `Constant` nodes (see ConstantKind): an int keeps its source text,
// its digits/base for big-number conversion, and its int64 value when it fits; a
// float is a double; str is decoded UTF-8; bytes are raw bytes in std::string.
// Adjacent string literals are already concatenated; an f-string (or a
// concatenation containing one) is a `JoinedStr` whose `values` are Constant(str)
// and FormattedValue nodes.
#pragma once

#include "runtime/Common.h"

#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace spindle::ast {

// Deepest bracket / expression nesting the parser accepts (CPython's tokenizer
// limit for brackets is 200 as well). Deeper input is a SyntaxError.
inline constexpr int kMaxNestingDepth = 200;
// C stack the parser may use for recursion (measured from its entry point).
// Past it, input is refused like too deep nesting, whatever the build type:
// Release builds reach kMaxNestingDepth first, Debug builds (bigger frames)
// may stop earlier. Parse on a thread with at least twice this much stack.
inline constexpr size_t kMaxParserStackBytes = 256 * 1024 * kStackScale;
// Deepest block (indentation) nesting, as CPython's tokenizer MAXINDENT.
inline constexpr int kMaxIndentDepth = 100;
// Greatest height of one expression tree (`Expr::height`). Long operator chains
// (`a + b + ... `) and trailer chains (`x.a.b...`) build deep left-nested trees
// without nesting in the source, so they are bounded separately. Taller input is
// a SyntaxError, so tree walkers may recurse at most this deep per expression.
inline constexpr int kMaxTreeDepth = 500;

// ---------------------------------------------------------------------------
// Arena: bump allocator that also remembers destructors of non-trivial objects.
// ---------------------------------------------------------------------------
class Arena {
public:
    Arena() = default;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;
    Arena(Arena&& other) noexcept { *this = std::move(other); }
    Arena& operator=(Arena&& other) noexcept {
        if (this != &other) {
            destroyAll();
            blocks_ = std::move(other.blocks_);
            destructors_ = std::move(other.destructors_);
            cursor_ = other.cursor_;
            remaining_ = other.remaining_;
            other.cursor_ = nullptr;
            other.remaining_ = 0;
        }
        return *this;
    }
    ~Arena() { destroyAll(); }

    template <class T, class... Args>
    T* make(Args&&... args) {
        void* memory = allocate(sizeof(T), alignof(T));
        T* object = new (memory) T(std::forward<Args>(args)...);
        if constexpr (!std::is_trivially_destructible_v<T>) {
            destructors_.push_back({object, [](void* p) { static_cast<T*>(p)->~T(); }});
        }
        return object;
    }

    size_t bytesAllocated() const { return blocks_.size() * kBlockSize; }

private:
    static constexpr size_t kBlockSize = 16 * 1024;
    struct Destructor { void* object; void (*destroy)(void*); };

    void* allocate(size_t size, size_t align) {
        size_t padding = (align - reinterpret_cast<uintptr_t>(cursor_) % align) % align;
        if (SPINDLE_UNLIKELY(cursor_ == nullptr || padding + size > remaining_)) {
            size_t blockSize = size + align > kBlockSize ? size + align : kBlockSize;
            blocks_.push_back(std::make_unique<char[]>(blockSize));
            cursor_ = blocks_.back().get();
            remaining_ = blockSize;
            padding = (align - reinterpret_cast<uintptr_t>(cursor_) % align) % align;
        }
        char* result = cursor_ + padding;
        cursor_ = result + size;
        remaining_ -= padding + size;
        return result;
    }
    void destroyAll() {
        for (size_t i = destructors_.size(); i-- > 0;) destructors_[i].destroy(destructors_[i].object);
        destructors_.clear();
        blocks_.clear();
        cursor_ = nullptr;
        remaining_ = 0;
    }

    std::vector<std::unique_ptr<char[]>> blocks_;
    std::vector<Destructor> destructors_;
    char* cursor_ = nullptr;
    size_t remaining_ = 0;
};

// ---------------------------------------------------------------------------
// Operators and contexts
// ---------------------------------------------------------------------------
enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class BinOpKind : uint8_t {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// Python spelling of an operator ("+", "//", "not in", ...), e.g. for error messages.
const char* operatorSymbol(BinOpKind op);
const char* operatorSymbol(UnaryOpKind op);
const char* operatorSymbol(CmpOpKind op);
// CPython's ast class name of an operator ("Add", "NotIn", ...), used by dump().
const char* operatorName(BinOpKind op);
const char* operatorName(UnaryOpKind op);
const char* operatorName(CmpOpKind op);

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------
enum class ExprKind : uint8_t {
    BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp,
    DictComp, GeneratorExp, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr,
    Constant, Attribute, Subscript, Starred, Name, List, Tuple, Slice
};
const char* exprKindName(ExprKind kind); // "BinOp", ...

struct Expr {
    ExprKind kind;
    uint16_t height = 1; // height of this subtree (1 for a leaf), kept by the parser
    int line = 0, col = 0, endLine = 0, endCol = 0;
    explicit Expr(ExprKind k) : kind(k) {}
};

struct Stmt;

// `a and b and c` is one BoolOp with three values (as CPython).
struct BoolOp : Expr {
    static constexpr ExprKind kKind = ExprKind::BoolOp;
    BoolOp() : Expr(kKind) {}
    BoolOpKind op = BoolOpKind::And;
    std::vector<Expr*> values;
};

// `target := value`; target is always a Name (ctx Store).
struct NamedExpr : Expr {
    static constexpr ExprKind kKind = ExprKind::NamedExpr;
    NamedExpr() : Expr(kKind) {}
    Expr* target = nullptr;
    Expr* value = nullptr;
};

struct BinOp : Expr {
    static constexpr ExprKind kKind = ExprKind::BinOp;
    BinOp() : Expr(kKind) {}
    Expr* left = nullptr;
    BinOpKind op = BinOpKind::Add;
    Expr* right = nullptr;
};

struct UnaryOp : Expr {
    static constexpr ExprKind kKind = ExprKind::UnaryOp;
    UnaryOp() : Expr(kKind) {}
    UnaryOpKind op = UnaryOpKind::Not;
    Expr* operand = nullptr;
};

// One formal parameter.
struct Arg {
    std::string name;
    Expr* annotation = nullptr; // kept, never evaluated by Spindle's semantics needs
    int line = 0, col = 0, endLine = 0, endCol = 0;
};

// Parameter list of def / lambda, in CPython's shape:
//   def f(a, /, b, c=1, *args, d, e=2, **kw)
//   posonlyArgs=[a] args=[b, c] defaults=[1] (aligned to the END of posonly+args)
//   vararg=args kwonlyArgs=[d, e] kwDefaults=[nullptr, 2] kwarg=kw
struct Arguments {
    std::vector<Arg*> posonlyArgs;
    std::vector<Arg*> args;
    Arg* vararg = nullptr;
    std::vector<Arg*> kwonlyArgs;
    std::vector<Expr*> kwDefaults; // same length as kwonlyArgs; nullptr = required
    Arg* kwarg = nullptr;
    std::vector<Expr*> defaults;   // defaults of the LAST len(defaults) of posonlyArgs+args
};

struct Lambda : Expr {
    static constexpr ExprKind kKind = ExprKind::Lambda;
    Lambda() : Expr(kKind) {}
    Arguments* args = nullptr; // never null (may be empty)
    Expr* body = nullptr;
};

// `body if test else orelse`
struct IfExp : Expr {
    static constexpr ExprKind kKind = ExprKind::IfExp;
    IfExp() : Expr(kKind) {}
    Expr* test = nullptr;
    Expr* body = nullptr;
    Expr* orelse = nullptr;
};

// {k: v, **m}: keys[i] == nullptr means values[i] is a `**` unpacking.
struct Dict : Expr {
    static constexpr ExprKind kKind = ExprKind::Dict;
    Dict() : Expr(kKind) {}
    std::vector<Expr*> keys;
    std::vector<Expr*> values;
};

// {a, *b} (elements may be Starred)
struct Set : Expr {
    static constexpr ExprKind kKind = ExprKind::Set;
    Set() : Expr(kKind) {}
    std::vector<Expr*> elts;
};

// One `for target in iter if c1 if c2` clause of a comprehension.
struct Comprehension {
    Expr* target = nullptr; // ctx Store
    Expr* iter = nullptr;
    std::vector<Expr*> ifs;
};

struct ListComp : Expr {
    static constexpr ExprKind kKind = ExprKind::ListComp;
    ListComp() : Expr(kKind) {}
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators; // at least one
};

struct SetComp : Expr {
    static constexpr ExprKind kKind = ExprKind::SetComp;
    SetComp() : Expr(kKind) {}
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
};

struct DictComp : Expr {
    static constexpr ExprKind kKind = ExprKind::DictComp;
    DictComp() : Expr(kKind) {}
    Expr* key = nullptr;
    Expr* value = nullptr;
    std::vector<Comprehension*> generators;
};

struct GeneratorExp : Expr {
    static constexpr ExprKind kKind = ExprKind::GeneratorExp;
    GeneratorExp() : Expr(kKind) {}
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
};

// `yield` / `yield value` (value may be a Tuple for `yield a, b`)
struct Yield : Expr {
    static constexpr ExprKind kKind = ExprKind::Yield;
    Yield() : Expr(kKind) {}
    Expr* value = nullptr;
};

struct YieldFrom : Expr {
    static constexpr ExprKind kKind = ExprKind::YieldFrom;
    YieldFrom() : Expr(kKind) {}
    Expr* value = nullptr;
};

// `a < b <= c`: left=a, ops=[Lt, LtE], comparators=[b, c]
struct Compare : Expr {
    static constexpr ExprKind kKind = ExprKind::Compare;
    Compare() : Expr(kKind) {}
    Expr* left = nullptr;
    std::vector<CmpOpKind> ops;
    std::vector<Expr*> comparators;
};

// Keyword argument `name=value`, or `**value` when `arg` is empty.
struct Keyword {
    std::string arg; // empty for **kwargs
    Expr* value = nullptr;
    int line = 0, col = 0, endLine = 0, endCol = 0;
};

// f(a, *b, k=1, **m). Positional `*b` appear in args as Starred. As in CPython,
// keywords come after all positional args in the vectors, but source order may
// interleave `*b` after keywords (`f(k=1, *b)` is legal): evaluation order is
// args first, then keywords, which matches CPython's behaviour.
struct Call : Expr {
    static constexpr ExprKind kKind = ExprKind::Call;
    Call() : Expr(kKind) {}
    Expr* func = nullptr;
    std::vector<Expr*> args;
    std::vector<Keyword*> keywords;
};

// One `{value!conversion:formatSpec}` field of an f-string.
struct FormattedValue : Expr {
    static constexpr ExprKind kKind = ExprKind::FormattedValue;
    FormattedValue() : Expr(kKind) {}
    Expr* value = nullptr;
    char conversion = 0;           // 0 (none), 'r', 's' or 'a'
    Expr* formatSpec = nullptr;    // a JoinedStr, or nullptr when there is no spec
};

// f-string: values are Constant(str) and FormattedValue nodes, in order.
// `f"{x=}"` becomes Constant("x=") followed by FormattedValue(x, 'r') as CPython.
struct JoinedStr : Expr {
    static constexpr ExprKind kKind = ExprKind::JoinedStr;
    JoinedStr() : Expr(kKind) {}
    std::vector<Expr*> values;
};

enum class ConstantKind : uint8_t { None, True, False, Ellipsis, Int, Float, Str, Bytes };

struct Constant : Expr {
    static constexpr ExprKind kKind = ExprKind::Constant;
    Constant() : Expr(kKind) {}
    ConstantKind constKind = ConstantKind::None;
    // Int: sourceText is the literal as written ("0x_FF"); digits is it without
    // prefix and underscores ("FF") in base `intBase` (2, 8, 10 or 16);
    // intFits says whether intValue holds the exact value (else the runtime
    // converts `digits` into a big int).
    std::string sourceText;
    std::string digits;
    int intBase = 10;
    bool intFits = false;
    int64_t intValue = 0;
    double floatValue = 0.0;    // Float
    std::string strValue;       // Str: UTF-8 text; Bytes: raw bytes
};

// value.attr
struct Attribute : Expr {
    static constexpr ExprKind kKind = ExprKind::Attribute;
    Attribute() : Expr(kKind) {}
    Expr* value = nullptr;
    std::string attr;
    ExprContext ctx = ExprContext::Load;
};

// value[slice]; slice is a Slice for `a[1:2]`, a Tuple for `a[1:2, ::3]` or `a[i, j]`.
struct Subscript : Expr {
    static constexpr ExprKind kKind = ExprKind::Subscript;
    Subscript() : Expr(kKind) {}
    Expr* value = nullptr;
    Expr* slice = nullptr;
    ExprContext ctx = ExprContext::Load;
};

// *value in displays, calls and assignment targets
struct Starred : Expr {
    static constexpr ExprKind kKind = ExprKind::Starred;
    Starred() : Expr(kKind) {}
    Expr* value = nullptr;
    ExprContext ctx = ExprContext::Load;
};

struct Name : Expr {
    static constexpr ExprKind kKind = ExprKind::Name;
    Name() : Expr(kKind) {}
    std::string id;
    ExprContext ctx = ExprContext::Load;
};

struct List : Expr {
    static constexpr ExprKind kKind = ExprKind::List;
    List() : Expr(kKind) {}
    std::vector<Expr*> elts;
    ExprContext ctx = ExprContext::Load;
};

struct Tuple : Expr {
    static constexpr ExprKind kKind = ExprKind::Tuple;
    Tuple() : Expr(kKind) {}
    std::vector<Expr*> elts;
    ExprContext ctx = ExprContext::Load;
};

// lower:upper:step inside a subscript; each part may be nullptr.
struct Slice : Expr {
    static constexpr ExprKind kKind = ExprKind::Slice;
    Slice() : Expr(kKind) {}
    Expr* lower = nullptr;
    Expr* upper = nullptr;
    Expr* step = nullptr;
};

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------
enum class StmtKind : uint8_t {
    FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For, While, If,
    With, Raise, Try, Assert, Import, ImportFrom, Global, Nonlocal, ExprStmt, Pass, Break,
    Continue
};
const char* stmtKindName(StmtKind kind); // "FunctionDef", ... ("Expr" for ExprStmt)

struct Stmt {
    StmtKind kind;
    int line = 0, col = 0, endLine = 0, endCol = 0;
    explicit Stmt(StmtKind k) : kind(k) {}
};

// `def name(args) -> returns: body`; line/col are those of `def` (not of the
// first decorator), as in CPython 3.8+.
struct FunctionDef : Stmt {
    static constexpr StmtKind kKind = StmtKind::FunctionDef;
    FunctionDef() : Stmt(kKind) {}
    std::string name;
    Arguments* args = nullptr; // never null
    std::vector<Stmt*> body;
    std::vector<Expr*> decoratorList; // outermost first (source order)
    Expr* returns = nullptr;          // return annotation or nullptr
};

// `class name(bases, keywords): body` (metaclass=M is a keyword)
struct ClassDef : Stmt {
    static constexpr StmtKind kKind = StmtKind::ClassDef;
    ClassDef() : Stmt(kKind) {}
    std::string name;
    std::vector<Expr*> bases;       // may contain Starred
    std::vector<Keyword*> keywords; // may contain ** (empty arg)
    std::vector<Stmt*> body;
    std::vector<Expr*> decoratorList;
};

struct Return : Stmt {
    static constexpr StmtKind kKind = StmtKind::Return;
    Return() : Stmt(kKind) {}
    Expr* value = nullptr;
};

// del a, b[i], c.d   (targets have ctx Del)
struct Delete : Stmt {
    static constexpr StmtKind kKind = StmtKind::Delete;
    Delete() : Stmt(kKind) {}
    std::vector<Expr*> targets;
};

// a = b = value: targets=[a, b] (ctx Store), assigned left to right as CPython.
struct Assign : Stmt {
    static constexpr StmtKind kKind = StmtKind::Assign;
    Assign() : Stmt(kKind) {}
    std::vector<Expr*> targets;
    Expr* value = nullptr;
};

// target op= value; target is a Name, Attribute or Subscript (ctx Store).
struct AugAssign : Stmt {
    static constexpr StmtKind kKind = StmtKind::AugAssign;
    AugAssign() : Stmt(kKind) {}
    Expr* target = nullptr;
    BinOpKind op = BinOpKind::Add;
    Expr* value = nullptr;
};

// target: annotation [= value]. `simple` is true for a bare, unparenthesised Name
// target (CPython stores those in __annotations__; Spindle may ignore it).
struct AnnAssign : Stmt {
    static constexpr StmtKind kKind = StmtKind::AnnAssign;
    AnnAssign() : Stmt(kKind) {}
    Expr* target = nullptr;
    Expr* annotation = nullptr;
    Expr* value = nullptr; // may be nullptr
    bool simple = false;
};

struct For : Stmt {
    static constexpr StmtKind kKind = StmtKind::For;
    For() : Stmt(kKind) {}
    Expr* target = nullptr; // ctx Store (Name, Tuple, List, Attribute, ...)
    Expr* iter = nullptr;
    std::vector<Stmt*> body;
    std::vector<Stmt*> orelse;
};

struct While : Stmt {
    static constexpr StmtKind kKind = StmtKind::While;
    While() : Stmt(kKind) {}
    Expr* test = nullptr;
    std::vector<Stmt*> body;
    std::vector<Stmt*> orelse;
};

// `elif` is a nested If as the sole statement of orelse (as CPython).
struct If : Stmt {
    static constexpr StmtKind kKind = StmtKind::If;
    If() : Stmt(kKind) {}
    Expr* test = nullptr;
    std::vector<Stmt*> body;
    std::vector<Stmt*> orelse;
};

struct WithItem {
    Expr* contextExpr = nullptr;
    Expr* optionalVars = nullptr; // ctx Store, or nullptr without `as`
};

struct With : Stmt {
    static constexpr StmtKind kKind = StmtKind::With;
    With() : Stmt(kKind) {}
    std::vector<WithItem*> items;
    std::vector<Stmt*> body;
};

struct Raise : Stmt {
    static constexpr StmtKind kKind = StmtKind::Raise;
    Raise() : Stmt(kKind) {}
    Expr* exc = nullptr;   // nullptr for bare `raise`
    Expr* cause = nullptr; // `from` clause or nullptr
};

// except [type [as name]]: body
struct ExceptHandler {
    Expr* type = nullptr; // nullptr for bare except
    std::string name;     // empty without `as`
    std::vector<Stmt*> body;
    int line = 0, col = 0, endLine = 0, endCol = 0;
};

struct Try : Stmt {
    static constexpr StmtKind kKind = StmtKind::Try;
    Try() : Stmt(kKind) {}
    std::vector<Stmt*> body;
    std::vector<ExceptHandler*> handlers;
    std::vector<Stmt*> orelse;
    std::vector<Stmt*> finalbody;
};

struct Assert : Stmt {
    static constexpr StmtKind kKind = StmtKind::Assert;
    Assert() : Stmt(kKind) {}
    Expr* test = nullptr;
    Expr* msg = nullptr;
};

// `import a.b.c as d` → Alias{name="a.b.c", asname="d"}; `*` is Alias{name="*"}.
struct Alias {
    std::string name;
    std::string asname; // empty without `as`
    int line = 0, col = 0, endLine = 0, endCol = 0;
};

struct Import : Stmt {
    static constexpr StmtKind kKind = StmtKind::Import;
    Import() : Stmt(kKind) {}
    std::vector<Alias*> names;
};

// from ..pkg.mod import a as b, c   → module="pkg.mod" (empty for `from . import x`), level=2
struct ImportFrom : Stmt {
    static constexpr StmtKind kKind = StmtKind::ImportFrom;
    ImportFrom() : Stmt(kKind) {}
    std::string module;
    std::vector<Alias*> names;
    int level = 0;
};

struct Global : Stmt {
    static constexpr StmtKind kKind = StmtKind::Global;
    Global() : Stmt(kKind) {}
    std::vector<std::string> names;
};

struct Nonlocal : Stmt {
    static constexpr StmtKind kKind = StmtKind::Nonlocal;
    Nonlocal() : Stmt(kKind) {}
    std::vector<std::string> names;
};

// An expression used as a statement (CPython's `Expr` statement node).
struct ExprStmt : Stmt {
    static constexpr StmtKind kKind = StmtKind::ExprStmt;
    ExprStmt() : Stmt(kKind) {}
    Expr* value = nullptr;
};

struct Pass : Stmt {
    static constexpr StmtKind kKind = StmtKind::Pass;
    Pass() : Stmt(kKind) {}
};

struct Break : Stmt {
    static constexpr StmtKind kKind = StmtKind::Break;
    Break() : Stmt(kKind) {}
};

struct Continue : Stmt {
    static constexpr StmtKind kKind = StmtKind::Continue;
    Continue() : Stmt(kKind) {}
};

// ---------------------------------------------------------------------------
// Casting helpers
// ---------------------------------------------------------------------------
template <class T, class Base>
T* dynCast(Base* node) {
    return node != nullptr && node->kind == T::kKind ? static_cast<T*>(node) : nullptr;
}
template <class T, class Base>
const T* dynCast(const Base* node) {
    return node != nullptr && node->kind == T::kKind ? static_cast<const T*>(node) : nullptr;
}
template <class T, class Base>
T* cast(Base* node) {
    SPINDLE_ASSERT(node != nullptr && node->kind == T::kKind);
    return static_cast<T*>(node);
}
template <class T, class Base>
const T* cast(const Base* node) {
    SPINDLE_ASSERT(node != nullptr && node->kind == T::kKind);
    return static_cast<const T*>(node);
}

// ---------------------------------------------------------------------------
// The parse result
// ---------------------------------------------------------------------------
enum class ParseMode : uint8_t {
    File,        // a module: body holds the statements
    Eval,        // a single expression (eval()): `expression` is set, body empty
    Interactive  // one REPL entry: body holds the statement(s) of one input
};

struct Module {
    Arena arena;                    // owns every node below
    ParseMode mode = ParseMode::File;
    std::vector<Stmt*> body;
    Expr* expression = nullptr;     // only for ParseMode::Eval
    std::string filename;
    std::vector<std::string> lines; // source lines without line terminators, for tracebacks

    Module() = default;
    Module(Module&&) noexcept = default;
    Module& operator=(Module&&) noexcept = default;
};

// Compact, deterministic S-expression of a tree, for tests and debugging. Shape:
//   (Module (Assign [(Name x Store)] (BinOp (Constant 1) Add (Constant 2))))
// Names print bare, strings as Python-repr-like quoted text, absent children as `-`.
std::string dump(const Expr* expr);
std::string dump(const Stmt* stmt);
std::string dumpAst(const Module& module);

} // namespace spindle::ast
