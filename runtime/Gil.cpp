// Gil.cpp — the interpreter lock; the protocol is described in Gil.h.
#include "runtime/Gil.h"

#include "runtime/Common.h"
#include "runtime/ThreadState.h"
#include "runtime/Threads.h"

#include <algorithm>
#include <cmath>

namespace spindle {

Gil::Gil(std::atomic<uint32_t>& evalBreaker, uint32_t dropBit) : evalBreaker_(evalBreaker), dropBit_(dropBit) {}

Gil::~Gil() {
    {
        std::lock_guard<std::mutex> lock(m_);
        stopWatcher_ = true;
    }
    watcherWake_.notify_one();
    if (watcher_.joinable()) watcher_.join();
}

void Gil::enqueue(Waiter& w) { (w.priority ? priorityWaiters_ : ordinaryWaiters_).push_back(&w); }

Gil::Waiter* Gil::firstWaiter() {
    if (!priorityWaiters_.empty()) return priorityWaiters_.front();
    return ordinaryWaiters_.empty() ? nullptr : ordinaryWaiters_.front();
}

void Gil::grantFirst() {
    std::deque<Waiter*>& queue = priorityWaiters_.empty() ? ordinaryWaiters_ : priorityWaiters_;
    SPINDLE_ASSERT(!queue.empty());
    Waiter& w = *queue.front();
    queue.pop_front();
    takeLock(w.ts, w.priority);
    switches_.fetch_add(1, std::memory_order_relaxed);
    // The new holder starts with no drop request pending; waiters still queued
    // ask again once they have waited their interval behind it.
    evalBreaker_.fetch_and(~dropBit_, std::memory_order_relaxed);
    w.granted = true;
    w.wake.notify_one();
    if (firstWaiter()) watchForFirstWaiter();
}

void Gil::takeLock(ThreadState* ts, bool priority) {
    holder_.store(ts, std::memory_order_relaxed);
    heldSince_ = Clock::now();
    holderIsIoBound_ = priority;
}

void Gil::requestDrop() { evalBreaker_.fetch_or(dropBit_, std::memory_order_release); }

void Gil::acquire(ThreadState* ts, bool priority) {
    std::unique_lock<std::mutex> lock(m_);
    if (!holder_.load(std::memory_order_relaxed) && !firstWaiter()) {
        takeLock(ts, priority);
        return;
    }
    Waiter w{ts, priority};
    enqueue(w);
    awaitGrant(lock, w);
}

void Gil::awaitGrant(std::unique_lock<std::mutex>& lock, Waiter& w) {
    // A waiter that finds itself first watches the holder with a timed wait;
    // the others sleep until they are granted the lock (a first waiter that is
    // asleep is the watcher thread's to watch). Timed waits by every waiter
    // would make ten thousand waiting threads poll the lock.
    uint64_t seen = switches();
    while (!w.granted) {
        if (firstWaiter() != &w) {
            w.wake.wait(lock);
            seen = switches();
            continue;
        }
        // A priority waiter is patient only for what is left of the holder's
        // slice (see "Who counts as CPU-bound"); an ordinary one for a whole
        // switch interval.
        std::chrono::microseconds patience(intervalMicros_.load(std::memory_order_relaxed));
        if (w.priority) {
            std::chrono::microseconds slice = holderIsIoBound_ ? kIoBoundSlice : kMinimumSlice;
            auto held = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - heldSince_);
            if (held >= slice) requestDrop();
            patience = std::min(patience, held >= slice ? kMinimumSlice : slice - held);
        }
        if (w.wake.wait_for(lock, patience, [&] { return w.granted; })) break;
        // Timed out: if the lock has not changed hands meanwhile, ask for it.
        uint64_t now = switches();
        if (now == seen) requestDrop();
        seen = now;
    }
}

void Gil::release(ThreadState* ts) {
    std::lock_guard<std::mutex> lock(m_);
    releaseLocked(ts);
}

void Gil::releaseLocked(ThreadState* ts) {
    SPINDLE_ASSERT(holder_.load(std::memory_order_relaxed) == ts);
    (void)ts;
    if (firstWaiter()) grantFirst();
    else holder_.store(nullptr, std::memory_order_relaxed);
}

// ---- parking ---------------------------------------------------------------------------

void Gil::ParkingQueue::pushBack(Waiter& w) {
    w.previousParked = tail_;
    w.nextParked = nullptr;
    (tail_ ? tail_->nextParked : head_) = &w;
    tail_ = &w;
    w.parked = true;
    count_.fetch_add(1, std::memory_order_relaxed);
}

