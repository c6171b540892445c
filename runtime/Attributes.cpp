// Attributes.cpp — attribute lookup, assignment and calls.
//
// Lookup order for `obj.name`, as Python's object.__getattribute__:
//   1. a data descriptor (property, or a class with __set__/__delete__) found in
//      the type's MRO: its getter decides
//   2. the instance's own namespace (instance/exception/function dict, module dict)
//   3. anything else found in the type's MRO, bound by bindAttribute (functions
//      become bound methods, classmethods bind the class, ...)
//   4. the type's getAttr slot (computed attributes such as exc.args and
//      f.__name__, or a class's __getattr__)
// For type objects, the class's own MRO is searched before its metaclass's, and
// functions found there are returned unbound.
#include "runtime/Ops.h"
#include "runtime/types/Containers.h"

#include <string>
#include <vector>

namespace spindle {

namespace {

// Where obj keeps its attributes: the slot of its instance dict (which may
// still be null), or null when obj's kind has none. Builtin containers have one
// only as instances of a class derived from them.
DictObject** instanceDictSlot(Value obj) {
    if (!obj.isObject()) return nullptr;
    Object* o = obj.asObject();
    switch (o->kind) {
    case ObjKind::Instance: return &static_cast<InstanceObject*>(o)->dict;
    case ObjKind::Exception: return &static_cast<ExceptionObject*>(o)->dict;
    case ObjKind::Function: return &static_cast<FunctionObject*>(o)->dict;
    case ObjKind::Module: return &static_cast<ModuleObject*>(o)->dict;
    default: break;
    }
    if (!o->type->isHeapType) return nullptr;
    switch (o->kind) {
    case ObjKind::Tuple: return &static_cast<TupleObject*>(o)->attributes;
    case ObjKind::List: return &static_cast<ListObject*>(o)->attributes;
    case ObjKind::Dict: return &static_cast<DictObject*>(o)->attributes;
    case ObjKind::Set: return &static_cast<SetObject*>(o)->attributes;
    default: return nullptr;
    }
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

DictObject* instanceDict(Value obj) {
    DictObject** slot = instanceDictSlot(obj);
    return slot ? *slot : nullptr;
}

bool isCallable(ThreadState& ts, Value v) {
    TypeObject* t = typeOf(ts, v);
    // Instances of Python classes are callable only through __call__; their
    // type's call slot (if any) is the generic dunder dispatcher.
    if (t->isHeapType || isKind(v, ObjKind::Instance)) return !lookupInType(t, ts.rt.names.__call__).isEmpty();
    return t->slots.call != nullptr || !lookupInType(t, ts.rt.names.__call__).isEmpty();
}

bool getAttrOpt(ThreadState& ts, Value obj, StrObject* name, Value& out) {
    if (isKind(obj, ObjKind::Type)) {
        // Class attributes: the class's own MRO first, then its metaclass's.
        TypeObject* t = as<TypeObject>(obj);
        TypeObject* meta = t->type;
        Value metaAttr = lookupInType(meta, name);
        if (!metaAttr.isEmpty() && isDataDescriptor(ts, metaAttr)) {
            out = bindAttribute(ts, metaAttr, obj, meta);
            return true;
        }
        Value v = lookupInType(t, name);
        if (!v.isEmpty()) {
            out = bindAttribute(ts, v, Value(), t);
            return true;
        }
        if (meta->slots.getAttr && meta->slots.getAttr(ts, obj, name, out)) return true;
        if (!metaAttr.isEmpty()) {
            out = bindAttribute(ts, metaAttr, obj, meta);
            return true;
        }
        if (name == ts.rt.names.__class__) {   // a class's class is its metaclass
            out = Value::object(meta);
            return true;
        }
        return false;
    }
    TypeObject* t = typeOf(ts, obj);
    if (isKind(obj, ObjKind::Super) && t->slots.getAttr(ts, obj, name, out)) return true;
    // Python's order: a data descriptor (property) on the type, then the
    // instance's namespace, then anything else found on the type.
    Value descr = lookupInType(t, name);
    if (!descr.isEmpty() && isDataDescriptor(ts, descr)) {
        out = bindAttribute(ts, descr, obj, t);
        return true;
    }
    if (DictObject* d = instanceDict(obj)) {
        Value v = dictGetStr(d, name);
        if (!v.isEmpty()) {
            out = v;
            return true;
        }
    }
    if (!descr.isEmpty()) {
        out = bindAttribute(ts, descr, obj, t);
        return true;
    }
    // Instances of classes and exceptions (builtin ones too) show their namespace.
    if (name == ts.rt.names.__dict__ && (t->isHeapType || isKind(obj, ObjKind::Exception)) && !t->slotNames) {
        if (DictObject** slot = instanceDictSlot(obj)) {
            if (!*slot) *slot = newDict(ts);
            out = Value::object(*slot);
            return true;
        }
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

namespace {

// A class's own __setattr__ / __delattr__ (not object's), or empty.
Value attributeHook(ThreadState& ts, TypeObject* t, StrObject* hookName) {
    if (!t->isHeapType) return Value();
    Value hook = lookupInType(t, hookName);
    return isKind(hook, ObjKind::NativeFunction) ? Value() : hook;
}

bool isDunderName(StrObject* name) {
    std::string_view v = name->view();
    return v.size() > 4 && v.substr(0, 2) == "__" && v.substr(v.size() - 2) == "__";
}

// Set (value non-empty) or delete (value empty) an attribute of a class.
void storeClassAttribute(ThreadState& ts, TypeObject* t, StrObject* name, Value value) {
    if (!t->isHeapType)
        raiseFormat(ts, ts.rt.types.TypeError, "cannot set '%s' attribute of immutable type '%s'", name->data(),
                    t->name->data());
    Value metaAttr = lookupInType(t->type, name);
    if (!metaAttr.isEmpty() && setThroughDescriptor(ts, metaAttr, Value::object(t), value)) return;
    if ((name == ts.rt.names.__name__ || name == ts.rt.names.__qualname__) && !value.isEmpty()) {
        // The type's own fields, which repr and error messages read.
        if (!isKind(value, ObjKind::Str))
            raiseFormat(ts, ts.rt.types.TypeError, "can only assign string to %s.%s, not '%s'", t->name->data(),
                        name->data(), std::string(typeName(ts, value)).c_str());
        (name == ts.rt.names.__name__ ? t->name : t->qualname) = as<StrObject>(value);
        return;
    }
    if (value.isEmpty()) {
        if (!dictDel(ts, t->dict, Value::object(name)))
            raiseFormat(ts, ts.rt.types.AttributeError, "type object '%s' has no attribute '%s'", t->name->data(),
                        name->data());
    } else {
        dictSet(ts, t->dict, Value::object(name), value);
    }
    t->version++;
    if (isDunderName(name)) refreshClassSlots(ts, t);
}

} // namespace

void genericSetAttr(ThreadState& ts, Value obj, StrObject* name, Value value) {
    TypeObject* t = typeOf(ts, obj);
    Value descr = lookupInType(t, name);
    if (!descr.isEmpty() && setThroughDescriptor(ts, descr, obj, value)) return;
    if (obj.isObject()) {
        Object* o = obj.asObject();
        if (o->kind == ObjKind::Exception && !value.isEmpty() &&
            setExceptionField(ts, static_cast<ExceptionObject*>(o), name, value))
            return;
        if (o->kind == ObjKind::Function && setFunctionField(ts, static_cast<FunctionObject*>(o), name, value))
            return;
        DictObject** slot = instanceDictSlot(obj);
        if (slot && t->slotNames && !setContains(ts, t->slotNames, Value::object(name))) slot = nullptr;
        if (slot && !value.isEmpty()) {
            if (!*slot) *slot = newDict(ts);
            dictSet(ts, *slot, Value::object(name), value);
            return;
        }
        if (slot && *slot && dictDel(ts, *slot, Value::object(name))) return;
        if (slot) raiseNoAttribute(ts, obj, name);
    }
    if (!descr.isEmpty())
        raiseFormat(ts, ts.rt.types.AttributeError, "'%s' object attribute '%s' is read-only", t->name->data(),
                    name->data());
    // Native types answer some attributes from their getAttr slot (float.real,
    // generator.gi_running); those are data members CPython calls not writable.
    Value existing;
    if (!t->isHeapType && t->slots.getAttr && t->slots.getAttr(ts, obj, name, existing))
        raiseFormat(ts, ts.rt.types.AttributeError, "attribute '%s' of '%s' objects is not writable", name->data(),
                    t->name->data());
    raiseNoAttribute(ts, obj, name);
}

void setAttr(ThreadState& ts, Value obj, StrObject* name, Value value) {
    if (isKind(obj, ObjKind::Type)) return storeClassAttribute(ts, as<TypeObject>(obj), name, value);
    Value hook = attributeHook(ts, typeOf(ts, obj), ts.rt.names.__setattr__);
    if (!hook.isEmpty()) {
        Value argv[2] = {Value::object(name), value};
        callWithSelf(ts, hook, obj, Args{argv, 2, nullptr});
        return;
    }
    genericSetAttr(ts, obj, name, value);
}

void delAttr(ThreadState& ts, Value obj, StrObject* name) {
    if (isKind(obj, ObjKind::Type)) return storeClassAttribute(ts, as<TypeObject>(obj), name, Value());
    Value hook = attributeHook(ts, typeOf(ts, obj), ts.rt.names.__delattr__);
    if (!hook.isEmpty()) {
        Value argv[1] = {Value::object(name)};
        callWithSelf(ts, hook, obj, Args{argv, 1, nullptr});
        return;
    }
    genericSetAttr(ts, obj, name, Value());
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
