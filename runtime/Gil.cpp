// Gil.cpp — the interpreter lock; the protocol is described in Gil.h.
#include "runtime/Gil.h"

#include "runtime/Common.h"

#include <algorithm>
#include <cmath>

namespace spindle {
namespace {
using Clock = std::chrono::steady_clock;
} // namespace

Gil::Gil(std::atomic<uint32_t>& evalBreaker, uint32_t dropBit) : evalBreaker_(evalBreaker), dropBit_(dropBit) {}

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
    // The next in line starts watching the new holder.
    if (Waiter* next = firstWaiter()) next->wake.notify_one();
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
    // Only the first waiter watches the holder (with a timed wait); the others
    // sleep until they are granted the lock or become first. Timed waits by
    // every waiter would make ten thousand waiting threads poll the lock.
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
    SPINDLE_ASSERT(holder_.load(std::memory_order_relaxed) == ts);
    (void)ts;
    if (firstWaiter()) grantFirst();
    else holder_.store(nullptr, std::memory_order_relaxed);
}

void Gil::yieldToWaiter(ThreadState* ts) {
    {
        std::lock_guard<std::mutex> lock(m_);
        if (!firstWaiter()) return;
        grantFirst();
    }
    acquire(ts, false);
}

void Gil::setSwitchInterval(double seconds) {
    int64_t micros = static_cast<int64_t>(std::llround(seconds * 1e6));
    intervalMicros_.store(micros < 1 ? 1 : micros, std::memory_order_relaxed);
}

double Gil::switchInterval() const { return static_cast<double>(intervalMicros_.load(std::memory_order_relaxed)) / 1e6; }

} // namespace spindle
