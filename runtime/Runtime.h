// Runtime.h — the state of one VM.
//
// Everything mutable lives here or in a ThreadState, never in a global: a process
// may hold many Runtimes, each driven by its own threads under its own GIL.
//
// The runtime never writes to stdout/stderr or reads files itself. Output, input
// and (later) module source loading go through HostHooks, so the CLI, the REPL,
// the tests and embedders plug into the same engine.
#pragma once

#include "runtime/ExceptionTypes.h"
#include "runtime/Fiber.h"
#include "runtime/Gil.h"
#include "runtime/Heap.h"
#include "runtime/Objects.h"
#include "runtime/TypeAttributeCache.h"

#include <array>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace spindle {

struct ThreadState;
struct Frame;

// Builtin types: X(field, python name, instance kind).
#define SPINDLE_CORE_TYPES(X)                        \
    X(object, "object", Instance)                    \
    X(type, "type", Type)                            \
    X(none, "NoneType", Singleton)                   \
    X(notImplementedType, "NotImplementedType", Singleton) \
    X(ellipsisType, "ellipsis", Singleton)           \
    X(int_, "int", BigInt)                           \
    X(bool_, "bool", BigInt)                         \
    X(float_, "float", Singleton)                    \
    X(str, "str", Str)                               \
    X(bytes, "bytes", Bytes)                         \
    X(tuple, "tuple", Tuple)                         \
    X(list, "list", List)                            \
    X(dict, "dict", Dict)                            \
    X(set, "set", Set)                               \
    X(frozenset, "frozenset", Set)                   \
    X(range, "range", Range)                         \
    X(slice, "slice", Slice)                         \
    X(cell, "cell", Cell)                            \
    X(code, "code", Code)                            \
    X(function, "function", Function)                \
    X(builtinFunction, "builtin_function_or_method", NativeFunction) \
    X(method, "method", BoundMethod)                 \
    X(module, "module", Module)                      \
    X(traceback, "traceback", Traceback)             \
    X(iterator, "iterator", Iterator)                \
    X(property, "property", Property)                \
    X(staticmethod, "staticmethod", MethodWrapper)   \
    X(classmethod, "classmethod", MethodWrapper)     \
    X(super, "super", Super)                         \
    X(file, "TextIOWrapper", File)                   \
    X(generator, "generator", Generator)

struct BuiltinTypes {
#define SPINDLE_TYPE_FIELD(field, name, kind) TypeObject* field = nullptr;
    SPINDLE_CORE_TYPES(SPINDLE_TYPE_FIELD)
#undef SPINDLE_TYPE_FIELD
#define SPINDLE_EXC_FIELD(name, base) TypeObject* name = nullptr;
    SPINDLE_EXCEPTION_TYPES(SPINDLE_EXC_FIELD)
#undef SPINDLE_EXC_FIELD
};

// Interned identifiers the runtime uses by pointer (attribute names, dunders).
#define SPINDLE_COMMON_NAMES(X) \
    X(__init__) X(__new__) X(__name__) X(__qualname__) X(__module__) X(__doc__) \
    X(__dict__) X(__class__) X(__repr__) X(__str__) X(__hash__) X(__eq__)      \
    X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__) X(__len__) X(__bool__)   \
    X(__iter__) X(__next__) X(__getitem__) X(__setitem__) X(__delitem__)       \
    X(__contains__) X(__call__) X(__enter__) X(__exit__) X(__getattr__)        \
    X(__getattribute__) X(__setattr__) X(__delattr__) X(__index__) X(__int__)  \
    X(__float__) X(__format__) X(__builtins__) X(__main__) X(__file__)         \
    X(__neg__) X(__pos__) X(__abs__) X(__invert__) X(__classcell__) X(args)    \
    X(code) X(value) X(__traceback__) X(__cause__) X(__context__)             \
    X(__suppress_context__) X(__build_class__) X(__mro__) X(__bases__) X(_)     \
    X(__get__) X(__set__) X(__delete__) X(__slots__)                          \
    X(__init_subclass__) X(__set_name__)

struct CommonNames {
#define SPINDLE_NAME_FIELD(n) StrObject* n = nullptr;
    SPINDLE_COMMON_NAMES(SPINDLE_NAME_FIELD)
#undef SPINDLE_NAME_FIELD
};

// How the VM talks to the world. Defaults write to the process's stdout/stderr
// and read stdin; the CLI, REPL, tests and embedders replace them.
struct HostHooks {
    // stream: 1 = stdout, 2 = stderr.
    std::function<void(int stream, std::string_view text)> write;
    std::function<void(int stream)> flush;
    // Read one line including its '\n' (none at EOF); false at EOF with nothing read.
    std::function<bool(std::string& line)> readLine;
    // Read the source of a module file the import system looks for; false when
    // there is no such file. The default reads the file system.
    std::function<bool(const std::string& path, std::string& source)> readModule;
};

