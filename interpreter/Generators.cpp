// Generators.cpp — generator objects (see Generators.h for the model).
#include "interpreter/Generators.h"

#include "interpreter/CallFrames.h"
#include "interpreter/Interpreter.h"
#include "interpreter/Opcodes.h"
#include "runtime/Fiber.h"
#include "runtime/types/Containers.h"

#include <cstdlib>
#include <cstring>
#include <exception>

namespace spindle {

// A generator's fiber and what crosses each switch. `value` is written just
// before a switch and read just after it, with no allocation in between, so the
// collector never needs to see it.
struct GeneratorFiber {
    enum class Outcome { Yielded, Returned, Raised };
    Fiber fiber;
    ThreadState* thread;        // the thread whose eval loop runs on this fiber
    GeneratorObject* gen;
    bool raiseOnResume = false; // resumed by throw(): the exception is in ts.raised
    Outcome outcome = Outcome::Yielded;
    Value value;                // yielded or returned
    std::exception_ptr foreign; // a C++ exception that is not a Python one

    GeneratorFiber(ThreadState& ts, GeneratorObject* g)
        : fiber(ts.rt.fiberStacks, &GeneratorFiber::main, this), thread(&ts), gen(g) {}

    static void main(void* arg) noexcept {
        GeneratorFiber& self = *static_cast<GeneratorFiber*>(arg);
        try {
            self.value = evalFrame(*self.thread, self.gen->frame, self.raiseOnResume);
            self.outcome = Outcome::Returned;
        } catch (const PyThrow&) {
            self.outcome = Outcome::Raised;
        } catch (...) {
            self.outcome = Outcome::Raised;
            self.foreign = std::current_exception();
        }
    }
};

GeneratorObject::~GeneratorObject() {
    delete fiber;
    std::free(frame);
}

bool yieldOnFiber(GeneratorObject* gen, Value value) {
    GeneratorFiber& gf = *gen->fiber;
    gf.value = value;
    gf.outcome = GeneratorFiber::Outcome::Yielded;
    gf.fiber.suspend();
    return gf.raiseOnResume;
}

namespace {

enum class Resume { Send, Throw, Continue };

size_t frameBytes(const CodeObject* code) {
    size_t slots = static_cast<size_t>(code->nlocals + code->ncells + code->nfrees + code->maxStack);
    return sizeof(Frame) + slots * sizeof(Value);
}

void finish(GeneratorObject* gen) {
    gen->state = GeneratorState::Finished;
    delete gen->fiber; // it has left its stack for the last time
    gen->fiber = nullptr;
    std::free(gen->frame);
    gen->frame = nullptr;
    gen->handled = Value();
}

// A generator returned `value` to next()/send()/throw(): StopIteration, with
// the value as its args unless it is None.
SPINDLE_NORETURN void raiseReturned(ThreadState& ts, Value value) {
    if (value.isNone()) raise(ts, Value::object(ts.rt.types.StopIteration));
    Handle keep(ts, value);
    TupleObject* args = newTuple(ts, 1);
    args->items()[0] = value;
    Handle keepArgs(ts, Value::object(args));
    raise(ts, Value::object(newExceptionArgs(ts, ts.rt.types.StopIteration, args)));
}

SPINDLE_NORETURN void raiseAlreadyExecuting(ThreadState& ts) {
    raiseError(ts, ts.rt.types.ValueError, "generator already executing");
}

// PEP 479: a StopIteration escaping the body would end the caller's loop silently.
SPINDLE_NOINLINE void convertStopIteration(ThreadState& ts) {
    if (!isInstance(ts, ts.raised, ts.rt.types.StopIteration)) return;
    Value stop = ts.raised;
    ExceptionObject* err = newException(ts, ts.rt.types.RuntimeError, "generator raised StopIteration");
    err->cause = stop;
    err->context = stop;
    err->suppressContext = true;
    ts.raised = Value::object(err);
}

// The fiber the generator's body is to run on: its own, or a new one when it
// has none yet or its fiber belongs to another thread. Called before the frame
// is linked, so that a refused stack leaves nothing to undo.
GeneratorFiber* fiberFor(ThreadState& ts, GeneratorObject* gen) {
    GeneratorFiber* gf = gen->fiber;
    if (gf && gf->thread != &ts) {
        // Another thread's eval loop sleeps on that fiber, holding its own
        // ThreadState. At a yield nothing there needs unwinding and the frame
        // holds the whole state, so drop the fiber and start a fresh one here.
        delete gf;
        gen->fiber = gf = nullptr;
    }
    if (!gf) {
        gf = new GeneratorFiber(ts, gen);
        if (!gf->fiber.ok()) {
            delete gf;
            raiseError(ts, ts.rt.types.MemoryError, "cannot allocate a fiber stack for the generator");
        }
        gen->fiber = gf;
    }
    return gf;
}

// The fiber path of runFrame: switch to the generator's fiber and come back
// when it yields, returns or raises.
Value runOnFiber(ThreadState& ts, GeneratorFiber* gf, bool raiseFirst) {
    gf->raiseOnResume = raiseFirst;
    const char* callerLimit = ts.stackLimit;
    ts.stackLimit = gf->fiber.stackLimit();
    gf->fiber.resume();
    ts.stackLimit = callerLimit;
    if (gf->outcome == GeneratorFiber::Outcome::Raised) {
        if (gf->foreign) std::rethrow_exception(gf->foreign);
        throw PyThrow{};
    }
    return gf->value;
}

// Run the generator's frame until it yields, returns or raises. The caller has
// checked the state (Created or Suspended) and prepared the frame's stack for
// `how`; for Resume::Throw the exception is in ts.raised.
bool runFrame(ThreadState& ts, GeneratorObject* gen, Resume how, Value& out) {
    Frame* frame = gen->frame;
    if (SPINDLE_UNLIKELY(ts.depth >= ts.rt.recursionLimit || ts.nearStackLimit())) {
        ts.raised = Value();
        raiseError(ts, ts.rt.types.RecursionError, "maximum recursion depth exceeded");
    }
    GeneratorFiber* fiber = nullptr;
    if (SPINDLE_UNLIKELY(ts.rt.generatorsOnFibers)) {
        Handle pending(ts, ts.raised); // a throw()'s exception survives the allocation
        ts.raised = Value();
        fiber = fiberFor(ts, gen);
        ts.raised = pending;
    }
    frame->previous = ts.frame;
    ts.frame = frame;
    ts.depth++;
    Handle callerHandled(ts, ts.handled);
    if (!gen->handled.isEmpty()) ts.handled = gen->handled;
    gen->state = GeneratorState::Running;
    Value result;
    try {
        bool raiseFirst = how == Resume::Throw;
        result = SPINDLE_LIKELY(!fiber) ? evalFrame(ts, frame, raiseFirst) : runOnFiber(ts, fiber, raiseFirst);
    } catch (const PyThrow&) {
        // The unwinder has unlinked the frame.
        finish(gen);
        ts.handled = callerHandled;
        convertStopIteration(ts);
        throw;
    }
    if (gen->state == GeneratorState::Running) { // returned
        finish(gen);
        ts.handled = callerHandled;
        out = result;
        return false;
    }
    // Suspended by YIELD_VALUE/YIELD_FROM, which unlinked the frame.
    gen->handled = ts.handled.identical(callerHandled.get()) ? Value() : ts.handled;
    ts.handled = callerHandled;
    out = result;
    return true;
}

bool suspendedInYieldFrom(const GeneratorObject* gen) {
    return gen->state == GeneratorState::Suspended &&
           static_cast<Opcode>(*gen->frame->pc & 0xff) == Opcode::YIELD_FROM;
}

// The delegate of a generator suspended in `yield from` leaves the stack: the
// frame continues after YIELD_FROM, with `result` pushed unless it is empty.
void leaveYieldFrom(GeneratorObject* gen, Value result) {
    Frame* frame = gen->frame;
    frame->sp--;
    frame->pc++;
    if (!result.isEmpty()) *frame->sp++ = result;
}

// The delegate's close(), for a GeneratorExit thrown into a `yield from`.
void closeDelegate(ThreadState& ts, Value delegate);

Value generatorClose(ThreadState& ts, GeneratorObject* gen);

} // namespace

GeneratorObject* makeGenerator(ThreadState& ts, Frame* frame) {
    GeneratorObject* gen = ts.rt.heap.make<GeneratorObject>(ts.rt.types.generator, 0);
    CodeObject* code = frame->code;
    gen->code = code;
    gen->name = frame->function ? frame->function->name : code->name;
    gen->qualname = frame->function ? frame->function->qualname : code->qualname;
    Frame* copy = static_cast<Frame*>(std::malloc(frameBytes(code)));
    if (!copy) raiseMemoryError(ts);
    *copy = *frame;
    size_t live = static_cast<size_t>(frame->sp - frame->fast());
    std::memcpy(static_cast<void*>(copy->fast()), frame->fast(), live * sizeof(Value));
    copy->sp = copy->fast() + live;
    copy->previous = nullptr;
    copy->generator = gen;
    copy->isEntry = true;
    copy->ownsChunkStart = false;
    gen->frame = copy;
    return gen;
}

bool generatorSend(ThreadState& ts, GeneratorObject* gen, Value sent, Value& out) {
    switch (gen->state) {
    case GeneratorState::Running: raiseAlreadyExecuting(ts);
    case GeneratorState::Finished: out = Value::none(); return false;
    case GeneratorState::Created:
        if (!sent.isNone())
            raiseError(ts, ts.rt.types.TypeError, "can't send non-None value to a just-started generator");
        return runFrame(ts, gen, Resume::Continue, out);
    case GeneratorState::Suspended: break;
    }
    *gen->frame->sp++ = sent; // the value of the yield expression
    return runFrame(ts, gen, Resume::Send, out);
}

bool generatorThrow(ThreadState& ts, GeneratorObject* gen, Value exc, Value& out) {
    if (gen->state == GeneratorState::Running) raiseAlreadyExecuting(ts);
    if (gen->state == GeneratorState::Finished) raise(ts, exc);
    if (suspendedInYieldFrom(gen)) {
        // The delegate gets the exception first (PEP 380).
        Handle delegate(ts, gen->frame->sp[-1]);
        Handle keepExc(ts, exc);
        bool yielded = false;
        Value result;
        gen->state = GeneratorState::Running; // gi_running while the delegate runs
        try {
            if (isInstance(ts, exc, ts.rt.types.GeneratorExit)) {
                closeDelegate(ts, delegate);
                gen->state = GeneratorState::Suspended;
                leaveYieldFrom(gen, Value());
                ts.raised = exc;
                return runFrame(ts, gen, Resume::Throw, out);
            }
            if (isKind(delegate, ObjKind::Generator)) {
                yielded = generatorThrow(ts, as<GeneratorObject>(delegate), exc, result);
            } else {
                Value throwMethod;
                if (!getAttrOpt(ts, delegate, intern(ts, "throw"), throwMethod)) {
                    gen->state = GeneratorState::Suspended;
                    leaveYieldFrom(gen, Value());
                    ts.raised = exc;
                    return runFrame(ts, gen, Resume::Throw, out);
                }
                Handle keepMethod(ts, throwMethod);
                try {
                    Value argv[1] = {exc};
                    result = call(ts, throwMethod, Args{argv, 1, nullptr});
                    yielded = true;
                } catch (const PyThrow&) {
                    if (!isInstance(ts, ts.raised, ts.rt.types.StopIteration)) throw;
                    Value stop = takeRaised(ts);
                    Handle keepStop(ts, stop);
                    result = getAttr(ts, stop, intern(ts, "value"));
                }
            }
        } catch (const PyThrow&) {
            // The delegate raised: that exception continues at our `yield from`.
            if (gen->state != GeneratorState::Running) throw; // raised by our own frame
            gen->state = GeneratorState::Suspended;
            leaveYieldFrom(gen, Value());
            return runFrame(ts, gen, Resume::Throw, out);
        }
        gen->state = GeneratorState::Suspended;
        if (yielded) {
            out = result;
            return true;
        }
        leaveYieldFrom(gen, result);
        return runFrame(ts, gen, Resume::Continue, out);
    }
    ts.raised = exc;
    return runFrame(ts, gen, Resume::Throw, out);
}

Value generatorNextOrStop(ThreadState& ts, GeneratorObject* gen, Value sent) {
    Value out;
    if (generatorSend(ts, gen, sent, out)) return out;
    raiseReturned(ts, out);
}

bool delegateSend(ThreadState& ts, Value it, Value sent, Value& out) {
    if (isKind(it, ObjKind::Generator)) return generatorSend(ts, as<GeneratorObject>(it), sent, out);
    TypeObject* type = typeOf(ts, it);
    if (sent.isNone() && !type->isHeapType) {
        if (iterNext(ts, it, out)) return true;
        out = Value::none();
        return false;
    }
    // A class's __next__ or send() may end with StopIteration(value): keep the value.
    try {
        if (sent.isNone()) out = callMethod(ts, it, ts.rt.names.__next__, Args{});
        else out = callMethod(ts, it, intern(ts, "send"), Args{&sent, 1, nullptr});
        return true;
    } catch (const PyThrow&) {
        if (!isInstance(ts, ts.raised, ts.rt.types.StopIteration)) throw;
    }
    Handle stop(ts, takeRaised(ts));
    out = getAttr(ts, stop, intern(ts, "value"));
    return false;
}

namespace {

void closeDelegate(ThreadState& ts, Value delegate) {
    if (isKind(delegate, ObjKind::Generator)) {
        generatorClose(ts, as<GeneratorObject>(delegate));
        return;
    }
    Value closeMethod;
    if (getAttrOpt(ts, delegate, intern(ts, "close"), closeMethod)) {
        Handle keep(ts, closeMethod);
        call(ts, closeMethod, Args{});
    }
}

Value generatorClose(ThreadState& ts, GeneratorObject* gen) {
    switch (gen->state) {
    case GeneratorState::Running: raiseAlreadyExecuting(ts);
    case GeneratorState::Finished: return Value::none();
    case GeneratorState::Created: finish(gen); return Value::none();
    case GeneratorState::Suspended: break;
    }
    Value out;
    try {
        Value exit = Value::object(newException(ts, ts.rt.types.GeneratorExit, ""));
        ExceptionObject* e = as<ExceptionObject>(exit);
        e->args = as<TupleObject>(ts.rt.emptyTuple);
        if (!generatorThrow(ts, gen, exit, out)) return Value::none();
    } catch (const PyThrow&) {
        if (swallowRaised(ts, ts.rt.types.GeneratorExit) || swallowRaised(ts, ts.rt.types.StopIteration))
            return Value::none();
        throw;
    }
    raiseError(ts, ts.rt.types.RuntimeError, "generator ignored GeneratorExit");
}

GeneratorObject* self(ThreadState& ts, Value v, const char* method) {
    if (!isKind(v, ObjKind::Generator))
        raiseFormat(ts, ts.rt.types.TypeError, "descriptor '%s' for 'generator' objects doesn't apply to a '%s' object",
                    method, std::string(typeName(ts, v)).c_str());
    return as<GeneratorObject>(v);
}

Value genSend(ThreadState& ts, Value v, Args args) {
    requireOneArg(ts, "generator.send", args);
    return generatorNextOrStop(ts, self(ts, v, "send"), args[0]);
}

// throw(value) or the deprecated throw(type[, value[, traceback]]).
Value genThrow(ThreadState& ts, Value v, Args args) {
    GeneratorObject* gen = self(ts, v, "throw");
    checkNoKeywords(ts, "throw", args);
    requireArgRange(ts, "throw", args, 1, 3);
    if (args.count == 3 && !args[2].isNone() && !isKind(args[2], ObjKind::Traceback))
        raiseError(ts, ts.rt.types.TypeError, "throw() third argument must be a traceback object");
    Value typ = args[0];
    Value val = args.count > 1 ? args[1] : Value::none();
    Value exc;
    if (isKind(typ, ObjKind::Type) && isSubtype(as<TypeObject>(typ), ts.rt.types.BaseException)) {
        if (isInstance(ts, val, as<TypeObject>(typ))) exc = val;
        else if (val.isNone()) exc = call(ts, typ, Args{});
        else if (isKind(val, ObjKind::Tuple))
            exc = call(ts, typ, Args{as<TupleObject>(val)->items(), as<TupleObject>(val)->size, nullptr});
        else exc = call(ts, typ, Args{&val, 1, nullptr});
    } else if (isKind(typ, ObjKind::Exception)) {
        if (!val.isNone()) raiseError(ts, ts.rt.types.TypeError, "instance exception may not have a separate value");
        exc = typ;
    } else {
        raiseFormat(ts, ts.rt.types.TypeError,
                    "exceptions must be classes or instances deriving from BaseException, not %s",
                    std::string(typeName(ts, typ)).c_str());
    }
    Handle keep(ts, exc);
    Value out;
    if (generatorThrow(ts, gen, exc, out)) return out;
    raiseReturned(ts, out);
}

Value genClose(ThreadState& ts, Value v, Args args) {
    requireNoArgs(ts, "generator.close", args);
    return generatorClose(ts, self(ts, v, "close"));
}

Value genIter(ThreadState&, Value v) { return v; }

bool genNext(ThreadState& ts, Value v, Value& out) {
    GeneratorObject* gen = as<GeneratorObject>(v);
    if (gen->state == GeneratorState::Finished) return false;
    return generatorSend(ts, gen, Value::none(), out);
}

StrObject* genRepr(ThreadState& ts, Value v) {
    GeneratorObject* gen = as<GeneratorObject>(v);
    char buf[64];
    std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(gen));
    std::string text = "<generator object ";
    text += gen->qualname->view();
    text += buf;
    return newStr(ts, text);
}

bool genGetAttr(ThreadState& ts, Value v, StrObject* name, Value& out) {
    GeneratorObject* gen = as<GeneratorObject>(v);
    std::string_view n = name->view();
    if (name == ts.rt.names.__name__) out = Value::object(gen->name);
    else if (name == ts.rt.names.__qualname__) out = Value::object(gen->qualname);
    else if (n == "gi_code") out = Value::object(gen->code);
    else if (n == "gi_running") out = Value::boolean(gen->state == GeneratorState::Running);
    else if (n == "gi_suspended") out = Value::boolean(gen->state == GeneratorState::Suspended);
    else if (n == "gi_yieldfrom") out = suspendedInYieldFrom(gen) ? gen->frame->sp[-1] : Value::none();
    else if (n == "gi_frame") out = Value::none(); // Spindle has no frame objects (docs/differences.md)
    else return false;
    return true;
}

} // namespace

void initGeneratorType(ThreadState& ts) {
    TypeObject* type = ts.rt.types.generator;
    type->allowsSubclassing = false;
    type->slots.iter = genIter;
    type->slots.next = genNext;
    type->slots.repr = genRepr;
    type->slots.getAttr = genGetAttr;
    defineMethod(ts, type, "send", genSend);
    defineMethod(ts, type, "throw", genThrow);
    defineMethod(ts, type, "close", genClose);
}

} // namespace spindle
