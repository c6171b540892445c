// Tests of the builtins module, open() files and sys. Expected values and
// messages come from CPython 3.11 (python3 -c ...).
#include "runtime/Ops.h"
#include "runtime/ThreadState.h"
#include "stdlib/FileObject.h"
#include "stdlib/Modules.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <deque>
#include <fstream>
#include <initializer_list>
#include <string>
#include <unistd.h>
#include <utility>
#include <vector>

using namespace spindle;

namespace {

// A VM whose output and input are captured in strings.
struct Vm {
    Runtime rt;
    ThreadState ts{rt};
    // Code that blocks gives the interpreter lock up and takes it back: hold it, as a VM's main thread does.
    bool holdsGil = (rt.gil.acquire(&ts, false), true);
    std::string out, err;
    std::deque<std::string> input;

    Vm() {
        rt.hooks.write = [this](int stream, std::string_view text) { (stream == 2 ? err : out) += text; };
        rt.hooks.flush = [](int) {};
        rt.hooks.readLine = [this](std::string& line) {
            if (input.empty()) return false;
            line = input.front();
            input.pop_front();
            return true;
        };
        rt.argv = {"script.py", "arg1"};
        rt.initialize(ts);
        if (!rt.sysModule) {
            rt.sysModule = createSysModule(ts);
            dictSetStr(ts, rt.modules, "sys", Value::object(rt.sysModule));
        }
    }

    Value str(std::string_view s) { return strValue(ts, s); }
    Value list(std::initializer_list<Value> items) {
        ListObject* l = newList(ts);
        for (Value v : items) l->items.push_back(v);
        return Value::object(l);
    }
    Value tuple(std::initializer_list<Value> items) {
        TupleObject* t = newTuple(ts, items.size());
        size_t i = 0;
        for (Value v : items) t->items()[i++] = v;
        return Value::object(t);
    }
    Value builtin(const char* name) {
        Value v = dictGetStr(rt.builtins, intern(ts, name));
        REQUIRE_MESSAGE(!v.isEmpty(), name);
        return v;
    }
    Value sys(const char* name) {
        Value v = dictGetStr(rt.sysModule->dict, intern(ts, name));
        REQUIRE_MESSAGE(!v.isEmpty(), name);
        return v;
    }
    Value attr(Value obj, const char* name) { return getAttr(ts, obj, intern(ts, name)); }

    // fn(*positional, **keywords)
    Value callWith(Value fn, std::initializer_list<Value> positional,
                   std::initializer_list<std::pair<const char*, Value>> keywords = {}) {
        std::vector<Value> values(positional);
        TupleObject* names = nullptr;
        if (keywords.size()) {
            names = newTuple(ts, keywords.size());
            size_t i = 0;
            for (auto& [name, value] : keywords) {
                names->items()[i++] = Value::object(intern(ts, name));
                values.push_back(value);
            }
        }
        return call(ts, fn, Args{values.data(), values.size(), names});
    }
    Value callB(const char* name, std::initializer_list<Value> positional,
                std::initializer_list<std::pair<const char*, Value>> keywords = {}) {
        return callWith(builtin(name), positional, keywords);
    }
    Value method(Value obj, const char* name, std::initializer_list<Value> positional = {}) {
        return callWith(attr(obj, name), positional);
    }

    std::string reprOf(Value v) { return std::string(repr(ts, v)->view()); }
    // repr of builtin(*args, **kw)
    std::string r(const char* name, std::initializer_list<Value> positional,
                  std::initializer_list<std::pair<const char*, Value>> keywords = {}) {
        return reprOf(callB(name, positional, keywords));
    }

