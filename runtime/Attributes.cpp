// Attributes.cpp — attribute lookup and calls.
//
// Lookup order for `obj.name` (a simplified form of Python's, without data
// descriptors, which arrive with properties):
//   1. the instance's own namespace (instance/exception/function dict, module dict)
//   2. the type's MRO: a function found there is bound to obj
//   3. the type's getAttr slot (computed attributes: exc.args, f.__name__)
// For type objects, 2 searches the type's own MRO (class attributes), and
// functions found there are returned unbound.
#include "runtime/Ops.h"

#include <string>
#include <vector>

namespace spindle {

namespace {

DictObject* instanceDict(Value obj) {
    if (!obj.isObject()) return nullptr;
    Object* o = obj.asObject();
    switch (o->kind) {
    case ObjKind::Instance: return static_cast<InstanceObject*>(o)->dict;
    case ObjKind::Exception: return static_cast<ExceptionObject*>(o)->dict;
    case ObjKind::Function: return static_cast<FunctionObject*>(o)->dict;
    case ObjKind::Module: return static_cast<ModuleObject*>(o)->dict;
    default: return nullptr;
    }
}

// Bind a function found on a type to its instance.
Value bind(ThreadState& ts, Value descr, Value obj) {
    if (isKind(descr, ObjKind::Function)) {
        BoundMethodObject* m = ts.rt.heap.make<BoundMethodObject>(ts.rt.types.method, 0);
        m->function = descr;
        m->self = obj;
        return Value::object(m);
    }
    if (isKind(descr, ObjKind::NativeFunction)) {
        NativeFunctionObject* f = as<NativeFunctionObject>(descr);
        if (f->owner && f->self.isEmpty()) {
            NativeFunctionObject* bound = newNative(ts, f->name->view(), f->fn, obj);
            bound->owner = f->owner;
            bound->data = f->data;
            return Value::object(bound);
        }
    }
    return descr;
}

SPINDLE_NORETURN void raiseNoAttribute(ThreadState& ts, Value obj, StrObject* name) {
    if (isKind(obj, ObjKind::Module)) {
        ModuleObject* m = as<ModuleObject>(obj);
        raiseFormat(ts, ts.rt.types.AttributeError, "module '%s' has no attribute '%s'",
                    m->name ? m->name->data() : "?", name->data());
    }
    if (isKind(obj, ObjKind::Type))
        raiseFormat(ts, ts.rt.types.AttributeError, "type object '%s' has no attribute '%s'",
                    as<TypeObject>(obj)->name->data(), name->data());
    raiseFormat(ts, ts.rt.types.AttributeError, "'%s' object has no attribute '%s'", typeOf(ts, obj)->name->data(),
                name->data());
}

} // namespace

bool getAttrOpt(ThreadState& ts, Value obj, StrObject* name, Value& out) {
    if (isKind(obj, ObjKind::Type)) {
        TypeObject* t = as<TypeObject>(obj);
        Value v = lookupInType(t, name);
        if (!v.isEmpty()) {
            out = v;
            return true;
        }
        TypeObject* meta = t->type;
        if (meta->slots.getAttr && meta->slots.getAttr(ts, obj, name, out)) return true;
        v = lookupInType(meta, name);
        if (!v.isEmpty()) {
            out = bind(ts, v, obj);
            return true;
        }
        return false;
    }
    if (DictObject* d = instanceDict(obj)) {
        Value v = dictGetStr(d, name);
        if (!v.isEmpty()) {
            out = v;
            return true;
        }
        if (isKind(obj, ObjKind::Module)) return false;
    }
    TypeObject* t = typeOf(ts, obj);
    Value descr = lookupInType(t, name);
    if (!descr.isEmpty()) {
        out = bind(ts, descr, obj);
        return true;
    }
    if (t->slots.getAttr && t->slots.getAttr(ts, obj, name, out)) return true;
    if (name == ts.rt.names.__class__) {
        out = Value::object(t);
        return true;
    }
    return false;
}

Value getAttr(ThreadState& ts, Value obj, StrObject* name) {
    Value out;
    if (!getAttrOpt(ts, obj, name, out)) raiseNoAttribute(ts, obj, name);
    return out;
}

void setAttr(ThreadState& ts, Value obj, StrObject* name, Value value) {
    if (isKind(obj, ObjKind::Type)) {
        TypeObject* t = as<TypeObject>(obj);
        if (!t->isHeapType)
            raiseFormat(ts, ts.rt.types.TypeError, "cannot set '%s' attribute of immutable type '%s'", name->data(),
                        t->name->data());
        dictSet(ts, t->dict, Value::object(name), value);
        t->version++;
        return;
    }
    if (obj.isObject()) {
        Object* o = obj.asObject();
        DictObject** slot = nullptr;
        switch (o->kind) {
        case ObjKind::Instance: slot = &static_cast<InstanceObject*>(o)->dict; break;
        case ObjKind::Exception: slot = &static_cast<ExceptionObject*>(o)->dict; break;
        case ObjKind::Function: slot = &static_cast<FunctionObject*>(o)->dict; break;
        case ObjKind::Module: slot = &static_cast<ModuleObject*>(o)->dict; break;
        default: break;
        }
        if (o->kind == ObjKind::Exception && setExceptionField(ts, static_cast<ExceptionObject*>(o), name, value))
            return;
        if (slot) {
            if (!*slot) *slot = newDict(ts);
            dictSet(ts, *slot, Value::object(name), value);
            return;
        }
    }
    Value existing = lookupInType(typeOf(ts, obj), name);
    if (!existing.isEmpty())
        raiseFormat(ts, ts.rt.types.AttributeError, "'%s' object attribute '%s' is read-only", typeOf(ts, obj)->name->data(),
                    name->data());
    raiseNoAttribute(ts, obj, name);
}

void delAttr(ThreadState& ts, Value obj, StrObject* name) {
    if (isKind(obj, ObjKind::Type)) {
        TypeObject* t = as<TypeObject>(obj);
        if (!t->isHeapType)
            raiseFormat(ts, ts.rt.types.TypeError, "cannot set '%s' attribute of immutable type '%s'", name->data(),
                        t->name->data());
        if (!dictDel(ts, t->dict, Value::object(name))) raiseNoAttribute(ts, obj, name);
        t->version++;
        return;
    }
    DictObject* d = instanceDict(obj);
    if (!d || !dictDel(ts, d, Value::object(name))) raiseNoAttribute(ts, obj, name);
}

// ---- calls ---------------------------------------------------------------------------

Value call(ThreadState& ts, Value callable, Args args) {
    TypeObject* t = typeOf(ts, callable);
    if (SPINDLE_LIKELY(t->slots.call != nullptr)) return t->slots.call(ts, callable, args);
    raiseFormat(ts, ts.rt.types.TypeError, "'%s' object is not callable", t->name->data());
}

Value call0(ThreadState& ts, Value callable) { return call(ts, callable, Args{nullptr, 0, nullptr}); }

Value call1(ThreadState& ts, Value callable, Value a) {
    Value argv[1] = {a};
    return call(ts, callable, Args{argv, 1, nullptr});
}

Value call2(ThreadState& ts, Value callable, Value a, Value b) {
    Value argv[2] = {a, b};
    return call(ts, callable, Args{argv, 2, nullptr});
}

Value callWithSelf(ThreadState& ts, Value function, Value self, Args args) {
    // Prepend self. The copy lives on the C++ stack: every value in it is also
    // reachable from a root (self via the caller, args on the caller's stack).
    Value small[8];
    std::vector<Value> big;
    Value* argv = small;
    if (args.count + 1 > 8) {
        big.resize(args.count + 1);
        argv = big.data();
    }
    argv[0] = self;
    for (size_t i = 0; i < args.count; i++) argv[i + 1] = args.values[i];
    return call(ts, function, Args{argv, args.count + 1, args.kwnames});
}

Value callMethod(ThreadState& ts, Value obj, StrObject* name, Args args) {
    // Look on the type first and skip creating a bound method when possible.
    if (!isKind(obj, ObjKind::Type) && !instanceDict(obj)) {
        Value descr = lookupInType(typeOf(ts, obj), name);
        if (isKind(descr, ObjKind::NativeFunction)) {
            NativeFunctionObject* f = as<NativeFunctionObject>(descr);
            if (f->owner && f->self.isEmpty()) return f->fn(ts, obj, args);
        }
        if (isKind(descr, ObjKind::Function)) return callWithSelf(ts, descr, obj, args);
    }
    Handle method(ts, getAttr(ts, obj, name));
    return call(ts, method.get(), args);
}

} // namespace spindle
