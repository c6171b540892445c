// SetType.cpp — set and frozenset (one layout, SetObject; frozenset has kFrozen).
//
// Both live on the insertion-ordered HashTable, so iteration order is insertion
// order — CPython's is hash order (`{3, 1, 2}` prints `{1, 2, 3}` there). This is
// a documented difference; scripts that print sets should sort them.
#include "runtime/types/Containers.h"

#include "runtime/Ops.h"
#include "runtime/types/TypeInit.h"

namespace spindle {

namespace {

SPINDLE_NORETURN void raiseKeyError(ThreadState& ts, Value key) {
    TupleObject* args = newTuple(ts, 1);
    (*args)[0] = key;
    raise(ts, Value::object(newExceptionArgs(ts, ts.rt.types.KeyError, args)));
}

// CPython 3.11's frozenset hash: xor of the shuffled entry hashes, then mixed
// with the size, so that equal sets hash equal whatever their order.
uint64_t shuffleBits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

int64_t computeSetHash(const SetObject* s) {
    uint64_t hash = 0;
    for (const HashEntry& e : s->table.entries())
        if (!e.key.isEmpty()) hash ^= shuffleBits(static_cast<uint64_t>(e.hash));
    hash ^= (static_cast<uint64_t>(s->table.size()) + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == static_cast<uint64_t>(-1)) hash = 590923713UL;
    return static_cast<int64_t>(hash);
}

// Hash of a lookup key. A (mutable) set used as a key is looked up as the
// equal frozenset, as CPython does (`set() in {frozenset()}` is True).
int64_t lookupHash(ThreadState& ts, Value key) {
    if (SetObject* s = asOrNull<SetObject>(key); s && !s->frozen()) return computeSetHash(s);
    return hashValue(ts, key);
}

int64_t findInSet(ThreadState& ts, SetObject* set, Value key) {
    return set->table.find(ts, key, lookupHash(ts, key));
}

SetObject* makeSet(ThreadState& ts, TypeObject* type, bool frozen) {
    SetObject* s = ts.rt.heap.make<SetObject>(type, 0);
    if (frozen) s->flags |= SetObject::kFrozen;
    return s;
}

// A new set or frozenset (the base type, as CPython's operators return).
SetObject* newLike(ThreadState& ts, SetObject* model) { return newSet(ts, model->frozen()); }

void copyInto(ThreadState& ts, SetObject* to, SetObject* from) {
    for (size_t i = 0; i < from->table.entries().size(); ++i) {
        HashEntry e = from->table.entries()[i];
        if (!e.key.isEmpty()) to->table.insert(ts, e.key, e.hash, Value());
    }
}

bool isSubset(ThreadState& ts, SetObject* a, SetObject* b) {
    if (a->table.size() > b->table.size()) return false;
    for (size_t i = 0; i < a->table.entries().size(); ++i) {
        HashEntry e = a->table.entries()[i];
        if (e.key.isEmpty()) continue;
        Handle keep(ts, e.key);
        if (b->table.find(ts, e.key, e.hash) < 0) return false;
    }
    return true;
}

// `other` as a set: itself if it is one, else a new set of its items.
SetObject* asSet(ThreadState& ts, Value other) {
    if (SetObject* s = asOrNull<SetObject>(other)) return s;
    SetObject* s = newSet(ts);
    Handle keep(ts, Value::object(s));
    setUpdate(ts, s, other);
    return s;
}

// ---- the set algebra (results are new sets shaped like `model`) ------------------------------

SetObject* setUnion(ThreadState& ts, SetObject* model, SetObject* a, Value b) {
    SetObject* result = newLike(ts, model);
    Handle keep(ts, Value::object(result));
    copyInto(ts, result, a);
    setUpdate(ts, result, b);
    return result;
}

SetObject* setIntersection(ThreadState& ts, SetObject* model, SetObject* a, SetObject* b) {
    SetObject* result = newLike(ts, model);
    Handle keep(ts, Value::object(result));
    // Walk a (not the smaller one) so the result keeps a's order.
    for (size_t i = 0; i < a->table.entries().size(); ++i) {
        HashEntry e = a->table.entries()[i];
        if (e.key.isEmpty()) continue;
        Handle key(ts, e.key);
        if (b->table.find(ts, e.key, e.hash) >= 0) result->table.insert(ts, e.key, e.hash, Value());
    }
    return result;
}

SetObject* setDifference(ThreadState& ts, SetObject* model, SetObject* a, SetObject* b) {
    SetObject* result = newLike(ts, model);
    Handle keep(ts, Value::object(result));
    for (size_t i = 0; i < a->table.entries().size(); ++i) {
        HashEntry e = a->table.entries()[i];
        if (e.key.isEmpty()) continue;
        Handle key(ts, e.key);
        if (b->table.find(ts, e.key, e.hash) < 0) result->table.insert(ts, e.key, e.hash, Value());
    }
    return result;
}

SetObject* setSymmetricDifference(ThreadState& ts, SetObject* model, SetObject* a, SetObject* b) {
    SetObject* result = setDifference(ts, model, a, b);
    Handle keep(ts, Value::object(result));
    for (size_t i = 0; i < b->table.entries().size(); ++i) {
        HashEntry e = b->table.entries()[i];
        if (e.key.isEmpty()) continue;
        Handle key(ts, e.key);
        if (a->table.find(ts, e.key, e.hash) < 0) result->table.insert(ts, e.key, e.hash, Value());
    }
    return result;
}

// Replace a's contents with b's (for the in-place forms).
void assignContents(ThreadState& ts, SetObject* a, SetObject* b) {
    Handle keep(ts, Value::object(b));
    a->table.clear();
    copyInto(ts, a, b);
}

// ---- slots -------------------------------------------------------------------------------

Value setConstruct(ThreadState& ts, TypeObject* type, Args args) {
    bool frozen = isSubtype(type, ts.rt.types.frozenset);
    const char* name = frozen ? "frozenset" : "set";
    requireNoKeywords(ts, name, args);
    if (args.count > 1) raiseFormat(ts, ts.rt.types.TypeError, "%s expected at most 1 argument, got %zu", name, args.count);
    if (frozen && type == ts.rt.types.frozenset && args.count == 1) {
        SetObject* same = asOrNull<SetObject>(args[0]);
        if (same && same->type == ts.rt.types.frozenset) return args[0];
    }
    SetObject* s = makeSet(ts, type, frozen);
    if (args.count == 1) {
        Handle keep(ts, Value::object(s));
        setUpdate(ts, s, args[0]);
    }
    return Value::object(s);
}

// set.__new__(cls, ...): an empty set of class cls (__init__ fills it);
// frozenset.__new__(cls, iterable=()) fills the new frozenset itself.
Value setNewMethod(ThreadState& ts, Value, Args args) {
    return Value::object(makeSet(ts, newMethodTarget(ts, ts.rt.types.set, args), false));
}

Value frozensetNewMethod(ThreadState& ts, Value, Args args) {
    TypeObject* t = newMethodTarget(ts, ts.rt.types.frozenset, args);
    return setConstruct(ts, t, Args{args.values + 1, args.count - 1, args.kwnames});
}

StrObject* setRepr(ThreadState& ts, Value self) {
    SetObject* s = as<SetObject>(self);
    std::string_view typeName_ = s->type->name->view();
    if (s->table.size() == 0) return newStr(ts, std::string(typeName_) + "()");
    ReprGuard guard(ts, s);
    if (guard.recursive()) return newStr(ts, std::string(typeName_) + "(...)");
    bool plain = s->type == ts.rt.types.set;
    std::string text = plain ? "{" : std::string(typeName_) + "({";
    bool first = true;
    for (size_t i = 0; i < s->table.entries().size(); ++i) {
        Value key = s->table.entries()[i].key;
        if (key.isEmpty()) continue;
        if (!first) text += ", ";
        first = false;
        Handle keep(ts, key);
        appendRepr(ts, text, key);
    }
    text += plain ? "}" : "})";
    return newStr(ts, text);
}

int64_t frozensetHash(ThreadState&, Value self) {
    SetObject* s = as<SetObject>(self);
    if (s->hash == -1) s->hash = computeSetHash(s);
    return s->hash;
}

Value setCompare(ThreadState& ts, CompareOperator op, Value a, Value b) {
    SetObject* sa = asOrNull<SetObject>(a);
    SetObject* sb = asOrNull<SetObject>(b);
    if (!sa || !sb) return ts.rt.notImplemented;
    size_t na = sa->table.size(), nb = sb->table.size();
    switch (op) {
    case CompareOperator::EQ: return Value::boolean(na == nb && isSubset(ts, sa, sb));
    case CompareOperator::NE: return Value::boolean(!(na == nb && isSubset(ts, sa, sb)));
    case CompareOperator::LE: return Value::boolean(isSubset(ts, sa, sb));
    case CompareOperator::LT: return Value::boolean(na < nb && isSubset(ts, sa, sb));
    case CompareOperator::GE: return Value::boolean(isSubset(ts, sb, sa));
    case CompareOperator::GT: return Value::boolean(nb < na && isSubset(ts, sb, sa));
    default: SPINDLE_UNREACHABLE();
    }
}

int64_t setLength(ThreadState&, Value self) { return static_cast<int64_t>(as<SetObject>(self)->table.size()); }

bool setContainsSlot(ThreadState& ts, Value self, Value item) { return setContains(ts, as<SetObject>(self), item); }

Value setIter(ThreadState& ts, Value self) { return Value::object(newSetIterator(ts, as<SetObject>(self))); }

Value setBinary(ThreadState& ts, BinaryOperator op, Value a, Value b) {
    SetObject* sa = asOrNull<SetObject>(a);
    SetObject* sb = asOrNull<SetObject>(b);
    if (!sa || !sb) return ts.rt.notImplemented;
    switch (op) {
    case BinaryOperator::OR: return Value::object(setUnion(ts, sa, sa, b));
    case BinaryOperator::AND: return Value::object(setIntersection(ts, sa, sa, sb));
    case BinaryOperator::SUBTRACT: return Value::object(setDifference(ts, sa, sa, sb));
    case BinaryOperator::XOR: return Value::object(setSymmetricDifference(ts, sa, sa, sb));
    default: return ts.rt.notImplemented;
    }
}

Value setInplace(ThreadState& ts, BinaryOperator op, Value a, Value b) {
    SetObject* sa = asOrNull<SetObject>(a);
    SetObject* sb = asOrNull<SetObject>(b);
    if (!sa || !sb || sa->frozen()) return ts.rt.notImplemented;
    switch (op) {
    case BinaryOperator::OR: setUpdate(ts, sa, b); return a;
    case BinaryOperator::AND: assignContents(ts, sa, setIntersection(ts, sa, sa, sb)); return a;
    case BinaryOperator::SUBTRACT: assignContents(ts, sa, setDifference(ts, sa, sa, sb)); return a;
    case BinaryOperator::XOR: assignContents(ts, sa, setSymmetricDifference(ts, sa, sa, sb)); return a;
    default: return ts.rt.notImplemented;
    }
}

// ---- methods -----------------------------------------------------------------------------

Value setAddMethod(ThreadState& ts, Value self, Args args) {
    requireOneArg(ts, "set.add", args);
    setAdd(ts, as<SetObject>(self), args[0]);
    return Value::none();
}

Value setRemove(ThreadState& ts, Value self, Args args) {
    requireOneArg(ts, "set.remove", args);
    SetObject* s = as<SetObject>(self);
    int64_t at = findInSet(ts, s, args[0]);
    if (at < 0) raiseKeyError(ts, args[0]);
    s->table.eraseAt(at);
    return Value::none();
}

Value setDiscard(ThreadState& ts, Value self, Args args) {
    requireOneArg(ts, "set.discard", args);
    SetObject* s = as<SetObject>(self);
    int64_t at = findInSet(ts, s, args[0]);
    if (at >= 0) s->table.eraseAt(at);
    return Value::none();
}

Value setPop(ThreadState& ts, Value self, Args args) {
    requireNoArgs(ts, "set.pop", args);
    SetObject* s = as<SetObject>(self);
    auto& entries = s->table.entries();
    for (size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].key.isEmpty()) continue;
        Value key = entries[i].key;
        s->table.eraseAt(static_cast<int64_t>(i));
        return key;
    }
    raiseError(ts, ts.rt.types.KeyError, "pop from an empty set");
}

