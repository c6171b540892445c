# inf and nan semantics.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(1 / inf, -1 / inf, inf / inf)
print(max(1, inf), min(-inf, 0), abs(-inf))
print(nan in [nan])
lst = [3.0, 1.0, 2.0]
print(sorted(lst), sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(2.5), round(1234.5678, -2))
print(round(1.23456, 3), round(-1.5), round(7), type(round(7.5)), type(round(7.5, 1)))
print(1e308 + 1e308, -(1e308 + 1e308), 2.0 ** 1023)
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1.5))
