// The VM's cache of MRO lookups (runtime/TypeAttributeCache.h): what it
// promises is that no change to a class is ever missed, whichever way the
// class's dict changes, and that a collection forgets everything.
// (tests/scripts/classes/attributes_change_after_use.py checks the same against
// CPython's output.)
#include "runtime/Runtime.h"

#include <spindle/spindle.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace spindle;

namespace {

std::string runCapturing(const std::string& source) {
    std::string out;
    VMConfig config;
    config.write = [&out](int, std::string_view text) { out += text; };
    VM vm(config);
    CHECK(vm.runMain(source, "cache.py") == 0);
    return out;
}

} // namespace

TEST_SUITE("attribute cache") {

TEST_CASE("a class's dict changed directly is seen by the next lookup") {
    // Spindle's C.__dict__ is the class's own dict (CPython shows a read-only
    // proxy), so it is one more way to change a class.
    std::string out = runCapturing("class C:\n"
                                   "    def f(self): return 1\n"
                                   "c = C()\n"
                                   "print(c.f())\n"
                                   "C.__dict__['f'] = lambda self: 2\n"
                                   "print(c.f())\n"
                                   "del C.__dict__['f']\n"
                                   "print(hasattr(c, 'f'))\n"
                                   "C.__dict__.update(f=lambda self: 3)\n"
                                   "print(c.f())\n"
                                   "C.__dict__.clear()\n"
                                   "print(hasattr(c, 'f'))\n");
    CHECK(out == "1\n2\nFalse\n3\nFalse\n");
}

TEST_CASE("a collection makes every remembered answer stale") {
    VM vm;
    Runtime& rt = vm.runtime();
    REQUIRE(vm.runMain("class C:\n    def f(self): return 1\nC().f()\n", "cache.py") == 0);
    uint64_t before = rt.typeAttributes.epoch;
    rt.heap.collect(); // the VM's thread holds the interpreter lock between calls
    CHECK(rt.typeAttributes.epoch == before + 1);
    for (const TypeAttributeCache::Entry& e : rt.typeAttributes.entries) CHECK(e.epoch != rt.typeAttributes.epoch);
}

TEST_CASE("a base gaining a name shadows nothing it should not, and is seen by subclasses") {
    std::string out = runCapturing("class A:\n    pass\n"
                                   "class B(A):\n    pass\n"
                                   "class C(B):\n    pass\n"
                                   "c = C()\n"
                                   "print(hasattr(c, 'x'))\n"
                                   "A.x = 'from A'\n"
                                   "print(c.x)\n"
                                   "B.x = 'from B'\n"
                                   "print(c.x)\n"
                                   "A.x = 'A again'\n"
                                   "print(c.x, A().x)\n"
                                   "del B.x\n"
                                   "print(c.x)\n");
    CHECK(out == "False\nfrom A\nfrom B\nfrom B A again\nA again\n");
}

} // TEST_SUITE
