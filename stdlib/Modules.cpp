// Modules.cpp — the table of native modules the import system can create.
#include "stdlib/Modules.h"

#include "runtime/Ops.h"

namespace spindle {

std::span<const NativeModule> nativeModules() {
    static constexpr NativeModule kModules[] = {
        {"_thread", createThreadModule},
        {"time", createTimeModule},
        {"math", createMathModule},
        {"random", createRandomModule},
        {"os", createOsModule},
        {"posixpath", createPosixpathModule},
    };
    return kModules;
}

ModuleObject* newNativeModule(ThreadState& ts, std::string_view name) {
    ModuleObject* m = ts.rt.heap.make<ModuleObject>(ts.rt.types.module, 0);
    m->dict = newDict(ts);
    m->name = intern(ts, name);
    dictSetStr(ts, m->dict, "__name__", Value::object(m->name));
    dictSetStr(ts, m->dict, "__doc__", Value::none());
    return m;
}

void defineModuleFunction(ThreadState& ts, ModuleObject* module, std::string_view name, NativeFn fn) {
    NativeFunctionObject* f = newNative(ts, name, fn, Value::object(module));
    dictSet(ts, module->dict, Value::object(f->name), Value::object(f));
}

} // namespace spindle
