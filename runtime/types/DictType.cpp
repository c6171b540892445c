// DictType.cpp — the dict type and its views (dict_keys, dict_values,
// dict_items).
//
// Views: an IteratorObject laid out like the dict's iterators (source = the
// dict, iterKind = DictKeys/DictValues/DictItems) but with its own Python type
// and the kDictView flag, so it is never mistaken for an iterator. The view types
// live in Runtime::dictViewTypes, indexed from IterKind::DictKeys.
#include "runtime/types/Containers.h"

#include "runtime/Ops.h"
#include "runtime/types/TypeInit.h"

namespace spindle {

namespace {

constexpr uint16_t kDictView = 1; // IteratorObject::flags bit: this is a view, not an iterator

const char* viewTypeName(IterKind kind) {
    switch (kind) {
    case IterKind::DictKeys: return "dict_keys";
    case IterKind::DictValues: return "dict_values";
    default: return "dict_items";
    }
}

size_t viewIndex(IterKind kind) { return size_t(kind) - size_t(IterKind::DictKeys); }

TypeObject* viewType(ThreadState& ts, IterKind kind) { return ts.rt.dictViewTypes[viewIndex(kind)]; }

SPINDLE_NORETURN void raiseKeyError(ThreadState& ts, Value key) {
    TupleObject* args = newTuple(ts, 1);
    (*args)[0] = key;
    raise(ts, Value::object(newExceptionArgs(ts, ts.rt.types.KeyError, args)));
}

// Position of key in d's entries, or -1 (may run __eq__/__hash__).
int64_t findKey(ThreadState& ts, DictObject* d, Value key) {
    int64_t hash = hashValue(ts, key);
    return d->table.find(ts, key, hash);
}

DictObject* makeDict(ThreadState& ts, TypeObject* type) {
    if (type == ts.rt.types.dict) return newDict(ts);
    return ts.rt.heap.make<DictObject>(type, 0);
}

// Copy every entry of `from` into `to` (hashes are reused; keys' __eq__ may run
// on collisions, so entries are re-read by index).
void copyEntries(ThreadState& ts, DictObject* to, DictObject* from) {
    for (size_t i = 0; i < from->table.entries().size(); ++i) {
        HashEntry e = from->table.entries()[i];
        if (e.key.isEmpty()) continue;
        to->table.insert(ts, e.key, e.hash, e.value);
    }
}

// `update(**kw)` part: the keyword arguments of a call.
void updateFromKeywords(ThreadState& ts, DictObject* d, Args args) {
    size_t first = args.positionalCount();
    for (size_t i = 0; i < args.keywordCount(); ++i) {
        Value name = (*args.kwnames)[i];
        d->table.insert(ts, name, hashValue(ts, name), args[first + i]);
    }
}

Value dictConstruct(ThreadState& ts, TypeObject* type, Args args) {
    if (args.positionalCount() > 1)
        raiseFormat(ts, ts.rt.types.TypeError, "dict expected at most 1 argument, got %zu", args.positionalCount());
    DictObject* d = makeDict(ts, type);
    Handle keep(ts, Value::object(d));
    if (args.positionalCount() == 1) dictUpdate(ts, d, args[0]);
    updateFromKeywords(ts, d, args);
    return Value::object(d);
}

StrObject* dictRepr(ThreadState& ts, Value self) {
    DictObject* d = as<DictObject>(self);
    if (d->table.size() == 0) return newStr(ts, "{}");
    ReprGuard guard(ts, d);
    if (guard.recursive()) return newStr(ts, "{...}");
    std::string text = "{";
    bool first = true;
    for (size_t i = 0; i < d->table.entries().size(); ++i) {
        HashEntry e = d->table.entries()[i];
        if (e.key.isEmpty()) continue;
        if (!first) text += ", ";
        first = false;
        Handle key(ts, e.key), value(ts, e.value);
        appendRepr(ts, text, key);
        text += ": ";
        appendRepr(ts, text, value);
    }
    text += "}";
    return newStr(ts, text);
}

bool dictsEqual(ThreadState& ts, DictObject* a, DictObject* b) {
    if (a == b) return true;
    if (a->table.size() != b->table.size()) return false;
    for (size_t i = 0; i < a->table.entries().size(); ++i) {
        HashEntry e = a->table.entries()[i];
        if (e.key.isEmpty()) continue;
        Handle key(ts, e.key), value(ts, e.value);
        int64_t at = b->table.find(ts, e.key, e.hash);
        if (at < 0) return false;
        Value other = b->table.entries()[at].value;
        if (other.identical(e.value)) continue;
        Handle keepOther(ts, other);
        if (!equals(ts, e.value, other)) return false;
    }
    return true;
}

Value dictCompare(ThreadState& ts, CompareOperator op, Value a, Value b) {
    DictObject* da = asOrNull<DictObject>(a);
    DictObject* db = asOrNull<DictObject>(b);
    if (!da || !db || (op != CompareOperator::EQ && op != CompareOperator::NE)) return ts.rt.notImplemented;
    return Value::boolean(dictsEqual(ts, da, db) == (op == CompareOperator::EQ));
}

int64_t dictLength(ThreadState&, Value self) { return static_cast<int64_t>(as<DictObject>(self)->table.size()); }

Value dictGetItem(ThreadState& ts, Value self, Value key) {
    DictObject* d = as<DictObject>(self);
    int64_t at = findKey(ts, d, key);
    if (at >= 0) return d->table.entries()[at].value;
    if (d->type != ts.rt.types.dict) { // a subclass may define __missing__
        Value missing = lookupInType(d->type, intern(ts, "__missing__"));
        if (!missing.isEmpty()) {
            RootedValues<2> callArgs(ts);
            callArgs.values[0] = self;
            callArgs.values[1] = key;
            return call(ts, missing, Args{callArgs.values, 2, nullptr});
        }
    }
    raiseKeyError(ts, key);
}

void dictSetItem(ThreadState& ts, Value self, Value key, Value value) {
    DictObject* d = as<DictObject>(self);
    int64_t hash = hashValue(ts, key);
    if (value.isEmpty()) {
        int64_t at = d->table.find(ts, key, hash);
        if (at < 0) raiseKeyError(ts, key);
        d->table.eraseAt(at);
        return;
    }
    d->table.insert(ts, key, hash, value);
}

bool dictContains(ThreadState& ts, Value self, Value key) { return findKey(ts, as<DictObject>(self), key) >= 0; }

Value dictIter(ThreadState& ts, Value self) {
    return Value::object(newDictIterator(ts, IterKind::DictKeys, as<DictObject>(self)));
}

Value dictBinary(ThreadState& ts, BinaryOperator op, Value a, Value b) {
    DictObject* da = asOrNull<DictObject>(a);
    DictObject* db = asOrNull<DictObject>(b);
    if (op != BinaryOperator::OR || !da || !db) return ts.rt.notImplemented;
    DictObject* result = newDict(ts);
    Handle keep(ts, Value::object(result));
    copyEntries(ts, result, da);
    copyEntries(ts, result, db);
    return Value::object(result);
}

Value dictInplace(ThreadState& ts, BinaryOperator op, Value a, Value b) {
    DictObject* da = asOrNull<DictObject>(a);
    if (op != BinaryOperator::OR || !da) return ts.rt.notImplemented;
    dictUpdate(ts, da, b);
    return a;
}

// ---- methods ---------------------------------------------------------------------------

Value dictGetMethod(ThreadState& ts, Value self, Args args) {
    requireArgRange(ts, "get", args, 1, 2);
    DictObject* d = as<DictObject>(self);
    int64_t at = findKey(ts, d, args[0]);
    if (at >= 0) return d->table.entries()[at].value;
    return args.count > 1 ? args[1] : Value::none();
}

Value makeView(ThreadState& ts, Value self, IterKind kind) {
    IteratorObject* view = ts.rt.heap.make<IteratorObject>(viewType(ts, kind), 0, kind);
    view->flags |= kDictView;
    view->source = self;
    return Value::object(view);
}

Value dictKeys(ThreadState& ts, Value self, Args args) {
    requireNoArgs(ts, "dict.keys", args);
    return makeView(ts, self, IterKind::DictKeys);
}

Value dictValues(ThreadState& ts, Value self, Args args) {
    requireNoArgs(ts, "dict.values", args);
    return makeView(ts, self, IterKind::DictValues);
}

Value dictItems(ThreadState& ts, Value self, Args args) {
    requireNoArgs(ts, "dict.items", args);
    return makeView(ts, self, IterKind::DictItems);
}

Value dictPop(ThreadState& ts, Value self, Args args) {
    requireArgRange(ts, "pop", args, 1, 2);
    DictObject* d = as<DictObject>(self);
    int64_t at = findKey(ts, d, args[0]);
    if (at < 0) {
        if (args.count > 1) return args[1];
        raiseKeyError(ts, args[0]);
    }
    Value value = d->table.entries()[at].value;
    d->table.eraseAt(at);
    return value;
}

Value dictPopItem(ThreadState& ts, Value self, Args args) {
    requireNoArgs(ts, "dict.popitem", args);
    DictObject* d = as<DictObject>(self);
    auto& entries = d->table.entries();
    for (size_t i = entries.size(); i-- > 0;) {
        if (entries[i].key.isEmpty()) continue;
        TupleObject* pair = newTuple(ts, 2);
        (*pair)[0] = entries[i].key;
        (*pair)[1] = entries[i].value;
        d->table.eraseAt(static_cast<int64_t>(i));
        return Value::object(pair);
    }
    raiseError(ts, ts.rt.types.KeyError, "popitem(): dictionary is empty");
}

Value dictSetDefault(ThreadState& ts, Value self, Args args) {
    requireArgRange(ts, "setdefault", args, 1, 2);
    DictObject* d = as<DictObject>(self);
    int64_t hash = hashValue(ts, args[0]);
    int64_t at = d->table.find(ts, args[0], hash);
    if (at >= 0) return d->table.entries()[at].value;
    Value fallback = args.count > 1 ? args[1] : Value::none();
    d->table.insert(ts, args[0], hash, fallback);
    return fallback;
}

Value dictUpdateFrom(ThreadState& ts, const char* name, Value self, Args args) {
    if (args.positionalCount() > 1)
        raiseFormat(ts, ts.rt.types.TypeError, "%s expected at most 1 argument, got %zu", name, args.positionalCount());
    DictObject* d = as<DictObject>(self);
    if (args.positionalCount() == 1) dictUpdate(ts, d, args[0]);
    updateFromKeywords(ts, d, args);
    return Value::none();
}

Value dictUpdateMethod(ThreadState& ts, Value self, Args args) { return dictUpdateFrom(ts, "update", self, args); }

// dict.__init__ updates, as CPython's, but its errors name dict.
Value dictInitMethod(ThreadState& ts, Value self, Args args) { return dictUpdateFrom(ts, "dict", self, args); }

// dict.__new__(cls, ...): an empty dict of class cls; __init__ fills it.
Value dictNewMethod(ThreadState& ts, Value, Args args) {
    return Value::object(makeDict(ts, newMethodTarget(ts, ts.rt.types.dict, args)));
}

Value dictCopy(ThreadState& ts, Value self, Args args) {
    requireNoArgs(ts, "dict.copy", args);
    DictObject* copy = newDict(ts);
    Handle keep(ts, Value::object(copy));
    copyEntries(ts, copy, as<DictObject>(self));
    return Value::object(copy);
}

Value dictClear(ThreadState& ts, Value self, Args args) {
    requireNoArgs(ts, "dict.clear", args);
    as<DictObject>(self)->table.clear();
    return Value::none();
}

// dict.fromkeys(iterable, value=None). Callable on the class and on an instance;
// `self` is the class, an instance, or empty when the method is called unbound
// (then the class is dict).
Value dictFromKeys(ThreadState& ts, Value self, Args args) {
    requireArgRange(ts, "fromkeys", args, 1, 2);
    TypeObject* type = ts.rt.types.dict;
    if (TypeObject* t = asOrNull<TypeObject>(self)) type = t;
    else if (!self.isEmpty()) type = typeOf(ts, self);
    if (!isSubtype(type, ts.rt.types.dict)) type = ts.rt.types.dict;
    Value fill = args.count > 1 ? args[1] : Value::none();
    DictObject* d = makeDict(ts, type);
    Handle keep(ts, Value::object(d));
    Handle iterator(ts, getIter(ts, args[0]));
    Handle key(ts);
    Value item;
    while (iterNext(ts, iterator, item)) {
        key.set(item);
        d->table.insert(ts, item, hashValue(ts, item), fill);
    }
    return Value::object(d);
}

// ---- views -----------------------------------------------------------------------------

IteratorObject* asView(Value v) {
    IteratorObject* it = asOrNull<IteratorObject>(v);
    return it && (it->flags & kDictView) ? it : nullptr;
}

StrObject* viewRepr(ThreadState& ts, Value self) {
    IteratorObject* view = as<IteratorObject>(self);
    std::string text = viewTypeName(view->iterKind);
    ReprGuard guard(ts, view);
    if (guard.recursive()) return newStr(ts, "...");
    ListObject* items = listFromIterable(ts, self);
    Handle keep(ts, Value::object(items));
    text += "(";
    text += repr(ts, Value::object(items))->view();
    text += ")";
    return newStr(ts, text);
}

int64_t viewLength(ThreadState&, Value self) {
    return static_cast<int64_t>(as<DictObject>(as<IteratorObject>(self)->source)->table.size());
}

bool viewContains(ThreadState& ts, Value self, Value item) {
    IteratorObject* view = as<IteratorObject>(self);
    DictObject* d = as<DictObject>(view->source);
    switch (view->iterKind) {
    case IterKind::DictKeys: return findKey(ts, d, item) >= 0;
    case IterKind::DictItems: {
        TupleObject* pair = asOrNull<TupleObject>(item);
        if (!pair || pair->size != 2) return false;
        int64_t at = findKey(ts, d, (*pair)[0]);
        if (at < 0) return false;
        Value value = d->table.entries()[at].value;
        Handle keep(ts, value);
        return value.identical((*pair)[1]) || equals(ts, value, (*pair)[1]);
    }
    default: {
        Handle iterator(ts, getIter(ts, self));
        Value v;
        while (iterNext(ts, iterator, v)) {
            Handle keep(ts, v);
            if (v.identical(item) || equals(ts, v, item)) return true;
        }
        return false;
    }
    }
}

Value viewIter(ThreadState& ts, Value self) {
    IteratorObject* view = as<IteratorObject>(self);
    return Value::object(newDictIterator(ts, view->iterKind, as<DictObject>(view->source)));
}

// keys and items views are set-like: operators build sets.
Value asSetOperand(ThreadState& ts, Value v) {
    if (isKind(v, ObjKind::Set)) return v;
    SetObject* s = newSet(ts);
    Handle keep(ts, Value::object(s));
    setUpdate(ts, s, v);
    return Value::object(s);
}

bool isIterableOperand(ThreadState& ts, Value v) {
    TypeObject* type = typeOf(ts, v);
    return type->slots.iter != nullptr || !lookupInType(type, ts.rt.names.__iter__).isEmpty();
}

Value viewBinary(ThreadState& ts, BinaryOperator op, Value a, Value b) {
    bool setOp = op == BinaryOperator::AND || op == BinaryOperator::OR || op == BinaryOperator::SUBTRACT ||
                 op == BinaryOperator::XOR;
    if (!setOp || !isIterableOperand(ts, a) || !isIterableOperand(ts, b)) return ts.rt.notImplemented;
    IteratorObject* va = asView(a);
    IteratorObject* vb = asView(b);
    if ((va && va->iterKind == IterKind::DictValues) || (vb && vb->iterKind == IterKind::DictValues))
        return ts.rt.notImplemented;
    // A fresh plain set on the left makes the result a set whatever b is.
    SetObject* copy = newSet(ts);
    Handle left(ts, Value::object(copy));
    setUpdate(ts, copy, a);
    Handle right(ts, asSetOperand(ts, b));
    return binaryOp(ts, op, left, right);
}

Value viewCompare(ThreadState& ts, CompareOperator op, Value a, Value b) {
    IteratorObject* va = asView(a);
    IteratorObject* vb = asView(b);
    bool setLikeA = isKind(a, ObjKind::Set) || (va && va->iterKind != IterKind::DictValues);
    bool setLikeB = isKind(b, ObjKind::Set) || (vb && vb->iterKind != IterKind::DictValues);
    if (!setLikeA || !setLikeB) return ts.rt.notImplemented;
    Handle left(ts, asSetOperand(ts, a));
    Handle right(ts, asSetOperand(ts, b));
    return compare(ts, op, left, right);
}

TypeObject* makeViewType(ThreadState& ts, IterKind kind) {
    TypeObject* type = newBuiltinType(ts, viewTypeName(kind), ts.rt.types.object, ObjKind::Iterator);
    type->allowsSubclassing = false;
    type->slots.repr = viewRepr;
    type->slots.length = viewLength;
    type->slots.contains = viewContains;
    type->slots.iter = viewIter;
    if (kind != IterKind::DictValues) {
        type->slots.binary = viewBinary;
        type->slots.compare = viewCompare;
    }
    ts.rt.dictViewTypes[viewIndex(kind)] = type;
    return type;
}

} // namespace

// ---- shared helpers (Containers.h) ------------------------------------------------------

DictObject* dictOfView(Value v) {
    IteratorObject* view = asView(v);
    return view ? as<DictObject>(view->source) : nullptr;
}

IteratorObject* newDictIterator(ThreadState& ts, IterKind kind, DictObject* dict) {
    IteratorObject* it = newIterator(ts, kind, Value::object(dict));
    it->limit = static_cast<int64_t>(dict->table.size());
    it->step = static_cast<int64_t>(dict->table.version());
    return it;
}

bool dictIteratorNext(ThreadState& ts, IteratorObject* it, Value& out) {
    DictObject* d = asOrNull<DictObject>(it->source);
    if (!d) return false;
    if (static_cast<int64_t>(d->table.size()) != it->limit) {
        it->limit = -1; // sticky: every later next() raises too, as in CPython
        raiseError(ts, ts.rt.types.RuntimeError, "dictionary changed size during iteration");
    }
    if (static_cast<int64_t>(d->table.version()) != it->step) {
        it->source = Value::none();
        raiseError(ts, ts.rt.types.RuntimeError, "dictionary keys changed during iteration");
    }
    const auto& entries = d->table.entries();
    while (it->index < static_cast<int64_t>(entries.size()) && entries[it->index].key.isEmpty()) ++it->index;
    if (it->index >= static_cast<int64_t>(entries.size())) {
        it->source = Value::none();
        return false;
    }
    const HashEntry& e = entries[it->index++];
    switch (it->iterKind) {
    case IterKind::DictKeys: out = e.key; break;
    case IterKind::DictValues: out = e.value; break;
    default: {
        Value key = e.key, value = e.value;
        TupleObject* pair = newTuple(ts, 2);
        (*pair)[0] = key;
        (*pair)[1] = value;
        out = Value::object(pair);
    }
    }
    return true;
}

void dictUpdate(ThreadState& ts, DictObject* dict, Value other) {
    Handle keepDict(ts, Value::object(dict));
    if (DictObject* from = asOrNull<DictObject>(other)) {
        copyEntries(ts, dict, from);
        return;
    }
    Value keysMethod;
    if (!isKind(other, ObjKind::List) && !isKind(other, ObjKind::Tuple) &&
        getAttrOpt(ts, other, intern(ts, "keys"), keysMethod)) {
        Handle keepMethod(ts, keysMethod);
        Handle keys(ts, call0(ts, keysMethod));
        Handle iterator(ts, getIter(ts, keys));
        Handle key(ts), value(ts);
        Value k;
        while (iterNext(ts, iterator, k)) {
            key.set(k);
            value.set(getItem(ts, other, k));
            dict->table.insert(ts, k, hashValue(ts, k), value);
        }
        return;
    }
    Handle iterator(ts, getIter(ts, other));
    Handle element(ts);
    Value item;
    for (size_t index = 0; iterNext(ts, iterator, item); ++index) {
        element.set(item);
        Value key, value;
        if (TupleObject* t = asOrNull<TupleObject>(item); t && t->size == 2) {
            key = (*t)[0], value = (*t)[1];
        } else if (ListObject* l = asOrNull<ListObject>(item); l && l->items.size() == 2) {
            key = l->items[0], value = l->items[1];
        } else {
            TypeObject* type = typeOf(ts, item);
            bool iterable = type->slots.iter != nullptr || !lookupInType(type, ts.rt.names.__iter__).isEmpty() ||
                            !lookupInType(type, ts.rt.names.__getitem__).isEmpty();
            if (!iterable)
                raiseFormat(ts, ts.rt.types.TypeError,
                            "cannot convert dictionary update sequence element #%zu to a sequence", index);
            ListObject* parts = listFromIterable(ts, item);
            if (parts->items.size() != 2)
                raiseFormat(ts, ts.rt.types.ValueError,
                            "dictionary update sequence element #%zu has length %zu; 2 is required", index,
                            parts->items.size());
            element.set(Value::object(parts));
            key = parts->items[0], value = parts->items[1];
        }
        dict->table.insert(ts, key, hashValue(ts, key), value);
    }
}

void initDictType(ThreadState& ts) {
    TypeObject* dict = ts.rt.types.dict;
    dict->construct = dictConstruct;
    defineMethod(ts, dict, "__init__", dictInitMethod);
    dictSetStr(ts, dict->dict, "__new__", Value::object(newNative(ts, "__new__", dictNewMethod)));
    dict->slots.repr = dictRepr;
    dict->slots.compare = dictCompare;
    dict->slots.length = dictLength;
    dict->slots.getItem = dictGetItem;
    dict->slots.setItem = dictSetItem;
    dict->slots.contains = dictContains;
    dict->slots.iter = dictIter;
    dict->slots.binary = dictBinary;
    dict->slots.inplace = dictInplace;
    defineMethod(ts, dict, "get", dictGetMethod);
    defineMethod(ts, dict, "keys", dictKeys);
    defineMethod(ts, dict, "values", dictValues);
    defineMethod(ts, dict, "items", dictItems);
    defineMethod(ts, dict, "pop", dictPop);
    defineMethod(ts, dict, "popitem", dictPopItem);
    defineMethod(ts, dict, "setdefault", dictSetDefault);
    defineMethod(ts, dict, "update", dictUpdateMethod);
    defineMethod(ts, dict, "copy", dictCopy);
    defineMethod(ts, dict, "clear", dictClear);
    // Without an owner the native is never bound nor checked against its first
    // argument, so `dict.fromkeys(xs)` and `{}.fromkeys(xs)` both reach it with
    // an empty self (a subclass's fromkeys therefore builds a plain dict).
    defineNative(ts, dict->dict, "fromkeys", dictFromKeys);

    makeViewType(ts, IterKind::DictKeys);
    makeViewType(ts, IterKind::DictValues);
    makeViewType(ts, IterKind::DictItems);
}

} // namespace spindle
