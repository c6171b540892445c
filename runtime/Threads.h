// Threads.h — OS threads running Python code, and blocking without the GIL.
//
// Every Python thread is a real OS thread (pthreads, with an explicit stack size
// so thousands fit) with its own ThreadState. Only the GIL holder runs Python
// code or touches objects; a thread about to block (sleep, lock wait, join,
// I/O) calls blockWithoutGil(), which releases the lock, runs the blocking part,
// and takes the lock back as a priority waiter (see Gil.h: "No convoy").
//
// Interruptible waits. KeyboardInterrupt goes to the main thread only, also
// while it waits. A wait that must be interruptible registers its mutex and
// condition variable on the thread (WaitRegistration); Runtime::interruptMain()
// sets the pending flag and wakes whatever the main thread waits on. Waits
// re-check ThreadState::interruptRequested() in their predicate.
#pragma once

#include "runtime/ThreadState.h"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>

namespace spindle {

// Stack size of new threads unless threading.stack_size() set one. Frames live
// on the heap, not on this stack, so it only holds native calls (nested eval
// loops, recursive repr, ...), whose depth is bounded before it runs out.
constexpr size_t kDefaultThreadStackBytes = 512 * 1024 * kStackScale;
constexpr size_t kMinThreadStackBytes = 32 * 1024; // CPython's minimum for stack_size()

// Run `blocking` with the GIL released (it must not touch any object), then
// take the GIL back. The caller has saved its frame state (as for any call out
// of the eval loop).
template <class F>
auto blockWithoutGil(ThreadState& ts, F&& blocking) {
    struct Reacquire {
        ThreadState& ts;
        ~Reacquire() { ts.rt.gil.acquire(&ts, true); }
    };
    ts.rt.gil.release(&ts);
    Reacquire reacquire{ts};
    return blocking();
}

// A deadline (Gil.h) that many seconds from now.
Deadline deadlineAfter(double timeoutSeconds); // negative: forever

// While alive, Runtime::interruptMain() wakes a wait of this thread on cv.
class WaitRegistration {
public:
    WaitRegistration(ThreadState& ts, std::mutex& m, std::condition_variable& cv);
    ~WaitRegistration();
    WaitRegistration(const WaitRegistration&) = delete;
    WaitRegistration& operator=(const WaitRegistration&) = delete;

private:
    ThreadState& ts_;
};

// The one shape of every interruptible wait: without the GIL, wait on cv (whose
// mutex is m) until ready() holds, the deadline passes or the main thread is
// interrupted; then, still under m, return what decide() says.
template <class Ready, class Decide>
auto waitWithoutGil(ThreadState& ts, std::mutex& m, std::condition_variable& cv, const Deadline& deadline,
                    Ready ready, Decide decide) {
    return blockWithoutGil(ts, [&] {
        // Registered before m is taken: Runtime::interruptMain takes the
        // registration's lock and then m, so this order never inverts it. A
        // flag set before registering is seen by the predicate check under m.
        WaitRegistration registration(ts, m, cv);
        std::unique_lock<std::mutex> guard(m);
        auto done = [&] { return ready() || ts.interruptRequested(); };
        if (deadline) cv.wait_until(guard, *deadline, done);
        else cv.wait(guard, done);
        return decide();
    });
}

// A seconds argument (int or float) of sleep() and of the timed waits, converted
// to nanoseconds (rounded up: a timeout never ends early) with CPython's errors
// for NaN, out-of-range and non-numeric values.
int64_t timeoutNanoseconds(ThreadState& ts, Value seconds);

// Sleep for `seconds` without the GIL; an interrupt of the main thread ends it
// early (the caller then raises KeyboardInterrupt at its next check).
void sleepWithoutGil(ThreadState& ts, double seconds);

// Raise KeyboardInterrupt in ts if an interrupt is pending for it (main thread only).
void checkInterrupt(ThreadState& ts);

// Start an OS thread that runs `body` on a new ThreadState holding the GIL, and
// return its ident (what get_ident() says in it). Nothing when the system
// refuses the thread (the caller raises RuntimeError("can't start new
// thread")). `stackBytes` 0: the VM's setting (threading.stack_size). The
// caller (ts) holds the GIL and gives it up while the kernel creates the
// thread: tens of microseconds during which the other threads, earlier new
// ones included, run.
std::optional<uint64_t> startThread(ThreadState& ts, size_t stackBytes, std::function<void(ThreadState&)> body);

} // namespace spindle
