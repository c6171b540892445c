# The everyday parts of sys.
import sys

print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_module.py"))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print("sys" in sys.modules, sys.modules["sys"] is sys, type(sys.modules).__name__)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor >= 11, len(sys.version_info))
print(sys.version.startswith("3.11"), type(sys.version).__name__)
print(sys.platform, sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
for bad in [0, -5, "x", 1.5]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(1000)

n = sys.stdout.write("written\n")
print(n, sys.stdout.writable(), sys.stdin.readable())
sys.stdout.flush()
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError", e)

print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
print(sys.exc_info() == (None, None, None))

for code in [None, 0, 3, "message", (1, 2)]:
    try:
        sys.exit(code) if code is not None else sys.exit()
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)

line = sys.stdin.readline()
print(repr(line), repr(sys.stdin.readline()), repr(sys.stdin.read()), repr(sys.stdin.readline()))
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError", e)
print(sys.intern("abc") == "abc")
sys.exit(4)
