# Unary -, +, ~, not on every numeric type.
for v in [0, 1, -1, 10 ** 20, -(10 ** 20), True, False]:
    print(v, -v, +v, ~v, not v)
for v in [0.0, 1.5, -2.5, 1e300]:
    print(v, -v, +v, not v)
print(-(-5), -(+5), +(-5), ~~5, -~5, ~-5)
try:
    print(-"a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(~1.5)
except TypeError as e:
    print(type(e).__name__, e)
