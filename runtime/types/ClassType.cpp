// ClassType.cpp — classes made at run time: type(name, bases, namespace) (what a
// `class` statement ends in), the C3 method resolution order, instance creation
// through __new__/__init__, and the slot trampolines.
//
// Why trampolines: every operation in the runtime dispatches through a type's
// TypeSlots (repr, +, ==, len, iteration, ...). A class that defines __add__ in
// Python gets slots.binary = a trampoline that looks the dunder up in the
// instance's type and calls it, so neither the eval loop nor the builtin types
// know anything about classes. A class that defines no dunder of a slot keeps
// the slot of its base and pays nothing. The lookup happens at each call, so
// rebinding a method on the class is seen at once; assigning a dunder that the
// class did not have when it was created re-installs the trampolines
// (refreshClassSlots) for that class (subclasses created earlier keep theirs).
//
// Instance layouts: a class's instances have the C++ layout of its "solid" base:
// InstanceObject below plain classes, ExceptionObject below exceptions,
// TypeObject below metaclasses, and the container's own layout below tuple,
// list, dict, set and frozenset (those objects carry an `attributes` dict for
// this). Other builtin bases (int, str, float, ...) are values that the eval loop
// keeps inline or treats by kind, and are refused with NotImplementedError, as
// docs/differences.md says.
#include "runtime/Ops.h"
#include "runtime/ThreadState.h"
#include "runtime/types/Containers.h"
#include "runtime/types/TypeInit.h"

#include <string>
#include <vector>

