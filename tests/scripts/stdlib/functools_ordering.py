# functools.total_ordering and cmp_to_key
from functools import total_ordering, cmp_to_key


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a > b, a <= b, a >= b, a <= c, a >= c, a > c, b > a)
print(sorted([Version(2), Version(1, 5), Version(1)]), max(a, b), min(a, b))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)
try:
    a < 3
except TypeError as e:
    print('TypeError', e)
try:
    a >= 'x'
except TypeError as e:
    print('TypeError', e)


@total_ordering
class Weight:
    def __init__(self, kg):
        self.kg = kg

    def __eq__(self, other):
        return self.kg == other.kg

    def __gt__(self, other):
        return self.kg > other.kg


w1, w2 = Weight(1), Weight(2)
print(w1 < w2, w1 <= w2, w1 >= w2, w2 >= w2, w2 > w1, w1 <= Weight(1))


@total_ordering
class Score:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __le__(self, other):
        return self.n <= other.n


print(Score(1) < Score(2), Score(2) < Score(2), Score(3) > Score(2), Score(2) >= Score(3))


@total_ordering
class Level:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n

    def __lt__(self, other):
        return self.n < other.n


print(Level(1) < Level(2), Level(1) <= Level(1), Level(3) > Level(2), Level.__le__.__name__)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)


def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=cmp_to_key(by_length_then_alpha), reverse=True))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)), min([5, 3, 8], key=cmp_to_key(lambda x, y: x - y)))
K = cmp_to_key(lambda x, y: x - y)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 <= k2, k1 >= k2, k1 != k2, k1.obj)
try:
    k1 < 5
except TypeError as e:
    print('TypeError', e)
try:
    hash(k1)
except TypeError as e:
    print('TypeError', type(e).__name__)
