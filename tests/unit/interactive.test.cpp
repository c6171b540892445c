// The embedding API the REPL stands on: VM::runInteractive and VM::completions.
#include <spindle/spindle.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace spindle;

namespace {

// A VM whose output is captured, for one session of inputs.
struct Session {
    std::string out, err;
    VMConfig config() {
        VMConfig c;
        c.write = [this](int stream, std::string_view text) { (stream == 2 ? err : out) += text; };
        return c;
    }
};

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

} // namespace

TEST_SUITE("interactive") {

TEST_CASE("expression statements echo their repr and set _") {
    Session s;
    VM vm(s.config());
    CHECK_FALSE(vm.runInteractive("1 + 2\n").needsMoreInput);
    CHECK(s.out == "3\n");
    vm.runInteractive("_ * 2\n");
    CHECK(s.out == "3\n6\n");
    vm.runInteractive("None\n");
    vm.runInteractive("x = 'a'\n");
    CHECK(s.out == "3\n6\n");
    vm.runInteractive("_\n");
    CHECK(s.out == "3\n6\n6\n");
}

TEST_CASE("incomplete input runs nothing and asks for more") {
    Session s;
    VM vm(s.config());
    CHECK(vm.runInteractive("print('ran') or (1 +\n").needsMoreInput);
    CHECK(vm.runInteractive("def f():\n").needsMoreInput);
    CHECK(vm.runInteractive("def f():\n    return 4\n").needsMoreInput);
    CHECK(vm.runInteractive("class A:\n    def m(self):\n").needsMoreInput);
    CHECK(s.out.empty());
    CHECK_FALSE(vm.runInteractive("def f():\n    return 4\n\n").needsMoreInput);
    vm.runInteractive("f()\n");
    CHECK(s.out == "4\n");
    CHECK(s.err.empty());
}

TEST_CASE("errors are reported and the namespace stays") {
    Session s;
    VM vm(s.config());
    vm.runInteractive("kept = 5\n");
    InteractiveResult r = vm.runInteractive("1 / 0\n");
    CHECK_FALSE(r.exitRequested);
    CHECK(s.err.find("ZeroDivisionError: division by zero\n") != std::string::npos);
    vm.runInteractive("x = = 1\n");
    CHECK(s.err.find("SyntaxError: invalid syntax\n") != std::string::npos);
    vm.runInteractive("kept\n");
    CHECK(s.out == "5\n");
}

TEST_CASE("SystemExit ends the session with its status") {
    Session s;
    VM vm(s.config());
    InteractiveResult r = vm.runInteractive("exit(3)\n");
    CHECK(r.exitRequested);
    CHECK(r.exitStatus == 3);
    r = vm.runInteractive("import sys; sys.exit()\n");
    CHECK(r.exitRequested);
    CHECK(r.exitStatus == 0);
}

TEST_CASE("an interrupt that arrives after the last instruction belongs to that input") {
    Session s;
    VM vm(s.config());
    vm.interruptMain();
    vm.runInteractive("x = 1\n");
    CHECK(s.err.find("KeyboardInterrupt") != std::string::npos);
    s.err.clear();
    vm.runInteractive("y = 2\n");
    CHECK(s.err.empty());
}

TEST_CASE("completions of names: keywords, globals and builtins") {
    Session s;
    VM vm(s.config());
    vm.runInteractive("import threading\n");
    vm.runInteractive("printed = 1\n");
    vm.runInteractive("printed_fn = print\n");
    std::vector<std::string> names = vm.completions("pri");
    CHECK(contains(names, "print("));
    CHECK(contains(names, "printed_fn("));
    CHECK(contains(vm.completions("whi"), "while "));
    CHECK(contains(vm.completions("tr"), "try:"));
    CHECK(contains(vm.completions("Tr"), "True"));
    CHECK(contains(vm.completions("thr"), "threading"));
    CHECK(vm.completions("1x").empty());
}

TEST_CASE("completions of attributes read dicts only") {
    Session s;
    VM vm(s.config());
    vm.runInteractive(
        "class Probe:\n"
        "    level = 1\n"
        "    def method(self): pass\n"
        "    @property\n"
        "    def prop(self):\n"
        "        print('getter ran')\n"
        "        return self\n"
        "    def __getattr__(self, name):\n"
        "        print('__getattr__ ran')\n"
        "        return self\n"
        "\n");
    vm.runInteractive("p = Probe(); p.own = 2\n");
    std::vector<std::string> attrs = vm.completions("p.");
    CHECK(contains(attrs, "p.method("));
    CHECK(contains(attrs, "p.own"));
    CHECK(contains(attrs, "p.prop"));
    CHECK(contains(attrs, "p.level"));
    CHECK_FALSE(contains(attrs, "p.__init__("));
    CHECK(contains(vm.completions("p.__in"), "p.__init__("));
    CHECK(vm.completions("p.prop.me").empty());
    CHECK(vm.completions("p.anything.me").empty());
    CHECK(contains(vm.completions("Probe.me"), "Probe.method("));
    CHECK(contains(vm.completions("p.own.bit_le"), "p.own.bit_length("));
    vm.runInteractive("import threading\n");
    CHECK(vm.completions("threading.Ev") == std::vector<std::string>{"threading.Event("});
    CHECK(s.out.empty()); // neither the getter nor __getattr__ ran
}

} // TEST_SUITE
