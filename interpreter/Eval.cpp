// Eval.cpp — the bytecode interpreter loop.
//
// Invariants of the loop (read these before changing anything below):
//
//  1. `pc` points at the word after the instruction being executed (plus its aux
//     words once they are consumed); `sp` at the first free value-stack slot.
//     Both live in registers and are written back to the frame by SAVE() before
//     anything that can call out, raise, or reach a safepoint: the collector marks
//     each frame's slots up to frame->sp, and tracebacks read frame->pc.
//  2. Python-to-Python calls do not recurse in C++: CALL pushes a frame and the
//     loop continues in it; RETURN_VALUE pops it. Only an entry frame (isEntry,
//     pushed by evalFrame's caller) returns out of this function.
//  3. The collector runs only at safepoints — function entry and JUMP_BACKWARD —
//     when the eval breaker is set. Between safepoints raw Values in C++ locals are
//     safe; across a call into native code they are not (the native code may call
//     back into Python), which is why every such call happens with its arguments
//     still on the value stack.
//  4. Native code raises by throwing PyThrow (ts.raised holds the exception). The
//     catch handler at the bottom routes it to the same unwinder that `raise` uses.
//  5. Each instruction's handler ends with NEXT(): fetch, decode, jump through the
//     computed-goto table generated from SPINDLE_OPCODES. A computed goto runs no
//     destructors, so a handler's locals that have one (Handle, std::string, ...)
//     live in an inner block that closes before NEXT(); a Handle left behind
//     stays registered as a root and points at a dead stack slot.
#include "interpreter/CallFrames.h"
#include "interpreter/Generators.h"
#include "interpreter/Interpreter.h"
#include "runtime/BigInt.h"
#include "runtime/IntOps.h"
#include "runtime/Threads.h"
#include "runtime/types/Containers.h"

#include <new>
#include <string>
#include <vector>

