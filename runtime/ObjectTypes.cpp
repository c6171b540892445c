// ObjectTypes.cpp — object, type, NoneType and the singletons; functions,
// builtin functions, bound methods, cells, code objects and modules.
#include "runtime/Ops.h"
#include "runtime/types/TypeInit.h"

#include <string>

namespace spindle {

namespace {

int64_t identityHash(ThreadState&, Value v) {
    // Objects never move, so the address is a stable identity; the low bits are
    // alignment zeros and would cluster in the hash table.
    return static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.asObject()) >> 4);
}

StrObject* formatWithAddress(ThreadState& ts, const char* fmt, const char* name, const void* address) {
    char buf[256];
    std::snprintf(buf, sizeof buf, fmt, name, address);
    return newStr(ts, buf);
}

// ---- object --------------------------------------------------------------------
Value objectConstruct(ThreadState& ts, TypeObject* type, Args args) {
    if (args.count) raiseFormat(ts, ts.rt.types.TypeError, "object() takes no arguments");
    InstanceObject* o = ts.rt.heap.make<InstanceObject>(type, 0);
    return Value::object(o);
}

// The default repr: <module.Class object at 0x...> (no module for builtins).
StrObject* objectRepr(ThreadState& ts, Value v) {
    TypeObject* t = typeOf(ts, v);
    std::string name(t->qualname->view());
    // Builtin types of native modules (random.Random) name their module too.
    Value module = t->dict ? dictGetStr(t->dict, ts.rt.names.__module__) : Value();
    if (isKind(module, ObjKind::Str) && as<StrObject>(module)->view() != "builtins")
        name = std::string(as<StrObject>(module)->view()) + "." + name;
    char buf[64];
    std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(v.objectOrNull()));
    return newStr(ts, "<" + name + buf);
}

// object's methods, reachable through super() and by name (object.__init__(self)).
Value objectInitMethod(ThreadState& ts, Value self, Args args) {
    TypeObject* t = typeOf(ts, self);
    Value init = lookupInType(t, ts.rt.names.__init__);
    bool overridden = !isKind(init, ObjKind::NativeFunction);
    if (args.count && !overridden)
        raiseFormat(ts, ts.rt.types.TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                    t->name->data());
    return Value::none();
}

Value objectNewMethod(ThreadState& ts, Value, Args args) {
    if (args.count == 0) raiseError(ts, ts.rt.types.TypeError, "object.__new__(): not enough arguments");
    if (!isKind(args[0], ObjKind::Type))
        raiseFormat(ts, ts.rt.types.TypeError, "object.__new__(X): X is not a type object (%s)",
                    std::string(typeName(ts, args[0])).c_str());
    TypeObject* t = as<TypeObject>(args[0]);
    TypeObject* solid = t;
    while (solid->isHeapType) solid = solid->base;
    if (solid != ts.rt.types.object)
        raiseFormat(ts, ts.rt.types.TypeError, "object.__new__(%s) is not safe, use %s.__new__()", t->name->data(),
                    solid->name->data());
    if (args.count > 1) {
        Value init = lookupInType(t, ts.rt.names.__init__);
        if (isKind(init, ObjKind::NativeFunction))
            raiseFormat(ts, ts.rt.types.TypeError, "%s() takes no arguments", t->name->data());
    }
    return Value::object(ts.rt.heap.make<InstanceObject>(t, 0));
}

Value objectSetattrMethod(ThreadState& ts, Value self, Args args) {
    checkArgCount(ts, "__setattr__", args, 2, 2);
    if (!isKind(args[0], ObjKind::Str))
        raiseFormat(ts, ts.rt.types.TypeError, "attribute name must be string, not '%s'",
                    std::string(typeName(ts, args[0])).c_str());
    genericSetAttr(ts, self, as<StrObject>(args[0]), args[1]);
    return Value::none();
}