Value setClear(ThreadState& ts, Value self, Args args) {
    requireNoArgs(ts, "set.clear", args);
    as<SetObject>(self)->table.clear();
    return Value::none();
}

Value setCopy(ThreadState& ts, Value self, Args args) {
    SetObject* s = as<SetObject>(self);
    requireNoArgs(ts, s->frozen() ? "frozenset.copy" : "set.copy", args);
    if (s->type == ts.rt.types.frozenset) return self;
    SetObject* copy = newLike(ts, s);
    Handle keep(ts, Value::object(copy));
    copyInto(ts, copy, s);
    return Value::object(copy);
}

Value setUnionMethod(ThreadState& ts, Value self, Args args) {
    SetObject* s = as<SetObject>(self);
    requireNoKeywords(ts, s->frozen() ? "frozenset.union" : "set.union", args);
    SetObject* result = newLike(ts, s);
    Handle keep(ts, Value::object(result));
    copyInto(ts, result, s);
    for (size_t i = 0; i < args.count; ++i) setUpdate(ts, result, args[i]);
    return Value::object(result);
}

// intersection / difference with any number of iterables: fold left.
template <SetObject* (*Op)(ThreadState&, SetObject*, SetObject*, SetObject*)>
Value foldMethod(ThreadState& ts, Value self, Args args, const char* name) {
    requireNoKeywords(ts, name, args);
    SetObject* s = as<SetObject>(self);
    Handle result(ts);
    SetObject* current = newLike(ts, s);
    result.set(Value::object(current));
    copyInto(ts, current, s);
    for (size_t i = 0; i < args.count; ++i) {
        Handle other(ts, Value::object(asSet(ts, args[i])));
        current = Op(ts, s, current, as<SetObject>(other.get()));
        result.set(Value::object(current));
    }
    return result;
}

