# Error paths of str.format, format() and format specs: exception type and
# message as CPython 3.11 words them, one `show` per case.
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t = show

class P:
    x = 5
    def __init__(self): self.name = 'pt'
    def __repr__(self): return 'P<é>'
    def __str__(self): return 'Pstr'
    def __format__(self, spec): return 'F[' + spec + ']'
class Q:
    def __repr__(self): return 'Qé'
d = {'a': 1, 'key': [10, 20], 3: 'three', '3': 'strthree'}
t('{} {}'.format, 1, 2)
t('{1} {0}'.format, 1, 2)
t('{} {}'.format, 1)
t('{2}'.format, 1)
t('{0} {}'.format, 1, 2)
t('{} {0}'.format, 1, 2)
t('{a} {b}'.format, a=1)
t('{0[a]} {0[key][1]} {0[3]}'.format, d)
t('{0[key]}'.format, [1])
t('{0[1]}'.format, [1])
t('{0.x} {0.name}'.format, P())
t('{0.nope}'.format, P())
t('{0!r} {0!s} {0!a} {0}'.format, P())
t('{0!r:>10}'.format, Q())
t('{0!a}'.format, Q())
t('{0!a}'.format, 'ü日\U0001f600')
t('{0!x}'.format, 1)
t('{0!}'.format, 1)
t('{0!rr}'.format, 1)
t('{0:{1}}'.format, 3.14159, '.2f')
t('{:{w}.{p}f}'.format, 3.14159, w=10, p=3)
t('{:{}.{}f}'.format, 3.14159, 10, 3)
t('{:{}{}{}}'.format, 5, '>', '1', '0')
t('{0:{1:{2}}}'.format, 1, 2, 3)
t('{0:{1:{2:{3}}}}'.format, 1, 2, 3, 4)
t('{{}} {{{0}}}'.format, 7)
t('}'.format)
t('{'.format)
t('a{'.format)
t('{0'.format, 1)
t('{0:'.format, 1)
t('{0!r'.format, 1)
t('{0[}'.format, 1)
t('{0[0}'.format, [1])
t('{0]}'.format, [1])
t('{0[0]x}'.format, [1])
t('{0.}'.format, [1])
t('{0..x}'.format, [1])
t('{.x}'.format, P())
t('{[0]}'.format, [9])
t('{0[-1]}'.format, {'-1': 'neg'})
t('{0[ 1]}'.format, {' 1': 'sp'})
t('{ 0}'.format, 1)
t('{0 }'.format, 1)
t('{-1}'.format, 1)
t('{00}'.format, 'z')
t('{01}'.format, 'z', 'y')
t('{!r}'.format, 'x')
t('{:}'.format, 'x')
t('{:>{}}'.format, 'x', 5)
t('{!r:^{}}'.format, 'x', 7)
t('{0:x}'.format, 'a')
t('{a.b}'.format, a=1)
t('{a[}'.format, a=1)
t('{é}'.format, **{'é': 2})
t('{0}'.format)
t('{a}'.format)
t('{}'.format)
t('{0:{a}}'.format, 1)
t('{:d}'.format, 'x')
t('{:s}'.format, 1)
t('{:s}'.format, None)
t('{:5}'.format, None)
t('{:5}'.format, [1])
t('{0:{0}}'.format, 5)
t('{!s:5}'.format, None)
t('{}'.format, P())
t('{:abc}'.format, P())
t('{0:{1}}'.format, P(), 'z{')
t('{:%Y}'.format, 1)
t('{0}{1}{0}'.format, 'ab', 'cd')
t('{:{{}}}'.format, 1)
t(format, P(), 'q')
t('{0.__class__.__name__}'.format, 1)
t('{0[0][0]}'.format, [[7]])
t('{0[0].real}'.format, [7])
t('{0.real[0]}'.format, 7)
t('{0:}}'.format, 1)
t('{:{:{:{}}}}'.format, 1,2,3,4)
t('x{}y'.format_map, {})
t('{a}'.format_map, {'a': 5})
t('{a}'.format_map, {})
t('{}'.format_map, {})
t('{0}'.format_map, {})
class M(dict):
    def __missing__(self, k): return '<' + k + '>'
t('{a} {b}'.format_map, M(a=1))
t('{a}'.format_map, 5)
t('{}'.format, *range(3))
t('{:c}'.format, 65)
t('{:c}'.format, 0x110000)
t('{:c}'.format, -1)
t('{:c}'.format, 'a')
t('{:=5}'.format, 'a')
t('{0:=5}'.format, -3)
t(str.format)
t(str.format, 1)
t('{0}'.format, 1, x=2)

# Malformed and conflicting specs.
for value in [5, 5.0, 'x', True]:
    for spec in ['++5', '5+', ',,', ',_', '_,', '__', ',d', '.d', '.', '.x', '10.', 'é', '5é', 'éé', '\x01', ' d ',
                 ',é', ',s', ',n', '_n', '_c', ',c', '_o', ',o', ',b', '_x', 'zd', 'z', '#c', '+c', ' c', '-c',
                 '=c', '05c', '.0c', '.2d', 'x', 's', 'd', '{', '}', '1_000', '%.0', '=5', '+', ' ', '#',
                 '99999999999999999999', '.99999999999999999999f', '4611686018427387904', '.2147483648f']:
        print(repr(value), repr(spec), end=' ')
        show(format, value, spec)
show(format, 1, 5)
show(format, 'a', None)
show(format, 1, spec='x')
show(format)
show(format, 1, 'x', 3)
show((5).__format__, 5)
show('x'.__format__, 3)
show(format, 10**5000, ',')
show(format, 2**1024, 'e')
show(format, 0x110000, 'c')
show(format, -1, 'c')
show(format, 2**64, 'c')
show(format, -2**100, 'c')
show(format, 'x', '9000000000000000000')

# Conversions: unknown ones, and __str__/__repr__ that return non-strings.
for fmt in ['{0! }', '{0!\x01}', '{0!é}', '{0!\U0001F600}', '{0!~}', '{0!\x7f}']:
    show(fmt.format, 1)
class BadStr:
    def __str__(self):
        return 5
    def __repr__(self):
        return 6
show(lambda: '%s' % BadStr())
show(lambda: '%r' % BadStr())
show(lambda: '%a' % BadStr())
show(lambda: '{}'.format(BadStr()))
show(lambda: '{!r}'.format(BadStr()))
show(lambda: f'{BadStr()!s}')
class NonAscii:
    def __repr__(self):
        return 'Ü日\U0001F600'
show(lambda: '%a|%r|%s' % (NonAscii(), NonAscii(), NonAscii()))
show(lambda: '%.3a|%-8a|%8r|' % (NonAscii(), NonAscii(), NonAscii()))
show(lambda: '{!a:>20}'.format(NonAscii()))
show(lambda: '%c|%3c|' % ('\U0001F600', 0x1F600))
