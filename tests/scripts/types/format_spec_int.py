# format() / str.format specs on ints, bools and big ints: every presentation
# type, fill/align (including '='), sign, '#', '0', width, ',' and '_' grouping.
def show(value, spec):
    try:
        print(repr(value), repr(spec), repr(format(value, spec)))
    except Exception as e:
        print(repr(value), repr(spec), type(e).__name__, e)

ints = [0, 1, -1, 7, -42, 255, 1234567, -1234567, 2**64, -2**100, 10**30 + 7, True, False]
specs = ['', 'd', '5', '<8', '>8', '^9', '=9', '*^11', '+', '-', ' ', '+08', '08', '#b', '#o', '#x', '#X',
         'b', 'o', 'x', 'X', ',', '_', '_b', '_x', '#_x', '012,', '012_', '#012x', '0=12', 'x<+10', 'n', 'c',
         'e', '.3e', 'f', '.2f', 'g', '%', '.1%', ',.2f', '020,d', '#020_b', ' =10', '<', '010', '+010_', '-^10',
         ' x', '+#o', '09,', '010,', '011,', '01,', '02,', '03,', '04,', '05,', 'E', 'G', 'F', '.0f', '#.0f',
         '#.0e', '=+14_', '_^16_x', '#=12o']
for v in ints:
    for s in specs:
        show(v, s)

for v in [10**50, -10**50, 2**200]:
    for s in [',', '_', '60,', '060,', '+060_', '<60,', '^70_x', '#_b', '#X', 'e', '.3e', ',.2f', 'g', '%', 'n', '=+70,']:
        show(v, s)

# Odd fills and alignments.
for s in ['=', '0=', '0', '00', '000', '-0', '\x00<5', '\n^5', '{<5', '}<5', 'é>6', '日^7']:
    show(5, s)
for s in ['0=6', 'x=6', '=^6', ' 05', '+06', '-06', ' =6']:
    show(-5, s)

# 'c', and ints going through the float presentations.
for v in [65, 0x263A, 0x10FFFF, 0, True]:
    for s in ['c', '>4c', '^5c', '<3c']:
        show(v, s)
for v in [2**63, 2**1023, 10**400, -(2**80), True, False]:
    for s in ['f', 'e', '.3g', '%', ',.1f']:
        show(v, s)

# str.format and f-strings reach the same code.
print('{:+,} {:#_b} {:^#12x} {:0=+10d}'.format(1234567, 37, 255, -42))
n = 1234567
print(f'{n:_} {n:,} {n:>15,} {n:015,} {-n:=+15,} {n:#o} {n:#X}')
print(f'{True:d} {True} {False:>5} {True:x} {True:.2f} {True!r} {True:^7}')