Value setIntersectionMethod(ThreadState& ts, Value self, Args args) {
    return foldMethod<setIntersection>(ts, self, args, "intersection");
}
Value setDifferenceMethod(ThreadState& ts, Value self, Args args) {
    return foldMethod<setDifference>(ts, self, args, "difference");
}

Value setSymmetricDifferenceMethod(ThreadState& ts, Value self, Args args) {
    SetObject* s = as<SetObject>(self);
    requireOneArg(ts, s->frozen() ? "frozenset.symmetric_difference" : "set.symmetric_difference", args);
    Handle other(ts, Value::object(asSet(ts, args[0])));
    return Value::object(setSymmetricDifference(ts, s, s, as<SetObject>(other.get())));
}

Value setUpdateMethod(ThreadState& ts, Value self, Args args) {
    requireNoKeywords(ts, "set.update", args);
    for (size_t i = 0; i < args.count; ++i) setUpdate(ts, as<SetObject>(self), args[i]);
    return Value::none();
}

Value setIntersectionUpdate(ThreadState& ts, Value self, Args args) {
    Handle result(ts, foldMethod<setIntersection>(ts, self, args, "intersection_update"));
    assignContents(ts, as<SetObject>(self), as<SetObject>(result.get()));
    return Value::none();
}

Value setDifferenceUpdate(ThreadState& ts, Value self, Args args) {
    Handle result(ts, foldMethod<setDifference>(ts, self, args, "difference_update"));
    assignContents(ts, as<SetObject>(self), as<SetObject>(result.get()));
    return Value::none();
}