void Gil::ParkingQueue::remove(Waiter& w) {
    (w.previousParked ? w.previousParked->nextParked : head_) = w.nextParked;
    (w.nextParked ? w.nextParked->previousParked : tail_) = w.previousParked;
    w.previousParked = w.nextParked = nullptr;
    w.parked = false;
    count_.fetch_sub(1, std::memory_order_relaxed);
}

bool Gil::park(ThreadState& ts, ParkingQueue& queue, const Deadline& deadline) {
    Waiter w{&ts, true};
    bool unparked;
    {
        // Registered before m_ is taken and dropped after it is let go: an
        // interrupt takes the registration's lock and then m_ (Threads.h).
        WaitRegistration registration(ts, m_, w.wake);
        std::unique_lock<std::mutex> lock(m_);
        queue.pushBack(w);
        releaseLocked(&ts);
        while (w.parked && !ts.interruptRequested()) {
            if (!deadline) w.wake.wait(lock);
            else if (w.wake.wait_until(lock, *deadline) == std::cv_status::timeout) break;
        }
        unparked = !w.parked;
        if (unparked) {
            // Already queued for the lock as a priority waiter.
            awaitGrant(lock, w);
            return true;
        }
        queue.remove(w);
    }
    acquire(&ts, true);
    return false;
}

void Gil::unpark(ParkingQueue& queue, Waiter& w) {
    queue.remove(w);
    enqueue(w);
    if (firstWaiter() == &w) watchForFirstWaiter();
}

void Gil::unparkOne(ParkingQueue& queue) {
    if (queue.empty()) return; // the common case: a lock nobody waits for
    std::lock_guard<std::mutex> lock(m_);
    SPINDLE_ASSERT(holder_.load(std::memory_order_relaxed));
    if (queue.head_) unpark(queue, *queue.head_);
}

void Gil::unparkAll(ParkingQueue& queue) {
    if (queue.empty()) return;
    std::lock_guard<std::mutex> lock(m_);
    SPINDLE_ASSERT(holder_.load(std::memory_order_relaxed));
    while (queue.head_) unpark(queue, *queue.head_);
}

void Gil::yieldToWaiter(ThreadState* ts) {
    {
        std::lock_guard<std::mutex> lock(m_);
        if (!firstWaiter()) return;
        grantFirst();
    }
    acquire(ts, false);
}

// ---- the watcher ---------------------------------------------------------------------

void Gil::startWatcher() {
    std::call_once(watcherStarted_, [this] {
        std::lock_guard<std::mutex> lock(m_);
        try {
            watcher_ = std::thread([this] { watch(); });
        } catch (const std::system_error&) {
            // No thread to spare: sleeping first waiters are woken to watch.
        }
    });
}

Gil::Clock::time_point Gil::dropDeadline(const Waiter& first) const {
    if (!first.priority) return heldSince_ + std::chrono::microseconds(intervalMicros_.load(std::memory_order_relaxed));
    return heldSince_ + (holderIsIoBound_ ? kIoBoundSlice : kMinimumSlice);
}

void Gil::watchForFirstWaiter() {
    Waiter* first = firstWaiter();
    if (!watcher_.joinable()) {
        first->wake.notify_one();
        return;
    }
    // A watcher already due to look no later than needed is left asleep, so
    // hand-offs in a busy queue wake it at most once per slice.
    if (watcherDeadline_ > dropDeadline(*first)) {
        watcherDeadline_ = Clock::time_point::min(); // it is about to look
        watcherWake_.notify_one();
    }
}

void Gil::watch() {
    std::unique_lock<std::mutex> lock(m_);
    while (!stopWatcher_) {
        Waiter* first = firstWaiter();
        if (!first) {
            watcherDeadline_ = Clock::time_point::max();
            watcherWake_.wait(lock);
            continue;
        }
        Clock::time_point deadline = dropDeadline(*first);
        if (Clock::now() >= deadline) {
            // The holder has had its slice. The request stands until the lock
            // changes hands, and then grantFirst() wakes the watcher again if
            // someone is still waiting: nothing to look at until then.
            requestDrop();
            deadline = Clock::time_point::max();
        }
        watcherDeadline_ = deadline;
        if (deadline == Clock::time_point::max()) watcherWake_.wait(lock);
        else watcherWake_.wait_until(lock, deadline);
    }
}

void Gil::setSwitchInterval(double seconds) {
    int64_t micros = static_cast<int64_t>(std::llround(seconds * 1e6));
    intervalMicros_.store(micros < 1 ? 1 : micros, std::memory_order_relaxed);
}

double Gil::switchInterval() const { return static_cast<double>(intervalMicros_.load(std::memory_order_relaxed)) / 1e6; }

} // namespace spindle
