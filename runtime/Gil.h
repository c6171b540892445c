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
// thread, never a herd, and ten thousand waiting threads cost nothing while
// they wait.
//
// Hand-off. Releasing with waiters queued hands the lock straight to the first
// waiter: the lock is never free while someone waits, so the releasing thread
// cannot take it back before the waiter runs ("forced switching"), and nobody
// overtakes anybody: no thread starves.
//
// Drop requests. Someone watches the holder on behalf of the first waiter:
// when the holder has had the lock for a whole switch interval (5 ms by
// default; sys.setswitchinterval) while a waiter waits, the watcher sets the
// drop request: a bit in the eval breaker, the one atomic word the eval loop
// tests at its safepoints (calls and backward jumps). The holder sees it within
// microseconds, hands the lock to the first waiter and queues up at the back.
//
// Watching the holder. A thread that queues up and finds itself first watches
// for itself, with a timed sleep: it is awake anyway. A waiter that becomes
// first while asleep (the lock went to the one before it, or a holder moved it
// out of a ParkingQueue, see below) is not woken for that, since a wake-up per
// hand-off would double what a hand-off costs. The VM's watcher thread, started
// with its first thread, watches for it instead: it sleeps until the moment the
// first waiter would ask for the lock (the holder's start plus the slice it is
// due), looks, and sleeps again. In a busy queue it wakes about once per slice,
// not once per hand-off, and with nobody waiting it sleeps until woken.
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
// Parking (wait morphing). Most waits in a threaded program are for something
// another Python thread will do while it holds the lock: set an Event, release
// a Lock (which is also how Condition, Semaphore, queue and join wait). Waiting
// for it on a condition variable of its own and then queueing for the lock
// would cost the waiter two wake-ups, and ten thousand waiters on one Event
// would all wake at once to fight over its mutex before queueing up one by
// one. Instead the waiter *parks*: it gives the lock up and sleeps in the
// ParkingQueue of the object it waits on. The holder that sets the Event or
// releases the Lock moves parked waiters straight into the lock's priority
// queue (unparkOne/unparkAll) without waking them, so each wakes exactly once:
// when the lock is handed to it. A timeout or an interrupt of the main thread
// ends a parked wait early; the waiter then leaves its ParkingQueue and queues
// for the lock itself. ParkingQueues are guarded by the lock's own mutex, and
// only the holder unparks, so a waiter that checked its condition under the
// lock and parked cannot miss the change it waits for.
//
// What the lock does not do: it does not know about Python-level state (which
// thread is "main", pending signals) beyond what parking needs (an interrupt
// ends a parked wait of the main thread); ThreadState and the runtime handle
// the rest around acquire() and release().
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace spindle {

struct ThreadState;

// A deadline for timed waits; std::nullopt waits forever.
using Deadline = std::optional<std::chrono::steady_clock::time_point>;

class Gil {
public:
    // The lock sets and clears the drop-request bit `dropBit` of `evalBreaker`.
    Gil(std::atomic<uint32_t>& evalBreaker, uint32_t dropBit);
    ~Gil();
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

    class ParkingQueue;
    // Give the lock up and sleep in `queue` until a holder unparks this thread,
    // the deadline passes or (main thread) an interrupt is requested; return
    // holding the lock again. True: unparked; false: the deadline or the
    // interrupt ended the wait.
    bool park(ThreadState& ts, ParkingQueue& queue, const Deadline& deadline);
    // Holder only: move the longest-parked thread of `queue` (unparkOne) or all
    // of them into the lock's priority queue. Nothing parked: no cost beyond a
    // load, so a release with nobody waiting never takes the lock's mutex.
    void unparkOne(ParkingQueue& queue);
    void unparkAll(ParkingQueue& queue);

    ThreadState* holder() const { return holder_.load(std::memory_order_relaxed); }
    bool heldBy(const ThreadState* ts) const { return holder() == ts; }

    // sys.setswitchinterval / getswitchinterval, in seconds.
    void setSwitchInterval(double seconds);
    double switchInterval() const;

    // Start the watcher thread (see "Watching the holder"); called when the VM
    // starts its first thread. Without it, sleeping waiters watch themselves.
    void startWatcher();

    // Hand-offs so far (a benchmark and test statistic).
    uint64_t switches() const { return switches_.load(std::memory_order_relaxed); }

    static constexpr std::chrono::microseconds kMinimumSlice{50};
    static constexpr std::chrono::microseconds kIoBoundSlice{1000};

private:
    using Clock = std::chrono::steady_clock;

    struct Waiter {
        ThreadState* ts;
        bool priority;
        bool granted = false;
        bool parked = false; // in a ParkingQueue (links below)
        Waiter* previousParked = nullptr;
        Waiter* nextParked = nullptr;
        std::condition_variable wake;
    };

    void enqueue(Waiter& w);
    void releaseLocked(ThreadState* ts);                         // m_ held
    void awaitGrant(std::unique_lock<std::mutex>& lock, Waiter& w); // m_ held; w queued
    void unpark(ParkingQueue& queue, Waiter& w);                 // m_ held
    Waiter* firstWaiter(); // m_ held; null when nobody waits
    void grantFirst();     // m_ held; there is a waiter
    void requestDrop();
    Clock::time_point dropDeadline(const Waiter& first) const; // m_ held
    void watchForFirstWaiter(); // m_ held; the first waiter may be asleep
    void watch();               // the watcher thread
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
    Clock::time_point heldSince_;
    bool holderIsIoBound_ = false; // took the lock as a priority waiter
    std::atomic<uint64_t> switches_{0};
    std::atomic<int64_t> intervalMicros_{5000};

    std::once_flag watcherStarted_;
    std::thread watcher_;
    std::condition_variable watcherWake_;
    Clock::time_point watcherDeadline_ = Clock::time_point::max(); // when it looks next
    bool stopWatcher_ = false;
};

// The threads parked on one object (see "Parking" above): a FIFO list linked
// through the waiters themselves, so leaving it on a timeout is O(1). Guarded
// by the Gil's mutex. The object that owns it outlives its parked threads,
// whose frames keep it alive.
class Gil::ParkingQueue {
public:
    ParkingQueue() = default;
    ParkingQueue(const ParkingQueue&) = delete;
    ParkingQueue& operator=(const ParkingQueue&) = delete;

private:
    friend class Gil;
    // Without the Gil's mutex, for a holder deciding whether to unpark: a
    // thread parks only while it holds the lock, so none can be missed.
    bool empty() const { return count_.load(std::memory_order_relaxed) == 0; }
    void pushBack(Waiter& w);
    void remove(Waiter& w);

    Waiter* head_ = nullptr;
    Waiter* tail_ = nullptr;
    std::atomic<uint32_t> count_{0};
};

} // namespace spindle
