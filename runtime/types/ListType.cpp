// ListType.cpp — the list type (sorting lives in ListSort.cpp).
//
// A list's items may change under any call into Python code (a user __eq__ or
// __repr__ can append, clear or rebind elements), so loops here re-read the size
// and never keep an iterator or reference into `items` across such a call.
#include "runtime/types/Containers.h"

#include "runtime/Ops.h"
#include "runtime/types/TypeInit.h"

#include <algorithm>
#include <climits>

namespace spindle {

IteratorObject* newIterator(ThreadState& ts, IterKind kind, Value source) {
    TypeObject* type = ts.rt.iteratorTypes[size_t(kind)];
    if (kind == IterKind::Str && as<StrObject>(source)->isAscii()) type = ts.rt.strAsciiIteratorType;
    IteratorObject* it = ts.rt.heap.make<IteratorObject>(type, 0, kind);
    it->source = source;
    return it;
}

void listExtend(ThreadState& ts, ListObject* list, Value iterable) {
    if (ListObject* other = asOrNull<ListObject>(iterable)) {
        // Copy first: `a.extend(a)` must not see its own growth.
        std::vector<Value> copy(other->items);
        list->items.insert(list->items.end(), copy.begin(), copy.end());
        return;
    }
    if (TupleObject* t = asOrNull<TupleObject>(iterable)) {
        list->items.insert(list->items.end(), t->items(), t->items() + t->size);
        return;
    }
    if (RangeObject* r = asOrNull<RangeObject>(iterable)) {
        // CPython sizes the list from len() first, so list(range(10**20)) raises
        // OverflowError (and a length beyond memory MemoryError) instead of
        // iterating until memory runs out.
        int64_t n = length(ts, iterable);
        if (static_cast<uint64_t>(n) > (uint64_t(1) << 40) / sizeof(Value)) raiseMemoryError(ts);
        list->items.reserve(list->items.size() + static_cast<size_t>(n));
        if (!r->big()) {
            int64_t step = r->step.asInt();
            uint64_t v = static_cast<uint64_t>(r->start.asInt());
            for (int64_t i = 0; i < n; ++i, v += static_cast<uint64_t>(step))
                list->items.push_back(Value::integer(static_cast<int64_t>(v)));
            return;
        }
    }
    Handle iterator(ts, getIter(ts, iterable));
    Value item;
    while (iterNext(ts, iterator, item)) list->items.push_back(item);
}

ListObject* listFromIterable(ThreadState& ts, Value iterable) {
    ListObject* list = newList(ts);
    Handle keep(ts, Value::object(list));
    listExtend(ts, list, iterable);
    return list;
}

namespace {

ListObject* makeList(ThreadState& ts, TypeObject* type) {
    if (type == ts.rt.types.list) return newList(ts);
    return ts.rt.heap.make<ListObject>(type, 0);
}

Value listConstruct(ThreadState& ts, TypeObject* type, Args args) {
    requireNoKeywords(ts, "list", args);
    if (args.count > 1) raiseFormat(ts, ts.rt.types.TypeError, "list expected at most 1 argument, got %zu", args.count);
    ListObject* list = makeList(ts, type);
    if (args.count == 1) {
        Handle keep(ts, Value::object(list));
        listExtend(ts, list, args[0]);
    }
    return Value::object(list);
}

// list.__new__(cls, ...): an empty list of class cls; __init__ fills it.
Value listNewMethod(ThreadState& ts, Value, Args args) {
    return Value::object(makeList(ts, newMethodTarget(ts, ts.rt.types.list, args)));
}

StrObject* listRepr(ThreadState& ts, Value self) {
    ListObject* list = as<ListObject>(self);
    if (list->items.empty()) return newStr(ts, "[]");
    ReprGuard guard(ts, list);
    if (guard.recursive()) return newStr(ts, "[...]");
    std::string text = "[";
    for (size_t i = 0; i < list->items.size(); ++i) {
        if (i) text += ", ";
        Handle item(ts, list->items[i]);
        appendRepr(ts, text, item);
    }
    text += "]";
    return newStr(ts, text);
}

Value listCompare(ThreadState& ts, CompareOperator op, Value a, Value b) {
    if (!isKind(a, ObjKind::List) || !isKind(b, ObjKind::List)) return ts.rt.notImplemented;
    return compareSequences(ts, op, a, b);
}

int64_t listLength(ThreadState&, Value self) { return static_cast<int64_t>(as<ListObject>(self)->items.size()); }

Value listGetItem(ThreadState& ts, Value self, Value key) {
    ListObject* list = as<ListObject>(self);
    if (SliceObject* slice = asOrNull<SliceObject>(key)) {
        int64_t start, stop, step, count;
        sliceIndices(ts, slice, static_cast<int64_t>(list->items.size()), start, stop, step, count);
        ListObject* result = newList(ts, static_cast<size_t>(count));
        for (int64_t i = 0, at = start; i < count; ++i, at += step) result->items.push_back(list->items[at]);
        return Value::object(result);
    }
    int64_t index;
    if (!sequenceIndex(ts, key, static_cast<int64_t>(list->items.size()), "list", index))
        raiseError(ts, ts.rt.types.IndexError, "list index out of range");
    return list->items[index];
}

void deleteSlice(ListObject* list, int64_t start, int64_t step, int64_t count) {
    auto& items = list->items;
    if (count <= 0) return;
    if (step == 1) {
        items.erase(items.begin() + start, items.begin() + start + count);
        return;
    }
    if (step < 0) { // walk the same positions forwards
        start = start + (count - 1) * step;
        step = -step;
    }
    size_t write = static_cast<size_t>(start);
    int64_t removed = 0;
    for (size_t read = static_cast<size_t>(start); read < items.size(); ++read) {
        bool selected = removed < count && static_cast<int64_t>(read) == start + removed * step;
        if (selected) {
            ++removed;
            continue;
        }
        items[write++] = items[read];
    }
    items.resize(write);
}

void assignSlice(ThreadState& ts, ListObject* list, SliceObject* slice, Value value) {
    // Materialise the right-hand side first: it may be the list itself, or an
    // iterator whose iteration changes the list.
    ListObject* source;
    if (ListObject* l = asOrNull<ListObject>(value)) {
        source = newList(ts, l->items.size());
        source->items = l->items;
    } else if (isKind(value, ObjKind::Tuple)) {
        source = listFromIterable(ts, value);
    } else {
        TypeObject* type = typeOf(ts, value);
        bool iterable = type->slots.iter != nullptr || !lookupInType(type, ts.rt.names.__iter__).isEmpty() ||
                        !lookupInType(type, ts.rt.names.__getitem__).isEmpty();
        if (!iterable) {
            bool extended = !slice->step.isNone() && !(slice->step.isIntOrBool() && slice->step.asInt() == 1);
            raiseError(ts, ts.rt.types.TypeError,
                       extended ? "must assign iterable to extended slice" : "can only assign an iterable");
        }
        source = listFromIterable(ts, value);
    }
    Handle keepSource(ts, Value::object(source));
    int64_t start, stop, step, count;
    sliceIndices(ts, slice, static_cast<int64_t>(list->items.size()), start, stop, step, count);
    auto& items = list->items;
    const auto& newItems = source->items;
    if (step == 1) {
        if (stop < start) stop = start;
        items.erase(items.begin() + start, items.begin() + stop);
        items.insert(items.begin() + start, newItems.begin(), newItems.end());
        return;
    }
    if (static_cast<int64_t>(newItems.size()) != count)
        raiseFormat(ts, ts.rt.types.ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld",
                    newItems.size(), static_cast<long long>(count));
    for (int64_t i = 0, at = start; i < count; ++i, at += step) items[at] = newItems[i];
}

void listSetItem(ThreadState& ts, Value self, Value key, Value value) {
    ListObject* list = as<ListObject>(self);
    if (SliceObject* slice = asOrNull<SliceObject>(key)) {
        if (value.isEmpty()) {
            int64_t start, stop, step, count;
            sliceIndices(ts, slice, static_cast<int64_t>(list->items.size()), start, stop, step, count);
            deleteSlice(list, start, step, count);
        } else {
            assignSlice(ts, list, slice, value);
        }
        return;
    }
    int64_t index;
    if (!sequenceIndex(ts, key, static_cast<int64_t>(list->items.size()), "list", index))
        raiseError(ts, ts.rt.types.IndexError, "list assignment index out of range");
    if (value.isEmpty())
        list->items.erase(list->items.begin() + index);
    else
        list->items[index] = value;
}

bool listContains(ThreadState& ts, Value self, Value item) {
    ListObject* list = as<ListObject>(self);
    for (size_t i = 0; i < list->items.size(); ++i) {
        Value x = list->items[i];
        if (x.identical(item)) return true;
        Handle keep(ts, x);
        if (equals(ts, x, item)) return true;
    }
    return false;
}

Value listIter(ThreadState& ts, Value self) { return Value::object(newIterator(ts, IterKind::List, self)); }

void repeatInPlace(ThreadState& ts, ListObject* list, int64_t times) {
    auto& items = list->items;
    if (times <= 0 || items.empty()) {
        items.clear();
        return;
    }
    if (static_cast<uint64_t>(times) > (uint64_t(1) << 40) / items.size()) raiseMemoryError(ts);
    size_t n = items.size();
    items.reserve(n * static_cast<size_t>(times));
    for (int64_t k = 1; k < times; ++k)
        for (size_t i = 0; i < n; ++i) items.push_back(items[i]);
}

Value listBinary(ThreadState& ts, BinaryOperator op, Value a, Value b) {
    ListObject* la = asOrNull<ListObject>(a);
    if (op == BinaryOperator::ADD) {
        if (!la) return ts.rt.notImplemented;
        ListObject* lb = asOrNull<ListObject>(b);
        if (!lb) {
            if (isUserInstance(ts, b)) return ts.rt.notImplemented;
            raiseFormat(ts, ts.rt.types.TypeError, "can only concatenate list (not \"%s\") to list",
                        std::string(typeName(ts, b)).c_str());
        }
        ListObject* result = newList(ts, la->items.size() + lb->items.size());
        result->items = la->items;
        result->items.insert(result->items.end(), lb->items.begin(), lb->items.end());
        return Value::object(result);
    }
    if (op == BinaryOperator::MULTIPLY) {
        ListObject* list = la ? la : asOrNull<ListObject>(b);
        Value other = la ? b : a;
        if (!list) return ts.rt.notImplemented;
        int64_t times;
        if (!sequenceRepeatCount(ts, other, times)) return ts.rt.notImplemented;
        ListObject* result = newList(ts, list->items.size());
        result->items = list->items;
        repeatInPlace(ts, result, times);
        return Value::object(result);
    }
    return ts.rt.notImplemented;
}

Value listInplace(ThreadState& ts, BinaryOperator op, Value a, Value b) {
    ListObject* la = asOrNull<ListObject>(a);
    if (!la) return ts.rt.notImplemented;
    if (op == BinaryOperator::ADD) {
        listExtend(ts, la, b);
        return a;
    }
    if (op == BinaryOperator::MULTIPLY) {
        int64_t times;
        if (!sequenceRepeatCount(ts, b, times)) return ts.rt.notImplemented;
        repeatInPlace(ts, la, times);
        return a;
    }
    return listBinary(ts, op, a, b);
}

// ---- methods ---------------------------------------------------------------------------

Value listAppend(ThreadState& ts, Value self, Args args) {
    requireOneArg(ts, "list.append", args);
    as<ListObject>(self)->items.push_back(args[0]);
    return Value::none();
}

Value listExtendMethod(ThreadState& ts, Value self, Args args) {
    requireOneArg(ts, "list.extend", args);
    listExtend(ts, as<ListObject>(self), args[0]);
    return Value::none();
}

int64_t intArgument(ThreadState& ts, Value v) {
    if (v.isIntOrBool()) return v.asInt();
    if (isKind(v, ObjKind::BigInt))
        return compareBool(ts, CompareOperator::LT, v, Value::integer(0)) ? INT64_MIN : INT64_MAX;
    if (typeOf(ts, v)->slots.index) return indexOf(ts, v);
    raiseFormat(ts, ts.rt.types.TypeError, "'%s' object cannot be interpreted as an integer",
                std::string(typeName(ts, v)).c_str());
}

Value listInsert(ThreadState& ts, Value self, Args args) {
    requireArgRange(ts, "insert", args, 2, 2);
    ListObject* list = as<ListObject>(self);
    int64_t n = static_cast<int64_t>(list->items.size());
    int64_t at = intArgument(ts, args[0]);
    if (at < 0) at = std::max<int64_t>(at + n, 0); // n is small: no overflow past INT64_MIN + n
    if (at > n) at = n;
    list->items.insert(list->items.begin() + at, args[1]);
    return Value::none();
}

Value listPop(ThreadState& ts, Value self, Args args) {
    requireArgRange(ts, "pop", args, 0, 1);
    ListObject* list = as<ListObject>(self);
    int64_t at = args.count ? intArgument(ts, args[0]) : -1;
    if (list->items.empty()) raiseError(ts, ts.rt.types.IndexError, "pop from empty list");
    int64_t n = static_cast<int64_t>(list->items.size());
    if (at < 0 && at >= -n) at += n;
    if (at < 0 || at >= n) raiseError(ts, ts.rt.types.IndexError, "pop index out of range");
    Value item = list->items[at];
    list->items.erase(list->items.begin() + at);
    return item;
}

// Position of the first item equal to x in [start, stop), or -1.
int64_t findItem(ThreadState& ts, ListObject* list, Value x, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && i < static_cast<int64_t>(list->items.size()); ++i) {
        Value item = list->items[i];
        if (item.identical(x)) return i;
        Handle keep(ts, item);
        if (equals(ts, item, x)) return i;
    }
    return -1;
}

Value listRemove(ThreadState& ts, Value self, Args args) {
    requireOneArg(ts, "list.remove", args);
    ListObject* list = as<ListObject>(self);
    int64_t at = findItem(ts, list, args[0], 0, INT64_MAX);
    if (at < 0) raiseError(ts, ts.rt.types.ValueError, "list.remove(x): x not in list");
    list->items.erase(list->items.begin() + at);
    return Value::none();
}

Value listIndex(ThreadState& ts, Value self, Args args) {
    requireArgRange(ts, "index", args, 1, 3);
    ListObject* list = as<ListObject>(self);
    int64_t start, stop;
    sequenceSearchBounds(ts, args, 1, static_cast<int64_t>(list->items.size()), start, stop);
    int64_t at = findItem(ts, list, args[0], start, stop);
    if (at >= 0) return Value::integer(at);
    std::string text(repr(ts, args[0])->view());
    raiseFormat(ts, ts.rt.types.ValueError, "%s is not in list", text.c_str());
}

Value listCount(ThreadState& ts, Value self, Args args) {
    requireOneArg(ts, "list.count", args);
    ListObject* list = as<ListObject>(self);
    int64_t count = 0;
    for (size_t i = 0; i < list->items.size(); ++i) {
        Value item = list->items[i];
        if (item.identical(args[0])) {
            ++count;
            continue;
        }
        Handle keep(ts, item);
        if (equals(ts, item, args[0])) ++count;
    }
    return Value::integer(count);
}

Value listClear(ThreadState& ts, Value self, Args args) {
    requireNoArgs(ts, "list.clear", args);
    as<ListObject>(self)->items.clear();
    return Value::none();
}

Value listCopy(ThreadState& ts, Value self, Args args) {
    requireNoArgs(ts, "list.copy", args);
    ListObject* list = as<ListObject>(self);
    ListObject* copy = newList(ts, list->items.size());
    copy->items = list->items;
    return Value::object(copy);
}

Value listReverse(ThreadState& ts, Value self, Args args) {
    requireNoArgs(ts, "list.reverse", args);
    auto& items = as<ListObject>(self)->items;
    std::reverse(items.begin(), items.end());
    return Value::none();
}

Value listSortMethod(ThreadState& ts, Value self, Args args) {
    if (args.positionalCount()) raiseError(ts, ts.rt.types.TypeError, "sort() takes no positional arguments");
    Value key = Value::none();
    bool reverse = false;
    for (size_t i = 0; i < args.keywordCount(); ++i) {
        std::string_view name = as<StrObject>((*args.kwnames)[i])->view();
        Value v = args[args.positionalCount() + i];
        if (name == "key") key = v;
        else if (name == "reverse") reverse = intArgument(ts, v) != 0;
        else
            raiseFormat(ts, ts.rt.types.TypeError, "'%.*s' is an invalid keyword argument for sort()",
                        static_cast<int>(name.size()), name.data());
    }
    listSort(ts, as<ListObject>(self), key, reverse);
    return Value::none();
}

} // namespace

