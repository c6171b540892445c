// TupleType.cpp — the tuple type, plus the sequence helpers that tuple and
// list share (comparison, hashing, repeat counts, repr recursion guard).
#include "runtime/types/Containers.h"

#include "runtime/Ops.h"
#include "runtime/types/TypeInit.h"

#include <climits>
#include <utility>
#include <vector>

namespace spindle {

// ---- shared helpers (Containers.h) ------------------------------------------------------

void pushRoot(ThreadState& ts, Value* slot) { ts.handles.push_back(slot); }
void popRoots(ThreadState& ts, size_t count) { ts.handles.resize(ts.handles.size() - count); }

namespace {

// Objects whose repr is being computed, per thread state. A ThreadState field
// would be the natural home; until there is one this lives per OS thread, keyed
// by the thread state so two VMs driven by one OS thread never mix.
thread_local std::vector<std::pair<ThreadState*, Object*>> reprInProgress;

} // namespace

ReprGuard::ReprGuard(ThreadState& ts, Object* obj) : ts_(ts), obj_(obj), recursive_(false) {
    for (const auto& entry : reprInProgress)
        if (entry.first == &ts && entry.second == obj) recursive_ = true;
    if (!recursive_) reprInProgress.emplace_back(&ts, obj);
}

ReprGuard::~ReprGuard() {
    if (recursive_) return;
    for (size_t i = reprInProgress.size(); i-- > 0;) {
        if (reprInProgress[i].first == &ts_ && reprInProgress[i].second == obj_) {
            reprInProgress.erase(reprInProgress.begin() + static_cast<std::ptrdiff_t>(i));
            return;
        }
    }
}

void appendRepr(ThreadState& ts, std::string& out, Value v) { out += repr(ts, v)->view(); }

void requireNoKeywords(ThreadState& ts, const char* name, Args args) {
    if (args.keywordCount()) raiseFormat(ts, ts.rt.types.TypeError, "%s() takes no keyword arguments", name);
}

TypeObject* newMethodTarget(ThreadState& ts, TypeObject* base, Args args) {
    const char* name = base->name->data();
    if (args.positionalCount() == 0) raiseFormat(ts, ts.rt.types.TypeError, "%s.__new__(): not enough arguments", name);
    if (!isKind(args[0], ObjKind::Type))
        raiseFormat(ts, ts.rt.types.TypeError, "%s.__new__(X): X is not a type object (%s)", name,
                    typeOf(ts, args[0])->name->data());
    TypeObject* t = as<TypeObject>(args[0]);
    if (!isSubtype(t, base))
        raiseFormat(ts, ts.rt.types.TypeError, "%s.__new__(%s): %s is not a subtype of %s", name, t->name->data(),
                    t->name->data(), name);
    return t;
}

void requireOneArg(ThreadState& ts, const char* qualifiedName, Args args) {
    requireNoKeywords(ts, qualifiedName, args);
    if (args.count != 1)
        raiseFormat(ts, ts.rt.types.TypeError, "%s() takes exactly one argument (%zu given)", qualifiedName, args.count);
}

void requireNoArgs(ThreadState& ts, const char* qualifiedName, Args args) {
    requireNoKeywords(ts, qualifiedName, args);
    if (args.count != 0)
        raiseFormat(ts, ts.rt.types.TypeError, "%s() takes no arguments (%zu given)", qualifiedName, args.count);
}

void requireArgRange(ThreadState& ts, const char* name, Args args, size_t min, size_t max) {
    requireNoKeywords(ts, name, args);
    size_t n = args.count;
    if (n >= min && n <= max) return;
    if (min == max)
        raiseFormat(ts, ts.rt.types.TypeError, "%s expected %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", n);
    if (n < min)
        raiseFormat(ts, ts.rt.types.TypeError, "%s expected at least %zu argument%s, got %zu", name, min,
                    min == 1 ? "" : "s", n);
    raiseFormat(ts, ts.rt.types.TypeError, "%s expected at most %zu argument%s, got %zu", name, max,
                max == 1 ? "" : "s", n);
}

bool isUserInstance(ThreadState& ts, Value v) { return typeOf(ts, v)->isHeapType; }

bool sequenceRepeatCount(ThreadState& ts, Value other, int64_t& count) {
    if (other.isIntOrBool()) {
        count = other.asInt();
        return true;
    }
    if (isKind(other, ObjKind::BigInt)) {
        if (compareBool(ts, CompareOperator::LT, other, Value::integer(0))) {
            count = 0;
            return true;
        }
        raiseError(ts, ts.rt.types.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    TypeObject* type = typeOf(ts, other);
    if (type->slots.index) {
        count = indexOf(ts, other);
        return true;
    }
    if (type->isHeapType) return false;
    raiseFormat(ts, ts.rt.types.TypeError, "can't multiply sequence by non-int of type '%s'",
                std::string(typeName(ts, other)).c_str());
}

namespace {

// Items of a list or tuple, re-read on every call (a list may change under us).
size_t sequenceSize(Value v) {
    if (ListObject* l = asOrNull<ListObject>(v)) return l->items.size();
    return as<TupleObject>(v)->size;
}
Value sequenceAt(Value v, size_t i) {
    if (ListObject* l = asOrNull<ListObject>(v)) return l->items[i];
    return (*as<TupleObject>(v))[i];
}

bool compareSizes(CompareOperator op, size_t a, size_t b) {
    switch (op) {
    case CompareOperator::LT: return a < b;
    case CompareOperator::LE: return a <= b;
    case CompareOperator::EQ: return a == b;
    case CompareOperator::NE: return a != b;
    case CompareOperator::GT: return a > b;
    case CompareOperator::GE: return a >= b;
    default: SPINDLE_UNREACHABLE();
    }
}

} // namespace

Value compareSequences(ThreadState& ts, CompareOperator op, Value a, Value b) {
    bool eqOp = op == CompareOperator::EQ || op == CompareOperator::NE;
    if (eqOp && sequenceSize(a) != sequenceSize(b)) return Value::boolean(op == CompareOperator::NE);
    size_t i = 0;
    for (;; ++i) {
        if (i >= sequenceSize(a) || i >= sequenceSize(b)) break;
        Value x = sequenceAt(a, i), y = sequenceAt(b, i);
        if (x.identical(y)) continue;
        // Keep both items alive: the __eq__ may drop them from a list.
        Handle keepX(ts, x), keepY(ts, y);
        if (!equals(ts, x, y)) break;
    }
    size_t na = sequenceSize(a), nb = sequenceSize(b);
    if (i >= na || i >= nb) return Value::boolean(compareSizes(op, na, nb));
    if (op == CompareOperator::EQ) return Value::boolean(false);
    if (op == CompareOperator::NE) return Value::boolean(true);
    return compare(ts, op, sequenceAt(a, i), sequenceAt(b, i));
}

int64_t hashSequence(ThreadState& ts, const Value* items, size_t count) {
    // CPython 3.11 tuplehash: xxHash's 64-bit round over the item hashes.
    constexpr uint64_t kPrime1 = 11400714785074694791ULL;
    constexpr uint64_t kPrime2 = 14029467366897019727ULL;
    constexpr uint64_t kPrime5 = 2870177450012600261ULL;
    uint64_t acc = kPrime5;
    for (size_t i = 0; i < count; ++i) {
        uint64_t lane = static_cast<uint64_t>(hashValue(ts, items[i]));
        acc += lane * kPrime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= kPrime1;
    }
    acc += count ^ (kPrime5 ^ 3527539UL);
    if (acc == static_cast<uint64_t>(-1)) return 1546275796;
    return static_cast<int64_t>(acc);
}

TupleObject* tupleFromIterable(ThreadState& ts, Value iterable) {
    if (TupleObject* t = asOrNull<TupleObject>(iterable); t && t->type == ts.rt.types.tuple) return t;
    if (ListObject* l = asOrNull<ListObject>(iterable)) {
        TupleObject* t = newTuple(ts, l->items.size());
        for (size_t i = 0; i < t->size; ++i) (*t)[i] = l->items[i];
        return t;
    }
    ListObject* items = listFromIterable(ts, iterable);
    TupleObject* t = newTuple(ts, items->items.size());
    for (size_t i = 0; i < t->size; ++i) (*t)[i] = items->items[i];
    return t;
}

namespace {

TupleObject* makeTuple(ThreadState& ts, TypeObject* type, size_t size) {
    if (type == ts.rt.types.tuple) return newTuple(ts, size);
    TupleObject* t = ts.rt.heap.make<TupleObject>(type, size * sizeof(Value));
    t->size = size;
    for (size_t i = 0; i < size; ++i) (*t)[i] = Value::none();
    return t;
}

Value tupleConstruct(ThreadState& ts, TypeObject* type, Args args) {
    requireNoKeywords(ts, "tuple", args);
    if (args.count > 1) raiseFormat(ts, ts.rt.types.TypeError, "tuple expected at most 1 argument, got %zu", args.count);
    if (args.count == 0) return type == ts.rt.types.tuple ? ts.rt.emptyTuple : Value::object(makeTuple(ts, type, 0));
    TupleObject* items = tupleFromIterable(ts, args[0]);
    if (type == ts.rt.types.tuple) return Value::object(items);
    Handle keep(ts, Value::object(items));
    TupleObject* t = makeTuple(ts, type, items->size);
    for (size_t i = 0; i < t->size; ++i) (*t)[i] = (*items)[i];
    return Value::object(t);
}

StrObject* tupleRepr(ThreadState& ts, Value self) {
    TupleObject* t = as<TupleObject>(self);
    if (t->size == 0) return newStr(ts, "()");
    ReprGuard guard(ts, t);
    if (guard.recursive()) return newStr(ts, "(...)");
    std::string text = "(";
    for (size_t i = 0; i < t->size; ++i) {
        if (i) text += ", ";
        appendRepr(ts, text, (*t)[i]);
    }
    if (t->size == 1) text += ",";
    text += ")";
    return newStr(ts, text);
}

int64_t tupleHash(ThreadState& ts, Value self) {
    TupleObject* t = as<TupleObject>(self);
    if (t->hash != -1) return t->hash;
    int64_t h = hashSequence(ts, t->items(), t->size);
    t->hash = h;
    return h;
}

Value tupleCompare(ThreadState& ts, CompareOperator op, Value a, Value b) {
    if (!isKind(a, ObjKind::Tuple) || !isKind(b, ObjKind::Tuple)) return ts.rt.notImplemented;
    return compareSequences(ts, op, a, b);
}

int64_t tupleLength(ThreadState&, Value self) { return static_cast<int64_t>(as<TupleObject>(self)->size); }

Value tupleGetItem(ThreadState& ts, Value self, Value key) {
    TupleObject* t = as<TupleObject>(self);
    if (SliceObject* slice = asOrNull<SliceObject>(key)) {
        int64_t start, stop, step, count;
        sliceIndices(ts, slice, static_cast<int64_t>(t->size), start, stop, step, count);
        if (count == static_cast<int64_t>(t->size) && step == 1 && t->type == ts.rt.types.tuple) return self;
        if (count == 0) return ts.rt.emptyTuple;
        TupleObject* result = newTuple(ts, static_cast<size_t>(count));
        for (int64_t i = 0, at = start; i < count; ++i, at += step) (*result)[i] = (*t)[at];
        return Value::object(result);
    }
    int64_t index;
    if (!sequenceIndex(ts, key, static_cast<int64_t>(t->size), "tuple", index))
        raiseError(ts, ts.rt.types.IndexError, "tuple index out of range");
    return (*t)[index];
}

bool tupleContains(ThreadState& ts, Value self, Value item) {
    TupleObject* t = as<TupleObject>(self);
    for (size_t i = 0; i < t->size; ++i)
        if ((*t)[i].identical(item) || equals(ts, (*t)[i], item)) return true;
    return false;
}

Value tupleIter(ThreadState& ts, Value self) { return Value::object(newIterator(ts, IterKind::Tuple, self)); }

TupleObject* repeatTuple(ThreadState& ts, TupleObject* t, int64_t times) {
    if (times <= 0 || t->size == 0) return as<TupleObject>(ts.rt.emptyTuple);
    if (times == 1 && t->type == ts.rt.types.tuple) return t;
    if (static_cast<uint64_t>(times) > (uint64_t(1) << 40) / t->size) raiseMemoryError(ts);
    TupleObject* result = newTuple(ts, t->size * static_cast<size_t>(times));
    for (int64_t k = 0; k < times; ++k)
        for (size_t i = 0; i < t->size; ++i) (*result)[k * t->size + i] = (*t)[i];
    return result;
}

Value tupleBinary(ThreadState& ts, BinaryOperator op, Value a, Value b) {
    TupleObject* ta = asOrNull<TupleObject>(a);
    if (op == BinaryOperator::ADD) {
        if (!ta) return ts.rt.notImplemented;
        TupleObject* tb = asOrNull<TupleObject>(b);
        if (!tb) {
            if (isUserInstance(ts, b)) return ts.rt.notImplemented;
            raiseFormat(ts, ts.rt.types.TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                        std::string(typeName(ts, b)).c_str());
        }
        if (tb->size == 0 && ta->type == ts.rt.types.tuple) return a;
        if (ta->size == 0 && tb->type == ts.rt.types.tuple) return b;
        TupleObject* result = newTuple(ts, ta->size + tb->size);
        for (size_t i = 0; i < ta->size; ++i) (*result)[i] = (*ta)[i];
        for (size_t i = 0; i < tb->size; ++i) (*result)[ta->size + i] = (*tb)[i];
        return Value::object(result);
    }
    if (op == BinaryOperator::MULTIPLY) {
        TupleObject* t = ta ? ta : asOrNull<TupleObject>(b);
        Value other = ta ? b : a;
        if (!t) return ts.rt.notImplemented;
        int64_t times;
        if (!sequenceRepeatCount(ts, other, times)) return ts.rt.notImplemented;
        return Value::object(repeatTuple(ts, t, times));
    }
    return ts.rt.notImplemented;
}

// Start/stop arguments of index(): clamped like slice bounds, as CPython does.
void searchBounds(ThreadState& ts, Args args, size_t first, int64_t length, int64_t& start, int64_t& stop) {
    start = 0;
    stop = length;
    auto clampBound = [&](Value v, int64_t& bound) {
        if (v.isIntOrBool()) bound = v.asInt();
        else if (isKind(v, ObjKind::BigInt))
            bound = compareBool(ts, CompareOperator::LT, v, Value::integer(0)) ? INT64_MIN : INT64_MAX;
        else if (typeOf(ts, v)->slots.index) bound = indexOf(ts, v);
        else raiseError(ts, ts.rt.types.TypeError, "slice indices must be integers or have an __index__ method");
        if (bound < 0) {
            bound += length;
            if (bound < 0) bound = 0;
        } else if (bound > length) {
            bound = length;
        }
    };
    if (args.count > first) clampBound(args[first], start);
    if (args.count > first + 1) clampBound(args[first + 1], stop);
}

Value tupleIndex(ThreadState& ts, Value self, Args args) {
    requireArgRange(ts, "index", args, 1, 3);
    TupleObject* t = as<TupleObject>(self);
    int64_t start, stop;
    searchBounds(ts, args, 1, static_cast<int64_t>(t->size), start, stop);
    for (int64_t i = start; i < stop; ++i)
        if ((*t)[i].identical(args[0]) || equals(ts, (*t)[i], args[0])) return Value::integer(i);
    raiseError(ts, ts.rt.types.ValueError, "tuple.index(x): x not in tuple");
}

Value tupleCount(ThreadState& ts, Value self, Args args) {
    requireOneArg(ts, "tuple.count", args);
    TupleObject* t = as<TupleObject>(self);
    int64_t count = 0;
    for (size_t i = 0; i < t->size; ++i)
        if ((*t)[i].identical(args[0]) || equals(ts, (*t)[i], args[0])) ++count;
    return Value::integer(count);
}

} // namespace

void sequenceSearchBounds(ThreadState& ts, Args args, size_t first, int64_t length, int64_t& start, int64_t& stop) {
    searchBounds(ts, args, first, length, start, stop);
}

namespace {

// tuple.__new__(cls, iterable=()): a static method, what a subclass's __new__
// reaches through super() (namedtuple classes do).
Value tupleNewMethod(ThreadState& ts, Value, Args args) {
    TypeObject* t = newMethodTarget(ts, ts.rt.types.tuple, args);
    return tupleConstruct(ts, t, Args{args.values + 1, args.count - 1, args.kwnames});
}

} // namespace

void initTupleType(ThreadState& ts) {
    TypeObject* tuple = ts.rt.types.tuple;
    tuple->construct = tupleConstruct;
    dictSetStr(ts, tuple->dict, "__new__", Value::object(newNative(ts, "__new__", tupleNewMethod)));
    tuple->slots.repr = tupleRepr;
    tuple->slots.hash = tupleHash;
    tuple->slots.compare = tupleCompare;
    tuple->slots.length = tupleLength;
    tuple->slots.getItem = tupleGetItem;
    tuple->slots.contains = tupleContains;
    tuple->slots.iter = tupleIter;
    tuple->slots.binary = tupleBinary;
    defineMethod(ts, tuple, "index", tupleIndex);
    defineMethod(ts, tuple, "count", tupleCount);
}

} // namespace spindle
