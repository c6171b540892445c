# collections.Counter: multiset arithmetic, unary operators and in-place forms.
from collections import Counter

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4, d=1)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+a, -a)
print(+Counter(), -Counter(), Counter() + Counter(), Counter(x=-1) - Counter(x=-3))

x = Counter(a=3, b=1, c=-1)
x += Counter(b=2, c=1)
print(x)
x -= Counter(a=1, d=5)
print(x)
x |= Counter(a=5, z=0, y=2)
print(x)
x &= Counter(a=4, y=9, q=1)
print(x)
y = Counter(a=1)
y += {'a': 2, 'b': -1}
print(y)

for op in ['+', '-', '|', '&']:
    try:
        if op == '+':
            Counter(a=1) + {'a': 1}
        elif op == '-':
            Counter(a=1) - 5
        elif op == '|':
            Counter(a=1) | [1]
        else:
            Counter(a=1) & 'a'
    except TypeError as e:
        print(op, 'TypeError', e)

# Results are plain Counters, even from subclasses.


class Bag(Counter):
    pass


r = Bag('aab') + Bag('bc')
print(type(r).__name__, r)
inventory = Counter(apples=5, pears=2)
sold = Counter(apples=3, pears=2, plums=1)
left = inventory - sold
print(left, sorted((inventory + sold).elements()))
print(sum([Counter('ab'), Counter('bc'), Counter('cd')], Counter()))
