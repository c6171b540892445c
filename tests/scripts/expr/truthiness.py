# Truth values of every builtin type.
values = [0, 1, -1, 0.0, 0.1, -0.0, "", " ", "0", b"", b"\x00", [], [0], (), (0,),
          {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, True, False,
          10 ** 30, 1e-300]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no")
n = 0
while [1, 2][n:]:
    n += 1
print(n)