Value setSymmetricDifferenceUpdate(ThreadState& ts, Value self, Args args) {
    requireOneArg(ts, "set.symmetric_difference_update", args);
    SetObject* s = as<SetObject>(self);
    Handle other(ts, Value::object(asSet(ts, args[0])));
    Handle result(ts, Value::object(setSymmetricDifference(ts, s, s, as<SetObject>(other.get()))));
    assignContents(ts, s, as<SetObject>(result.get()));
    return Value::none();
}

const char* qualified(SetObject* s, const char* setName, const char* frozenName) {
    return s->frozen() ? frozenName : setName;
}

Value setIsSubset(ThreadState& ts, Value self, Args args) {
    SetObject* s = as<SetObject>(self);
    requireOneArg(ts, qualified(s, "set.issubset", "frozenset.issubset"), args);
    Handle other(ts, Value::object(asSet(ts, args[0])));
    return Value::boolean(isSubset(ts, s, as<SetObject>(other.get())));
}

Value setIsSuperset(ThreadState& ts, Value self, Args args) {
    SetObject* s = as<SetObject>(self);
    requireOneArg(ts, qualified(s, "set.issuperset", "frozenset.issuperset"), args);
    Handle other(ts, Value::object(asSet(ts, args[0])));
    return Value::boolean(isSubset(ts, as<SetObject>(other.get()), s));
}

Value setIsDisjoint(ThreadState& ts, Value self, Args args) {
    SetObject* s = as<SetObject>(self);
    requireOneArg(ts, qualified(s, "set.isdisjoint", "frozenset.isdisjoint"), args);
    Handle iterator(ts, getIter(ts, args[0]));
    Handle keep(ts);
    Value item;
    while (iterNext(ts, iterator, item)) {
        keep.set(item);
        if (setContains(ts, s, item)) return Value::boolean(false);
    }
    return Value::boolean(true);
}

void defineCommonMethods(ThreadState& ts, TypeObject* type) {
    defineMethod(ts, type, "copy", setCopy);
    defineMethod(ts, type, "union", setUnionMethod);
    defineMethod(ts, type, "intersection", setIntersectionMethod);
    defineMethod(ts, type, "difference", setDifferenceMethod);
    defineMethod(ts, type, "symmetric_difference", setSymmetricDifferenceMethod);
    defineMethod(ts, type, "issubset", setIsSubset);
    defineMethod(ts, type, "issuperset", setIsSuperset);
    defineMethod(ts, type, "isdisjoint", setIsDisjoint);
}

