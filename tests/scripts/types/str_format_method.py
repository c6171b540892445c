# str.format with {}, {0}, {name}, attributes-free fields and simple specs.
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0} and {x}".format("pos", x="kw"))
print("{{}} {{{0}}}".format("braces"))
print("[{:>6}] [{:<6}] [{:^6}] [{:06.2f}] [{:,}]".format("r", "l", "c", 3.14159, 1234567))
print("{0[1]} {1[key]}".format([10, 20], {"key": "dv"}))
print("{!r} {!s}".format("q", "q"))
print("{:x} {:o} {:b} {:e}".format(255, 8, 5, 12345.678))
print("".format(), "no fields".format(1, 2))
for bad_args in [(), ("only one",)]:
    try:
        print("{} {}".format(*bad_args))
    except IndexError as e:
        print(type(e).__name__, e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
