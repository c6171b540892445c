#include "runtime/Runtime.h"

#include "runtime/Ops.h"
#include "runtime/ThreadState.h"
#include "runtime/types/TypeInit.h"

#include <cstdio>
#include <sys/stat.h>

namespace spindle {

void defineIteratorBuiltins(ThreadState& ts); // runtime/types/IteratorType.cpp

Runtime::Runtime() {
    // Default host hooks: the process's standard streams. Hosts replace them.
    hooks.write = [](int stream, std::string_view text) {
        std::fwrite(text.data(), 1, text.size(), stream == 2 ? stderr : stdout);
    };
    hooks.flush = [](int stream) { std::fflush(stream == 2 ? stderr : stdout); };
    hooks.readLine = [](std::string& line) {
        line.clear();
        int c;
        while ((c = std::fgetc(stdin)) != EOF) {
            line.push_back(static_cast<char>(c));
            if (c == '\n') break;
        }
        return !line.empty();
    };
    hooks.readModule = [](const std::string& path, std::string& source) {
        struct stat info;
        if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return false;
        std::FILE* f = std::fopen(path.c_str(), "rb");
        if (!f) return false;
        source.clear();
        char buf[8192];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) source.append(buf, n);
        std::fclose(f);
        return true;
    };
}

Runtime::~Runtime() = default;

void Runtime::interruptMain() {
    interruptPending.store(true, std::memory_order_release);
    evalBreaker.fetch_or(kBreakSignal, std::memory_order_release);
    ThreadState* main = mainThread;
    if (!main) return;
    std::lock_guard<std::mutex> lock(main->waitMutex);
    if (main->waitingCv) {
        // Take the waited-on mutex so the notification cannot slip in between
        // the waiter's predicate check and its sleep.
        std::lock_guard<std::mutex> waitLock(*main->waitingMutex);
        main->waitingCv->notify_all();
    }
}

namespace {

TypeObject* allocType(Runtime& rt, ObjKind instanceKind) {
    TypeObject* t = rt.heap.make<TypeObject>(rt.types.type, 0);
    t->instanceKind = instanceKind;
    return t;
}

// Fill name, bases, MRO and dict of a type created before strings existed.
void finishType(ThreadState& ts, TypeObject* t, std::string_view name, TypeObject* base) {
    Runtime& rt = ts.rt;
    t->type = rt.types.type;
    t->name = intern(ts, name);
    t->qualname = t->name;
    t->base = base;
    attachTypeDict(ts, t);
    TupleObject* bases = newTuple(ts, base ? 1 : 0);
    if (base) bases->items()[0] = Value::object(base);
    t->bases = bases;
    size_t depth = 1;
    for (TypeObject* b = base; b; b = b->base) depth++;
    TupleObject* mro = newTuple(ts, depth);
    size_t i = 0;
    for (TypeObject* b = t; b; b = b->base) mro->items()[i++] = Value::object(b);
    t->mro = mro;
    if (base) t->slots = base->slots; // builtin subclasses inherit behaviour
}

} // namespace

