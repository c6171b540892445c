// Fiber.h — stackful execution contexts (Boost.Context) and the per-VM pool of
// their stacks.
//
// A Fiber is a C stack plus a saved register context. resume() switches the
// calling thread onto the fiber's stack; the code running there calls suspend()
// to switch back, and resume() returns. The switch itself is Boost.Context's
// fcontext primitive (a few dozen instructions, no system call): Spindle uses
// the low-level make_fcontext/jump_fcontext pair rather than boost::context::fiber
// because it needs two things that class does not give:
//
//  * Abandoning a suspended fiber without unwinding it. A generator suspended
//    at `yield` has nothing on its fiber stack that needs a destructor (the eval
//    loop keeps no C++ object alive across a yield; all generator state is in its
//    heap frame), so its stack can simply go back to the pool — when the
//    generator is collected, or when another thread resumes it (see
//    interpreter/Generators.h).
//  * Stacks from our own pool, with a guard page, reused without munmap/mmap.
//
// Stacks: each is one mmap'd region whose lowest page is PROT_NONE, so running
// off the end faults instead of corrupting a neighbour; the interpreter stops
// well before that (ThreadState::stackLimit is switched to the fiber's stack
// while it runs, and native recursion checks it). Memory is committed lazily by
// the kernel, so a fresh stack costs address space, not RAM. The pool keeps up
// to kMaxPooledFiberStacks released stacks for reuse and unmaps the rest.
//
// Threads: a fiber may be resumed from any thread, but only by one at a time,
// and all of this (pool included) is used under the VM's lock.
//
// Sanitizers: ASan and TSan must be told about every stack switch, or they
// report false errors (ASan) or lose track of happens-before (TSan). resume()
// and suspend() annotate each switch when built with either.
#pragma once

#include "runtime/Common.h"

#include <boost/context/detail/fcontext.hpp>

#include <cstddef>
#include <vector>

namespace spindle {

// Big enough that wherever native code may still run (above stackLimit, a
// quarter of the way up) the parser's whole budget (kMaxParserStackBytes) fits:
// a generator may import a module. Address space only until touched.
inline constexpr size_t kFiberStackBytes = 1024 * 1024 * kStackScale;
inline constexpr size_t kMaxPooledFiberStacks = 64;

struct FiberStack {
    char* base = nullptr; // lowest usable address (the guard page is below it)
    size_t size = 0;      // usable bytes
};

class FiberStackPool {
public:
    explicit FiberStackPool(size_t stackBytes = kFiberStackBytes);
    ~FiberStackPool();
    FiberStackPool(const FiberStackPool&) = delete;
    FiberStackPool& operator=(const FiberStackPool&) = delete;

    // A stack from the pool, or a new mapping; base is null if mmap failed.
    FiberStack acquire();
    void release(FiberStack stack);
    size_t pooled() const { return free_.size(); }

private:
    size_t stackBytes_;
    std::vector<FiberStack> free_;
};

class Fiber {
public:
    // The fiber's body; it must not throw (catch everything and record it).
    using Entry = void (*)(void* arg) noexcept;

    // Takes a stack from `pool`; ok() is false if none could be mapped.
    Fiber(FiberStackPool& pool, Entry entry, void* arg);
    // Returns the stack to the pool. The fiber must not be running; a suspended
    // fiber is abandoned without unwinding (see the header comment).
    ~Fiber();
    Fiber(const Fiber&) = delete;
    Fiber& operator=(const Fiber&) = delete;

    bool ok() const { return stack_.base != nullptr; }
    bool finished() const { return finished_; }
    // The lowest address native code on this fiber may reach before it must
    // raise RecursionError: the stack's base plus a margin for the frames that
    // run between two checks.
    const char* stackLimit() const { return stack_.base + stack_.size / 4; }

    // From outside the fiber: run it until it calls suspend() or its entry returns.
    void resume();
    // From inside the fiber: switch back to the caller of resume().
    void suspend();

private:
    static void trampoline(boost::context::detail::transfer_t from);
    // Record the context that switched to us and finish the sanitizers' switch.
    void arrived(boost::context::detail::transfer_t from, bool intoFiber);

    FiberStackPool& pool_;
    FiberStack stack_;
    Entry entry_;
    void* arg_;
    boost::context::detail::fcontext_t fiberContext_ = nullptr;  // where resume() continues
    boost::context::detail::fcontext_t callerContext_ = nullptr; // where suspend() continues
    bool finished_ = false;
    // Sanitizer bookkeeping (unused in other builds): the resumer's stack bounds,
    // the fake-stack handles ASan keeps per side, TSan's fiber handles.
    const void* callerStackBottom_ = nullptr;
    size_t callerStackSize_ = 0;
    void* callerFakeStack_ = nullptr;
    void* fiberFakeStack_ = nullptr;
    void* tsanFiber_ = nullptr;
    void* tsanCaller_ = nullptr;
};

} // namespace spindle
