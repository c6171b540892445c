// Builtins.cpp — the functions of the builtins module (the types and exception
// classes are put there by Runtime::initialize; numeric functions live in
// BuiltinsNumeric.cpp).
//
// Every function checks its arguments the way CPython's does and raises the same
// messages (see BuiltinArgs.h for the three styles). GC: these functions call
// into Python (key functions, __str__, __next__, ...), so any object they create
// and still need afterwards is held in a Handle.
#include "interpreter/Interpreter.h"
#include "interpreter/Generators.h"
#include "runtime/Ops.h"
#include "runtime/Threads.h"
#include "runtime/types/Containers.h"
#include "runtime/types/TypeInit.h"
#include "runtime/types/Unicode.h"
#include "stdlib/BuiltinArgs.h"
#include "stdlib/Builtins.h"
#include "stdlib/FileObject.h"

#include <algorithm>
#include <string>
#include <vector>

namespace spindle {

namespace {

// sys.<name> when the sys module exists and has it, else empty.
Value sysAttribute(ThreadState& ts, std::string_view name) {
    ModuleObject* sys = ts.rt.sysModule;
    if (!sys || !sys->dict) return Value();
    return dictGetStr(sys->dict, intern(ts, name));
}

bool isStandardStream(Value v, FileObject::Stream stream) {
    return isKind(v, ObjKind::File) && static_cast<FileObject*>(static_cast<NativeObject*>(v.asObject()))->stream == stream;
}

// ---- print / input ------------------------------------------------------------

// sep/end: None or a str; returns the text to use.
std::string_view separatorArgument(ThreadState& ts, Value v, const char* what, std::string_view fallback) {
    if (v.isEmpty() || v.isNone()) return fallback;
    if (isKind(v, ObjKind::Str)) return as<StrObject>(v)->view();
    std::string_view got = typeName(ts, v);
    raiseFormat(ts, ts.rt.types.TypeError, "%s must be None or a string, not %.*s", what, static_cast<int>(got.size()),
                got.data());
}

Value builtinPrint(ThreadState& ts, Value self, Args args) {
    size_t npos = args.positionalCount();
    Value sep, end, file, flush;
    for (size_t k = 0; k < args.keywordCount(); k++) {
        StrObject* name = as<StrObject>(args.kwnames->items()[k]);
        Value v = args[npos + k];
        std::string_view n = name->view();
        if (n == "sep") sep = v;
        else if (n == "end") end = v;
        else if (n == "file") file = v;
        else if (n == "flush") flush = v;
        else raiseInvalidKeyword(ts, "print", name);
    }
    std::string_view sepText = separatorArgument(ts, sep, "sep", " ");
    std::string_view endText = separatorArgument(ts, end, "end", "\n");

    // Default target: sys.stdout (scripts may replace it), else the host's stdout.
    Handle target(ts, file.isEmpty() || file.isNone() ? sysAttribute(ts, "stdout") : file);
    if (target.get().isNone()) return Value::none(); // CPython: print() to sys.stdout = None does nothing
    bool hostStdout = target.get().isEmpty() || isStandardStream(target.get(), FileObject::Stream::Stdout);

    if (hostStdout || isKind(target.get(), ObjKind::File)) {
        // One write for the whole line: cheaper, and never interleaved with
        // another thread's output mid-line.
        std::string line;
        for (size_t i = 0; i < npos; i++) {
            if (i) line += sepText;
            if (isKind(args[i], ObjKind::Str)) line += as<StrObject>(args[i])->view();
            else line += toStr(ts, args[i])->view();
        }
        line += endText;
        if (target.get().isEmpty()) writeStdout(ts, line);
        else writeToFile(ts, target.get(), line);
    } else {
        // A user object: file.write() once per piece, as CPython does.
        for (size_t i = 0; i < npos; i++) {
            if (i) writeToFile(ts, target.get(), sepText);
            std::string text(toStr(ts, args[i])->view());
            writeToFile(ts, target.get(), text);
        }
        writeToFile(ts, target.get(), endText);
    }
    if (!flush.isEmpty() && truthy(ts, flush)) {
        if (target.get().isEmpty()) {
            if (ts.rt.hooks.flush) ts.rt.hooks.flush(1);
        } else {
            flushFile(ts, target.get());
        }
    }
    return Value::none();
}

Value builtinInput(ThreadState& ts, Value self, Args args) {
    expectArgRange(ts, "input", args, 0, 1);
    Handle out(ts, sysAttribute(ts, "stdout"));
    if (args.count == 1) {
        std::string prompt(toStr(ts, args[0])->view());
        if (out.get().isEmpty() || out.get().isNone()) writeStdout(ts, prompt);
        else writeToFile(ts, out.get(), prompt);
    }
    if (out.get().isEmpty() || out.get().isNone()) {
        if (ts.rt.hooks.flush) ts.rt.hooks.flush(1);
    } else {
        flushFile(ts, out.get());
    }

    Handle in(ts, sysAttribute(ts, "stdin")); // stays alive while the read waits without the GIL
    std::string line;
    bool gotLine;
    if (in.get().isNone()) raiseError(ts, ts.rt.types.RuntimeError, "input(): lost sys.stdin");
    if (isKind(in, ObjKind::File)) {
        gotLine = readStandardInputLine(ts, static_cast<FileObject*>(static_cast<NativeObject*>(in.get().asObject())), line);
    } else if (!in.get().isEmpty()) {
        Value got = callMethod(ts, in, intern(ts, "readline"), Args{});
        if (!isKind(got, ObjKind::Str)) raiseError(ts, ts.rt.types.TypeError, "object.readline() returned non-string");
        line = as<StrObject>(got)->view();
        gotLine = !line.empty();
    } else {
        gotLine = ts.rt.hooks.readLine && blockWithoutGil(ts, [&] { return ts.rt.hooks.readLine(line); });
    }
    if (!gotLine) raiseError(ts, ts.rt.types.EOFError, "EOF when reading a line");
    if (!line.empty() && line.back() == '\n') line.pop_back();
    return strValue(ts, line);
}

// ---- simple one-argument functions ------------------------------------------------

Value builtinLen(ThreadState& ts, Value self, Args args) {
    return Value::integer(length(ts, expectOneArg(ts, "len", args)));
}

Value builtinRepr(ThreadState& ts, Value self, Args args) {
    return Value::object(repr(ts, expectOneArg(ts, "repr", args)));
}

Value builtinAscii(ThreadState& ts, Value self, Args args) {
    StrObject* text = repr(ts, expectOneArg(ts, "ascii", args));
    if (text->isAscii()) return Value::object(text);
    std::string_view s = text->view();
    std::string out;
    out.reserve(s.size() + 16);
    char buf[16];
    for (size_t i = 0; i < s.size();) {
        uint32_t cp = utf8Decode(s, i);
        if (cp < 0x80) out.push_back(static_cast<char>(cp));
        else if (cp < 0x100) out.append(buf, std::snprintf(buf, sizeof buf, "\\x%02x", cp));
        else if (cp < 0x10000) out.append(buf, std::snprintf(buf, sizeof buf, "\\u%04x", cp));
        else out.append(buf, std::snprintf(buf, sizeof buf, "\\U%08x", cp));
    }
    return strValue(ts, out);
}

Value builtinHash(ThreadState& ts, Value self, Args args) {
    return Value::integer(hashValue(ts, expectOneArg(ts, "hash", args)));
}

// A number that is the same for two values exactly when they are `is`-identical.
// Heap objects use their address (below 2**63). Inline values (ints, floats,
// bools, None) have no address, so they get 2**64 * (tag + 1) + payload bits,
// a big int that can never collide with an address.
Value builtinId(ThreadState& ts, Value self, Args args) {
    Value v = expectOneArg(ts, "id", args);
    if (v.isObject()) return Value::integer(static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.asObject())));
    unsigned __int128 id = (static_cast<unsigned __int128>(static_cast<uint8_t>(v.tag()) + 1) << 64) | v.rawBits();
    char digits[48];
    size_t n = 0;
    do {
        digits[n++] = static_cast<char>('0' + static_cast<int>(id % 10));
        id /= 10;
    } while (id != 0);
    std::reverse(digits, digits + n);
    return intFromBigText(ts, std::string_view(digits, n));
}

