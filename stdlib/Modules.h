// Modules.h — constructors of the native (C++) modules scripts can import.
//
// Each returns a fresh module object; the caller (runtime start-up or the import
// system) registers it in rt.modules (and, for sys, rt.sysModule).
#pragma once

namespace spindle {

struct ThreadState;
struct ModuleObject;

// sys: argv, exit, getrecursionlimit/setrecursionlimit, stdin/stdout/stderr,
// version, version_info, platform, maxsize, byteorder, modules, path, executable,
// implementation, exc_info, intern.
ModuleObject* createSysModule(ThreadState& ts);

} // namespace spindle
