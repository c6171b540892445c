// IteratorType.cpp — every builtin iterator (one layout, IteratorObject, one
// `next` that switches on IterKind) and the builtins enumerate, zip, map,
// filter and reversed, each with its own type named as in CPython.
//
// State per kind (fields of IteratorObject):
//   List, Tuple, Bytes   source = the sequence, index = next position
//   Str                  source = the str, index = byte offset of the next char
//   Range                index/limit/step: see Containers.h
//   LongRange            source = a private range of the items left (RangeSlice.cpp)
//   Dict*, Set           see Containers.h (dictIteratorNext / setIteratorNext)
//   Reversed             source = the sequence, index = next position (counting
//                        down; a byte offset past the next char for a str)
//   Enumerate            source = the iterator, extra = the next count
//   Zip                  items = the iterators, step = 1 when strict
//   Map                  source = the function, items = the iterators
//   Filter               source = the iterator, extra = the predicate or None
//   Callable             source = the callable, extra = the sentinel
//   SeqGetItem           source = the object, index = next position
// Exhausted iterators stay exhausted even if the sequence grows, as in CPython:
// List, Tuple, Str and Bytes iterators then have index == kExhausted (their
// source stays the sequence, because the eval loop's FOR_ITER fast path reads
// `as<ListObject>(source)` whenever `index < size` might hold); the other
// kinds drop their source (source = None).
#include "runtime/types/Containers.h"

#include "runtime/Ops.h"
#include "runtime/types/TypeInit.h"
#include "runtime/types/Unicode.h"

#include <climits>