Value builtinOrd(ThreadState& ts, Value self, Args args) {
    Value v = expectOneArg(ts, "ord", args);
    size_t len;
    if (isKind(v, ObjKind::Str)) {
        StrObject* s = as<StrObject>(v);
        len = s->charLength;
        if (len == 1) {
            size_t i = 0;
            return Value::integer(utf8Decode(s->view(), i));
        }
    } else if (isKind(v, ObjKind::Bytes)) {
        BytesObject* b = as<BytesObject>(v);
        len = b->length;
        if (len == 1) return Value::integer(b->data()[0]);
    } else {
        std::string_view got = typeName(ts, v);
        raiseFormat(ts, ts.rt.types.TypeError, "ord() expected string of length 1, but %.*s found",
                    static_cast<int>(got.size()), got.data());
    }
    raiseFormat(ts, ts.rt.types.TypeError, "ord() expected a character, but string of length %zu found", len);
}

Value builtinChr(ThreadState& ts, Value self, Args args) {
    int64_t cp = indexOf(ts, expectOneArg(ts, "chr", args));
    if (cp < 0 || cp > 0x10FFFF) raiseError(ts, ts.rt.types.ValueError, "chr() arg not in range(0x110000)");
    std::string out;
    utf8Append(out, static_cast<uint32_t>(cp));
    return strValue(ts, out);
}

