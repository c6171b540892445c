# groupby: runs of equal keys, key functions, and the shared underlying
# iterator (advancing the groupby ends the previous group).
from itertools import groupby

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
print(list(groupby([])), [(k, list(g)) for k, g in groupby([None, None, 0])])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))

# Groups saved before advancing are empty.
groups = [(k, g) for k, g in groupby('aaabbc')]
print([(k, list(g)) for k, g in groups])

# A group is exhausted by advancing the groupby.
gb = groupby('xxxyyz')
key1, group1 = next(gb)
print(key1, next(group1))
key2, group2 = next(gb)
print(key2, list(group1), list(group2))
key3, group3 = next(gb)
print(key3, list(group2), list(group3))
try:
    next(gb)
except StopIteration:
    print('groupby exhausted')

# Partially consumed group, then advancing skips the rest.
gb = groupby([1, 1, 1, 2, 2, 3])
k, g = next(gb)
print(k, next(g))
k, g = next(gb)
print(k, list(g))

# The key function runs once per element.
seen = []


def key(x):
    seen.append(x)
    return x % 2


print([(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7], key)], seen)

# The group iterator reads lazily from the source.
source = iter([1, 1, 2, 2, 3])
gb = groupby(source)
k, g = next(gb)
print(k, next(g), next(source), list(g))

# Keys compare with ==, identity first (a NaN key makes one group).
nan = float('nan')
print([(k, len(list(g))) for k, g in groupby([nan, nan, 1.0, 1, True])])


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v // 10 == other.v // 10

    def __repr__(self):
        return 'Key(%d)' % self.v


print([(k, [x.v for x in g]) for k, g in groupby([Key(1), Key(5), Key(12), Key(19), Key(3)])])
gb = groupby('ab', key=None)
print(type(gb).__name__, type(next(gb)[1]).__name__)
print(iter(gb) is gb)
