// Threads.cpp — starting OS threads, sleeping and waiting without the GIL.
#include "runtime/Threads.h"

#include "runtime/Ops.h"

#include <cmath>
#include <memory>
#include <pthread.h>

namespace spindle {

WaitRegistration::WaitRegistration(ThreadState& ts, std::mutex& m, std::condition_variable& cv) : ts_(ts) {
    std::lock_guard<std::mutex> lock(ts.waitMutex);
    ts.waitingMutex = &m;
    ts.waitingCv = &cv;
}

WaitRegistration::~WaitRegistration() {
    std::lock_guard<std::mutex> lock(ts_.waitMutex);
    ts_.waitingMutex = nullptr;
    ts_.waitingCv = nullptr;
}

Deadline deadlineAfter(double timeoutSeconds) {
    if (timeoutSeconds < 0) return std::nullopt;
    // Clamp: a deadline centuries away is as good as forever and cannot overflow.
    double capped = std::min(timeoutSeconds, 1e9);
    return std::chrono::steady_clock::now() +
           std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(capped));
}

void checkInterrupt(ThreadState& ts) {
    if (!ts.interruptRequested()) return;
    ts.rt.interruptPending.store(false, std::memory_order_release);
    raise(ts, Value::object(ts.rt.types.KeyboardInterrupt));
}

int64_t timeoutNanoseconds(ThreadState& ts, Value secs) {
    if (secs.isFloat()) {
        double d = secs.asFloat();
        if (std::isnan(d)) raiseError(ts, ts.rt.types.ValueError, "Invalid value NaN (not a number)");
        double ns = std::ceil(d * 1e9);
        if (!(ns >= -9223372036854775808.0 && ns < 9223372036854775808.0))
            raiseError(ts, ts.rt.types.OverflowError, "timestamp too large to convert to C _PyTime_t");
        return static_cast<int64_t>(ns);
    }
    if (isKind(secs, ObjKind::BigInt) ||
        (secs.isIntOrBool() && (secs.asInt() > INT64_MAX / 1000000000 || secs.asInt() < INT64_MIN / 1000000000)))
        raiseError(ts, ts.rt.types.OverflowError, "timestamp too large to convert to C _PyTime_t");
    return indexOf(ts, secs) * 1000000000;
}

void sleepWithoutGil(ThreadState& ts, double seconds) {
    std::mutex m;
    std::condition_variable cv; // only an interrupt notifies it
    waitWithoutGil(ts, m, cv, deadlineAfter(seconds), [] { return false; }, [] { return true; });
    checkInterrupt(ts);
}

namespace {

struct ThreadStart {
    Runtime* rt;
    std::function<void(ThreadState&)> body;
};

void* threadMain(void* arg) {
    std::unique_ptr<ThreadStart> start(static_cast<ThreadStart*>(arg));
    Runtime& rt = *start->rt;
    {
        ThreadState ts(rt);
        {
            std::lock_guard<std::mutex> lock(rt.threadsMutex);
            rt.threadsStarting--;
        }
        rt.threadRegistered.notify_all();
        rt.gil.acquire(&ts, false);
        start->body(ts);
        rt.runningThreads.fetch_sub(1, std::memory_order_acq_rel);
        // The ThreadState unregisters in its destructor, after the GIL is given
        // up: registration is guarded by threadsMutex, which the collector takes.
        rt.gil.release(&ts);
    }
    start.reset();
    // The last touch of the VM: from here on it may be freed (VM::~VM waits for this).
    rt.osThreads.fetch_sub(1, std::memory_order_release);
    return nullptr;
}

} // namespace

std::optional<uint64_t> startThread(ThreadState& ts, size_t stackBytes, std::function<void(ThreadState&)> body) {
    Runtime& rt = ts.rt;
    size_t stack = stackBytes ? stackBytes : rt.threadStackBytes ? rt.threadStackBytes : kDefaultThreadStackBytes;
    rt.gil.startWatcher();
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0) return std::nullopt;
    pthread_attr_setstacksize(&attr, stack);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    auto* start = new ThreadStart{&rt, std::move(body)};
    rt.runningThreads.fetch_add(1, std::memory_order_acq_rel);
    rt.osThreads.fetch_add(1, std::memory_order_relaxed);
    {
        std::lock_guard<std::mutex> lock(rt.threadsMutex);
        rt.threadsStarting++;
    }
    pthread_t thread;
    int rc = blockWithoutGil(ts, [&] { return pthread_create(&thread, &attr, threadMain, start); });
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        {
            std::lock_guard<std::mutex> lock(rt.threadsMutex);
            rt.threadsStarting--;
        }
        rt.runningThreads.fetch_sub(1, std::memory_order_acq_rel);
        rt.osThreads.fetch_sub(1, std::memory_order_relaxed);
        delete start;
        return std::nullopt;
    }
    return static_cast<uint64_t>(thread);
}

} // namespace spindle
