// TimeModule.cpp — the time module: clocks and sleep.
//
// sleep() releases the GIL for its whole duration and, in the main thread, ends
// early with KeyboardInterrupt on Ctrl-C.
#include "runtime/Ops.h"
#include "runtime/Threads.h"
#include "stdlib/BuiltinArgs.h"
#include "stdlib/Modules.h"

#include <chrono>
#include <cmath>
#include <ctime>

namespace spindle {

namespace {

int64_t nanosecondsOf(clockid_t clock) {
    timespec t;
    clock_gettime(clock, &t);
    return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

Value secondsValue(int64_t ns) { return Value::real(static_cast<double>(ns) / 1e9); }

Value timeTime(ThreadState& ts, Value, Args args) {
    expectNoArgs(ts, "time", args);
    return secondsValue(nanosecondsOf(CLOCK_REALTIME));
}
Value timeTimeNs(ThreadState& ts, Value, Args args) {
    expectNoArgs(ts, "time_ns", args);
    return Value::integer(nanosecondsOf(CLOCK_REALTIME));
}
Value timeMonotonic(ThreadState& ts, Value, Args args) {
    expectNoArgs(ts, "monotonic", args);
    return secondsValue(nanosecondsOf(CLOCK_MONOTONIC));
}
Value timeMonotonicNs(ThreadState& ts, Value, Args args) {
    expectNoArgs(ts, "monotonic_ns", args);
    return Value::integer(nanosecondsOf(CLOCK_MONOTONIC));
}
Value timeProcessTime(ThreadState& ts, Value, Args args) {
    expectNoArgs(ts, "process_time", args);
    return secondsValue(nanosecondsOf(CLOCK_PROCESS_CPUTIME_ID));
}
Value timeProcessTimeNs(ThreadState& ts, Value, Args args) {
    expectNoArgs(ts, "process_time_ns", args);
    return Value::integer(nanosecondsOf(CLOCK_PROCESS_CPUTIME_ID));
}

Value timeSleep(ThreadState& ts, Value, Args args) {
    Value v = expectOneArg(ts, "sleep", args);
    if (!v.isIntOrBool() && !v.isFloat() && !isKind(v, ObjKind::BigInt))
        raiseFormat(ts, ts.rt.types.TypeError, "'%s' object cannot be interpreted as an integer",
                    std::string(typeName(ts, v)).c_str());
    double seconds = toDouble(ts, v);
    if (std::isnan(seconds)) raiseError(ts, ts.rt.types.ValueError, "Invalid value NaN (not a number)");
    if (seconds < 0) raiseError(ts, ts.rt.types.ValueError, "sleep length must be non-negative");
    sleepWithoutGil(ts, seconds);
    return Value::none();
}

} // namespace

ModuleObject* createTimeModule(ThreadState& ts) {
    ModuleObject* m = newNativeModule(ts, "time");
    DictObject* d = m->dict;
    defineNative(ts, d, "time", timeTime);
    defineNative(ts, d, "time_ns", timeTimeNs);
    defineNative(ts, d, "monotonic", timeMonotonic);
    defineNative(ts, d, "monotonic_ns", timeMonotonicNs);
    defineNative(ts, d, "perf_counter", timeMonotonic);
    defineNative(ts, d, "perf_counter_ns", timeMonotonicNs);
    defineNative(ts, d, "process_time", timeProcessTime);
    defineNative(ts, d, "process_time_ns", timeProcessTimeNs);
    defineNative(ts, d, "sleep", timeSleep);
    return m;
}

} // namespace spindle
