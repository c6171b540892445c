// Protocols.cpp — the generic operations of Ops.h, dispatched through TypeSlots.
//
// Each function here is the slow, general path: the eval loop has already tried
// its inline fast paths (int + int, list[int], ...) before it gets here.
#include "runtime/Ops.h"

#include <string>

namespace spindle {

namespace {

// Guards C++ recursion through nested containers (repr of a list inside a list
// ...) and user callbacks: past the recursion limit, or too close to the end of
// the thread's C stack, raise RecursionError instead of overflowing.
class NativeRecursionGuard {
public:
    NativeRecursionGuard(ThreadState& ts, const char* where) : ts_(ts) {
        if (++ts.nativeDepth > ts.rt.recursionLimit || ts.nearStackLimit()) {
            ts.nativeDepth--;
            raiseFormat(ts, ts.rt.types.RecursionError, "maximum recursion depth exceeded%s", where);
        }
    }
    ~NativeRecursionGuard() { ts_.nativeDepth--; }

private:
    ThreadState& ts_;
};

bool isNotImplemented(ThreadState& ts, Value v) { return v.identical(ts.rt.notImplemented); }

CompareOperator reflected(CompareOperator op) {
    switch (op) {
    case CompareOperator::LT: return CompareOperator::GT;
    case CompareOperator::LE: return CompareOperator::GE;
    case CompareOperator::GT: return CompareOperator::LT;
    case CompareOperator::GE: return CompareOperator::LE;
    default: return op;
    }
}

bool isSequenceForErrors(ThreadState& ts, Value v, std::string_view& name) {
    if (!v.isObject()) return false;
    switch (v.asObject()->kind) {
    case ObjKind::Str: case ObjKind::List: case ObjKind::Tuple: case ObjKind::Bytes:
        name = typeName(ts, v);
        return true;
    default:
        return false;
    }
}

SPINDLE_NORETURN void raiseBinaryFailure(ThreadState& ts, BinaryOperator op, Value a, Value b, bool inplace) {
    std::string_view seq;
    if (op == BinaryOperator::ADD && isSequenceForErrors(ts, a, seq)) {
        std::string other(typeName(ts, b));
        raiseFormat(ts, ts.rt.types.TypeError, "can only concatenate %.*s (not \"%s\") to %.*s",
                    static_cast<int>(seq.size()), seq.data(), other.c_str(), static_cast<int>(seq.size()), seq.data());
    }
    if (op == BinaryOperator::MULTIPLY) {
        if (isSequenceForErrors(ts, a, seq) || isSequenceForErrors(ts, b, seq)) {
            Value other = isSequenceForErrors(ts, a, seq) ? b : a;
            std::string name(typeName(ts, other));
            raiseFormat(ts, ts.rt.types.TypeError, "can't multiply sequence by non-int of type '%s'", name.c_str());
        }
    }
    std::string sym = binaryOperatorSymbol(op);
    if (inplace) sym += "=";
    if (op == BinaryOperator::POWER && !inplace) sym = "** or pow()";
    raiseBinaryTypeError(ts, sym.c_str(), a, b);
}

Value tryBinary(ThreadState& ts, BinaryOperator op, Value a, Value b) {
    TypeObject* ta = typeOf(ts, a);
    TypeObject* tb = typeOf(ts, b);
    Value r = ts.rt.notImplemented;
    // A subclass that overrides the operation gets the first try (Python's rule,
    // so `int + MyInt` calls MyInt.__radd__ first).
    bool rightFirst = ta != tb && tb->slots.binary && tb->slots.binary != ta->slots.binary && isSubtype(tb, ta);
    if (rightFirst) {
        r = tb->slots.binary(ts, op, a, b);
        if (!isNotImplemented(ts, r)) return r;
    }
    if (ta->slots.binary) {
        r = ta->slots.binary(ts, op, a, b);
        if (!isNotImplemented(ts, r)) return r;
    }
    if (!rightFirst && tb != ta && tb->slots.binary && tb->slots.binary != ta->slots.binary) {
        r = tb->slots.binary(ts, op, a, b);
    }
    return r;
}

} // namespace

bool ThreadState::nearStackLimit() const {
    char probe;
    return stackLimit && &probe < stackLimit;
}

// ---- text --------------------------------------------------------------------------

StrObject* repr(ThreadState& ts, Value v) {
    if (isKind(v, ObjKind::Str) && !ts.rt.types.str->slots.repr) return as<StrObject>(v);
    NativeRecursionGuard guard(ts, " while getting the repr of an object");
    TypeObject* t = typeOf(ts, v);
    if (t->slots.repr) return t->slots.repr(ts, v);
    char buf[160];
    std::snprintf(buf, sizeof buf, "<%s object at %p>", t->name->data(), static_cast<void*>(v.objectOrNull()));
    return newStr(ts, buf);
}

StrObject* toStr(ThreadState& ts, Value v) {
    if (isKind(v, ObjKind::Str) && as<StrObject>(v)->type == ts.rt.types.str) return as<StrObject>(v);
    TypeObject* t = typeOf(ts, v);
    if (t->slots.str) {
        NativeRecursionGuard guard(ts, " while getting the str of an object");
        return t->slots.str(ts, v);
    }
    return repr(ts, v);
}

StrObject* formatValue(ThreadState& ts, Value v, StrObject* spec) {
    TypeObject* t = typeOf(ts, v);
    if (t->slots.format) return t->slots.format(ts, v, spec);
    if (spec->byteLength == 0) return toStr(ts, v);
    raiseFormat(ts, ts.rt.types.TypeError, "unsupported format string passed to %s.__format__", t->name->data());
}

// ---- hashing and comparison ------------------------------------------------------

int64_t hashValue(ThreadState& ts, Value v) {
    switch (v.tag()) {
    case Tag::Int:
    case Tag::Bool: {
        // CPython: hash(n) == n for |n| < 2**61 - 1, with -1 mapped to -2.
        int64_t i = v.asInt();
        constexpr int64_t kModulus = (int64_t(1) << 61) - 1;
        if (i > -kModulus && i < kModulus) return i == -1 ? -2 : i;
        break;
    }
    case Tag::None:
        return 0x3f2a;
    default:
        break;
    }
    if (isKind(v, ObjKind::Str)) return hashStr(as<StrObject>(v));
    TypeObject* t = typeOf(ts, v);
    if (!t->slots.hash) raiseFormat(ts, ts.rt.types.TypeError, "unhashable type: '%s'", t->name->data());
    NativeRecursionGuard guard(ts, "");
    return t->slots.hash(ts, v);
}

Value compare(ThreadState& ts, CompareOperator op, Value a, Value b) {
    NativeRecursionGuard guard(ts, " in comparison");
    TypeObject* ta = typeOf(ts, a);
    TypeObject* tb = typeOf(ts, b);
    bool rightFirst = ta != tb && tb->slots.compare && isSubtype(tb, ta) && tb->slots.compare != ta->slots.compare;
    if (rightFirst) {
        Value r = tb->slots.compare(ts, reflected(op), b, a);
        if (!isNotImplemented(ts, r)) return r;
    }
    if (ta->slots.compare) {
        Value r = ta->slots.compare(ts, op, a, b);
        if (!isNotImplemented(ts, r)) return r;
    }
    if (!rightFirst && tb->slots.compare) {
        Value r = tb->slots.compare(ts, reflected(op), b, a);
        if (!isNotImplemented(ts, r)) return r;
    }
    // Nobody knows how: == and != fall back to identity, orderings fail.
    if (op == CompareOperator::EQ) return Value::boolean(a.identical(b));
    if (op == CompareOperator::NE) return Value::boolean(!a.identical(b));
    raiseFormat(ts, ts.rt.types.TypeError, "'%s' not supported between instances of '%s' and '%s'",
                compareOperatorSymbol(op), ta->name->data(), tb->name->data());
}

bool compareBool(ThreadState& ts, CompareOperator op, Value a, Value b) {
    Value r = compare(ts, op, a, b);
    return r.isBool() ? r.asBool() : truthy(ts, r);
}

bool equals(ThreadState& ts, Value a, Value b) {
    // Identity implies equality for container membership and dict keys (as in
    // CPython's PyObject_RichCompareBool), which is why a NaN is found in a list.
    if (a.identical(b)) return true;
    if (a.isInt() && b.isInt()) return false;
    return compareBool(ts, CompareOperator::EQ, a, b);
}

bool truthy(ThreadState& ts, Value v) {
    switch (v.tag()) {
    case Tag::None: return false;
    case Tag::Bool: return v.asBool();
    case Tag::Int: return v.asInt() != 0;
    case Tag::Float: return v.asFloat() != 0.0;
    case Tag::Empty: SPINDLE_UNREACHABLE();
    case Tag::Object: break;
    }
    TypeObject* t = v.asObject()->type;
    if (t->slots.truthy) return t->slots.truthy(ts, v);
    if (t->slots.length) return t->slots.length(ts, v) != 0;
    return true;
}

// ---- arithmetic ----------------------------------------------------------------------

Value binaryOp(ThreadState& ts, BinaryOperator op, Value a, Value b) {
    Value r = tryBinary(ts, op, a, b);
    if (isNotImplemented(ts, r)) raiseBinaryFailure(ts, op, a, b, false);
    return r;
}

Value inplaceOp(ThreadState& ts, BinaryOperator op, Value a, Value b) {
    TypeObject* ta = typeOf(ts, a);
    if (ta->slots.inplace) {
        Value r = ta->slots.inplace(ts, op, a, b);
        if (!isNotImplemented(ts, r)) return r;
    }
    Value r = tryBinary(ts, op, a, b);
    if (isNotImplemented(ts, r)) raiseBinaryFailure(ts, op, a, b, true);
    return r;
}

namespace {
Value unary(ThreadState& ts, Value v, Value (*TypeSlots::*slot)(ThreadState&, Value), const char* sym) {
    TypeObject* t = typeOf(ts, v);
    if (auto fn = t->slots.*slot) return fn(ts, v);
    raiseFormat(ts, ts.rt.types.TypeError, "bad operand type for unary %s: '%s'", sym, t->name->data());
}
} // namespace

Value negate(ThreadState& ts, Value v) { return unary(ts, v, &TypeSlots::negate, "-"); }
Value positive(ThreadState& ts, Value v) { return unary(ts, v, &TypeSlots::positive, "+"); }
Value invert(ThreadState& ts, Value v) { return unary(ts, v, &TypeSlots::invert, "~"); }

int64_t indexOf(ThreadState& ts, Value v) {
    if (v.isIntOrBool()) return v.asInt();
    TypeObject* t = typeOf(ts, v);
    if (t->slots.index) return t->slots.index(ts, v);
    raiseFormat(ts, ts.rt.types.TypeError, "'%s' object cannot be interpreted as an integer", t->name->data());
}

// ---- containers ------------------------------------------------------------------------

int64_t length(ThreadState& ts, Value v) {
    TypeObject* t = typeOf(ts, v);
    if (t->slots.length) return t->slots.length(ts, v);
    raiseFormat(ts, ts.rt.types.TypeError, "object of type '%s' has no len()", t->name->data());
}

Value getItem(ThreadState& ts, Value container, Value key) {
    TypeObject* t = typeOf(ts, container);
    if (t->slots.getItem) return t->slots.getItem(ts, container, key);
    if (container.isObject() && container.asObject()->kind == ObjKind::Type)
        raiseFormat(ts, ts.rt.types.TypeError, "type '%s' is not subscriptable",
                    static_cast<TypeObject*>(container.asObject())->name->data());
    raiseFormat(ts, ts.rt.types.TypeError, "'%s' object is not subscriptable", t->name->data());
}

void setItem(ThreadState& ts, Value container, Value key, Value value) {
    TypeObject* t = typeOf(ts, container);
    if (t->slots.setItem) return t->slots.setItem(ts, container, key, value);
    raiseFormat(ts, ts.rt.types.TypeError, "'%s' object does not support item assignment", t->name->data());
}

void delItem(ThreadState& ts, Value container, Value key) {
    TypeObject* t = typeOf(ts, container);
    if (t->slots.setItem) return t->slots.setItem(ts, container, key, Value());
    raiseFormat(ts, ts.rt.types.TypeError, "'%s' object doesn't support item deletion", t->name->data());
}

bool contains(ThreadState& ts, Value container, Value item) {
    TypeObject* t = typeOf(ts, container);
    if (t->slots.contains) return t->slots.contains(ts, container, item);
    if (!t->slots.iter && !t->slots.getItem)
        raiseFormat(ts, ts.rt.types.TypeError, "argument of type '%s' is not iterable", t->name->data());
    bool found = false;
    forEach(ts, container, [&](Value v) {
        found = equals(ts, v, item);
        return !found;
    });
    return found;
}

Value getIter(ThreadState& ts, Value iterable) {
    TypeObject* t = typeOf(ts, iterable);
    if (t->slots.iter) return t->slots.iter(ts, iterable);
    if (t->slots.getItem && iterable.isObject() && iterable.asObject()->kind != ObjKind::Dict) {
        IteratorObject* it = ts.rt.heap.make<IteratorObject>(ts.rt.types.iterator, 0, IterKind::SeqGetItem);
        it->source = iterable;
        return Value::object(it);
    }
    raiseFormat(ts, ts.rt.types.TypeError, "'%s' object is not iterable", t->name->data());
}

bool iterNext(ThreadState& ts, Value iterator, Value& out) {
    TypeObject* t = typeOf(ts, iterator);
    if (t->slots.next) return t->slots.next(ts, iterator, out);
    raiseFormat(ts, ts.rt.types.TypeError, "'%s' object is not an iterator", t->name->data());
}

void forEach(ThreadState& ts, Value iterable, const std::function<bool(Value)>& fn) {
    // Fast paths for the builtin sequences whose items cannot change under us
    // without Python code running (fn may run Python code, hence the index loop).
    if (isKind(iterable, ObjKind::Tuple)) {
        TupleObject* t = as<TupleObject>(iterable);
        for (size_t i = 0; i < t->size; i++)
            if (!fn(t->items()[i])) return;
        return;
    }
    if (isKind(iterable, ObjKind::List)) {
        ListObject* l = as<ListObject>(iterable);
        for (size_t i = 0; i < l->items.size(); i++)
            if (!fn(l->items[i])) return;
        return;
    }
    Handle it(ts, getIter(ts, iterable));
    Value item;
    while (iterNext(ts, it.get(), item)) {
        if (!fn(item)) return;
    }
}

} // namespace spindle
