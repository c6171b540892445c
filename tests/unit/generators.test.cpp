// Fibers (runtime/Fiber.h) and the two ways of running generators, through the
// embedding API (VMConfig::generatorsOnFibers).
#include "runtime/Fiber.h"

#include <spindle/spindle.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace spindle;

namespace {

struct PingPong {
    Fiber* fiber = nullptr;
    std::vector<int> trace;
    int rounds = 0;
};

void pingPongMain(void* arg) noexcept {
    PingPong& p = *static_cast<PingPong*>(arg);
    for (int i = 0; i < p.rounds; i++) {
        p.trace.push_back(i * 2 + 1); // odd: inside the fiber
        p.fiber->suspend();
    }
}

// Recursion on the fiber's own stack: it must be that stack (the addresses lie
// inside it), and each level keeps its locals across the switches.
struct Deep {
    Fiber* fiber = nullptr;
    const char* lowest = nullptr;
    int sum = 0;
};

int descend(Deep& d, int n) {
    volatile char local = static_cast<char>(n);
    const char* here = const_cast<const char*>(&local);
    if (!d.lowest || here < d.lowest) d.lowest = here;
    if (n == 0) {
        d.fiber->suspend();
        return 0;
    }
    return local + descend(d, n - 1);
}

void deepMain(void* arg) noexcept {
    Deep& d = *static_cast<Deep*>(arg);
    d.sum = descend(d, 50);
}

struct Captured {
    std::string out, err;
    int status = -1;
};

Captured run(const std::string& source, bool onFibers) {
    Captured c;
    VMConfig config;
    config.generatorsOnFibers = onFibers;
    config.write = [&c](int stream, std::string_view text) { (stream == 2 ? c.err : c.out) += text; };
    VM vm(config);
    c.status = vm.runMain(source, "gen.py");
    return c;
}

} // namespace

TEST_SUITE("generators") {

TEST_CASE("a fiber runs until it suspends and continues where it left off") {
    FiberStackPool pool;
    PingPong p;
    p.rounds = 3;
    Fiber fiber(pool, pingPongMain, &p);
    p.fiber = &fiber;
    REQUIRE(fiber.ok());
    for (int i = 0; !fiber.finished(); i++) {
        p.trace.push_back(i * 2); // even: outside
        fiber.resume();
    }
    CHECK(p.trace == std::vector<int>{0, 1, 2, 3, 4, 5, 6});
}

TEST_CASE("fiber stacks come from the pool and go back to it, also when abandoned") {
    FiberStackPool pool;
    CHECK(pool.pooled() == 0);
    Deep d;
    char* base = nullptr;
    {
        Fiber fiber(pool, deepMain, &d);
        d.fiber = &fiber;
        fiber.resume(); // suspended 50 calls deep
        CHECK_FALSE(fiber.finished());
        const char* limit = fiber.stackLimit();
        CHECK(d.lowest > limit);                    // recursed on the fiber's stack...
        CHECK(d.lowest < limit + kFiberStackBytes); // ...within its bounds
        base = const_cast<char*>(limit);
    } // destroyed while suspended: abandoned, not unwound
    CHECK(pool.pooled() == 1);
    Deep again;
    Fiber reuse(pool, deepMain, &again);
    again.fiber = &reuse;
    CHECK(pool.pooled() == 0);
    CHECK(reuse.stackLimit() == base); // the same stack, reused
    reuse.resume();
    reuse.resume();
    CHECK(reuse.finished());
    int expected = 0;
    for (int n = 1; n <= 50; n++) expected += static_cast<char>(n);
    CHECK(again.sum == expected);
}

TEST_CASE("generators print the same on fibers as stackless") {
    const std::string source = R"(
def inner():
    got = yield 1
    try:
        yield got * 2
    except KeyError as e:
        yield "caught " + str(e)
    return "inner done"

def outer():
    result = yield from inner()
    yield result

g = outer()
print(next(g), g.send(21), g.throw(KeyError("k")), next(g))
print(sum(x * x for x in range(100)), list(zip(range(3), (c for c in "abc"))))
try:
    next(g)
except StopIteration as stop:
    print("stopped", stop.value)
)";
    Captured stackless = run(source, false);
    Captured fibers = run(source, true);
    CHECK(stackless.status == 0);
    CHECK(stackless.err == "");
    CHECK(stackless.out == "1 42 caught 'k' inner done\n328350 [(0, 'a'), (1, 'b'), (2, 'c')]\nstopped None\n");
    CHECK(fibers.status == stackless.status);
    CHECK(fibers.out == stackless.out);
    CHECK(fibers.err == stackless.err);
}

TEST_CASE("native recursion inside a fiber generator stops at the fiber's smaller stack") {
    // The depth reached before RecursionError shows which stack the body ran on:
    // a fiber's (kFiberStackBytes) against a thread's 64 MiB.
    const std::string source = R"(
import sys, threading
sys.setrecursionlimit(1000000)
threading.stack_size(64 * 1024 * 1024)
depth = 0
def down(n):
    global depth
    depth = n
    return sorted([1, 2], key=lambda x: down(n + 1))
def gen():
    try:
        yield down(0)
    except RecursionError as e:
        yield str(e)
out = []
t = threading.Thread(target=lambda: out.append(next(gen())))
t.start()
t.join()
print(out[0], depth)
)";
    Captured stackless = run(source, false);
    Captured fibers = run(source, true);
    REQUIRE(stackless.status == 0);
    REQUIRE(fibers.status == 0);
    const std::string prefix = "maximum recursion depth exceeded ";
    REQUIRE(stackless.out.rfind(prefix, 0) == 0);
    REQUIRE(fibers.out.rfind(prefix, 0) == 0);
    int stacklessDepth = std::stoi(stackless.out.substr(prefix.size()));
    int fiberDepth = std::stoi(fibers.out.substr(prefix.size()));
    CHECK(fiberDepth > 10);
    CHECK(fiberDepth * 4 < stacklessDepth);
}

} // TEST_SUITE