    // "TypeError: message" for the exception `f` raises.
    template <class F>
    std::string error(F f) {
        try {
            f();
        } catch (PyThrow&) {
            Value e = takeRaised(ts);
            return std::string(typeName(ts, e)) + ": " + std::string(toStr(ts, e)->view());
        }
        return "no exception";
    }
    std::string errorOf(const char* name, std::initializer_list<Value> positional,
                        std::initializer_list<std::pair<const char*, Value>> keywords = {}) {
        return error([&] { callB(name, positional, keywords); });
    }
};

Value I(int64_t v) { return Value::integer(v); }
Value F(double v) { return Value::real(v); }
Value B(bool v) { return Value::boolean(v); }
const Value None = Value::none();

// A scratch directory removed with its files at the end of a test.
struct TempDir {
    std::string path;
    TempDir() {
        char pattern[] = "/tmp/spindle-builtins-XXXXXX";
        path = ::mkdtemp(pattern);
    }
    ~TempDir() { std::system(("rm -rf '" + path + "'").c_str()); }
    std::string file(const char* name) const { return path + "/" + name; }
};

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace

TEST_SUITE("builtins") {

TEST_CASE("print writes through the host hook with sep, end and file") {
    Vm vm;
    vm.callB("print", {vm.str("a"), I(1), F(2.5), None, B(true)});
    CHECK(vm.out == "a 1 2.5 None True\n");
    vm.out.clear();
    vm.callB("print", {});
    CHECK(vm.out == "\n");
    vm.out.clear();
    vm.callB("print", {vm.str("x"), vm.str("y")}, {{"sep", vm.str("-")}, {"end", vm.str("!\n")}});
    CHECK(vm.out == "x-y!\n");
    vm.out.clear();
    vm.callB("print", {vm.str("a"), vm.str("b")}, {{"sep", None}, {"end", None}, {"flush", B(true)}});
    CHECK(vm.out == "a b\n");
    vm.out.clear();
    vm.callB("print", {vm.list({I(1), vm.str("two")})}, {{"file", vm.sys("stderr")}});
    CHECK(vm.out.empty());
    CHECK(vm.err == "[1, 'two']\n");
    CHECK(vm.callB("print", {}).isNone());

    CHECK(vm.errorOf("print", {I(1)}, {{"sep", I(5)}}) == "TypeError: sep must be None or a string, not int");
    CHECK(vm.errorOf("print", {I(1)}, {{"end", I(5)}}) == "TypeError: end must be None or a string, not int");
    CHECK(vm.errorOf("print", {I(1)}, {{"foo", I(1)}}) == "TypeError: 'foo' is an invalid keyword argument for print()");
    CHECK(vm.errorOf("print", {I(1)}, {{"file", I(1)}}) == "AttributeError: 'int' object has no attribute 'write'");
}

TEST_CASE("input reads a line through the hook and raises EOFError at the end") {
    Vm vm;
    vm.input = {"hello world\n", "last"};
    CHECK(vm.r("input", {vm.str("> ")}) == "'hello world'");
    CHECK(vm.out == "> ");
    CHECK(vm.r("input", {}) == "'last'");
    CHECK(vm.errorOf("input", {}) == "EOFError: EOF when reading a line");
    CHECK(vm.errorOf("input", {I(1), I(2)}) == "TypeError: input expected at most 1 argument, got 2");
    CHECK(vm.errorOf("input", {}, {{"prompt", vm.str("x")}}) == "TypeError: input() takes no keyword arguments");
}

TEST_CASE("len, repr, ascii, hash") {
    Vm vm;
    CHECK(vm.r("len", {vm.str("h\xc3\xa9llo")}) == "5");
    CHECK(vm.r("len", {vm.list({I(1), I(2)})}) == "2");
    CHECK(vm.errorOf("len", {}) == "TypeError: len() takes exactly one argument (0 given)");
    CHECK(vm.errorOf("len", {I(1), I(2)}) == "TypeError: len() takes exactly one argument (2 given)");
    CHECK(vm.errorOf("len", {}, {{"x", I(1)}}) == "TypeError: len() takes no keyword arguments");
    CHECK(vm.errorOf("len", {I(5)}) == "TypeError: object of type 'int' has no len()");

    CHECK(vm.r("repr", {vm.str("it's")}) == "'\"it\\'s\"'");
    CHECK(vm.errorOf("repr", {}) == "TypeError: repr() takes exactly one argument (0 given)");
    // ascii('é\n'), ascii('\U0001F600 é €'), ascii([1, 'é'])
    CHECK(vm.r("ascii", {vm.str("\xc3\xa9\n")}) == "\"'\\\\xe9\\\\n'\"");
    CHECK(vm.reprOf(vm.callB("ascii", {vm.str("\xf0\x9f\x98\x80 \xc3\xa9 \xe2\x82\xac")})) ==
          "\"'\\\\U0001f600 \\\\xe9 \\\\u20ac'\"");
    CHECK(vm.r("ascii", {vm.list({I(1), vm.str("\xc3\xa9")})}) == "\"[1, '\\\\xe9']\"");

    CHECK(vm.r("hash", {I(-1)}) == "-2");
    CHECK(vm.r("hash", {I(42)}) == "42");
    CHECK(vm.r("hash", {F(1.5)}) == "1152921504606846977");
    CHECK(vm.r("hash", {B(true)}) == "1");
    CHECK(vm.errorOf("hash", {vm.list({})}) == "TypeError: unhashable type: 'list'");
    CHECK(vm.errorOf("hash", {}) == "TypeError: hash() takes exactly one argument (0 given)");
}

TEST_CASE("id is stable per object and distinct between objects") {
    Vm vm;
    Value a = vm.list({}), b = vm.list({});
    CHECK(vm.r("id", {a}) == vm.r("id", {a}));
    CHECK(vm.r("id", {a}) != vm.r("id", {b}));
    CHECK(vm.r("id", {I(1)}) == vm.r("id", {I(1)}));
    CHECK(vm.r("id", {I(1)}) != vm.r("id", {I(2)}));
    CHECK(vm.r("id", {I(1)}) != vm.r("id", {F(1.0)}));
    CHECK(vm.r("id", {I(1)}) != vm.r("id", {B(true)}));
    CHECK(vm.r("id", {None}) == vm.r("id", {None}));
    CHECK(vm.errorOf("id", {}) == "TypeError: id() takes exactly one argument (0 given)");
}

TEST_CASE("ord and chr") {
    Vm vm;
    CHECK(vm.r("ord", {vm.str("a")}) == "97");
    CHECK(vm.r("ord", {vm.str("\xc3\xa9")}) == "233");
    CHECK(vm.r("ord", {vm.str("\xf0\x9f\x98\x80")}) == "128512");
    CHECK(vm.r("ord", {Value::object(newBytes(vm.ts, "A"))}) == "65");
    CHECK(vm.errorOf("ord", {vm.str("ab")}) == "TypeError: ord() expected a character, but string of length 2 found");
    CHECK(vm.errorOf("ord", {vm.str("")}) == "TypeError: ord() expected a character, but string of length 0 found");
    CHECK(vm.errorOf("ord", {I(1)}) == "TypeError: ord() expected string of length 1, but int found");
    CHECK(vm.r("chr", {I(97)}) == "'a'");
    CHECK(vm.r("chr", {I(233)}) == "'\xc3\xa9'");
    CHECK(vm.r("chr", {I(0x1F600)}) == "'\xf0\x9f\x98\x80'");
    CHECK(vm.errorOf("chr", {I(0x110000)}) == "ValueError: chr() arg not in range(0x110000)");
    CHECK(vm.errorOf("chr", {I(-1)}) == "ValueError: chr() arg not in range(0x110000)");
    CHECK(vm.errorOf("chr", {vm.str("a")}) == "TypeError: 'str' object cannot be interpreted as an integer");
    CHECK(vm.errorOf("chr", {}) == "TypeError: chr() takes exactly one argument (0 given)");
}

TEST_CASE("min and max") {
    Vm vm;
    CHECK(vm.r("max", {I(3), I(9), I(4)}) == "9");
    CHECK(vm.r("min", {I(3), I(9), I(4)}) == "3");
    CHECK(vm.r("max", {vm.str("abc")}) == "'c'");
    CHECK(vm.r("max", {vm.list({I(-5), I(3)})}, {{"key", vm.builtin("abs")}}) == "-5");
    CHECK(vm.r("min", {vm.list({I(-5), I(3)})}, {{"key", vm.builtin("abs")}}) == "3");
    // ties keep the first one found
    CHECK(vm.r("max", {vm.list({I(-3), I(3)})}, {{"key", vm.builtin("abs")}}) == "-3");
    CHECK(vm.r("min", {vm.list({})}, {{"default", I(5)}}) == "5");
    CHECK(vm.r("max", {vm.list({I(1)})}, {{"key", None}, {"default", I(2)}}) == "1");
    CHECK(vm.errorOf("max", {vm.list({})}) == "ValueError: max() arg is an empty sequence");
    CHECK(vm.errorOf("min", {vm.list({})}) == "ValueError: min() arg is an empty sequence");
    CHECK(vm.errorOf("max", {}) == "TypeError: max expected at least 1 argument, got 0");
    CHECK(vm.errorOf("min", {}, {{"x", I(1)}}) == "TypeError: min expected at least 1 argument, got 0");
    CHECK(vm.errorOf("max", {I(1)}) == "TypeError: 'int' object is not iterable");
    CHECK(vm.errorOf("max", {I(1), I(2)}, {{"default", I(3)}}) ==
          "TypeError: Cannot specify a default for max() with multiple positional arguments");
    CHECK(vm.errorOf("max", {vm.list({})}, {{"key", None}, {"foo", I(1)}}) ==
          "TypeError: 'foo' is an invalid keyword argument for max()");
    CHECK(vm.errorOf("max", {vm.list({I(1)})}, {{"default", I(2)}, {"key", None}, {"x", I(3)}}) ==
          "TypeError: max() takes at most 2 keyword arguments (3 given)");
    CHECK(vm.errorOf("max", {vm.list({I(1), vm.str("a")})}) ==
          "TypeError: '>' not supported between instances of 'str' and 'int'");
    CHECK(vm.errorOf("min", {vm.list({I(1), vm.str("a")})}) ==
          "TypeError: '<' not supported between instances of 'str' and 'int'");
}

TEST_CASE("sum") {
    Vm vm;
    CHECK(vm.r("sum", {vm.list({I(1), I(2), I(3)})}) == "6");
    CHECK(vm.r("sum", {vm.list({})}) == "0");
    CHECK(vm.r("sum", {vm.list({I(1)})}, {{"start", I(2)}}) == "3");
    CHECK(vm.r("sum", {vm.list({F(1.5), I(2)}), I(1)}) == "4.5");
    CHECK(vm.r("sum", {vm.list({F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1)})}) ==
          "0.9999999999999999");
    CHECK(vm.r("sum", {vm.list({I(1), I(int64_t(1) << 62), I(int64_t(1) << 62)})}) == "9223372036854775809");
    CHECK(vm.r("sum", {vm.list({B(true), B(true)})}) == "2");
    CHECK(vm.r("sum", {vm.list({vm.list({I(1)}), vm.list({I(2)})}), vm.list({})}) == "[1, 2]");
    CHECK(vm.errorOf("sum", {vm.list({vm.str("a")}), vm.str("")}) ==
          "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
    CHECK(vm.errorOf("sum", {vm.list({}), Value::object(newBytes(vm.ts, ""))}) ==
          "TypeError: sum() can't sum bytes [use b''.join(seq) instead]");
    CHECK(vm.errorOf("sum", {}) == "TypeError: sum() takes at least 1 positional argument (0 given)");
    CHECK(vm.errorOf("sum", {}, {{"iterable", vm.list({})}}) ==
          "TypeError: sum() takes at least 1 positional argument (0 given)");
    CHECK(vm.errorOf("sum", {vm.list({})}, {{"iterable", I(1)}}) ==
          "TypeError: 'iterable' is an invalid keyword argument for sum()");
    CHECK(vm.errorOf("sum", {vm.list({}), I(2), I(3)}) == "TypeError: sum() takes at most 2 arguments (3 given)");
    CHECK(vm.errorOf("sum", {I(1)}) == "TypeError: 'int' object is not iterable");
    CHECK(vm.errorOf("sum", {vm.list({I(1), vm.str("a")})}) ==
          "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
}

TEST_CASE("sorted, any, all") {
    Vm vm;
    Value source = vm.list({I(3), I(-1), I(2)});
    CHECK(vm.r("sorted", {source}) == "[-1, 2, 3]");
    CHECK(vm.reprOf(source) == "[3, -1, 2]"); // a new list, the argument is untouched
    CHECK(vm.r("sorted", {source}, {{"reverse", B(true)}}) == "[3, 2, -1]");
    CHECK(vm.r("sorted", {source}, {{"key", vm.builtin("abs")}}) == "[-1, 2, 3]");
    CHECK(vm.r("sorted", {vm.str("bca")}) == "['a', 'b', 'c']");
    CHECK(vm.errorOf("sorted", {}) == "TypeError: sorted expected 1 argument, got 0");
    CHECK(vm.errorOf("sorted", {vm.list({}), I(1)}) == "TypeError: sorted expected 1 argument, got 2");
    CHECK(vm.errorOf("sorted", {vm.list({})}, {{"foo", I(1)}}) ==
          "TypeError: 'foo' is an invalid keyword argument for sort()");

    CHECK(vm.r("any", {vm.list({})}) == "False");
    CHECK(vm.r("all", {vm.list({})}) == "True");
    CHECK(vm.r("any", {vm.list({I(0), vm.str(""), None})}) == "False");
    CHECK(vm.r("any", {vm.list({I(0), I(2)})}) == "True");
    CHECK(vm.r("all", {vm.list({I(1), vm.str("a")})}) == "True");
    CHECK(vm.r("all", {vm.list({I(1), I(0)})}) == "False");
    CHECK(vm.errorOf("any", {I(1)}) == "TypeError: 'int' object is not iterable");
    CHECK(vm.errorOf("all", {I(1), I(2)}) == "TypeError: all() takes exactly one argument (2 given)");
}

TEST_CASE("iter and next") {
    Vm vm;
    Value it = vm.callB("iter", {vm.list({I(1), I(2)})});
    CHECK(vm.r("next", {it}) == "1");
    CHECK(vm.r("next", {it, vm.str("d")}) == "2");
    CHECK(vm.r("next", {it, vm.str("d")}) == "'d'");
    CHECK(vm.errorOf("next", {it}) == "StopIteration: ");
    CHECK(vm.errorOf("next", {I(1)}) == "TypeError: 'int' object is not an iterator");
    CHECK(vm.errorOf("next", {}) == "TypeError: next expected at least 1 argument, got 0");
    CHECK(vm.errorOf("next", {it, I(1), I(2)}) == "TypeError: next expected at most 2 arguments, got 3");
    CHECK(vm.errorOf("iter", {}) == "TypeError: iter expected at least 1 argument, got 0");
    CHECK(vm.errorOf("iter", {I(1)}) == "TypeError: 'int' object is not iterable");
    CHECK(vm.errorOf("iter", {I(1), I(2)}) == "TypeError: iter(v, w): v must be callable");
    // list(iter([1, 2, 3].pop, 1)) == [3, 2]
    Value pop = vm.attr(vm.list({I(1), I(2), I(3)}), "pop");
    Value callIter = vm.callB("iter", {pop, I(1)});
    CHECK(vm.r("sorted", {callIter}, {{"reverse", B(true)}}) == "[3, 2]");
}

TEST_CASE("abs, hex, oct, bin") {
    Vm vm;
    CHECK(vm.r("abs", {I(-5)}) == "5");
    CHECK(vm.r("abs", {F(-2.5)}) == "2.5");
    CHECK(vm.r("abs", {B(true)}) == "1");
    CHECK(vm.r("abs", {I(INT64_MIN)}) == "9223372036854775808");
    CHECK(vm.errorOf("abs", {vm.str("a")}) == "TypeError: bad operand type for abs(): 'str'");
    CHECK(vm.errorOf("abs", {}) == "TypeError: abs() takes exactly one argument (0 given)");

    CHECK(vm.r("hex", {I(255)}) == "'0xff'");
    CHECK(vm.r("hex", {I(-255)}) == "'-0xff'");
    CHECK(vm.r("hex", {I(0)}) == "'0x0'");
    CHECK(vm.r("hex", {B(true)}) == "'0x1'");
    CHECK(vm.r("oct", {I(8)}) == "'0o10'");
    CHECK(vm.r("oct", {I(-8)}) == "'-0o10'");
    CHECK(vm.r("bin", {I(-5)}) == "'-0b101'");
    CHECK(vm.r("bin", {I(0)}) == "'0b0'");
    Value big = vm.callB("pow", {I(2), I(70)});
    CHECK(vm.r("hex", {big}) == "'0x400000000000000000'");
    CHECK(vm.errorOf("hex", {F(1.5)}) == "TypeError: 'float' object cannot be interpreted as an integer");
    CHECK(vm.errorOf("bin", {None}) == "TypeError: 'NoneType' object cannot be interpreted as an integer");
}

TEST_CASE("round") {
    Vm vm;
    CHECK(vm.r("round", {F(2.5)}) == "2");
    CHECK(vm.r("round", {F(-2.5)}) == "-2");
    CHECK(vm.r("round", {F(1.5)}) == "2");
    CHECK(vm.r("round", {F(2.675), I(2)}) == "2.67");
    CHECK(vm.r("round", {F(1.5), I(0)}) == "2.0");
    CHECK(vm.r("round", {F(1.5), None}) == "2");
    CHECK(vm.r("round", {I(15), I(-1)}) == "20");
    CHECK(vm.r("round", {I(-15), I(-1)}) == "-20");
    CHECK(vm.r("round", {I(12345), I(-2)}) == "12300");
    CHECK(vm.r("round", {I(7)}) == "7");
    CHECK(vm.r("round", {B(true)}) == "1");
    CHECK(vm.r("round", {}, {{"number", F(2.5)}, {"ndigits", None}}) == "2");
    CHECK(vm.errorOf("round", {}) == "TypeError: round() missing required argument 'number' (pos 1)");
    CHECK(vm.errorOf("round", {I(1), I(2), I(3)}) == "TypeError: round() takes at most 2 arguments (3 given)");
    CHECK(vm.errorOf("round", {I(1)}, {{"number", I(2)}}) ==
          "TypeError: argument for round() given by name ('number') and position (1)");
    CHECK(vm.errorOf("round", {I(1)}, {{"x", I(2)}}) == "TypeError: 'x' is an invalid keyword argument for round()");
    CHECK(vm.errorOf("round", {vm.str("a")}) == "TypeError: type str doesn't define __round__ method");
    CHECK(vm.errorOf("round", {F(1.5), vm.str("a")}) == "TypeError: 'str' object cannot be interpreted as an integer");
    CHECK(vm.errorOf("round", {F(1.0 / 0.0)}) == "OverflowError: cannot convert float infinity to integer");
}

TEST_CASE("divmod and pow") {
    Vm vm;
    CHECK(vm.r("divmod", {I(7), I(-2)}) == "(-4, -1)");
    CHECK(vm.r("divmod", {I(-7), I(2)}) == "(-4, 1)");
    CHECK(vm.r("divmod", {F(-7.5), I(2)}) == "(-4.0, 0.5)");
    CHECK(vm.r("divmod", {B(true), I(2)}) == "(0, 1)");
    CHECK(vm.errorOf("divmod", {I(1), I(0)}) == "ZeroDivisionError: integer division or modulo by zero");
    CHECK(vm.errorOf("divmod", {F(1.0), I(0)}) == "ZeroDivisionError: float divmod()");
    CHECK(vm.errorOf("divmod", {I(1), F(0.0)}) == "ZeroDivisionError: float divmod()");
    CHECK(vm.errorOf("divmod", {vm.str("a"), I(1)}) ==
          "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'");
    CHECK(vm.errorOf("divmod", {I(1)}) == "TypeError: divmod expected 2 arguments, got 1");
    CHECK(vm.errorOf("divmod", {I(1)}, {{"x", I(2)}}) == "TypeError: divmod() takes no keyword arguments");

    CHECK(vm.r("pow", {I(2), I(10)}) == "1024");
    CHECK(vm.r("pow", {I(2), I(-1)}) == "0.5");
    CHECK(vm.r("pow", {I(2), I(10), I(7)}) == "2");
    CHECK(vm.r("pow", {I(2), I(-1), I(7)}) == "4");
    CHECK(vm.r("pow", {I(2), I(3), I(-3)}) == "-1");
    CHECK(vm.r("pow", {B(true), I(2), I(3)}) == "1");
    CHECK(vm.r("pow", {}, {{"base", I(2)}, {"exp", I(3)}}) == "8");
    CHECK(vm.r("pow", {I(2), I(3)}, {{"mod", I(5)}}) == "3");
    CHECK(vm.r("pow", {I(2), I(3), None}) == "8");
    CHECK(vm.errorOf("pow", {I(3), I(-1), I(6)}) == "ValueError: base is not invertible for the given modulus");
    CHECK(vm.errorOf("pow", {I(2), I(3), I(0)}) == "ValueError: pow() 3rd argument cannot be 0");
    CHECK(vm.errorOf("pow", {F(2.0), I(3), I(5)}) ==
          "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
    CHECK(vm.errorOf("pow", {I(2)}) == "TypeError: pow() missing required argument 'exp' (pos 2)");
    CHECK(vm.errorOf("pow", {I(2)}, {{"base", I(3)}}) == "TypeError: pow() missing required argument 'exp' (pos 2)");
    CHECK(vm.errorOf("pow", {I(1), I(2), I(3), I(4)}) == "TypeError: pow() takes at most 3 arguments (4 given)");
    CHECK(vm.errorOf("pow", {vm.str("a"), I(2), I(3)}) ==
          "TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'");
}

TEST_CASE("isinstance, issubclass, callable") {
    Vm vm;
    Value intType = vm.builtin("int"), strType = vm.builtin("str"), boolType = vm.builtin("bool");
    CHECK(vm.r("isinstance", {B(true), intType}) == "True");
    CHECK(vm.r("isinstance", {I(1), strType}) == "False");
    CHECK(vm.r("isinstance", {I(1), vm.tuple({strType, vm.tuple({intType})})}) == "True");
    CHECK(vm.r("isinstance", {I(1), vm.tuple({intType, I(1)})}) == "True");
    CHECK(vm.r("isinstance", {I(1), vm.tuple({})}) == "False");
    CHECK(vm.errorOf("isinstance", {I(1), I(1)}) ==
          "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
    CHECK(vm.errorOf("isinstance", {I(1), vm.tuple({I(1), intType})}) ==
          "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
    CHECK(vm.errorOf("isinstance", {I(1)}) == "TypeError: isinstance expected 2 arguments, got 1");
    CHECK(vm.r("issubclass", {boolType, vm.tuple({strType, intType})}) == "True");
    CHECK(vm.r("issubclass", {intType, boolType}) == "False");
    CHECK(vm.r("issubclass", {boolType, vm.tuple({})}) == "False");
    CHECK(vm.errorOf("issubclass", {I(1), intType}) == "TypeError: issubclass() arg 1 must be a class");
    CHECK(vm.errorOf("issubclass", {intType, I(1)}) ==
          "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union");

    CHECK(vm.r("callable", {vm.builtin("len")}) == "True");
    CHECK(vm.r("callable", {intType}) == "True");
    CHECK(vm.r("callable", {I(1)}) == "False");
    CHECK(vm.r("callable", {vm.str("x")}) == "False");
}

TEST_CASE("getattr, hasattr, setattr, delattr, format") {
    Vm vm;
    Value s = vm.str("abc");
    CHECK(vm.r("hasattr", {s, vm.str("upper")}) == "True");
    CHECK(vm.r("hasattr", {I(1), vm.str("x")}) == "False");
    CHECK(vm.r("getattr", {I(1), vm.str("x"), I(5)}) == "5");
    CHECK(vm.reprOf(vm.callWith(vm.callB("getattr", {s, vm.str("upper")}), {})) == "'ABC'");
    CHECK(vm.errorOf("getattr", {I(1), vm.str("x")}) == "AttributeError: 'int' object has no attribute 'x'");
    CHECK(vm.errorOf("getattr", {I(1), I(2)}) == "TypeError: attribute name must be string, not 'int'");
    CHECK(vm.errorOf("getattr", {I(1)}) == "TypeError: getattr expected at least 2 arguments, got 1");
    CHECK(vm.errorOf("getattr", {I(1), vm.str("a"), I(1), I(2)}) ==
          "TypeError: getattr expected at most 3 arguments, got 4");
    CHECK(vm.errorOf("setattr", {I(1), vm.str("x")}) == "TypeError: setattr expected 3 arguments, got 2");
    CHECK(vm.errorOf("setattr", {I(1), I(2), I(3)}) == "TypeError: attribute name must be string, not 'int'");
    CHECK(vm.errorOf("hasattr", {I(1), I(2)}) == "TypeError: attribute name must be string, not 'int'");
    CHECK(vm.errorOf("delattr", {I(1), I(2)}) == "TypeError: attribute name must be string, not 'int'");

    CHECK(vm.r("format", {F(3.5), vm.str(">8")}) == "'     3.5'");
    CHECK(vm.r("format", {I(255), vm.str("x")}) == "'ff'");
    CHECK(vm.r("format", {I(5)}) == "'5'");
    CHECK(vm.errorOf("format", {I(1), I(2)}) == "TypeError: format() argument 2 must be str, not int");
    CHECK(vm.errorOf("format", {}) == "TypeError: format expected at least 1 argument, got 0");
}

TEST_CASE("exit and quit raise SystemExit") {
    Vm vm;
    CHECK(vm.errorOf("exit", {I(3)}) == "SystemExit: 3");
    try {
        vm.callB("exit", {});
        FAIL("no exception");
    } catch (PyThrow&) {
        Value e = takeRaised(vm.ts);
        CHECK(vm.reprOf(vm.attr(e, "args")) == "(None,)");
    }
    CHECK(vm.errorOf("quit", {vm.str("bye")}) == "SystemExit: bye");
    CHECK(vm.reprOf(vm.builtin("NotImplemented")) == "NotImplemented");
    CHECK(vm.reprOf(vm.builtin("Ellipsis")) == "Ellipsis");
}

TEST_CASE("dir and vars") {
    Vm vm;
    Value names = vm.callB("dir", {vm.str("")});
    CHECK(contains(vm.ts, names, vm.str("upper")));
    CHECK(contains(vm.ts, names, vm.str("__class__")));
    CHECK(vm.errorOf("vars", {I(1)}) == "TypeError: vars() argument must have __dict__ attribute");
    CHECK(vm.errorOf("dir", {I(1), I(2)}) == "TypeError: dir expected at most 1 argument, got 2");
}

TEST_CASE("open: text write, read, readline, readlines, iteration, append") {
    Vm vm;
    TempDir dir;
    Value name = vm.str(dir.file("t.txt"));
    Value f = vm.callB("open", {name, vm.str("w")});
    CHECK(vm.reprOf(vm.method(f, "write", {vm.str("first line\n")})) == "11");
    vm.method(f, "write", {vm.str("second line\n")});
    CHECK(vm.reprOf(vm.method(f, "write", {vm.str("\xc3\xbcn\xc3\xaf" "code \xe2\x9c\x93\n")})) == "10");
    CHECK(vm.reprOf(vm.attr(f, "closed")) == "False");
    CHECK(vm.reprOf(vm.attr(f, "mode")) == "'w'");
    CHECK(vm.reprOf(f) == "<_io.TextIOWrapper name=" + vm.reprOf(name) + " mode='w' encoding='UTF-8'>");
    vm.method(f, "close");
    CHECK(vm.reprOf(vm.attr(f, "closed")) == "True");
    CHECK(slurp(dir.file("t.txt")) == "first line\nsecond line\n\xc3\xbcn\xc3\xaf" "code \xe2\x9c\x93\n");

    f = vm.callB("open", {name});
    CHECK(vm.reprOf(vm.method(f, "read")) == "'first line\\nsecond line\\n\xc3\xbcn\xc3\xaf" "code \xe2\x9c\x93\\n'");
    CHECK(vm.reprOf(vm.method(f, "read")) == "''");
    vm.method(f, "close");

    f = vm.callB("open", {name, vm.str("r")});
    CHECK(vm.reprOf(vm.method(f, "read", {I(3)})) == "'fir'");
    CHECK(vm.reprOf(vm.method(f, "readline")) == "'st line\\n'");
    CHECK(vm.reprOf(vm.method(f, "readlines")) == "['second line\\n', '\xc3\xbcn\xc3\xaf" "code \xe2\x9c\x93\\n']");
    CHECK(vm.reprOf(vm.method(f, "readline")) == "''");
    vm.method(f, "close");

    f = vm.callB("open", {name, vm.str("a")});
    vm.method(f, "writelines", {vm.list({vm.str("x"), vm.str("y\n")})});
    vm.method(f, "close");

    // iteration by lines, and non-ASCII read(n) counts characters
    f = vm.callB("open", {name});
    CHECK(vm.r("sorted", {f}) == "['first line\\n', 'second line\\n', 'xy\\n', '\xc3\xbcn\xc3\xaf" "code \xe2\x9c\x93\\n']");
    vm.method(f, "close");
    f = vm.callB("open", {name});
    vm.method(f, "readline");
    vm.method(f, "readline");
    CHECK(vm.reprOf(vm.method(f, "read", {I(2)})) == "'\xc3\xbcn'");
    vm.method(f, "close");

    // with-statement protocol
    f = vm.callB("open", {name});
    CHECK(vm.method(f, "__enter__").identical(f));
    vm.method(f, "__exit__", {None, None, None});
    CHECK(vm.reprOf(vm.attr(f, "closed")) == "True");
}

TEST_CASE("open: newline handling, binary mode, r+ and x") {
    Vm vm;
    TempDir dir;
    Value name = vm.str(dir.file("n.txt"));
    Value f = vm.callB("open", {name, vm.str("w")});
    vm.method(f, "write", {vm.str("a\r\nb\rc\nd")});
    vm.method(f, "close");
    f = vm.callB("open", {name});
    CHECK(vm.reprOf(vm.method(f, "readlines")) == "['a\\n', 'b\\n', 'c\\n', 'd']");
    vm.method(f, "close");
    f = vm.callB("open", {name});
    CHECK(vm.reprOf(vm.method(f, "read")) == "'a\\nb\\nc\\nd'");
    vm.method(f, "close");
    f = vm.callB("open", {name}, {{"newline", vm.str("")}});
    CHECK(vm.reprOf(vm.method(f, "readlines")) == "['a\\r\\n', 'b\\r', 'c\\n', 'd']");
    vm.method(f, "close");

    f = vm.callB("open", {name, vm.str("rb")});
    CHECK(vm.reprOf(f) == "<_io.BufferedReader name=" + vm.reprOf(name) + ">");
    CHECK(vm.reprOf(vm.method(f, "readlines")) == "[b'a\\r\\n', b'b\\rc\\n', b'd']");
    vm.method(f, "close");
    f = vm.callB("open", {name, vm.str("wb")});
    CHECK(vm.reprOf(vm.method(f, "write", {Value::object(newBytes(vm.ts, "a\xff"))})) == "2");
    CHECK(vm.error([&] { vm.method(f, "write", {vm.str("x")}); }) ==
          "TypeError: a bytes-like object is required, not 'str'");
    vm.method(f, "close");
    CHECK(slurp(dir.file("n.txt")) == "a\xff");
    f = vm.callB("open", {name});
    CHECK(vm.error([&] { vm.method(f, "read"); }) ==
          "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte");
    vm.method(f, "close");

    f = vm.callB("open", {name, vm.str("w")});
    vm.method(f, "write", {vm.str("xy")});
    vm.method(f, "close");
    f = vm.callB("open", {name, vm.str("r+")});
    CHECK(vm.reprOf(vm.method(f, "read")) == "'xy'");
    vm.method(f, "write", {vm.str("Z")});
    vm.method(f, "close");
    CHECK(slurp(dir.file("n.txt")) == "xyZ");
    CHECK(vm.errorOf("open", {name, vm.str("x")}) ==
          "FileExistsError: [Errno 17] File exists: " + vm.reprOf(name));
}

TEST_CASE("open: errors") {
    Vm vm;
    TempDir dir;
    Value missing = vm.str(dir.file("nope/file.txt"));
    CHECK(vm.errorOf("open", {missing}) ==
          "FileNotFoundError: [Errno 2] No such file or directory: " + vm.reprOf(missing));
    try {
        vm.callB("open", {missing});
        FAIL("no exception");
    } catch (PyThrow&) {
        Value e = takeRaised(vm.ts);
        CHECK(isInstance(vm.ts, e, vm.rt.types.OSError));
        CHECK(vm.reprOf(vm.attr(e, "args")) == "(2, 'No such file or directory')");
        CHECK(vm.reprOf(vm.attr(e, "errno")) == "2");
        CHECK(vm.reprOf(vm.attr(e, "filename")) == vm.reprOf(missing));
    }
    CHECK(vm.errorOf("open", {vm.str(dir.path)}) ==
          "IsADirectoryError: [Errno 21] Is a directory: " + vm.reprOf(vm.str(dir.path)));
    Value name = vm.str(dir.file("e.txt"));
    CHECK(vm.errorOf("open", {name, vm.str("q")}) == "ValueError: invalid mode: 'q'");
    CHECK(vm.errorOf("open", {name, vm.str("rr")}) == "ValueError: invalid mode: 'rr'");
    CHECK(vm.errorOf("open", {name, vm.str("rw")}) ==
          "ValueError: must have exactly one of create/read/write/append mode");
    CHECK(vm.errorOf("open", {name, vm.str("rtb")}) == "ValueError: can't have text and binary mode at once");
    CHECK(vm.errorOf("open", {name, vm.str("rb")}, {{"encoding", vm.str("utf-8")}}) ==
          "ValueError: binary mode doesn't take an encoding argument");
    CHECK(vm.errorOf("open", {name, vm.str("w")}, {{"newline", vm.str("a")}}) ==
          "ValueError: illegal newline value: a");
    CHECK(vm.errorOf("open", {name, vm.str("w")}, {{"encoding", vm.str("latin-9x")}}) ==
          "LookupError: unknown encoding: latin-9x");
    CHECK(vm.errorOf("open", {F(1.5)}) == "TypeError: expected str, bytes or os.PathLike object, not float");
    CHECK(vm.errorOf("open", {name, I(5)}) == "TypeError: open() argument 'mode' must be str, not int");
    CHECK(vm.errorOf("open", {}) == "TypeError: open() missing required argument 'file' (pos 1)");
    CHECK(vm.errorOf("open", {name}, {{"file", name}}) ==
          "TypeError: argument for open() given by name ('file') and position (1)");

    Value f = vm.callB("open", {name, vm.str("w")});
    CHECK(vm.error([&] { vm.method(f, "write", {I(5)}); }) == "TypeError: write() argument must be str, not int");
    CHECK(vm.error([&] { vm.method(f, "read"); }) == "UnsupportedOperation: not readable");
    vm.method(f, "close");
    vm.method(f, "close"); // closing twice is fine
    CHECK(vm.error([&] { vm.method(f, "write", {vm.str("x")}); }) == "ValueError: I/O operation on closed file.");
    CHECK(vm.error([&] { getIter(vm.ts, f); }) == "ValueError: I/O operation on closed file.");
}

TEST_CASE("sys module") {
    Vm vm;
    CHECK(vm.reprOf(vm.sys("argv")) == "['script.py', 'arg1']");
    CHECK(vm.reprOf(vm.sys("version_info")) == "sys.version_info(major=3, minor=11, micro=0, releaselevel='final', serial=0)");
    CHECK(vm.reprOf(vm.sys("maxsize")) == "9223372036854775807");
    CHECK(vm.reprOf(vm.sys("platform")) == "'linux'");
    CHECK(vm.reprOf(vm.sys("byteorder")) == "'little'");
    CHECK(vm.reprOf(vm.sys("path")) == "[]");
    CHECK(vm.sys("modules").identical(Value::object(vm.rt.modules)));
    CHECK(std::string(as<StrObject>(vm.sys("version"))->view()).rfind("3.11", 0) == 0);

    CHECK(vm.reprOf(vm.callWith(vm.sys("getrecursionlimit"), {})) == "1000");
    vm.callWith(vm.sys("setrecursionlimit"), {I(50)});
    CHECK(vm.rt.recursionLimit == 50);
    CHECK(vm.error([&] { vm.callWith(vm.sys("setrecursionlimit"), {I(0)}); }) ==
          "ValueError: recursion limit must be greater or equal than 1");
    CHECK(vm.error([&] { vm.callWith(vm.sys("setrecursionlimit"), {vm.str("a")}); }) ==
          "TypeError: 'str' object cannot be interpreted as an integer");
    CHECK(vm.error([&] { vm.callWith(vm.sys("getrecursionlimit"), {I(1)}); }) ==
          "TypeError: sys.getrecursionlimit() takes no arguments (1 given)");
    CHECK(vm.error([&] { vm.callWith(vm.sys("exit"), {vm.str("msg")}); }) == "SystemExit: msg");
    CHECK(vm.error([&] { vm.callWith(vm.sys("exit"), {I(1), I(2)}); }) ==
          "TypeError: exit expected at most 1 argument, got 2");
    try {
        vm.callWith(vm.sys("exit"), {});
        FAIL("no exception");
    } catch (PyThrow&) {
        CHECK(vm.reprOf(vm.attr(takeRaised(vm.ts), "args")) == "()");
    }

    Value out = vm.sys("stdout");
    CHECK(vm.reprOf(out) == "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
    CHECK(vm.reprOf(vm.method(out, "write", {vm.str("h\xc3\xa9\n")})) == "3");
    CHECK(vm.out == "h\xc3\xa9\n");
    vm.method(vm.sys("stderr"), "write", {vm.str("oops")});
    CHECK(vm.err == "oops");
    CHECK(vm.error([&] { vm.method(out, "read"); }) == "UnsupportedOperation: not readable");

    Value in = vm.sys("stdin");
    vm.input = {"one\n", "two\n", "three"};
    CHECK(vm.reprOf(vm.method(in, "readline")) == "'one\\n'");
    CHECK(vm.reprOf(vm.method(in, "read", {I(2)})) == "'tw'");
    CHECK(vm.r("input", {}) == "'o'"); // input() shares the stream's buffer
    CHECK(vm.reprOf(vm.method(in, "read")) == "'three'");
    CHECK(vm.reprOf(vm.method(in, "readline")) == "''");
    CHECK(vm.error([&] { vm.method(in, "write", {vm.str("x")}); }) == "UnsupportedOperation: not writable");
}

} // TEST_SUITE
