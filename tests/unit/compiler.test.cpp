// Compiler tests: compile-time errors (CPython's messages and lines), bytecode
// invariants (constants, maxStack, exception tables), and golden disassemblies:
// every tests/golden/<name>.py must disassemble to tests/golden/<name>.dis.
// Run with SPINDLE_UPDATE_GOLDEN=1 to rewrite the .dis files (then review them).
#include "interpreter/Compiler.h"
#include "interpreter/Disassembler.h"
#include "interpreter/InstructionInfo.h"
#include "interpreter/Parser.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace spindle;

namespace {

std::shared_ptr<CompiledCode> compile(const std::string& source, bool interactive = false) {
    ast::Module module = parseModule(source, "t.py");
    CompileOptions options;
    options.interactive = interactive;
    return compileModule(module, options);
}

SourceError compileError(const std::string& source) {
    try {
        compile(source);
    } catch (const SourceError& error) {
        return error;
    }
    FAIL("expected a SyntaxError for: " << source);
    return {};
}

std::vector<Opcode> opcodes(const CompiledCode& code) {
    std::vector<Opcode> out;
    for (size_t pc = 0; pc < code.code.size(); pc += 1 + auxWords(opcodeOf(code.code[pc])))
        out.push_back(opcodeOf(code.code[pc]));
    return out;
}

bool contains(const CompiledCode& code, Opcode op) {
    auto ops = opcodes(code);
    return std::find(ops.begin(), ops.end(), op) != ops.end();
}

const CompiledCode& nested(const CompiledCode& code, const std::string& name) {
    for (const Constant& constant : code.constants)
        if (auto* inner = std::get_if<Constant::Code>(&constant.value); inner && (*inner)->name == name) return **inner;
    FAIL("no nested code object " << name);
    return code;
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_SUITE("compiler") {

TEST_CASE("compile errors carry CPython's message and line") {
    struct Case {
        const char* source;
        const char* message;
        int line;
    };
    const Case cases[] = {
        {"return 1\n", "'return' outside function", 1},
        {"class C:\n    return 1\n", "'return' outside function", 2},
        {"while 1:\n    pass\nbreak\n", "'break' outside loop", 3},
        {"continue\n", "'continue' not properly in loop", 1},
        {"for x in y:\n    def g():\n        continue\n", "'continue' not properly in loop", 3},
        {"try:\n    pass\nfinally:\n    continue\n", "'continue' not properly in loop", 4},
        {"x = 1\n*a = 1\n", "starred assignment target must be in a list or tuple", 2},
        {"a, *b, *c = 1\n", "multiple starred expressions in assignment", 1},
        {"for *a in b: pass\n", "starred assignment target must be in a list or tuple", 1},
        {"def f(x, x): pass\n", "duplicate argument 'x' in function definition", 1},
        {"lambda x, x: 1\n", "duplicate argument 'x' in function definition", 1},
        {"f(a=1,\n  a=2)\n", "keyword argument repeated: a", 2},
        {"print(*a, *b, sep=1, sep=2)\n", "keyword argument repeated: sep", 1},
        {"class C(x=1, x=2): pass\n", "keyword argument repeated: x", 1},
    };
    for (const Case& c : cases) {
        CAPTURE(c.source);
        SourceError error = compileError(c.source);
        CHECK(error.type == "SyntaxError");
        CHECK(error.message == c.message);
        CHECK(error.line == c.line);
    }
}

TEST_CASE("break/continue inside loops in handlers compile") {
    CHECK_NOTHROW(compile("for x in y:\n    try:\n        continue\n    finally:\n        break\n"));
    CHECK_NOTHROW(compile("while x:\n    try:\n        pass\n    except E as e:\n        break\n"));
    CHECK_NOTHROW(compile("def f():\n    while 1:\n        with a as b:\n            try:\n                return 1\n"
                          "            finally:\n                continue\n"));
}

TEST_CASE("huge decimal literals are refused like CPython; other bases convert exactly") {
    SourceError error = compileError("x = 1" + std::string(4400, '0') + "\n");
    CHECK(error.message.rfind("Exceeds the limit (4300 digits) for integer string conversion: value has 4401 digits", 0) == 0);
    auto code = compile("x = 0x10000000000000000\ny = -9223372036854775808\nz = 123456789012345678901234567890\n");
    std::vector<std::string> bigs;
    bool sawMin = false;
    for (const Constant& c : code->constants) {
        if (auto* big = std::get_if<Constant::BigIntText>(&c.value)) bigs.push_back(big->decimal);
        if (auto* i = std::get_if<int64_t>(&c.value); i && *i == INT64_MIN) sawMin = true;
    }
    CHECK(bigs == std::vector<std::string>{"18446744073709551616", "123456789012345678901234567890"});
    CHECK(sawMin);
}

TEST_CASE("constants are deduplicated by type and value") {
    auto code = compile("a = 1.0\nb = 1.0\nc = -0.0\nd = 0.0\ne = True\nf = 'x'\ng = b'x'\nh = (1, 2)\ni = (1, 2)\n"
                        "j = 10000000000\nk = 10000000000\n");
    int floats = 0, strs = 0, bytes = 0, tuples = 0, ints = 0, bools = 0;
    for (const Constant& c : code->constants) {
        floats += std::holds_alternative<double>(c.value);
        strs += std::holds_alternative<Constant::Str>(c.value);
        bytes += std::holds_alternative<Constant::Bytes>(c.value);
        tuples += std::holds_alternative<Constant::Tuple>(c.value);
        ints += std::holds_alternative<int64_t>(c.value);
        bools += std::holds_alternative<bool>(c.value);
    }
    CHECK(floats == 3); // 1.0, -0.0, 0.0
    CHECK(strs == 1);
    CHECK(bytes == 1);
    CHECK(tuples == 1);
    CHECK(ints == 1); // small ints use LOAD_SMALL_INT, not the pool
    CHECK(bools == 1);
    CHECK(Constant{1.0} == Constant{1.0});
    CHECK_FALSE(Constant{int64_t{1}} == Constant{1.0});
    CHECK_FALSE(Constant{true} == Constant{int64_t{1}});
    CHECK_FALSE(Constant{0.0} == Constant{-0.0});
}

TEST_CASE("small ints are inline, big ones are constants") {
    auto code = compile("x = 8388607\ny = -8388608\nz = 8388608\n");
    auto ops = opcodes(*code);
    CHECK(ops[0] == Opcode::LOAD_SMALL_INT);
    CHECK(argOf(code->code[0]) == 8388607u + kSmallIntBias);
    CHECK(ops[2] == Opcode::LOAD_SMALL_INT);
    CHECK(argOf(code->code[2]) == 0u);
    CHECK(ops[4] == Opcode::LOAD_CONST);
}

TEST_CASE("maxStack is exact") {
    CHECK(compile("x = 1\n")->maxStack == 1);
    CHECK(compile("f(1, 2, 3)\n")->maxStack == 4);
    CHECK(compile("x = a + (b * (c - d))\n")->maxStack == 4);
    CHECK(compile("f(a, k=1)\n")->maxStack == 4); // f a 1 ('k',)
    // for: iterator + item; the with handler: exit exit_self prev exc res
    // (which also covers BEFORE_WITH's own peak: exit exit_self enter enter_self).
    CHECK(compile("for x in y: pass\n")->maxStack == 2);
    CHECK(compile("with a: pass\n")->maxStack == 5);
    // An empty try body covers no instruction, so its handler is unreachable.
    CHECK(compile("try:\n    pass\nexcept E:\n    pass\n")->maxStack == 1);
    CHECK(compile("try:\n    f()\nexcept E:\n    pass\n")->maxStack == 3); // prev exc E
    auto module = compile("def f():\n    return [x for x in y]\n");
    const CompiledCode& f = nested(*module, "f");
    CHECK(f.maxStack == 2);                              // function, iterator
    CHECK(nested(f, "<listcomp>").maxStack == 3);         // list, iterator, item
}

TEST_CASE("module names are globals, class bodies use names, functions use fast locals") {
    auto code = compile("x = 1\nclass C:\n    y = x\ndef f(a):\n    b = a\n    return b\n");
    CHECK(contains(*code, Opcode::STORE_GLOBAL));
    CHECK_FALSE(contains(*code, Opcode::STORE_NAME));
    const CompiledCode& cls = nested(*code, "C");
    CHECK((cls.flags & kCodeClassBody) != 0);
    CHECK(contains(cls, Opcode::LOAD_NAME));
    CHECK(contains(cls, Opcode::STORE_NAME));
    const CompiledCode& f = nested(*code, "f");
    CHECK(contains(f, Opcode::STORE_FAST));
    CHECK_FALSE(contains(f, Opcode::LOAD_GLOBAL));
    CHECK(f.argCount == 1);
}

TEST_CASE("interactive mode prints expression statements") {
    CHECK(contains(*compile("1 + x\n", true), Opcode::PRINT_EXPR));
    CHECK_FALSE(contains(*compile("1 + x\n", false), Opcode::PRINT_EXPR));
}

TEST_CASE("eval mode returns the expression") {
    ast::Module module = parseExpression("a + 1", "<string>");
    auto code = compileModule(module);
    auto ops = opcodes(*code);
    REQUIRE(ops.size() == 4);
    CHECK(ops[3] == Opcode::RETURN_VALUE);
}

TEST_CASE("docstrings") {
    auto code = compile("'mod doc'\ndef f():\n    'f doc'\n    return 1\nclass C:\n    'c doc'\n");
    CHECK(code->hasDocstring);
    CHECK(code->docstring == "mod doc");
    CHECK(nested(*code, "f").docstring == "f doc");
    const CompiledCode& cls = nested(*code, "C");
    CHECK(cls.docstring == "c doc");
    CHECK(std::find(cls.names.begin(), cls.names.end(), "__doc__") != cls.names.end());
    CHECK((nested(*code, "f").flags & kCodeGenerator) == 0);
}

TEST_CASE("line table covers every word") {
    auto code = compile("x = 1\n\ny = f(\n  x,\n  g())\n");
    REQUIRE(code->lines.size() == code->code.size());
    CHECK(code->lines.front() == 1);
    // The call of g is on line 5; the call of f on line 3.
    bool sawLine5 = false;
    for (int line : code->lines) sawLine5 = sawLine5 || line == 5;
    CHECK(sawLine5);
}

TEST_CASE("qualified names") {
    auto code = compile("def f():\n    def g():\n        pass\n    class K:\n        def m(self): pass\n"
                        "    return [x for x in ()]\nclass C:\n    def m(self): pass\n");
    const CompiledCode& f = nested(*code, "f");
    CHECK(nested(f, "g").qualname == "f.<locals>.g");
    CHECK(nested(nested(f, "K"), "m").qualname == "f.<locals>.K.m");
    CHECK(nested(f, "<listcomp>").qualname == "f.<locals>.<listcomp>");
    CHECK(nested(nested(*code, "C"), "m").qualname == "C.m");
    CHECK((nested(f, "g").flags & kCodeNested) != 0);
}

TEST_CASE("exception tables list disjoint ranges with valid targets") {
    auto code = compile("def f():\n    try:\n        try:\n            a()\n        except E as e:\n            b(e)\n"
                        "        finally:\n            c()\n    except:\n        return 2\n");
    const CompiledCode& f = nested(*code, "f");
    REQUIRE_FALSE(f.exceptionTable.empty());
    for (size_t i = 0; i < f.exceptionTable.size(); ++i) {
        const ExceptionTableEntry& entry = f.exceptionTable[i];
        CHECK(entry.start < entry.end);
        CHECK(entry.target < f.code.size());
        CHECK(opcodeOf(f.code[entry.target]) != Opcode::NOP);
        if (i > 0) CHECK(f.exceptionTable[i - 1].end <= entry.start);
    }
}

TEST_CASE("deep nesting is a SourceError, not a crash") {
    // Built by hand: the parser refuses this depth itself.
    ast::Module module;
    module.filename = "deep.py";
    ast::Expr* expr = module.arena.make<ast::Name>();
    static_cast<ast::Name*>(expr)->id = "x";
    for (int i = 0; i < 5000; ++i) {
        auto* op = module.arena.make<ast::UnaryOp>();
        op->op = ast::UnaryOpKind::Invert;
        op->operand = expr;
        op->line = 1;
        expr = op;
    }
    auto* stmt = module.arena.make<ast::ExprStmt>();
    stmt->value = expr;
    stmt->line = 1;
    module.body.push_back(stmt);
    try {
        compileModule(module);
        FAIL("expected an error");
    } catch (const SourceError& error) {
        CHECK(error.message.find("too many nested") != std::string::npos);
    }
}

TEST_CASE("float and string reprs follow Python") {
    CHECK(floatRepr(0.1 + 0.2) == "0.30000000000000004");
    CHECK(floatRepr(1.0) == "1.0");
    CHECK(floatRepr(-0.0) == "-0.0");
    CHECK(floatRepr(1e16) == "1e+16");
    CHECK(floatRepr(1e15) == "1000000000000000.0");
    CHECK(floatRepr(0.0001) == "0.0001");
    CHECK(floatRepr(0.00001) == "1e-05");
    CHECK(floatRepr(1.5e-300) == "1.5e-300");
    CHECK(floatRepr(123.456) == "123.456");
    CHECK(stringRepr("it's") == "\"it's\"");
    CHECK(stringRepr("a'b\"c") == "'a\\'b\"c'");
    CHECK(stringRepr("tab\there\n\x01") == "'tab\\there\\n\\x01'");
    CHECK(stringRepr("caf\xc3\xa9") == "'caf\xc3\xa9'");
    CHECK(constantRepr(Constant{Constant::Tuple{{Constant{int64_t{1}}}}}) == "(1,)");
    CHECK(constantRepr(Constant{Constant::Bytes{"a'\xff"}}) == "b\"a'\\xff\"");
}

TEST_CASE("golden disassembly") {
    namespace fs = std::filesystem;
    const fs::path folder = fs::path(SPINDLE_SOURCE_DIR) / "tests" / "golden";
    const char* updateEnv = std::getenv("SPINDLE_UPDATE_GOLDEN");
    const bool update = updateEnv && std::string(updateEnv) == "1";
    std::vector<fs::path> sources;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".py") sources.push_back(entry.path());
    std::sort(sources.begin(), sources.end());
    REQUIRE(sources.size() >= 10);
    for (const fs::path& source : sources) {
        CAPTURE(source.filename().string());
        std::string listing;
        try {
            ast::Module module = parseModule(readFile(source), source.filename().string());
            listing = disassemble(*compileModule(module));
        } catch (const SourceError& error) {
            FAIL_CHECK("compile failed: " << error.describe());
            continue;
        }
        fs::path expectedPath = source;
        expectedPath.replace_extension(".dis");
        if (update) {
            std::ofstream(expectedPath, std::ios::binary) << listing;
            continue;
        }
        REQUIRE_MESSAGE(fs::exists(expectedPath), "missing " << expectedPath << " (run with SPINDLE_UPDATE_GOLDEN=1)");
        CHECK(listing == readFile(expectedPath));
    }
}

} // TEST_SUITE
