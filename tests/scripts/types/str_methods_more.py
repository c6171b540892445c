# str methods beyond the basics: padding, zfill, expandtabs, split/rsplit/
# splitlines, partition, strip, replace with count, find/index/count with
# start/end, startswith/endswith with tuples, join, case mapping, predicates,
# translate/maketrans, removeprefix/removesuffix, and their argument errors.
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
s = 'Hello, World'
for w in [-5, 0, 5, 12, 13, 20, 21]:
    t(s.center, w); t(s.center, w, '*'); t(s.ljust, w, 'é'); t(s.rjust, w, '-'); t('ab'.center, w)
t('abc'.center, 7, 'ab'); t('abc'.center, 7, ''); t('abc'.center, 7, 5); t('abc'.center, 2**70); t('abc'.center, -2**70); t('abc'.center, 7.0); t('abc'.center)
t('abc'.ljust, 2**63); t('abc'.zfill, 2**70); t('abc'.rjust, 2**64, 'x')
for z in ['', '42', '-42', '+42', 'abc', '-', '+', '--1', '日', ' 1']:
    for w in [0, 1, 3, 5]:
        t(z.zfill, w)
t('1'.zfill, 'x'); t('1'.zfill, True)
for e in ['a\tb\tc', '\t', 'abcd\tef\n\tg\r\th', '日本\tx', '']:
    for ts in [None, 0, 1, 3, 8, -1]:
        t(e.expandtabs) if ts is None else t(e.expandtabs, ts)
t('a\tb'.expandtabs, tabsize=4); t('a\tb'.expandtabs, 2**70)
sp = ['a b  c ', '  a  b  ', 'a,b,,c,', '', '   ', 'a\tb\nc\x0bd\x0ce\x1cf\x1dg\x1eh\x85i\u2028j\u3000k', 'x']
for v in sp:
    t(v.split); t(v.split, None, 1); t(v.split, ','); t(v.split, ',', 1); t(v.split, ',', 0); t(v.split, ',', -1); t(v.rsplit); t(v.rsplit, None, 1); t(v.rsplit, ',', 1); t(v.split, ' '); t(v.rsplit, ' ', 2)
    t(v.split, maxsplit=1); t(v.split, sep=',')
t('a'.split, ''); t('a'.rsplit, ''); t('a'.split, 1); t('aXbXc'.split, 'X', 2**70); t('aXbXc'.split, 'X', 1.0)
for v in ['a\nb\r\nc\rd', 'a\n\nb\n', '', '\n', 'x\x0by\x0cz\x1c\x1d\x1e\x85\u2028\u2029w', 'no newline', 'a\r\n']:
    t(v.splitlines); t(v.splitlines, True); t(v.splitlines, keepends=True)
for v in ['a=b=c', 'abc', '', '=']:
    t(v.partition, '='); t(v.rpartition, '='); t(v.partition, 'b=')
t('a'.partition, ''); t('a'.rpartition, ''); t('a'.partition, None); t('a'.partition)
for v in ['  xx  ', 'xxhixx', '\t\n hi \x0b\x0c', '', '\u3000hi\u3000', 'abcba']:
    t(v.strip); t(v.lstrip); t(v.rstrip); t(v.strip, 'x'); t(v.strip, 'ab'); t(v.strip, None); t(v.rstrip, ''); t(v.lstrip, 'xh')
t('a'.strip, 5)
r = 'aaa bbb aaa'
for c in [-1, 0, 1, 2, 5]:
    t(r.replace, 'a', 'X', c); t(r.replace, '', '-', c); t(r.replace, 'aa', '', c)
t(r.replace, 'a', 'b', count=1)
t(''.replace, '', 'x'); t('abc'.replace, '', ''); t('abc'.replace, 'a'); t('abc'.replace, 'a', 'b', 2**70); t('abc'.replace, 1, 'b')
h = 'hello world hello'
for args in [('l',), ('l', 3), ('l', 3, 10), ('l', -5), ('l', -5, -1), ('', ), ('', 5), ('', 20), ('', 17), ('', 18), ('hello', 1), ('z',), ('l', None, 5), ('l', 2**70), ('l', -2**70), ('l', 5, 2)]:
    for m in ['find', 'rfind', 'index', 'rindex', 'count']:
        print(m, args, end=' '); t(getattr(h, m), *args)