Value objectDelattrMethod(ThreadState& ts, Value self, Args args) {
    checkArgCount(ts, "__delattr__", args, 1, 1);
    if (!isKind(args[0], ObjKind::Str))
        raiseFormat(ts, ts.rt.types.TypeError, "attribute name must be string, not '%s'",
                    std::string(typeName(ts, args[0])).c_str());
    genericSetAttr(ts, self, as<StrObject>(args[0]), Value());
    return Value::none();
}

// object.__init_subclass__: the end of every super().__init_subclass__() chain.
// A class method: args[0] is the class.
Value objectInitSubclassMethod(ThreadState& ts, Value, Args args) {
    if (args.count > 1)
        raiseFormat(ts, ts.rt.types.TypeError, "%s.__init_subclass__() takes no keyword arguments",
                    isKind(args[0], ObjKind::Type) ? as<TypeObject>(args[0])->name->data() : "object");
    return Value::none();
}

Value objectReprMethod(ThreadState& ts, Value self, Args args) {
    checkArgCount(ts, "__repr__", args, 0, 0);
    return Value::object(objectRepr(ts, self));
}

Value objectStrMethod(ThreadState& ts, Value self, Args args) {
    checkArgCount(ts, "__str__", args, 0, 0);
    return Value::object(repr(ts, self));
}

Value objectFormatMethod(ThreadState& ts, Value self, Args args) {
    checkArgCount(ts, "__format__", args, 1, 1);
    if (!isKind(args[0], ObjKind::Str) || as<StrObject>(args[0])->byteLength != 0)
        raiseFormat(ts, ts.rt.types.TypeError, "unsupported format string passed to %s.__format__",
                    typeOf(ts, self)->name->data());
    return Value::object(toStr(ts, self));
}

// ---- type ------------------------------------------------------------------------

// type.__new__(metatype, name, bases, ns): what a metaclass's __new__ reaches
// through super(). A static method, as every __new__.
Value typeNewMethod(ThreadState& ts, Value, Args args) {
    if (args.positionalCount() == 0 || !isKind(args[0], ObjKind::Type) ||
        !isSubtype(as<TypeObject>(args[0]), ts.rt.types.type))
        raiseError(ts, ts.rt.types.TypeError, "type.__new__(X): X is not a subtype of type");
    return typeConstruct(ts, as<TypeObject>(args[0]), Args{args.values + 1, args.count - 1, args.kwnames});
}

Value typeInitMethod(ThreadState&, Value, Args) { return Value::none(); }

StrObject* typeRepr(ThreadState& ts, Value v) {
    TypeObject* t = as<TypeObject>(v);
    std::string out = "<class '";
    if (t->dict) { // classes, and native types that name their module
        Value mod = dictGetStr(t->dict, ts.rt.names.__module__);
        if (isKind(mod, ObjKind::Str) && as<StrObject>(mod)->view() != "builtins") {
            out += as<StrObject>(mod)->view();
            out += ".";
        }
    }
    out += t->qualname->view();
    out += "'>";
    return newStr(ts, out);
}

Value typeCall(ThreadState& ts, Value callable, Args args) {
    TypeObject* t = as<TypeObject>(callable);
    if (t->construct) return t->construct(ts, t, args);
    raiseFormat(ts, ts.rt.types.TypeError, "cannot create '%s' instances", t->name->data());
}

bool typeGetAttr(ThreadState& ts, Value obj, StrObject* name, Value& out) {
    TypeObject* t = as<TypeObject>(obj);
    const CommonNames& n = ts.rt.names;
    if (name == n.__name__) {
        // A builtin type's name may be qualified by its module ("time.struct_time",
        // what error messages show, as CPython's tp_name); __name__ is the last part.
        std::string_view full = t->name->view();
        size_t dot = full.rfind('.');
        out = t->isHeapType || dot == std::string_view::npos ? Value::object(t->name)
                                                             : Value::object(intern(ts, full.substr(dot + 1)));
    } else if (name == n.__qualname__) out = Value::object(t->qualname);
    else if (name == n.__mro__) out = Value::object(t->mro);
    else if (name == n.__bases__) out = Value::object(t->bases);
    else if (name->view() == "__base__") out = t->base ? Value::object(t->base) : Value::none();
    else if (name == n.__dict__) out = Value::object(t->dict);
    else if (name == n.__module__) out = strValue(ts, "builtins");
    else if (name == n.__doc__) out = Value::none();
    else return false;
    return true;
}

