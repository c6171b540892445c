// Containers.h — helpers shared by the container types (tuple, list, dict, set,
// range, slice, the builtin iterators) and by other sequence types (str, bytes).
//
// Index and slice normalisation follow CPython exactly (clamping, negative
// indices, the error messages), so every sequence type behaves the same.
//
// Sequence iterators (IterKind List, Tuple, Str, Bytes) keep `source` = the
// sequence for their whole life; exhausted means index == INT64_MAX, so a fast
// path that tests `index < size` needs no other check.
//
// Range iteration over a range whose fields fit in int64 (IteratorObject with
// IterKind::Range), read directly by the eval loop's FOR_ITER fast path:
//     index  the next value to yield
//     limit  how many values are still to come (0: exhausted)
//     step   added to index after each value
// so one step is: `if (limit <= 0) done; out = index; index += step; --limit;`.
// `index += step` may overflow after the last value; it is computed with
// wrap-around (unsigned) arithmetic and never read once limit reaches 0.
// Ranges beyond int64 iterate with IterKind::LongRange (see newRangeIterator).
#pragma once

#include "runtime/Objects.h"

#include <string>
#include <string_view>

namespace spindle {

struct ThreadState;

// ---- indices and slices ----------------------------------------------------------

// Resolve `slice` against a sequence of `length` items, as CPython's
// PySlice_GetIndicesEx: start/stop clamped into range, `count` the number of
// items selected. Raises ValueError("slice step cannot be zero") and CPython's
// TypeError for non-integer bounds. Returns true when step == 1 (a contiguous
// slice, so callers may take a copy-a-range path).
bool sliceIndices(ThreadState& ts, SliceObject* slice, int64_t length, int64_t& start, int64_t& stop,
                  int64_t& step, int64_t& count);

// A subscript that is an index (int, bool, or __index__) resolved against
// `length`: negative indices count from the end. Returns false when the index is
// out of range (the caller raises its own "list index out of range").
// Raises TypeError "<typeName> indices must be integers or slices, not <type>"
// for non-index keys.
bool sequenceIndex(ThreadState& ts, Value key, int64_t length, const char* typeName, int64_t& out);

// The optional start/stop arguments of index() at args[first], args[first + 1],
// clamped into [0, length] as CPython does (negative ones count from the end).
void sequenceSearchBounds(ThreadState& ts, Args args, size_t first, int64_t length, int64_t& start, int64_t& stop);

// `seq * other` / `other * seq`: true with the repeat count when `other` is an
// index; false when `other` is an instance of a user class (so the dispatcher can
// try its reflected method); otherwise raises CPython's
// "can't multiply sequence by non-int of type 'float'".
bool sequenceRepeatCount(ThreadState& ts, Value other, int64_t& count);
// True for instances of classes defined in Python, whose reflected dunders must
// get their chance: binary slots return NotImplemented for them instead of raising.
bool isUserInstance(ThreadState& ts, Value v);

// Lexicographic comparison of two lists or two tuples (a and b of the same kind),
// as CPython's list/tuple richcompare. Re-reads the items after every Python call
// (a user __eq__ may mutate a list).
Value compareSequences(ThreadState& ts, CompareOperator op, Value a, Value b);
// CPython 3.11's tuple hash (xxHash-based) over `count` items.
int64_t hashSequence(ThreadState& ts, const Value* items, size_t count);

void pushRoot(ThreadState& ts, Value* slot);
void popRoots(ThreadState& ts, size_t count);
// Roots a small C++ array of values while it lives (e.g. the arguments of a
// call into Python built from values that are referenced nowhere else).
template <size_t N>
class RootedValues {
public:
    explicit RootedValues(ThreadState& ts) : ts_(ts) {
        for (size_t i = 0; i < N; ++i) pushRoot(ts_, &values[i]);
    }
    ~RootedValues() { popRoots(ts_, N); }
    RootedValues(const RootedValues&) = delete;
    RootedValues& operator=(const RootedValues&) = delete;
    Value values[N];

private:
    ThreadState& ts_;
};
// ---- argument checks with CPython's exact messages -------------------------------------
// "list.append() takes exactly one argument (0 given)"; also rejects keywords.
void requireOneArg(ThreadState& ts, const char* qualifiedName, Args args);
// "list.clear() takes no arguments (1 given)"; also rejects keywords.
void requireNoArgs(ThreadState& ts, const char* qualifiedName, Args args);
// "pop expected at most 1 argument, got 2" / "insert expected 2 arguments, got 3";
// also rejects keywords ("pop() takes no keyword arguments").
void requireArgRange(ThreadState& ts, const char* name, Args args, size_t min, size_t max);
// "list() takes no keyword arguments"
void requireNoKeywords(ThreadState& ts, const char* name, Args args);
// The class that `base.__new__(cls, ...)` creates (args[0]), checked as CPython
// does: "list.__new__(int): int is not a subtype of list" and the like.
TypeObject* newMethodTarget(ThreadState& ts, TypeObject* base, Args args);

// ---- construction from iterables --------------------------------------------------

ListObject* listFromIterable(ThreadState& ts, Value iterable);
TupleObject* tupleFromIterable(ThreadState& ts, Value iterable); // returns the same tuple for an exact tuple
IteratorObject* newIterator(ThreadState& ts, IterKind kind, Value source);

// An iterator over a range, forwards or (for reversed()) backwards: IterKind::Range
// when the range fits in int64, else IterKind::LongRange, whose `source` is a private
// RangeObject holding the next item (start), the step and the items left (length).
Value newRangeIterator(ThreadState& ts, Value range, bool reversed);
bool longRangeNext(ThreadState& ts, IteratorObject* it, Value& out);

// Extend `list` with every item of `iterable` (list += iterable, list.extend).
void listExtend(ThreadState& ts, ListObject* list, Value iterable);
// Stable sort in place, as list.sort(key=..., reverse=...); key may be None/empty.
void listSort(ThreadState& ts, ListObject* list, Value key, bool reverse);

// dict.update(other): a dict, an object with keys(), or an iterable of pairs.
void dictUpdate(ThreadState& ts, DictObject* dict, Value other);
// Add each item of `iterable` to `set` (set.update, set(iterable), frozenset(iterable)).
void setUpdate(ThreadState& ts, SetObject* set, Value iterable);
// Membership / insertion with a precomputed hash; raise TypeError for unhashable keys.
bool setContains(ThreadState& ts, SetObject* set, Value key);
void setAdd(ThreadState& ts, SetObject* set, Value key);

// ---- dict and set iteration ---------------------------------------------------------------
// Iterators over a dict's keys, values or items (kind DictKeys/DictValues/
// DictItems) and over a set. State: `index` is the position in the table's
// entries, `limit` the size when iteration began (a change raises CPython's
// RuntimeError), `step` the table version (dicts: keys replaced at equal size).
// An exhausted iterator drops its source (source = None).
IteratorObject* newDictIterator(ThreadState& ts, IterKind kind, DictObject* dict);
bool dictIteratorNext(ThreadState& ts, IteratorObject* it, Value& out);
IteratorObject* newSetIterator(ThreadState& ts, SetObject* set);
bool setIteratorNext(ThreadState& ts, IteratorObject* it, Value& out);
// The dict behind a dict_keys/dict_values/dict_items view, or null.
DictObject* dictOfView(Value v);

// ---- repr ----------------------------------------------------------------------------

// Guards a container's repr against infinite recursion (`a = []; a.append(a)`
// prints `[[...]]`). While a guard for an object is alive on a thread, a nested
// guard for the same object reports `recursive()`.
class ReprGuard {
public:
    ReprGuard(ThreadState& ts, Object* obj);
    ~ReprGuard();
    ReprGuard(const ReprGuard&) = delete;
    ReprGuard& operator=(const ReprGuard&) = delete;
    bool recursive() const { return recursive_; }

private:
    ThreadState& ts_;
    Object* obj_;
    bool recursive_;
};

// Append repr(v) to out (may run Python code: keep what you need rooted).
void appendRepr(ThreadState& ts, std::string& out, Value v);

} // namespace spindle
