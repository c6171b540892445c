# Dict and set literals and f-strings built in __init__, which runs while the
# class call keeps the new instance rooted. (The eval loop once left a GC root
# registered after BUILD_MAP/BUILD_SET; under GC stress and AddressSanitizer a
# later collection then read a dead stack slot.)
class Box:
    def __init__(self, n):
        self.items = {}
        self.pairs = {'n': n, 'double': 2 * n}
        self.tags = {n, n + 1}
        self.label = f'box {n:03d} of {"many" * n}'


boxes = [Box(i) for i in range(4)]
print([len(b.items) for b in boxes], [b.pairs for b in boxes])
print([sorted(b.tags) for b in boxes], [b.label for b in boxes])
