// BuiltinArgs.h — argument checking for native functions, with CPython's messages.
//
// CPython's builtins check their arguments in three different styles, and each
// style has its own wording; scripts (and our conformance tests) see those words,
// so each style gets its own helper here:
//
//   single argument (METH_O):   "len() takes exactly one argument (2 given)"
//   unpacked tuple:             "getattr expected at least 2 arguments, got 1"
//   Argument Clinic (named):    "round() missing required argument 'number' (pos 1)",
//                               "round() takes at most 2 arguments (3 given)",
//                               "'x' is an invalid keyword argument for round()"
#pragma once

#include "runtime/Ops.h"

#include <initializer_list>
#include <string_view>

namespace spindle {

// METH_O: exactly one positional argument and no keywords. Returns it.
Value expectOneArg(ThreadState& ts, const char* name, Args args);
// METH_NOARGS: "sys.getrecursionlimit() takes no arguments (1 given)".
void expectNoArgs(ThreadState& ts, const char* name, Args args);
// Unpacked-tuple style: between min and max positional arguments, no keywords
// ("divmod() takes no keyword arguments"). max may equal min.
void expectArgRange(ThreadState& ts, const char* name, Args args, size_t min, size_t max);
// "'foo' is an invalid keyword argument for print()" style rejection of keywords.
SPINDLE_NORETURN void raiseInvalidKeyword(ThreadState& ts, const char* name, StrObject* keyword);

// Argument Clinic style binding. `params` names every parameter in order; the first
// `positionalOnly` of them cannot be passed by keyword, parameters from
// `keywordOnlyFrom` on can only be passed by keyword. `required` leading parameters
// must be present. `out` receives one Value per parameter, empty when not given.
struct ParamSpec {
    const char* function;                     // "round"
    std::initializer_list<const char*> params;
    size_t required = 0;
    size_t positionalOnly = 0;
    size_t keywordOnlyFrom = SIZE_MAX;
};
void bindArgs(ThreadState& ts, const ParamSpec& spec, Args args, Value* out);

// Python-function style, for natives standing in for functions CPython writes in
// Python (random.Random's methods, os.path): the interpreter's own wording,
//   "Random.uniform() missing 1 required positional argument: 'b'",
//   "Random.__init__() takes from 1 to 2 positional arguments but 3 were given",
//   "join() got an unexpected keyword argument 'x'".
// `params` excludes self; for methods (`method`) the counts in the messages
// include it, as Python's do. Parameters from `keywordOnlyFrom` on are keyword-only.
struct PyParamSpec {
    const char* qualname;                     // "Random.uniform", "join"
    std::initializer_list<const char*> params;
    size_t required = 0;
    size_t keywordOnlyFrom = SIZE_MAX;
    bool method = false;
};
void bindPyArgs(ThreadState& ts, const PyParamSpec& spec, Args args, Value* out);

// The str argument of getattr/setattr/...: "attribute name must be string, not 'int'".
StrObject* attributeName(ThreadState& ts, Value name);

} // namespace spindle
