// Modules.h — constructors of the native (C++) modules scripts can import.
//
// Each returns a fresh module object; the caller (runtime start-up or the import
// system) registers it in rt.modules (and, for sys, rt.sysModule). The import
// system finds the others by name in nativeModules() the first time a script
// imports them.
#pragma once

#include <span>
#include <string_view>

namespace spindle {

struct ThreadState;
struct ModuleObject;

struct NativeModule {
    std::string_view name;
    ModuleObject* (*create)(ThreadState& ts);
};

// Every native module but sys, which exists from start-up.
std::span<const NativeModule> nativeModules();

// The source of a frozen standard-library module (stdlib/python/NAME.py,
// compiled into the binary), or an empty view.
std::string_view frozenModuleSource(std::string_view name);

// Give the runtime its import system (stdlib/Import.cpp).
void installImporter(struct Runtime& rt);

// A new, empty module object named `name` (with __name__ and __doc__ set), for
// the constructors below.
ModuleObject* newNativeModule(ThreadState& ts, std::string_view name);

// sys: argv, exit, getrecursionlimit/setrecursionlimit, stdin/stdout/stderr,
// version, version_info, platform, maxsize, byteorder, modules, path, executable,
// implementation, exc_info, intern.
ModuleObject* createSysModule(ThreadState& ts);

// _thread: start_new_thread, locks (LockType, RLock), get_ident, stack_size, ...
ModuleObject* createThreadModule(ThreadState& ts);

// time: clocks and sleep (which releases the GIL).
ModuleObject* createTimeModule(ThreadState& ts);

} // namespace spindle