namespace {

// list.__init__(iterable=()): what super().__init__() reaches from a subclass.
Value listInitMethod(ThreadState& ts, Value self, Args args) {
    requireNoKeywords(ts, "list", args);
    if (args.count > 1) raiseFormat(ts, ts.rt.types.TypeError, "list expected at most 1 argument, got %zu", args.count);
    ListObject* list = as<ListObject>(self);
    list->items.clear();
    if (args.count == 1) listExtend(ts, list, args[0]);
    return Value::none();
}

} // namespace

void initListType(ThreadState& ts) {
    TypeObject* list = ts.rt.types.list;
    list->construct = listConstruct;
    dictSetStr(ts, list->dict, "__new__", Value::object(newNative(ts, "__new__", listNewMethod)));
    list->slots.repr = listRepr;
    list->slots.compare = listCompare;
    list->slots.length = listLength;
    list->slots.getItem = listGetItem;
    list->slots.setItem = listSetItem;
    list->slots.contains = listContains;
    list->slots.iter = listIter;
    list->slots.binary = listBinary;
    list->slots.inplace = listInplace;
    defineMethod(ts, list, "__init__", listInitMethod);
    defineMethod(ts, list, "append", listAppend);
    defineMethod(ts, list, "extend", listExtendMethod);
    defineMethod(ts, list, "insert", listInsert);
    defineMethod(ts, list, "pop", listPop);
    defineMethod(ts, list, "remove", listRemove);
    defineMethod(ts, list, "index", listIndex);
    defineMethod(ts, list, "count", listCount);
    defineMethod(ts, list, "clear", listClear);
    defineMethod(ts, list, "copy", listCopy);
    defineMethod(ts, list, "reverse", listReverse);
    defineMethod(ts, list, "sort", listSortMethod);
}

} // namespace spindle
