// Modules.h — constructors of the native (C++) modules scripts can import.
//
// Each returns a fresh module object; the caller (runtime start-up or the import
// system) registers it in rt.modules (and, for sys, rt.sysModule). The import
// system finds the others by name in nativeModules() the first time a script
// imports them.
#pragma once

#include "runtime/Objects.h"

#include <span>
#include <string>
#include <string_view>

namespace spindle {

struct ThreadState;

struct NativeModule {
    std::string_view name;
    ModuleObject* (*create)(ThreadState& ts);
};

// Every native module but sys, which exists from start-up.
std::span<const NativeModule> nativeModules();

// The source of a frozen standard-library module (stdlib/python/NAME.py,
// compiled into the binary), or an empty view.
std::string_view frozenModuleSource(std::string_view name);

// Where the import system finds the source of module `fullname` (a native
// module has none): NAME/__init__.py (a package) or NAME.py in the folders of
// the parent package's __path__, or of sys.path for a top-level module (whose
// frozen standard-library source comes last). False when there is none.
struct ModuleSource {
    std::string source;
    std::string file;          // its path, or "<frozen NAME>"
    bool isPackage = false;
    std::string packageFolder; // a package's folder (its __path__)
};
bool findModuleSource(ThreadState& ts, const std::string& fullname, Value parent, ModuleSource& out);

// `import fullname`: imports its parent packages first and returns the module
// itself (not the top-level package). Raises ModuleNotFoundError.
Value importModule(ThreadState& ts, const std::string& fullname);

// Give the runtime its import system (stdlib/Import.cpp).
void installImporter(struct Runtime& rt);

// A new, empty module object named `name` (with __name__ and __doc__ set), for
// the constructors below.
ModuleObject* newNativeModule(ThreadState& ts, std::string_view name);

// Store a function in a module whose `self` is the module itself (as CPython's
// module functions have it), so it can reach the module's private state.
void defineModuleFunction(ThreadState& ts, ModuleObject* module, std::string_view name, NativeFn fn);

// sys: argv, exit, getrecursionlimit/setrecursionlimit, stdin/stdout/stderr,
// version, version_info, platform, maxsize, byteorder, modules, path, executable,
// implementation, exc_info, intern.
ModuleObject* createSysModule(ThreadState& ts);

// _thread: start_new_thread, locks (LockType, RLock), get_ident, stack_size, ...
ModuleObject* createThreadModule(ThreadState& ts);

// math: CPython 3.11's whole module (MathModule.cpp, MathIntegers.cpp).
ModuleObject* createMathModule(ThreadState& ts);
// time: clocks, sleep (which releases the GIL), struct_time, gmtime/localtime/mktime, strftime/asctime/ctime.
ModuleObject* createTimeModule(ThreadState& ts);
// random: the Mersenne Twister with CPython's seeding and algorithms, so a seed
// gives CPython's sequences; Random instances and the module-level functions.
ModuleObject* createRandomModule(ThreadState& ts);
// os: environment, files and directories, os.path (also registered as the
// modules "os.path" and "posixpath").
ModuleObject* createOsModule(ThreadState& ts);
ModuleObject* createPosixpathModule(ThreadState& ts);

} // namespace spindle