void Runtime::initialize(ThreadState& ts) {
    initialized = true;
    // 1. Type objects first, nameless: strings, tuples and dicts need their types.
#define SPINDLE_ALLOC_TYPE(field, name, kind) types.field = allocType(*this, ObjKind::kind);
    SPINDLE_CORE_TYPES(SPINDLE_ALLOC_TYPE)
#undef SPINDLE_ALLOC_TYPE
    types.type->type = types.type;

    // 2. Names, bases and MROs. bool derives from int; everything else from object.
#define SPINDLE_FINISH_TYPE(field, name, kind) \
    finishType(ts, types.field, name, types.field == types.object ? nullptr : types.object);
    SPINDLE_CORE_TYPES(SPINDLE_FINISH_TYPE)
#undef SPINDLE_FINISH_TYPE
    finishType(ts, types.bool_, "bool", types.int_);
    types.bool_->allowsSubclassing = false;

#define SPINDLE_NAME_INIT(n) names.n = intern(ts, #n);
    SPINDLE_COMMON_NAMES(SPINDLE_NAME_INIT)
#undef SPINDLE_NAME_INIT

    SingletonObject* ni = heap.make<SingletonObject>(types.notImplementedType, 0);
    notImplemented = Value::object(ni);
    SingletonObject* el = heap.make<SingletonObject>(types.ellipsisType, 0);
    ellipsis = Value::object(el);
    emptyTuple = Value::object(newTuple(ts, 0));
    emptyStr = Value::object(intern(ts, ""));

    // 3. The exception hierarchy.
#define SPINDLE_EXC_CREATE(name, base)                  \
    types.name = allocType(*this, ObjKind::Exception);  \
    finishType(ts, types.name, #name, types.base);
    SPINDLE_EXCEPTION_TYPES(SPINDLE_EXC_CREATE)
#undef SPINDLE_EXC_CREATE

    // 4. Behaviour of each type.
    initObjectAndTypeTypes(ts);
    initIntType(ts);
    initFloatType(ts);
    initStrType(ts);
    initBytesType(ts);
    initTupleType(ts);
    initListType(ts);
    initDictType(ts);
    initSetTypes(ts);
    initRangeAndSliceTypes(ts);
    initIteratorType(ts);
    initFunctionTypes(ts);
    initExceptionTypes(ts);
    initDescriptorTypes(ts);
    initFileType(ts);
    initGeneratorType(ts);
    initCodeType(ts);

    // 5. The builtins namespace: types, exceptions, then functions.
    builtins = newDict(ts);
    builtinsModule = heap.make<ModuleObject>(types.module, 0);
    builtinsModule->dict = builtins;
    builtinsModule->name = intern(ts, "builtins");
    dictSetStr(ts, builtins, "__name__", Value::object(builtinsModule->name));
    for (TypeObject* t : {types.object, types.type, types.int_, types.bool_, types.float_, types.str, types.bytes,
                          types.tuple, types.list, types.dict, types.set, types.frozenset, types.range, types.slice,
                          types.property, types.staticmethod, types.classmethod, types.super}) {
        dictSet(ts, builtins, Value::object(t->name), Value::object(t));
    }
#define SPINDLE_EXC_BUILTIN(cls, base) dictSet(ts, builtins, Value::object(types.cls->name), Value::object(types.cls));
    SPINDLE_EXCEPTION_TYPES(SPINDLE_EXC_BUILTIN)
#undef SPINDLE_EXC_BUILTIN
    dictSetStr(ts, builtins, "None", Value::none());
    dictSetStr(ts, builtins, "True", Value::boolean(true));
    dictSetStr(ts, builtins, "False", Value::boolean(false));
    dictSetStr(ts, builtins, "NotImplemented", notImplemented);
    dictSetStr(ts, builtins, "Ellipsis", ellipsis);
    initBuiltinsModule(ts);
    defineIteratorBuiltins(ts);

    modules = newDict(ts);
    dictSetStr(ts, modules, "builtins", Value::object(builtinsModule));
}

void Runtime::markRoots(Heap& h) {
#define SPINDLE_MARK_TYPE(field, name, kind) h.mark(types.field);
    SPINDLE_CORE_TYPES(SPINDLE_MARK_TYPE)
#undef SPINDLE_MARK_TYPE
#define SPINDLE_MARK_EXC(name, base) h.mark(types.name);
    SPINDLE_EXCEPTION_TYPES(SPINDLE_MARK_EXC)
#undef SPINDLE_MARK_EXC
#define SPINDLE_MARK_NAME(n) h.mark(names.n);
    SPINDLE_COMMON_NAMES(SPINDLE_MARK_NAME)
#undef SPINDLE_MARK_NAME
    for (TypeObject* t : iteratorTypes) h.mark(t);
    for (TypeObject* t : dictViewTypes) h.mark(t);
    h.mark(strAsciiIteratorType);
    for (const HashEntry& e : interned.entries()) h.mark(e.key);
    h.mark(builtins);
    h.mark(builtinsModule);
    h.mark(modules);
    h.mark(sysModule);
    h.mark(notImplemented);
    h.mark(ellipsis);
    h.mark(emptyTuple);
    h.mark(emptyStr);
    for (Value* v : persistentRoots) h.mark(*v);
    std::lock_guard<std::mutex> lock(threadsMutex); // threads register without the GIL
    for (ThreadState* t : threads) t->markRoots(h);
}

} // namespace spindle