namespace spindle {

namespace {

constexpr int64_t kExhausted = INT64_MAX;

bool finish(IteratorObject* it) {
    it->source = Value::none();
    return false;
}

bool finishSequence(IteratorObject* it) {
    it->index = kExhausted;
    return false;
}

bool nextStrChar(ThreadState& ts, IteratorObject* it, Value& out) {
    StrObject* s = as<StrObject>(it->source);
    if (it->index >= static_cast<int64_t>(s->byteLength)) return finishSequence(it);
    size_t len = utf8SeqLength(static_cast<unsigned char>(s->data()[it->index]));
    out = Value::object(newStr(ts, std::string_view(s->data() + it->index, len)));
    it->index += static_cast<int64_t>(len);
    return true;
}

bool nextReversed(ThreadState& ts, IteratorObject* it, Value& out) {
    Value source = it->source;
    if (source.isNone() || it->index < 0) return source.isNone() ? false : finish(it);
    if (ListObject* l = asOrNull<ListObject>(source)) {
        if (it->index >= static_cast<int64_t>(l->items.size())) return finish(it);
        out = l->items[it->index--];
        return true;
    }
    if (TupleObject* t = asOrNull<TupleObject>(source)) {
        out = (*t)[it->index--];
        return true;
    }
    if (StrObject* s = asOrNull<StrObject>(source); s && s->type == ts.rt.types.str) {
        if (it->index == 0) return finish(it);
        int64_t start = it->index - 1;
        while (start > 0 && (static_cast<unsigned char>(s->data()[start]) & 0xC0) == 0x80) --start;
        out = Value::object(newStr(ts, std::string_view(s->data() + start, static_cast<size_t>(it->index - start))));
        it->index = start;
        return true;
    }
    try {
        out = getItem(ts, source, Value::integer(it->index));
    } catch (PyThrow&) {
        if (swallowRaised(ts, ts.rt.types.IndexError) || swallowRaised(ts, ts.rt.types.StopIteration))
            return finish(it);
        throw;
    }
    --it->index;
    return true;
}

bool nextEnumerate(ThreadState& ts, IteratorObject* it, Value& out) {
    Value item;
    if (!iterNext(ts, it->source, item)) return false;
    Handle keepItem(ts, item);
    TupleObject* pair = newTuple(ts, 2);
    (*pair)[0] = it->extra;
    (*pair)[1] = item;
    Handle keepPair(ts, Value::object(pair));
    int64_t next;
    if (it->extra.isInt() && !__builtin_add_overflow(it->extra.asInt(), 1, &next))
        it->extra = Value::integer(next);
    else
        it->extra = binaryOp(ts, BinaryOperator::ADD, it->extra, Value::integer(1));
    out = Value::object(pair);
    return true;
}

std::string argumentRange(size_t count) {
    return count == 1 ? "argument 1" : "arguments 1-" + std::to_string(count);
}

bool nextZip(ThreadState& ts, IteratorObject* it, Value& out) {
    size_t n = it->items.size();
    if (n == 0) return false;
    TupleObject* result = newTuple(ts, n);
    Handle keep(ts, Value::object(result));
    for (size_t i = 0; i < n; ++i) {
        Value item;
        if (iterNext(ts, it->items[i], item)) {
            (*result)[i] = item;
            continue;
        }
        if (it->step == 0) return false;
        if (i > 0)
            raiseFormat(ts, ts.rt.types.ValueError, "zip() argument %zu is shorter than %s", i + 1,
                        argumentRange(i).c_str());
        for (size_t j = 1; j < n; ++j) {
            Value extra;
            if (iterNext(ts, it->items[j], extra))
                raiseFormat(ts, ts.rt.types.ValueError, "zip() argument %zu is longer than %s", j + 1,
                            argumentRange(j).c_str());
        }
        return false;
    }
    out = Value::object(result);
    return true;
}

bool nextMap(ThreadState& ts, IteratorObject* it, Value& out) {
    size_t n = it->items.size();
    TupleObject* args = newTuple(ts, n);
    Handle keep(ts, Value::object(args));
    for (size_t i = 0; i < n; ++i) {
        Value item;
        if (!iterNext(ts, it->items[i], item)) return false;
        (*args)[i] = item;
    }
    out = call(ts, it->source, Args{args->items(), n, nullptr});
    return true;
}

bool nextFilter(ThreadState& ts, IteratorObject* it, Value& out) {
    Handle item(ts);
    Value v;
    while (iterNext(ts, it->source, v)) {
        item.set(v);
        bool keep;
        if (it->extra.isNone()) {
            keep = truthy(ts, v);
        } else {
            Value verdict = call(ts, it->extra, Args{&v, 1, nullptr});
            keep = truthy(ts, verdict);
        }
        if (keep) {
            out = item;
            return true;
        }
    }
    return false;
}

bool nextCallable(ThreadState& ts, IteratorObject* it, Value& out) {
    if (it->source.isNone()) return false;
    Value v;
    try {
        v = call(ts, it->source, Args{});
    } catch (PyThrow&) {
        if (swallowRaised(ts, ts.rt.types.StopIteration)) return finish(it);
        throw;
    }
    Handle keep(ts, v);
    if (equals(ts, v, it->extra)) return finish(it);
    out = v;
    return true;
}

bool nextSeqGetItem(ThreadState& ts, IteratorObject* it, Value& out) {
    if (it->source.isNone()) return false;
    try {
        out = getItem(ts, it->source, Value::integer(it->index));
    } catch (PyThrow&) {
        if (swallowRaised(ts, ts.rt.types.IndexError) || swallowRaised(ts, ts.rt.types.StopIteration))
            return finish(it);
        throw;
    }
    ++it->index;
    return true;
}

bool iteratorNext(ThreadState& ts, Value self, Value& out) {
    IteratorObject* it = as<IteratorObject>(self);
    switch (it->iterKind) {
    case IterKind::List: {
        ListObject* l = as<ListObject>(it->source);
        if (it->index >= static_cast<int64_t>(l->items.size())) return finishSequence(it);
        out = l->items[it->index++];
        return true;
    }
    case IterKind::Tuple: {
        TupleObject* t = as<TupleObject>(it->source);
        if (it->index >= static_cast<int64_t>(t->size)) return finishSequence(it);
        out = (*t)[it->index++];
        return true;
    }
    case IterKind::Str: return nextStrChar(ts, it, out);
    case IterKind::Bytes: {
        BytesObject* b = as<BytesObject>(it->source);
        if (it->index >= static_cast<int64_t>(b->length)) return finishSequence(it);
        out = Value::integer(b->data()[it->index++]);
        return true;
    }
    case IterKind::Range:
        if (it->limit <= 0) return false;
        out = Value::integer(it->index);
        it->index = static_cast<int64_t>(static_cast<uint64_t>(it->index) + static_cast<uint64_t>(it->step));
        --it->limit;
        return true;
    case IterKind::LongRange: return longRangeNext(ts, it, out);
    case IterKind::DictKeys:
    case IterKind::DictValues:
    case IterKind::DictItems: return dictIteratorNext(ts, it, out);
    case IterKind::Set: return setIteratorNext(ts, it, out);
    case IterKind::Reversed: return nextReversed(ts, it, out);
    case IterKind::Enumerate: return nextEnumerate(ts, it, out);
    case IterKind::Zip: return nextZip(ts, it, out);
    case IterKind::Map: return nextMap(ts, it, out);
    case IterKind::Filter: return nextFilter(ts, it, out);
    case IterKind::Callable: return nextCallable(ts, it, out);
    case IterKind::SeqGetItem: return nextSeqGetItem(ts, it, out);
    }
    SPINDLE_UNREACHABLE();
}

Value iteratorIter(ThreadState&, Value self) { return self; }

StrObject* iteratorRepr(ThreadState& ts, Value self) {
    IteratorObject* it = as<IteratorObject>(self);
    char buf[128];
    std::snprintf(buf, sizeof buf, "<%s object at %p>", it->type->name->data(), static_cast<void*>(it));
    return newStr(ts, buf);
}

// ---- the builtins ------------------------------------------------------------------------

IteratorObject* makeIterator(ThreadState& ts, TypeObject* type, IterKind kind) {
    return ts.rt.heap.make<IteratorObject>(type, 0, kind);
}

SPINDLE_NORETURN void raiseInvalidKeyword(ThreadState& ts, Value name, const char* function) {
    raiseFormat(ts, ts.rt.types.TypeError, "'%s' is an invalid keyword argument for %s()", as<StrObject>(name)->data(),
                function);
}

Value enumerateConstruct(ThreadState& ts, TypeObject* type, Args args) {
    Value iterable, start;
    size_t positional = args.positionalCount();
    if (args.count > 2)
        raiseFormat(ts, ts.rt.types.TypeError, "enumerate() takes at most 2 arguments (%zu given)", args.count);
    if (positional > 0) iterable = args[0];
    if (positional > 1) start = args[1];
    for (size_t i = 0; i < args.keywordCount(); ++i) {
        Value name = (*args.kwnames)[i];
        std::string_view n = as<StrObject>(name)->view();
        Value* slot = n == "iterable" ? &iterable : n == "start" ? &start : nullptr;
        if (!slot) raiseInvalidKeyword(ts, name, "enumerate");
        if (!slot->isEmpty())
            raiseFormat(ts, ts.rt.types.TypeError, "argument for enumerate() given by name ('%s') and position (%d)",
                        as<StrObject>(name)->data(), n == "iterable" ? 1 : 2);
        *slot = args[positional + i];
    }
    if (iterable.isEmpty()) raiseError(ts, ts.rt.types.TypeError, "enumerate() missing required argument 'iterable'");
    if (start.isEmpty()) start = Value::integer(0);
    if (!isIntValue(start)) {
        if (!typeOf(ts, start)->slots.index)
            raiseFormat(ts, ts.rt.types.TypeError, "'%s' object cannot be interpreted as an integer",
                        std::string(typeName(ts, start)).c_str());
        start = Value::integer(indexOf(ts, start));
    }
    Handle keepStart(ts, start);
    Handle iterator(ts, getIter(ts, iterable));
    IteratorObject* it = makeIterator(ts, type, IterKind::Enumerate);
    it->source = iterator;
    it->extra = start.isBool() ? Value::integer(start.asInt()) : start;
    return Value::object(it);
}

// Iterators for each of args[first..positional), collected in a rooted list.
ListObject* iteratorsOf(ThreadState& ts, Args args, size_t first) {
    ListObject* list = newList(ts, args.positionalCount());
    Handle keep(ts, Value::object(list));
    for (size_t i = first; i < args.positionalCount(); ++i) list->items.push_back(getIter(ts, args[i]));
    return list;
}

Value zipConstruct(ThreadState& ts, TypeObject* type, Args args) {
    bool strict = false;
    for (size_t i = 0; i < args.keywordCount(); ++i) {
        Value name = (*args.kwnames)[i];
        if (as<StrObject>(name)->view() != "strict") raiseInvalidKeyword(ts, name, "zip");
        strict = truthy(ts, args[args.positionalCount() + i]);
    }
    Handle iterators(ts, Value::object(iteratorsOf(ts, args, 0)));
    IteratorObject* it = makeIterator(ts, type, IterKind::Zip);
    it->items = as<ListObject>(iterators.get())->items;
    it->step = strict ? 1 : 0;
    return Value::object(it);
}

Value mapConstruct(ThreadState& ts, TypeObject* type, Args args) {
    if (args.keywordCount()) raiseError(ts, ts.rt.types.TypeError, "map() takes no keyword arguments");
    if (args.count < 2) raiseError(ts, ts.rt.types.TypeError, "map() must have at least two arguments.");
    Handle iterators(ts, Value::object(iteratorsOf(ts, args, 1)));
    IteratorObject* it = makeIterator(ts, type, IterKind::Map);
    it->source = args[0];
    it->items = as<ListObject>(iterators.get())->items;
    return Value::object(it);
}

Value filterConstruct(ThreadState& ts, TypeObject* type, Args args) {
    if (args.keywordCount()) raiseError(ts, ts.rt.types.TypeError, "filter() takes no keyword arguments");
    if (args.count != 2) raiseFormat(ts, ts.rt.types.TypeError, "filter expected 2 arguments, got %zu", args.count);
    Handle iterator(ts, getIter(ts, args[1]));
    IteratorObject* it = makeIterator(ts, type, IterKind::Filter);
    it->source = iterator;
    it->extra = args[0];
    return Value::object(it);
}

Value reversedConstruct(ThreadState& ts, TypeObject* type, Args args) {
    if (args.keywordCount()) raiseError(ts, ts.rt.types.TypeError, "reversed() takes no keyword arguments");
    if (args.count != 1) raiseFormat(ts, ts.rt.types.TypeError, "reversed expected 1 argument, got %zu", args.count);
    Value seq = args[0];
    TypeObject* seqType = typeOf(ts, seq);
    if (seqType->isHeapType) {
        Value method = lookupInType(seqType, intern(ts, "__reversed__"));
        if (!method.isEmpty()) return callMethod(ts, seq, intern(ts, "__reversed__"), Args{});
    }
    if (isKind(seq, ObjKind::Range)) return newRangeIterator(ts, seq, true);
    if (isKind(seq, ObjKind::Dict) || dictOfView(seq)) {
        // Reverse insertion order: iterate once into a list, then walk it backwards.
        Handle items(ts, Value::object(listFromIterable(ts, seq)));
        IteratorObject* it = makeIterator(ts, type, IterKind::Reversed);
        it->source = items;
        it->index = static_cast<int64_t>(as<ListObject>(items.get())->items.size()) - 1;
        return Value::object(it);
    }
    IteratorObject* it = makeIterator(ts, type, IterKind::Reversed);
    it->source = seq;
    if (StrObject* s = asOrNull<StrObject>(seq); s && s->type == ts.rt.types.str) {
        it->index = static_cast<int64_t>(s->byteLength);
        return Value::object(it);
    }
    bool sequence = seqType->slots.getItem && seqType->slots.length && !isKind(seq, ObjKind::Dict) &&
                    !isKind(seq, ObjKind::Set);
    if (!sequence)
        raiseFormat(ts, ts.rt.types.TypeError, "'%s' object is not reversible", std::string(typeName(ts, seq)).c_str());
    Handle keep(ts, Value::object(it));
    it->index = length(ts, seq) - 1;
    return Value::object(it);
}

void setIteratorSlots(TypeObject* type) {
    type->allowsSubclassing = false;
    type->slots.iter = iteratorIter;
    type->slots.next = iteratorNext;
    type->slots.repr = iteratorRepr;
}

TypeObject* makeBuiltinIteratorType(ThreadState& ts, const char* name, NativeNew construct) {
    TypeObject* type = newBuiltinType(ts, name, ts.rt.types.object, ObjKind::Iterator);
    setIteratorSlots(type);
    type->construct = construct;
    dictSetStr(ts, ts.rt.builtins, name, Value::object(type));
    return type;
}

} // namespace

namespace {

TypeObject* makeHiddenIteratorType(ThreadState& ts, const char* name) {
    TypeObject* type = newBuiltinType(ts, name, ts.rt.types.object, ObjKind::Iterator);
    setIteratorSlots(type);
    return type;
}

} // namespace

// The iterators of builtin containers have CPython's type names, which show in
// type() and reprs (`<list_iterator object at ...>`), and no builtins binding.
void initIteratorType(ThreadState& ts) {
    Runtime& rt = ts.rt;
    setIteratorSlots(rt.types.iterator); // the __getitem__ protocol's iterator
    rt.iteratorTypes[size_t(IterKind::SeqGetItem)] = rt.types.iterator;
    static constexpr std::pair<IterKind, const char*> kNames[] = {
        {IterKind::List, "list_iterator"},          {IterKind::Tuple, "tuple_iterator"},
        {IterKind::Str, "str_iterator"},            {IterKind::Bytes, "bytes_iterator"},
        {IterKind::Range, "range_iterator"},        {IterKind::LongRange, "longrange_iterator"},
        {IterKind::DictKeys, "dict_keyiterator"},   {IterKind::DictValues, "dict_valueiterator"},
        {IterKind::DictItems, "dict_itemiterator"}, {IterKind::Set, "set_iterator"},
        {IterKind::Callable, "callable_iterator"},
    };
    for (auto [kind, name] : kNames) rt.iteratorTypes[size_t(kind)] = makeHiddenIteratorType(ts, name);
    rt.strAsciiIteratorType = makeHiddenIteratorType(ts, "str_ascii_iterator");
}

void defineIteratorBuiltins(ThreadState& ts) {
    makeBuiltinIteratorType(ts, "enumerate", enumerateConstruct);
    makeBuiltinIteratorType(ts, "zip", zipConstruct);
    makeBuiltinIteratorType(ts, "map", mapConstruct);
    makeBuiltinIteratorType(ts, "filter", filterConstruct);
    makeBuiltinIteratorType(ts, "reversed", reversedConstruct);
}

} // namespace spindle
