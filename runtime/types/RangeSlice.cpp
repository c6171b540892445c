// RangeSlice.cpp — the range and slice types, and the index/slice
// normalisation every sequence type shares (Containers.h).
#include "runtime/types/Containers.h"

#include "runtime/Ops.h"
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

// An int argument of range(): int64 only (a documented difference from CPython).
int64_t rangeArgument(ThreadState& ts, Value v) {
    if (v.isIntOrBool()) return v.asInt();
    if (isKind(v, ObjKind::BigInt))
        raiseError(ts, ts.rt.types.OverflowError, "range() arguments beyond 64-bit integers are not supported");
    if (hasIndexSlot(ts, v)) return indexOf(ts, v);
    raiseFormat(ts, ts.rt.types.TypeError, "'%s' object cannot be interpreted as an integer",
                std::string(typeName(ts, v)).c_str());
}

int64_t rangeLength(ThreadState& ts, int64_t start, int64_t stop, int64_t step) {
    __int128 span;
    if (step > 0) {
        if (start >= stop) return 0;
        span = (static_cast<__int128>(stop) - start - 1) / step + 1;
    } else {
        if (start <= stop) return 0;
        span = (static_cast<__int128>(start) - stop - 1) / -static_cast<__int128>(step) + 1;
    }
    if (span > INT64_MAX) raiseError(ts, ts.rt.types.OverflowError, "Python int too large to convert to C ssize_t");
    return static_cast<int64_t>(span);
}

RangeObject* makeRange(ThreadState& ts, TypeObject* type, int64_t start, int64_t stop, int64_t step) {
    int64_t len = rangeLength(ts, start, stop, step);
    RangeObject* r = ts.rt.heap.make<RangeObject>(type, 0);
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    return r;
}

int64_t rangeItem(const RangeObject* r, int64_t i) {
    return static_cast<int64_t>(static_cast<uint64_t>(r->start) + static_cast<uint64_t>(i) * static_cast<uint64_t>(r->step));
}

// Position of the int `v` in r, or -1.
int64_t rangeFind(const RangeObject* r, int64_t v) {
    if (r->length == 0) return -1;
    __int128 offset = static_cast<__int128>(v) - r->start;
    if (offset % r->step != 0) return -1;
    __int128 pos = offset / r->step;
    if (pos < 0 || pos >= r->length) return -1;
    return static_cast<int64_t>(pos);
}

Value rangeConstruct(ThreadState& ts, TypeObject* type, Args args) {
    requireNoKeywords(ts, "range", args);
    size_t n = args.count;
    if (n == 0) raiseError(ts, ts.rt.types.TypeError, "range expected at least 1 argument, got 0");
    if (n > 3) raiseFormat(ts, ts.rt.types.TypeError, "range expected at most 3 arguments, got %zu", n);
    int64_t start = 0, stop, step = 1;
    if (n == 1) {
        stop = rangeArgument(ts, args[0]);
    } else {
        start = rangeArgument(ts, args[0]);
        stop = rangeArgument(ts, args[1]);
        if (n == 3) step = rangeArgument(ts, args[2]);
        if (step == 0) raiseError(ts, ts.rt.types.ValueError, "range() arg 3 must not be zero");
    }
    return Value::object(makeRange(ts, type, start, stop, step));
}

StrObject* rangeRepr(ThreadState& ts, Value self) {
    RangeObject* r = as<RangeObject>(self);
    std::string text = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
    if (r->step != 1) text += ", " + std::to_string(r->step);
    text += ")";
    return newStr(ts, text);
}

int64_t rangeLengthSlot(ThreadState&, Value self) { return as<RangeObject>(self)->length; }

