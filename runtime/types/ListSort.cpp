// ListSort.cpp — list.sort(key=, reverse=): a stable merge sort.
//
// Why not std::stable_sort: a user __lt__ may be inconsistent (random, or
// raising), and the standard algorithms may then read out of bounds; this sort
// only ever compares elements inside the range it is merging.
//
// GC: the items are moved into a private list held in a Handle (and the keys into
// another), and what is sorted is a permutation of indices into them, so every
// value stays rooted while comparisons run Python code. As in CPython, the list
// looks empty while it is being sorted; if Python code put items in it meanwhile,
// the sorted result still replaces them and ValueError("list modified during
// sort") is raised.
#include "runtime/types/Containers.h"

#include "runtime/Ops.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <numeric>

namespace spindle {

namespace {

// The comparison strategy, picked once from the keys' kinds: homogeneous ints,
// floats and strs compare without dispatch (the common cases).
enum class KeyClass { Int, Float, Str, General };

KeyClass classify(const std::vector<Value>& keys) {
    bool ints = true, floats = true, strs = true;
    for (Value k : keys) {
        ints = ints && k.isInt();
        floats = floats && k.isFloat();
        strs = strs && isKind(k, ObjKind::Str);
    }
    if (ints) return KeyClass::Int;
    if (floats) return KeyClass::Float;
    if (strs) return KeyClass::Str;
    return KeyClass::General;
}

class Sorter {
public:
    Sorter(ThreadState& ts, const std::vector<Value>& keys) : ts_(ts), keys_(keys), kind_(classify(keys)) {}

    void sort(std::vector<size_t>& perm) {
        buffer_.resize(perm.size());
        mergeSort(perm.data(), 0, perm.size());
    }

private:
    bool less(size_t a, size_t b) {
        Value x = keys_[a], y = keys_[b];
        switch (kind_) {
        case KeyClass::Int: return x.asInt() < y.asInt();
        case KeyClass::Float: return x.asFloat() < y.asFloat();
        case KeyClass::Str: {
            std::string_view sx = as<StrObject>(x)->view(), sy = as<StrObject>(y)->view();
            return sx < sy; // UTF-8 byte order is code point order
        }
        case KeyClass::General: return compareBool(ts_, CompareOperator::LT, x, y);
        }
        SPINDLE_UNREACHABLE();
    }

    void insertionSort(size_t* p, size_t lo, size_t hi) {
        for (size_t i = lo + 1; i < hi; ++i) {
            size_t v = p[i];
            size_t j = i;
            while (j > lo && less(v, p[j - 1])) {
                p[j] = p[j - 1];
                --j;
            }
            p[j] = v;
        }
    }

    void mergeSort(size_t* p, size_t lo, size_t hi) {
        if (hi - lo <= 12) {
            insertionSort(p, lo, hi);
            return;
        }
        size_t mid = lo + (hi - lo) / 2;
        mergeSort(p, lo, mid);
        mergeSort(p, mid, hi);
        if (!less(p[mid], p[mid - 1])) return; // already in order
        std::copy(p + lo, p + mid, buffer_.begin() + static_cast<std::ptrdiff_t>(lo));
        size_t i = lo, j = mid, out = lo;
        while (i < mid && j < hi) {
            // Take from the right only when strictly smaller: stability.
            if (less(p[j], buffer_[i])) p[out++] = p[j++];
            else p[out++] = buffer_[i++];
        }
        while (i < mid) p[out++] = buffer_[i++];
    }

    ThreadState& ts_;
    const std::vector<Value>& keys_;
    KeyClass kind_;
    std::vector<size_t> buffer_;
};

} // namespace

void listSort(ThreadState& ts, ListObject* list, Value key, bool reverse) {
    Handle keepList(ts, Value::object(list));
    ListObject* work = newList(ts);
    Handle keepWork(ts, Value::object(work));
    work->items.swap(list->items);
    bool finished = false;
    try {
        const std::vector<Value>* keys = &work->items;
        ListObject* keyList = nullptr;
        Handle keepKeys(ts);
        if (!key.isNone() && !key.isEmpty()) {
            keyList = newList(ts, work->items.size());
            keepKeys.set(Value::object(keyList));
            for (size_t i = 0; i < work->items.size(); ++i) {
                Value item = work->items[i];
                keyList->items.push_back(call(ts, key, Args{&item, 1, nullptr}));
            }
            keys = &keyList->items;
        }
        std::vector<size_t> perm(work->items.size());
        std::iota(perm.begin(), perm.end(), size_t(0));
        // Reverse, sort stably, reverse again: equal items keep their original
        // order, as CPython's reverse=True promises.
        if (reverse) std::reverse(perm.begin(), perm.end());
        Sorter(ts, *keys).sort(perm);
        if (reverse) std::reverse(perm.begin(), perm.end());

        std::vector<Value> sorted;
        sorted.reserve(perm.size());
        for (size_t i : perm) sorted.push_back(work->items[i]);
        bool modified = !list->items.empty();
        list->items.swap(sorted);
        finished = true;
        if (modified) raiseError(ts, ts.rt.types.ValueError, "list modified during sort");
    } catch (PyThrow&) {
        // A key function or comparison raised: give the list its items back
        // (unsorted), dropping anything Python code added meanwhile.
        if (!finished) list->items.swap(work->items);
        throw;
    }
}

} // namespace spindle
