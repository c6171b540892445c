// Tests of range beyond int64. A range whose fields all fit in int64 runs on int64
// fast paths, any other on arbitrary-precision ints (RangeSlice.cpp); the two
// must agree. Each case here builds a small range and its "twin" shifted by 10**20
// (so the twin takes the big path) and checks that every operation gives the
// small range's answer shifted by the same amount. CPython's own answers for big
// ranges are checked by tests/scripts/types/range_bigint.py.
#include "runtime/Ops.h"
#include "runtime/ThreadState.h"
#include "runtime/types/Containers.h"

#include <doctest/doctest.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

using namespace spindle;

namespace {

struct Vm {
    Runtime rt;
    ThreadState ts{rt};
    // Code that blocks gives the interpreter lock up and takes it back: hold it, as a VM's main thread does.
    bool holdsGil = (rt.gil.acquire(&ts, false), true);
    Value shiftBy; // 10**20, referenced by no Python code

    Vm() {
        rt.initialize(ts);
        shiftBy = intFromBigText(ts, "100000000000000000000");
    }

    Value i(int64_t v) { return Value::integer(v); }
    Value shift(Value v) { return binaryOp(ts, BinaryOperator::ADD, v, shiftBy); }
    Value call(const char* builtin, std::initializer_list<Value> args) {
        std::vector<Value> values(args);
        Value fn = dictGetStr(rt.builtins, intern(ts, builtin));
        return spindle::call(ts, fn, Args{values.data(), values.size(), nullptr});
    }
    Value method(Value obj, const char* name, Value arg) {
        return spindle::call(ts, getAttr(ts, obj, intern(ts, name)), Args{&arg, 1, nullptr});
    }
    bool same(Value a, Value b) { return equals(ts, a, b); }
    // The items of an iterable, each shifted.
    std::vector<Value> shiftedItems(Value iterable) {
        std::vector<Value> out;
        for (Value v : listFromIterable(ts, iterable)->items) out.push_back(shift(v));
        return out;
    }
    std::vector<Value> items(Value iterable) { return listFromIterable(ts, iterable)->items; }
    bool sameItems(const std::vector<Value>& a, const std::vector<Value>& b) {
        if (a.size() != b.size()) return false;
        for (size_t k = 0; k < a.size(); ++k)
            if (!same(a[k], b[k])) return false;
        return true;
    }
    // The value of obj[key], or nothing when it raises IndexError.
    std::optional<Value> item(Value obj, Value key) {
        try {
            return getItem(ts, obj, key);
        } catch (PyThrow&) {
            Value e = takeRaised(ts);
            REQUIRE(std::string(typeName(ts, e)) == "IndexError");
            return std::nullopt;
        }
    }
};

} // namespace

TEST_CASE("a range beyond int64 behaves as its int64 twin shifted by 10**20") {
    Vm vm;
    std::vector<Value> bounds = {Value::none(), vm.i(-9), vm.i(-4), vm.i(-1), vm.i(0), vm.i(1), vm.i(3), vm.i(9)};
    std::vector<Value> steps = {Value::none(), vm.i(-3), vm.i(-1), vm.i(1), vm.i(2)};
    int checked = 0;
    for (int64_t step : {-3, -2, -1, 1, 2, 5}) {
        for (int64_t start = -4; start <= 4; ++start) {
            for (int64_t stop = -4; stop <= 4; ++stop) {
                INFO("range(" << start << ", " << stop << ", " << step << ")");
                Value small = vm.call("range", {vm.i(start), vm.i(stop), vm.i(step)});
                Value twin = vm.call("range", {vm.shift(vm.i(start)), vm.shift(vm.i(stop)), vm.i(step)});
                int64_t n = length(vm.ts, small);
                CHECK(length(vm.ts, twin) == n);
                CHECK(truthy(vm.ts, twin) == (n != 0));
                CHECK(vm.sameItems(vm.items(twin), vm.shiftedItems(small)));
                CHECK(vm.sameItems(vm.items(vm.call("reversed", {twin})),
                                   vm.shiftedItems(vm.call("reversed", {small}))));
                for (int64_t k = -n - 2; k <= n + 1; ++k) {
                    std::optional<Value> a = vm.item(small, vm.i(k)), b = vm.item(twin, vm.i(k));
                    REQUIRE(a.has_value() == b.has_value());
                    if (a) CHECK(vm.same(vm.shift(*a), *b));
                }
                for (int64_t x = -7; x <= 7; ++x) {
                    bool in = contains(vm.ts, small, vm.i(x));
                    CHECK(contains(vm.ts, twin, vm.shift(vm.i(x))) == in);
                    CHECK(vm.same(vm.method(twin, "count", vm.shift(vm.i(x))), vm.i(in ? 1 : 0)));
                    if (in)
                        CHECK(vm.same(vm.method(twin, "index", vm.shift(vm.i(x))), vm.method(small, "index", vm.i(x))));
                }
                for (Value a : bounds) {
                    for (Value b : bounds) {
                        for (Value c : steps) {
                            Value slice = vm.call("slice", {a, b, c});
                            Value part = getItem(vm.ts, small, slice), twinPart = getItem(vm.ts, twin, slice);
                            // Equal ranges shifted: same length, start, step (CPython's range ==).
                            auto field = [&](Value r, const char* name) {
                                return getAttr(vm.ts, r, intern(vm.ts, name));
                            };
                            Value expected = vm.call("range", {vm.shift(field(part, "start")),
                                                               vm.shift(field(part, "stop")), field(part, "step")});
                            CHECK(vm.same(twinPart, expected));
                            CHECK(vm.same(field(twinPart, "stop"), field(expected, "stop")));
                            CHECK(hashValue(vm.ts, twinPart) == hashValue(vm.ts, expected));
                            ++checked;
                        }
                    }
                }
            }
        }
    }
    CHECK(checked == 6 * 9 * 9 * 8 * 8 * 5);
}

TEST_CASE("the int64 edges of range") {
    Vm vm;
    auto range3 = [&](Value a, Value b, Value c) { return vm.call("range", {a, b, c}); };
    Value max = vm.i(INT64_MAX), min = vm.i(INT64_MIN);
    Value pastMax = binaryOp(vm.ts, BinaryOperator::ADD, max, vm.i(1));
    // 2**64 - 1 items: the length is a big int, so len() overflows but indexing works.
    Value all = range3(min, max, vm.i(1));
    CHECK(truthy(vm.ts, all));
    CHECK_THROWS_AS(length(vm.ts, all), PyThrow);
    (void)takeRaised(vm.ts);
    CHECK(vm.same(getItem(vm.ts, all, vm.i(-1)), vm.i(INT64_MAX - 1)));
    CHECK(contains(vm.ts, all, vm.i(INT64_MAX - 1)));
    CHECK_FALSE(contains(vm.ts, all, max));
    // Walking across the int64 boundary in both directions.
    Value across = range3(vm.i(INT64_MAX - 1), binaryOp(vm.ts, BinaryOperator::ADD, pastMax, vm.i(1)), vm.i(1));
    std::vector<Value> expected = {vm.i(INT64_MAX - 1), max, pastMax};
    CHECK(vm.sameItems(vm.items(across), expected));
    CHECK(vm.sameItems(vm.items(vm.call("reversed", {across})), {pastMax, max, vm.i(INT64_MAX - 1)}));
}
