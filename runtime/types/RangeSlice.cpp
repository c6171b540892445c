// RangeSlice.cpp — the range and slice types, and the index/slice
// normalisation every sequence type shares (Containers.h).
//
// A range keeps start, stop, step and length as int Values (Objects.h). When all
// four are inline — nearly always — each operation below runs on int64 (with
// __int128 where an intermediate can overflow). Otherwise the same operation runs
// on arbitrary-precision ints through IntOps, as CPython's rangeobject.c does for
// every range. The int64 code is only a shortcut: both must give the same answer.
#include "runtime/types/Containers.h"

#include "runtime/BigInt.h" // TEMPORARY: IntOps.h does not compile on its own yet (see BuiltinsNumeric.cpp)
#include "runtime/Ops.h"
#include "runtime/types/Numbers.h"
#include "runtime/types/TypeInit.h"

#include <climits>

namespace spindle {

namespace {

// Sign of a big int (never zero: BigInt objects hold only values outside int64).
bool bigIntIsNegative(ThreadState& ts, Value v) { return compareBool(ts, CompareOperator::LT, v, Value::integer(0)); }

bool hasIndexSlot(ThreadState& ts, Value v) { return typeOf(ts, v)->slots.index != nullptr; }

// One bound of a slice: None keeps `fallback`; big ints clamp to the int64 range
// (CPython clamps to Py_ssize_t the same way).
int64_t sliceBound(ThreadState& ts, Value v, int64_t fallback) {
    if (v.isNone()) return fallback;
    if (v.isIntOrBool()) return v.asInt();
    if (isKind(v, ObjKind::BigInt)) return bigIntIsNegative(ts, v) ? INT64_MIN : INT64_MAX;
    if (hasIndexSlot(ts, v)) return indexOf(ts, v);
    raiseError(ts, ts.rt.types.TypeError, "slice indices must be integers or None or have an __index__ method");
}

// ---- int arithmetic on Values (the arbitrary-precision path) -----------------------------
// Results are normalised (inline when they fit). Nothing here reaches a safepoint,
// so intermediate results need no rooting (Heap.h).

template <class Op>
Value intResult(ThreadState& ts, Op&& op) {
    try {
        return makeInt(ts, op());
    } catch (const NumericError& e) {
        raiseNumeric(ts, e); // only MemoryError is possible for these operations
    }
}

Value intAdd(ThreadState& ts, Value a, Value b) {
    return intResult(ts, [&] { return intops::add(intRef(a), intRef(b)); });
}
Value intSub(ThreadState& ts, Value a, Value b) {
    return intResult(ts, [&] { return intops::sub(intRef(a), intRef(b)); });
}
Value intMul(ThreadState& ts, Value a, Value b) {
    return intResult(ts, [&] { return intops::mul(intRef(a), intRef(b)); });
}
// b is never zero here.
Value intFloorDiv(ThreadState& ts, Value a, Value b) {
    return intResult(ts, [&] { return intops::floorDiv(intRef(a), intRef(b)); });
}
Value intNeg(ThreadState& ts, Value a) {
    return intResult(ts, [&] { return intops::neg(intRef(a)); });
}
int intCompare(Value a, Value b) { return intops::compare(intRef(a), intRef(b)); }
int intSign(Value a) { return intops::sign(intRef(a)); }
bool intIsZero(Value a) { return intops::isZero(intRef(a)); }
bool intEqual(Value a, Value b) {
    if (a.isInt() && b.isInt()) return a.asInt() == b.asInt();
    return intCompare(a, b) == 0;
}

// An int as stored in a range: bools become plain ints (range(True) is range(0, 1)),
// and a boxed small value (an int subclass instance) is unboxed, so that "every
// field inline" is exactly "every field fits in int64".
Value plainInt(ThreadState& ts, Value v) {
    if (v.isIntOrBool()) return Value::integer(v.asInt());
    if (v.asObject()->type == ts.rt.types.int_) return v;
    return intAdd(ts, v, Value::integer(0));
}

// ---- range ----------------------------------------------------------------------------

// An argument of range() or a range subscript, as PyNumber_Index gives it.
Value indexValue(ThreadState& ts, Value v) {
    if (isIntValue(v)) return plainInt(ts, v);
    if (hasIndexSlot(ts, v)) return Value::integer(indexOf(ts, v));
    raiseFormat(ts, ts.rt.types.TypeError, "'%s' object cannot be interpreted as an integer",
                std::string(typeName(ts, v)).c_str());
}

// CPython's compute_range_length. With int64 bounds the span needs __int128:
// range(-2**63, 2**63 - 1) has 2**64 - 1 items, a length only the big path holds.
Value rangeLength(ThreadState& ts, Value start, Value stop, Value step) {
    if (start.isInt() && stop.isInt() && step.isInt()) {
        __int128 a = start.asInt(), b = stop.asInt(), s = step.asInt();
        __int128 span = 0;
        if (s > 0 && a < b) span = (b - a - 1) / s + 1;
        else if (s < 0 && a > b) span = (a - b - 1) / -s + 1;
        if (span <= INT64_MAX) return Value::integer(static_cast<int64_t>(span));
    }
    bool up = intSign(step) > 0;
    Value low = up ? start : stop, high = up ? stop : start;
    if (intCompare(low, high) >= 0) return Value::integer(0);
    Value span = intSub(ts, intSub(ts, high, low), Value::integer(1));
    return intAdd(ts, intFloorDiv(ts, span, up ? step : intNeg(ts, step)), Value::integer(1));
}

// start, stop and step must be plain ints (plainInt), step non-zero.
RangeObject* newRange(ThreadState& ts, TypeObject* type, Value start, Value stop, Value step) {
    Value length = rangeLength(ts, start, stop, step);
    RangeObject* r = ts.rt.heap.make<RangeObject>(type, 0);
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length;
    bool small = start.isInt() && stop.isInt() && step.isInt() && length.isInt();
    r->flags = small ? 0 : RangeObject::kBig;
    return r;
}

// start + i * step on int64 for a small range and 0 <= i < length: the result is
// an item, so it fits; the wrap-around arithmetic only avoids signed overflow in
// the intermediate product.
int64_t smallItem(const RangeObject* r, int64_t i) {
    return static_cast<int64_t>(static_cast<uint64_t>(r->start.asInt()) +
                                static_cast<uint64_t>(i) * static_cast<uint64_t>(r->step.asInt()));
}

// The item at position i, for any int i (a slice bound may lie outside the range).
Value itemAt(ThreadState& ts, const RangeObject* r, Value i) {
    return intAdd(ts, r->start, intMul(ts, i, r->step));
}

// The position of the int `v` in r (CPython's range_contains_long and the division
// of range_index), or an empty Value when v is not an item.
Value rangePosition(ThreadState& ts, const RangeObject* r, Value v) {
    if (!r->big()) {
        // Every item of a small range fits in int64, so a big v is never one.
        if (!v.isIntOrBool()) return Value();
        int64_t start = r->start.asInt(), step = r->step.asInt();
        __int128 offset = static_cast<__int128>(v.asInt()) - start;
        if (offset % step != 0) return Value();
        __int128 pos = offset / step;
        if (pos < 0 || pos >= r->length.asInt()) return Value();
        return Value::integer(static_cast<int64_t>(pos));
    }
    bool inside = intSign(r->step) > 0 ? intCompare(r->start, v) <= 0 && intCompare(v, r->stop) < 0
                                       : intCompare(r->stop, v) < 0 && intCompare(v, r->start) <= 0;
    if (!inside) return Value();
    Value offset = intSub(ts, v, r->start);
    Value pos = intFloorDiv(ts, offset, r->step);
    if (!intEqual(intMul(ts, pos, r->step), offset)) return Value();
    return pos;
}

// CPython's _PySlice_GetLongIndices: a slice resolved against a length of any size
// without clamping to int64, since the bounds of a range slice show in its repr
// (range(10)[::10**30] is range(0, 10, 10**30)).
void sliceIndicesExact(ThreadState& ts, SliceObject* slice, Value length, Value& start, Value& stop, Value& step) {
    auto index = [&](Value v) -> Value {
        if (isIntValue(v)) return plainInt(ts, v);
        if (hasIndexSlot(ts, v)) return Value::integer(indexOf(ts, v));
        raiseError(ts, ts.rt.types.TypeError, "slice indices must be integers or None or have an __index__ method");
    };
    step = slice->step.isNone() ? Value::integer(1) : index(slice->step);
    bool backwards = intSign(step) < 0;
    if (intIsZero(step)) raiseError(ts, ts.rt.types.ValueError, "slice step cannot be zero");
    Value lower = Value::integer(backwards ? -1 : 0);
    Value upper = backwards ? intSub(ts, length, Value::integer(1)) : length;
    auto bound = [&](Value v, Value fallback) -> Value {
        if (v.isNone()) return fallback;
        Value b = index(v);
        if (intSign(b) < 0) {
            b = intAdd(ts, b, length);
            if (intCompare(b, lower) < 0) b = lower;
        } else if (intCompare(b, upper) > 0) {
            b = upper;
        }
        return b;
    };
    start = bound(slice->start, backwards ? upper : lower);
    stop = bound(slice->stop, backwards ? lower : upper);
}

// r[slice]: CPython's compute_slice, a range again.
Value rangeSlice(ThreadState& ts, RangeObject* r, SliceObject* slice) {
    auto inlineBound = [](Value v) { return v.isNone() || v.isIntOrBool(); };
    bool smallSlice = inlineBound(slice->start) && inlineBound(slice->stop) && inlineBound(slice->step) &&
                      !(slice->step.isIntOrBool() && slice->step.asInt() == INT64_MIN);
    if (!r->big() && smallSlice) {
        // Here the int64 slice resolution is exact (the length fits and no bound or
        // step gets clamped), and __int128 holds every product.
        int64_t start, stop, step, count;
        sliceIndices(ts, slice, r->length.asInt(), start, stop, step, count);
        __int128 rStart = r->start.asInt(), rStep = r->step.asInt();
        __int128 newStart = rStart + start * rStep, newStop = rStart + stop * rStep, newStep = rStep * step;
        auto fits = [](__int128 v) { return v >= INT64_MIN && v <= INT64_MAX; };
        if (fits(newStart) && fits(newStop) && fits(newStep))
            return Value::object(newRange(ts, ts.rt.types.range, Value::integer(static_cast<int64_t>(newStart)),
                                          Value::integer(static_cast<int64_t>(newStop)),
                                          Value::integer(static_cast<int64_t>(newStep))));
    }
    Value start, stop, step;
    sliceIndicesExact(ts, slice, r->length, start, stop, step);
    Value newStart = itemAt(ts, r, start);
    Value newStop = itemAt(ts, r, stop);
    Value newStep = intMul(ts, step, r->step);
    return Value::object(newRange(ts, ts.rt.types.range, newStart, newStop, newStep));
}

Value rangeConstruct(ThreadState& ts, TypeObject* type, Args args) {
    requireNoKeywords(ts, "range", args);
    size_t n = args.count;
    if (n == 0) raiseError(ts, ts.rt.types.TypeError, "range expected at least 1 argument, got 0");
    if (n > 3) raiseFormat(ts, ts.rt.types.TypeError, "range expected at most 3 arguments, got %zu", n);
    Value start = Value::integer(0), stop, step = Value::integer(1);
    if (n == 1) {
        stop = indexValue(ts, args[0]);
    } else {
        start = indexValue(ts, args[0]);
        stop = indexValue(ts, args[1]);
        if (n == 3) step = indexValue(ts, args[2]);
        if (intIsZero(step)) raiseError(ts, ts.rt.types.ValueError, "range() arg 3 must not be zero");
    }
    return Value::object(newRange(ts, type, start, stop, step));
}

StrObject* rangeRepr(ThreadState& ts, Value self) {
    RangeObject* r = as<RangeObject>(self);
    std::string text = "range(";
    appendRepr(ts, text, r->start);
    text += ", ";
    appendRepr(ts, text, r->stop);
    if (!(r->step.isInt() && r->step.asInt() == 1)) {
        text += ", ";
        appendRepr(ts, text, r->step);
    }
    text += ")";
    return newStr(ts, text);
}

int64_t rangeLengthSlot(ThreadState& ts, Value self) {
    Value n = as<RangeObject>(self)->length;
    if (n.isInt()) return n.asInt();
    raiseError(ts, ts.rt.types.OverflowError, "Python int too large to convert to C ssize_t");
}

// Without this slot truth would go through len(), which overflows for big ranges.
bool rangeTruthy(ThreadState&, Value self) {
    Value n = as<RangeObject>(self)->length;
    return !n.isInt() || n.asInt() != 0; // a big length is never zero
}

Value rangeGetItem(ThreadState& ts, Value self, Value key) {
    RangeObject* r = as<RangeObject>(self);
    if (!r->big() && key.isIntOrBool()) {
        int64_t i = key.asInt(), length = r->length.asInt();
        if (i < 0) i += length; // cannot overflow: length >= 0
        if (i < 0 || i >= length) raiseError(ts, ts.rt.types.IndexError, "range object index out of range");
        return Value::integer(smallItem(r, i));
    }
    if (SliceObject* slice = asOrNull<SliceObject>(key)) return rangeSlice(ts, r, slice);
    if (!isIntValue(key) && !hasIndexSlot(ts, key))
        raiseFormat(ts, ts.rt.types.TypeError, "range indices must be integers or slices, not %s",
                    std::string(typeName(ts, key)).c_str());
    // CPython's compute_range_item: any int, so a big index is "out of range", not
    // the "cannot fit 'int' into an index-sized integer" of other sequences.
    Value i = indexValue(ts, key);
    if (intSign(i) < 0) i = intAdd(ts, i, r->length);
    if (intSign(i) < 0 || intCompare(i, r->length) >= 0)
        raiseError(ts, ts.rt.types.IndexError, "range object index out of range");
    return itemAt(ts, r, i);
}

enum class Search { Find, Count };

// Search by == for an item that is not an int (`1.0 in r`, r.count(1.0)), walking
// the range like CPython's _PySequence_IterSearch: the position of the first equal
// item (Find, -1 when none) or how many there are (Count).
int64_t searchByEquality(ThreadState& ts, Value range, Value item, Search mode) {
    Handle iterator(ts, newRangeIterator(ts, range, false));
    Handle current(ts); // a big item is referenced nowhere else while == runs
    int64_t position = 0, count = 0;
    Value v;
    while (iterNext(ts, iterator, v)) {
        current.set(v);
        if (equals(ts, v, item)) {
            if (mode == Search::Find) return position;
            ++count;
        }
        ++position;
    }
    return mode == Search::Find ? -1 : count;
}

bool rangeContains(ThreadState& ts, Value self, Value item) {
    if (isIntValue(item)) return !rangePosition(ts, as<RangeObject>(self), item).isEmpty();
    return searchByEquality(ts, self, item, Search::Find) >= 0;
}

Value rangeIter(ThreadState& ts, Value self) { return newRangeIterator(ts, self, false); }

bool rangesEqual(const RangeObject* a, const RangeObject* b) {
    if (a == b) return true;
    if (!intEqual(a->length, b->length)) return false;
    if (intIsZero(a->length)) return true;
    if (!intEqual(a->start, b->start)) return false;
    if (intEqual(a->length, Value::integer(1))) return true;
    return intEqual(a->step, b->step);
}

Value rangeCompare(ThreadState& ts, CompareOperator op, Value a, Value b) {
    RangeObject* ra = asOrNull<RangeObject>(a);
    RangeObject* rb = asOrNull<RangeObject>(b);
    if (!ra || !rb || (op != CompareOperator::EQ && op != CompareOperator::NE)) return ts.rt.notImplemented;
    return Value::boolean(rangesEqual(ra, rb) == (op == CompareOperator::EQ));
}

// CPython hashes a range as the tuple (len, start, step), with None for the
// parts that do not matter (start and step of an empty range, step of a
// one-element range), so equal ranges hash equal.
int64_t rangeHash(ThreadState& ts, Value self) {
    RangeObject* r = as<RangeObject>(self);
    Value parts[3] = {r->length, Value::none(), Value::none()};
    if (!intIsZero(r->length)) {
        parts[1] = r->start;
        if (!intEqual(r->length, Value::integer(1))) parts[2] = r->step;
    }
    return hashSequence(ts, parts, 3);
}

bool rangeGetAttr(ThreadState&, Value self, StrObject* name, Value& out) {
    RangeObject* r = as<RangeObject>(self);
    std::string_view n = name->view();
    if (n == "start") out = r->start;
    else if (n == "stop") out = r->stop;
    else if (n == "step") out = r->step;
    else return false;
    return true;
}

Value rangeCount(ThreadState& ts, Value self, Args args) {
    requireOneArg(ts, "range.count", args);
    Value item = args[0];
    if (isIntValue(item)) return Value::integer(rangePosition(ts, as<RangeObject>(self), item).isEmpty() ? 0 : 1);
    return Value::integer(searchByEquality(ts, self, item, Search::Count));
}

Value rangeIndex(ThreadState& ts, Value self, Args args) {
    requireOneArg(ts, "range.index", args);
    Value item = args[0];
    if (isIntValue(item)) {
        Value pos = rangePosition(ts, as<RangeObject>(self), item);
        if (!pos.isEmpty()) return pos;
        std::string text(repr(ts, item)->view());
        raiseFormat(ts, ts.rt.types.ValueError, "%s is not in range", text.c_str());
    }
    int64_t pos = searchByEquality(ts, self, item, Search::Find);
    if (pos < 0) raiseError(ts, ts.rt.types.ValueError, "sequence.index(x): x not in sequence");
    return Value::integer(pos);
}

// CPython 3.11 iterates with a C long (range_iterator) only when the walk cannot
// overflow one, else with Python ints (longrange_iterator). A small range always
// iterates on int64 here (wrap-around arithmetic makes the last step harmless), but
// its iterator gets the type CPython would give, since type() shows it.
bool cpythonUsesLongIterator(int64_t start, int64_t stop, int64_t step, int64_t length, bool reversed) {
    if (reversed) {
        if (step == INT64_MIN) return true;
        // start - step must fit, as CPython computes it for the reversed walk.
        if (step > 0)
            return static_cast<uint64_t>(start) - static_cast<uint64_t>(INT64_MIN) < static_cast<uint64_t>(step);
        return static_cast<uint64_t>(INT64_MAX) - static_cast<uint64_t>(start) < 0 - static_cast<uint64_t>(step);
    }
    if (length == 0) return false;
    if (step > 0) return stop > INT64_MAX - (step - 1);
    return stop < INT64_MIN + (-1 - step);
}

} // namespace

// ---- range iterators (Containers.h) -------------------------------------------------------

Value newRangeIterator(ThreadState& ts, Value range, bool reversed) {
    RangeObject* r = as<RangeObject>(range);
    if (!r->big()) {
        int64_t start = r->start.asInt(), step = r->step.asInt(), length = r->length.asInt();
        IteratorObject* it = newIterator(ts, IterKind::Range, range);
        it->limit = length;
        if (reversed) {
            it->index = length ? smallItem(r, length - 1) : start;
            it->step = static_cast<int64_t>(0 - static_cast<uint64_t>(step));
        } else {
            it->index = start;
            it->step = step;
        }
        if (cpythonUsesLongIterator(start, r->stop.asInt(), step, length, reversed))
            it->type = ts.rt.iteratorTypes[size_t(IterKind::LongRange)];
        return Value::object(it);
    }
    // A private range holds what is left to yield: `start` the next item, `step`,
    // `length` the items still to come (`stop` is not used).
    Value first = r->start, step = r->step;
    if (reversed) {
        if (!intIsZero(r->length)) first = itemAt(ts, r, intSub(ts, r->length, Value::integer(1)));
        step = intNeg(ts, step);
    }
    RangeObject* state = ts.rt.heap.make<RangeObject>(ts.rt.types.range, 0);
    state->start = first;
    state->stop = Value::none();
    state->step = step;
    state->length = r->length;
    state->flags = RangeObject::kBig;
    return Value::object(newIterator(ts, IterKind::LongRange, Value::object(state)));
}

bool longRangeNext(ThreadState& ts, IteratorObject* it, Value& out) {
    if (it->source.isNone()) return false;
    RangeObject* state = as<RangeObject>(it->source);
    if (intIsZero(state->length)) {
        it->source = Value::none();
        return false;
    }
    out = state->start; // stays alive: no safepoint before the caller stores it
    state->start = intAdd(ts, state->start, state->step);
    state->length = intSub(ts, state->length, Value::integer(1));
    return true;
}

namespace {

// ---- slice ----------------------------------------------------------------------------

Value sliceConstruct(ThreadState& ts, TypeObject* type, Args args) {
    requireNoKeywords(ts, "slice", args);
    size_t n = args.count;
    if (n == 0) raiseError(ts, ts.rt.types.TypeError, "slice expected at least 1 argument, got 0");
    if (n > 3) raiseFormat(ts, ts.rt.types.TypeError, "slice expected at most 3 arguments, got %zu", n);
    SliceObject* s = ts.rt.heap.make<SliceObject>(type, 0);
    s->start = Value::none();
    s->step = Value::none();
    if (n == 1) {
        s->stop = args[0];
    } else {
        s->start = args[0];
        s->stop = args[1];
        if (n == 3) s->step = args[2];
    }
    return Value::object(s);
}

StrObject* sliceRepr(ThreadState& ts, Value self) {
    Handle keep(ts, self);
    SliceObject* s = as<SliceObject>(self);
    std::string text = "slice(";
    appendRepr(ts, text, s->start);
    text += ", ";
    appendRepr(ts, text, s->stop);
    text += ", ";
    appendRepr(ts, text, s->step);
    text += ")";
    return newStr(ts, text);
}

// Slices compare like the tuples (start, stop, step).
Value sliceCompare(ThreadState& ts, CompareOperator op, Value a, Value b) {
    SliceObject* sa = asOrNull<SliceObject>(a);
    SliceObject* sb = asOrNull<SliceObject>(b);
    if (!sa || !sb) return ts.rt.notImplemented;
    TupleObject* ta = newTuple(ts, 3);
    Handle keepA(ts, Value::object(ta));
    (*ta)[0] = sa->start, (*ta)[1] = sa->stop, (*ta)[2] = sa->step;
    TupleObject* tb = newTuple(ts, 3);
    Handle keepB(ts, Value::object(tb));
    (*tb)[0] = sb->start, (*tb)[1] = sb->stop, (*tb)[2] = sb->step;
    return compareSequences(ts, op, Value::object(ta), Value::object(tb));
}

bool sliceGetAttr(ThreadState&, Value self, StrObject* name, Value& out) {
    SliceObject* s = as<SliceObject>(self);
    std::string_view n = name->view();
    if (n == "start") out = s->start;
    else if (n == "stop") out = s->stop;
    else if (n == "step") out = s->step;
    else return false;
    return true;
}

Value sliceIndicesMethod(ThreadState& ts, Value self, Args args) {
    requireOneArg(ts, "slice.indices", args);
    int64_t length = indexOf(ts, args[0]);
    if (length < 0) raiseError(ts, ts.rt.types.ValueError, "length should not be negative");
    int64_t start, stop, step, count;
    sliceIndices(ts, as<SliceObject>(self), length, start, stop, step, count);
    TupleObject* t = newTuple(ts, 3);
    (*t)[0] = Value::integer(start);
    (*t)[1] = Value::integer(stop);
    (*t)[2] = Value::integer(step);
    return Value::object(t);
}

} // namespace

// ---- shared helpers (Containers.h) ------------------------------------------------------

bool sliceIndices(ThreadState& ts, SliceObject* slice, int64_t length, int64_t& start, int64_t& stop,
                  int64_t& step, int64_t& count) {
    step = sliceBound(ts, slice->step, 1);
    if (step == 0) raiseError(ts, ts.rt.types.ValueError, "slice step cannot be zero");
    if (step < -INT64_MAX) step = -INT64_MAX; // so that -step cannot overflow
    start = sliceBound(ts, slice->start, step < 0 ? INT64_MAX : 0);
    stop = sliceBound(ts, slice->stop, step < 0 ? INT64_MIN : INT64_MAX);

    auto adjust = [&](int64_t& bound) {
        if (bound < 0) {
            bound += length;
            if (bound < 0) bound = step < 0 ? -1 : 0;
        } else if (bound >= length) {
            bound = step < 0 ? length - 1 : length;
        }
    };
    adjust(start);
    adjust(stop);
    if (step < 0)
        count = stop < start ? (start - stop - 1) / -step + 1 : 0;
    else
        count = start < stop ? (stop - start - 1) / step + 1 : 0;
    return step == 1;
}

bool sequenceIndex(ThreadState& ts, Value key, int64_t length, const char* typeName_, int64_t& out) {
    int64_t i;
    if (key.isIntOrBool()) {
        i = key.asInt();
    } else if (isKind(key, ObjKind::BigInt)) {
        raiseError(ts, ts.rt.types.IndexError, "cannot fit 'int' into an index-sized integer");
    } else if (hasIndexSlot(ts, key)) {
        i = indexOf(ts, key);
    } else {
        raiseFormat(ts, ts.rt.types.TypeError, "%s indices must be integers or slices, not %s", typeName_,
                    std::string(typeName(ts, key)).c_str());
    }
    if (i < 0) i += length;
    if (i < 0 || i >= length) return false;
    out = i;
    return true;
}

void initRangeAndSliceTypes(ThreadState& ts) {
    TypeObject* range = ts.rt.types.range;
    range->allowsSubclassing = false;
    range->construct = rangeConstruct;
    range->slots.repr = rangeRepr;
    range->slots.hash = rangeHash;
    range->slots.compare = rangeCompare;
    range->slots.length = rangeLengthSlot;
    range->slots.truthy = rangeTruthy;
    range->slots.getItem = rangeGetItem;
    range->slots.contains = rangeContains;
    range->slots.iter = rangeIter;
    range->slots.getAttr = rangeGetAttr;
    defineMethod(ts, range, "count", rangeCount);
    defineMethod(ts, range, "index", rangeIndex);

    TypeObject* slice = ts.rt.types.slice;
    slice->allowsSubclassing = false;
    slice->construct = sliceConstruct;
    slice->slots.repr = sliceRepr;
    slice->slots.compare = sliceCompare;
    slice->slots.getAttr = sliceGetAttr;
    defineMethod(ts, slice, "indices", sliceIndicesMethod);
}

} // namespace spindle
