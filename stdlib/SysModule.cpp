// SysModule.cpp — the sys module (the part scripts commonly use).
#include "runtime/Ops.h"
#include "stdlib/BuiltinArgs.h"
#include "stdlib/FileObject.h"
#include "stdlib/Modules.h"

#include <climits>
#include <string>
#include <unistd.h>

namespace spindle {

namespace {

// sys.exit([code]): SystemExit(code); with no argument, SystemExit() (code None).
Value sysExit(ThreadState& ts, Value self, Args args) {
    expectArgRange(ts, "exit", args, 0, 1);
    // CPython raises SystemExit with the status as "the value", and a tuple value
    // becomes the exception's args: sys.exit((1, 2)).args == (1, 2).
    TupleObject* excArgs;
    if (args.count && isKind(args[0], ObjKind::Tuple)) {
        excArgs = as<TupleObject>(args[0]);
    } else {
        excArgs = newTuple(ts, args.count);
        if (args.count) excArgs->items()[0] = args[0];
    }
    raise(ts, Value::object(newExceptionArgs(ts, ts.rt.types.SystemExit, excArgs)));
}

Value sysGetswitchinterval(ThreadState& ts, Value self, Args args) {
    expectNoArgs(ts, "sys.getswitchinterval", args);
    return Value::real(ts.rt.gil.switchInterval());
}

Value sysSetswitchinterval(ThreadState& ts, Value self, Args args) {
    Value v = expectOneArg(ts, "sys.setswitchinterval", args);
    double seconds = toDouble(ts, v);
    if (!(seconds > 0.0)) raiseError(ts, ts.rt.types.ValueError, "switch interval must be strictly positive");
    ts.rt.gil.setSwitchInterval(seconds);
    return Value::none();
}

Value sysGetrecursionlimit(ThreadState& ts, Value self, Args args) {
    expectNoArgs(ts, "sys.getrecursionlimit", args);
    return Value::integer(ts.rt.recursionLimit);
}

Value sysSetrecursionlimit(ThreadState& ts, Value self, Args args) {
    Value v = expectOneArg(ts, "sys.setrecursionlimit", args);
    int64_t limit = indexOf(ts, v);
    if (limit > INT_MAX) raiseError(ts, ts.rt.types.OverflowError, "Python int too large to convert to C int");
    if (limit < 1) raiseError(ts, ts.rt.types.ValueError, "recursion limit must be greater or equal than 1");
    ts.rt.recursionLimit = static_cast<int>(limit);
    return Value::none();
}

// sys.exc_info(): (type, value, traceback) of the exception being handled.
Value sysExcInfo(ThreadState& ts, Value self, Args args) {
    expectNoArgs(ts, "sys.exc_info", args);
    TupleObject* info = newTuple(ts, 3); // items start as None
    if (isKind(ts.handled, ObjKind::Exception)) {
        ExceptionObject* e = as<ExceptionObject>(ts.handled);
        info->items()[0] = Value::object(e->type);
        info->items()[1] = ts.handled;
        if (e->traceback) info->items()[2] = Value::object(e->traceback);
    }
    return Value::object(info);
}

Value sysIntern(ThreadState& ts, Value self, Args args) {
    Value v = expectOneArg(ts, "intern", args);
    if (!isKind(v, ObjKind::Str)) {
        std::string_view got = typeName(ts, v);
        raiseFormat(ts, ts.rt.types.TypeError, "intern() argument must be str, not %.*s",
                    static_cast<int>(got.size()), got.data());
    }
    return Value::object(intern(ts, as<StrObject>(v)->view()));
}

Value sysGetdefaultencoding(ThreadState& ts, Value self, Args args) {
    expectNoArgs(ts, "sys.getdefaultencoding", args);
    return strValue(ts, "utf-8");
}

std::string executablePath() {
    char buf[4096];
    ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    return n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string();
}

// sys.version_info: a tuple whose five fields also have names, as CPython's
// struct sequence (repr `sys.version_info(major=3, ...)`).
constexpr const char* kVersionFields[] = {"major", "minor", "micro", "releaselevel", "serial"};

StrObject* versionInfoRepr(ThreadState& ts, Value self) {
    TupleObject* t = as<TupleObject>(self);
    std::string out = "sys.version_info(";
    for (size_t i = 0; i < t->size; i++) {
        if (i) out += ", ";
        out += kVersionFields[i];
        out += "=";
        out += repr(ts, t->items()[i])->view();
    }
    out += ")";
    return newStr(ts, out);
}

bool versionInfoGetAttr(ThreadState&, Value obj, StrObject* name, Value& out) {
    TupleObject* t = as<TupleObject>(obj);
    for (size_t i = 0; i < t->size; i++) {
        if (name->view() == kVersionFields[i]) {
            out = t->items()[i];
            return true;
        }
    }
    return false;
}

Value newVersionInfo(ThreadState& ts) {
    TypeObject* type = newBuiltinType(ts, "sys.version_info", ts.rt.types.tuple, ObjKind::Tuple);
    type->qualname = intern(ts, "version_info");
    type->allowsSubclassing = false;
    type->slots.repr = versionInfoRepr;
    type->slots.str = nullptr;
    type->slots.getAttr = versionInfoGetAttr;
    Handle keepType(ts, Value::object(type));
    TupleObject* info = ts.rt.heap.make<TupleObject>(type, 5 * sizeof(Value));
    info->size = 5;
    info->items()[0] = Value::integer(3);
    info->items()[1] = Value::integer(11);
    info->items()[2] = Value::integer(0);
    info->items()[3] = Value::object(intern(ts, "final"));
    info->items()[4] = Value::integer(0);
    return Value::object(info);
}

} // namespace

ModuleObject* createSysModule(ThreadState& ts) {
    Runtime& rt = ts.rt;
    // Nothing below runs Python code, so the new objects need no handles until
    // the caller stores the module somewhere rooted.
    ModuleObject* sys = rt.heap.make<ModuleObject>(rt.types.module, 0);
    sys->dict = newDict(ts);
    sys->name = intern(ts, "sys");
    DictObject* d = sys->dict;
    dictSetStr(ts, d, "__name__", Value::object(sys->name));
    dictSetStr(ts, d, "__doc__", Value::none());

    ListObject* argv = newList(ts, rt.argv.size());
    for (const std::string& arg : rt.argv) argv->items.push_back(strValue(ts, arg));
    dictSetStr(ts, d, "argv", Value::object(argv));
    dictSetStr(ts, d, "path", Value::object(newList(ts)));
    if (rt.modules) dictSetStr(ts, d, "modules", Value::object(rt.modules));
    dictSetStr(ts, d, "executable", strValue(ts, executablePath()));

    Value in = Value::object(newStandardStream(ts, FileObject::Stream::Stdin));
    Value out = Value::object(newStandardStream(ts, FileObject::Stream::Stdout));
    Value err = Value::object(newStandardStream(ts, FileObject::Stream::Stderr));
    dictSetStr(ts, d, "stdin", in);
    dictSetStr(ts, d, "stdout", out);
    dictSetStr(ts, d, "stderr", err);
    dictSetStr(ts, d, "__stdin__", in);
    dictSetStr(ts, d, "__stdout__", out);
    dictSetStr(ts, d, "__stderr__", err);

    dictSetStr(ts, d, "version", strValue(ts, "3.11.0 (spindle " SPINDLE_VERSION ")"));
    dictSetStr(ts, d, "version_info", newVersionInfo(ts));
    dictSetStr(ts, d, "hexversion", Value::integer(0x030B00F0));
    dictSetStr(ts, d, "platform", strValue(ts, "linux"));
    dictSetStr(ts, d, "maxsize", Value::integer(INT64_MAX));
    dictSetStr(ts, d, "byteorder", strValue(ts, __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little" : "big"));

    defineNative(ts, d, "exit", sysExit);
    defineNative(ts, d, "getrecursionlimit", sysGetrecursionlimit);
    defineNative(ts, d, "getswitchinterval", sysGetswitchinterval);
    defineNative(ts, d, "setswitchinterval", sysSetswitchinterval);
    defineNative(ts, d, "setrecursionlimit", sysSetrecursionlimit);
    defineNative(ts, d, "exc_info", sysExcInfo);
    defineNative(ts, d, "intern", sysIntern);
    defineNative(ts, d, "getdefaultencoding", sysGetdefaultencoding);
    return sys;
}

} // namespace spindle
