# random's real-valued distributions (CPython's algorithms, drawing from the
# generator in the same order), Random instances kept apart, and their errors.
import random


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


r = random.Random(1234)
print("uniform", [r.uniform(0, 1) for _ in range(3)], r.uniform(10, 5), r.uniform(-2**60, 2**60), r.uniform(3, 3))
print("triangular", [r.triangular() for _ in range(3)], [r.triangular(0, 10, 8) for _ in range(3)],
      r.triangular(5, 5), r.triangular(1, 2, 1), r.triangular(high=10, low=20))
print("normalvariate", [r.normalvariate() for _ in range(3)], [r.normalvariate(100, 15) for _ in range(3)],
      r.normalvariate(mu=1, sigma=0))
print("gauss", [r.gauss() for _ in range(5)], [r.gauss(5, 0.5) for _ in range(3)], r.gauss(sigma=2))
print("lognormvariate", [r.lognormvariate(0, 1) for _ in range(3)], r.lognormvariate(1, 0.25))
print("expovariate", [r.expovariate(1) for _ in range(3)], [r.expovariate(0.1) for _ in range(2)],
      r.expovariate(-2))
print("vonmisesvariate", [r.vonmisesvariate(0, 1) for _ in range(3)], [r.vonmisesvariate(3, 50) for _ in range(2)],
      r.vonmisesvariate(1, 0))
print("gammavariate", [r.gammavariate(a, b) for a, b in ((0.3, 1), (0.9, 2), (1, 1), (1.5, 1), (20, 0.5))])
print("betavariate", [r.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 5), (1, 1), (10, 3))])
print("paretovariate", [r.paretovariate(a) for a in (1, 2.5, 10)])
print("weibullvariate", [r.weibullvariate(a, b) for a, b in ((1, 1), (2, 0.5), (0.5, 3))])
print("randbytes", r.randbytes(5), r.randbytes(1), len(r.randbytes(100)))

print("-- gauss keeps its second value until the next seed or setstate")
r = random.Random(5)
a = r.gauss()
b = r.gauss()
r.seed(5)
print(a == r.gauss(), b == r.gauss(), r.getstate()[2])
r.seed(5)
r.gauss()
r.seed(6)
c = r.gauss()
r.seed(6)
print(c == r.gauss())

print("-- instances are independent of each other and of the module")
x, y = random.Random(10), random.Random(10)
random.seed(10)
print(x.random() == y.random() == random.random(), x.random(), random.random())
z = random.Random()
z.seed(10)
print(z.random() == random.Random(10).random(), z.VERSION, random.Random.VERSION)
print(type(x) is random.Random, isinstance(x, random.Random), type(x).__name__)

print("-- errors")
show("expovariate zero", r.expovariate, 0)
show("expovariate missing", r.expovariate)
show("gammavariate alpha", r.gammavariate, 0, 1)
show("gammavariate beta", r.gammavariate, 1, -1)
show("betavariate zero", r.betavariate, 0, 1)
show("paretovariate zero", r.paretovariate, 0)
show("weibullvariate zero beta", r.weibullvariate, 1, 0)
show("uniform one arg", r.uniform, 1)
show("uniform str", r.uniform, "a", "b")
show("triangular extra", r.triangular, 1, 2, 3, 4)
show("normalvariate keyword", r.normalvariate, mu=1, s=2)
show("gauss three", r.gauss, 1, 2, 3)
show("lognormvariate missing", r.lognormvariate, 1)
show("vonmisesvariate missing", r.vonmisesvariate)