namespace spindle {

namespace {

// ---- C3 linearisation ----------------------------------------------------------------

// The MRO of a class with these bases: the class itself, then the merge of its
// bases' MROs and the base list, always taking the first head that appears in
// no tail. No such head means the bases' orders contradict each other.
TupleObject* computeMro(ThreadState& ts, TypeObject* type, TupleObject* bases) {
    std::vector<std::vector<TypeObject*>> sequences;
    for (size_t i = 0; i < bases->size; i++) {
        TupleObject* mro = as<TypeObject>((*bases)[i])->mro;
        std::vector<TypeObject*> seq;
        for (size_t j = 0; j < mro->size; j++) seq.push_back(as<TypeObject>((*mro)[j]));
        sequences.push_back(std::move(seq));
    }
    std::vector<TypeObject*> baseList;
    for (size_t i = 0; i < bases->size; i++) baseList.push_back(as<TypeObject>((*bases)[i]));
    sequences.push_back(baseList);

    std::vector<TypeObject*> result{type};
    std::vector<size_t> heads(sequences.size(), 0);
    for (;;) {
        TypeObject* next = nullptr;
        bool remaining = false;
        for (size_t s = 0; s < sequences.size() && !next; s++) {
            if (heads[s] >= sequences[s].size()) continue;
            remaining = true;
            TypeObject* candidate = sequences[s][heads[s]];
            bool inTail = false;
            for (size_t o = 0; o < sequences.size() && !inTail; o++)
                for (size_t k = heads[o] + 1; k < sequences[o].size(); k++)
                    if (sequences[o][k] == candidate) inTail = true;
            if (!inTail) next = candidate;
        }
        if (!remaining) break;
        if (!next) {
            std::string names;
            for (size_t i = 0; i < bases->size; i++)
                names += (i ? ", " : "") + std::string(as<TypeObject>((*bases)[i])->name->view());
            raiseFormat(ts, ts.rt.types.TypeError,
                        "Cannot create a consistent method resolution\norder (MRO) for bases %s", names.c_str());
        }
        result.push_back(next);
        for (size_t s = 0; s < sequences.size(); s++)
            if (heads[s] < sequences[s].size() && sequences[s][heads[s]] == next) heads[s]++;
    }
    TupleObject* mro = newTuple(ts, result.size());
    for (size_t i = 0; i < result.size(); i++) (*mro)[i] = Value::object(result[i]);
    return mro;
}

// The base whose C++ layout the new class's instances take (CPython's "best
// base"): the most derived of the bases' solid types.
TypeObject* solidBase(ThreadState& ts, TupleObject* bases) {
    TypeObject* best = nullptr;
    for (size_t i = 0; i < bases->size; i++) {
        TypeObject* base = as<TypeObject>((*bases)[i]);
        TypeObject* solid = base;
        while (solid->isHeapType) solid = solid->base;
        if (!best) {
            best = base;
            continue;
        }
        TypeObject* bestSolid = best;
        while (bestSolid->isHeapType) bestSolid = bestSolid->base;
        if (isSubtype(solid, bestSolid)) best = base;
        else if (!isSubtype(bestSolid, solid))
            raiseError(ts, ts.rt.types.TypeError, "multiple bases have instance lay-out conflict");
    }
    return best;
}

// ---- calling dunders -------------------------------------------------------------

// Call the dunder `name` of self's type on self; empty when the type has none.
Value callDunder(ThreadState& ts, Value self, StrObject* name, Args args) {
    Value descr = lookupInType(typeOf(ts, self), name);
    if (descr.isEmpty()) return descr;
    if (isKind(descr, ObjKind::Function)) return callWithSelf(ts, descr, self, args);
    Handle bound(ts, bindAttribute(ts, descr, self, typeOf(ts, self)));
    return call(ts, bound, args);
}

Value callDunder0(ThreadState& ts, Value self, StrObject* name) { return callDunder(ts, self, name, Args{}); }

Value callDunder1(ThreadState& ts, Value self, StrObject* name, Value arg) {
    Value argv[1] = {arg};
    return callDunder(ts, self, name, Args{argv, 1, nullptr});
}

StrObject* dunderName(ThreadState& ts, const char* name) { return intern(ts, name); }

SPINDLE_NORETURN void raiseReturnedNonString(ThreadState& ts, const char* method, Value got) {
    raiseFormat(ts, ts.rt.types.TypeError, "%s returned non-string (type %s)", method,
                std::string(typeName(ts, got)).c_str());
}

// ---- the trampolines ---------------------------------------------------------------

StrObject* classRepr(ThreadState& ts, Value self) {
    Value r = callDunder0(ts, self, ts.rt.names.__repr__);
    if (!isKind(r, ObjKind::Str)) raiseReturnedNonString(ts, "__repr__", r);
    return as<StrObject>(r);
}

StrObject* classStr(ThreadState& ts, Value self) {
    Value r = callDunder0(ts, self, ts.rt.names.__str__);
    if (!isKind(r, ObjKind::Str)) raiseReturnedNonString(ts, "__str__", r);
    return as<StrObject>(r);
}

int64_t classHash(ThreadState& ts, Value self) {
    Value descr = lookupInType(typeOf(ts, self), ts.rt.names.__hash__);
    if (descr.isNone() || descr.isEmpty())
        raiseFormat(ts, ts.rt.types.TypeError, "unhashable type: '%s'", typeOf(ts, self)->name->data());
    Value r = callDunder0(ts, self, ts.rt.names.__hash__);
    if (!isIntValue(r))
        raiseError(ts, ts.rt.types.TypeError, "__hash__ method should return an integer");
    // An int that fits is the hash itself (but -1, which is reserved); a big one is hashed.
    if (r.isIntOrBool()) return r.asInt() == -1 ? -2 : r.asInt();
    return hashValue(ts, r);
}

Value classCompare(ThreadState& ts, CompareOperator op, Value self, Value other) {
    static constexpr const char* kDunders[] = {
#define SPINDLE_CMP_DUNDER(name, sym, dunder, rdunder) dunder,
        SPINDLE_COMPARE_OPERATORS(SPINDLE_CMP_DUNDER)
#undef SPINDLE_CMP_DUNDER
    };
    StrObject* name = dunderName(ts, kDunders[size_t(op)]);
    Value descr = lookupInType(typeOf(ts, self), name);
    if (!descr.isEmpty() && !isKind(descr, ObjKind::NativeFunction)) return callDunder1(ts, self, name, other);
    if (op == CompareOperator::NE) {
        // object.__ne__: the inverse of __eq__ unless that is NotImplemented.
        Value eq = lookupInType(typeOf(ts, self), ts.rt.names.__eq__);
        if (eq.isEmpty() || isKind(eq, ObjKind::NativeFunction)) return ts.rt.notImplemented;
        Value r = callDunder1(ts, self, ts.rt.names.__eq__, other);
        if (r.identical(ts.rt.notImplemented)) return r;
        return Value::boolean(!truthy(ts, r));
    }
    return ts.rt.notImplemented;
}

bool classTruthy(ThreadState& ts, Value self) {
    Value r = callDunder0(ts, self, ts.rt.names.__bool__);
    if (!r.isEmpty()) {
        if (!r.isBool())
            raiseFormat(ts, ts.rt.types.TypeError, "__bool__ should return bool, returned %s",
                        std::string(typeName(ts, r)).c_str());
        return r.asBool();
    }
    TypeObject* t = typeOf(ts, self);
    return t->slots.length ? t->slots.length(ts, self) != 0 : true;
}

int64_t classLength(ThreadState& ts, Value self) {
    Value r = callDunder0(ts, self, ts.rt.names.__len__);
    if (r.isEmpty())
        raiseFormat(ts, ts.rt.types.TypeError, "object of type '%s' has no len()", typeOf(ts, self)->name->data());
    if (!isIntValue(r))
        raiseFormat(ts, ts.rt.types.TypeError, "'%s' object cannot be interpreted as an integer",
                    std::string(typeName(ts, r)).c_str());
    if (!r.isIntOrBool())
        raiseError(ts, ts.rt.types.OverflowError, "cannot fit 'int' into an index-sized integer");
    if (r.asInt() < 0) raiseError(ts, ts.rt.types.ValueError, "__len__() should return >= 0");
    return r.asInt();
}

Value classGetItem(ThreadState& ts, Value self, Value key) {
    Value r = callDunder1(ts, self, ts.rt.names.__getitem__, key);
    if (r.isEmpty())
        raiseFormat(ts, ts.rt.types.TypeError, "'%s' object is not subscriptable", typeOf(ts, self)->name->data());
    return r;
}

// One trampoline serves assignment and deletion: a class that defines only one of
// __setitem__ and __delitem__ keeps its builtin base's behaviour for the other.
void classSetItem(ThreadState& ts, Value self, Value key, Value value) {
    Value r;
    if (value.isEmpty()) {
        r = callDunder1(ts, self, ts.rt.names.__delitem__, key);
    } else {
        Value argv[2] = {key, value};
        r = callDunder(ts, self, ts.rt.names.__setitem__, Args{argv, 2, nullptr});
    }
    if (!r.isEmpty()) return;
    TypeObject* base = typeOf(ts, self);
    while (base->isHeapType) base = base->base;
    if (base->slots.setItem) return base->slots.setItem(ts, self, key, value);
    // As CPython's slot wrapper: the missing method's name as an AttributeError.
    raiseError(ts, ts.rt.types.AttributeError, value.isEmpty() ? "__delitem__" : "__setitem__");
}

bool classContains(ThreadState& ts, Value self, Value item) {
    Value r = callDunder1(ts, self, ts.rt.names.__contains__, item);
    if (r.isEmpty()) {
        // No __contains__ after all (deleted): iterate, as `in` does without one.
        Handle it(ts, getIter(ts, self));
        Value v;
        while (iterNext(ts, it, v))
            if (equals(ts, v, item)) return true;
        return false;
    }
    return truthy(ts, r);
}

Value classIter(ThreadState& ts, Value self) {
    Value r = callDunder0(ts, self, ts.rt.names.__iter__);
    if (r.isEmpty() || r.isNone())
        raiseFormat(ts, ts.rt.types.TypeError, "'%s' object is not iterable", typeOf(ts, self)->name->data());
    if (!typeOf(ts, r)->slots.next)
        raiseFormat(ts, ts.rt.types.TypeError, "iter() returned non-iterator of type '%s'",
                    std::string(typeName(ts, r)).c_str());
    return r;
}

bool classNext(ThreadState& ts, Value self, Value& out) {
    try {
        out = callDunder0(ts, self, ts.rt.names.__next__);
    } catch (PyThrow&) {
        if (swallowRaised(ts, ts.rt.types.StopIteration)) return false;
        throw;
    }
    if (out.isEmpty())
        raiseFormat(ts, ts.rt.types.TypeError, "'%s' object is not an iterator", typeOf(ts, self)->name->data());
    return true;
}

struct OperatorDunders {
    const char* name;
    const char* reflected;
    const char* inplace;
};
constexpr OperatorDunders kBinaryDunders[] = {
#define SPINDLE_BIN_DUNDER(op, sym, dunder, rdunder, idunder) {dunder, rdunder, idunder},
    SPINDLE_BINARY_OPERATORS(SPINDLE_BIN_DUNDER)
#undef SPINDLE_BIN_DUNDER
};

Value classBinary(ThreadState& ts, BinaryOperator op, Value a, Value b);

bool usesClassBinary(TypeObject* t) { return t->slots.binary == classBinary; }

// Python's rule for a binary operator between instances (CPython's
// SLOT1BINFULL): a's __op__ unless b's type is a subclass that overrides the
// reflected method, which then goes first; then b's __rop__.
Value classBinary(ThreadState& ts, BinaryOperator op, Value a, Value b) {
    const OperatorDunders& d = kBinaryDunders[size_t(op)];
    TypeObject* ta = typeOf(ts, a);
    TypeObject* tb = typeOf(ts, b);
    StrObject* name = dunderName(ts, d.name);
    StrObject* rname = dunderName(ts, d.reflected);
    bool tryOther = ta != tb && usesClassBinary(tb);
    if (usesClassBinary(ta)) {
        if (tryOther && isSubtype(tb, ta) && !lookupInType(tb, rname).identical(lookupInType(ta, rname))) {
            Value r = callDunder1(ts, b, rname, a);
            if (!r.isEmpty() && !r.identical(ts.rt.notImplemented)) return r;
            tryOther = false;
        }
        Value r = callDunder1(ts, a, name, b);
        if (!r.isEmpty() && !r.identical(ts.rt.notImplemented)) return r;
    }
    if (tryOther || (ta != tb && usesClassBinary(tb))) {
        Value r = callDunder1(ts, b, rname, a);
        if (!r.isEmpty()) return r;
    }
    return ts.rt.notImplemented;
}

Value classInplace(ThreadState& ts, BinaryOperator op, Value a, Value b) {
    Value r = callDunder1(ts, a, dunderName(ts, kBinaryDunders[size_t(op)].inplace), b);
    return r.isEmpty() ? ts.rt.notImplemented : r;
}

Value classUnary(ThreadState& ts, Value self, StrObject* name, const char* symbol) {
    Value r = callDunder0(ts, self, name);
    if (r.isEmpty())
        raiseFormat(ts, ts.rt.types.TypeError, "bad operand type for unary %s: '%s'", symbol,
                    typeOf(ts, self)->name->data());
    return r;
}
Value classNegate(ThreadState& ts, Value self) { return classUnary(ts, self, ts.rt.names.__neg__, "-"); }
Value classPositive(ThreadState& ts, Value self) { return classUnary(ts, self, ts.rt.names.__pos__, "+"); }
Value classInvert(ThreadState& ts, Value self) { return classUnary(ts, self, ts.rt.names.__invert__, "~"); }

Value classCall(ThreadState& ts, Value self, Args args) {
    Value r = callDunder(ts, self, ts.rt.names.__call__, args);
    if (r.isEmpty())
        raiseFormat(ts, ts.rt.types.TypeError, "'%s' object is not callable", typeOf(ts, self)->name->data());
    return r;
}

int64_t classIndex(ThreadState& ts, Value self) {
    Value r = callDunder0(ts, self, ts.rt.names.__index__);
    if (r.isEmpty())
        raiseFormat(ts, ts.rt.types.TypeError, "'%s' object cannot be interpreted as an integer",
                    typeOf(ts, self)->name->data());
    if (!isIntValue(r))
        raiseFormat(ts, ts.rt.types.TypeError, "__index__ returned non-int (type %s)",
                    std::string(typeName(ts, r)).c_str());
    if (!r.isIntOrBool())
        raiseFormat(ts, ts.rt.types.IndexError, "cannot fit 'int' into an index-sized integer");
    return r.asInt();
}

StrObject* classFormat(ThreadState& ts, Value self, StrObject* spec) {
    Value r = callDunder1(ts, self, ts.rt.names.__format__, Value::object(spec));
    if (r.isEmpty()) {
        if (spec->byteLength == 0) return toStr(ts, self);
        raiseFormat(ts, ts.rt.types.TypeError, "unsupported format string passed to %s.__format__",
                    typeOf(ts, self)->name->data());
    }
    if (!isKind(r, ObjKind::Str))
        raiseFormat(ts, ts.rt.types.TypeError, "__format__ must return a str, not %s",
                    std::string(typeName(ts, r)).c_str());
    return as<StrObject>(r);
}

// __getattr__ runs after the normal lookup failed, and after the builtin base's
// own computed attributes (an exception's args).
bool classGetAttr(ThreadState& ts, Value obj, StrObject* name, Value& out) {
    for (TypeObject* t = typeOf(ts, obj); t; t = t->base) {
        if (!t->isHeapType) {
            if (t->slots.getAttr && t->slots.getAttr(ts, obj, name, out)) return true;
            break;
        }
    }
    // An AttributeError raised by __getattr__ propagates with its own message.
    out = callDunder1(ts, obj, ts.rt.names.__getattr__, Value::object(name));
    return !out.isEmpty();
}

// ---- installing trampolines ----------------------------------------------------------

// True when `type` has a Python-level definition of `name` (a function, None
// for __hash__, a wrapped method, ...) rather than only a builtin type's.
bool definesInPython(ThreadState& ts, TypeObject* type, const char* name) {
    Value v = lookupInType(type, intern(ts, name));
    return !v.isEmpty() && !isKind(v, ObjKind::NativeFunction);
}

void installTrampolines(ThreadState& ts, TypeObject* t) {
    TypeSlots& s = t->slots;
    auto has = [&](const char* name) { return definesInPython(ts, t, name); };
    if (has("__repr__")) s.repr = classRepr;
    if (has("__str__")) s.str = classStr;
    if (has("__hash__")) s.hash = classHash;
    for (const char* n : {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"})
        if (has(n)) s.compare = classCompare;
    if (has("__bool__")) s.truthy = classTruthy;
    if (has("__len__")) s.length = classLength;
    if (has("__getitem__")) s.getItem = classGetItem;
    if (has("__setitem__") || has("__delitem__")) s.setItem = classSetItem;
    if (has("__contains__")) s.contains = classContains;
    if (has("__iter__")) s.iter = classIter;
    if (has("__next__")) s.next = classNext;
    for (const OperatorDunders& d : kBinaryDunders) {
        if (has(d.name) || has(d.reflected)) s.binary = classBinary;
        if (has(d.inplace)) s.inplace = classInplace;
    }
    if (has("__neg__")) s.negate = classNegate;
    if (has("__pos__")) s.positive = classPositive;
    if (has("__invert__")) s.invert = classInvert;
    if (has("__call__")) s.call = classCall;
    if (has("__index__")) s.index = classIndex;
    if (has("__format__")) s.format = classFormat;
    if (has("__getattr__")) s.getAttr = classGetAttr;
}

// ---- instances -------------------------------------------------------------------

// The nearest builtin type in `type`'s base chain: it knows how to allocate.
TypeObject* builtinBase(TypeObject* type) {
    while (type->isHeapType) type = type->base;
    return type;
}

// type.__call__ for classes: __new__, then __init__ when __new__ returned an
// instance of the class.
Value classConstruct(ThreadState& ts, TypeObject* type, Args args) {
    Runtime& rt = ts.rt;
    Value newMethod = lookupInType(type, rt.names.__new__);
    Value initMethod = lookupInType(type, rt.names.__init__);
    bool customInit = !initMethod.isEmpty() && !isKind(initMethod, ObjKind::NativeFunction);
    Handle instance(ts);
    if (!newMethod.isEmpty() && !isKind(newMethod, ObjKind::NativeFunction)) {
        Handle fn(ts, bindAttribute(ts, newMethod, Value(), type));
        instance.set(callWithSelf(ts, fn, Value::object(type), args));
    } else {
        TypeObject* base = builtinBase(type);
        Args newArgs = args;
        if (base == rt.types.object) {
            // object.__new__ takes no arguments beyond those __init__ accepts.
            if (!customInit && args.count)
                raiseFormat(ts, rt.types.TypeError, "%s() takes no arguments", type->name->data());
            newArgs = Args{};
        } else if (customInit) {
            // A mutable container starts empty and __init__ fills it; the other
            // bases take the positional arguments (keywords are __init__'s).
            bool mutableContainer = base->instanceKind == ObjKind::List || base->instanceKind == ObjKind::Dict ||
                                    (base->instanceKind == ObjKind::Set && base != rt.types.frozenset);
            newArgs = mutableContainer ? Args{} : Args{args.values, args.positionalCount(), nullptr};
        }
        instance.set(base->construct(ts, type, newArgs));
    }
    if (customInit && isInstance(ts, instance, type)) {
        Value r = callWithSelf(ts, initMethod, instance, args);
        if (!r.isNone())
            raiseFormat(ts, rt.types.TypeError, "__init__() should return None, not '%s'",
                        std::string(typeName(ts, r)).c_str());
    }
    return instance;
}

// A private slot name (`__x`) is stored under its mangled name (`_Class__x`), the
// name that `self.__x` compiles to in the class's methods.
Value mangledSlotName(ThreadState& ts, TypeObject* owner, StrObject* name) {
    std::string_view v = name->view();
    if (v.size() < 3 || v.substr(0, 2) != "__" || v.substr(v.size() - 2) == "__" ||
        v.find('.') != std::string_view::npos)
        return Value::object(name);
    std::string_view cls = owner->name->view();
    size_t strip = cls.find_first_not_of('_');
    if (strip == std::string_view::npos) return Value::object(name);
    std::string mangled = "_";
    mangled += cls.substr(strip);
    mangled += v;
    return Value::object(newStr(ts, mangled));
}

// __slots__: the names it declares, as a set, or null when the class (or a
// class of its MRO other than object) gives instances a __dict__.
SetObject* collectSlotNames(ThreadState& ts, TypeObject* type) {
    SetObject* names = newSet(ts);
    Handle keep(ts, Value::object(names));
    for (size_t i = 0; i < type->mro->size; i++) {
        TypeObject* t = as<TypeObject>((*type->mro)[i]);
        if (!t->isHeapType) continue;
        Value slots = dictGetStr(t->dict, ts.rt.names.__slots__);
        if (slots.isEmpty()) return nullptr;
        if (isKind(slots, ObjKind::Str)) {
            setAdd(ts, names, mangledSlotName(ts, t, as<StrObject>(slots)));
            continue;
        }
        Handle it(ts, getIter(ts, slots));
        Value name;
        while (iterNext(ts, it, name)) {
            if (!isKind(name, ObjKind::Str))
                raiseFormat(ts, ts.rt.types.TypeError, "__slots__ items must be strings, not '%s'",
                            std::string(typeName(ts, name)).c_str());
            if (as<StrObject>(name)->view() == "__dict__") return nullptr;
            setAdd(ts, names, mangledSlotName(ts, t, as<StrObject>(name)));
        }
    }
    return names;
}

} // namespace

// ---- creating classes (Ops.h) ---------------------------------------------------------

TypeObject* newClass(ThreadState& ts, TypeObject* metatype, StrObject* name, TupleObject* bases, DictObject* ns) {
    Runtime& rt = ts.rt;
    Handle keepBases(ts, Value::object(bases));
    if (bases->size == 0) {
        bases = newTuple(ts, 1);
        (*bases)[0] = Value::object(rt.types.object);
        keepBases.set(Value::object(bases));
    }
    for (size_t i = 0; i < bases->size; i++) {
        Value b = (*bases)[i];
        if (!isKind(b, ObjKind::Type))
            raiseFormat(ts, rt.types.TypeError, "bases must be types, not '%s'", std::string(typeName(ts, b)).c_str());
        TypeObject* bt = as<TypeObject>(b);
        if (!bt->allowsSubclassing)
            raiseFormat(ts, rt.types.TypeError, "type '%s' is not an acceptable base type", bt->name->data());
        for (size_t j = 0; j < i; j++)
            if ((*bases)[j].identical(b))
                raiseFormat(ts, rt.types.TypeError, "duplicate base class %s", bt->name->data());
    }
    TypeObject* base = solidBase(ts, bases);
    ObjKind kind = builtinBase(base)->instanceKind;
    bool derivable = kind == ObjKind::Instance || kind == ObjKind::Exception || kind == ObjKind::Type ||
                     kind == ObjKind::Tuple || kind == ObjKind::List || kind == ObjKind::Dict || kind == ObjKind::Set;
    if (!derivable)
        raiseFormat(ts, rt.types.NotImplementedError, "subclassing the builtin type '%s' is not supported",
                    builtinBase(base)->name->data());

    TypeObject* t = rt.heap.make<TypeObject>(metatype, 0);
    Handle keep(ts, Value::object(t));
    t->name = name;
    t->qualname = name;
    t->base = base;
    t->bases = bases;
    t->instanceKind = kind;
    t->isHeapType = true;
    t->construct = classConstruct;
    t->slots = base->slots;
    attachTypeDict(ts, t);
    for (const HashEntry& e : ns->table.entries()) {
        if (e.key.isEmpty()) continue;
        dictSet(ts, t->dict, e.key, e.value);
    }
    t->mro = computeMro(ts, t, bases);

    // What a class body leaves for type() rather than for the class: the cell of
    // zero-argument super() and the qualified name.
    dictDel(ts, t->dict, Value::object(rt.names.__classcell__));
    Value qualname = dictGetStr(t->dict, rt.names.__qualname__);
    if (!qualname.isEmpty()) {
        if (!isKind(qualname, ObjKind::Str))
            raiseFormat(ts, rt.types.TypeError, "type __qualname__ must be a str, not %s",
                        std::string(typeName(ts, qualname)).c_str());
        t->qualname = as<StrObject>(qualname);
        dictDel(ts, t->dict, Value::object(rt.names.__qualname__));
    }
    if (dictGetStr(t->dict, rt.names.__module__).isEmpty() && ts.frame) {
        // type(name, bases, ns) called directly: the module is the caller's.
        Value module = dictGetStr(ts.frame->globals, rt.names.__name__);
        if (!module.isEmpty()) dictSet(ts, t->dict, Value::object(rt.names.__module__), module);
    }
    if (dictGetStr(t->dict, rt.names.__doc__).isEmpty()) dictSet(ts, t->dict, Value::object(rt.names.__doc__), Value::none());
    // A class that defines __eq__ but not __hash__ is unhashable.
    if (!dictGetStr(t->dict, rt.names.__eq__).isEmpty() && dictGetStr(t->dict, rt.names.__hash__).isEmpty())
        dictSet(ts, t->dict, Value::object(rt.names.__hash__), Value::none());
    // __new__ is a static method and __init_subclass__ a class method, declared or not.
    Value newFn = dictGetStr(t->dict, rt.names.__new__);
    if (isKind(newFn, ObjKind::Function))
        dictSet(ts, t->dict, Value::object(rt.names.__new__), Value::object(newMethodWrapper(ts, rt.types.staticmethod, newFn)));
    Value initSubclass = dictGetStr(t->dict, rt.names.__init_subclass__);
    if (isKind(initSubclass, ObjKind::Function))
        dictSet(ts, t->dict, Value::object(rt.names.__init_subclass__),
                Value::object(newMethodWrapper(ts, rt.types.classmethod, initSubclass)));
    if (!dictGetStr(t->dict, rt.names.__slots__).isEmpty()) t->slotNames = collectSlotNames(ts, t);
    installTrampolines(ts, t);

    // __set_name__ on the descriptors the class holds, then the parent's __init_subclass__.
    // (A snapshot first: __set_name__ may change the class dict.)
    ListObject* pending = newList(ts);
    Handle keepPending(ts, Value::object(pending));
    for (const HashEntry& e : t->dict->table.entries()) {
        if (e.key.isEmpty() || lookupInType(typeOf(ts, e.value), rt.names.__set_name__).isEmpty()) continue;
        pending->items.push_back(e.value);
        pending->items.push_back(e.key);
    }
    for (size_t i = 0; i + 1 < pending->items.size(); i += 2) {
        Value argv[2] = {Value::object(t), pending->items[i + 1]};
        callDunder(ts, pending->items[i], rt.names.__set_name__, Args{argv, 2, nullptr});
    }
    return t;
}

void runInitSubclass(ThreadState& ts, TypeObject* type, Args kwargs) {
    // super(type, type).__init_subclass__(**kwargs): the first definition after
    // the class itself in its MRO; object's accepts no keywords.
    for (size_t i = 1; i < type->mro->size; i++) {
        TypeObject* t = as<TypeObject>((*type->mro)[i]);
        Value fn = dictGetStr(t->dict, ts.rt.names.__init_subclass__);
        if (fn.isEmpty()) continue;
        Handle bound(ts, bindAttribute(ts, fn, Value(), type));
        call(ts, bound, kwargs);
        return;
    }
}

void refreshClassSlots(ThreadState& ts, TypeObject* type) {
    if (!type->isHeapType) return;
    installTrampolines(ts, type);
}

TypeObject* mostDerivedMetaclass(ThreadState& ts, TypeObject* metatype, TupleObject* bases) {
    TypeObject* winner = metatype;
    for (size_t i = 0; i < bases->size; i++) {
        TypeObject* baseMeta = typeOf(ts, (*bases)[i]);
        if (isSubtype(winner, baseMeta)) continue;
        if (isSubtype(baseMeta, winner)) {
            winner = baseMeta;
            continue;
        }
        raiseError(ts, ts.rt.types.TypeError,
                   "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                   "metaclasses of all its bases");
    }
    return winner;
}

// type(x) and type(name, bases, dict).
Value typeConstruct(ThreadState& ts, TypeObject* metatype, Args args) {
    Runtime& rt = ts.rt;
    if (metatype == rt.types.type && args.count == 1 && !args.kwnames) return Value::object(typeOf(ts, args[0]));
    if (args.positionalCount() != 3)
        raiseError(ts, rt.types.TypeError, "type() takes 1 or 3 arguments");
    if (!isKind(args[0], ObjKind::Str))
        raiseFormat(ts, rt.types.TypeError, "type.__new__() argument 1 must be str, not %s",
                    std::string(typeName(ts, args[0])).c_str());
    if (!isKind(args[1], ObjKind::Tuple))
        raiseFormat(ts, rt.types.TypeError, "type.__new__() argument 2 must be tuple, not %s",
                    std::string(typeName(ts, args[1])).c_str());
    if (!isKind(args[2], ObjKind::Dict))
        raiseFormat(ts, rt.types.TypeError, "type.__new__() argument 3 must be dict, not %s",
                    std::string(typeName(ts, args[2])).c_str());
    TupleObject* bases = as<TupleObject>(args[1]);
    metatype = mostDerivedMetaclass(ts, metatype, bases);
    TypeObject* t = newClass(ts, metatype, as<StrObject>(args[0]), bases, as<DictObject>(args[2]));
    Handle keep(ts, Value::object(t));
    size_t nkw = args.kwnames ? args.kwnames->size : 0;
    runInitSubclass(ts, t, Args{args.values + 3, nkw, args.kwnames});
    return Value::object(t);
}

} // namespace spindle