// ---- None and friends --------------------------------------------------------------
StrObject* noneRepr(ThreadState& ts, Value) { return intern(ts, "None"); }
int64_t noneHash(ThreadState&, Value) { return 0x3f2a; }
bool noneTruthy(ThreadState&, Value) { return false; }
StrObject* singletonRepr(ThreadState& ts, Value v) {
    return intern(ts, v.identical(ts.rt.notImplemented) ? "NotImplemented" : "Ellipsis");
}

// ---- functions ---------------------------------------------------------------------
Value functionCall(ThreadState& ts, Value callable, Args args) {
    return ts.rt.interp.callFunction(ts, as<FunctionObject>(callable), args);
}

StrObject* functionRepr(ThreadState& ts, Value v) {
    FunctionObject* f = as<FunctionObject>(v);
    return formatWithAddress(ts, "<function %s at %p>", f->qualname->data(), f);
}

bool functionGetAttr(ThreadState& ts, Value obj, StrObject* name, Value& out) {
    FunctionObject* f = as<FunctionObject>(obj);
    const CommonNames& n = ts.rt.names;
    if (name == n.__name__) out = Value::object(f->name);
    else if (name == n.__qualname__) out = Value::object(f->qualname);
    else if (name == n.__doc__) out = f->doc.isEmpty() ? Value::none() : f->doc;
    else if (name == n.__module__) out = f->module.isEmpty() ? Value::none() : f->module;
    else if (name->view() == "__defaults__") out = f->defaults ? Value::object(f->defaults) : Value::none();
    else if (name->view() == "__kwdefaults__") out = f->kwDefaults ? Value::object(f->kwDefaults) : Value::none();
    else if (name->view() == "__closure__") out = f->closure ? Value::object(f->closure) : Value::none();
    else if (name->view() == "__globals__") out = Value::object(f->globals);
    else if (name->view() == "__code__") out = Value::object(f->code);
    else if (name == n.__dict__) {
        if (!f->dict) f->dict = newDict(ts);
        out = Value::object(f->dict);
    } else return false;
    return true;
}

} // namespace

bool setFunctionField(ThreadState& ts, FunctionObject* f, StrObject* name, Value value) {
    const CommonNames& n = ts.rt.names;
    std::string_view v = name->view();
    if (name == n.__name__ || name == n.__qualname__) {
        if (!isKind(value, ObjKind::Str))
            raiseFormat(ts, ts.rt.types.TypeError, "%s must be set to a string object", name->data());
        (name == n.__name__ ? f->name : f->qualname) = as<StrObject>(value);
    } else if (name == n.__doc__) {
        f->doc = value.isEmpty() ? Value::none() : value;
    } else if (name == n.__module__) {
        f->module = value.isEmpty() ? Value::none() : value;
    } else if (v == "__defaults__") {
        if (!value.isEmpty() && !value.isNone() && !isKind(value, ObjKind::Tuple))
            raiseFormat(ts, ts.rt.types.TypeError, "__defaults__ must be set to a tuple object");
        f->defaults = isKind(value, ObjKind::Tuple) ? as<TupleObject>(value) : nullptr;
    } else if (v == "__kwdefaults__") {
        if (!value.isEmpty() && !value.isNone() && !isKind(value, ObjKind::Dict))
            raiseFormat(ts, ts.rt.types.TypeError, "__kwdefaults__ must be set to a dict object");
        f->kwDefaults = isKind(value, ObjKind::Dict) ? as<DictObject>(value) : nullptr;
    } else if (name == n.__dict__) {
        if (value.isEmpty()) raiseFormat(ts, ts.rt.types.TypeError, "cannot delete __dict__");
        if (!isKind(value, ObjKind::Dict))
            raiseFormat(ts, ts.rt.types.TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                        typeOf(ts, value)->name->data());
        f->dict = as<DictObject>(value);
    } else if (v == "__code__") {
        if (!isKind(value, ObjKind::Code))
            raiseFormat(ts, ts.rt.types.TypeError, "__code__ must be set to a code object");
        CodeObject* code = as<CodeObject>(value);
        int frees = f->closure ? static_cast<int>(f->closure->size) : 0;
        if (code->nfrees != frees)
            raiseFormat(ts, ts.rt.types.ValueError, "%s() requires a code object with %d free vars, not %d",
                        f->name->data(), frees, code->nfrees);
        f->code = code;
    } else if (v == "__globals__" || v == "__closure__" || v == "__builtins__") {
        raiseFormat(ts, ts.rt.types.AttributeError, "readonly attribute");
    } else {
        return false;
    }
    return true;
}

