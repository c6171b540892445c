# Recursion well inside the default limit, including through lambdas and closures.
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(900))
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(100))
def make_walker():
    def walk(tree):
        if not isinstance(tree, list):
            return 1
        total = 0
        for child in tree:
            total += walk(child)
        return total
    return walk
tree = 1
for _ in range(300):
    tree = [tree, 2]
print(make_walker()(tree))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(2 ** 100, 6 ** 50), gcd(1071, 462), gcd(0, 5))