Value builtinCallable(ThreadState& ts, Value self, Args args) {
    return Value::boolean(isCallable(ts, expectOneArg(ts, "callable", args)));
}

// ---- iteration ---------------------------------------------------------------------

Value builtinIter(ThreadState& ts, Value self, Args args) {
    expectArgRange(ts, "iter", args, 1, 2);
    if (args.count == 1) return getIter(ts, args[0]);
    Value fn = args[0];
    TypeObject* t = typeOf(ts, fn);
    if (!t->slots.call && lookupInType(t, ts.rt.names.__call__).isEmpty())
        raiseError(ts, ts.rt.types.TypeError, "iter(v, w): v must be callable");
    IteratorObject* it = newIterator(ts, IterKind::Callable, fn);
    it->extra = args[1];
    return Value::object(it);
}

Value builtinNext(ThreadState& ts, Value self, Args args) {
    expectArgRange(ts, "next", args, 1, 2);
    // A generator's StopIteration carries its return value.
    if (args.count == 1 && isKind(args[0], ObjKind::Generator))
        return generatorNextOrStop(ts, as<GeneratorObject>(args[0]), Value::none());
    Value out;
    if (iterNext(ts, args[0], out)) return out;
    if (args.count == 2) return args[1];
    raise(ts, Value::object(ts.rt.types.StopIteration));
}

Value anyAll(ThreadState& ts, Args args, const char* name, bool wantTrue) {
    Value iterable = expectOneArg(ts, name, args);
    bool found = false;
    forEach(ts, iterable, [&](Value item) {
        found = truthy(ts, item) == wantTrue;
        return !found;
    });
    return Value::boolean(wantTrue ? found : !found);
}

Value builtinAny(ThreadState& ts, Value self, Args args) { return anyAll(ts, args, "any", true); }
Value builtinAll(ThreadState& ts, Value self, Args args) { return anyAll(ts, args, "all", false); }

Value minMax(ThreadState& ts, Args args, bool isMax) {
    const char* name = isMax ? "max" : "min";
    size_t npos = args.positionalCount();
    if (npos == 0) raiseFormat(ts, ts.rt.types.TypeError, "%s expected at least 1 argument, got 0", name);
    size_t nkw = args.keywordCount();
    if (nkw > 2)
        raiseFormat(ts, ts.rt.types.TypeError, "%s() takes at most 2 keyword arguments (%zu given)", name, nkw);
    Value key, dflt;
    for (size_t k = 0; k < nkw; k++) {
        StrObject* kw = as<StrObject>(args.kwnames->items()[k]);
        if (kw->view() == "key") key = args[npos + k];
        else if (kw->view() == "default") dflt = args[npos + k];
        else raiseInvalidKeyword(ts, name, kw);
    }
    if (npos > 1 && !dflt.isEmpty())
        raiseFormat(ts, ts.rt.types.TypeError, "Cannot specify a default for %s() with multiple positional arguments",
                    name);
    if (key.isNone()) key = Value();

    // best and its key may be fresh objects (from a generator, from key()), and
    // the next key() or comparison may run Python code: keep them rooted.
    Handle best(ts), bestKey(ts), item(ts);
    const CompareOperator op = isMax ? CompareOperator::GT : CompareOperator::LT;
    auto consider = [&](Value v) {
        item.set(v);
        Value k = key.isEmpty() ? v : call1(ts, key, v);
        if (best.get().isEmpty() || compareBool(ts, op, k, bestKey.get())) {
            best.set(item.get());
            bestKey.set(k);
        }
        return true;
    };
    if (npos == 1) {
        forEach(ts, args[0], consider);
    } else {
        for (size_t i = 0; i < npos; i++) consider(args[i]);
    }
    if (best.get().isEmpty()) {
        if (!dflt.isEmpty()) return dflt;
        raiseFormat(ts, ts.rt.types.ValueError, "%s() arg is an empty sequence", name);
    }
    return best.get();
}