namespace {

Value nativeCall(ThreadState& ts, Value callable, Args args) {
    NativeFunctionObject* f = as<NativeFunctionObject>(callable);
    if (f->self.isEmpty() && f->owner) {
        // An unbound method taken from its type: the first argument is self.
        if (args.positionalCount() == 0)
            raiseFormat(ts, ts.rt.types.TypeError, "unbound method %s.%s() needs an argument", f->owner->name->data(),
                        f->name->data());
        if (!isInstance(ts, args[0], f->owner))
            raiseFormat(ts, ts.rt.types.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        f->name->data(), f->owner->name->data(), typeOf(ts, args[0])->name->data());
        return f->fn(ts, args[0], Args{args.values + 1, args.count - 1, args.kwnames});
    }
    return f->fn(ts, f->self, args);
}

StrObject* nativeRepr(ThreadState& ts, Value v) {
    NativeFunctionObject* f = as<NativeFunctionObject>(v);
    // A module's own functions carry the module as self, as in CPython, and
    // show as plain functions.
    if (!f->self.isEmpty() && !isKind(f->self, ObjKind::Module)) {
        std::string owner(typeName(ts, f->self));
        char buf[256];
        std::snprintf(buf, sizeof buf, "<built-in method %s of %s object at %p>", f->name->data(), owner.c_str(),
                      static_cast<void*>(f->self.objectOrNull()));
        return newStr(ts, buf);
    }
    if (f->owner) {
        char buf[256];
        std::snprintf(buf, sizeof buf, "<method '%s' of '%s' objects>", f->name->data(), f->owner->name->data());
        return newStr(ts, buf);
    }
    std::string out = "<built-in function ";
    out += f->name->view();
    out += ">";
    return newStr(ts, out);
}

bool nativeGetAttr(ThreadState& ts, Value obj, StrObject* name, Value& out) {
    NativeFunctionObject* f = as<NativeFunctionObject>(obj);
    if (name == ts.rt.names.__name__ || name == ts.rt.names.__qualname__) out = Value::object(f->name);
    else if (name->view() == "__self__") out = f->self.isEmpty() ? Value::none() : f->self;
    else if (name == ts.rt.names.__doc__) out = Value::none();
    else return false;
    return true;
}

Value methodCall(ThreadState& ts, Value callable, Args args) {
    BoundMethodObject* m = as<BoundMethodObject>(callable);
    return callWithSelf(ts, m->function, m->self, args);
}

StrObject* methodRepr(ThreadState& ts, Value v) {
    BoundMethodObject* m = as<BoundMethodObject>(v);
    std::string out = "<bound method ";
    Value qualname;
    if (getAttrOpt(ts, m->function, ts.rt.names.__qualname__, qualname) && isKind(qualname, ObjKind::Str))
        out += as<StrObject>(qualname)->view();
    out += " of ";
    out += repr(ts, m->self)->view();
    out += ">";
    return newStr(ts, out);
}

bool methodGetAttr(ThreadState& ts, Value obj, StrObject* name, Value& out) {
    BoundMethodObject* m = as<BoundMethodObject>(obj);
    if (name->view() == "__self__") out = m->self;
    else if (name->view() == "__func__") out = m->function;
    else return getAttrOpt(ts, m->function, name, out);
    return true;
}

Value methodCompare(ThreadState& ts, CompareOperator op, Value a, Value b) {
    if ((op != CompareOperator::EQ && op != CompareOperator::NE) || !isKind(b, ObjKind::BoundMethod))
        return ts.rt.notImplemented;
    BoundMethodObject* x = as<BoundMethodObject>(a);
    BoundMethodObject* y = as<BoundMethodObject>(b);
    bool eq = x->function.identical(y->function) && x->self.identical(y->self);
    return Value::boolean(op == CompareOperator::EQ ? eq : !eq);
}

StrObject* cellRepr(ThreadState& ts, Value v) {
    return formatWithAddress(ts, "<cell at %2$p: %1$s>", "", v.asObject());
}

StrObject* moduleRepr(ThreadState& ts, Value v) {
    ModuleObject* m = as<ModuleObject>(v);
    std::string out = "<module '";
    out += m->name ? m->name->view() : "?";
    out += "'";
    Value file = m->dict ? dictGetStr(m->dict, ts.rt.names.__file__) : Value();
    if (isKind(file, ObjKind::Str)) {
        out += " from '";
        out += as<StrObject>(file)->view();
        out += "'>";
    } else {
        out += " (built-in)>";
    }
    return newStr(ts, out);
}

} // namespace

