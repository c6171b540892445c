// Gil.cpp — the interpreter lock; the protocol is described in Gil.h.
#include "runtime/Gil.h"

#include "runtime/Common.h"

#include <cmath>

namespace spindle {

namespace {
using Clock = std::chrono::steady_clock;
} // namespace

Gil::Gil(std::atomic<uint32_t>& evalBreaker, uint32_t dropBit) : evalBreaker_(evalBreaker), dropBit_(dropBit) {}

void Gil::enqueue(Waiter& w) {
    if (!w.priority) {
        waiters_.push_back(&w);
        return;
    }
    auto it = waiters_.begin();
    while (it != waiters_.end() && (*it)->priority) ++it;
    waiters_.insert(it, &w);
}

void Gil::grantTo(Waiter& w) {
    SPINDLE_ASSERT(!waiters_.empty() && waiters_.front() == &w);
    waiters_.pop_front();
    holder_.store(w.ts, std::memory_order_relaxed);
    heldSince_ = Clock::now();
    switches_.fetch_add(1, std::memory_order_relaxed);
    // The new holder starts with no drop request pending; waiters still queued
    // ask again once they have waited their interval behind it.
    evalBreaker_.fetch_and(~dropBit_, std::memory_order_relaxed);
    w.granted = true;
    w.wake.notify_one();
}

void Gil::requestDrop() { evalBreaker_.fetch_or(dropBit_, std::memory_order_release); }

void Gil::acquire(ThreadState* ts, bool priority) {
    std::unique_lock<std::mutex> lock(m_);
    if (!holder_.load(std::memory_order_relaxed) && waiters_.empty()) {
        holder_.store(ts, std::memory_order_relaxed);
        heldSince_ = Clock::now();
        return;
    }
    Waiter w{ts, priority};
    enqueue(w);
    // A priority waiter is patient only for what is left of the holder's minimum
    // slice; an ordinary one for a whole switch interval.
    uint64_t seen = switches();
    if (priority) {
        auto held = Clock::now() - heldSince_;
        if (held >= kMinimumSlice) requestDrop();
    }
    while (!w.granted) {
        auto patience = priority ? std::chrono::microseconds(kMinimumSlice)
                                 : std::chrono::microseconds(intervalMicros_.load(std::memory_order_relaxed));
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
    if (!waiters_.empty()) grantTo(*waiters_.front());
    else holder_.store(nullptr, std::memory_order_relaxed);
}

void Gil::yieldToWaiter(ThreadState* ts) {
    {
        std::lock_guard<std::mutex> lock(m_);
        if (waiters_.empty()) return;
        grantTo(*waiters_.front());
    }
    acquire(ts, false);
}

void Gil::setSwitchInterval(double seconds) {
    int64_t micros = static_cast<int64_t>(std::llround(seconds * 1e6));
    intervalMicros_.store(micros < 1 ? 1 : micros, std::memory_order_relaxed);
}

double Gil::switchInterval() const { return static_cast<double>(intervalMicros_.load(std::memory_order_relaxed)) / 1e6; }

} // namespace spindle