Value rangeGetItem(ThreadState& ts, Value self, Value key) {
    RangeObject* r = as<RangeObject>(self);
    if (SliceObject* slice = asOrNull<SliceObject>(key)) {
        int64_t start, stop, step, count;
        sliceIndices(ts, slice, r->length, start, stop, step, count);
        __int128 newStart = static_cast<__int128>(r->start) + static_cast<__int128>(start) * r->step;
        __int128 newStep = static_cast<__int128>(r->step) * step;
        __int128 newStop = static_cast<__int128>(r->start) + static_cast<__int128>(stop) * r->step;
        if (newStep > INT64_MAX || newStep < INT64_MIN || newStart > INT64_MAX || newStart < INT64_MIN)
            raiseError(ts, ts.rt.types.OverflowError, "range slice beyond 64-bit integers is not supported");
        // Past the int64 range the stop only has to give the right length: clamp it.
        if (newStop > INT64_MAX) newStop = INT64_MAX;
        if (newStop < INT64_MIN) newStop = INT64_MIN;
        RangeObject* result = ts.rt.heap.make<RangeObject>(ts.rt.types.range, 0);
        result->start = static_cast<int64_t>(newStart);
        result->stop = static_cast<int64_t>(newStop);
        result->step = static_cast<int64_t>(newStep);
        result->length = count;
        return Value::object(result);
    }
    int64_t index;
    if (!sequenceIndex(ts, key, r->length, "range", index))
        raiseError(ts, ts.rt.types.IndexError, "range object index out of range");
    return Value::integer(rangeItem(r, index));
}

bool rangeContains(ThreadState& ts, Value self, Value item) {
    RangeObject* r = as<RangeObject>(self);
    if (item.isIntOrBool()) return rangeFind(r, item.asInt()) >= 0;
    if (isKind(item, ObjKind::BigInt)) return false; // every element of an int64 range fits in int64
    for (int64_t i = 0; i < r->length; ++i)
        if (equals(ts, Value::integer(rangeItem(r, i)), item)) return true;
    return false;
}

Value rangeIter(ThreadState& ts, Value self) {
    RangeObject* r = as<RangeObject>(self);
    IteratorObject* it = newIterator(ts, IterKind::Range, self);
    it->index = r->start;
    it->limit = r->length;
    it->step = r->step;
    return Value::object(it);
}

bool rangesEqual(const RangeObject* a, const RangeObject* b) {
    if (a == b) return true;
    if (a->length != b->length) return false;
    if (a->length == 0) return true;
    if (a->start != b->start) return false;
    if (a->length == 1) return true;
    return a->step == b->step;
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
    Value parts[3] = {Value::integer(r->length), Value::none(), Value::none()};
    if (r->length > 0) parts[1] = Value::integer(r->start);
    if (r->length > 1) parts[2] = Value::integer(r->step);
    return hashSequence(ts, parts, 3);
}

bool rangeGetAttr(ThreadState&, Value self, StrObject* name, Value& out) {
    RangeObject* r = as<RangeObject>(self);
    std::string_view n = name->view();
    if (n == "start") out = Value::integer(r->start);
    else if (n == "stop") out = Value::integer(r->stop);
    else if (n == "step") out = Value::integer(r->step);
    else return false;
    return true;
}

Value rangeCount(ThreadState& ts, Value self, Args args) {
    requireOneArg(ts, "range.count", args);
    RangeObject* r = as<RangeObject>(self);
    Value item = args[0];
    if (item.isIntOrBool()) return Value::integer(rangeFind(r, item.asInt()) >= 0 ? 1 : 0);
    int64_t count = 0;
    for (int64_t i = 0; i < r->length; ++i)
        if (equals(ts, Value::integer(rangeItem(r, i)), item)) ++count;
    return Value::integer(count);
}

Value rangeIndex(ThreadState& ts, Value self, Args args) {
    requireOneArg(ts, "range.index", args);
    RangeObject* r = as<RangeObject>(self);
    Value item = args[0];
    if (item.isIntOrBool()) {
        int64_t pos = rangeFind(r, item.asInt());
        if (pos >= 0) return Value::integer(pos);
    } else {
        if (!isKind(item, ObjKind::BigInt)) {
            for (int64_t i = 0; i < r->length; ++i)
                if (equals(ts, Value::integer(rangeItem(r, i)), item)) return Value::integer(i);
        }
        if (!isKind(item, ObjKind::BigInt))
            raiseError(ts, ts.rt.types.ValueError, "sequence.index(x): x not in sequence");
    }
    std::string text(repr(ts, item)->view());
    raiseFormat(ts, ts.rt.types.ValueError, "%s is not in range", text.c_str());
}

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
