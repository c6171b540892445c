// Calls.cpp — pushing frames and binding arguments to parameters.
//
// The fast path (positional arguments only, exactly as many as the function has
// positional parameters, no *args/**kwargs) is a straight copy; everything else
// goes through bindArguments, which follows CPython's rules and messages.
#include "interpreter/CallFrames.h"
#include "interpreter/Interpreter.h"

#include <string>

namespace spindle {

namespace {

std::string quotedList(const std::vector<std::string>& names) {
    // 'a'  |  'a' and 'b'  |  'a', 'b', and 'c'  (CPython's wording)
    std::string out;
    for (size_t i = 0; i < names.size(); i++) {
        if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += "'" + names[i] + "'";
    }
    return out;
}

SPINDLE_NORETURN void raiseMissing(ThreadState& ts, FunctionObject* fn, const std::vector<std::string>& missing,
                                   const char* kind) {
    raiseFormat(ts, ts.rt.types.TypeError, "%s() missing %zu required %s argument%s: %s", fn->qualname->data(),
                missing.size(), kind, missing.size() == 1 ? "" : "s", quotedList(missing).c_str());
}

// The general binder. `fast` is the new frame's locals, all empty on entry.
void bindArguments(ThreadState& ts, FunctionObject* fn, Value* fast, const Value* argv, size_t argc,
                   TupleObject* kwnames) {
    const CompiledCode& cc = *fn->code->compiled;
    const size_t nPositional = static_cast<size_t>(cc.argCount);
    const size_t nKwOnly = static_cast<size_t>(cc.kwOnlyCount);
    const size_t nPosOnly = static_cast<size_t>(cc.posOnlyCount);
    const bool hasVarArgs = cc.flags & kCodeVarArgs;
    const bool hasVarKw = cc.flags & kCodeVarKeywords;
    const size_t varArgsSlot = nPositional + nKwOnly;
    const size_t varKwSlot = varArgsSlot + (hasVarArgs ? 1 : 0);
    const size_t nKw = kwnames ? kwnames->size : 0;
    const size_t nPosGiven = argc - nKw;
    const char* fname = fn->qualname->data();

    DictObject* kwDict = nullptr;
    if (hasVarKw) {
        kwDict = newDict(ts);
        fast[varKwSlot] = Value::object(kwDict);
    }

    // Positional arguments.
    size_t nCopy = nPosGiven < nPositional ? nPosGiven : nPositional;
    for (size_t i = 0; i < nCopy; i++) fast[i] = argv[i];
    if (hasVarArgs) {
        size_t extra = nPosGiven > nPositional ? nPosGiven - nPositional : 0;
        TupleObject* rest = newTuple(ts, extra);
        for (size_t i = 0; i < extra; i++) rest->items()[i] = argv[nPositional + i];
        fast[varArgsSlot] = Value::object(rest);
    } else if (nPosGiven > nPositional) {
        size_t nDefaults = fn->defaults ? fn->defaults->size : 0;
        size_t kwOnlyGiven = 0;
        for (size_t k = 0; k < nKw; k++) {
            StrObject* name = as<StrObject>(kwnames->items()[k]);
            for (size_t j = nPositional; j < nPositional + nKwOnly; j++)
                if (cc.varnames[j] == name->view()) kwOnlyGiven++;
        }
        std::string takes;
        if (nDefaults > 0)
            takes = "from " + std::to_string(nPositional - nDefaults) + " to " + std::to_string(nPositional);
        else
            takes = std::to_string(nPositional);
        const char* plural = (nDefaults == 0 && nPositional == 1) ? "" : "s";
        if (kwOnlyGiven) {
            raiseFormat(ts, ts.rt.types.TypeError,
                        "%s() takes %s positional argument%s but %zu positional argument%s (and %zu keyword-only "
                        "argument%s) were given",
                        fname, takes.c_str(), plural, nPosGiven, nPosGiven == 1 ? "" : "s", kwOnlyGiven,
                        kwOnlyGiven == 1 ? "" : "s");
        }
        raiseFormat(ts, ts.rt.types.TypeError, "%s() takes %s positional argument%s but %zu %s given", fname,
                    takes.c_str(), plural, nPosGiven, nPosGiven == 1 ? "was" : "were");
    }

    // Keyword arguments.
    std::vector<std::string> posOnlyAsKw;
    for (size_t k = 0; k < nKw; k++) {
        StrObject* name = as<StrObject>(kwnames->items()[k]);
        Value value = argv[nPosGiven + k];
        size_t slot = SIZE_MAX;
        for (size_t j = nPosOnly; j < nPositional + nKwOnly; j++) {
            if (fn->code->varnames[j] == name || fn->code->varnames[j]->view() == name->view()) {
                slot = j;
                break;
            }
        }
        if (slot == SIZE_MAX) {
            bool isPosOnly = false;
            for (size_t j = 0; j < nPosOnly; j++)
                if (fn->code->varnames[j]->view() == name->view()) isPosOnly = true;
            if (kwDict) {
                if (!dictGet(ts, kwDict, Value::object(name)).isEmpty())
                    raiseFormat(ts, ts.rt.types.TypeError, "%s() got multiple values for argument '%s'", fname,
                                name->data());
                dictSet(ts, kwDict, Value::object(name), value);
                continue;
            }
            if (isPosOnly) {
                posOnlyAsKw.push_back(std::string(name->view()));
                continue;
            }
            raiseFormat(ts, ts.rt.types.TypeError, "%s() got an unexpected keyword argument '%s'", fname, name->data());
        }
        if (!fast[slot].isEmpty())
            raiseFormat(ts, ts.rt.types.TypeError, "%s() got multiple values for argument '%s'", fname, name->data());
        fast[slot] = value;
    }
    if (!posOnlyAsKw.empty()) {
        std::string list;
        for (size_t i = 0; i < posOnlyAsKw.size(); i++) list += (i ? ", " : "") + posOnlyAsKw[i];
        raiseFormat(ts, ts.rt.types.TypeError,
                    "%s() got some positional-only arguments passed as keyword arguments: '%s'", fname, list.c_str());
    }

    // Defaults for what is still missing.
    size_t nDefaults = fn->defaults ? fn->defaults->size : 0;
    size_t firstDefault = nPositional - nDefaults;
    std::vector<std::string> missing;
    for (size_t i = 0; i < nPositional; i++) {
        if (!fast[i].isEmpty()) continue;
        if (i >= firstDefault) fast[i] = fn->defaults->items()[i - firstDefault];
        else missing.push_back(cc.varnames[i]);
    }
    if (!missing.empty()) raiseMissing(ts, fn, missing, "positional");
    for (size_t i = nPositional; i < nPositional + nKwOnly; i++) {
        if (!fast[i].isEmpty()) continue;
        Value d = fn->kwDefaults ? dictGetStr(fn->kwDefaults, fn->code->varnames[i]) : Value();
        if (!d.isEmpty()) fast[i] = d;
        else missing.push_back(cc.varnames[i]);
    }
    if (!missing.empty()) raiseMissing(ts, fn, missing, "keyword-only");
}

} // namespace

Frame* pushFrame(ThreadState& ts, CodeObject* code, DictObject* globals, DictObject* builtins) {
    if (SPINDLE_UNLIKELY(ts.depth >= ts.rt.recursionLimit))
        raiseError(ts, ts.rt.types.RecursionError, "maximum recursion depth exceeded");
    size_t slots = static_cast<size_t>(code->nlocals + code->ncells + code->nfrees + code->maxStack);
    Frame* frame = ts.frames.push(slots);
    if (SPINDLE_UNLIKELY(!frame)) raiseMemoryError(ts);
    frame->code = code;
    frame->globals = globals;
    frame->builtins = builtins;
    frame->pc = code->code;
    Value* fast = frame->fast();
    size_t n = static_cast<size_t>(code->nlocals + code->ncells + code->nfrees);
    for (size_t i = 0; i < n; i++) new (&fast[i]) Value();
    frame->sp = fast + n;
    frame->previous = ts.frame;
    ts.frame = frame;
    ts.depth++;
    return frame;
}

void popFrame(ThreadState& ts, Frame* frame) {
    ts.frame = frame->previous;
    ts.depth--;
    // A generator's frame is its own memory, never on the frame stack.
    if (SPINDLE_LIKELY(!frame->generator)) ts.frames.pop(frame);
}

Frame* pushCallFrame(ThreadState& ts, FunctionObject* fn, const Value* argv, size_t argc, TupleObject* kwnames) {
    CodeObject* code = fn->code;
    Frame* frame = pushFrame(ts, code, fn->globals, fn->builtins);
    frame->function = fn;
    Value* fast = frame->fast();
    const CompiledCode& cc = *code->compiled;
    if (SPINDLE_LIKELY(!kwnames && argc == static_cast<size_t>(cc.argCount) &&
                       !(cc.flags & (kCodeVarArgs | kCodeVarKeywords)) && cc.kwOnlyCount == 0)) {
        for (size_t i = 0; i < argc; i++) fast[i] = argv[i];
    } else {
        try {
            bindArguments(ts, fn, fast, argv, argc, kwnames);
        } catch (const PyThrow&) {
            popFrame(ts, frame);
            throw;
        }
    }
    // Cells for captured locals, and the closure's cells for free variables.
    Value* cells = fast + code->nlocals;
    for (int i = 0; i < code->ncells; i++) cells[i] = Value::object(ts.rt.heap.make<CellObject>(ts.rt.types.cell, 0));
    for (int i = 0; i < code->nfrees; i++) cells[code->ncells + i] = fn->closure->items()[i];
    return frame;
}

Value callFunction(ThreadState& ts, FunctionObject* fn, Args args) {
    // Native code calling back into Python nests eval loops on the C stack;
    // stop before it runs out (a fiber's stack is smaller than a thread's).
    if (SPINDLE_UNLIKELY(ts.nearStackLimit()))
        raiseError(ts, ts.rt.types.RecursionError, "maximum recursion depth exceeded");
    Frame* frame = pushCallFrame(ts, fn, args.values, args.count, args.kwnames);
    frame->isEntry = true;
    return evalFrame(ts, frame);
}

Value runModuleCode(ThreadState& ts, CodeObject* code, DictObject* globals) {
    if (dictGetStr(globals, ts.rt.names.__builtins__).isEmpty())
        dictSet(ts, globals, Value::object(ts.rt.names.__builtins__), Value::object(ts.rt.builtinsModule));
    Frame* frame = pushFrame(ts, code, globals, ts.rt.builtins);
    frame->isEntry = true;
    return evalFrame(ts, frame);
}

Value runClassBody(ThreadState& ts, FunctionObject* body, DictObject* ns) {
    Frame* frame = pushCallFrame(ts, body, nullptr, 0, nullptr);
    frame->locals = ns;
    frame->isEntry = true;
    return evalFrame(ts, frame);
}

DictObject* callerLocals(ThreadState& ts) {
    Frame* frame = ts.frame;
    if (!frame) return newDict(ts);
    if (frame->locals) return frame->locals;
    if (!frame->function) return frame->globals;
    // A function's locals live in fast slots and cells: a snapshot, as CPython's locals().
    DictObject* d = newDict(ts);
    CodeObject* code = frame->code;
    const CompiledCode& cc = *code->compiled;
    for (size_t i = 0; i < cc.varnames.size(); i++)
        if (!frame->fast()[i].isEmpty()) dictSet(ts, d, Value::object(code->varnames[i]), frame->fast()[i]);
    for (size_t i = 0; i < cc.cellvars.size() + cc.freevars.size(); i++) {
        Value cell = frame->cells()[i];
        if (!isKind(cell, ObjKind::Cell) || as<CellObject>(cell)->contents.isEmpty()) continue;
        const std::string& name = i < cc.cellvars.size() ? cc.cellvars[i] : cc.freevars[i - cc.cellvars.size()];
        dictSet(ts, d, Value::object(intern(ts, name)), as<CellObject>(cell)->contents);
    }
    return d;
}

namespace {

// super() with no arguments, called from a method: the class comes from the
// method's __class__ cell (the compiler gives every function that mentions
// super or __class__ one), the instance from its first argument, which may
// itself live in a cell when an inner function captures it.
bool zeroArgSuper(ThreadState& ts, Value& thisClass, Value& self) {
    Frame* frame = ts.frame;
    if (!frame || !frame->function) return false;
    CodeObject* code = frame->code;
    const CompiledCode& cc = *code->compiled;
    if (cc.argCount == 0 && !(cc.flags & kCodeVarArgs)) return false;
    self = frame->fast()[0];
    for (size_t i = 0; i < cc.cellvars.size(); i++)
        if (cc.cellvars[i] == cc.varnames[0]) self = as<CellObject>(frame->cells()[i])->contents;
    if (self.isEmpty()) return false;
    for (size_t i = 0; i < cc.freevars.size(); i++) {
        if (cc.freevars[i] != "__class__") continue;
        Value cell = frame->cells()[cc.cellvars.size() + i];
        thisClass = as<CellObject>(cell)->contents;
        if (thisClass.isEmpty()) raiseError(ts, ts.rt.types.RuntimeError, "super(): empty __class__ cell");
        return true;
    }
    raiseError(ts, ts.rt.types.RuntimeError, "super(): __class__ cell not found");
}

} // namespace

void installInterpreter(Runtime& rt) {
    rt.interp.callFunction = callFunction;
    rt.interp.zeroArgSuper = zeroArgSuper;
}

} // namespace spindle
