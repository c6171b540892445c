// Tests of the container types (tuple, list, dict, set, frozenset, range,
// slice) and the builtin iterators. Every expected value and message was
// produced by CPython 3.11 (python3 -c ...).
#include "runtime/Ops.h"
#include "runtime/ThreadState.h"
#include "runtime/types/Containers.h"

#include <doctest/doctest.h>

#include <functional>
#include <initializer_list>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace spindle;

namespace {

struct Vm {
    Runtime rt;
    ThreadState ts{rt};
    // Code that blocks gives the interpreter lock up and takes it back: hold it, as a VM's main thread does.
    bool holdsGil = (rt.gil.acquire(&ts, false), true);

    Vm() { rt.initialize(ts); }

    Value i(int64_t v) { return Value::integer(v); }
    Value s(std::string_view text) { return strValue(ts, text); }
    Value builtin(const char* name) {
        Value v = dictGetStr(rt.builtins, intern(ts, name));
        REQUIRE_MESSAGE(!v.isEmpty(), name);
        return v;
    }
    Value list(std::initializer_list<Value> items) {
        ListObject* l = newList(ts);
        for (Value v : items) l->items.push_back(v);
        return Value::object(l);
    }
    Value ints(std::initializer_list<int64_t> items) {
        ListObject* l = newList(ts);
        for (int64_t v : items) l->items.push_back(Value::integer(v));
        return Value::object(l);
    }
    Value tuple(std::initializer_list<Value> items) {
        TupleObject* t = newTuple(ts, items.size());
        size_t k = 0;
        for (Value v : items) (*t)[k++] = v;
        return Value::object(t);
    }
    // fn(*positional, **keywords)
    Value call(Value fn, std::initializer_list<Value> positional = {},
               std::initializer_list<std::pair<const char*, Value>> keywords = {}) {
        std::vector<Value> values(positional);
        TupleObject* names = nullptr;
        if (keywords.size()) {
            names = newTuple(ts, keywords.size());
            size_t k = 0;
            for (auto& [name, value] : keywords) {
                (*names)[k++] = Value::object(intern(ts, name));
                values.push_back(value);
            }
        }
        return spindle::call(ts, fn, Args{values.data(), values.size(), names});
    }
    Value make(const char* type, std::initializer_list<Value> positional = {},
               std::initializer_list<std::pair<const char*, Value>> keywords = {}) {
        return call(builtin(type), positional, keywords);
    }
    Value method(Value obj, const char* name, std::initializer_list<Value> positional = {},
                 std::initializer_list<std::pair<const char*, Value>> keywords = {}) {
        return call(getAttr(ts, obj, intern(ts, name)), positional, keywords);
    }
    std::string repr(Value v) { return std::string(spindle::repr(ts, v)->view()); }
    // repr(list(iterable))
    std::string listRepr(Value iterable) { return repr(Value::object(listFromIterable(ts, iterable))); }
    // "TypeError: message" of what fn raises, or "no error".
    std::string error(const std::function<void()>& fn) {
        try {
            fn();
        } catch (PyThrow&) {
            Value exc = takeRaised(ts);
            return std::string(typeOf(ts, exc)->name->view()) + ": " + std::string(toStr(ts, exc)->view());
        }
        return "no error";
    }
    Value binary(BinaryOperator op, Value a, Value b) { return binaryOp(ts, op, a, b); }
    bool cmp(CompareOperator op, Value a, Value b) { return compareBool(ts, op, a, b); }
};

// a[start:stop:step] for a = list(range(7)), as python3 printed it
// ("N" is None; the last column is the selected items, concatenated; rows end
// with ';').
const char* const kSliceTable = R"(
N N N 0123456;N N -3 630;N N -2 6420;N N -1 6543210;N N 1 0123456;N N 2 0246;N N 3 036;N -9 N ;N -9 -3 630;
N -9 -2 6420;N -9 -1 6543210;N -9 1 ;N -9 2 ;N -9 3 ;N -3 N 0123;N -3 -3 6;N -3 -2 6;N -3 -1 65;
N -3 1 0123;N -3 2 02;N -3 3 03;N -1 N 012345;N -1 -3 ;N -1 -2 ;N -1 -1 ;N -1 1 012345;N -1 2 024;
N -1 3 03;N 0 N ;N 0 -3 63;N 0 -2 642;N 0 -1 654321;N 0 1 ;N 0 2 ;N 0 3 ;N 1 N 0;
N 1 -3 63;N 1 -2 642;N 1 -1 65432;N 1 1 0;N 1 2 0;N 1 3 0;N 3 N 012;N 3 -3 6;N 3 -2 64;
N 3 -1 654;N 3 1 012;N 3 2 02;N 3 3 0;N 6 N 012345;N 6 -3 ;N 6 -2 ;N 6 -1 ;N 6 1 012345;
N 6 2 024;N 6 3 03;N 9 N 0123456;N 9 -3 ;N 9 -2 ;N 9 -1 ;N 9 1 0123456;N 9 2 0246;N 9 3 036;
-9 N N 0123456;-9 N -3 ;-9 N -2 ;-9 N -1 ;-9 N 1 0123456;-9 N 2 0246;-9 N 3 036;-9 -9 N ;-9 -9 -3 ;
-9 -9 -2 ;-9 -9 -1 ;-9 -9 1 ;-9 -9 2 ;-9 -9 3 ;-9 -3 N 0123;-9 -3 -3 ;-9 -3 -2 ;-9 -3 -1 ;
-9 -3 1 0123;-9 -3 2 02;-9 -3 3 03;-9 -1 N 012345;-9 -1 -3 ;-9 -1 -2 ;-9 -1 -1 ;-9 -1 1 012345;-9 -1 2 024;
-9 -1 3 03;-9 0 N ;-9 0 -3 ;-9 0 -2 ;-9 0 -1 ;-9 0 1 ;-9 0 2 ;-9 0 3 ;-9 1 N 0;
-9 1 -3 ;-9 1 -2 ;-9 1 -1 ;-9 1 1 0;-9 1 2 0;-9 1 3 0;-9 3 N 012;-9 3 -3 ;-9 3 -2 ;
-9 3 -1 ;-9 3 1 012;-9 3 2 02;-9 3 3 0;-9 6 N 012345;-9 6 -3 ;-9 6 -2 ;-9 6 -1 ;-9 6 1 012345;
-9 6 2 024;-9 6 3 03;-9 9 N 0123456;-9 9 -3 ;-9 9 -2 ;-9 9 -1 ;-9 9 1 0123456;-9 9 2 0246;-9 9 3 036;
-3 N N 456;-3 N -3 41;-3 N -2 420;-3 N -1 43210;-3 N 1 456;-3 N 2 46;-3 N 3 4;-3 -9 N ;-3 -9 -3 41;
-3 -9 -2 420;-3 -9 -1 43210;-3 -9 1 ;-3 -9 2 ;-3 -9 3 ;-3 -3 N ;-3 -3 -3 ;-3 -3 -2 ;-3 -3 -1 ;
-3 -3 1 ;-3 -3 2 ;-3 -3 3 ;-3 -1 N 45;-3 -1 -3 ;-3 -1 -2 ;-3 -1 -1 ;-3 -1 1 45;-3 -1 2 4;
-3 -1 3 4;-3 0 N ;-3 0 -3 41;-3 0 -2 42;-3 0 -1 4321;-3 0 1 ;-3 0 2 ;-3 0 3 ;-3 1 N ;
-3 1 -3 4;-3 1 -2 42;-3 1 -1 432;-3 1 1 ;-3 1 2 ;-3 1 3 ;-3 3 N ;-3 3 -3 4;-3 3 -2 4;
-3 3 -1 4;-3 3 1 ;-3 3 2 ;-3 3 3 ;-3 6 N 45;-3 6 -3 ;-3 6 -2 ;-3 6 -1 ;-3 6 1 45;
-3 6 2 4;-3 6 3 4;-3 9 N 456;-3 9 -3 ;-3 9 -2 ;-3 9 -1 ;-3 9 1 456;-3 9 2 46;-3 9 3 4;
-1 N N 6;-1 N -3 630;-1 N -2 6420;-1 N -1 6543210;-1 N 1 6;-1 N 2 6;-1 N 3 6;-1 -9 N ;-1 -9 -3 630;
-1 -9 -2 6420;-1 -9 -1 6543210;-1 -9 1 ;-1 -9 2 ;-1 -9 3 ;-1 -3 N ;-1 -3 -3 6;-1 -3 -2 6;-1 -3 -1 65;
-1 -3 1 ;-1 -3 2 ;-1 -3 3 ;-1 -1 N ;-1 -1 -3 ;-1 -1 -2 ;-1 -1 -1 ;-1 -1 1 ;-1 -1 2 ;
-1 -1 3 ;-1 0 N ;-1 0 -3 63;-1 0 -2 642;-1 0 -1 654321;-1 0 1 ;-1 0 2 ;-1 0 3 ;-1 1 N ;
-1 1 -3 63;-1 1 -2 642;-1 1 -1 65432;-1 1 1 ;-1 1 2 ;-1 1 3 ;-1 3 N ;-1 3 -3 6;-1 3 -2 64;
-1 3 -1 654;-1 3 1 ;-1 3 2 ;-1 3 3 ;-1 6 N ;-1 6 -3 ;-1 6 -2 ;-1 6 -1 ;-1 6 1 ;
-1 6 2 ;-1 6 3 ;-1 9 N 6;-1 9 -3 ;-1 9 -2 ;-1 9 -1 ;-1 9 1 6;-1 9 2 6;-1 9 3 6;
0 N N 0123456;0 N -3 0;0 N -2 0;0 N -1 0;0 N 1 0123456;0 N 2 0246;0 N 3 036;0 -9 N ;0 -9 -3 0;
0 -9 -2 0;0 -9 -1 0;0 -9 1 ;0 -9 2 ;0 -9 3 ;0 -3 N 0123;0 -3 -3 ;0 -3 -2 ;0 -3 -1 ;
0 -3 1 0123;0 -3 2 02;0 -3 3 03;0 -1 N 012345;0 -1 -3 ;0 -1 -2 ;0 -1 -1 ;0 -1 1 012345;0 -1 2 024;
0 -1 3 03;0 0 N ;0 0 -3 ;0 0 -2 ;0 0 -1 ;0 0 1 ;0 0 2 ;0 0 3 ;0 1 N 0;
0 1 -3 ;0 1 -2 ;0 1 -1 ;0 1 1 0;0 1 2 0;0 1 3 0;0 3 N 012;0 3 -3 ;0 3 -2 ;
0 3 -1 ;0 3 1 012;0 3 2 02;0 3 3 0;0 6 N 012345;0 6 -3 ;0 6 -2 ;0 6 -1 ;0 6 1 012345;
0 6 2 024;0 6 3 03;0 9 N 0123456;0 9 -3 ;0 9 -2 ;0 9 -1 ;0 9 1 0123456;0 9 2 0246;0 9 3 036;
1 N N 123456;1 N -3 1;1 N -2 1;1 N -1 10;1 N 1 123456;1 N 2 135;1 N 3 14;1 -9 N ;1 -9 -3 1;
1 -9 -2 1;1 -9 -1 10;1 -9 1 ;1 -9 2 ;1 -9 3 ;1 -3 N 123;1 -3 -3 ;1 -3 -2 ;1 -3 -1 ;
1 -3 1 123;1 -3 2 13;1 -3 3 1;1 -1 N 12345;1 -1 -3 ;1 -1 -2 ;1 -1 -1 ;1 -1 1 12345;1 -1 2 135;
1 -1 3 14;1 0 N ;1 0 -3 1;1 0 -2 1;1 0 -1 1;1 0 1 ;1 0 2 ;1 0 3 ;1 1 N ;
1 1 -3 ;1 1 -2 ;1 1 -1 ;1 1 1 ;1 1 2 ;1 1 3 ;1 3 N 12;1 3 -3 ;1 3 -2 ;
1 3 -1 ;1 3 1 12;1 3 2 1;1 3 3 1;1 6 N 12345;1 6 -3 ;1 6 -2 ;1 6 -1 ;1 6 1 12345;
1 6 2 135;1 6 3 14;1 9 N 123456;1 9 -3 ;1 9 -2 ;1 9 -1 ;1 9 1 123456;1 9 2 135;1 9 3 14;
3 N N 3456;3 N -3 30;3 N -2 31;3 N -1 3210;3 N 1 3456;3 N 2 35;3 N 3 36;3 -9 N ;3 -9 -3 30;
3 -9 -2 31;3 -9 -1 3210;3 -9 1 ;3 -9 2 ;3 -9 3 ;3 -3 N 3;3 -3 -3 ;3 -3 -2 ;3 -3 -1 ;
3 -3 1 3;3 -3 2 3;3 -3 3 3;3 -1 N 345;3 -1 -3 ;3 -1 -2 ;3 -1 -1 ;3 -1 1 345;3 -1 2 35;
3 -1 3 3;3 0 N ;3 0 -3 3;3 0 -2 31;3 0 -1 321;3 0 1 ;3 0 2 ;3 0 3 ;3 1 N ;
3 1 -3 3;3 1 -2 3;3 1 -1 32;3 1 1 ;3 1 2 ;3 1 3 ;3 3 N ;3 3 -3 ;3 3 -2 ;
3 3 -1 ;3 3 1 ;3 3 2 ;3 3 3 ;3 6 N 345;3 6 -3 ;3 6 -2 ;3 6 -1 ;3 6 1 345;
3 6 2 35;3 6 3 3;3 9 N 3456;3 9 -3 ;3 9 -2 ;3 9 -1 ;3 9 1 3456;3 9 2 35;3 9 3 36;
6 N N 6;6 N -3 630;6 N -2 6420;6 N -1 6543210;6 N 1 6;6 N 2 6;6 N 3 6;6 -9 N ;6 -9 -3 630;
6 -9 -2 6420;6 -9 -1 6543210;6 -9 1 ;6 -9 2 ;6 -9 3 ;6 -3 N ;6 -3 -3 6;6 -3 -2 6;6 -3 -1 65;
6 -3 1 ;6 -3 2 ;6 -3 3 ;6 -1 N ;6 -1 -3 ;6 -1 -2 ;6 -1 -1 ;6 -1 1 ;6 -1 2 ;
6 -1 3 ;6 0 N ;6 0 -3 63;6 0 -2 642;6 0 -1 654321;6 0 1 ;6 0 2 ;6 0 3 ;6 1 N ;
6 1 -3 63;6 1 -2 642;6 1 -1 65432;6 1 1 ;6 1 2 ;6 1 3 ;6 3 N ;6 3 -3 6;6 3 -2 64;
6 3 -1 654;6 3 1 ;6 3 2 ;6 3 3 ;6 6 N ;6 6 -3 ;6 6 -2 ;6 6 -1 ;6 6 1 ;
6 6 2 ;6 6 3 ;6 9 N 6;6 9 -3 ;6 9 -2 ;6 9 -1 ;6 9 1 6;6 9 2 6;6 9 3 6;
9 N N ;9 N -3 630;9 N -2 6420;9 N -1 6543210;9 N 1 ;9 N 2 ;9 N 3 ;9 -9 N ;9 -9 -3 630;
9 -9 -2 6420;9 -9 -1 6543210;9 -9 1 ;9 -9 2 ;9 -9 3 ;9 -3 N ;9 -3 -3 6;9 -3 -2 6;9 -3 -1 65;
9 -3 1 ;9 -3 2 ;9 -3 3 ;9 -1 N ;9 -1 -3 ;9 -1 -2 ;9 -1 -1 ;9 -1 1 ;9 -1 2 ;
9 -1 3 ;9 0 N ;9 0 -3 63;9 0 -2 642;9 0 -1 654321;9 0 1 ;9 0 2 ;9 0 3 ;9 1 N ;
9 1 -3 63;9 1 -2 642;9 1 -1 65432;9 1 1 ;9 1 2 ;9 1 3 ;9 3 N ;9 3 -3 6;9 3 -2 64;
9 3 -1 654;9 3 1 ;9 3 2 ;9 3 3 ;9 6 N ;9 6 -3 ;9 6 -2 ;9 6 -1 ;9 6 1 ;
9 6 2 ;9 6 3 ;9 9 N ;9 9 -3 ;9 9 -2 ;9 9 -1 ;9 9 1 ;9 9 2 ;9 9 3 ;)";

