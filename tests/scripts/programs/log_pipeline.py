# A log-processing pipeline built from generators: parsing, filtering,
# windowed aggregation and a coroutine that collects statistics.
from collections import Counter, defaultdict

LOG = """\
2026-01-03 10:00:01 INFO  web    request /index 12ms
2026-01-03 10:00:02 INFO  web    request /about 8ms
2026-01-03 10:00:02 WARN  db     slow query 250ms
2026-01-03 10:00:03 ERROR web    request /login 500ms
garbage line without structure
2026-01-03 10:00:04 INFO  worker job 17 done 40ms
2026-01-03 10:00:05 INFO  web    request /index 15ms
2026-01-03 10:00:06 ERROR db     connection lost 0ms
2026-01-03 10:00:07 INFO  worker job 18 done 35ms
2026-01-03 10:00:08 WARN  web    request /search 300ms
"""

class ParseError(Exception):
    def __init__(self, lineno, line):
        super().__init__(f"line {lineno}: cannot parse {line!r}")
        self.lineno = lineno

def lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        yield lineno, line

def parse(numbered, errors):
    for lineno, line in numbered:
        parts = line.split()
        if len(parts) < 5 or not parts[-1].endswith("ms"):
            errors.append(ParseError(lineno, line))
            continue
        date, time, level, source = parts[:4]
        yield {"time": time, "level": level, "source": source,
               "message": " ".join(parts[4:-1]), "ms": int(parts[-1][:-2])}

def only(levels, records):
    return (r for r in records if r["level"] in levels)

def windows(records, size):
    window = []
    for record in records:
        window.append(record)
        if len(window) == size:
            yield tuple(window)
            window = []
    if window:
        yield tuple(window)

def stats():
    count = total = 0
    slowest = None
    try:
        while True:
            record = yield
            count += 1
            total += record["ms"]
            if slowest is None or record["ms"] > slowest["ms"]:
                slowest = record
    except GeneratorExit:
        pass
    finally:
        print(f"stats: {count} records, {total} ms, slowest {slowest['message']!r}")

def tee_to(target, records):
    for record in records:
        target.send(record)
        yield record

errors = []
collector = stats()
next(collector)
by_source = defaultdict(list)
levels = Counter()
for record in tee_to(collector, parse(lines(LOG), errors)):
    by_source[record["source"]].append(record["ms"])
    levels[record["level"]] += 1
collector.close()

for source in sorted(by_source):
    times = by_source[source]
    print(f"{source:<7}{len(times):>3} {sum(times) / len(times):8.2f} ms avg  max {max(times)}")
print(sorted(levels.items()))
for error in errors:
    print(type(error).__name__, error.lineno, error)

problems = only({"WARN", "ERROR"}, parse(lines(LOG), []))
for number, window in enumerate(windows(problems, 2), 1):
    print(number, [f"{r['level']}@{r['time']}" for r in window])

def flatten_sources():
    for source, times in sorted(by_source.items()):
        yield from ((source, t) for t in sorted(times))

print(list(flatten_sources())[:4])
