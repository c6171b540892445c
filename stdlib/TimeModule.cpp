// TimeModule.cpp — the time module: clocks, sleep, struct_time and the
// conversions between seconds, struct_time and text.
//
// The conversions are the C library's (gmtime_r, localtime_r, mktime,
// strftime), called the way CPython calls them, so the results and the rules
// for out-of-range fields are CPython's on the same system.
//
// struct_time is a tuple subtype: its instances are tuples of the nine public
// fields (so indexing, slicing, comparison and hashing are tuple's), with
// tm_zone and tm_gmtoff stored in two extra slots past the end, which len() and
// iteration do not see — as in CPython's structseq. Those two slots hold only
// values the collector need not trace: an interned str (interned strings live
// as long as the VM), an inline int, or None.
#include "runtime/Threads.h"
#include "stdlib/BuiltinArgs.h"
#include "stdlib/FileObject.h"
#include "stdlib/Modules.h"

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <ctime>
#include <string>

namespace spindle {

namespace {

constexpr size_t kVisibleFields = 9;
constexpr size_t kAllFields = 11;
const char* const kFieldNames[kAllFields] = {"tm_year", "tm_mon",  "tm_mday",  "tm_hour", "tm_min",   "tm_sec",
                                             "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};

// The module's private state: what its functions need and scripts cannot rebind.
struct TimeState : NativeObject {
    TypeObject* structTime = nullptr;
    void trace(Heap& heap) override { heap.mark(structTime); }
};

TimeState* stateOf(Value self) {
    // Every function of this module is created with the module as self.
    return static_cast<TimeState*>(as<ModuleObject>(self)->state);
}

// ---- clocks ---------------------------------------------------------------------

int64_t clockNanoseconds(clockid_t clock) {
    struct timespec t;
    ::clock_gettime(clock, &t);
    return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// CPython's _PyTime_AsSecondsDouble: whole seconds convert exactly, the rest
// by one division, so time() rounds as CPython's does.
double secondsOf(int64_t ns) {
    if (ns % 1000000000 == 0) return static_cast<double>(ns / 1000000000);
    volatile double d = static_cast<double>(ns); // keep the rounding steps apart
    return d / 1e9;
}

#define SPINDLE_TIME_CLOCK(pyname, clock)                                       \
    Value time_##pyname(ThreadState& ts, Value, Args args) {                    \
        expectNoArgs(ts, "time." #pyname, args);                                \
        return Value::real(secondsOf(clockNanoseconds(clock)));                 \
    }                                                                           \
    Value time_##pyname##_ns(ThreadState& ts, Value, Args args) {               \
        expectNoArgs(ts, "time." #pyname "_ns", args);                          \
        return Value::integer(clockNanoseconds(clock));                         \
    }

SPINDLE_TIME_CLOCK(time, CLOCK_REALTIME)
SPINDLE_TIME_CLOCK(monotonic, CLOCK_MONOTONIC)
SPINDLE_TIME_CLOCK(perf_counter, CLOCK_MONOTONIC)
SPINDLE_TIME_CLOCK(process_time, CLOCK_PROCESS_CPUTIME_ID)
SPINDLE_TIME_CLOCK(thread_time, CLOCK_THREAD_CPUTIME_ID)

// PyArg_ParseTuple's wording, which these functions use in CPython:
// "strftime() takes at least 1 argument (0 given)".
void expectTupleArgs(ThreadState& ts, const char* name, Args args, size_t min, size_t max) {
    if (args.keywordCount()) raiseFormat(ts, ts.rt.types.TypeError, "%s() takes no keyword arguments", name);
    size_t n = args.count;
    if (n >= min && n <= max) return;
    const char* bound = min == max ? "exactly" : n < min ? "at least" : "at most";
    size_t limit = n < min ? min : max;
    raiseFormat(ts, ts.rt.types.TypeError, "%s() takes %s %zu argument%s (%zu given)", name, bound, limit,
                limit == 1 ? "" : "s", n);
}

// ---- sleep ------------------------------------------------------------------------

Value time_sleep(ThreadState& ts, Value, Args args) {
    int64_t ns = timeoutNanoseconds(ts, expectOneArg(ts, "time.sleep", args));
    if (ns < 0) raiseError(ts, ts.rt.types.ValueError, "sleep length must be non-negative");
    // Without the GIL; Ctrl-C ends it early in the main thread (Threads.h).
    sleepWithoutGil(ts, static_cast<double>(ns) / 1e9);
    return Value::none();
}

// ---- struct_time ------------------------------------------------------------------

TupleObject* newStructTime(ThreadState& ts, TypeObject* type) {
    TupleObject* t = ts.rt.heap.make<TupleObject>(type, kAllFields * sizeof(Value));
    t->size = kVisibleFields;
    for (size_t i = 0; i < kAllFields; i++) t->items()[i] = Value::none();
    return t;
}

// A value for the hidden tm_zone slot (see the top of the file).
Value hiddenZone(ThreadState& ts, Value v) {
    if (isKind(v, ObjKind::Str)) return Value::object(intern(ts, as<StrObject>(v)->view()));
    return Value::none();
}

TupleObject* structTimeFromTm(ThreadState& ts, TypeObject* type, const struct tm& tm) {
    TupleObject* t = newStructTime(ts, type);
    Value* f = t->items();
    f[0] = Value::integer(int64_t(tm.tm_year) + 1900);
    f[1] = Value::integer(tm.tm_mon + 1);
    f[2] = Value::integer(tm.tm_mday);
    f[3] = Value::integer(tm.tm_hour);
    f[4] = Value::integer(tm.tm_min);
    f[5] = Value::integer(tm.tm_sec);
    f[6] = Value::integer((tm.tm_wday + 6) % 7); // Monday is 0 in Python, Sunday in C
    f[7] = Value::integer(tm.tm_yday + 1);
    f[8] = Value::integer(tm.tm_isdst);
    if (tm.tm_zone) f[9] = Value::object(intern(ts, tm.tm_zone));
    f[10] = Value::integer(tm.tm_gmtoff);
    return t;
}

// struct_time(sequence): 9 to 11 items; the two hidden fields default to None.
Value structTimeConstruct(ThreadState& ts, TypeObject* type, Args args) {
    static constexpr ParamSpec spec{"struct_time", {"sequence", "dict"}, 1};
    Value a[2];
    bindArgs(ts, spec, args, a);
    Value seq = a[0];
    Handle items(ts);
    if (isKind(seq, ObjKind::Tuple)) {
        items.set(seq);
    } else {
        try {
            items.set(call1(ts, Value::object(ts.rt.types.tuple), seq));
        } catch (const PyThrow&) {
            if (!swallowRaised(ts, ts.rt.types.TypeError)) throw;
            raiseError(ts, ts.rt.types.TypeError, "constructor requires a sequence");
        }
    }
    TupleObject* src = as<TupleObject>(items.get());
    if (src->size < kVisibleFields)
        raiseFormat(ts, ts.rt.types.TypeError, "time.struct_time() takes an at least 9-sequence (%zu-sequence given)",
                    src->size);
    if (src->size > kAllFields)
        raiseFormat(ts, ts.rt.types.TypeError, "time.struct_time() takes an at most 11-sequence (%zu-sequence given)",
                    src->size);
    TupleObject* t = newStructTime(ts, type);
    for (size_t i = 0; i < kVisibleFields; i++) t->items()[i] = src->items()[i];
    if (src->size > 9) t->items()[9] = hiddenZone(ts, src->items()[9]);
    if (src->size > 10 && src->items()[10].isIntOrBool()) t->items()[10] = Value::integer(src->items()[10].asInt());
    return Value::object(t);
}

StrObject* structTimeRepr(ThreadState& ts, Value self) {
    TupleObject* t = as<TupleObject>(self);
    std::string out = "time.struct_time(";
    for (size_t i = 0; i < kVisibleFields; i++) {
        if (i) out += ", ";
        out += kFieldNames[i];
        out += "=";
        out += repr(ts, t->items()[i])->view();
    }
    out += ")";
    return newStr(ts, out);
}

bool structTimeGetAttr(ThreadState& ts, Value obj, StrObject* name, Value& out) {
    TupleObject* t = as<TupleObject>(obj);
    for (size_t i = 0; i < kAllFields; i++) {
        if (name->view() == kFieldNames[i]) {
            out = t->items()[i];
            return true;
        }
    }
    return false;
}

TypeObject* createStructTimeType(ThreadState& ts) {
    // Named as CPython's tp_name, which error messages show; __name__ and
    // __qualname__ are "struct_time".
    TypeObject* t = newBuiltinType(ts, "time.struct_time", ts.rt.types.tuple, ObjKind::Tuple);
    t->qualname = intern(ts, "struct_time");
    t->construct = structTimeConstruct;
    t->allowsSubclassing = false;
    t->slots.repr = structTimeRepr;
    t->slots.str = nullptr;
    t->slots.getAttr = structTimeGetAttr;
    dictSetStr(ts, t->dict, "__module__", strValue(ts, "time"));
    dictSetStr(ts, t->dict, "n_fields", Value::integer(kAllFields));
    dictSetStr(ts, t->dict, "n_sequence_fields", Value::integer(kVisibleFields));
    dictSetStr(ts, t->dict, "n_unnamed_fields", Value::integer(0));
    return t;
}

// ---- seconds <-> struct tm -----------------------------------------------------------

// A timestamp argument (int or float, floored) as time_t; None or absent: now.
time_t timestampArg(ThreadState& ts, Value v) {
    if (v.isEmpty() || v.isNone()) return ::time(nullptr);
    if (v.isFloat()) {
        double d = v.asFloat();
        if (std::isnan(d)) raiseError(ts, ts.rt.types.ValueError, "Invalid value NaN (not a number)");
        d = std::floor(d);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
            raiseError(ts, ts.rt.types.OverflowError, "timestamp out of range for platform time_t");
        return static_cast<time_t>(d);
    }
    if (isKind(v, ObjKind::BigInt))
        raiseError(ts, ts.rt.types.OverflowError, "timestamp out of range for platform time_t");
    return static_cast<time_t>(indexOf(ts, v));
}

Value convertTime(ThreadState& ts, Value self, Args args, const char* name, bool local) {
    expectTupleArgs(ts, name, args, 0, 1);
    time_t when = timestampArg(ts, args.count ? args[0] : Value());
    struct tm tm;
    errno = 0;
    if (!(local ? ::localtime_r(&when, &tm) : ::gmtime_r(&when, &tm))) raiseOSErrorNoFilename(ts, errno ? errno : EINVAL);
    return Value::object(structTimeFromTm(ts, stateOf(self)->structTime, tm));
}

Value time_gmtime(ThreadState& ts, Value self, Args args) { return convertTime(ts, self, args, "gmtime", false); }
Value time_localtime(ThreadState& ts, Value self, Args args) { return convertTime(ts, self, args, "localtime", true); }

// One field of a time tuple as a C int (PyArg_ParseTuple's "i").
int intField(ThreadState& ts, Value v) {
    if (isKind(v, ObjKind::BigInt))
        raiseError(ts, ts.rt.types.OverflowError, "Python int too large to convert to C long");
    int64_t i = indexOf(ts, v);
    if (i > INT_MAX) raiseError(ts, ts.rt.types.OverflowError, "signed integer is greater than maximum");
    if (i < INT_MIN) raiseError(ts, ts.rt.types.OverflowError, "signed integer is less than minimum");
    return static_cast<int>(i);
}

// CPython's gettmarg: a 9-tuple or struct_time as a struct tm (C conventions:
// months and days of the year from 0, Sunday first). A struct_time also brings
// its zone, whose text stays valid: it is an interned str.
void timeTupleArg(ThreadState& ts, TimeState* state, Value v, const char* name, struct tm& tm) {
    std::memset(&tm, 0, sizeof tm);
    if (!isKind(v, ObjKind::Tuple))
        raiseError(ts, ts.rt.types.TypeError, "Tuple or struct_time argument required");
    TupleObject* t = as<TupleObject>(v);
    if (t->size != kVisibleFields) raiseFormat(ts, ts.rt.types.TypeError, "%s(): illegal time tuple argument", name);
    Value* f = t->items();
    int year = intField(ts, f[0]);
    tm.tm_mon = intField(ts, f[1]) - 1;
    tm.tm_mday = intField(ts, f[2]);
    tm.tm_hour = intField(ts, f[3]);
    tm.tm_min = intField(ts, f[4]);
    tm.tm_sec = intField(ts, f[5]);
    tm.tm_wday = (intField(ts, f[6]) + 1) % 7; // C's %, as CPython: a negative day stays negative
    tm.tm_yday = intField(ts, f[7]) - 1;
    tm.tm_isdst = intField(ts, f[8]);
    tm.tm_year = year - 1900;
    if (t->type == state->structTime) {
        if (isKind(f[9], ObjKind::Str)) tm.tm_zone = as<StrObject>(f[9])->data();
        if (f[10].isIntOrBool()) tm.tm_gmtoff = f[10].asInt();
    }
}

// CPython's checktm: refuse fields that would index the C library's name
// tables out of bounds; zero month, day and day of the year mean "the first".
void checkTimeFields(ThreadState& ts, struct tm& tm) {
    TypeObject* valueError = ts.rt.types.ValueError;
    if (tm.tm_mon == -1) tm.tm_mon = 0;
    else if (tm.tm_mon < 0 || tm.tm_mon > 11) raiseError(ts, valueError, "month out of range");
    if (tm.tm_mday == 0) tm.tm_mday = 1;
    else if (tm.tm_mday < 0 || tm.tm_mday > 31) raiseError(ts, valueError, "day of month out of range");
    if (tm.tm_hour < 0 || tm.tm_hour > 23) raiseError(ts, valueError, "hour out of range");
    if (tm.tm_min < 0 || tm.tm_min > 59) raiseError(ts, valueError, "minute out of range");
    if (tm.tm_sec < 0 || tm.tm_sec > 61) raiseError(ts, valueError, "seconds out of range");
    if (tm.tm_wday < 0) raiseError(ts, valueError, "day of week out of range");
    if (tm.tm_yday == -1) tm.tm_yday = 0;
    else if (tm.tm_yday < 0 || tm.tm_yday > 365) raiseError(ts, valueError, "day of year out of range");
}

// The time tuple argument of strftime/asctime, or the local time now.
void timeTupleOrNow(ThreadState& ts, Value self, Args args, size_t index, const char* name, struct tm& tm) {
    if (args.count > index) {
        timeTupleArg(ts, stateOf(self), args[index], name, tm);
        checkTimeFields(ts, tm);
        return;
    }
    time_t now = ::time(nullptr);
    if (!::localtime_r(&now, &tm)) raiseOSErrorNoFilename(ts, errno ? errno : EINVAL);
}

Value time_mktime(ThreadState& ts, Value self, Args args) {
    struct tm tm;
    timeTupleArg(ts, stateOf(self), expectOneArg(ts, "time.mktime", args), "mktime", tm);
    tm.tm_wday = -1; // mktime() sets it on success: tells a real -1 (1969-12-31 23:59:59) from a failure
    time_t t = ::mktime(&tm);
    if (t == static_cast<time_t>(-1) && tm.tm_wday == -1)
        raiseError(ts, ts.rt.types.OverflowError, "mktime argument out of range");
    return Value::real(static_cast<double>(t));
}

Value time_strftime(ThreadState& ts, Value self, Args args) {
    expectTupleArgs(ts, "strftime", args, 1, 2);
    if (!isKind(args[0], ObjKind::Str)) {
        std::string_view got = typeName(ts, args[0]);
        raiseFormat(ts, ts.rt.types.TypeError, "strftime() argument 1 must be str, not %.*s",
                    static_cast<int>(got.size()), got.data());
    }
    struct tm tm;
    timeTupleOrNow(ts, self, args, 1, "strftime", tm);
    if (tm.tm_isdst < -1) tm.tm_isdst = -1;
    else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
    std::string_view format = as<StrObject>(args[0])->view();
    if (format.find('\0') != std::string_view::npos)
        raiseError(ts, ts.rt.types.ValueError, "embedded null character");
    std::string fmt(format);
    // strftime() returns 0 both for "too small a buffer" and for an empty
    // result; like CPython, grow the buffer up to 256 times the format's size.
    for (size_t size = 1024;; size += size) {
        std::string out(size, '\0');
        size_t n = std::strftime(out.data(), size, fmt.c_str(), &tm);
        if (n > 0 || size >= 256 * fmt.size()) return strValue(ts, std::string_view(out.data(), n));
    }
}

// CPython's asctime layout: "Thu Jan  1 00:00:00 1970".
Value asctimeText(ThreadState& ts, const struct tm& tm) {
    static const char* const kDays[7] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* const kMonths[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", kDays[tm.tm_wday], kMonths[tm.tm_mon], tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<long long>(tm.tm_year) + 1900);
    return strValue(ts, buf);
}

Value time_asctime(ThreadState& ts, Value self, Args args) {
    expectArgRange(ts, "asctime", args, 0, 1);
    struct tm tm;
    timeTupleOrNow(ts, self, args, 0, "asctime", tm);
    return asctimeText(ts, tm);
}

Value time_ctime(ThreadState& ts, Value self, Args args) {
    expectTupleArgs(ts, "ctime", args, 0, 1);
    time_t when = timestampArg(ts, args.count ? args[0] : Value());
    struct tm tm;
    if (!::localtime_r(&when, &tm)) raiseOSErrorNoFilename(ts, errno ? errno : EINVAL);
    return asctimeText(ts, tm);
}

// timezone, altzone, daylight and tzname as CPython computes them on glibc: from
// the local time of January 1 and of half a year later, so the southern
// hemisphere (DST in January) comes out right too.
void defineTimezone(ThreadState& ts, DictObject* d) {
    ::tzset();
    constexpr time_t kYear = (365 * 24 + 6) * 3600;
    time_t t = (::time(nullptr) / kYear) * kYear;
    struct tm jan, jul;
    ::localtime_r(&t, &jan);
    t += kYear / 2;
    ::localtime_r(&t, &jul);
    long janZone = -jan.tm_gmtoff, julZone = -jul.tm_gmtoff;
    std::string janName = jan.tm_zone ? jan.tm_zone : "", julName = jul.tm_zone ? jul.tm_zone : "";
    bool reversed = janZone < julZone; // DST in January
    TupleObject* names = newTuple(ts, 2);
    names->items()[0] = strValue(ts, reversed ? julName : janName);
    names->items()[1] = strValue(ts, reversed ? janName : julName);
    dictSetStr(ts, d, "timezone", Value::integer(reversed ? julZone : janZone));
    dictSetStr(ts, d, "altzone", Value::integer(reversed ? janZone : julZone));
    dictSetStr(ts, d, "daylight", Value::integer(janZone != julZone));
    dictSetStr(ts, d, "tzname", Value::object(names));
}

} // namespace

ModuleObject* createTimeModule(ThreadState& ts) {
    ModuleObject* m = newNativeModule(ts, "time");
    TimeState* state = ts.rt.heap.make<TimeState>(ts.rt.types.object, 0);
    m->state = state;
    state->structTime = createStructTimeType(ts);
    DictObject* d = m->dict;
    dictSetStr(ts, d, "struct_time", Value::object(state->structTime));
    static constexpr struct {
        const char* name;
        NativeFn fn;
    } kFunctions[] = {
        {"time", time_time},
        {"time_ns", time_time_ns},
        {"monotonic", time_monotonic},
        {"monotonic_ns", time_monotonic_ns},
        {"perf_counter", time_perf_counter},
        {"perf_counter_ns", time_perf_counter_ns},
        {"process_time", time_process_time},
        {"process_time_ns", time_process_time_ns},
        {"thread_time", time_thread_time},
        {"thread_time_ns", time_thread_time_ns},
        {"sleep", time_sleep},
        {"gmtime", time_gmtime},
        {"localtime", time_localtime},
        {"mktime", time_mktime},
        {"strftime", time_strftime},
        {"asctime", time_asctime},
        {"ctime", time_ctime},
    };
    for (const auto& f : kFunctions) defineModuleFunction(ts, m, f.name, f.fn);
    defineTimezone(ts, d);
    return m;
}

} // namespace spindle
