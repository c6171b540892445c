# The time module. The current time is never printed: only types, monotonicity
# and the conversions of fixed timestamps and tuples.
import time


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print("-- clocks")
for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    f = getattr(time, name)
    f_ns = getattr(time, name + "_ns")
    a, b = f(), f()
    c, d = f_ns(), f_ns()
    print(name, type(a).__name__, type(c).__name__, a <= b, c <= d, a > 0 or name != "time")
print(abs(time.time() - time.time_ns() / 1e9) < 5, time.time() > 1.6e9)
start = time.monotonic()
start_ns = time.perf_counter_ns()
time.sleep(0.01)
time.sleep(0)
time.sleep(False)
print(time.monotonic() - start >= 0.01, time.perf_counter_ns() - start_ns >= 10**7)
show("sleep negative", time.sleep, -1)
show("sleep str", time.sleep, "1")
show("sleep nan", time.sleep, float("nan"))
show("sleep none", time.sleep)
show("time with argument", time.time, 1)
show("monotonic_ns with argument", time.monotonic_ns, None)

print("-- gmtime and struct_time")
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[:3], t[::4], list(t), tuple(t))
print(isinstance(t, tuple), type(t), type(t).__name__, time.struct_time.n_fields, t.n_sequence_fields)
print(t == (1970, 1, 1, 0, 0, 0, 3, 1, 0), t < time.gmtime(1), hash(t) == hash(tuple(t)), 1970 in t)
year, month, *rest = t
print(year, month, rest)
for secs in (1, 59.9, 86399, 951782400, 1709210096.75, -1, -1.5, -86400 * 365, 2**31, 4102444800, 253402300799):
    print(repr(secs), tuple(time.gmtime(secs)))
print(time.gmtime(None) >= time.gmtime(0), type(time.gmtime()).__name__)
show("gmtime str", time.gmtime, "0")
show("gmtime nan", time.gmtime, float("nan"))
show("gmtime huge", time.gmtime, 1e30)
show("gmtime huge int", time.gmtime, 2**100)
show("gmtime two args", time.gmtime, 1, 2)
show("index past end", lambda: t[9])
show("no such field", lambda: t.tm_foo)

st = time.struct_time((2024, 2, 29, 13, 45, 30, 3, 60, 0))
print(st, st.tm_zone, st.tm_gmtoff)
st = time.struct_time([2024, 2, 29, 13, 45, 30, 3, 60, 0, "XYZ", 3600])
print(st, st.tm_zone, st.tm_gmtoff, len(st))
show("struct_time short", time.struct_time, (1, 2, 3))
show("struct_time long", time.struct_time, tuple(range(12)))
show("struct_time int", time.struct_time, 5)

print("-- localtime and mktime")
lt = time.localtime(1000000)
print(type(lt).__name__, len(lt), lt.tm_isdst in (-1, 0, 1), isinstance(lt.tm_zone, str), type(lt.tm_gmtoff).__name__)
print(time.mktime(lt), time.mktime(time.localtime(1700000000)), time.mktime(tuple(time.localtime(86400 * 400))))
print(time.localtime(time.mktime(lt)) == lt, time.localtime() >= lt)
show("mktime short tuple", time.mktime, (2024, 1, 1))
show("mktime int", time.mktime, 5)
show("mktime str field", time.mktime, (2024, 1, 1, 0, 0, 0, 0, 1, "x"))
print(isinstance(time.timezone, int), isinstance(time.altzone, int), time.daylight in (0, 1))
print(type(time.tzname).__name__, len(time.tzname), [type(n).__name__ for n in time.tzname])

print("-- strftime, asctime, ctime")
fixed = (2024, 3, 9, 7, 5, 3, 5, 69, 0)
print(time.strftime("%Y-%m-%d %H:%M:%S", fixed))
print(time.strftime("%a %A %b %B %d %j %w %y %p %I %%", fixed))
print(time.strftime("%c | %x | %X | %U %W", fixed))
print(time.strftime("%Y", time.gmtime(0)), repr(time.strftime("", fixed)), time.strftime("no directives", fixed))
print(time.strftime("%Y-%m-%d %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime("%d", (2000, 1, 1, 0, 0, 61, 6, 1, -5)))
print(time.strftime("%H:%M", time.struct_time(fixed)), len(time.strftime("%Y")) == 4)
print(time.asctime(fixed), "|", time.asctime(time.gmtime(0)), "|", time.asctime((2024, 12, 25, 23, 59, 59, 2, 360, 0)))
print(time.ctime(0) == time.asctime(time.localtime(0)), len(time.ctime()), len(time.asctime()))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0),
            (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024.5, 1, 1, 0, 0, 0, 0, 1, 0), (2024,), [2024, 1, 1, 0, 0, 0, 0, 1, 0]]:
    show("strftime" + repr(bad), time.strftime, "%Y", bad)
show("asctime bad month", time.asctime, (2024, 13, 1, 0, 0, 0, 0, 1, 0))
show("asctime short", time.asctime, (2024, 1))
show("asctime two args", time.asctime, fixed, fixed)
show("strftime no args", time.strftime)
show("strftime int format", time.strftime, 5)
show("strftime three args", time.strftime, "%Y", fixed, 1)
show("strftime huge year", time.strftime, "%Y", (10**20, 1, 1, 0, 0, 0, 0, 1, 0))
show("ctime str", time.ctime, "x")
