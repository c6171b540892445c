// Exceptions.cpp — BaseException and its subclasses, and the raising helpers of
// Errors.h.
#include "runtime/Errors.h"
#include "runtime/Ops.h"
#include "runtime/types/TypeInit.h"

#include <cstdarg>
#include <string>

namespace spindle {

ExceptionObject* newExceptionArgs(ThreadState& ts, TypeObject* type, TupleObject* args) {
    ExceptionObject* e = ts.rt.heap.make<ExceptionObject>(type, 0);
    e->args = args;
    e->cause = Value::none();
    e->context = Value::none();
    return e;
}

ExceptionObject* newException(ThreadState& ts, TypeObject* type, std::string_view message) {
    TupleObject* args = newTuple(ts, 1);
    args->items()[0] = strValue(ts, message);
    return newExceptionArgs(ts, type, args);
}

void raise(ThreadState& ts, Value exception) {
    if (isKind(exception, ObjKind::Type) && isSubtype(as<TypeObject>(exception), ts.rt.types.BaseException)) {
        exception = call0(ts, exception);
    }
    if (!isKind(exception, ObjKind::Exception))
        raiseError(ts, ts.rt.types.TypeError, "exceptions must derive from BaseException");
    ts.raised = exception;
    throw PyThrow{};
}

void raiseError(ThreadState& ts, TypeObject* type, std::string_view message) {
    ts.raised = Value::object(newException(ts, type, message));
    throw PyThrow{};
}

ExceptionObject* newMemoryError(ThreadState& ts) {
    ExceptionObject* e = newException(ts, ts.rt.types.MemoryError, "");
    e->args = as<TupleObject>(ts.rt.emptyTuple);
    return e;
}

void raiseMemoryError(ThreadState& ts) {
    ts.raised = Value::object(newMemoryError(ts));
    throw PyThrow{};
}

void raiseFormat(ThreadState& ts, TypeObject* type, const char* fmt, ...) {
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = std::vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if (static_cast<size_t>(n) < sizeof small) raiseError(ts, type, std::string_view(small, static_cast<size_t>(n)));
    std::string big(static_cast<size_t>(n) + 1, '\0');
    va_start(ap, fmt);
    std::vsnprintf(big.data(), big.size(), fmt, ap);
    va_end(ap);
    big.pop_back();
    raiseError(ts, type, big);
}

void raiseTypeMismatch(ThreadState& ts, const char* what, Value got) {
    std::string name(typeName(ts, got));
    raiseFormat(ts, ts.rt.types.TypeError, "%s, not %s", what, name.c_str());
}

void raiseBinaryTypeError(ThreadState& ts, const char* symbol, Value a, Value b) {
    std::string ta(typeName(ts, a)), tb(typeName(ts, b));
    raiseFormat(ts, ts.rt.types.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", symbol, ta.c_str(),
                tb.c_str());
}

void checkNoKeywords(ThreadState& ts, const char* name, Args args) {
    if (args.keywordCount()) raiseFormat(ts, ts.rt.types.TypeError, "%s() takes no keyword arguments", name);
}

void checkArgCount(ThreadState& ts, const char* name, Args args, size_t min, size_t max) {
    checkNoKeywords(ts, name, args);
    size_t n = args.count;
    if (n >= min && n <= max) return;
    TypeObject* te = ts.rt.types.TypeError;
    if (min == max) {
        if (max == 0) raiseFormat(ts, te, "%s() takes no arguments (%zu given)", name, n);
        if (max == 1) raiseFormat(ts, te, "%s() takes exactly one argument (%zu given)", name, n);
        raiseFormat(ts, te, "%s expected %zu arguments, got %zu", name, max, n);
    }
    if (n < min) raiseFormat(ts, te, "%s expected at least %zu argument%s, got %zu", name, min, min == 1 ? "" : "s", n);
    raiseFormat(ts, te, "%s expected at most %zu argument%s, got %zu", name, max, max == 1 ? "" : "s", n);
}

Value takeRaised(ThreadState& ts) {
    Value v = ts.raised;
    ts.raised = Value();
    return v;
}

bool swallowRaised(ThreadState& ts, TypeObject* type) {
    if (!isInstance(ts, ts.raised, type)) return false;
    takeRaised(ts);
    return true;
}

// ---- the exception types ----------------------------------------------------------

namespace {

Value exceptionConstruct(ThreadState& ts, TypeObject* type, Args args) {
    if (args.keywordCount())
        raiseFormat(ts, ts.rt.types.TypeError, "%s() takes no keyword arguments", type->name->data());
    TupleObject* t = newTuple(ts, args.count);
    for (size_t i = 0; i < args.count; i++) t->items()[i] = args[i];
    return Value::object(newExceptionArgs(ts, type, t));
}

StrObject* exceptionStr(ThreadState& ts, Value v) {
    ExceptionObject* e = as<ExceptionObject>(v);
    TupleObject* args = e->args;
    if (!args || args->size == 0) return as<StrObject>(ts.rt.emptyStr);
    if (args->size == 1) {
        // KeyError shows its key as repr: KeyError: 'x'.
        if (isSubtype(e->type, ts.rt.types.KeyError)) return repr(ts, args->items()[0]);
        return toStr(ts, args->items()[0]);
    }
    if (isSubtype(e->type, ts.rt.types.OSError) && e->dict) {
        Value text = dictGetStr(e->dict, intern(ts, "_str"));
        if (!text.isEmpty()) return as<StrObject>(text);
    }
    if (isSubtype(e->type, ts.rt.types.SyntaxError) && e->dict) {
        // "invalid syntax (bad.py, line 3)": the file's base name, as CPython.
        Value msg = dictGetStr(e->dict, intern(ts, "msg"));
        Value file = dictGetStr(e->dict, intern(ts, "filename"));
        Value line = dictGetStr(e->dict, intern(ts, "lineno"));
        if (isKind(msg, ObjKind::Str) && isKind(file, ObjKind::Str) && line.isInt()) {
            std::string_view path = as<StrObject>(file)->view();
            size_t slash = path.rfind('/');
            std::string text = std::string(as<StrObject>(msg)->view()) + " (" +
                               std::string(slash == std::string_view::npos ? path : path.substr(slash + 1)) +
                               ", line " + std::to_string(line.asInt()) + ")";
            return newStr(ts, text);
        }
    }
    return repr(ts, Value::object(args));
}

StrObject* exceptionRepr(ThreadState& ts, Value v) {
    ExceptionObject* e = as<ExceptionObject>(v);
    std::string out(e->type->name->view());
    TupleObject* args = e->args;
    if (args && args->size == 1) {
        out += "(";
        out += repr(ts, args->items()[0])->view();
        out += ")";
    } else if (args && args->size > 1) {
        out += repr(ts, Value::object(args))->view();
    } else {
        out += "()";
    }
    return newStr(ts, out);
}

Value firstArgOrNone(ExceptionObject* e) {
    return e->args && e->args->size > 0 ? e->args->items()[0] : Value::none();
}

bool exceptionGetAttr(ThreadState& ts, Value obj, StrObject* name, Value& out) {
    ExceptionObject* e = as<ExceptionObject>(obj);
    const CommonNames& n = ts.rt.names;
    if (name == n.args) out = e->args ? Value::object(e->args) : ts.rt.emptyTuple;
    else if (name == n.__traceback__) out = e->traceback ? Value::object(e->traceback) : Value::none();
    else if (name == n.__cause__) out = e->cause;
    else if (name == n.__context__) out = e->context;
    else if (name == n.__suppress_context__) out = Value::boolean(e->suppressContext);
    else if (name == n.code && isSubtype(e->type, ts.rt.types.SystemExit)) {
        // SystemExit(): code None; SystemExit(x): x; SystemExit(a, b): the tuple.
        out = e->args && e->args->size > 1 ? Value::object(e->args) : firstArgOrNone(e);
    } else if (name == n.value && isSubtype(e->type, ts.rt.types.StopIteration)) {
        out = firstArgOrNone(e);
    } else {
        return false;
    }
    return true;
}

Value exceptionWithTraceback(ThreadState& ts, Value self, Args args) {
    checkArgCount(ts, "with_traceback", args, 1, 1);
    ExceptionObject* e = as<ExceptionObject>(self);
    e->traceback = isKind(args[0], ObjKind::Traceback) ? as<TracebackObject>(args[0]) : nullptr;
    return self;
}

// BaseException.__init__(self, *args): what super().__init__(message) reaches.
Value exceptionInitMethod(ThreadState& ts, Value self, Args args) {
    checkNoKeywords(ts, "BaseException.__init__", args);
    TupleObject* t = newTuple(ts, args.count);
    for (size_t i = 0; i < args.count; i++) t->items()[i] = args[i];
    as<ExceptionObject>(self)->args = t;
    return Value::none();
}

Value exceptionStrMethod(ThreadState& ts, Value self, Args args) {
    checkArgCount(ts, "__str__", args, 0, 0);
    return Value::object(exceptionStr(ts, self));
}

Value exceptionReprMethod(ThreadState& ts, Value self, Args args) {
    checkArgCount(ts, "__repr__", args, 0, 0);
    return Value::object(exceptionRepr(ts, self));
}

int64_t identityHash(ThreadState&, Value v) {
    return static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.asObject()) >> 4);
}

} // namespace

