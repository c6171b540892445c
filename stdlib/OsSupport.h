// OsSupport.h — what the os module (OsModule.cpp) and os.path (OsPath.cpp) share.
#pragma once

#include "runtime/Ops.h"

#include <string>
#include <string_view>
#include <sys/stat.h>
#include <utility>

namespace spindle {

// A path argument of an os function: a str, or an object whose __fspath__
// returns one. Anything else is CPython's TypeError naming the function, the
// parameter and what it accepts: "mkdir: path should be string, bytes or
// os.PathLike, not float". bytes paths are refused (docs/differences.md).
std::string osPathArg(ThreadState& ts, Value v, const char* function, const char* param,
                      const char* accepted = "string, bytes or os.PathLike");

// os.fspath() for os.path's functions: "expected str, bytes or os.PathLike
// object, not int".
std::string fspathArg(ThreadState& ts, Value v);

// os.stat(path) for the os.path predicates: a path as osPathArg takes it, or
// an open file descriptor. False (with errno in err) when the call fails.
bool statPathArg(ThreadState& ts, Value path, struct stat& st, int& err, std::string& name);

// posixpath.split: (head, tail) around the last '/', trailing slashes of the
// head removed unless it is all slashes.
std::pair<std::string, std::string> splitPath(std::string_view p);

// Creates the os.path module (named posixpath, as in CPython).
ModuleObject* newPosixpathModule(ThreadState& ts);

} // namespace spindle