// Bits of the eval breaker: one atomic word every safepoint tests. Zero means
// "nothing to do", so the common case costs a single relaxed load and branch.
enum EvalBreakerBits : uint32_t {
    kBreakGcRequest = 1u << 0,
    kBreakGilDropRequest = 1u << 1,
    kBreakSignal = 1u << 2,
    kBreakInterrupt = 1u << 3,
};

// The entry points the interpreter installs, so the runtime can run Python code
// (calling a Python function from list.sort's key=) without depending on the
// interpreter component.
struct InterpreterHooks {
    Value (*callFunction)(ThreadState& ts, FunctionObject* fn, Args args) = nullptr;
    // Zero-argument super(): the class and first argument of the calling Python
    // frame (its __class__ cell and first local); false when there are none.
    bool (*zeroArgSuper)(ThreadState& ts, Value& thisClass, Value& self) = nullptr;
};

// The import system, installed by the VM (stdlib/Import.cpp): what the eval
// loop's IMPORT_NAME and IMPORT_FROM call.
struct ImportHooks {
    Value (*importName)(ThreadState& ts, DictObject* globals, StrObject* name, Value fromlist, int64_t level) = nullptr;
    Value (*importFrom)(ThreadState& ts, Value module, StrObject* name) = nullptr;
};

struct Runtime {
    Runtime();
    ~Runtime();
    Runtime(const Runtime&) = delete;
    Runtime& operator=(const Runtime&) = delete;

    // Declared before the heap so it outlives it: collected generators return
    // their fiber stacks here (runtime/Fiber.h).
    FiberStackPool fiberStacks;
    Heap heap{*this};
    TypeAttributeCache typeAttributes; // MRO lookups (only the GIL holder uses it)
    BuiltinTypes types;
    // Types that have no builtins name: the iterators containers hand out
    // (list_iterator, ...) by IterKind, with str's ASCII variant apart because one
    // kind serves both; and the dict views (dict_keys, dict_values, dict_items).
    std::array<TypeObject*, kIterKindCount> iteratorTypes{};
    TypeObject* strAsciiIteratorType = nullptr;
    std::array<TypeObject*, 3> dictViewTypes{};
    CommonNames names;
    HashTable interned; // keys: interned StrObjects
    DictObject* builtins = nullptr;
    ModuleObject* builtinsModule = nullptr;
    DictObject* modules = nullptr; // sys.modules
    ModuleObject* sysModule = nullptr;
    Value notImplemented;
    Value ellipsis;
    Value emptyTuple;
    Value emptyStr;

    std::atomic<uint32_t> evalBreaker{0};
    Gil gil{evalBreaker, kBreakGilDropRequest};

    // Threads. The main thread is the one that created the VM; KeyboardInterrupt
    // is delivered to it only (interruptMain). Threads started by startThread
    // and still running are counted for _thread._count() and for shutdown.
    ThreadState* mainThread = nullptr;
    std::atomic<bool> interruptPending{false};
    std::atomic<int> runningThreads{0};
    // OS threads started by startThread that have not yet left every piece of
    // this VM (the GIL, their ThreadState): a thread that finished its Python
    // work still unregisters itself afterwards. The VM is freed only at zero.
    std::atomic<int> osThreads{0};
    size_t threadStackBytes = 0; // 0: kDefaultThreadStackBytes (threading.stack_size)
    // Raise KeyboardInterrupt in the main thread at its next safepoint, waking it
    // if it waits interruptibly. Safe to call from any thread, without the GIL.
    void interruptMain();
    HostHooks hooks;
    InterpreterHooks interp;
    ImportHooks importer;
    int recursionLimit = 1000;
    // Run generator bodies on fibers instead of the stackless path
    // (VMConfig::generatorsOnFibers; interpreter/Generators.h says why not by default).
    bool generatorsOnFibers = false;
    std::vector<std::string> argv;

    // All thread states of this VM. Guarded by threadsMutex alone: a new thread
    // registers before it waits for the GIL, so the collector (which holds the
    // GIL) takes threadsMutex too. threadsStarting counts threads created by
    // startThread that have not registered yet; threadRegistered is notified
    // as each registers (Thread.native_id of a thread that has not run yet
    // waits for that).
    std::mutex threadsMutex;
    std::condition_variable threadRegistered;
    std::vector<ThreadState*> threads;
    size_t threadsStarting = 0;

    // Source lines of compiled files, for tracebacks (filename -> lines).
    std::unordered_map<std::string, std::vector<std::string>> sourceLines;

    // Values held by the host (embedding API) and by long-lived native state.
    std::unordered_set<Value*> persistentRoots;

    bool initialized = false;
    // Creates the builtin types, names and modules; run by the first ThreadState.
    void initialize(ThreadState& ts);

    void requestGc() { evalBreaker.fetch_or(kBreakGcRequest, std::memory_order_relaxed); }
    void markRoots(Heap& heap);
};

} // namespace spindle