t(h.find, 'l', 'x'); t(h.find); t(h.find, 1); t(h.count, 'l', 1.5)
for args in [('he',), (('x', 'he'),), ('lo', 3, 5), ('lo', 3), (('lo', 'ld'), -5), ('',), ('', 17), ('', 18), ('h', -100), (('',),), ((),), (['he'],), (1,), ('o', 0, 5), ('o', 0, 4)]:
    for m in ['startswith', 'endswith']:
        print(m, args, end=' '); t(getattr(h, m), *args)
t(','.join, ['a', 'b']); t(','.join, []); t(','.join, ['a', 1]); t(','.join, 5); t(','.join, 'abc'); t(','.join, ('x',)); t(','.join, [b'a']); t(','.join, iter(['p', 'q'])); t(','.join, {'k': 1})
for v in ["hello world", "HELLO", "hello's world", "ﬁre ǆemal", "aBc dEF 1x2y", "they're bill's", "ß", "ǅ", "ŉ", "İstanbul", "Σ Σa ΑΣ ΑΣΑ", "", "12abc", "á\u0301"]:
    t(v.title); t(v.capitalize); t(v.swapcase); t(v.casefold); t(v.upper); t(v.lower)
for v in ['', 'abc', 'ABC', 'Abc', 'Abc Def', '123', '١٢٣', '½', '²', 'a1', ' ', '\t\n', 'abc ', '_a', 'a_b', 'class', 'ǅ', 'Ǆ', '\x00', 'é', '日本', 'Ⅻ', 'ⅻ', '\u2028', 'A1 B2']:
    print(repr(v), [getattr(v, m)() for m in ['isalpha', 'isalnum', 'isdigit', 'isdecimal', 'isnumeric', 'isspace', 'islower', 'isupper', 'istitle', 'isidentifier', 'isprintable', 'isascii']])
