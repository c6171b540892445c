// Errors.h — raising Python exceptions from C++.
//
// Native code raises by throwing `PyThrow`, a payload-free C++ exception; the
// Python exception object travels in `ts.raised`, where the collector sees it.
// The eval loop catches PyThrow around its dispatch loop, finds a handler in the
// current frame's exception table or unwinds the frame, and rethrows past the
// entry frame of its invocation. Exceptions raised by bytecode itself (`raise`,
// a failed fast path) go straight to the unwinder without a C++ throw.
//
// Why C++ exceptions rather than CPython-style error returns: every native
// function stays straight-line code with no "check the return value" branch that
// could be forgotten, and the zero-cost model means the non-raising path costs
// nothing. Raising from native code is slower (~1 µs), so the hot raising sites
// (KeyError in `d[k]`, StopIteration) have in-loop paths that do not throw.
#pragma once

#include "runtime/Objects.h"

#include <string>
#include <string_view>

namespace spindle {

struct ThreadState;

struct PyThrow {};

// Raise an existing exception instance (or class: it is instantiated with no args).
SPINDLE_NORETURN void raise(ThreadState& ts, Value exception);
// Raise `type(message)`.
SPINDLE_NORETURN void raiseError(ThreadState& ts, TypeObject* type, std::string_view message);
// printf-style message.
SPINDLE_NORETURN void raiseFormat(ThreadState& ts, TypeObject* type, const char* fmt, ...)
    __attribute__((format(printf, 3, 4)));

// Create an exception instance: type(*args) for a builtin exception type.
ExceptionObject* newException(ThreadState& ts, TypeObject* type, std::string_view message);
ExceptionObject* newExceptionArgs(ThreadState& ts, TypeObject* type, TupleObject* args);

// MemoryError() with no arguments, as CPython raises it when memory runs out.
ExceptionObject* newMemoryError(ThreadState& ts);
SPINDLE_NORETURN void raiseMemoryError(ThreadState& ts);

// Helpers for the messages CPython uses everywhere.
SPINDLE_NORETURN void raiseTypeMismatch(ThreadState& ts, const char* what, Value got);
// "unsupported operand type(s) for +: 'int' and 'str'"
SPINDLE_NORETURN void raiseBinaryTypeError(ThreadState& ts, const char* symbol, Value a, Value b);
// Used by native functions with fixed arity: "len() takes exactly one argument (2 given)" etc.
void checkArgCount(ThreadState& ts, const char* name, Args args, size_t min, size_t max);
// Raise "f() takes no keyword arguments" when args has keywords.
void checkNoKeywords(ThreadState& ts, const char* name, Args args);

// Store exception attributes that live in fields (__cause__, __context__,
// __traceback__, __suppress_context__, args); false for any other name.
bool setExceptionField(ThreadState& ts, ExceptionObject* e, StrObject* name, Value value);

// Take the pending exception out of ts.raised (after catching PyThrow).
Value takeRaised(ThreadState& ts);
// After catching PyThrow: true when the pending exception is (a subclass of)
// `type`, which is then cleared; false leaves it pending for a rethrow.
bool swallowRaised(ThreadState& ts, TypeObject* type);

} // namespace spindle
