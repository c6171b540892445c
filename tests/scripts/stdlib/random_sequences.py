# random gives CPython's sequences for the same seed: the Mersenne Twister with
# CPython's seeding of ints (any size and sign), floats, str and bytes, and
# random()/getrandbits() built from its outputs as CPython builds them.
import random

for seed in (0, 1, 42, -42, 5489, 2**32 - 1, 2**32, 2**64 + 7, -(2**100) - 3, 10**50, True, False):
    r = random.Random(seed)
    print(seed, [r.random() for _ in range(4)])
    print("  bits", [r.getrandbits(k) for k in (0, 1, 7, 31, 32, 33, 52, 63, 64, 65, 127, 200)])

for seed in (1.5, -1.5, 0.0, 1e300, "", "a", "hello world", "ünïcödé ✓", b"", b"\x00\xff", b"bytes" * 40):
    r = random.Random(seed)
    print(repr(seed)[:30], [r.random() for _ in range(3)], r.getrandbits(40))

print("-- version 1 seeding of str and bytes")
for seed in ("", "abc", b"abc", "ünï"):
    r = random.Random()
    r.seed(seed, version=1)
    print(repr(seed), r.random(), r.randrange(1000))
r = random.Random()
r.seed("abc", 3)  # another version: the str's hash, not reproducible, but no error
r.seed(7, version=1)
print(r.random())

print("-- a long stream")
r = random.Random(2024)
values = [r.random() for _ in range(2000)]
print(values[:3], values[997:1000], values[-3:])
print(sum(values) * 1000 // 1, min(values), max(values))
words = [r.getrandbits(32) for _ in range(1500)]
print(words[:4], words[623:626], words[-4:])

print("-- module-level functions share one hidden generator")
random.seed(12345)
a = [random.random() for _ in range(5)]
random.seed(12345)
print(a == [random.random() for _ in range(5)], a)
random.seed(99)
print(random.randint(1, 100), random.choice("xyz"), random.getrandbits(70), random.uniform(-1, 1))
print(type(random._inst).__name__, random.Random, type(random.random).__name__)

print("-- state")
r = random.Random(7)
state = r.getstate()
print(len(state), state[0], len(state[1]), state[1][-1], state[1][:3], state[2])
first = [r.random() for _ in range(700)]
r.setstate(state)
print(first == [r.random() for _ in range(700)])
r.gauss()
with_gauss = r.getstate()
print(with_gauss[2] is not None, with_gauss[1][-1])
g = r.gauss()
r.setstate(with_gauss)
print(r.gauss() == g)
r2 = random.Random()
r2.setstate(state)
print(r2.random() == first[0])
signed = [x - 2**32 if x >= 2**31 else x for x in state[1][:-1]]  # version 2 kept signed words
old = (2, tuple(signed) + (state[1][-1],), None)
r2.setstate(old)
print(r2.random() == first[0])
for bad in [(1, (), None), (3, (1, 2), None), (3, tuple(range(625)) + (1,), None), (3, (0,) * 624 + (625,), None),
            (3, [0] * 625, None), (3, (0,) * 625), 5, (4, (), None)]:
    try:
        random.Random().setstate(bad)
        print("accepted")
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

print("-- errors")
for call in [lambda: random.Random(1, 2), lambda: random.Random().random(1), lambda: random.getrandbits(-1),
             lambda: random.getrandbits(1.5), lambda: random.getrandbits(), lambda: random.seed([1]),
             lambda: random.seed({}), lambda: random.seed(1, 2, 3), lambda: random.getstate(1),
             lambda: random.setstate(), lambda: random.randbytes(-1), lambda: random.Random(x=5).random()]:
    try:
        print("ok", call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(random.Random(5).randbytes(0), random.Random(5).randbytes(9), random.Random(5).randbytes(4))