// Exception attribute stores that land in fields rather than the dict.
bool setExceptionField(ThreadState& ts, ExceptionObject* e, StrObject* name, Value value) {
    const CommonNames& n = ts.rt.names;
    if (name == n.__cause__) {
        e->cause = value;
        e->suppressContext = true;
    } else if (name == n.__context__) {
        e->context = value;
    } else if (name == n.__suppress_context__) {
        e->suppressContext = truthy(ts, value);
    } else if (name == n.__traceback__) {
        e->traceback = isKind(value, ObjKind::Traceback) ? as<TracebackObject>(value) : nullptr;
    } else if (name == n.args) {
        TupleObject* t = newTuple(ts, 0);
        if (isKind(value, ObjKind::Tuple)) t = as<TupleObject>(value);
        e->args = t;
    } else {
        return false;
    }
    return true;
}

void initExceptionTypes(ThreadState& ts) {
    BuiltinTypes& t = ts.rt.types;
    TypeObject* base = t.BaseException;
    base->slots.repr = exceptionRepr;
    base->slots.str = exceptionStr;
    base->slots.getAttr = exceptionGetAttr;
    base->slots.hash = identityHash;
    base->construct = exceptionConstruct;
    defineMethod(ts, base, "with_traceback", exceptionWithTraceback);
    defineMethod(ts, base, "__init__", exceptionInitMethod);
    defineMethod(ts, base, "__str__", exceptionStrMethod);
    defineMethod(ts, base, "__repr__", exceptionReprMethod);
    // Every subclass was created before the base had behaviour: share it now.
#define SPINDLE_EXC_SLOTS(name, b)      \
    t.name->slots = base->slots;        \
    t.name->construct = base->construct;
    SPINDLE_EXCEPTION_TYPES(SPINDLE_EXC_SLOTS)
#undef SPINDLE_EXC_SLOTS
}

} // namespace spindle
