# f-strings: conversions, '=', nested replacement fields in specs, escapes and
# concatenation; the format errors they raise.
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
x = 3.14159; w = 10; p = 3; n = -42; s = 'héllo'
print(f'{x:{w}.{p}f}|{n:+06d}|{s!r:>12}|{s!a}|{n=}|{x = :.2f}|{s=!r:^20}')
print(f'{{}}{n}}}{{{n}}}')
print(f'{n:#x} {n:#b} {255:_x} {1234567:,} {1234567:_}')
print(f'{"nested " + s:*^30}')
print(f'{[1,2][0]}{ {"a":1}["a"] }')
print(f'{x!s:>10} {x!r:<10}|')
print(f'{n:{"+" if n > 0 else "-"}5}')
print(f'{3:{"<"}{5}}|')
print(f'''{
n
}''')
print(f'{x:.{p}}')
print(f'{1e20:,.0f}')
print(f'{-0.0:z.1f} {-0.0001:z.2f} {-0.0:.1f}')
t(lambda: f'{x:d}')
t(lambda: f'{s:d}')
t(lambda: f'{n:.2d}')
t(lambda: f'{s:+}')
t(lambda: f'{n:,x}')
t(lambda: f'{n:,_}')
t(lambda: f'{n:_,}')
t(lambda: f'{x:.2,f}')
t(lambda: f'{n:{w}{w}{w}}')
t(lambda: f'{None:>5}')
t(lambda: f'{None!s:>5}')
y = 5
print(f'{y!r}{y!s}{y!a}')
print(f'{"a" "b"}', f'{y:}', f'{y:{""}}')
print(F'{y}', rf'\n{y}', fr'{y}\t')
print(f'{y:{y}}|{y:0{y}}|')
print(f'{"日本":〇^8}')
print(f'{y:\x3e5}')
lst = [f'{i:03}' for i in range(3)]
print(lst)
print(f'{y}' f'{y+1}' 'plain' f'{y*2!r}')
print(f'{ y }', f'{y  = }', f'{y=:>5}', f'{y=!s}')
import math
print(f'{math.pi:.3e} {math.pi:g} {1e-10:g} {123456789:g} {123456789.0:g} {1e16:g} {0.0001:g} {0.00001:G}')
print(f'{10**20:e} {10**20:.3g} {2**70:,} {-2**70:_x} {2**70:#o}')
print(f'{True:d} {True} {False:>5} {True:x} {True:.2f} {True!r}')

def show(thunk):
    try:
        print(repr(thunk()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: f'{x:{w}.{p}{"f"}}')
show(lambda: f'{x:{w}.{"x"}f}')
show(lambda: f'{s:{w}{"s"}}')
show(lambda: f'{s!r:{"^"}{w}}')
show(lambda: f'{3.5:{"+"}}')
show(lambda: f'{y:{y}{y}}')
show(lambda: f'{[y, y]!s:>{w}}')
show(lambda: f"{'quoted'!a} {'é'!a} {'日本'!a:>20}")
show(lambda: f'{y:c}{0x263a:c}')
show(lambda: f'{-y:x} {-y:#o} {y:=^9b}')
show(lambda: f'{1e-7:g} {1e-7:f} {1e-7:.2e} {1e-7}')
show(lambda: f'{2**100:,} {-2**100:_x}')
show(lambda: f'{float("inf"):+010,.2f} {float("nan"):^9}')
show(lambda: f'{"x":=^5}')
show(lambda: f'{1:=^5}')
show(lambda: f'{1.5:#}')
show(lambda: f'{1e16:#}')
