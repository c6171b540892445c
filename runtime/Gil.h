// Gil.h — the interpreter lock of one VM.
//
// THE PROTOCOL
//
// A thread touches the VM's objects only while it holds the lock. The holder
// keeps it until it blocks (sleep, a lock/event/queue wait, join, I/O: it
// releases the lock around the blocking call) or until it is asked to drop it.
//
// Waiting. A thread that finds the lock taken joins a FIFO queue of waiters and
// sleeps on a condition variable of its own, so a release wakes exactly one
// thread, never a herd. Only the first in line sleeps with a timeout (see drop
// requests); the others sleep until they are first, so ten thousand waiting
// threads cost nothing while they wait.
//
// Hand-off. Releasing with waiters queued hands the lock straight to the first
// waiter: the lock is never free while someone waits, so the releasing thread
// cannot take it back before the waiter runs ("forced switching"), and nobody
// overtakes anybody: no thread starves.
//
// Drop requests. The first waiter in line watches the holder: when it has
// waited a whole switch interval (5 ms by default; sys.setswitchinterval)
// without the lock changing hands, it sets the drop request: a bit in the eval breaker, the one atomic word the eval loop tests at
// its safepoints (calls and backward jumps). The holder sees it within
// microseconds, hands the lock to the first waiter and queues up at the back.
//
// No convoy. A thread that comes back from a blocking call is usually I/O-bound:
// it wants the lock briefly and will block again soon. CPython makes it wait a
// switch interval behind a CPU-bound holder on every such round trip (the convoy
// effect: 200 sleeps of 0.5 ms beside a busy thread take ~11x their time). Here
// a returning thread is a *priority* waiter: it is queued ahead of ordinary
// waiters (behind earlier priority waiters, so they stay FIFO among themselves)
// and asks the holder to drop at once, as soon as the holder has had the lock
// for a minimum slice (kMinimumSlice), so that two chatty threads cannot make
// the CPU-bound one thrash.
//
// Who counts as CPU-bound. Preempting pays a kernel wake-up (tens of
// microseconds) during which nobody runs bytecode, so it is worth it only
// against a holder that would otherwise keep the lock for long. A holder that
// itself came back from a blocking call (it took the lock as a priority waiter)
// is presumed I/O-bound too: it will most likely block again soon, and a
// priority waiter lets it run for kIoBoundSlice before asking it to drop. This
// is what keeps producers and consumers of a queue from preempting each other
// after every item (each put wakes a consumer, each get a producer): they hand
// the lock over when they block, as in CPython, while a sleeper beside a
// busy loop still gets the lock within kMinimumSlice, because the busy thread
// took the lock back as an ordinary waiter.
//
// What the lock does not do: it does not know about Python-level state (which
// thread is "main", pending signals); ThreadState and the runtime handle those
// around acquire() and release().
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>

namespace spindle {

struct ThreadState;

class Gil {
public:
    // The lock sets and clears the drop-request bit `dropBit` of `evalBreaker`.
    Gil(std::atomic<uint32_t>& evalBreaker, uint32_t dropBit);
    Gil(const Gil&) = delete;
    Gil& operator=(const Gil&) = delete;

    // Take the lock for ts, waiting as long as it takes. `priority`: ts is back
    // from a blocking call (see "No convoy" above).
    void acquire(ThreadState* ts, bool priority);
    // Give the lock up: to the first waiter when there is one.
    void release(ThreadState* ts);
    // At a safepoint where the drop request was seen: let the first waiter run
    // and queue up behind the others. Returns at once when nobody waits.
    void yieldToWaiter(ThreadState* ts);

    ThreadState* holder() const { return holder_.load(std::memory_order_relaxed); }
    bool heldBy(const ThreadState* ts) const { return holder() == ts; }

    // sys.setswitchinterval / getswitchinterval, in seconds.
    void setSwitchInterval(double seconds);
    double switchInterval() const;

    // Hand-offs so far (a benchmark and test statistic).
    uint64_t switches() const { return switches_.load(std::memory_order_relaxed); }

    static constexpr std::chrono::microseconds kMinimumSlice{50};
    static constexpr std::chrono::microseconds kIoBoundSlice{1000};

private:
    struct Waiter {
        ThreadState* ts;
        bool priority;
        bool granted = false;
        std::condition_variable wake;
    };

    void enqueue(Waiter& w);
    Waiter* firstWaiter(); // m_ held; null when nobody waits
    void grantFirst();     // m_ held; there is a waiter
    void requestDrop();
    void takeLock(ThreadState* ts, bool priority); // m_ held; the lock is free

    std::atomic<uint32_t>& evalBreaker_;
    const uint32_t dropBit_;
    std::mutex m_;
    // Two FIFO queues: the first waiter is the oldest priority waiter, else the
    // oldest ordinary one. Both ends are O(1), so a storm of threads waking at
    // once (an Event set for ten thousand waiters) stays linear.
    std::deque<Waiter*> priorityWaiters_;
    std::deque<Waiter*> ordinaryWaiters_;
    std::atomic<ThreadState*> holder_{nullptr};
    std::chrono::steady_clock::time_point heldSince_;
    bool holderIsIoBound_ = false; // took the lock as a priority waiter
    std::atomic<uint64_t> switches_{0};
    std::atomic<int64_t> intervalMicros_{5000};
};

} // namespace spindle
