# product, permutations, combinations, combinations_with_replacement: order,
# sizes, r edge cases, and their argument errors.
from itertools import product, permutations, combinations, combinations_with_replacement


def show(label, it):
    items = list(it)
    print(label, len(items), items)


show('product ab x 12', product('ab', [1, 2]))
show('product repeat', product(range(2), repeat=3))
show('product 2 iterables repeat 2', product('ab', 'c', repeat=2))
show('product none', product())
show('product empty', product('ab', []))
show('product repeat 0', product('ab', repeat=0))
show('product single', product(range(3)))
print(len(list(product(range(4), range(5), range(3)))))
consumed = iter([1, 2])
p = product(consumed, 'xy')
print(list(consumed), next(p))

show('permutations', permutations('ABC'))
show('permutations r=2', permutations('ABCD', 2))
show('permutations r=0', permutations('AB', 0))
show('permutations r>n', permutations('AB', 3))
show('permutations empty', permutations([]))
show('permutations r=None', permutations(range(3), None))
show('permutations dup', permutations([1, 1, 2]))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))
print(list(permutations(range(5)))[::17])

show('combinations', combinations('ABCD', 2))
show('combinations r=3', combinations(range(5), 3))
show('combinations r=0', combinations('AB', 0))
show('combinations r=n', combinations('ABC', 3))
show('combinations r>n', combinations('ABC', 4))
show('combinations empty', combinations([], 0))
print(len(list(combinations(range(10), 4))))

show('cwr', combinations_with_replacement('ABC', 2))
show('cwr r=3', combinations_with_replacement(range(2), 3))
show('cwr r=0', combinations_with_replacement('AB', 0))
show('cwr empty', combinations_with_replacement([], 2))
show('cwr empty r=0', combinations_with_replacement([], 0))
show('cwr r>n', combinations_with_replacement('A', 3))
print(len(list(combinations_with_replacement(range(5), 4))))
show('keywords', combinations(iterable='xyz', r=2))
show('keywords', permutations(r=1, iterable='xy'))

for call in [lambda: product(5), lambda: product([1], repeat=-1),
             lambda: product([1], repeat='a'), lambda: product([1], foo=1),
             lambda: permutations(), lambda: permutations(5), lambda: permutations([1], -1),
             lambda: permutations([1], 'a'), lambda: permutations([1], 1.0),
             lambda: combinations([1, 2]), lambda: combinations([1, 2], -1),
             lambda: combinations([1, 2], 'a'), lambda: combinations([1, 2], None),
             lambda: combinations_with_replacement([1, 2]),
             lambda: combinations_with_replacement([1, 2], -2),
             lambda: combinations([1], 1, 2), lambda: combinations([1], 1, r=2),
             lambda: combinations([1], x=2)]:
    try:
        call()
        print('no error')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print([type(x).__name__ for x in (product(), permutations(''), combinations('', 0),
                                  combinations_with_replacement('', 0))])
