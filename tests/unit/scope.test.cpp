// Scope analysis tests: how names are classified in many snippets, and every
// scoping SyntaxError with CPython 3.11's message and line.
#include "interpreter/Parser.h"
#include "interpreter/Scope.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace spindle;

namespace {

struct Analysis {
    ast::Module module;
    std::unique_ptr<ScopeTable> table;
};

Analysis analyze(const char* source) {
    Analysis result;
    result.module = parseModule(source, "t.py");
    result.table = analyzeScopes(result.module);
    return result;
}

// Finds a scope by a dotted path of scope names from the module: "f.g", "C.m".
const Scope& scopeAt(const Analysis& analysis, const std::string& path) {
    const Scope* scope = &analysis.table->moduleScope();
    size_t start = 0;
    while (start < path.size()) {
        size_t dot = path.find('.', start);
        std::string part = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        const Scope* next = nullptr;
        for (const auto& child : scope->children)
            if (child->name == part && !next) next = child.get();
        REQUIRE_MESSAGE(next != nullptr, "no scope " << part << " in " << path);
        scope = next;
        start = dot == std::string::npos ? path.size() : dot + 1;
    }
    return *scope;
}

SourceError scopeError(const char* source) {
    try {
        analyze(source);
    } catch (const SourceError& error) {
        return error;
    }
    FAIL("expected a SyntaxError for: " << source);
    return {};
}

using V = std::vector<std::string>;

} // namespace