void initObjectAndTypeTypes(ThreadState& ts) {
    BuiltinTypes& t = ts.rt.types;
    t.object->slots.hash = identityHash;
    t.object->construct = objectConstruct;
    t.object->slots.repr = objectRepr;
    defineMethod(ts, t.object, "__init__", objectInitMethod);
    dictSetStr(ts, t.object->dict, "__new__", Value::object(newNative(ts, "__new__", objectNewMethod)));
    defineMethod(ts, t.object, "__setattr__", objectSetattrMethod);
    defineMethod(ts, t.object, "__delattr__", objectDelattrMethod);
    defineMethod(ts, t.object, "__repr__", objectReprMethod);
    dictSetStr(ts, t.object->dict, "__init_subclass__",
               Value::object(newMethodWrapper(ts, t.classmethod, Value::object(newNative(ts, "__init_subclass__",
                                                                                  objectInitSubclassMethod)))));
    defineMethod(ts, t.object, "__str__", objectStrMethod);
    defineMethod(ts, t.object, "__format__", objectFormatMethod);
    t.type->construct = typeConstruct;
    dictSetStr(ts, t.type->dict, "__new__", Value::object(newNative(ts, "__new__", typeNewMethod)));
    defineMethod(ts, t.type, "__init__", typeInitMethod);
    t.type->slots.repr = typeRepr;
    t.type->slots.hash = identityHash;
    t.type->slots.call = typeCall;
    t.type->slots.getAttr = typeGetAttr;
    t.none->slots.repr = noneRepr;
    t.none->slots.hash = noneHash;
    t.none->slots.truthy = noneTruthy;
    for (TypeObject* s : {t.notImplementedType, t.ellipsisType}) {
        s->slots.repr = singletonRepr;
        s->slots.hash = identityHash;
    }
}

void initFunctionTypes(ThreadState& ts) {
    BuiltinTypes& t = ts.rt.types;
    t.function->slots = TypeSlots{};
    t.function->slots.call = functionCall;
    t.function->slots.repr = functionRepr;
    t.function->slots.hash = identityHash;
    t.function->slots.getAttr = functionGetAttr;
    t.builtinFunction->slots.call = nativeCall;
    t.builtinFunction->slots.repr = nativeRepr;
    t.builtinFunction->slots.hash = identityHash;
    t.builtinFunction->slots.getAttr = nativeGetAttr;
    t.method->slots.call = methodCall;
    t.method->slots.repr = methodRepr;
    t.method->slots.hash = identityHash;
    t.method->slots.getAttr = methodGetAttr;
    t.method->slots.compare = methodCompare;
    t.cell->slots.repr = cellRepr;
    t.code->slots.hash = identityHash;
    t.module->slots.repr = moduleRepr;
    t.module->slots.hash = identityHash;
    t.traceback->slots.hash = identityHash;
}

} // namespace spindle
