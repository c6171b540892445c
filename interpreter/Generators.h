// Generators.h — generator objects: creation, resumption, send/throw/close.
//
// A generator owns its frame. Calling a generator function runs one instruction,
// RETURN_GENERATOR, which copies the new frame off the thread's frame stack into
// memory the generator owns and returns the generator. Resuming links that frame
// onto the resuming thread's frame chain as an entry frame and runs the eval loop
// on it; YIELD_VALUE unlinks it again and returns out of that eval loop. So a
// suspended generator is just a saved pc/sp and its slots, and any thread holding
// the GIL can resume it.
//
// The exception a generator's body is handling (an except block around a yield)
// belongs to the generator: it is swapped into ts.handled on resume and out on
// suspend, so the caller's sys.exc_info() never sees it, as in CPython.
//
// Generators can instead run on fibers (VMConfig::generatorsOnFibers): the body
// runs on its own pooled stack (runtime/Fiber.h) and a yield switches back to the
// resumer inside the eval loop (yieldOnFiber) instead of returning out of it. The
// frame handling is identical, so a generator can leave its fiber at any yield:
// when another thread resumes it, the old fiber (whose sleeping eval loop belongs
// to the first thread) is dropped and a new one starts. docs/architecture.md says
// why stackless is the default.
#pragma once

#include "runtime/ThreadState.h"

namespace spindle {

// RETURN_GENERATOR: move `frame` (just pushed on the frame stack by a call) into a
// new generator. The caller pops the frame-stack copy afterwards.
GeneratorObject* makeGenerator(ThreadState& ts, Frame* frame);

// Resume with `sent` (None for next()). True: the generator yielded `out`.
// False: it returned, `out` is its return value. Exceptions from the body
// propagate; a StopIteration escaping the body becomes RuntimeError.
bool generatorSend(ThreadState& ts, GeneratorObject* gen, Value sent, Value& out);

// gen.throw(exc): raise `exc` (an exception instance) at the suspended yield.
// Same results as generatorSend.
bool generatorThrow(ThreadState& ts, GeneratorObject* gen, Value exc, Value& out);

// next(gen) / gen.send(v): the yielded value, or StopIteration(return value).
Value generatorNextOrStop(ThreadState& ts, GeneratorObject* gen, Value sent);

// YIELD_VALUE/YIELD_FROM in a generator that runs on a fiber: hand `value` to
// the resumer and sleep until resumed. True when resumed by throw() (the
// exception is in ts.raised); either way the frame's pc/sp are to be reloaded.
bool yieldOnFiber(GeneratorObject* gen, Value value);

// YIELD_FROM's step: send `sent` into the delegate `it`. True: it yielded
// `out`; false: it finished and `out` is its return value.
bool delegateSend(ThreadState& ts, Value it, Value sent, Value& out);

} // namespace spindle