TEST_SUITE("scope") {

TEST_CASE("function locals, globals and parameters") {
    auto a = analyze("g = 1\ndef f(a, b=1, *c, d, **e):\n    x = a\n    return g + x + len(c)\n");
    const Scope& f = scopeAt(a, "f");
    CHECK(f.kind == ScopeKind::Function);
    CHECK(f.lookup("a") == NameScope::Local);
    CHECK(f.lookup("x") == NameScope::Local);
    CHECK(f.lookup("g") == NameScope::GlobalImplicit);
    CHECK(f.lookup("len") == NameScope::GlobalImplicit);
    CHECK(f.parameters == V{"a", "b", "d", "c", "e"});
    CHECK(f.varnames == V{"a", "b", "d", "c", "e", "x"});
    CHECK(a.table->moduleScope().lookup("g") == NameScope::Local);
    CHECK(a.table->moduleScope().lookup("f") == NameScope::Local);
}

TEST_CASE("explicit global and implicit global after del") {
    auto a = analyze("def f():\n    global x\n    x = 1\n    del y\n");
    const Scope& f = scopeAt(a, "f");
    CHECK(f.lookup("x") == NameScope::GlobalExplicit);
    CHECK(f.lookup("y") == NameScope::Local); // del binds
    CHECK(f.varnames == V{"y"});
}

TEST_CASE("closures: cell in the outer function, free in the inner one") {
    auto a = analyze("def outer(p):\n    v = 1\n    def inner():\n        return v + p + w\n    w = 2\n    return inner\n");
    const Scope& outer = scopeAt(a, "outer");
    const Scope& inner = scopeAt(a, "outer.inner");
    CHECK(outer.lookup("v") == NameScope::Cell);
    CHECK(outer.lookup("p") == NameScope::Cell);
    CHECK(outer.lookup("w") == NameScope::Cell);
    CHECK(outer.lookup("inner") == NameScope::Local);
    CHECK(outer.cellvars == V{"p", "v", "w"});
    CHECK(outer.varnames == V{"p", "inner"}); // parameters stay in varnames even as cells
    CHECK(inner.lookup("v") == NameScope::Free);
    CHECK(inner.freevars == V{"p", "v", "w"});
}

TEST_CASE("nonlocal and pass-through free variables") {
    auto a = analyze(
        "def a():\n    x = 0\n    def b():\n        def c():\n            nonlocal x\n            x += 1\n        return c\n"
        "    return b\n");
    CHECK(scopeAt(a, "a").lookup("x") == NameScope::Cell);
    // b does not mention x but must carry it from a to c.
    CHECK(scopeAt(a, "a.b").lookup("x") == NameScope::Free);
    CHECK(scopeAt(a, "a.b").freevars == V{"x"});
    CHECK(scopeAt(a, "a.b.c").lookup("x") == NameScope::Free);
}

TEST_CASE("a global declaration hides the enclosing binding from inner scopes") {
    auto a = analyze("def f():\n    x = 1\n    def g():\n        global x\n        def h():\n            return x\n");
    CHECK(scopeAt(a, "f").lookup("x") == NameScope::Local);
    CHECK(scopeAt(a, "f.g.h").lookup("x") == NameScope::GlobalImplicit);
}

TEST_CASE("class bodies do not enclose methods") {
    auto a = analyze("def f():\n    y = 1\n    class C:\n        x = 1\n        z = y\n        def m(self):\n"
                     "            return x, y\n    return C\n");
    const Scope& c = scopeAt(a, "f.C");
    const Scope& m = scopeAt(a, "f.C.m");
    CHECK(c.kind == ScopeKind::Class);
    CHECK(c.lookup("x") == NameScope::Local);
    CHECK(c.lookup("y") == NameScope::Free); // read through LOAD_CLASSDEREF
    CHECK(m.lookup("x") == NameScope::GlobalImplicit);
    CHECK(m.lookup("y") == NameScope::Free);
    CHECK(c.freevars == V{"y"});
    CHECK_FALSE(c.needsClassCell);
}

TEST_CASE("a class-level name that a method captures from outside is both local and free") {
    auto a = analyze("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n");
    const Scope& c = scopeAt(a, "f.C");
    CHECK(c.lookup("x") == NameScope::Local);
    CHECK((c.flagsOf("x") & kSymFreeClass) != 0);
    CHECK(c.freevars == V{"x"});
    CHECK(scopeAt(a, "f").lookup("x") == NameScope::Cell);
}

TEST_CASE("super() and __class__ make the implicit class cell") {
    auto a = analyze("class A:\n    def m(self):\n        return super().m()\nclass B:\n    def n(self):\n"
                     "        return __class__\nclass D:\n    def o(self):\n        return 1\n");
    CHECK(scopeAt(a, "A").needsClassCell);
    CHECK(scopeAt(a, "A").cellvars == V{"__class__"});
    CHECK(scopeAt(a, "A.m").lookup("__class__") == NameScope::Free);
    CHECK(scopeAt(a, "A.m").freevars == V{"__class__"});
    CHECK(scopeAt(a, "B").needsClassCell);
    CHECK_FALSE(scopeAt(a, "D").needsClassCell);
    CHECK(scopeAt(a, "D").cellvars.empty());
}

TEST_CASE("comprehensions have their own scope; the first iterable is outside") {
    auto a = analyze("def f(xs):\n    return [x * k for x in xs if x for k in range(x)]\n");
    const Scope& f = scopeAt(a, "f");
    const Scope& comp = scopeAt(a, "f.<listcomp>");
    CHECK(comp.kind == ScopeKind::Comprehension);
    CHECK(comp.parameters == V{".0"});
    CHECK(comp.varnames == V{".0", "x", "k"});
    CHECK(comp.lookup("xs") == NameScope::GlobalImplicit); // never looked up inside
    CHECK(f.lookup("xs") == NameScope::Local);
    CHECK(f.lookup("x") == NameScope::GlobalImplicit);
    CHECK(comp.lookup("range") == NameScope::GlobalImplicit);
}

TEST_CASE("comprehension inside a class sees module names, not class names") {
    auto a = analyze("class C:\n    n = 3\n    v = [n for _ in range(n)]\n");
    CHECK(scopeAt(a, "C.<listcomp>").lookup("n") == NameScope::GlobalImplicit);
    CHECK(scopeAt(a, "C").lookup("range") == NameScope::GlobalImplicit);
}

TEST_CASE("walrus in a comprehension binds in the enclosing function") {
    auto a = analyze("def f(xs):\n    if any((last := x) > 3 for x in xs):\n        return last\n");
    CHECK(scopeAt(a, "f").lookup("last") == NameScope::Cell);
    CHECK(scopeAt(a, "f.<genexpr>").lookup("last") == NameScope::Free);
    CHECK(scopeAt(a, "f.<genexpr>").isGenerator);
    auto m = analyze("[y := 1 for x in 'ab']\n");
    CHECK(m.table->moduleScope().lookup("y") == NameScope::Local);
    CHECK(scopeAt(m, "<listcomp>").lookup("y") == NameScope::GlobalExplicit);
}

TEST_CASE("generators and lambdas") {
    auto a = analyze("def g():\n    yield 1\nh = lambda x: (yield x)\nk = lambda: y\n");
    CHECK(scopeAt(a, "g").isGenerator);
    CHECK(scopeAt(a, "<lambda>").isGenerator);
    CHECK(a.table->moduleScope().children.size() == 3);
    CHECK_FALSE(a.table->moduleScope().children[2]->isGenerator);
}

TEST_CASE("except-as, with-as, for targets, imports and defs bind") {
    auto a = analyze("def f():\n    import os.path\n    from m import a as b\n    for i, (j, *k) in z: pass\n"
                     "    with c as d: pass\n    try: pass\n    except E as e: pass\n    def inner(): pass\n"
                     "    class K: pass\n");
    const Scope& f = scopeAt(a, "f");
    for (const char* name : {"os", "b", "i", "j", "k", "d", "e", "inner", "K"})
        CHECK_MESSAGE(f.lookup(name) == NameScope::Local, name);
    CHECK(f.lookup("z") == NameScope::GlobalImplicit);
    CHECK(f.lookup("E") == NameScope::GlobalImplicit);
}

TEST_CASE("private names are mangled inside classes") {
    auto a = analyze("class C:\n    __x = 1\n    __y__ = 2\n    def m(self, __p):\n        return __p\n");
    CHECK(scopeAt(a, "C").lookup("_C__x") == NameScope::Local);
    CHECK(scopeAt(a, "C").lookup("__y__") == NameScope::Local);
    CHECK(scopeAt(a, "C.m").parameters == V{"self", "_C__p"});
    CHECK(mangleName("_Cls", "__a") == "_Cls__a");
    CHECK(mangleName("___", "__a") == "__a");
    CHECK(mangleName("C", "__a.b") == "__a.b");
}

TEST_CASE("scoping errors") {
    struct Case {
        const char* source;
        const char* message;
        int line;
    };
    const Case cases[] = {
        {"def f(x):\n    global x\n", "name 'x' is parameter and global", 2},
        {"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3},
        {"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3},
        {"def f():\n    def a(): pass\n    global a\n", "name 'a' is assigned to before global declaration", 3},
        {"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2},
        {"nonlocal x\n", "nonlocal declaration not allowed at module level", 1},
        {"def f():\n    x=1\n    def g():\n        print(x)\n        nonlocal x\n",
         "name 'x' is used prior to nonlocal declaration", 5},
        {"def f():\n    x=1\n    def g():\n        x = 2\n        nonlocal x\n",
         "name 'x' is assigned to before nonlocal declaration", 5},
        {"def f(x):\n    nonlocal x\n", "name 'x' is parameter and nonlocal", 2},
        {"def f():\n    x=1\n    def g():\n        global x\n        nonlocal x\n", "name 'x' is nonlocal and global", 4},
        {"class C:\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2},
        {"def f():\n    x: int\n    global x\n", "annotated name 'x' can't be global", 3},
        {"def f():\n    global x\n    x: int = 3\n", "annotated name 'x' can't be global", 3},
        {"[(i := 1) for i in range(3)]\n", "assignment expression cannot rebind comprehension iteration variable 'i'", 1},
        {"class C:\n    [(j := 1) for i in range(3)]\n",
         "assignment expression within a comprehension cannot be used in a class body", 2},
        {"[x for x in (y := [1])]\n", "assignment expression cannot be used in a comprehension iterable expression", 1},
        {"yield 1\n", "'yield' outside function", 1},
        {"class C:\n    yield 1\n", "'yield' outside function", 2},
        {"[(yield 1) for x in y]\n", "'yield' inside list comprehension", 1},
        {"((yield 1) for x in y)\n", "'yield' inside generator expression", 1},
        {"{(yield 1) for x in y}\n", "'yield' inside set comprehension", 1},
        {"{(yield 1): 1 for x in y}\n", "'yield' inside dict comprehension", 1},
        {"def f():\n    from m import *\n", "import * only allowed at module level", 2},
    };
    for (const Case& c : cases) {
        CAPTURE(c.source);
        SourceError error = scopeError(c.source);
        CHECK(error.type == "SyntaxError");
        CHECK(error.message == c.message);
        CHECK(error.line == c.line);
        CHECK(error.filename == "t.py");
    }
}

TEST_CASE("error columns follow CPython") {
    SourceError error = scopeError("def f():\n    x = 1\n    global x\n");
    CHECK(error.col == 5);
    CHECK(error.lineText == "    global x");
    error = scopeError("[(i := 1) for i in range(3)]\n");
    CHECK(error.col == 3);
}

TEST_CASE("allowed declarations that look suspicious") {
    CHECK_NOTHROW(analyze("def f():\n    import a\n    global a\n"));          // CPython 3.11 accepts this
    CHECK_NOTHROW(analyze("def f(a):\n    [a := 1 for x in y]\n"));           // rebinding a parameter
    CHECK_NOTHROW(analyze("def f():\n    global x\n    [x := 1 for y in z]\n"));
    CHECK_NOTHROW(analyze("class C:\n    def f(self):\n        nonlocal __class__\n"));
    CHECK_NOTHROW(analyze("global x\nx = 1\n"));
}

} // TEST_SUITE
