# printf-style formatting (str % args): every conversion with flags, width and
# precision, '*', '%(name)s' with a mapping, and the tuple/single-value rules.
def pf(fmt, args):
    try:
        print(repr(fmt), repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)

values = [0, -1, 42, 255, 2**70, -2**70, 3.7, -3.7, -0.0, 1e20, 1e-7, float('inf'), float('-inf'),
          float('nan'), True, 'str', None, [1]]
conversions = ['d', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'c', 'r', 's', 'a']
flag_sets = ['', '-', '+', ' ', '0', '#', '-08', '+08', '#08', '#-8', '.3', '-10.3', '010.3', '#.0', '+.2', ' 010']
for v in values:
    for c in conversions:
        for flags in flag_sets:
            pf('%' + flags + c, (v,))

# Argument counting: tuples, single values, mappings.
for fmt, args in [('%s', 'abc'), ('%s', ('abc',)), ('%s', ()), ('%s %s', (1,)), ('%s', (1, 2)),
                  ('no args', ()), ('no args', 5), ('no args', 'x'), ('no args', []), ('no args', [1]),
                  ('no args', {}), ('no args', {'a': 1}), ('%s', [1, 2]), ('%s', {'a': 1}), ('%s', ((1, 2),)),
                  ('%s %s', (1, 2, 3)), ('%r', (1,)), ('%s', b'ab'), ('%s', '')]:
    pf(fmt, args)
for fmt, args in [('%(a)s %(b)d', {'a': 'x', 'b': 5}), ('%(a)s %(a)r', {'a': 'x'}), ('%(a)s', {}),
                  ('%(a)s', (1,)), ('%(a)s', 5), ('%(a)s %s', {'a': 1}), ('%s %(a)s', {'a': 1}),
                  ('%(a)*d', {'a': 1}), ('%(a(b))s', {'a(b)': 'nested'}), ('%(a', {'a': 1}), ('%(', {}),
                  ('%(a)', {'a': 1}), ('%(a)s', [1]), ('%(x)s', {'x': 1, 'y': 2}), ('%(a)5%', {'a': 1}),
                  ('%(a)%', {}), ('%(a)-6s|%(b)+d', {'a': 'L', 'b': 3}), ('%()s', {'': 'empty key'})]:
    pf(fmt, args)

# '*' width and precision.
for fmt, args in [('%*d', (5, 42)), ('%-*d|', (5, 42)), ('%*d|', (-5, 42)), ('%.*f', (2, 3.14159)),
                  ('%.*f', (-2, 3.14159)), ('%*.*f', (10, 2, 3.14159)), ('%*d', ('x', 42)), ('%.*d', ('x', 42)),
                  ('%*d', (5,)), ('%*d', (2**70, 1)), ('%.*d', (2**40, 1)), ('%*s', (True, 'x')),
                  ('%.*s', (2.0, 'x')), ('%*%', (3,)), ('%*%', (3, 4))]:
    pf(fmt, args)

# '%' literals, length modifiers and malformed formats.
for fmt, args in [('%', ()), ('%5', (1,)), ('%z', (1,)), ('%é', (1,)), ('abc%', (1,)), ('%%', ()), ('%%', (1,)),
                  ('%%', {}), ('%5%', ()), ('%5%', (1,)), ('%-5%|', (1,)), ('%.2%', (1,)), ('%%%s', 1),
                  ('%s%%', 1), ('%ld %hd %Lf', (1, 2, 3.0)), ('%lld', (1,)), ('%l', (1,)), ('x %', ()),
                  ('%99999999999999999999d', (1,)), ('%.99999999999d', (1,)), ('%.2147483647d', (1,)),
                  ('%d%%', 50), ('%-+5d|', 3), ('% d', 3), ('% +d', 3), ('%0-5d|', 3), ('%3$s', 1)]:
    pf(fmt, args)

# %c, and numbers given as other types.
for fmt, args in [('%c', 'ab'), ('%c', ''), ('%c', 'é'), ('%c', 0x110000), ('%c', -1), ('%c', 2**70),
                  ('%c', 3.0), ('%c', 65), ('%5c|%-5c|', (65, 'b')), ('%#5c', (65,)), ('%c', (True,)),
                  ('%d', '5'), ('%x', 3.0), ('%o', 3.5), ('%f', '1'), ('%e', None), ('%d', None), ('%i', [1]),
                  ('%u', 3.99), ('%d', 1e300), ('%d', float('inf')), ('%d', float('nan')), ('%x', True),
                  ('%d', (3.99,)), ('%.100f', 1.5), ('%.60e', 1.0), ('%.3s', 'abcdef'), ('%.0s|', 'abc'),
                  ('%10.2s|', 'abcdef'), ('%-10r|', 'ab'), ('%a', 'é日'), ('%r', 'é日'), ('%5s', 'é'),
                  ('%05s|', 'ab'), ('%-05s|', 'a'), ('%05r', 'ab'), ('%+5s', 'a'), ('% s', 'a'), ('%#x', 0),
                  ('%#o', 0), ('%#X', 255), ('%#.5x', 255), ('%#10.5x', -255), ('%#-10.5x|', -255),
                  ('%+.0e', 12345.0), ('%#.0e', 12345.0), ('%#g', 1.0), ('%#.0g', 1.0), ('%g', 1e16),
                  ('%g', 123456.0), ('%g', 1234567.0), ('%.20g', 0.1), ('%f', -float('nan')),
                  ('%+f', -float('nan')), ('%010f', float('-inf')), ('%-8.3F|', float('inf'))]:
    pf(fmt, args)

class Idx:
    def __index__(self):
        return 7
class Flt:
    def __float__(self):
        return 2.5
class IntOnly:
    def __int__(self):
        return 9
class Lookup:
    def __getitem__(self, key):
        return key * 2
    def __repr__(self):
        return 'Lookup()'
for fmt, arg in [('%d', Idx()), ('%x', Idx()), ('%c', Idx()), ('%f', Idx()), ('%f', Flt()), ('%d', Flt()),
                 ('%d', IntOnly()), ('%x', IntOnly()), ('%f', IntOnly()), ('%e', Flt()),
                 ('%(ab)s', Lookup()), ('%s', Lookup()), ('abc', Lookup())]:
    pf(fmt, arg)
for thunk in [lambda: 'x' % (), lambda: 5 % 'x', lambda: '%s %s' % {'a': 1}, lambda: 'a%sb' % None]:
    try:
        print(repr(thunk()))
    except Exception as e:
        print(type(e).__name__, e)
