// CallFrames.h — frame push/pop shared by the eval loop and the call paths.
#pragma once

#include "runtime/ThreadState.h"

namespace spindle {

// Push a frame for `code` (locals empty) and make it ts.frame. Raises
// RecursionError past the recursion limit.
Frame* pushFrame(ThreadState& ts, CodeObject* code, DictObject* globals, DictObject* builtins);
// Push a frame for calling `fn` and bind the arguments; on a binding error the
// frame is popped again and the TypeError propagates.
Frame* pushCallFrame(ThreadState& ts, FunctionObject* fn, const Value* argv, size_t argc, TupleObject* kwnames);
void popFrame(ThreadState& ts, Frame* frame);

} // namespace spindle
