# Number formatting: tables with f-strings, thousands separators, percentages, bases.
rows = [("alpha", 1234.5, 0.1234), ("beta", 98765.4321, 0.5), ("gamma", 0.125, 1.0), ("delta", -42.0, 0.0)]
print(f"{'name':<8}|{'value':>12}|{'share':>8}")
print("-" * 30)
for name, value, share in rows:
    print(f"{name:<8}|{value:>12,.2f}|{share:>8.1%}")
print(f"{sum(map(lambda r: r[1], rows)):>21,.3f}")
for n in [0, 7, 255, 4096, 65535, 2 ** 40]:
    print(f"{n:>15,} {n:>12x} {n:>#14o} {n:>b}"[:80])
for x in [3.14159, 2.71828, 1e-7, 123456789.0, -0.000123]:
    print(f"{x:10.3f} {x:12.4e} {x:g} {x:.2g} {x!r}")
print("{:>6}|{:<6}|{:^6}|".format(1, 22, 333))