tbl = str.maketrans('abc', 'xyz')
print(sorted(tbl.items()))
t(str.maketrans, 'abc', 'xy'); t(str.maketrans, {'a': 'b', 98: None, 'c': 100}); t(str.maketrans, {'ab': 1}); t(str.maketrans, {1.5: 1}); t(str.maketrans, 'ab'); t(str.maketrans, 'ab', 'cd', 'ef'); t(str.maketrans, 'a', 'b', 5)
print(sorted(str.maketrans('ab', 'cd', 'ef').items()))
t('abcabc'.translate, tbl); t('abc'.translate, {97: None, 98: 'BB', 99: 0x263a}); t('abc'.translate, {97: 1.5}); t('abc'.translate, {97: 0x110000}); t('abc'.translate, {97: -1})
t('abc'.translate, 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'); t('abc'.translate, [])
t('abc'.translate, {ord('a'): 'xyz'})
class LK:
    def __getitem__(self, k):
        if k == 97: raise LookupError
        return 'Q'
t('abc'.translate, LK())
for v in ['prefix_body', 'body', '']:
    t(v.removeprefix, 'prefix_'); t(v.removesuffix, 'body'); t(v.removeprefix, ''); t(v.removesuffix, '')
t('a'.removeprefix, 1); t('a'.removeprefix, ('a',))
t('{a}-{b}'.format_map, {'a': 1, 'b': 2})
t('a'.startswith, ('a', 1)); t('a'.endswith, 5)
t('ab'.count, ''); t(''.count, ''); t(''.count, '', 1); t('abc'.count, '', 3); t('abc'.count, '', 4)
t('abc'.index, 'd'); t('abc'.rindex, 'd'); t('abc'.index, 'c', 0, 2)
t('a b'.split, None, -2); t('a b c'.rsplit, None, 0); t(' a b '.split, None, 0)
t('abc'.ljust, 5, 'ab'); t('abc'.ljust, 5, 9)
t('x'.center, 2**70); t('x'.zfill, -1); t('x'.ljust, 2**63-1000000)
s = 'abc'
for m in ['center', 'ljust', 'rjust', 'zfill', 'expandtabs', 'split', 'rsplit', 'splitlines', 'partition', 'rpartition', 'strip', 'lstrip', 'rstrip', 'replace', 'find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith', 'join', 'title', 'capitalize', 'swapcase', 'casefold', 'upper', 'lower', 'isalpha', 'translate', 'removeprefix', 'removesuffix', 'format_map', 'encode', 'isdigit']:
    f = getattr(s, m)
    print(m, end=': '); t(f)
    print(m, end=': '); t(f, 'a', 'b', 'c', 'd', 'e')
    print(m, end=': '); t(f, 1.5)
    print(m, end=': '); t(f, x=1)
print(str.maketrans.__name__)
t(str.maketrans); t(str.maketrans, 1, 2, 3, 4); t(str.maketrans, 'a', 1); t(str.maketrans, 1, 'a'); t(str.maketrans, 'a', 'b', 1); t(str.maketrans, x=1)
t(s.center, 5, fillchar='x'); t(s.split, sep='b', maxsplit=0); t(s.splitlines, 5); t(s.splitlines, keepends=[]); t(s.expandtabs, 1.5); t(s.zfill, 1.5); t(s.center, '5'); t(s.split, None, '1'); t(s.replace, 'a', 'b', '1')
class I:
    def __index__(self): return 6
t(s.center, I()); t(s.zfill, I()); t(s.split, 'b', I()); t(s.replace, 'a', 'b', I()); t(s.expandtabs, I()); t(s.find, 'b', I()); t(s[:].find, 'b', 1.0)
t(s.center, True); t(s.ljust, -1, 'x')
t(s.expandtabs, 2**31); t(s.expandtabs, -2**31-1)
t(s.center, -2**70); t(s.ljust, 2**63 - 1); t(s.zfill, 2**62); t(s.split, 'b', -2**70); t(s.replace, 'a', 'b', -2**70); t(s.rsplit, None, 2**70)
t(s.find, 'b', 2**100, -2**100); t(s.count, 'b', -2**100, 2**100); t(s.startswith, 'a', -2**100); t(s.index, 'c', 2**64)

# Non-ASCII text: code point positions, fills and Unicode case rules.
u = 'héllo wörld héllo 日本語 日本'
for args in [('é',), ('é', 2), ('é', -5), ('日本',), ('日本', 0, -1), ('日本', -2), ('ö', 3, 8), ('', 25), ('', 26), ('', 27), ('', -3), ('héllo', 1, 100)]:
    for m in ['find', 'rfind', 'count', 'startswith', 'endswith']:
        print(m, args, end=' '); t(getattr(u, m), *args)
t(u.split, 'é'); t(u.rsplit, 'é', 1); t(u.split, '日本'); t(u.partition, '日'); t(u.rpartition, '日'); t(u.replace, 'é', 'E', 1); t(u.replace, '', '|', 3)
t(u.strip, 'h本日'); t(u.lstrip, 'hé'); t(u.rstrip, '本日 ')
t(u.center, 30, '日'); t(u.ljust, 28, 'é'); t(u.rjust, 29, '\U0001F600'); t(u.zfill, 30); t(u.expandtabs)
t('\tä\tb日\t|'.expandtabs, 4)
t('aaaa'.count, 'aa'); t('aaaa'.replace, 'aa', 'b'); t('aaa'.split, 'aa'); t('aaa'.rsplit, 'aa')
t('a,b,c,d'.rsplit, ',', 2); t('  a  b  c  '.rsplit, None, 1); t('  a  b  c  '.split, None, 1); t('a  b'.split, ' ')
for v in ['ǆemal', 'ß', 'ŉ', 'ﬁ', 'Σ', 'ΑΣ', 'ΑΣ Σ', 'i̇', 'İ', 'ǅungla', 'ﬀ', 'ᾳ', 'ΐ', 'abc def-ghi jkl_mno 3rd', "o'neil", 'Ⓐⓑ']:
    print(repr(v), [getattr(v, m)() for m in ['title', 'capitalize', 'swapcase', 'casefold', 'upper', 'lower']])
for v in ['a\u0300', 'ǅ', 'ᾼ', 'Ab\u02b0', '\u1d2c', 'a\u00b2', '३', '\u0f33', '\U0001D7CE', '٣', '①', '⑴', '\U00010107', 'x\u200b', '\xa0', '\u2007', '\u180e', '\ufeff', '\U000E0001', '\u00ad', 'αβγ', 'Ωμέγα', '_1', '1_', 'a-b', 'ℕ', '℘', '゛']:
    print(repr(v), [getattr(v, m)() for m in ['isalpha', 'isalnum', 'isdigit', 'isdecimal', 'isnumeric', 'isspace', 'islower', 'isupper', 'istitle', 'isidentifier', 'isprintable', 'isascii']])
