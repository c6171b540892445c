// ThreadModule.cpp — the _thread module: OS threads, locks and reentrant locks.
//
// Locks are native, and their state is guarded by the GIL: every acquire and
// release runs under it, so taking a free lock is a flag test and set. A
// contended acquire parks in the lock's ParkingQueue (see Gil.h, "Parking"),
// interruptibly in the main thread (Ctrl-C raises KeyboardInterrupt out of a
// blocked acquire); a release moves one parked thread into the GIL's queue.
// Any thread may release a Lock (CPython allows it); an RLock only by its owner.
#include "interpreter/Interpreter.h"
#include "runtime/Ops.h"
#include "runtime/Threads.h"
#include "stdlib/BuiltinArgs.h"
#include "stdlib/Modules.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <memory>
#include <string>

namespace spindle {

namespace {

// CPython's _thread.TIMEOUT_MAX on Linux.
constexpr double kTimeoutMax = 9223372036.0;

struct LockObject : NativeObject {
    Gil::ParkingQueue waiters;
    bool locked = false;
    // RLock only: the owner's ident and the recursion count.
    uint64_t owner = 0;
    int64_t count = 0;
};

LockObject* asLock(Value v) { return static_cast<LockObject*>(static_cast<NativeObject*>(v.asObject())); }

// acquire(blocking=True, timeout=-1) arguments, validated as CPython does.
// Returns the timeout in seconds: negative waits forever, 0 does not wait.
double acquireTimeout(ThreadState& ts, const char* function, Args args) {
    Value a[2];
    bindArgs(ts, ParamSpec{function, {"blocking", "timeout"}, 0}, args, a);
    bool blocking = a[0].isEmpty() ? true : truthy(ts, a[0]);
    double timeout = a[1].isEmpty() ? -1.0 : static_cast<double>(timeoutNanoseconds(ts, a[1])) / 1e9;
    if (!blocking && timeout != -1.0)
        raiseError(ts, ts.rt.types.ValueError, "can't specify a timeout for a non-blocking call");
    if (timeout < 0 && timeout != -1.0)
        raiseError(ts, ts.rt.types.ValueError, "timeout value must be positive");
    if (timeout > kTimeoutMax) raiseError(ts, ts.rt.types.OverflowError, "timeout value is too large");
    if (!blocking) return 0.0;
    return timeout;
}

// Take the lock for `me`; a reentrant lock counts.
bool tryTake(LockObject* lock, uint64_t me, bool reentrant) {
    if (!lock->locked) {
        lock->locked = true;
        lock->owner = me;
        lock->count = 1;
        return true;
    }
    if (reentrant && lock->owner == me) {
        lock->count++;
        return true;
    }
    return false;
}

// A blocked acquire parks until the lock is *released*, and takes it once it
// holds the GIL again. A release does not hand the lock to the parked thread:
// that would leave a lock held by a thread that cannot run yet, and the GIL
// holder, about to take the lock again (a producer's next put into a queue),
// would block and hand the GIL over for every item. Whoever runs first takes
// it, as with CPython's locks; a parked thread that finds the lock taken again
// parks again.
bool acquireLock(ThreadState& ts, LockObject* lock, double timeout, bool reentrant) {
    if (tryTake(lock, ts.ident, reentrant)) return true;
    if (timeout == 0.0) return false;
    Deadline deadline = deadlineAfter(timeout);
    for (;;) {
        bool unparked = ts.rt.gil.park(ts, lock->waiters, deadline);
        if (tryTake(lock, ts.ident, reentrant)) return true;
        checkInterrupt(ts);
        if (!unparked) return false; // the deadline passed
    }
}

Value lockAcquire(ThreadState& ts, Value self, Args args) {
    double timeout = acquireTimeout(ts, "acquire", args);
    return Value::boolean(acquireLock(ts, asLock(self), timeout, false));
}

Value lockRelease(ThreadState& ts, Value self, Args args) {
    expectNoArgs(ts, "release", args);
    LockObject* lock = asLock(self);
    if (!lock->locked) raiseError(ts, ts.rt.types.RuntimeError, "release unlocked lock");
    lock->locked = false;
    ts.rt.gil.unparkOne(lock->waiters);
    return Value::none();
}

Value lockLocked(ThreadState& ts, Value self, Args args) {
    expectNoArgs(ts, "locked", args);
    return Value::boolean(asLock(self)->locked);
}

Value lockEnter(ThreadState& ts, Value self, Args args) {
    acquireLock(ts, asLock(self), -1.0, false);
    return Value::boolean(true);
}

Value lockExit(ThreadState& ts, Value self, Args) { return lockRelease(ts, self, Args{}); }

StrObject* lockRepr(ThreadState& ts, Value self) {
    LockObject* lock = asLock(self);
    char buf[128];
    std::snprintf(buf, sizeof buf, "<%s _thread.lock object at %p>", lock->locked ? "locked" : "unlocked",
                  static_cast<void*>(lock));
    return newStr(ts, buf);
}

// ---- RLock ---------------------------------------------------------------------------

Value rlockAcquire(ThreadState& ts, Value self, Args args) {
    double timeout = acquireTimeout(ts, "acquire", args);
    return Value::boolean(acquireLock(ts, asLock(self), timeout, true));
}

SPINDLE_NORETURN void raiseNotOwned(ThreadState& ts) {
    raiseError(ts, ts.rt.types.RuntimeError, "cannot release un-acquired lock");
}

Value rlockRelease(ThreadState& ts, Value self, Args args) {
    expectNoArgs(ts, "release", args);
    LockObject* lock = asLock(self);
    if (!lock->locked || lock->owner != ts.ident) raiseNotOwned(ts);
    if (--lock->count == 0) {
        lock->locked = false;
        lock->owner = 0;
        ts.rt.gil.unparkOne(lock->waiters);
    }
    return Value::none();
}

Value rlockEnter(ThreadState& ts, Value self, Args) {
    acquireLock(ts, asLock(self), -1.0, true);
    return Value::boolean(true);
}

Value rlockExit(ThreadState& ts, Value self, Args) { return rlockRelease(ts, self, Args{}); }

Value rlockIsOwned(ThreadState& ts, Value self, Args args) {
    expectNoArgs(ts, "_is_owned", args);
    LockObject* lock = asLock(self);
    return Value::boolean(lock->locked && lock->owner == ts.ident);
}

// Condition.wait() support: give the lock up entirely, remembering the count...
Value rlockReleaseSave(ThreadState& ts, Value self, Args args) {
    expectNoArgs(ts, "_release_save", args);
    LockObject* lock = asLock(self);
    if (!lock->locked || lock->owner != ts.ident) raiseNotOwned(ts);
    TupleObject* state = newTuple(ts, 2);
    (*state)[0] = Value::integer(lock->count);
    (*state)[1] = Value::integer(static_cast<int64_t>(lock->owner));
    lock->locked = false;
    lock->owner = 0;
    lock->count = 0;
    ts.rt.gil.unparkOne(lock->waiters);
    return Value::object(state);
}

// ...and take it back with that count.
Value rlockAcquireRestore(ThreadState& ts, Value self, Args args) {
    Value state = expectOneArg(ts, "_acquire_restore", args);
    LockObject* lock = asLock(self);
    acquireLock(ts, lock, -1.0, true);
    TupleObject* t = asOrNull<TupleObject>(state);
    if (t && t->size == 2 && (*t)[0].isInt()) lock->count = (*t)[0].asInt();
    return Value::none();
}

StrObject* rlockRepr(ThreadState& ts, Value self) {
    LockObject* lock = asLock(self);
    char buf[160];
    std::snprintf(buf, sizeof buf, "<%s _thread.RLock object owner=%llu count=%lld at %p>",
                  lock->locked ? "locked" : "unlocked", static_cast<unsigned long long>(lock->owner),
                  static_cast<long long>(lock->count), static_cast<void*>(lock));
    return newStr(ts, buf);
}

Value newLockOfType(ThreadState& ts, TypeObject* type) {
    LockObject* lock = ts.rt.heap.make<LockObject>(type, 0);
    return Value::object(lock);
}

Value lockConstruct(ThreadState& ts, TypeObject* type, Args args) {
    expectNoArgs(ts, type->name->data(), args);
    return newLockOfType(ts, type);
}

TypeObject* makeLockType(ThreadState& ts, ModuleObject* module, const char* name, bool reentrant) {
    TypeObject* t = newBuiltinType(ts, name, ts.rt.types.object, ObjKind::Native);
    t->allowsSubclassing = false;
    t->construct = lockConstruct;
    t->slots.repr = reentrant ? rlockRepr : lockRepr;
    dictSetStr(ts, t->dict, "__module__", strValue(ts, "_thread"));
    NativeFn acquire = reentrant ? rlockAcquire : lockAcquire;
    NativeFn release = reentrant ? rlockRelease : lockRelease;
    defineMethod(ts, t, "acquire", acquire);
    defineMethod(ts, t, "release", release);
    defineMethod(ts, t, "__enter__", reentrant ? rlockEnter : lockEnter);
    defineMethod(ts, t, "__exit__", reentrant ? rlockExit : lockExit);
    if (reentrant) {
        defineMethod(ts, t, "_is_owned", rlockIsOwned);
        defineMethod(ts, t, "_release_save", rlockReleaseSave);
        defineMethod(ts, t, "_acquire_restore", rlockAcquireRestore);
    } else {
        defineMethod(ts, t, "locked", lockLocked);
        defineMethod(ts, t, "acquire_lock", acquire);
        defineMethod(ts, t, "release_lock", release);
        defineMethod(ts, t, "locked_lock", lockLocked);
    }
    dictSetStr(ts, module->dict, name, Value::object(t));
    return t;
}

// ---- the event primitive under threading.Event -------------------------------------
//
// threading.Event is a Python class (so it can be subclassed) over this native
// flag, guarded by the GIL. Waiters park on it (Gil.h, "Parking") and set()
// moves them all into the GIL's queue at once, so ten thousand threads waiting
// on one Event wake one at a time, each when the GIL reaches it, without
// fighting over a Python lock or a mutex.

struct EventObject : NativeObject {
    Gil::ParkingQueue waiters;
    bool flag = false;
};

EventObject* asEvent(Value v) { return static_cast<EventObject*>(static_cast<NativeObject*>(v.asObject())); }

Value eventConstruct(ThreadState& ts, TypeObject* type, Args args) {
    expectNoArgs(ts, "_Event", args);
    return Value::object(ts.rt.heap.make<EventObject>(type, 0));
}

Value eventIsSet(ThreadState& ts, Value self, Args args) {
    expectNoArgs(ts, "is_set", args);
    return Value::boolean(asEvent(self)->flag);
}

Value eventSet(ThreadState& ts, Value self, Args args) {
    expectNoArgs(ts, "set", args);
    EventObject* e = asEvent(self);
    e->flag = true;
    ts.rt.gil.unparkAll(e->waiters);
    return Value::none();
}

Value eventClear(ThreadState& ts, Value self, Args args) {
    expectNoArgs(ts, "clear", args);
    asEvent(self)->flag = false;
    return Value::none();
}

// wait(timeout=None) -> the flag. A negative timeout does not wait, as CPython's.
Value eventWait(ThreadState& ts, Value self, Args args) {
    expectArgRange(ts, "wait", args, 0, 1);
    EventObject* e = asEvent(self);
    double timeout = -1.0;
    if (args.count == 1 && !args[0].isNone()) {
        // CPython's Event.wait is Python code that first compares `timeout > 0`.
        Value t = args[0];
        if (!t.isFloat() && !t.isIntOrBool() && !isKind(t, ObjKind::BigInt))
            raiseFormat(ts, ts.rt.types.TypeError, "'>' not supported between instances of '%s' and 'int'",
                        std::string(typeName(ts, t)).c_str());
        timeout = std::max(0.0, static_cast<double>(timeoutNanoseconds(ts, t)) / 1e9);
    }
    if (e->flag || timeout == 0.0) return Value::boolean(e->flag);
    // Unparked means set() ran while this thread waited, even if the flag has
    // been cleared again since (CPython's Event.wait returns True then too).
    bool unparked = ts.rt.gil.park(ts, e->waiters, deadlineAfter(timeout));
    if (unparked) return Value::boolean(true);
    checkInterrupt(ts);
    return Value::boolean(e->flag);
}

void makeEventType(ThreadState& ts, ModuleObject* module) {
    TypeObject* t = newBuiltinType(ts, "_Event", ts.rt.types.object, ObjKind::Native);
    t->allowsSubclassing = false;
    t->construct = eventConstruct;
    dictSetStr(ts, t->dict, "__module__", strValue(ts, "_thread"));
    defineMethod(ts, t, "is_set", eventIsSet);
    defineMethod(ts, t, "set", eventSet);
    defineMethod(ts, t, "clear", eventClear);
    defineMethod(ts, t, "wait", eventWait);
    dictSetStr(ts, module->dict, "_Event", Value::object(t));
}

// ---- threads -----------------------------------------------------------------------

TypeObject* moduleLockType(ThreadState& ts) {
    Value m = dictGetStr(ts.rt.modules, intern(ts, "_thread"));
    Value t = isKind(m, ObjKind::Module) ? dictGetStr(as<ModuleObject>(m)->dict, intern(ts, "LockType")) : Value();
    if (!isKind(t, ObjKind::Type)) raiseError(ts, ts.rt.types.RuntimeError, "_thread.LockType is missing");
    return as<TypeObject>(t);
}

Value threadAllocateLock(ThreadState& ts, Value, Args args) {
    expectNoArgs(ts, "allocate_lock", args);
    return newLockOfType(ts, moduleLockType(ts));
}

// What runs in a thread started by start_new_thread: the call, and CPython's
// report of an exception that escapes it.
void runThreadCall(ThreadState& ts, Value* start) {
    Value function = start[0];
    try {
        TupleObject* args = as<TupleObject>(start[1]);
        DictObject* kwargs = asOrNull<DictObject>(start[2]);
        std::vector<Value> argv(args->items(), args->items() + args->size);
        TupleObject* kwnames = nullptr;
        if (kwargs && kwargs->table.size()) {
            kwnames = newTuple(ts, kwargs->table.size());
            size_t k = 0;
            for (const HashEntry& e : kwargs->table.entries()) {
                if (e.key.isEmpty()) continue;
                (*kwnames)[k++] = e.key;
                argv.push_back(e.value);
            }
        }
        Handle keepNames(ts, kwnames ? Value::object(kwnames) : Value());
        call(ts, function, Args{argv.data(), argv.size(), kwnames});
    } catch (const PyThrow&) {
        Value exc = takeRaised(ts);
        Handle keep(ts, exc);
        if (isInstance(ts, exc, ts.rt.types.SystemExit)) return;
        std::string text = "Exception ignored in thread started by: ";
        try {
            text += repr(ts, function)->view();
        } catch (const PyThrow&) {
            takeRaised(ts);
            text += "<object repr() failed>";
        }
        text += "\n" + formatTraceback(ts, exc);
        writeStderr(ts, text);
    }
}

Value threadStartNewThread(ThreadState& ts, Value, Args args) {
    Runtime& rt = ts.rt;
    expectArgRange(ts, "start_new_thread", args, 2, 3);
    if (!isKind(args[1], ObjKind::Tuple)) raiseError(ts, rt.types.TypeError, "2nd arg must be a tuple");
    if (args.count == 3 && !isKind(args[2], ObjKind::Dict))
        raiseError(ts, rt.types.TypeError, "optional 3rd arg must be a dictionary");
    if (!typeOf(ts, args[0])->slots.call) raiseError(ts, rt.types.TypeError, "first arg must be callable");
    // The function and its arguments stay rooted until the new thread holds the
    // GIL and has them on its own stack.
    auto start = std::make_shared<std::array<Value, 3>>();
    (*start)[0] = args[0];
    (*start)[1] = args[1];
    (*start)[2] = args.count == 3 ? args[2] : Value::none();
    for (Value& v : *start) rt.persistentRoots.insert(&v);
    auto unroot = [&rt, start] {
        for (Value& v : *start) rt.persistentRoots.erase(&v);
    };
    std::optional<uint64_t> ident = startThread(ts, 0, [start, unroot](ThreadState& nts) {
        Value local[3] = {(*start)[0], (*start)[1], (*start)[2]};
        unroot();
        Handle a(nts, local[0]), b(nts, local[1]), c(nts, local[2]);
        runThreadCall(nts, local);
    });
    if (!ident) {
        unroot();
        raiseError(ts, rt.types.RuntimeError, "can't start new thread");
    }
    return Value::integer(static_cast<int64_t>(*ident));
}

Value threadGetIdent(ThreadState& ts, Value, Args args) {
    expectNoArgs(ts, "get_ident", args);
    return Value::integer(static_cast<int64_t>(ts.ident));
}

Value threadGetNativeId(ThreadState& ts, Value, Args args) {
    expectNoArgs(ts, "get_native_id", args);
    return Value::integer(static_cast<int64_t>(ts.nativeId));
}

// Spindle's own, for Thread.native_id: the kernel id of the thread with this
// ident, or None when no such thread is registered. A thread that start()
// created but that has not run yet registers before it first waits for the
// GIL, so waiting for it here with the GIL held is brief and cannot deadlock.
Value threadNativeIdOf(ThreadState& ts, Value, Args args) {
    Value identArg = expectOneArg(ts, "_native_id_of", args);
    uint64_t ident = static_cast<uint64_t>(indexOf(ts, identArg));
    Runtime& rt = ts.rt;
    std::unique_lock<std::mutex> lock(rt.threadsMutex);
    const ThreadState* found = nullptr;
    rt.threadRegistered.wait(lock, [&] {
        for (const ThreadState* t : rt.threads)
            if (t->ident == ident) found = t;
        return found || rt.threadsStarting == 0;
    });
    return found ? Value::integer(static_cast<int64_t>(found->nativeId)) : Value::none();
}

Value threadStackSize(ThreadState& ts, Value, Args args) {
    expectArgRange(ts, "stack_size", args, 0, 1);
    Runtime& rt = ts.rt;
    size_t old = rt.threadStackBytes;
    // As in CPython, no argument means 0: it also resets the size to the default.
    int64_t size = args.count == 1 ? indexOf(ts, args[0]) : 0;
    if (size < 0) raiseError(ts, rt.types.ValueError, "size must be 0 or a positive value");
    if (size != 0 && static_cast<size_t>(size) < kMinThreadStackBytes)
        raiseFormat(ts, rt.types.ValueError, "size not valid: %lld bytes", static_cast<long long>(size));
    rt.threadStackBytes = static_cast<size_t>(size);
    return Value::integer(static_cast<int64_t>(old));
}

Value threadExit(ThreadState& ts, Value, Args args) {
    expectNoArgs(ts, "exit", args);
    raise(ts, Value::object(ts.rt.types.SystemExit));
}

Value threadInterruptMain(ThreadState& ts, Value, Args args) {
    expectArgRange(ts, "interrupt_main", args, 0, 1);
    ts.rt.interruptMain();
    return Value::none();
}

Value threadCount(ThreadState& ts, Value, Args args) {
    expectNoArgs(ts, "_count", args);
    return Value::integer(ts.rt.runningThreads.load());
}

Value threadDaemonThreadsAllowed(ThreadState& ts, Value, Args args) {
    expectNoArgs(ts, "daemon_threads_allowed", args);
    return Value::boolean(true);
}

// Spindle's own: CPython-format traceback text, for threading.excepthook.
Value threadFormatException(ThreadState& ts, Value, Args args) {
    Value exc = expectOneArg(ts, "_format_exception", args);
    return strValue(ts, formatTraceback(ts, exc));
}

} // namespace

ModuleObject* createThreadModule(ThreadState& ts) {
    ModuleObject* m = newNativeModule(ts, "_thread");
    Handle keep(ts, Value::object(m));
    DictObject* d = m->dict;
    TypeObject* lockType = makeLockType(ts, m, "lock", false);
    dictSetStr(ts, d, "LockType", Value::object(lockType));
    makeLockType(ts, m, "RLock", true);
    makeEventType(ts, m);
    defineNative(ts, d, "allocate_lock", threadAllocateLock);
    defineNative(ts, d, "allocate", threadAllocateLock);
    defineNative(ts, d, "start_new_thread", threadStartNewThread);
    defineNative(ts, d, "start_new", threadStartNewThread);
    defineNative(ts, d, "get_ident", threadGetIdent);
    defineNative(ts, d, "get_native_id", threadGetNativeId);
    defineNative(ts, d, "_native_id_of", threadNativeIdOf);
    defineNative(ts, d, "stack_size", threadStackSize);
    defineNative(ts, d, "exit", threadExit);
    defineNative(ts, d, "exit_thread", threadExit);
    defineNative(ts, d, "interrupt_main", threadInterruptMain);
    defineNative(ts, d, "_count", threadCount);
    defineNative(ts, d, "daemon_threads_allowed", threadDaemonThreadsAllowed);
    defineNative(ts, d, "_format_exception", threadFormatException);
    dictSetStr(ts, d, "error", Value::object(ts.rt.types.RuntimeError));
    dictSetStr(ts, d, "TIMEOUT_MAX", Value::real(kTimeoutMax));
    return m;
}

} // namespace spindle