Value builtinMin(ThreadState& ts, Value self, Args args) { return minMax(ts, args, false); }
Value builtinMax(ThreadState& ts, Value self, Args args) { return minMax(ts, args, true); }

Value builtinSorted(ThreadState& ts, Value self, Args args) {
    size_t npos = args.positionalCount();
    if (npos != 1) raiseFormat(ts, ts.rt.types.TypeError, "sorted expected 1 argument, got %zu", npos);
    Handle list(ts, Value::object(newList(ts)));
    ListObject* l = as<ListObject>(list.get());
    forEach(ts, args[0], [&](Value v) {
        l->items.push_back(v);
        return true;
    });
    // The keyword arguments (key=, reverse=) go to list.sort unchanged, so its
    // checks and messages apply ("'foo' is an invalid keyword argument for sort()").
    callMethod(ts, list.get(), intern(ts, "sort"), Args{args.values + 1, args.count - 1, args.kwnames});
    return list.get();
}

// ---- types and attributes ----------------------------------------------------------

// isinstance/issubclass over a type or a (nested) tuple of types. Nested tuples
// are walked recursively with a depth limit so a self-nesting input cannot
// overflow the C++ stack.
bool matchesClassInfo(ThreadState& ts, TypeObject* subject, Value info, bool forIsinstance, int depth) {
    if (isKind(info, ObjKind::Type)) return isSubtype(subject, as<TypeObject>(info));
    if (isKind(info, ObjKind::Tuple)) {
        if (depth > ts.rt.recursionLimit)
            raiseFormat(ts, ts.rt.types.RecursionError, "maximum recursion depth exceeded in %s",
                        forIsinstance ? "__instancecheck__" : "__subclasscheck__");
        TupleObject* t = as<TupleObject>(info);
        for (size_t i = 0; i < t->size; i++)
            if (matchesClassInfo(ts, subject, t->items()[i], forIsinstance, depth + 1)) return true;
        return false;
    }
    if (forIsinstance)
        raiseError(ts, ts.rt.types.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    raiseError(ts, ts.rt.types.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

Value builtinIsinstance(ThreadState& ts, Value self, Args args) {
    expectArgRange(ts, "isinstance", args, 2, 2);
    return Value::boolean(matchesClassInfo(ts, typeOf(ts, args[0]), args[1], true, 0));
}

Value builtinIssubclass(ThreadState& ts, Value self, Args args) {
    expectArgRange(ts, "issubclass", args, 2, 2);
    if (!isKind(args[0], ObjKind::Type)) {
        // CPython checks arg 1 only when it gets to compare it with a class.
        if (isKind(args[1], ObjKind::Tuple) && as<TupleObject>(args[1])->size == 0) return Value::boolean(false);
        raiseError(ts, ts.rt.types.TypeError, "issubclass() arg 1 must be a class");
    }
    return Value::boolean(matchesClassInfo(ts, as<TypeObject>(args[0]), args[1], false, 0));
}

// getAttr that reports a missing attribute (AttributeError) as false.
bool tryGetAttr(ThreadState& ts, Value obj, StrObject* name, Value& out) {
    try {
        return getAttrOpt(ts, obj, name, out);
    } catch (PyThrow&) {
        if (!isInstance(ts, ts.raised, ts.rt.types.AttributeError)) throw;
        takeRaised(ts);
        return false;
    }
}

Value builtinGetattr(ThreadState& ts, Value self, Args args) {
    expectArgRange(ts, "getattr", args, 2, 3);
    StrObject* name = attributeName(ts, args[1]);
    if (args.count == 2) return getAttr(ts, args[0], name);
    Value out;
    return tryGetAttr(ts, args[0], name, out) ? out : args[2];
}

Value builtinHasattr(ThreadState& ts, Value self, Args args) {
    expectArgRange(ts, "hasattr", args, 2, 2);
    StrObject* name = attributeName(ts, args[1]);
    Value out;
    return Value::boolean(tryGetAttr(ts, args[0], name, out));
}

Value builtinSetattr(ThreadState& ts, Value self, Args args) {
    expectArgRange(ts, "setattr", args, 3, 3);
    setAttr(ts, args[0], attributeName(ts, args[1]), args[2]);
    return Value::none();
}

Value builtinDelattr(ThreadState& ts, Value self, Args args) {
    expectArgRange(ts, "delattr", args, 2, 2);
    delAttr(ts, args[0], attributeName(ts, args[1]));
    return Value::none();
}

Value builtinFormat(ThreadState& ts, Value self, Args args) {
    expectArgRange(ts, "format", args, 1, 2);
    StrObject* spec = as<StrObject>(ts.rt.emptyStr);
    if (args.count == 2) {
        if (!isKind(args[1], ObjKind::Str)) {
            // Argument Clinic's wording: None is named as "None", not "NoneType".
            std::string_view got = args[1].isNone() ? std::string_view("None") : typeName(ts, args[1]);
            raiseFormat(ts, ts.rt.types.TypeError, "format() argument 2 must be str, not %.*s",
                        static_cast<int>(got.size()), got.data());
        }
        spec = as<StrObject>(args[1]);
    }
    return Value::object(formatValue(ts, args[0], spec));
}

Value builtinVars(ThreadState& ts, Value self, Args args) {
    expectArgRange(ts, "vars", args, 0, 1);
    if (args.count == 0) return Value::object(callerLocals(ts));
    Value out;
    if (!tryGetAttr(ts, args[0], ts.rt.names.__dict__, out))
        raiseError(ts, ts.rt.types.TypeError, "vars() argument must have __dict__ attribute");
    return out;
}

void addKeys(ThreadState& ts, SetObject* names, DictObject* dict) {
    if (!dict) return;
    for (const HashEntry& e : dict->table.entries())
        if (!e.key.isEmpty()) setAdd(ts, names, e.key); // str keys: no Python code runs
}

// dir(obj): the instance's attributes plus those of its type and the type's
// bases (or, for a class, of the class and its bases), sorted.
Value builtinDir(ThreadState& ts, Value self, Args args) {
    expectArgRange(ts, "dir", args, 0, 1);
    Value obj = args.count ? args[0] : Value();
    Handle names(ts, Value::object(newSet(ts)));
    SetObject* set = as<SetObject>(names.get());
    if (obj.isEmpty()) {
        addKeys(ts, set, callerLocals(ts));
    } else if (isKind(obj, ObjKind::Module)) {
        addKeys(ts, set, as<ModuleObject>(obj)->dict);
    } else {
        Value dict;
        if (tryGetAttr(ts, obj, ts.rt.names.__dict__, dict) && isKind(dict, ObjKind::Dict))
            addKeys(ts, set, as<DictObject>(dict));
        TypeObject* t = isKind(obj, ObjKind::Type) ? as<TypeObject>(obj) : typeOf(ts, obj);
        for (size_t i = 0; t->mro && i < t->mro->size; i++)
            addKeys(ts, set, as<TypeObject>(t->mro->items()[i])->dict);
        if (!isKind(obj, ObjKind::Type)) setAdd(ts, set, Value::object(ts.rt.names.__class__));
    }
    ListObject* list = newList(ts, set->table.size());
    for (const HashEntry& e : set->table.entries())
        if (!e.key.isEmpty()) list->items.push_back(e.key);
    // Names are strs, so sorting them runs no Python code.
    std::sort(list->items.begin(), list->items.end(), [](Value a, Value b) {
        return as<StrObject>(a)->view() < as<StrObject>(b)->view();
    });
    return Value::object(list);
}

// exit()/quit(): SystemExit(code), where a missing code is None.
Value builtinExit(ThreadState& ts, Value self, Args args) {
    expectArgRange(ts, "exit", args, 0, 1);
    TupleObject* excArgs = newTuple(ts, 1);
    excArgs->items()[0] = args.count ? args[0] : Value::none();
    raise(ts, Value::object(newExceptionArgs(ts, ts.rt.types.SystemExit, excArgs)));
}

Value builtinLocals(ThreadState& ts, Value, Args args) {
    expectArgRange(ts, "locals", args, 0, 0);
    return Value::object(callerLocals(ts));
}

Value builtinGlobals(ThreadState& ts, Value, Args args) {
    expectArgRange(ts, "globals", args, 0, 0);
    if (!ts.frame) return Value::object(newDict(ts));
    return Value::object(ts.frame->globals);
}

// __build_class__(body, name, *bases, metaclass=..., **kwargs): what a `class`
// statement calls. Picks the most derived metaclass, runs the body in a fresh
// namespace, creates the class through the metaclass and fills the body's
// __class__ cell (zero-argument super()).
Value builtinBuildClass(ThreadState& ts, Value, Args args) {
    Runtime& rt = ts.rt;
    size_t npos = args.positionalCount();
    if (npos < 2) raiseError(ts, rt.types.TypeError, "__build_class__: not enough arguments");
    if (!isKind(args[0], ObjKind::Function)) raiseError(ts, rt.types.TypeError, "__build_class__: func must be a function");
    if (!isKind(args[1], ObjKind::Str)) raiseError(ts, rt.types.TypeError, "__build_class__: name is not a string");
    TupleObject* bases = newTuple(ts, npos - 2);
    for (size_t i = 2; i < npos; i++) (*bases)[i - 2] = args[i];
    Handle keepBases(ts, Value::object(bases));

    // Keywords: metaclass= is ours, the rest go to the metaclass.
    Value meta;
    std::vector<Value> kwValues;
    TupleObject* kwnames = nullptr;
    size_t nkw = args.keywordCount();
    if (nkw) {
        std::vector<Value> names;
        for (size_t k = 0; k < nkw; k++) {
            Value name = (*args.kwnames)[k];
            if (as<StrObject>(name)->view() == "metaclass") meta = args[npos + k];
            else {
                names.push_back(name);
                kwValues.push_back(args[npos + k]);
            }
        }
        if (!names.empty()) {
            kwnames = newTuple(ts, names.size());
            for (size_t i = 0; i < names.size(); i++) (*kwnames)[i] = names[i];
        }
    }
    Handle keepKwnames(ts, kwnames ? Value::object(kwnames) : Value());
    bool explicitMeta = !meta.isEmpty();
    if (!explicitMeta) meta = Value::object(bases->size ? typeOf(ts, (*bases)[0]) : rt.types.type);
    if (isKind(meta, ObjKind::Type)) meta = Value::object(mostDerivedMetaclass(ts, as<TypeObject>(meta), bases));
    Handle keepMeta(ts, meta);

    DictObject* ns = newDict(ts);
    Handle keepNs(ts, Value::object(ns));
    Value cell = runClassBody(ts, as<FunctionObject>(args[0]), ns);
    Handle keepCell(ts, cell);

    std::vector<Value> callArgs{args[1], Value::object(bases), Value::object(ns)};
    callArgs.insert(callArgs.end(), kwValues.begin(), kwValues.end());
    Value cls = call(ts, meta, Args{callArgs.data(), callArgs.size(), kwnames});
    if (CellObject* c = asOrNull<CellObject>(cell)) c->contents = cls;
    return cls;
}

} // namespace

void initBuiltinsModule(ThreadState& ts) {
    DictObject* b = ts.rt.builtins;
    defineNative(ts, b, "print", builtinPrint);
    defineNative(ts, b, "input", builtinInput);
    defineNative(ts, b, "open", builtinOpen);
    defineNative(ts, b, "len", builtinLen);
    defineNative(ts, b, "repr", builtinRepr);
    defineNative(ts, b, "ascii", builtinAscii);
    defineNative(ts, b, "hash", builtinHash);
    defineNative(ts, b, "id", builtinId);
    defineNative(ts, b, "ord", builtinOrd);
    defineNative(ts, b, "chr", builtinChr);
    defineNative(ts, b, "callable", builtinCallable);
    defineNative(ts, b, "iter", builtinIter);
    defineNative(ts, b, "next", builtinNext);
    defineNative(ts, b, "any", builtinAny);
    defineNative(ts, b, "all", builtinAll);
    defineNative(ts, b, "min", builtinMin);
    defineNative(ts, b, "max", builtinMax);
    defineNative(ts, b, "sorted", builtinSorted);
    defineNative(ts, b, "__build_class__", builtinBuildClass);
    defineNative(ts, b, "isinstance", builtinIsinstance);
    defineNative(ts, b, "issubclass", builtinIssubclass);
    defineNative(ts, b, "getattr", builtinGetattr);
    defineNative(ts, b, "hasattr", builtinHasattr);
    defineNative(ts, b, "setattr", builtinSetattr);
    defineNative(ts, b, "delattr", builtinDelattr);
    defineNative(ts, b, "format", builtinFormat);
    defineNative(ts, b, "vars", builtinVars);
    defineNative(ts, b, "locals", builtinLocals);
    defineNative(ts, b, "globals", builtinGlobals);
    defineNative(ts, b, "dir", builtinDir);
    defineNative(ts, b, "exit", builtinExit);
    defineNative(ts, b, "quit", builtinExit);
    defineNumericBuiltins(ts);
}

} // namespace spindle