Value parseBound(const std::string& text) {
    return text == "N" ? Value::none() : Value::integer(std::stoll(text));
}

std::string concatItems(Vm& vm, Value seq) {
    std::string out;
    ListObject* l = listFromIterable(vm.ts, seq);
    for (Value v : l->items) out += std::to_string(v.asInt());
    return out;
}

} // namespace

TEST_SUITE("containers") {

TEST_CASE("reprs of every container, recursion included") {
    Vm vm;
    CHECK(vm.repr(vm.rt.emptyTuple) == "()");
    CHECK(vm.repr(vm.tuple({vm.i(1)})) == "(1,)");
    CHECK(vm.repr(vm.tuple({vm.i(1), vm.s("a")})) == "(1, 'a')");
    CHECK(vm.repr(vm.list({vm.i(1), vm.list({vm.i(2), vm.s("x")}), vm.tuple({vm.i(3)})})) ==
          "[1, [2, 'x'], (3,)]");
    Value selfList = vm.list({});
    as<ListObject>(selfList)->items.push_back(selfList);
    CHECK(vm.repr(selfList) == "[[...]]");
    Value d = vm.make("dict");
    setItem(vm.ts, d, vm.s("s"), d);
    CHECK(vm.repr(d) == "{'s': {...}}");
    Value inner = vm.list({});
    Value t = vm.tuple({inner});
    as<ListObject>(inner)->items.push_back(t);
    CHECK(vm.repr(t) == "([(...)],)");
    CHECK(vm.repr(vm.make("set")) == "set()");
    CHECK(vm.repr(vm.make("set", {vm.ints({1, 2})})) == "{1, 2}");
    CHECK(vm.repr(vm.make("frozenset", {vm.ints({1})})) == "frozenset({1})");
    CHECK(vm.repr(vm.make("frozenset")) == "frozenset()");
    Value mixed = vm.make("dict");
    setItem(vm.ts, mixed, vm.s("a"), vm.i(1));
    setItem(vm.ts, mixed, vm.i(2), Value::none());
    CHECK(vm.repr(mixed) == "{'a': 1, 2: None}");
    CHECK(vm.repr(vm.make("slice", {vm.i(1), vm.i(2)})) == "slice(1, 2, None)");
    CHECK(vm.repr(vm.make("slice", {Value::none(), vm.s("a"), vm.i(-1)})) == "slice(None, 'a', -1)");
    CHECK(vm.repr(vm.make("range", {vm.i(5)})) == "range(0, 5)");
    CHECK(vm.repr(vm.make("range", {vm.i(0), vm.i(10), vm.i(2)})) == "range(0, 10, 2)");
}

TEST_CASE("slicing lists, tuples and ranges matches python3 for every bound") {
    Vm vm;
    Value list = vm.ints({0, 1, 2, 3, 4, 5, 6});
    Value tuple = Value::object(tupleFromIterable(vm.ts, list));
    Value range = vm.make("range", {vm.i(7)});
    std::istringstream table(kSliceTable);
    std::string line;
    int rows = 0;
    while (std::getline(table, line, ';')) {
        if (line.find_first_not_of(" \n") == std::string::npos) continue;
        std::istringstream fields(line);
        std::string start, stop, step, expected;
        fields >> start >> stop >> step >> expected;
        Value slice = vm.make("slice", {parseBound(start), parseBound(stop), parseBound(step)});
        INFO("a[" << start << ":" << stop << ":" << step << "]");
        CHECK(concatItems(vm, getItem(vm.ts, list, slice)) == expected);
        CHECK(concatItems(vm, getItem(vm.ts, tuple, slice)) == expected);
        CHECK(concatItems(vm, getItem(vm.ts, range, slice)) == expected);
        ++rows;
    }
    CHECK(rows == 567);
}

TEST_CASE("range slices are ranges with CPython's bounds") {
    Vm vm;
    auto rangeOf = [&](int64_t a, int64_t b, int64_t c) { return vm.make("range", {vm.i(a), vm.i(b), vm.i(c)}); };
    auto slice = [&](Value a, Value b, Value c) { return vm.make("slice", {a, b, c}); };
    Value none = Value::none();
    CHECK(vm.repr(getItem(vm.ts, rangeOf(0, 7, 1), slice(vm.i(1), vm.i(5), vm.i(2)))) == "range(1, 5, 2)");
    CHECK(vm.repr(getItem(vm.ts, rangeOf(3, 20, 4), slice(none, none, vm.i(-1)))) == "range(19, -1, -4)");
    CHECK(vm.repr(getItem(vm.ts, rangeOf(0, 10, 1), slice(vm.i(0), vm.i(5), vm.i(2)))) == "range(0, 5, 2)");
    CHECK(vm.repr(getItem(vm.ts, rangeOf(0, -10, -3), slice(vm.i(1), none, none))) == "range(-3, -12, -3)");
    CHECK(vm.repr(getItem(vm.ts, rangeOf(0, 5, 1), slice(none, none, vm.i(-2)))) == "range(4, -1, -2)");
    CHECK(vm.repr(getItem(vm.ts, rangeOf(3, 20, 4), slice(vm.i(1), vm.i(3), none))) == "range(7, 15, 4)");
}

TEST_CASE("slice assignment and deletion") {
    Vm vm;
    auto slice = [&](Value a, Value b, Value c) { return vm.make("slice", {a, b, c}); };
    Value none = Value::none();
    Value a = vm.ints({1, 2, 3, 4, 5, 6});
    setItem(vm.ts, a, slice(vm.i(1), vm.i(3), none), vm.ints({9, 9, 9}));
    CHECK(vm.repr(a) == "[1, 9, 9, 9, 4, 5, 6]");
    a = vm.ints({1, 2, 3});
    setItem(vm.ts, a, slice(vm.i(3), vm.i(1), none), vm.ints({9}));
    CHECK(vm.repr(a) == "[1, 2, 3, 9]");
    a = vm.ints({1, 2, 3, 4, 5, 6});
    delItem(vm.ts, a, slice(none, none, vm.i(2)));
    CHECK(vm.repr(a) == "[2, 4, 6]");
    a = vm.ints({1, 2, 3, 4, 5, 6});
    delItem(vm.ts, a, slice(none, none, vm.i(-2)));
    CHECK(vm.repr(a) == "[1, 3, 5]");
    a = vm.ints({1, 2, 3, 4, 5, 6});
    setItem(vm.ts, a, slice(none, none, vm.i(-2)), vm.ints({7, 8, 9}));
    CHECK(vm.repr(a) == "[1, 9, 3, 8, 5, 7]");
    a = vm.ints({1, 2, 3});
    setItem(vm.ts, a, slice(none, none, none), a);
    CHECK(vm.repr(a) == "[1, 2, 3]");
    setItem(vm.ts, a, slice(vm.i(1), none, none), a);
    CHECK(vm.repr(a) == "[1, 1, 2, 3]");
    setItem(vm.ts, a, slice(vm.i(0), vm.i(2), none), vm.make("range", {vm.i(3)}));
    CHECK(vm.repr(a) == "[0, 1, 2, 2, 3]");
    delItem(vm.ts, a, vm.i(-1));
    setItem(vm.ts, a, vm.i(0), vm.s("z"));
    CHECK(vm.repr(a) == "['z', 1, 2, 2]");

    a = vm.ints({1, 2, 3});
    CHECK(vm.error([&] { setItem(vm.ts, a, slice(vm.i(0), vm.i(3), vm.i(2)), vm.ints({1})); }) ==
          "ValueError: attempt to assign sequence of size 1 to extended slice of size 2");
    CHECK(vm.error([&] { setItem(vm.ts, a, slice(none, none, vm.i(2)), vm.i(5)); }) ==
          "TypeError: must assign iterable to extended slice");
    CHECK(vm.error([&] { setItem(vm.ts, a, slice(vm.i(1), vm.i(2), none), vm.i(5)); }) ==
          "TypeError: can only assign an iterable");
    CHECK(vm.error([&] { delItem(vm.ts, a, vm.i(5)); }) == "IndexError: list assignment index out of range");
    CHECK(vm.error([&] { setItem(vm.ts, a, vm.i(5), vm.i(1)); }) == "IndexError: list assignment index out of range");
    CHECK(vm.error([&] { getItem(vm.ts, a, slice(none, none, vm.i(0))); }) == "ValueError: slice step cannot be zero");
    CHECK(vm.error([&] { getItem(vm.ts, a, slice(Value::real(1.5), none, none)); }) ==
          "TypeError: slice indices must be integers or None or have an __index__ method");
    CHECK(vm.repr(a) == "[1, 2, 3]");
}

// A key function that appends to the list being sorted (its bound self).
Value appendingKey(ThreadState& ts, Value self, Args args) {
    as<ListObject>(self)->items.push_back(Value::integer(0));
    return args[0];
}

// A key function that returns the first item of a tuple.
Value firstItem(ThreadState&, Value, Args args) { return (*as<TupleObject>(args[0]))[0]; }

TEST_CASE("sort is stable, honours key and reverse, reports errors") {
    Vm vm;
    Value key = Value::object(newNative(vm.ts, "first", firstItem));
    Value pairs = vm.list({vm.tuple({vm.i(1), vm.s("b")}), vm.tuple({vm.i(0), vm.s("a")}),
                           vm.tuple({vm.i(1), vm.s("a")}), vm.tuple({vm.i(0), vm.s("b")})});
    vm.method(pairs, "sort", {}, {{"key", key}});
    CHECK(vm.repr(pairs) == "[(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a')]");
    vm.method(pairs, "sort", {}, {{"key", key}, {"reverse", Value::boolean(true)}});
    CHECK(vm.repr(pairs) == "[(1, 'b'), (1, 'a'), (0, 'a'), (0, 'b')]");

    Value l = vm.ints({3, 1, 2});
    vm.method(l, "sort", {}, {{"reverse", Value::boolean(true)}});
    CHECK(vm.repr(l) == "[3, 2, 1]");
    l = vm.list({vm.s("b"), vm.s("a"), vm.s("C")});
    vm.method(l, "sort");
    CHECK(vm.repr(l) == "['C', 'a', 'b']");
    l = vm.list({Value::real(2.5), Value::real(1.0), Value::real(-3.0)});
    vm.method(l, "sort");
    CHECK(vm.repr(l) == "[-3.0, 1.0, 2.5]");
    l = vm.list({vm.i(1), Value::real(2.5), vm.i(0)});
    vm.method(l, "sort");
    CHECK(vm.repr(l) == "[0, 1, 2.5]");

    // Long enough to exercise the merge passes: 100 keys 0..9, stability checked.
    ListObject* many = newList(vm.ts);
    Handle keepMany(vm.ts, Value::object(many));
    for (int k = 0; k < 100; ++k) many->items.push_back(vm.tuple({vm.i((k * 7) % 10), vm.i(k)}));
    vm.method(Value::object(many), "sort", {}, {{"key", key}});
    bool ordered = true;
    for (size_t k = 1; k < many->items.size(); ++k) {
        TupleObject* prev = as<TupleObject>(many->items[k - 1]);
        TupleObject* cur = as<TupleObject>(many->items[k]);
        int64_t pk = (*prev)[0].asInt(), ck = (*cur)[0].asInt();
        if (pk > ck || (pk == ck && (*prev)[1].asInt() > (*cur)[1].asInt())) ordered = false;
    }
    CHECK(ordered);

    l = vm.list({vm.i(3), vm.s("a")});
    CHECK(vm.error([&] { vm.method(l, "sort"); }) ==
          "TypeError: '<' not supported between instances of 'str' and 'int'");
    CHECK(vm.repr(l) == "[3, 'a']");
    CHECK(vm.error([&] { vm.method(l, "sort", {vm.i(1)}); }) == "TypeError: sort() takes no positional arguments");
    CHECK(vm.error([&] { vm.method(l, "sort", {}, {{"foo", vm.i(1)}}); }) ==
          "TypeError: 'foo' is an invalid keyword argument for sort()");

    l = vm.ints({1, 2, 3});
    Value appending = Value::object(newNative(vm.ts, "appending", appendingKey, l));
    CHECK(vm.error([&] { vm.method(l, "sort", {}, {{"key", appending}}); }) == "ValueError: list modified during sort");
    CHECK(vm.repr(l) == "[1, 2, 3]");
}

TEST_CASE("list methods and operators") {
    Vm vm;
    Value l = vm.ints({0, 1, 2, 3, 4});
    vm.method(l, "insert", {vm.i(-100), vm.s("a")});
    vm.method(l, "insert", {vm.i(100), vm.s("z")});
    vm.method(l, "insert", {vm.i(1), vm.s("b")});
    CHECK(vm.repr(l) == "['a', 'b', 0, 1, 2, 3, 4, 'z']");
    CHECK(vm.repr(vm.method(l, "pop")) == "'z'");
    CHECK(vm.repr(vm.method(l, "pop", {vm.i(0)})) == "'a'");
    CHECK(vm.repr(vm.method(l, "pop", {vm.i(-2)})) == "3");
    CHECK(vm.repr(l) == "['b', 0, 1, 2, 4]");
    vm.method(l, "remove", {vm.i(2)});
    CHECK(vm.repr(vm.method(l, "index", {vm.i(4)})) == "3");
    CHECK(vm.repr(vm.method(l, "count", {vm.i(1)})) == "1");
    vm.method(l, "reverse");
    CHECK(vm.repr(l) == "[4, 1, 0, 'b']");
    Value copy = vm.method(l, "copy");
    vm.method(l, "clear");
    CHECK(vm.repr(l) == "[]");
    CHECK(vm.repr(copy) == "[4, 1, 0, 'b']");
    vm.method(copy, "extend", {vm.s("xy")});
    vm.method(copy, "append", {vm.rt.emptyTuple});
    CHECK(vm.repr(copy) == "[4, 1, 0, 'b', 'x', 'y', ()]");
    CHECK(vm.repr(vm.method(vm.ints({1, 2, 3}), "index", {vm.i(3), vm.i(-1)})) == "2");

    Value a = vm.ints({1, 2, 3});
    Value grown = inplaceOp(vm.ts, BinaryOperator::ADD, a, vm.make("range", {vm.i(2)}));
    CHECK(grown.identical(a));
    CHECK(vm.repr(a) == "[1, 2, 3, 0, 1]");
    inplaceOp(vm.ts, BinaryOperator::MULTIPLY, a, vm.i(2));
    CHECK(vm.repr(a) == "[1, 2, 3, 0, 1, 1, 2, 3, 0, 1]");
    CHECK(vm.repr(vm.binary(BinaryOperator::ADD, vm.ints({1, 2}), vm.ints({3}))) == "[1, 2, 3]");
    CHECK(vm.repr(vm.binary(BinaryOperator::MULTIPLY, vm.ints({1}), vm.i(3))) == "[1, 1, 1]");
    CHECK(vm.repr(vm.binary(BinaryOperator::MULTIPLY, vm.i(3), vm.ints({1}))) == "[1, 1, 1]");
    CHECK(vm.repr(vm.binary(BinaryOperator::MULTIPLY, vm.ints({1, 2, 3}), vm.i(-1))) == "[]");
    CHECK(vm.cmp(CompareOperator::LT, vm.ints({1, 2}), vm.ints({1, 3})));
    CHECK(vm.cmp(CompareOperator::EQ, vm.list({vm.ints({1})}), vm.list({vm.ints({1})})));
    CHECK_FALSE(vm.cmp(CompareOperator::EQ, vm.ints({1}), vm.ints({1, 2})));
    CHECK(vm.cmp(CompareOperator::LT, vm.ints({1, 2}), vm.list({vm.i(2), vm.s("a")})));
    CHECK(contains(vm.ts, vm.ints({1, 2}), vm.i(2)));
    CHECK_FALSE(contains(vm.ts, vm.ints({1, 2}), vm.s("2")));
    CHECK(length(vm.ts, vm.ints({1, 2})) == 2);
    CHECK(vm.repr(vm.make("list", {vm.s("ab")})) == "['a', 'b']");
    CHECK(vm.repr(vm.make("list")) == "[]");
}

TEST_CASE("list and tuple error messages") {
    Vm vm;
    Value l = vm.ints({1});
    Value t = vm.tuple({vm.i(1)});
    CHECK(vm.error([&] { getItem(vm.ts, l, vm.i(5)); }) == "IndexError: list index out of range");
    CHECK(vm.error([&] { getItem(vm.ts, t, vm.i(5)); }) == "IndexError: tuple index out of range");
    CHECK(vm.error([&] { getItem(vm.ts, t, vm.i(-3)); }) == "IndexError: tuple index out of range");
    CHECK(vm.error([&] { getItem(vm.ts, l, vm.s("a")); }) == "TypeError: list indices must be integers or slices, not str");
    CHECK(vm.error([&] { getItem(vm.ts, t, vm.s("a")); }) == "TypeError: tuple indices must be integers or slices, not str");
    CHECK(vm.error([&] { vm.method(vm.ints({}), "pop"); }) == "IndexError: pop from empty list");
    CHECK(vm.error([&] { vm.method(l, "pop", {vm.i(5)}); }) == "IndexError: pop index out of range");
    CHECK(vm.error([&] { vm.method(l, "pop", {vm.i(1), vm.i(2)}); }) == "TypeError: pop expected at most 1 argument, got 2");
    CHECK(vm.error([&] { vm.method(l, "pop", {vm.s("a")}); }) ==
          "TypeError: 'str' object cannot be interpreted as an integer");
    CHECK(vm.error([&] { vm.method(l, "remove", {vm.i(2)}); }) == "ValueError: list.remove(x): x not in list");
    CHECK(vm.error([&] { vm.method(l, "index", {vm.i(2)}); }) == "ValueError: 2 is not in list");
    CHECK(vm.error([&] { vm.method(l, "index"); }) == "TypeError: index expected at least 1 argument, got 0");
    CHECK(vm.error([&] { vm.method(t, "index", {vm.i(2)}); }) == "ValueError: tuple.index(x): x not in tuple");
    CHECK(vm.error([&] { vm.method(l, "append"); }) == "TypeError: list.append() takes exactly one argument (0 given)");
    CHECK(vm.error([&] { vm.method(l, "append", {}, {{"x", vm.i(1)}}); }) ==
          "TypeError: list.append() takes no keyword arguments");
    CHECK(vm.error([&] { vm.method(l, "clear", {vm.i(1)}); }) == "TypeError: list.clear() takes no arguments (1 given)");
    CHECK(vm.error([&] { vm.method(l, "insert", {vm.i(1), vm.i(2), vm.i(3)}); }) ==
          "TypeError: insert expected 2 arguments, got 3");
    CHECK(vm.error([&] { vm.method(l, "count"); }) == "TypeError: list.count() takes exactly one argument (0 given)");
    CHECK(vm.error([&] { vm.method(l, "extend", {vm.i(1)}); }) == "TypeError: 'int' object is not iterable");
    CHECK(vm.error([&] { vm.binary(BinaryOperator::ADD, l, t); }) ==
          "TypeError: can only concatenate list (not \"tuple\") to list");
    CHECK(vm.error([&] { vm.binary(BinaryOperator::ADD, t, l); }) ==
          "TypeError: can only concatenate tuple (not \"list\") to tuple");
    CHECK(vm.error([&] { vm.binary(BinaryOperator::MULTIPLY, l, Value::real(2.0)); }) ==
          "TypeError: can't multiply sequence by non-int of type 'float'");
    CHECK(vm.error([&] { vm.binary(BinaryOperator::MULTIPLY, Value::real(2.0), t); }) ==
          "TypeError: can't multiply sequence by non-int of type 'float'");
    CHECK(vm.error([&] { vm.cmp(CompareOperator::LT, l, t); }) ==
          "TypeError: '<' not supported between instances of 'list' and 'tuple'");
    CHECK(vm.error([&] { vm.cmp(CompareOperator::LT, vm.ints({1, 2}), vm.list({vm.i(1), vm.s("a")})); }) ==
          "TypeError: '<' not supported between instances of 'int' and 'str'");
    CHECK(vm.error([&] { vm.make("list", {vm.i(1)}); }) == "TypeError: 'int' object is not iterable");
    CHECK(vm.error([&] { vm.make("list", {vm.i(1), vm.i(2)}); }) == "TypeError: list expected at most 1 argument, got 2");
    CHECK(vm.error([&] { vm.make("tuple", {}, {{"x", vm.i(1)}}); }) == "TypeError: tuple() takes no keyword arguments");
    CHECK(vm.error([&] { hashValue(vm.ts, l); }) == "TypeError: unhashable type: 'list'");
}

TEST_CASE("tuples: hash matches CPython, operators, methods") {
    Vm vm;
    CHECK(hashValue(vm.ts, vm.tuple({vm.i(1), vm.i(2)})) == -3550055125485641917LL);
    CHECK(hashValue(vm.ts, vm.rt.emptyTuple) == 5740354900026072187LL);
    CHECK(hashValue(vm.ts, vm.tuple({vm.i(1), vm.tuple({vm.i(2), vm.i(3)})})) == 7267574591690527098LL);
    Value t = vm.make("tuple", {vm.ints({1, 2})});
    CHECK(vm.repr(t) == "(1, 2)");
    CHECK(vm.make("tuple", {t}).identical(t));
    CHECK(vm.repr(vm.make("tuple", {vm.s("ab")})) == "('a', 'b')");
    CHECK(vm.repr(vm.binary(BinaryOperator::ADD, t, vm.tuple({vm.i(3)}))) == "(1, 2, 3)");
    CHECK(vm.repr(vm.binary(BinaryOperator::MULTIPLY, vm.tuple({vm.i(1)}), vm.i(3))) == "(1, 1, 1)");
    CHECK(vm.repr(vm.binary(BinaryOperator::MULTIPLY, vm.i(2), t)) == "(1, 2, 1, 2)");
    Value t121 = vm.tuple({vm.i(1), vm.i(2), vm.i(1)});
    CHECK(vm.repr(vm.method(t121, "count", {vm.i(1)})) == "2");
    CHECK(vm.repr(vm.method(t121, "index", {vm.i(1), vm.i(1)})) == "2");
    CHECK(vm.cmp(CompareOperator::LT, t, vm.tuple({vm.i(1), vm.i(2), vm.i(0)})));
    CHECK(vm.cmp(CompareOperator::GT, vm.tuple({vm.i(2)}), vm.tuple({vm.i(1), vm.i(5)})));
    CHECK_FALSE(vm.cmp(CompareOperator::LT, t, vm.tuple({vm.i(1)})));
    CHECK(vm.cmp(CompareOperator::EQ, t, vm.tuple({vm.i(1), vm.i(2)})));
    CHECK(contains(vm.ts, t, vm.i(2)));
}

TEST_CASE("dict order, methods, views and errors") {
    Vm vm;
    Value d = vm.make("dict");
    setItem(vm.ts, d, vm.s("a"), vm.i(1));
    setItem(vm.ts, d, vm.s("b"), vm.i(2));
    setItem(vm.ts, d, vm.s("c"), vm.i(3));
    delItem(vm.ts, d, vm.s("b"));
    setItem(vm.ts, d, vm.s("d"), vm.i(4));
    setItem(vm.ts, d, vm.s("b"), vm.i(5));
    setItem(vm.ts, d, vm.s("a"), vm.i(9));
    CHECK(vm.repr(d) == "{'a': 9, 'c': 3, 'd': 4, 'b': 5}");
    CHECK(vm.listRepr(d) == "['a', 'c', 'd', 'b']");
    CHECK(vm.repr(vm.method(d, "popitem")) == "('b', 5)");
    CHECK(vm.repr(d) == "{'a': 9, 'c': 3, 'd': 4}");

    Value u = vm.make("dict", {vm.list({vm.tuple({vm.i(1), vm.s("x")})})});
    vm.method(u, "update", {vm.list({vm.tuple({vm.i(2), vm.s("y")})})}, {{"z", vm.i(3)}});
    CHECK(vm.repr(u) == "{1: 'x', 2: 'y', 'z': 3}");
    CHECK(vm.repr(vm.make("dict", {vm.list({vm.tuple({vm.s("a"), vm.i(1)})})}, {{"b", vm.i(2)}})) ==
          "{'a': 1, 'b': 2}");
    CHECK(vm.repr(vm.make("dict", {u})) == "{1: 'x', 2: 'y', 'z': 3}");
    Value fromkeys = getAttr(vm.ts, vm.builtin("dict"), intern(vm.ts, "fromkeys"));
    CHECK(vm.repr(vm.call(fromkeys, {vm.s("ab"), vm.i(0)})) == "{'a': 0, 'b': 0}");
    CHECK(vm.repr(vm.method(vm.make("dict"), "fromkeys", {vm.ints({1})})) == "{1: None}");

    Value ab = vm.make("dict", {}, {{"a", vm.i(1)}, {"b", vm.i(2)}});
    Value merged = vm.binary(BinaryOperator::OR, vm.make("dict", {}, {{"a", vm.i(1)}}),
                             vm.make("dict", {}, {{"b", vm.i(2)}, {"a", vm.i(3)}}));
    CHECK(vm.repr(merged) == "{'a': 3, 'b': 2}");
    Value ior = vm.make("dict", {}, {{"a", vm.i(1)}});
    inplaceOp(vm.ts, BinaryOperator::OR, ior, vm.list({vm.tuple({vm.s("c"), vm.i(3)})}));
    CHECK(vm.repr(ior) == "{'a': 1, 'c': 3}");
    CHECK(vm.error([&] { vm.binary(BinaryOperator::OR, ab, vm.ints({})); }) ==
          "TypeError: unsupported operand type(s) for |: 'dict' and 'list'");

    Value keys = vm.method(ab, "keys"), values = vm.method(ab, "values"), items = vm.method(ab, "items");
    CHECK(vm.repr(keys) == "dict_keys(['a', 'b'])");
    CHECK(vm.repr(values) == "dict_values([1, 2])");
    CHECK(vm.repr(items) == "dict_items([('a', 1), ('b', 2)])");
    CHECK(vm.repr(vm.make("type", {keys})) == "<class 'dict_keys'>");
    CHECK(length(vm.ts, keys) == 2);
    CHECK(contains(vm.ts, keys, vm.s("a")));
    CHECK(contains(vm.ts, items, vm.tuple({vm.s("a"), vm.i(1)})));
    CHECK_FALSE(contains(vm.ts, items, vm.tuple({vm.s("a"), vm.i(2)})));
    CHECK(contains(vm.ts, values, vm.i(2)));
    Value az = vm.make("set", {vm.list({vm.s("a"), vm.s("z")})});
    CHECK(vm.repr(vm.binary(BinaryOperator::AND, keys, az)) == "{'a'}");
    CHECK(vm.repr(vm.binary(BinaryOperator::SUBTRACT, keys, vm.make("set", {vm.s("a")}))) == "{'b'}");
    CHECK(vm.cmp(CompareOperator::EQ, keys, vm.make("set", {vm.s("ab")})));
    setItem(vm.ts, ab, vm.s("c"), vm.i(3));
    CHECK(vm.repr(keys) == "dict_keys(['a', 'b', 'c'])"); // views are live
    CHECK(vm.error([&] { vm.method(ab, "keys", {vm.i(1)}); }) == "TypeError: dict.keys() takes no arguments (1 given)");
    delItem(vm.ts, ab, vm.s("c"));

    CHECK(vm.repr(vm.method(ab, "setdefault", {vm.s("a"), vm.i(5)})) == "1");
    CHECK(vm.repr(vm.method(ab, "setdefault", {vm.s("q"), vm.i(7)})) == "7");
    CHECK(vm.repr(vm.method(ab, "pop", {vm.s("q")})) == "7");
    CHECK(vm.repr(vm.method(ab, "pop", {vm.s("zz"), vm.s("dflt")})) == "'dflt'");
    CHECK(vm.repr(vm.method(ab, "get", {vm.s("a")})) == "1");
    CHECK(vm.repr(vm.method(ab, "get", {vm.s("zz")})) == "None");
    CHECK(vm.repr(vm.method(ab, "get", {vm.s("zz"), vm.i(0)})) == "0");
    CHECK(vm.repr(ab) == "{'a': 1, 'b': 2}");
    CHECK(vm.cmp(CompareOperator::EQ, ab, vm.make("dict", {}, {{"b", vm.i(2)}, {"a", Value::real(1.0)}})));
    CHECK_FALSE(vm.cmp(CompareOperator::EQ, ab, vm.make("dict", {}, {{"a", vm.i(1)}})));
    Value copy = vm.method(ab, "copy");
    vm.method(ab, "clear");
    CHECK(vm.repr(ab) == "{}");
    CHECK(vm.repr(copy) == "{'a': 1, 'b': 2}");

    Value empty = vm.make("dict");
    CHECK(vm.error([&] { getItem(vm.ts, empty, vm.s("x")); }) == "KeyError: 'x'");
    CHECK(vm.error([&] { delItem(vm.ts, empty, vm.i(3)); }) == "KeyError: 3");
    CHECK(vm.error([&] { vm.method(empty, "pop", {vm.s("x")}); }) == "KeyError: 'x'");
    CHECK(vm.error([&] { vm.method(empty, "popitem"); }) == "KeyError: 'popitem(): dictionary is empty'");
    CHECK(vm.error([&] { vm.method(empty, "get"); }) == "TypeError: get expected at least 1 argument, got 0");
    CHECK(vm.error([&] { vm.method(empty, "get", {vm.i(1), vm.i(2), vm.i(3)}); }) ==
          "TypeError: get expected at most 2 arguments, got 3");
    CHECK(vm.error([&] { vm.make("dict", {vm.ints({1})}); }) ==
          "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
    CHECK(vm.error([&] { vm.make("dict", {vm.list({vm.tuple({vm.i(1), vm.i(2), vm.i(3)})})}); }) ==
          "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
    CHECK(vm.error([&] { vm.make("dict", {vm.i(1)}); }) == "TypeError: 'int' object is not iterable");
    CHECK(vm.error([&] { vm.make("dict", {vm.i(1), vm.i(2)}); }) == "TypeError: dict expected at most 1 argument, got 2");
    CHECK(vm.error([&] { setItem(vm.ts, empty, vm.ints({}), vm.i(1)); }) == "TypeError: unhashable type: 'list'");
    CHECK(vm.error([&] { vm.cmp(CompareOperator::LT, empty, empty); }) ==
          "TypeError: '<' not supported between instances of 'dict' and 'dict'");
}

TEST_CASE("dict and set iteration detect changes") {
    Vm vm;
    Value d = vm.make("dict", {}, {{"a", vm.i(1)}, {"b", vm.i(2)}});
    Handle it(vm.ts, getIter(vm.ts, d));
    Value out;
    REQUIRE(iterNext(vm.ts, it, out));
    setItem(vm.ts, d, vm.s("a"), vm.i(10)); // overwriting a value is allowed
    setItem(vm.ts, d, vm.s("c"), vm.i(3));
    CHECK(vm.error([&] { iterNext(vm.ts, it, out); }) == "RuntimeError: dictionary changed size during iteration");
    CHECK(vm.error([&] { iterNext(vm.ts, it, out); }) == "RuntimeError: dictionary changed size during iteration");

    Handle keysChanged(vm.ts, getIter(vm.ts, d));
    REQUIRE(iterNext(vm.ts, keysChanged, out));
    delItem(vm.ts, d, vm.s("a"));
    setItem(vm.ts, d, vm.s("z"), vm.i(0));
    CHECK(vm.error([&] { iterNext(vm.ts, keysChanged, out); }) ==
          "RuntimeError: dictionary keys changed during iteration");

    Value s = vm.make("set", {vm.ints({1, 2})});
    Handle setIt(vm.ts, getIter(vm.ts, s));
    REQUIRE(iterNext(vm.ts, setIt, out));
    vm.method(s, "add", {vm.i(11)});
    CHECK(vm.error([&] { iterNext(vm.ts, setIt, out); }) == "RuntimeError: Set changed size during iteration");

    Value items = vm.method(vm.make("dict", {}, {{"k", vm.i(1)}}), "items");
    CHECK(vm.listRepr(items) == "[('k', 1)]");
    CHECK(vm.listRepr(vm.make("reversed", {vm.make("dict", {}, {{"a", vm.i(1)}, {"b", vm.i(2)}})})) == "['b', 'a']");
}

TEST_CASE("deleting from the front and re-inserting old keys keeps the dense array bounded") {
    // An LRU cache's pattern: the tombstone slots are reused, so only the dense
    // array's growth can trigger the rebuild that drops its holes.
    Vm vm;
    DictObject* d = newDict(vm.ts);
    Handle keep(vm.ts, Value::object(d));
    for (int64_t k = 0; k < 100; k++) d->table.insert(vm.ts, vm.i(k), k, vm.i(k));
    for (int64_t k = 100; k < 20000; k++) {
        int64_t oldest = -1;
        for (size_t e = 0; e < d->table.entries().size(); e++) {
            if (!d->table.entries()[e].key.isEmpty()) {
                oldest = static_cast<int64_t>(e);
                break;
            }
        }
        REQUIRE(oldest >= 0);
        d->table.eraseAt(oldest);
        d->table.insert(vm.ts, vm.i(k % 200), k % 200, vm.i(k));
        REQUIRE(d->table.size() == 100);
        REQUIRE(d->table.entries().size() < 1000);
    }
}

TEST_CASE("set algebra, comparisons, methods and frozenset hash") {
    Vm vm;
    Value a = vm.make("set", {vm.ints({1, 2, 3, 4})});
    Value b = vm.make("set", {vm.ints({3, 4, 5})});
    auto sortedRepr = [&](Value v) {
        ListObject* l = listFromIterable(vm.ts, v);
        Handle keep(vm.ts, Value::object(l));
        listSort(vm.ts, l, Value::none(), false);
        return vm.repr(Value::object(l));
    };
    CHECK(sortedRepr(vm.binary(BinaryOperator::OR, a, b)) == "[1, 2, 3, 4, 5]");
    CHECK(sortedRepr(vm.binary(BinaryOperator::AND, a, b)) == "[3, 4]");
    CHECK(sortedRepr(vm.binary(BinaryOperator::SUBTRACT, a, b)) == "[1, 2]");
    CHECK(sortedRepr(vm.binary(BinaryOperator::XOR, a, b)) == "[1, 2, 5]");
    CHECK(vm.cmp(CompareOperator::LE, a, a));
    CHECK(vm.cmp(CompareOperator::LT, vm.make("set", {vm.ints({1})}), a));
    CHECK_FALSE(vm.cmp(CompareOperator::LT, a, a));
    CHECK(vm.cmp(CompareOperator::GE, a, vm.make("set", {vm.ints({1, 2})})));
    CHECK_FALSE(vm.cmp(CompareOperator::GT, a, a));
    Value fa = vm.make("frozenset", {a});
    CHECK(vm.cmp(CompareOperator::EQ, a, fa));
    CHECK(vm.cmp(CompareOperator::NE, a, b));
    CHECK(vm.repr(vm.make("type", {vm.binary(BinaryOperator::OR, fa, b)})) == "<class 'frozenset'>");
    CHECK(vm.repr(vm.make("type", {vm.binary(BinaryOperator::OR, b, fa)})) == "<class 'set'>");
    CHECK(vm.make("frozenset", {fa}).identical(fa));

    CHECK(hashValue(vm.ts, vm.make("frozenset")) == 133146708735736LL);
    CHECK(hashValue(vm.ts, vm.make("frozenset", {vm.ints({1, 2})})) == -1826646154956904602LL);
    CHECK(hashValue(vm.ts, vm.make("frozenset", {vm.ints({3, 2, 1})})) == -272375401224217160LL);
    CHECK(hashValue(vm.ts, vm.make("frozenset", {vm.ints({-1, 5})})) == -4964422442656326050LL);

    Value t = Value::boolean(true);
    CHECK(vm.method(vm.make("set", {vm.ints({1, 2})}), "issubset", {vm.ints({1, 2, 3})}).identical(t));
    CHECK(vm.method(vm.make("set", {vm.ints({1, 2})}), "issuperset", {vm.tuple({vm.i(1)})}).identical(t));
    CHECK(vm.method(vm.make("set", {vm.ints({1})}), "isdisjoint", {vm.ints({2})}).identical(t));
    CHECK(sortedRepr(vm.method(vm.make("set", {vm.ints({1, 2})}), "union", {vm.ints({3}), vm.tuple({vm.i(4)})})) ==
          "[1, 2, 3, 4]");
    CHECK(vm.repr(vm.method(vm.make("set", {vm.ints({1, 2, 3})}), "intersection", {vm.ints({2, 3}), vm.ints({3})})) ==
          "{3}");
    CHECK(vm.repr(vm.method(vm.make("set", {vm.ints({1, 2, 3})}), "difference", {vm.ints({1}), vm.ints({2})})) == "{3}");
    CHECK(sortedRepr(vm.method(vm.make("set", {vm.ints({1, 2})}), "symmetric_difference", {vm.ints({2, 3})})) ==
          "[1, 3]");
    Value s = vm.make("set", {vm.ints({1, 2, 3})});
    vm.method(s, "intersection_update", {vm.ints({2, 3, 4})});
    CHECK(sortedRepr(s) == "[2, 3]");
    vm.method(s, "difference_update", {vm.ints({2})});
    CHECK(vm.repr(s) == "{3}");
    vm.method(s, "symmetric_difference_update", {vm.ints({3, 9})});
    CHECK(vm.repr(s) == "{9}");
    vm.method(s, "update", {vm.ints({5, 6}), vm.make("set", {vm.ints({7})})});
    vm.method(s, "discard", {vm.i(100)});
    vm.method(s, "discard", {vm.i(5)});
    vm.method(s, "remove", {vm.i(6)});
    CHECK(sortedRepr(s) == "[7, 9]");
    Value c = vm.method(s, "copy");
    inplaceOp(vm.ts, BinaryOperator::OR, c, vm.make("set", {vm.ints({10})}));
    inplaceOp(vm.ts, BinaryOperator::AND, c, vm.make("set", {vm.ints({7, 10})}));
    inplaceOp(vm.ts, BinaryOperator::SUBTRACT, c, vm.make("set", {vm.ints({7})}));
    inplaceOp(vm.ts, BinaryOperator::XOR, c, vm.make("set", {vm.ints({2, 10})}));
    CHECK(vm.repr(c) == "{2}");
    CHECK(sortedRepr(s) == "[7, 9]");
    CHECK(vm.repr(vm.method(vm.make("set", {vm.ints({42})}), "pop")) == "42");
    CHECK(length(vm.ts, vm.make("set", {vm.s("mississippi")})) == 4);
    CHECK(length(vm.ts, vm.make("set", {vm.list({vm.i(1), Value::real(1.0), Value::boolean(true)})})) == 1);

    Value frozenEmpty = vm.make("frozenset");
    Value setOfFrozen = vm.make("set", {vm.list({frozenEmpty})});
    CHECK(contains(vm.ts, setOfFrozen, vm.make("set")));
    CHECK(contains(vm.ts, setOfFrozen, frozenEmpty));

    CHECK(vm.error([&] { vm.method(vm.make("set"), "pop"); }) == "KeyError: 'pop from an empty set'");
    CHECK(vm.error([&] { vm.method(vm.make("set"), "remove", {vm.i(3)}); }) == "KeyError: 3");
    CHECK(vm.error([&] { vm.make("set", {vm.list({vm.ints({})})}); }) == "TypeError: unhashable type: 'list'");
    CHECK(vm.error([&] { contains(vm.ts, a, vm.ints({})); }) == "TypeError: unhashable type: 'list'");
    CHECK(vm.error([&] { hashValue(vm.ts, a); }) == "TypeError: unhashable type: 'set'");
    CHECK(vm.error([&] { vm.binary(BinaryOperator::OR, a, vm.ints({1})); }) ==
          "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
    CHECK(vm.error([&] { vm.cmp(CompareOperator::LT, a, vm.ints({1})); }) ==
          "TypeError: '<' not supported between instances of 'set' and 'list'");
    CHECK(vm.error([&] { vm.make("set", {vm.i(1), vm.i(2)}); }) == "TypeError: set expected at most 1 argument, got 2");
    CHECK(vm.error([&] { vm.make("set", {vm.i(1)}); }) == "TypeError: 'int' object is not iterable");
    CHECK(vm.error([&] { vm.method(a, "add"); }) == "TypeError: set.add() takes exactly one argument (0 given)");
    CHECK(vm.error([&] { vm.method(a, "issubset", {vm.i(1)}); }) == "TypeError: 'int' object is not iterable");
    CHECK(vm.error([&] { getAttr(vm.ts, fa, intern(vm.ts, "add")); }) ==
          "AttributeError: 'frozenset' object has no attribute 'add'");
}

TEST_CASE("range behaviour and errors") {
    Vm vm;
    Value r = vm.make("range", {vm.i(3), vm.i(20), vm.i(4)});
    CHECK(length(vm.ts, r) == 5);
    CHECK(vm.repr(getItem(vm.ts, r, vm.i(0))) == "3");
    CHECK(vm.repr(getItem(vm.ts, r, vm.i(-1))) == "19");
    CHECK(contains(vm.ts, r, vm.i(7)));
    CHECK_FALSE(contains(vm.ts, r, vm.i(8)));
    CHECK(contains(vm.ts, r, Value::real(7.0)));
    CHECK(vm.repr(vm.method(r, "index", {vm.i(11)})) == "2");
    CHECK(vm.repr(vm.method(r, "count", {vm.i(11)})) == "1");
    CHECK(vm.repr(vm.method(r, "count", {vm.i(12)})) == "0");
    CHECK(vm.listRepr(vm.make("reversed", {r})) == "[19, 15, 11, 7, 3]");
    CHECK(vm.repr(getAttr(vm.ts, r, intern(vm.ts, "start"))) == "3");
    CHECK(vm.repr(getAttr(vm.ts, r, intern(vm.ts, "stop"))) == "20");
    CHECK(vm.repr(getAttr(vm.ts, r, intern(vm.ts, "step"))) == "4");

    auto range2 = [&](int64_t a, int64_t b) { return vm.make("range", {vm.i(a), vm.i(b)}); };
    auto range3 = [&](int64_t a, int64_t b, int64_t c) { return vm.make("range", {vm.i(a), vm.i(b), vm.i(c)}); };
    CHECK(vm.cmp(CompareOperator::EQ, vm.make("range", {vm.i(0)}), range2(5, 5)));
    CHECK(vm.cmp(CompareOperator::EQ, range2(0, 3), vm.make("range", {vm.i(3)})));
    CHECK(vm.cmp(CompareOperator::EQ, range3(1, 10, 2), range3(1, 11, 2)));
    CHECK(vm.cmp(CompareOperator::EQ, range2(1, 2), range3(1, 2, 5)));
    CHECK_FALSE(vm.cmp(CompareOperator::EQ, range2(0, 3), vm.ints({0, 1, 2})));
    CHECK(hashValue(vm.ts, range3(0, 3, 1)) == hashValue(vm.ts, vm.make("range", {vm.i(3)})));
    CHECK(hashValue(vm.ts, range3(1, 10, 2)) == hashValue(vm.ts, range3(1, 11, 2)));
    CHECK(length(vm.ts, range2(10, 0)) == 0);
    CHECK(length(vm.ts, range3(0, -10, -1)) == 10);
    CHECK(vm.listRepr(range2(-3, 3)) == "[-3, -2, -1, 0, 1, 2]");
    CHECK(vm.listRepr(range3(0, -10, -3)) == "[0, -3, -6, -9]");
    CHECK(vm.repr(getItem(vm.ts, range2(-5, 5), vm.i(-1))) == "4");
    CHECK(vm.repr(getItem(vm.ts, range3(9223372036854775800, 9223372036854775807, 3), vm.i(-1))) ==
          "9223372036854775806");
    CHECK(vm.listRepr(range3(9223372036854775800, 9223372036854775807, 3)) ==
          "[9223372036854775800, 9223372036854775803, 9223372036854775806]");
    CHECK(vm.listRepr(vm.make("reversed", {range3(INT64_MIN, INT64_MIN + 4, 2)})) ==
          "[-9223372036854775806, -9223372036854775808]");

    CHECK(vm.error([&] { getItem(vm.ts, r, vm.i(10)); }) == "IndexError: range object index out of range");
    CHECK(vm.error([&] { getItem(vm.ts, r, vm.s("a")); }) == "TypeError: range indices must be integers or slices, not str");
    CHECK(vm.error([&] { vm.method(r, "index", {vm.i(8)}); }) == "ValueError: 8 is not in range");
    CHECK(vm.error([&] { vm.method(r, "index", {vm.s("a")}); }) == "ValueError: sequence.index(x): x not in sequence");
    CHECK(vm.error([&] { vm.make("range", {Value::real(1.5)}); }) ==
          "TypeError: 'float' object cannot be interpreted as an integer");
    CHECK(vm.error([&] { range3(0, 1, 0); }) == "ValueError: range() arg 3 must not be zero");
    CHECK(vm.error([&] { vm.make("range"); }) == "TypeError: range expected at least 1 argument, got 0");
    CHECK(vm.error([&] { vm.make("range", {vm.i(1), vm.i(2), vm.i(3), vm.i(4)}); }) ==
          "TypeError: range expected at most 3 arguments, got 4");
    CHECK(vm.error([&] { vm.method(r, "count"); }) == "TypeError: range.count() takes exactly one argument (0 given)");
}

TEST_CASE("slice objects") {
    Vm vm;
    Value s = vm.make("slice", {vm.i(1), vm.i(10), vm.i(2)});
    CHECK(vm.repr(vm.method(s, "indices", {vm.i(5)})) == "(1, 5, 2)");
    CHECK(vm.repr(vm.method(vm.make("slice", {Value::none(), Value::none(), vm.i(-1)}), "indices", {vm.i(4)})) ==
          "(3, -1, -1)");
    CHECK(vm.repr(vm.method(vm.make("slice", {vm.i(-100), vm.i(100)}), "indices", {vm.i(10)})) == "(0, 10, 1)");
    CHECK(vm.repr(getAttr(vm.ts, s, intern(vm.ts, "step"))) == "2");
    CHECK(vm.repr(getAttr(vm.ts, vm.make("slice", {vm.i(5)}), intern(vm.ts, "start"))) == "None");
    CHECK(vm.cmp(CompareOperator::EQ, vm.make("slice", {vm.i(1), vm.i(2)}), vm.make("slice", {vm.i(1), vm.i(2)})));
    CHECK_FALSE(vm.cmp(CompareOperator::EQ, vm.make("slice", {vm.i(1), vm.i(2)}), vm.make("slice", {vm.i(1), vm.i(3)})));
    CHECK(vm.cmp(CompareOperator::LT, vm.make("slice", {vm.i(1), vm.i(2)}), vm.make("slice", {vm.i(1), vm.i(3)})));
    CHECK(vm.error([&] { vm.make("slice"); }) == "TypeError: slice expected at least 1 argument, got 0");
    CHECK(vm.error([&] { vm.method(vm.make("slice", {vm.i(1), vm.i(2), vm.i(0)}), "indices", {vm.i(3)}); }) ==
          "ValueError: slice step cannot be zero");
    CHECK(vm.error([&] { vm.method(s, "indices", {vm.i(-1)}); }) == "ValueError: length should not be negative");
    CHECK(vm.error([&] { hashValue(vm.ts, s); }) == "TypeError: unhashable type: 'slice'");
}

TEST_CASE("iterators: exhaustion, enumerate, zip, map, filter, reversed") {
    Vm vm;
    Value l = vm.ints({1, 2});
    Handle it(vm.ts, getIter(vm.ts, l));
    Value out;
    REQUIRE(iterNext(vm.ts, it, out));
    CHECK(out.asInt() == 1);
    as<ListObject>(l)->items.push_back(vm.i(3)); // seen: the iterator reads the list live
    CHECK(vm.listRepr(it) == "[2, 3]");
    as<ListObject>(l)->items.push_back(vm.i(4)); // not seen: exhausted for good
    CHECK(vm.listRepr(it) == "[]");
    CHECK(getIter(vm.ts, it.get()).identical(it.get()));

    CHECK(vm.listRepr(vm.s("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80")) == "['a', '\xc3\xa9', '\xe2\x82\xac', '\xf0\x9f\x98\x80']");
    CHECK(vm.listRepr(Value::object(newBytes(vm.ts, "ab"))) == "[97, 98]");
    CHECK(vm.listRepr(vm.make("reversed", {vm.s("h\xc3\xa9llo")})) == "['o', 'l', 'l', '\xc3\xa9', 'h']");
    CHECK(vm.listRepr(vm.make("reversed", {vm.ints({1, 2, 3})})) == "[3, 2, 1]");
    CHECK(vm.listRepr(vm.make("reversed", {vm.tuple({vm.i(1), vm.i(2), vm.i(3)})})) == "[3, 2, 1]");
    CHECK(vm.listRepr(vm.make("zip", {vm.ints({1, 2, 3}), vm.s("ab")})) == "[(1, 'a'), (2, 'b')]");
    CHECK(vm.listRepr(vm.make("zip")) == "[]");
    CHECK(vm.listRepr(vm.make("zip", {vm.s("ab"), vm.ints({1, 2})}, {{"strict", Value::boolean(true)}})) ==
          "[('a', 1), ('b', 2)]");
    CHECK(vm.listRepr(vm.make("enumerate", {vm.s("ab")}, {{"start", vm.i(-1)}})) == "[(-1, 'a'), (0, 'b')]");
    CHECK(vm.listRepr(vm.make("enumerate", {vm.ints({7})}, {})) == "[(0, 7)]");
    CHECK(vm.listRepr(vm.make("map", {vm.builtin("pow"), vm.ints({2, 3}), vm.ints({5, 2, 9})})) == "[32, 9]");
    CHECK(vm.listRepr(vm.make("filter", {Value::none(), vm.list({vm.i(0), vm.i(1), vm.s(""), vm.i(2)})})) ==
          "[1, 2]");
    CHECK(vm.listRepr(vm.make("filter", {vm.builtin("len"), vm.list({vm.s(""), vm.s("x")})})) == "['x']");
    CHECK(vm.repr(vm.make("type", {vm.make("enumerate", {vm.ints({})})})) == "<class 'enumerate'>");
    CHECK(vm.repr(vm.make("type", {vm.make("zip")})) == "<class 'zip'>");

    Value e = vm.make("enumerate", {vm.s("hi")});
    CHECK(vm.repr(vm.call(vm.builtin("next"), {e})) == "(0, 'h')");
    CHECK(vm.repr(vm.call(vm.builtin("next"), {e})) == "(1, 'i')");
    CHECK(vm.error([&] { vm.call(vm.builtin("next"), {e}); }) == "StopIteration: ");

    auto zipStrict = [&](std::initializer_list<Value> iterables) {
        std::vector<Value> args(iterables);
        Value z;
        return vm.error([&] {
            TupleObject* names = newTuple(vm.ts, 1);
            (*names)[0] = Value::object(intern(vm.ts, "strict"));
            args.push_back(Value::boolean(true));
            z = spindle::call(vm.ts, vm.builtin("zip"), Args{args.data(), args.size(), names});
            listFromIterable(vm.ts, z);
        });
    };
    CHECK(zipStrict({vm.ints({1}), vm.ints({2, 3})}) == "ValueError: zip() argument 2 is longer than argument 1");
    CHECK(zipStrict({vm.ints({1, 2}), vm.ints({2})}) == "ValueError: zip() argument 2 is shorter than argument 1");
    CHECK(zipStrict({vm.ints({1, 2}), vm.ints({2, 3}), vm.ints({3})}) ==
          "ValueError: zip() argument 3 is shorter than arguments 1-2");
    CHECK(zipStrict({vm.ints({1}), vm.ints({1}), vm.ints({4, 5})}) ==
          "ValueError: zip() argument 3 is longer than arguments 1-2");

    CHECK(vm.error([&] { vm.make("enumerate"); }) == "TypeError: enumerate() missing required argument 'iterable'");
    CHECK(vm.error([&] { vm.make("enumerate", {vm.i(1)}); }) == "TypeError: 'int' object is not iterable");
    CHECK(vm.error([&] { vm.make("enumerate", {vm.ints({}), vm.i(1), vm.i(2)}); }) ==
          "TypeError: enumerate() takes at most 2 arguments (3 given)");
    CHECK(vm.error([&] { vm.make("enumerate", {vm.ints({})}, {{"x", vm.i(1)}}); }) ==
          "TypeError: 'x' is an invalid keyword argument for enumerate()");
    CHECK(vm.error([&] { vm.make("zip", {vm.i(1)}); }) == "TypeError: 'int' object is not iterable");
    CHECK(vm.error([&] { vm.make("zip", {vm.ints({})}, {{"x", vm.i(1)}}); }) ==
          "TypeError: 'x' is an invalid keyword argument for zip()");
    CHECK(vm.error([&] { vm.make("map", {vm.builtin("len")}); }) == "TypeError: map() must have at least two arguments.");
    CHECK(vm.error([&] { listFromIterable(vm.ts, vm.make("map", {vm.i(1), vm.ints({1})})); }) ==
          "TypeError: 'int' object is not callable");
    CHECK(vm.error([&] { vm.make("filter", {vm.builtin("len")}); }) == "TypeError: filter expected 2 arguments, got 1");
    CHECK(vm.error([&] { vm.make("reversed", {vm.i(5)}); }) == "TypeError: 'int' object is not reversible");
    CHECK(vm.error([&] { vm.make("reversed", {vm.make("set")}); }) == "TypeError: 'set' object is not reversible");
    CHECK(vm.error([&] { vm.make("reversed"); }) == "TypeError: reversed expected 1 argument, got 0");
    CHECK(vm.error([&] { vm.call(vm.builtin("next"), {l}); }) == "TypeError: 'list' object is not an iterator");
}

} // TEST_SUITE
