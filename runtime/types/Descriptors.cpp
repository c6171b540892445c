// Descriptors.cpp — property, staticmethod, classmethod and super, and
// bindAttribute: what an attribute found on a type becomes when it is read
// through an instance or through the class (Python's descriptor protocol).
//
// The builtin descriptors are recognised by their object kind, so binding a
// method or reading a property costs a switch, not a dunder lookup; only
// instances of classes are asked for __get__ / __set__ / __delete__.
#include "runtime/Ops.h"
#include "runtime/types/TypeInit.h"

#include <string>

namespace spindle {

namespace {

Value noneIfEmpty(Value v) { return v.isEmpty() ? Value::none() : v; }

// ---- property -------------------------------------------------------------------------

// The name a property is stored under in `type`, for error messages.
std::string propertyName(ThreadState& ts, TypeObject* type, Value prop) {
    for (size_t i = 0; type && i < type->mro->size; i++) {
        TypeObject* t = as<TypeObject>((*type->mro)[i]);
        for (const HashEntry& e : t->dict->table.entries())
            if (!e.key.isEmpty() && e.value.identical(prop) && isKind(e.key, ObjKind::Str))
                return std::string(as<StrObject>(e.key)->view());
    }
    return "?";
}

SPINDLE_NORETURN void raisePropertyMissing(ThreadState& ts, Value prop, Value obj, const char* what) {
    TypeObject* t = typeOf(ts, obj);
    raiseFormat(ts, ts.rt.types.AttributeError, "property '%s' of '%s' object has no %s",
                propertyName(ts, t, prop).c_str(), t->name->data(), what);
}

Value propertyConstruct(ThreadState& ts, TypeObject* type, Args args) {
    static const char* const kNames[] = {"fget", "fset", "fdel", "doc"};
    Value fields[4];
    size_t npos = args.positionalCount();
    if (npos > 4) raiseFormat(ts, ts.rt.types.TypeError, "property() takes at most 4 arguments (%zu given)", npos);
    for (size_t i = 0; i < npos; i++) fields[i] = args[i];
    for (size_t k = 0; k < args.keywordCount(); k++) {
        std::string_view key = as<StrObject>((*args.kwnames)[k])->view();
        size_t slot = 4;
        for (size_t i = 0; i < 4; i++)
            if (key == kNames[i]) slot = i;
        if (slot == 4)
            raiseFormat(ts, ts.rt.types.TypeError, "property() got an unexpected keyword argument '%s'",
                        std::string(key).c_str());
        fields[slot] = args[npos + k];
    }
    PropertyObject* p = ts.rt.heap.make<PropertyObject>(type, 0);
    p->getter = noneIfEmpty(fields[0]);
    p->setter = noneIfEmpty(fields[1]);
    p->deleter = noneIfEmpty(fields[2]);
    p->doc = fields[3];
    if (p->doc.isEmpty() || p->doc.isNone()) {
        Value doc;
        p->doc = !p->getter.isNone() && getAttrOpt(ts, p->getter, ts.rt.names.__doc__, doc) ? doc : Value::none();
    }
    return Value::object(p);
}

// prop.setter(f) and friends: a copy of the property with one accessor replaced.
Value propertyCopyWith(ThreadState& ts, Value self, Value PropertyObject::*field, Value fn) {
    PropertyObject* old = as<PropertyObject>(self);
    PropertyObject* p = ts.rt.heap.make<PropertyObject>(old->type, 0);
    p->getter = old->getter;
    p->setter = old->setter;
    p->deleter = old->deleter;
    p->doc = old->doc;
    p->*field = fn;
    return Value::object(p);
}

Value propertyGetterMethod(ThreadState& ts, Value self, Args args) {
    checkArgCount(ts, "getter", args, 1, 1);
    return propertyCopyWith(ts, self, &PropertyObject::getter, args[0]);
}
Value propertySetterMethod(ThreadState& ts, Value self, Args args) {
    checkArgCount(ts, "setter", args, 1, 1);
    return propertyCopyWith(ts, self, &PropertyObject::setter, args[0]);
}
Value propertyDeleterMethod(ThreadState& ts, Value self, Args args) {
    checkArgCount(ts, "deleter", args, 1, 1);
    return propertyCopyWith(ts, self, &PropertyObject::deleter, args[0]);
}

bool propertyGetAttr(ThreadState& ts, Value obj, StrObject* name, Value& out) {
    PropertyObject* p = as<PropertyObject>(obj);
    if (name->view() == "fget") out = p->getter;
    else if (name->view() == "fset") out = p->setter;
    else if (name->view() == "fdel") out = p->deleter;
    else if (name == ts.rt.names.__doc__) out = noneIfEmpty(p->doc);
    else return false;
    return true;
}

// ---- staticmethod and classmethod ----------------------------------------------------

Value methodWrapperConstruct(ThreadState& ts, TypeObject* type, Args args) {
    checkNoKeywords(ts, type->name->data(), args);
    if (args.count != 1)
        raiseFormat(ts, ts.rt.types.TypeError, "%s expected 1 argument, got %zu", type->name->data(), args.count);
    return Value::object(newMethodWrapper(ts, type, args[0]));
}

StrObject* methodWrapperRepr(ThreadState& ts, Value self) {
    MethodWrapperObject* w = as<MethodWrapperObject>(self);
    std::string text = "<" + std::string(w->type->name->view()) + "(" + std::string(repr(ts, w->wrapped)->view()) + ")>";
    return newStr(ts, text);
}

bool methodWrapperGetAttr(ThreadState& ts, Value obj, StrObject* name, Value& out) {
    MethodWrapperObject* w = as<MethodWrapperObject>(obj);
    if (name->view() == "__func__" || name->view() == "__wrapped__") {
        out = w->wrapped;
        return true;
    }
    return getAttrOpt(ts, w->wrapped, name, out); // __name__, __doc__, ... of the function
}

Value staticMethodCall(ThreadState& ts, Value self, Args args) {
    return call(ts, as<MethodWrapperObject>(self)->wrapped, args);
}

// ---- super -----------------------------------------------------------------------------

Value superConstruct(ThreadState& ts, TypeObject* type, Args args) {
    checkNoKeywords(ts, "super", args);
    if (args.count > 2) raiseFormat(ts, ts.rt.types.TypeError, "super() takes at most 2 arguments (%zu given)", args.count);
    Value thisClass, self;
    if (args.count == 0) {
        if (!ts.rt.interp.zeroArgSuper || !ts.rt.interp.zeroArgSuper(ts, thisClass, self))
            raiseError(ts, ts.rt.types.RuntimeError, "super(): no arguments");
    } else {
        thisClass = args[0];
        self = args.count == 2 ? args[1] : Value();
    }
    if (!isKind(thisClass, ObjKind::Type))
        raiseFormat(ts, ts.rt.types.TypeError, "super() argument 1 must be a type, not %s",
                    std::string(typeName(ts, thisClass)).c_str());
    SuperObject* s = ts.rt.heap.make<SuperObject>(type, 0);
    s->thisClass = as<TypeObject>(thisClass);
    s->self = self;
    if (!self.isEmpty()) {
        if (isKind(self, ObjKind::Type) && isSubtype(as<TypeObject>(self), s->thisClass))
            s->startType = as<TypeObject>(self);
        else if (isInstance(ts, self, s->thisClass))
            s->startType = typeOf(ts, self);
        else
            raiseError(ts, ts.rt.types.TypeError, "super(type, obj): obj must be an instance or subtype of type");
    }
    return Value::object(s);
}

// super().name: search the MRO of the start type after thisClass, and bind what
// is found to self.
bool superGetAttr(ThreadState& ts, Value obj, StrObject* name, Value& out) {
    SuperObject* s = as<SuperObject>(obj);
    if (name == ts.rt.names.__class__ || !s->startType) return false;
    TupleObject* mro = s->startType->mro;
    size_t i = 0;
    while (i < mro->size && !(*mro)[i].identical(Value::object(s->thisClass))) i++;
    for (i++; i < mro->size; i++) {
        Value v = dictGetStr(as<TypeObject>((*mro)[i])->dict, name);
        if (v.isEmpty()) continue;
        bool selfIsClass = s->self.identical(Value::object(s->startType));
        out = bindAttribute(ts, v, selfIsClass ? Value() : s->self, s->startType);
        return true;
    }
    return false;
}

StrObject* superRepr(ThreadState& ts, Value self) {
    SuperObject* s = as<SuperObject>(self);
    std::string text = "<super: <class '" + std::string(s->thisClass->name->view()) + "'>, ";
    text += s->startType ? "<" + std::string(s->startType->name->view()) + " object>>" : "NULL>";
    return newStr(ts, text);
}

} // namespace

MethodWrapperObject* newMethodWrapper(ThreadState& ts, TypeObject* type, Value wrapped) {
    MethodWrapperObject* w = ts.rt.heap.make<MethodWrapperObject>(type, 0);
    w->wrapped = wrapped;
    return w;
}

bool isDataDescriptor(ThreadState& ts, Value v) {
    if (!v.isObject()) return false;
    if (v.asObject()->kind == ObjKind::Property) return true;
    TypeObject* t = v.asObject()->type;
    return t->isHeapType && (!lookupInType(t, ts.rt.names.__set__).isEmpty() ||
                             !lookupInType(t, ts.rt.names.__delete__).isEmpty());
}

Value bindAttribute(ThreadState& ts, Value descr, Value obj, TypeObject* type) {
    if (!descr.isObject()) return descr;
    Object* o = descr.asObject();
    switch (o->kind) {
    case ObjKind::Function: {
        if (obj.isEmpty()) return descr;
        BoundMethodObject* m = ts.rt.heap.make<BoundMethodObject>(ts.rt.types.method, 0);
        m->function = descr;
        m->self = obj;
        return Value::object(m);
    }
    case ObjKind::NativeFunction: {
        NativeFunctionObject* f = static_cast<NativeFunctionObject*>(o);
        if (obj.isEmpty() || !f->owner || !f->self.isEmpty()) return descr;
        NativeFunctionObject* bound = newNative(ts, f->name->view(), f->fn, obj);
        bound->owner = f->owner;
        bound->data = f->data;
        return Value::object(bound);
    }
    case ObjKind::MethodWrapper: {
        MethodWrapperObject* w = static_cast<MethodWrapperObject*>(o);
        if (w->type == ts.rt.types.staticmethod) return w->wrapped;
        BoundMethodObject* m = ts.rt.heap.make<BoundMethodObject>(ts.rt.types.method, 0);
        m->function = w->wrapped;
        m->self = Value::object(type);
        return Value::object(m);
    }
    case ObjKind::Property: {
        if (obj.isEmpty()) return descr;
        PropertyObject* p = static_cast<PropertyObject*>(o);
        if (p->getter.isNone()) raisePropertyMissing(ts, descr, obj, "getter");
        return call1(ts, p->getter, obj);
    }
    default: break;
    }
    if (!o->type->isHeapType) return descr;
    Value get = lookupInType(o->type, ts.rt.names.__get__);
    if (get.isEmpty()) return descr;
    Value argv[3] = {descr, obj.isEmpty() ? Value::none() : obj, Value::object(type)};
    return call(ts, get, Args{argv, 3, nullptr});
}

bool setThroughDescriptor(ThreadState& ts, Value descr, Value obj, Value value) {
    if (!descr.isObject()) return false;
    if (PropertyObject* p = asOrNull<PropertyObject>(descr)) {
        if (value.isEmpty()) {
            if (p->deleter.isNone()) raisePropertyMissing(ts, descr, obj, "deleter");
            call1(ts, p->deleter, obj);
        } else {
            if (p->setter.isNone()) raisePropertyMissing(ts, descr, obj, "setter");
            call2(ts, p->setter, obj, value);
        }
        return true;
    }
    TypeObject* t = descr.asObject()->type;
    if (!t->isHeapType) return false;
    Value method = lookupInType(t, value.isEmpty() ? ts.rt.names.__delete__ : ts.rt.names.__set__);
    if (method.isEmpty()) return false;
    Value argv[3] = {descr, obj, value};
    call(ts, method, Args{argv, value.isEmpty() ? size_t(2) : size_t(3), nullptr});
    return true;
}

void initDescriptorTypes(ThreadState& ts) {
    BuiltinTypes& t = ts.rt.types;
    t.property->construct = propertyConstruct;
    t.property->slots.getAttr = propertyGetAttr;
    defineMethod(ts, t.property, "getter", propertyGetterMethod);
    defineMethod(ts, t.property, "setter", propertySetterMethod);
    defineMethod(ts, t.property, "deleter", propertyDeleterMethod);
    for (TypeObject* w : {t.staticmethod, t.classmethod}) {
        w->construct = methodWrapperConstruct;
        w->slots.repr = methodWrapperRepr;
        w->slots.getAttr = methodWrapperGetAttr;
    }
    t.staticmethod->slots.call = staticMethodCall;
    t.super->construct = superConstruct;
    t.super->slots.getAttr = superGetAttr;
    t.super->slots.repr = superRepr;
}

} // namespace spindle