void fillCommonSlots(TypeObject* type) {
    type->construct = setConstruct;
    type->slots.repr = setRepr;
    type->slots.compare = setCompare;
    type->slots.length = setLength;
    type->slots.contains = setContainsSlot;
    type->slots.iter = setIter;
    type->slots.binary = setBinary;
}

} // namespace

// ---- shared helpers (Containers.h) ------------------------------------------------------

bool setContains(ThreadState& ts, SetObject* set, Value key) { return findInSet(ts, set, key) >= 0; }

void setAdd(ThreadState& ts, SetObject* set, Value key) { set->table.insert(ts, key, hashValue(ts, key), Value()); }

void setUpdate(ThreadState& ts, SetObject* set, Value iterable) {
    Handle keepSet(ts, Value::object(set));
    if (SetObject* from = asOrNull<SetObject>(iterable)) {
        copyInto(ts, set, from);
        return;
    }
    if (DictObject* from = asOrNull<DictObject>(iterable)) {
        for (size_t i = 0; i < from->table.entries().size(); ++i) {
            HashEntry e = from->table.entries()[i];
            if (!e.key.isEmpty()) set->table.insert(ts, e.key, e.hash, Value());
        }
        return;
    }
    Handle iterator(ts, getIter(ts, iterable));
    Handle keep(ts);
    Value item;
    while (iterNext(ts, iterator, item)) {
        keep.set(item);
        setAdd(ts, set, item);
    }
}

IteratorObject* newSetIterator(ThreadState& ts, SetObject* set) {
    IteratorObject* it = newIterator(ts, IterKind::Set, Value::object(set));
    it->limit = static_cast<int64_t>(set->table.size());
    return it;
}

bool setIteratorNext(ThreadState& ts, IteratorObject* it, Value& out) {
    SetObject* s = asOrNull<SetObject>(it->source);
    if (!s) return false;
    if (static_cast<int64_t>(s->table.size()) != it->limit) {
        it->limit = -1; // sticky, as in CPython
        raiseError(ts, ts.rt.types.RuntimeError, "Set changed size during iteration");
    }
    const auto& entries = s->table.entries();
    while (it->index < static_cast<int64_t>(entries.size()) && entries[it->index].key.isEmpty()) ++it->index;
    if (it->index >= static_cast<int64_t>(entries.size())) {
        it->source = Value::none();
        return false;
    }
    out = entries[it->index++].key;
    return true;
}

namespace {

// set.__init__(iterable=()): empties the set, then adds the items.
Value setInitMethod(ThreadState& ts, Value self, Args args) {
    requireNoKeywords(ts, "set", args);
    if (args.count > 1) raiseFormat(ts, ts.rt.types.TypeError, "set expected at most 1 argument, got %zu", args.count);
    SetObject* set = as<SetObject>(self);
    set->table.clear();
    if (args.count == 1) setUpdate(ts, set, args[0]);
    return Value::none();
}

} // namespace

void initSetTypes(ThreadState& ts) {
    TypeObject* set = ts.rt.types.set;
    fillCommonSlots(set);
    set->slots.inplace = setInplace;
    defineCommonMethods(ts, set);
    defineMethod(ts, set, "__init__", setInitMethod);
    dictSetStr(ts, set->dict, "__new__", Value::object(newNative(ts, "__new__", setNewMethod)));
    defineMethod(ts, set, "add", setAddMethod);
    defineMethod(ts, set, "remove", setRemove);
    defineMethod(ts, set, "discard", setDiscard);
    defineMethod(ts, set, "pop", setPop);
    defineMethod(ts, set, "clear", setClear);
    defineMethod(ts, set, "update", setUpdateMethod);
    defineMethod(ts, set, "intersection_update", setIntersectionUpdate);
    defineMethod(ts, set, "difference_update", setDifferenceUpdate);
    defineMethod(ts, set, "symmetric_difference_update", setSymmetricDifferenceUpdate);

    TypeObject* frozenset = ts.rt.types.frozenset;
    fillCommonSlots(frozenset);
    frozenset->slots.hash = frozensetHash;
    dictSetStr(ts, frozenset->dict, "__new__", Value::object(newNative(ts, "__new__", frozensetNewMethod)));
    defineCommonMethods(ts, frozenset);
}

} // namespace spindle
