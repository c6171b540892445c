# format() specs on str and on types without a __format__ of their own.
def show(value, spec):
    try:
        print(repr(value), repr(spec), repr(format(value, spec)))
    except Exception as e:
        print(repr(value), repr(spec), type(e).__name__, e)

strs = ['', 'a', 'hello', 'héllo', '日本語', 'x' * 12]
specs = ['', 's', '10', '<10', '>10', '^10', '^11', '*^9', '日>6', '.2', '10.3', '.0', '=10', '010', '05s',
         '0<5', '.3s', '>', '<<5', '>>6', '^^7', '\t>3', '0^7', '.1000', '3.1']
for v in strs:
    for s in specs:
        show(v, s)

class Custom:
    def __repr__(self):
        return 'Custom()'
    def __format__(self, spec):
        return 'custom[' + spec + ']'
class NoFormat:
    def __repr__(self):
        return 'NoFormat()'
class WithStr:
    def __repr__(self):
        return 'WithStr()'
    def __str__(self):
        return 'from __str__'
for v in [None, [1, 'a'], (1,), {'a': 1}, {1, 2}, range(3), b'xy', Custom(), NoFormat(), WithStr(), len, int]:
    for s in ['', '>10', 's', '^8.2']:
        show(v, s)

# __format__ called directly.
print(repr('ab'.__format__('>5')), repr((5).__format__('03')), repr((2.5).__format__('.2e')))
print(repr(format(12)), repr(format(1.5)), repr(format('plain')))
print(repr('{0:^{1}}|{0:{2}<{1}}'.format('mid', 9, '*')))