namespace spindle {

using intops::addSmall;
using intops::floorDivSmall;
using intops::modSmall;
using intops::mulSmall;
using intops::negSmall;
using intops::subSmall;

namespace {

// Slow paths kept out of the loop body so the hot handlers stay small.
SPINDLE_NOINLINE void handleEvalBreaker(ThreadState& ts) {
    Runtime& rt = ts.rt;
    uint32_t bits = rt.evalBreaker.exchange(0, std::memory_order_acquire);
    if (bits & kBreakGcRequest) rt.heap.collect();
    if (bits & kBreakGilDropRequest) rt.gil.yieldToWaiter(&ts);
    // A pending interrupt is the main thread's; another thread that sees the
    // signal bit leaves it (the main thread checks the flag when it runs).
    if (bits & (kBreakSignal | kBreakGilDropRequest)) checkInterrupt(ts);
}

SPINDLE_NOINLINE SPINDLE_NORETURN void raiseUnboundLocal(ThreadState& ts, CodeObject* code, uint32_t index) {
    raiseFormat(ts, ts.rt.types.UnboundLocalError,
                "cannot access local variable '%s' where it is not associated with a value",
                code->varnames[index]->data());
}

SPINDLE_NOINLINE SPINDLE_NORETURN void raiseUnboundDeref(ThreadState& ts, CodeObject* code, uint32_t index) {
    const CompiledCode& cc = *code->compiled;
    if (index < cc.cellvars.size())
        raiseFormat(ts, ts.rt.types.UnboundLocalError,
                    "cannot access local variable '%s' where it is not associated with a value",
                    cc.cellvars[index].c_str());
    raiseFormat(ts, ts.rt.types.NameError,
                "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                cc.freevars[index - cc.cellvars.size()].c_str());
}

SPINDLE_NOINLINE SPINDLE_NORETURN void raiseNameError(ThreadState& ts, StrObject* name) {
    raiseFormat(ts, ts.rt.types.NameError, "name '%s' is not defined", name->data());
}

// Globals with an inline cache keyed on the dicts' versions. A hit reads the
// value through the cached entry index, so rebinding an existing global (which
// does not change the version) is still seen.
SPINDLE_NOINLINE Value loadGlobalSlow(ThreadState& ts, Frame* frame, StrObject* name, InlineCache& cache) {
    DictObject* globals = frame->globals;
    DictObject* builtins = frame->builtins;
    int64_t hash = hashStr(name);
    int64_t idx = globals->table.findStr(name, hash);
    if (idx >= 0) {
        cache.owner = globals;
        cache.version = globals->table.version();
        cache.owner2 = nullptr;
        cache.index = idx;
        return globals->table.entries()[static_cast<size_t>(idx)].value;
    }
    idx = builtins->table.findStr(name, hash);
    if (idx >= 0) {
        cache.owner = globals;
        cache.version = globals->table.version();
        cache.owner2 = builtins;
        cache.version2 = builtins->table.version();
        cache.index = idx;
        return builtins->table.entries()[static_cast<size_t>(idx)].value;
    }
    raiseNameError(ts, name);
}

SPINDLE_FORCEINLINE Value loadGlobal(ThreadState& ts, Frame* frame, StrObject* name, InlineCache& cache) {
    DictObject* globals = frame->globals;
    if (SPINDLE_LIKELY(cache.owner == globals && cache.version == globals->table.version())) {
        if (!cache.owner2) return globals->table.entries()[static_cast<size_t>(cache.index)].value;
        DictObject* builtins = static_cast<DictObject*>(cache.owner2);
        if (builtins == frame->builtins && cache.version2 == builtins->table.version())
            return builtins->table.entries()[static_cast<size_t>(cache.index)].value;
    }
    return loadGlobalSlow(ts, frame, name, cache);
}

Value loadName(ThreadState& ts, Frame* frame, StrObject* name) {
    if (frame->locals) {
        Value v = dictGetStr(frame->locals, name);
        if (!v.isEmpty()) return v;
    }
    Value v = dictGetStr(frame->globals, name);
    if (!v.isEmpty()) return v;
    v = dictGetStr(frame->builtins, name);
    if (!v.isEmpty()) return v;
    raiseNameError(ts, name);
}

// A function, or a builtin method not yet bound: what LOAD_METHOD and
// BEFORE_WITH leave beside its receiver instead of binding.
bool isPlainMethod(Value attr) {
    if (isKind(attr, ObjKind::Function)) return true;
    if (isKind(attr, ObjKind::NativeFunction)) {
        NativeFunctionObject* f = as<NativeFunctionObject>(attr);
        return f->owner && f->self.isEmpty();
    }
    return false;
}

// LOAD_METHOD: a plain function or builtin method found on the type is pushed
// unbound together with its receiver, so CALL_METHOD needs no bound-method object.
bool lookupMethod(ThreadState& ts, Value obj, StrObject* name, Value& method) {
    if (!obj.isObject()) {
        method = lookupInType(typeOf(ts, obj), name);
    } else {
        Object* o = obj.asObject();
        if (o->kind == ObjKind::Type || o->kind == ObjKind::Module || o->kind == ObjKind::Super) return false;
        if ((o->kind == ObjKind::Instance && static_cast<InstanceObject*>(o)->dict &&
             !dictGetStr(static_cast<InstanceObject*>(o)->dict, name).isEmpty()))
            return false;
        method = lookupInType(o->type, name);
    }
    return isPlainMethod(method);
}

// A special method (__enter__, __exit__) is looked up on the type alone, never
// on the instance or through __getattr__ (CPython's _PyObject_LookupSpecial).
// A plain method comes back unbound with `self` = obj; anything else is bound
// through the descriptor protocol and `self` is left empty.
bool lookupSpecialMethod(ThreadState& ts, Value obj, StrObject* name, Value& method, Value& self) {
    TypeObject* type = typeOf(ts, obj);
    Value attr = lookupInType(type, name);
    if (attr.isEmpty()) return false;
    if (isPlainMethod(attr)) {
        method = attr;
        self = obj;
    } else {
        method = bindAttribute(ts, attr, obj, type);
        self = Value();
    }
    return true;
}

// Unpack any iterable into a new list, with CPython's messages. The list is
// returned unrooted: the caller copies the items out before the next safepoint.
// While iterating (which may run Python code) it is held by a Handle.
SPINDLE_NOINLINE ListObject* unpackSlow(ThreadState& ts, Value seq, size_t before, size_t after, bool starred) {
    TypeObject* t = typeOf(ts, seq);
    if (!t->slots.iter && !t->slots.getItem)
        raiseFormat(ts, ts.rt.types.TypeError, "cannot unpack non-iterable %s object", t->name->data());
    ListObject* list = newList(ts);
    Handle keep(ts, Value::object(list));
    std::vector<Value>& out = list->items;
    Handle it(ts, getIter(ts, seq));
    Value item;
    while (iterNext(ts, it.get(), item)) {
        out.push_back(item);
        if (!starred && out.size() > before)
            raiseFormat(ts, ts.rt.types.ValueError, "too many values to unpack (expected %zu)", before);
    }
    if (!starred && out.size() < before)
        raiseFormat(ts, ts.rt.types.ValueError, "not enough values to unpack (expected %zu, got %zu)", before,
                    out.size());
    if (starred && out.size() < before + after)
        raiseFormat(ts, ts.rt.types.ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
                    before + after, out.size());
    return list;
}

StrObject* asciiOf(ThreadState& ts, Value v) {
    StrObject* r = repr(ts, v);
    if (r->isAscii()) return r;
    std::string out;
    std::string_view s = r->view();
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
            i++;
            continue;
        }
        int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        uint32_t cp = c & (0x3F >> (len - 1));
        for (int k = 1; k < len && i + k < s.size(); k++) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        char buf[16];
        if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
        else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
        else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
        out += buf;
        i += static_cast<size_t>(len);
    }
    return newStr(ts, out);
}

bool exceptionMatches(ThreadState& ts, Value exc, Value type) {
    if (isKind(type, ObjKind::Tuple)) {
        TupleObject* t = as<TupleObject>(type);
        for (size_t i = 0; i < t->size; i++)
            if (exceptionMatches(ts, exc, t->items()[i])) return true;
        return false;
    }
    if (!isKind(type, ObjKind::Type) || !isSubtype(as<TypeObject>(type), ts.rt.types.BaseException))
        raiseError(ts, ts.rt.types.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return isInstance(ts, exc, as<TypeObject>(type));
}

// Instantiate `raise X` where X is a class; check it is an exception.
Value normaliseRaised(ThreadState& ts, Value exc) {
    if (isKind(exc, ObjKind::Type) && isSubtype(as<TypeObject>(exc), ts.rt.types.BaseException)) exc = call0(ts, exc);
    if (!isKind(exc, ObjKind::Exception))
        raiseError(ts, ts.rt.types.TypeError, "exceptions must derive from BaseException");
    return exc;
}

void addTraceback(ThreadState& ts, ExceptionObject* exc, Frame* frame, const uint32_t* pc) {
    TracebackObject* tb = ts.rt.heap.make<TracebackObject>(ts.rt.types.traceback, 0);
    tb->code = frame->code;
    size_t offset = static_cast<size_t>(pc - frame->code->code) - 1;
    const std::vector<int>& lines = frame->code->compiled->lines;
    tb->line = offset < lines.size() ? lines[offset] : frame->code->compiled->firstLine;
    tb->next = exc->traceback;
    exc->traceback = tb;
}

const ExceptionTableEntry* findHandler(CodeObject* code, const uint32_t* pc) {
    uint32_t offset = static_cast<uint32_t>(pc - code->code) - 1;
    for (const ExceptionTableEntry& e : code->compiled->exceptionTable)
        if (offset >= e.start && offset < e.end) return &e;
    return nullptr;
}

// How CPython names a callable in call errors: "__main__.A.m()", "print()"
// (the module is left out for builtins), "'X' object" without a __qualname__.
std::string callableDisplayName(ThreadState& ts, Value callee) {
    Value qualname;
    if (!getAttrOpt(ts, callee, ts.rt.names.__qualname__, qualname) || !isKind(qualname, ObjKind::Str))
        return std::string(typeName(ts, callee)) + " object";
    std::string name(as<StrObject>(qualname)->view());
    Value module;
    if (getAttrOpt(ts, callee, ts.rt.names.__module__, module) && isKind(module, ObjKind::Str) &&
        as<StrObject>(module)->view() != "builtins")
        name = std::string(as<StrObject>(module)->view()) + "." + name;
    return name + "()";
}

// CALL_FUNCTION_EX: base[0] = callable, base[1] = positional iterable,
// base[2] = kwargs mapping (if hasKw). Returns one tuple holding every argument
// value (positional, then keyword) and stores it in base[1], with the keyword
// names in base[2], so everything stays rooted on the value stack.
TupleObject* buildCallFromEx(ThreadState& ts, Value* base, bool hasKw, TupleObject*& kwnames) {
    Value callee = base[0];
    kwnames = nullptr;
    if (!hasKw && isKind(base[1], ObjKind::Tuple)) return as<TupleObject>(base[1]); // f(*t): as it is
    ListObject* all = newList(ts);
    Handle keep(ts, Value::object(all));
    if (!typeOf(ts, base[1])->slots.iter && !typeOf(ts, base[1])->slots.getItem)
        raiseFormat(ts, ts.rt.types.TypeError, "%s argument after * must be an iterable, not %s",
                    callableDisplayName(ts, callee).c_str(), typeOf(ts, base[1])->name->data());
    forEach(ts, base[1], [&](Value v) {
        all->items.push_back(v);
        return true;
    });
    kwnames = nullptr;
    if (hasKw) {
        if (!isKind(base[2], ObjKind::Dict))
            raiseFormat(ts, ts.rt.types.TypeError, "%s argument after ** must be a mapping, not %s",
                        callableDisplayName(ts, callee).c_str(), typeOf(ts, base[2])->name->data());
        DictObject* d = as<DictObject>(base[2]);
        kwnames = newTuple(ts, d->table.size());
        size_t k = 0;
        for (const HashEntry& e : d->table.entries()) {
            if (e.key.isEmpty()) continue;
            if (!isKind(e.key, ObjKind::Str)) raiseError(ts, ts.rt.types.TypeError, "keywords must be strings");
            kwnames->items()[k++] = e.key;
            all->items.push_back(e.value);
        }
    }
    TupleObject* argv = newTuple(ts, all->items.size());
    for (size_t i = 0; i < all->items.size(); i++) argv->items()[i] = all->items[i];
    base[1] = Value::object(argv);
    if (hasKw) base[2] = Value::object(kwnames);
    return argv;
}

} // namespace

Value evalFrame(ThreadState& ts, Frame* entry, bool raiseFirst) {
    Runtime& rt = ts.rt;
    Frame* frame = entry;
    const uint32_t* pc = frame->pc;
    Value* sp = frame->sp;
    Value* fast = frame->fast();
    CodeObject* code = frame->code;
    uint32_t word = 0;
    // False while re-raising an exception that already carries this frame's
    // traceback entry (RERAISE and bare `raise`).
    bool freshRaise = true;

    static void* const dispatch[256] = {
#define SPINDLE_DISPATCH_LABEL(name, aux) &&op_##name,
        SPINDLE_OPCODES(SPINDLE_DISPATCH_LABEL)
#undef SPINDLE_DISPATCH_LABEL
    };

#define NEXT()                                  \
    do {                                        \
        word = *pc++;                           \
        goto* dispatch[word & 0xff];            \
    } while (0)
#define ARG (word >> 8)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define SAVE() (frame->pc = pc, frame->sp = sp)
#define LOAD_FRAME_STATE()       \
    do {                         \
        pc = frame->pc;          \
        sp = frame->sp;          \
        fast = frame->fast();    \
        code = frame->code;      \
    } while (0)
#define SAFEPOINT()                                                                              \
    do {                                                                                         \
        if (SPINDLE_UNLIKELY(rt.evalBreaker.load(std::memory_order_relaxed) != 0)) {             \
            SAVE();                                                                              \
            handleEvalBreaker(ts);                                                               \
        }                                                                                        \
    } while (0)
// Raise the exception in ts.raised from inside the loop, without a C++ throw.
#define RAISE() goto exception_unwind

    if (SPINDLE_UNLIKELY(raiseFirst)) goto exception_unwind;

    for (;;) {
        try {
            SAFEPOINT();
            NEXT();

#include "interpreter/EvalOps.inc"

        } catch (const PyThrow&) {
            // Fall through to the unwinder with ts.raised set.
        } catch (const std::bad_alloc&) {
            // An operation asked for more memory than the system gives (a huge
            // string, list or format width): MemoryError, as in CPython. The
            // exception object itself is small enough to allocate.
            ts.raised = Value::object(newMemoryError(ts));
        }

    exception_unwind : {
        // Attach the traceback entry for this frame and chain the context, then
        // look for a handler here or in the callers up to the entry frame.
        SPINDLE_ASSERT(!ts.raised.isEmpty());
        ExceptionObject* exc = as<ExceptionObject>(ts.raised);
        if (freshRaise) {
            // Implicit chaining: an exception raised while another is handled
            // records it as __context__ (unless that would make a cycle).
            if (isKind(ts.handled, ObjKind::Exception) && !ts.handled.identical(ts.raised) && exc->context.isNone()) {
                bool cycle = false;
                for (Value c = ts.handled; isKind(c, ObjKind::Exception); c = as<ExceptionObject>(c)->context)
                    if (c.identical(ts.raised)) cycle = true;
                if (!cycle) exc->context = ts.handled;
            }
            addTraceback(ts, exc, frame, pc);
        }
        freshRaise = true;
        for (;;) {
            const ExceptionTableEntry* h = findHandler(frame->code, pc);
            if (h) {
                sp = frame->stackBase() + h->depth;
                if (h->pushLasti) PUSH(Value::integer(pc - frame->code->code - 1));
                PUSH(ts.raised);
                ts.raised = Value();
                pc = frame->code->code + h->target;
                fast = frame->fast();
                code = frame->code;
                break;
            }
            bool wasEntry = frame->isEntry;
            Frame* previous = frame->previous;
            popFrame(ts, frame);
            if (wasEntry) throw PyThrow{};
            frame = previous;
            LOAD_FRAME_STATE();
            addTraceback(ts, exc, frame, pc);
        }
    }
    }
#undef NEXT
#undef ARG
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef SAVE
#undef LOAD_FRAME_STATE
#undef SAFEPOINT
#undef RAISE
}

} // namespace spindle
