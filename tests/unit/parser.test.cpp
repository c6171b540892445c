// Parser tests: AST dumps of many snippets and CPython 3.11's syntax errors.
//
// The expected dumps and error messages below were produced by CPython 3.11
// itself (its `ast` module, converted to dumpAst's S-expression format, and
// `compile()`'s SyntaxError msg/lineno/offset); a line or column of 0 means
// "not checked" where Spindle's position differs from CPython's.
#include "interpreter/Parser.h"

#include <doctest/doctest.h>

#include <string>

using namespace spindle;

namespace {

std::string dumpOf(std::string_view source) { return ast::dumpAst(parseModule(source, "test.py")); }

SourceError errorOf(std::string_view source, ast::ParseMode mode = ast::ParseMode::File) {
    try {
        if (mode == ast::ParseMode::Eval) parseExpression(source, "test.py");
        else if (mode == ast::ParseMode::Interactive) parseInteractive(source, "test.py");
        else parseModule(source, "test.py");
    } catch (const SourceError& error) {
        return error;
    }
    FAIL("expected a SourceError for: " << source);
    return {};
}

struct DumpCase { const char* source; const char* expected; };

const DumpCase kDumpCases[] = {
    {R"py(x = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m)py", R"ast((Module [(Assign [(Name x Store)] (BinOp (BinOp (Constant 1) Add (BinOp (Constant 2) Mult (Constant 3))) Sub (BinOp (BinOp (BinOp (BinOp (Constant 4) Div (Constant 5)) FloorDiv (Constant 6)) Mod (Constant 7)) MatMult (Name m))))]))ast"},
    {R"py(y = -a ** -b ** c)py", R"ast((Module [(Assign [(Name y Store)] (UnaryOp USub (BinOp (Name a) Pow (UnaryOp USub (BinOp (Name b) Pow (Name c))))))]))ast"},
    {R"py(z = a | b ^ c & d << e >> f)py", R"ast((Module [(Assign [(Name z Store)] (BinOp (Name a) BitOr (BinOp (Name b) BitXor (BinOp (Name c) BitAnd (BinOp (BinOp (Name d) LShift (Name e)) RShift (Name f))))))]))ast"},
    {R"py(w = not a and b or c and not d)py", R"ast((Module [(Assign [(Name w Store)] (BoolOp Or [(BoolOp And [(UnaryOp Not (Name a)) (Name b)]) (BoolOp And [(Name c) (UnaryOp Not (Name d))])]))]))ast"},
    {R"py(v = a < b == c != d >= e > f <= g is h is not i in j not in k)py", R"ast((Module [(Assign [(Name v Store)] (Compare (Name a) Lt (Name b) Eq (Name c) NotEq (Name d) GtE (Name e) Gt (Name f) LtE (Name g) Is (Name h) IsNot (Name i) In (Name j) NotIn (Name k)))]))ast"},
    {R"py(u = ~+-x)py", R"ast((Module [(Assign [(Name u Store)] (UnaryOp Invert (UnaryOp UAdd (UnaryOp USub (Name x)))))]))ast"},
    {R"py(t = a if b else c if d else e)py", R"ast((Module [(Assign [(Name t Store)] (IfExp (Name b) (Name a) (IfExp (Name d) (Name c) (Name e))))]))ast"},
    {R"py(s = lambda: 0)py", R"ast((Module [(Assign [(Name s Store)] (Lambda (arguments) (Constant 0)))]))ast"},
    {R"py(r = lambda a, b=1, *c, d, e=2, **f: a)py", R"ast((Module [(Assign [(Name r Store)] (Lambda (arguments args[a b] defaults[(Constant 1)] *c kwonly[d e] kwdefaults[- (Constant 2)] **f) (Name a)))]))ast"},
    {R"py(q = lambda a, /, b: (a, b))py", R"ast((Module [(Assign [(Name q Store)] (Lambda (arguments posonly[a] args[b]) (Tuple [(Name a) (Name b)])))]))ast"},
    {R"py(p = (yield))py", R"ast((Module [(Assign [(Name p Store)] (Yield -))]))ast"},
    {R"py(o = [1, *a, *b])py", R"ast((Module [(Assign [(Name o Store)] (List [(Constant 1) (Starred (Name a)) (Starred (Name b))]))]))ast"},
    {R"py(n = {1: 2, **d, 3: 4})py", R"ast((Module [(Assign [(Name n Store)] (Dict [(Constant 1) - (Constant 3)] [(Constant 2) (Name d) (Constant 4)]))]))ast"},
    {R"py(m = {1, 2, *s})py", R"ast((Module [(Assign [(Name m Store)] (Set [(Constant 1) (Constant 2) (Starred (Name s))]))]))ast"},
    {R"py(l = [x * y for x in range(3) if x if x > 0 for y in x])py", R"ast((Module [(Assign [(Name l Store)] (ListComp (BinOp (Name x) Mult (Name y)) [(for (Name x Store) (Call (Name range) [(Constant 3)] []) [(Name x) (Compare (Name x) Gt (Constant 0))]) (for (Name y Store) (Name x) [])]))]))ast"},
    {R"py(k = {x: y for x, y in z})py", R"ast((Module [(Assign [(Name k Store)] (DictComp (Name x) (Name y) [(for (Tuple [(Name x Store) (Name y Store)] Store) (Name z) [])]))]))ast"},
    {R"py(j = {x for x in y})py", R"ast((Module [(Assign [(Name j Store)] (SetComp (Name x) [(for (Name x Store) (Name y) [])]))]))ast"},
    {R"py(i = (x for x in y))py", R"ast((Module [(Assign [(Name i Store)] (GeneratorExp (Name x) [(for (Name x Store) (Name y) [])]))]))ast"},
    {R"py(h = f(a, *b, c=1, **d))py", R"ast((Module [(Assign [(Name h Store)] (Call (Name f) [(Name a) (Starred (Name b))] [(keyword c (Constant 1)) (keyword ** (Name d))]))]))ast"},
    {R"py(g = f(x for x in y))py", R"ast((Module [(Assign [(Name g Store)] (Call (Name f) [(GeneratorExp (Name x) [(for (Name x Store) (Name y) [])])] []))]))ast"},
    {R"py(f(a)(b)[c].d)py", R"ast((Module [(Expr (Attribute (Subscript (Call (Call (Name f) [(Name a)] []) [(Name b)] []) (Name c)) d))]))ast"},
    {R"py(a[1:2, ::3])py", R"ast((Module [(Expr (Subscript (Name a) (Tuple [(Slice (Constant 1) (Constant 2) -) (Slice - - (Constant 3))])))]))ast"},
    {R"py(a[1:2])py", R"ast((Module [(Expr (Subscript (Name a) (Slice (Constant 1) (Constant 2) -)))]))ast"},
    {R"py(a[::])py", R"ast((Module [(Expr (Subscript (Name a) (Slice - - -)))]))ast"},
    {R"py(a[:, 1])py", R"ast((Module [(Expr (Subscript (Name a) (Tuple [(Slice - - -) (Constant 1)])))]))ast"},
    {R"py(a[i, j])py", R"ast((Module [(Expr (Subscript (Name a) (Tuple [(Name i) (Name j)])))]))ast"},
    {R"py(a[*b])py", R"ast((Module [(Expr (Subscript (Name a) (Tuple [(Starred (Name b))])))]))ast"},
    {R"py((a := 1))py", R"ast((Module [(Expr (NamedExpr (Name a Store) (Constant 1)))]))ast"},
    {R"py(x[a := 1])py", R"ast((Module [(Expr (Subscript (Name x) (NamedExpr (Name a Store) (Constant 1))))]))ast"},
    {R"py(f(a := 1))py", R"ast((Module [(Expr (Call (Name f) [(NamedExpr (Name a Store) (Constant 1))] []))]))ast"},
    {R"py(())py", R"ast((Module [(Expr (Tuple []))]))ast"},
    {R"py((1,))py", R"ast((Module [(Expr (Tuple [(Constant 1)]))]))ast"},
    {R"py(1,)py", R"ast((Module [(Expr (Tuple [(Constant 1)]))]))ast"},
    {R"py([])py", R"ast((Module [(Expr (List []))]))ast"},
    {R"py({})py", R"ast((Module [(Expr (Dict [] []))]))ast"},
    {R"py(...)py", R"ast((Module [(Expr (Constant ...))]))ast"},
    {R"py(None, True, False)py", R"ast((Module [(Expr (Tuple [(Constant None) (Constant True) (Constant False)]))]))ast"},
    {R"py(x.y.z)py", R"ast((Module [(Expr (Attribute (Attribute (Name x) y) z))]))ast"},
    {R"py(a.b(c).d[e])py", R"ast((Module [(Expr (Subscript (Attribute (Call (Attribute (Name a) b) [(Name c)] []) d) (Name e)))]))ast"},
    {R"py(f(k=1, *b))py", R"ast((Module [(Expr (Call (Name f) [(Starred (Name b))] [(keyword k (Constant 1))]))]))ast"},
    {R"py(print(*args, sep=''))py", R"ast((Module [(Expr (Call (Name print) [(Starred (Name args))] [(keyword sep (Constant ''))]))]))ast"},
    {R"py(1_000 + 0x_FF + 0o17 + 0b1010 + 00)py", R"ast((Module [(Expr (BinOp (BinOp (BinOp (BinOp (Constant 1000) Add (Constant 255)) Add (Constant 15)) Add (Constant 10)) Add (Constant 0)))]))ast"},
    {R"py(1.5 + 1. + .5 + 1e10 + 1E-3 + 1_000.5e-3 + 1e400)py", R"ast((Module [(Expr (BinOp (BinOp (BinOp (BinOp (BinOp (BinOp (Constant 1.5) Add (Constant 1.0)) Add (Constant 0.5)) Add (Constant 10000000000.0)) Add (Constant 0.001)) Add (Constant 1.0005)) Add (Constant inf)))]))ast"},
    {R"py(9223372036854775807)py", R"ast((Module [(Expr (Constant 9223372036854775807))]))ast"},
    {R"py(9223372036854775808)py", R"ast((Module [(Expr (Constant big))]))ast"},
    {R"py('a' 'b' "c")py", R"ast((Module [(Expr (Constant 'abc'))]))ast"},
    {R"py('''multi
line''')py", R"ast((Module [(Expr (Constant 'multi\nline'))]))ast"},
    {R"py('\n\t\\\'\"\a\b\f\v\r\0\101\x41\u00e9\U0001F600')py", R"ast((Module [(Expr (Constant '\n\t\\\'"\x07\x08\x0c\x0b\r\x00AAé😀'))]))ast"},
    {R"py('\d \w')py", R"ast((Module [(Expr (Constant '\\d \\w'))]))ast"},
    {R"py(r'\d\n')py", R"ast((Module [(Expr (Constant '\\d\\n'))]))ast"},
    {R"py(b'\x00\xff' b'abc')py", R"ast((Module [(Expr (Constant b'\x00\xffabc'))]))ast"},
    {R"py(rb'\x' Br'\n')py", R"ast((Module [(Expr (Constant b'\\x\\n'))]))ast"},
    {R"py('é' '日本')py", R"ast((Module [(Expr (Constant 'é日本'))]))ast"},
    {R"py('\N{latin small letter e with acute}\N{CJK UNIFIED IDEOGRAPH-4E2D}\N{HANGUL SYLLABLE GAG}\N{latin capital letter gha}')py",
     R"ast((Module [(Expr (Constant 'é中각Ƣ'))]))ast"},
    {R"py(b'\N{DIGIT ONE}')py", R"ast((Module [(Expr (Constant b'\\N{DIGIT ONE}'))]))ast"},
    {R"py(f'\N{LEFT CURLY BRACKET}{x:\N{DIGIT ONE}}\N{RIGHT CURLY BRACKET}')py",
     R"ast((Module [(Expr (JoinedStr [(Constant '{') (FormattedValue (Name x) - (JoinedStr [(Constant '1')])) (Constant '}')]))]))ast"},
    {R"py('a\
b')py", R"ast((Module [(Expr (Constant 'ab'))]))ast"},
    {R"py(f'{x}')py", R"ast((Module [(Expr (JoinedStr [(FormattedValue (Name x) - -)]))]))ast"},
    {R"py(f'a{x!r}b{y!s:>10}c{z!a}')py", R"ast((Module [(Expr (JoinedStr [(Constant 'a') (FormattedValue (Name x) r -) (Constant 'b') (FormattedValue (Name y) s (JoinedStr [(Constant '>10')])) (Constant 'c') (FormattedValue (Name z) a -)]))]))ast"},
    {R"py(f'{x:{w}.{p}}')py", R"ast((Module [(Expr (JoinedStr [(FormattedValue (Name x) - (JoinedStr [(FormattedValue (Name w) - -) (Constant '.') (FormattedValue (Name p) - -)]))]))]))ast"},
    {R"py(f'{x=}')py", R"ast((Module [(Expr (JoinedStr [(Constant 'x=') (FormattedValue (Name x) r -)]))]))ast"},
    {R"py(f'{x = }')py", R"ast((Module [(Expr (JoinedStr [(Constant 'x = ') (FormattedValue (Name x) r -)]))]))ast"},
    {R"py(f'{x=:10}')py", R"ast((Module [(Expr (JoinedStr [(Constant 'x=') (FormattedValue (Name x) - (JoinedStr [(Constant '10')]))]))]))ast"},
    {R"py(f'{x=!s}')py", R"ast((Module [(Expr (JoinedStr [(Constant 'x=') (FormattedValue (Name x) s -)]))]))ast"},
    {R"py(f'{{literal}} {x}')py", R"ast((Module [(Expr (JoinedStr [(Constant '{literal} ') (FormattedValue (Name x) - -)]))]))ast"},
    {R"py('a' f'{b}' 'c')py", R"ast((Module [(Expr (JoinedStr [(Constant 'a') (FormattedValue (Name b) - -) (Constant 'c')]))]))ast"},
    {R"py(f'')py", R"ast((Module [(Expr (JoinedStr []))]))ast"},
    {R"py(f'{x:}')py", R"ast((Module [(Expr (JoinedStr [(FormattedValue (Name x) - (JoinedStr []))]))]))ast"},
    {R"py(f'{a["k"]}')py", R"ast((Module [(Expr (JoinedStr [(FormattedValue (Subscript (Name a) (Constant 'k')) - -)]))]))ast"},
    {R"py(f'{f"{x}"}')py", R"ast((Module [(Expr (JoinedStr [(FormattedValue (JoinedStr [(FormattedValue (Name x) - -)]) - -)]))]))ast"},
    {R"py(f'{x,y}')py", R"ast((Module [(Expr (JoinedStr [(FormattedValue (Tuple [(Name x) (Name y)]) - -)]))]))ast"},
    {R"py(f'{3!r:^{w}}')py", R"ast((Module [(Expr (JoinedStr [(FormattedValue (Constant 3) r (JoinedStr [(Constant '^') (FormattedValue (Name w) - -)]))]))]))ast"},
    {R"py(f'{x!r:{y}}')py", R"ast((Module [(Expr (JoinedStr [(FormattedValue (Name x) r (JoinedStr [(FormattedValue (Name y) - -)]))]))]))ast"},
    {R"py(F'{x}' rf'\d{x}')py", R"ast((Module [(Expr (JoinedStr [(FormattedValue (Name x) - -) (Constant '\\d') (FormattedValue (Name x) - -)]))]))ast"},
    {R"py(f'\{x}')py", R"ast((Module [(Expr (JoinedStr [(Constant '\\') (FormattedValue (Name x) - -)]))]))ast"},
    {R"py(f'{x:=5}')py", R"ast((Module [(Expr (JoinedStr [(FormattedValue (Name x) - (JoinedStr [(Constant '=5')]))]))]))ast"},
    {R"py(f'{x!=y}')py", R"ast((Module [(Expr (JoinedStr [(FormattedValue (Compare (Name x) NotEq (Name y)) - -)]))]))ast"},
    {R"py(f'{(lambda: 1)()}')py", R"ast((Module [(Expr (JoinedStr [(FormattedValue (Call (Lambda (arguments) (Constant 1)) [] []) - -)]))]))ast"},
    {R"py(a = b = 1)py", R"ast((Module [(Assign [(Name a Store) (Name b Store)] (Constant 1))]))ast"},
    {R"py(a, *b = c)py", R"ast((Module [(Assign [(Tuple [(Name a Store) (Starred (Name b Store) Store)] Store)] (Name c))]))ast"},
    {R"py([a, (b, c)] = d)py", R"ast((Module [(Assign [(List [(Name a Store) (Tuple [(Name b Store) (Name c Store)] Store)] Store)] (Name d))]))ast"},
    {R"py(a.b = c[d] = e[1:2] = 1)py", R"ast((Module [(Assign [(Attribute (Name a) b Store) (Subscript (Name c) (Name d) Store) (Subscript (Name e) (Slice (Constant 1) (Constant 2) -) Store)] (Constant 1))]))ast"},
    {R"py(x += 1)py", R"ast((Module [(AugAssign (Name x Store) Add (Constant 1))]))ast"},
    {R"py(x.y //= 2)py", R"ast((Module [(AugAssign (Attribute (Name x) y Store) FloorDiv (Constant 2))]))ast"},
    {R"py(x[0] **= 2)py", R"ast((Module [(AugAssign (Subscript (Name x) (Constant 0) Store) Pow (Constant 2))]))ast"},
    {R"py(x: int = 1)py", R"ast((Module [(AnnAssign (Name x Store) (Name int) (Constant 1) simple)]))ast"},
    {R"py((x): int = 1)py", R"ast((Module [(AnnAssign (Name x Store) (Name int) (Constant 1))]))ast"},
    {R"py(x.y: int)py", R"ast((Module [(AnnAssign (Attribute (Name x) y Store) (Name int) -)]))ast"},
    {R"py(del a, b.c, d[e])py", R"ast((Module [(Delete [(Name a Del) (Attribute (Name b) c Del) (Subscript (Name d) (Name e) Del)])]))ast"},
    {R"py(del (a, b), [c])py", R"ast((Module [(Delete [(Tuple [(Name a Del) (Name b Del)] Del) (List [(Name c Del)] Del)])]))ast"},
    {R"py(pass; break; continue)py", R"ast((Module [(Pass) (Break) (Continue)]))ast"},
    {R"py(return)py", R"ast((Module [(Return -)]))ast"},
    {R"py(return 1, 2)py", R"ast((Module [(Return (Tuple [(Constant 1) (Constant 2)]))]))ast"},
    {R"py(return *a, b)py", R"ast((Module [(Return (Tuple [(Starred (Name a)) (Name b)]))]))ast"},
    {R"py(raise)py", R"ast((Module [(Raise - -)]))ast"},
    {R"py(raise E)py", R"ast((Module [(Raise (Name E) -)]))ast"},
    {R"py(raise E from e)py", R"ast((Module [(Raise (Name E) (Name e))]))ast"},
    {R"py(global a, b)py", R"ast((Module [(Global a b)]))ast"},
    {R"py(nonlocal a)py", R"ast((Module [(Nonlocal a)]))ast"},
    {R"py(assert x)py", R"ast((Module [(Assert (Name x) -)]))ast"},
    {R"py(assert x, 'msg')py", R"ast((Module [(Assert (Name x) (Constant 'msg'))]))ast"},
    {R"py(import a)py", R"ast((Module [(Import [a])]))ast"},
    {R"py(import a.b.c as d, e)py", R"ast((Module [(Import [a.b.c as d e])]))ast"},
    {R"py(from a import b)py", R"ast((Module [(ImportFrom a 0 [b])]))ast"},
    {R"py(from ..pkg import (a as b, c))py", R"ast((Module [(ImportFrom pkg 2 [a as b c])]))ast"},
    {R"py(from . import x)py", R"ast((Module [(ImportFrom - 1 [x])]))ast"},
    {R"py(from ...a.b import *)py", R"ast((Module [(ImportFrom a.b 3 [*])]))ast"},
    {R"py(from .... import y)py", R"ast((Module [(ImportFrom - 4 [y])]))ast"},
    {R"py(if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass)py", R"ast((Module [(If (Name a) [(Pass)] else [(If (Name b) [(Pass)] else [(If (Name c) [(Pass)] else [(Pass)])])])]))ast"},
    {R"py(while x:
    x -= 1
else:
    done())py", R"ast((Module [(While (Name x) [(AugAssign (Name x Store) Sub (Constant 1))] else [(Expr (Call (Name done) [] []))])]))ast"},
    {R"py(for a, b in c:
    pass
else:
    pass)py", R"ast((Module [(For (Tuple [(Name a Store) (Name b Store)] Store) (Name c) [(Pass)] else [(Pass)])]))ast"},
    {R"py(for x, in y: pass)py", R"ast((Module [(For (Tuple [(Name x Store)] Store) (Name y) [(Pass)])]))ast"},
    {R"py(for x in *a, *b: pass)py", R"ast((Module [(For (Name x Store) (Tuple [(Starred (Name a)) (Starred (Name b))]) [(Pass)])]))ast"},
    {R"py(try:
    a
except E as e:
    b
except (A, B):
    c
except:
    d
else:
    e
finally:
    f)py", R"ast((Module [(Try [(Expr (Name a))] [(except (Name E) e [(Expr (Name b))]) (except (Tuple [(Name A) (Name B)]) - [(Expr (Name c))]) (except - - [(Expr (Name d))])] [(Expr (Name e))] [(Expr (Name f))])]))ast"},
    {R"py(try:
    a
finally:
    b)py", R"ast((Module [(Try [(Expr (Name a))] [] [] [(Expr (Name b))])]))ast"},
    {R"py(with a as b, c as (d, e):
    pass)py", R"ast((Module [(With [(withitem (Name a) (Name b Store)) (withitem (Name c) (Tuple [(Name d Store) (Name e Store)] Store))] [(Pass)])]))ast"},
    {R"py(with (a as b, c as d):
    pass)py", R"ast((Module [(With [(withitem (Name a) (Name b Store)) (withitem (Name c) (Name d Store))] [(Pass)])]))ast"},
    {R"py(with (a as b, c as d,):
    pass)py", R"ast((Module [(With [(withitem (Name a) (Name b Store)) (withitem (Name c) (Name d Store))] [(Pass)])]))ast"},
    {R"py(with (a, b):
    pass)py", R"ast((Module [(With [(withitem (Name a) -) (withitem (Name b) -)] [(Pass)])]))ast"},
    {R"py(with (a, b) as c:
    pass)py", R"ast((Module [(With [(withitem (Tuple [(Name a) (Name b)]) (Name c Store))] [(Pass)])]))ast"},
    {R"py(with (a) as b, c:
    pass)py", R"ast((Module [(With [(withitem (Name a) (Name b Store)) (withitem (Name c) -)] [(Pass)])]))ast"},
    {R"py(with a:
    pass)py", R"ast((Module [(With [(withitem (Name a) -)] [(Pass)])]))ast"},
    {R"py(@dec
@dec2(x)
def f(a, /, b: int = 1, *args: str, c, d=2, **kw) -> bool:
    return a)py", R"ast((Module [(FunctionDef f (arguments posonly[a] args[b:(Name int)] defaults[(Constant 1)] *args:(Name str) kwonly[c d] kwdefaults[- (Constant 2)] **kw) [(Return (Name a))] @[(Name dec) (Call (Name dec2) [(Name x)] [])] ->(Name bool))]))ast"},
    {R"py(def f(*, a, b=1): pass)py", R"ast((Module [(FunctionDef f (arguments kwonly[a b] kwdefaults[- (Constant 1)]) [(Pass)])]))ast"},
    {R"py(def f(a, b, /): pass)py", R"ast((Module [(FunctionDef f (arguments posonly[a b]) [(Pass)])]))ast"},
    {R"py(def f(a=1, /, b=2, *, c): pass)py", R"ast((Module [(FunctionDef f (arguments posonly[a] args[b] defaults[(Constant 1) (Constant 2)] kwonly[c] kwdefaults[-]) [(Pass)])]))ast"},
    {R"py(def f(): yield
)py", R"ast((Module [(FunctionDef f (arguments) [(Expr (Yield -))])]))ast"},
    {R"py(def f(): yield from g())py", R"ast((Module [(FunctionDef f (arguments) [(Expr (YieldFrom (Call (Name g) [] [])))])]))ast"},
    {R"py(def f(): x = yield 1, 2)py", R"ast((Module [(FunctionDef f (arguments) [(Assign [(Name x Store)] (Yield (Tuple [(Constant 1) (Constant 2)])))])]))ast"},
    {R"py(class C: pass)py", R"ast((Module [(ClassDef C [] [] [(Pass)])]))ast"},
    {R"py(class C(Base, metaclass=M, **kw):
    x = 1
    def m(self): pass)py", R"ast((Module [(ClassDef C [(Name Base)] [(keyword metaclass (Name M)) (keyword ** (Name kw))] [(Assign [(Name x Store)] (Constant 1)) (FunctionDef m (arguments args[self]) [(Pass)])])]))ast"},
    {R"py(class C(*bases): pass)py", R"ast((Module [(ClassDef C [(Starred (Name bases))] [] [(Pass)])]))ast"},
    {R"py(@dataclass
class C():
    x: int)py", R"ast((Module [(ClassDef C [] [] [(AnnAssign (Name x Store) (Name int) - simple)] @[(Name dataclass)])]))ast"},
    {R"py(if x: a; b
else: c)py", R"ast((Module [(If (Name x) [(Expr (Name a)) (Expr (Name b))] else [(Expr (Name c))])]))ast"},
    {R"py(x = 1;)py", R"ast((Module [(Assign [(Name x Store)] (Constant 1))]))ast"},
    {R"py(match = 1
case = 2
_ = 3)py", R"ast((Module [(Assign [(Name match Store)] (Constant 1)) (Assign [(Name case Store)] (Constant 2)) (Assign [(Name _ Store)] (Constant 3))]))ast"},
    {R"py(print((yield)))py", R"ast((Module [(Expr (Call (Name print) [(Yield -)] []))]))ast"},
    {R"py(x = yield)py", R"ast((Module [(Assign [(Name x Store)] (Yield -))]))ast"},
    {R"py(x = yield from y)py", R"ast((Module [(Assign [(Name x Store)] (YieldFrom (Name y)))]))ast"},
    {R"py(a = b if c else d)py", R"ast((Module [(Assign [(Name a Store)] (IfExp (Name c) (Name b) (Name d)))]))ast"},
    {R"py(f(a)(b)(c))py", R"ast((Module [(Expr (Call (Call (Call (Name f) [(Name a)] []) [(Name b)] []) [(Name c)] []))]))ast"},
    {R"py(lambda *args, **kw: 0)py", R"ast((Module [(Expr (Lambda (arguments *args **kw) (Constant 0)))]))ast"},
    {R"py(lambda *, a: a)py", R"ast((Module [(Expr (Lambda (arguments kwonly[a] kwdefaults[-]) (Name a)))]))ast"},
    {R"py(lambda a=1: a)py", R"ast((Module [(Expr (Lambda (arguments args[a] defaults[(Constant 1)]) (Name a)))]))ast"},
    {R"py([i for i in range(10) if i % 2 == 0 if i % 3])py", R"ast((Module [(Expr (ListComp (Name i) [(for (Name i Store) (Call (Name range) [(Constant 10)] []) [(Compare (BinOp (Name i) Mod (Constant 2)) Eq (Constant 0)) (BinOp (Name i) Mod (Constant 3))])]))]))ast"},
    {R"py({**a, **b})py", R"ast((Module [(Expr (Dict [- -] [(Name a) (Name b)]))]))ast"},
    {R"py((*a, b))py", R"ast((Module [(Expr (Tuple [(Starred (Name a)) (Name b)]))]))ast"},
    {R"py(x = *a, *b)py", R"ast((Module [(Assign [(Name x Store)] (Tuple [(Starred (Name a)) (Starred (Name b))]))]))ast"},
    {R"py(for x in range(3): print(x))py", R"ast((Module [(For (Name x Store) (Call (Name range) [(Constant 3)] []) [(Expr (Call (Name print) [(Name x)] []))])]))ast"},
    {R"py(while 1: break)py", R"ast((Module [(While (Constant 1) [(Break)])]))ast"},
    {R"py(if 1: pass
)py", R"ast((Module [(If (Constant 1) [(Pass)])]))ast"},
    {R"py(x = [
    1,
    2,
]
)py", R"ast((Module [(Assign [(Name x Store)] (List [(Constant 1) (Constant 2)]))]))ast"},
    {R"py(x = 1 + \
    2)py", R"ast((Module [(Assign [(Name x Store)] (BinOp (Constant 1) Add (Constant 2)))]))ast"},
    {R"py(def f():
    # comment

    return 1
)py", R"ast((Module [(FunctionDef f (arguments) [(Return (Constant 1))])]))ast"},
    {R"py(

# leading comments

x = 1


)py", R"ast((Module [(Assign [(Name x Store)] (Constant 1))]))ast"},
    {R"py(if a:
	if b:
		c
)py", R"ast((Module [(If (Name a) [(If (Name b) [(Expr (Name c))])])]))ast"},
    {R"py(1if x else 2)py", R"ast((Module [(Expr (IfExp (Name x) (Constant 1) (Constant 2)))]))ast"},
    {R"py(x = 0xffffffffffffffffffff)py", R"ast((Module [(Assign [(Name x Store)] (Constant big))]))ast"},
    {R"py(a[b, c:d])py", R"ast((Module [(Expr (Subscript (Name a) (Tuple [(Name b) (Slice (Name c) (Name d) -)])))]))ast"},
    {R"py(not -x)py", R"ast((Module [(Expr (UnaryOp Not (UnaryOp USub (Name x))))]))ast"},
    {R"py(a ** b ** c)py", R"ast((Module [(Expr (BinOp (Name a) Pow (BinOp (Name b) Pow (Name c))))]))ast"},
    {R"py(-a ** 2)py", R"ast((Module [(Expr (UnaryOp USub (BinOp (Name a) Pow (Constant 2))))]))ast"},
    {R"py(a or b or c)py", R"ast((Module [(Expr (BoolOp Or [(Name a) (Name b) (Name c)]))]))ast"},
    {R"py(a and b and c or d)py", R"ast((Module [(Expr (BoolOp Or [(BoolOp And [(Name a) (Name b) (Name c)]) (Name d)]))]))ast"},
    {R"py(x = a == b == c)py", R"ast((Module [(Assign [(Name x Store)] (Compare (Name a) Eq (Name b) Eq (Name c)))]))ast"},
    {R"py(f(*a, *b, **c, **d))py", R"ast((Module [(Expr (Call (Name f) [(Starred (Name a)) (Starred (Name b))] [(keyword ** (Name c)) (keyword ** (Name d))]))]))ast"},
    {R"py(f(a, b=1, **c))py", R"ast((Module [(Expr (Call (Name f) [(Name a)] [(keyword b (Constant 1)) (keyword ** (Name c))]))]))ast"},
    {R"py(x = {'a': 1, 'b': [1, 2]})py", R"ast((Module [(Assign [(Name x Store)] (Dict [(Constant 'a') (Constant 'b')] [(Constant 1) (List [(Constant 1) (Constant 2)])]))]))ast"},
    {R"py(del x[0], y.z)py", R"ast((Module [(Delete [(Subscript (Name x) (Constant 0) Del) (Attribute (Name y) z Del)])]))ast"},
    {R"py(i = j = k = 0)py", R"ast((Module [(Assign [(Name i Store) (Name j Store) (Name k Store)] (Constant 0))]))ast"},
    {R"py(x, y = y, x)py", R"ast((Module [(Assign [(Tuple [(Name x Store) (Name y Store)] Store)] (Tuple [(Name y) (Name x)]))]))ast"},
    {R"py(x = (1))py", R"ast((Module [(Assign [(Name x Store)] (Constant 1))]))ast"},
    {R"py(x = ((1, 2)))py", R"ast((Module [(Assign [(Name x Store)] (Tuple [(Constant 1) (Constant 2)]))]))ast"},
    {R"py(class A(B, C): x: int = 0)py", R"ast((Module [(ClassDef A [(Name B) (Name C)] [] [(AnnAssign (Name x Store) (Name int) (Constant 0) simple)])]))ast"},
    {R"py(with (a): pass)py", R"ast((Module [(With [(withitem (Name a) -)] [(Pass)])]))ast"},
    {R"py(with (a := b): pass)py", R"ast((Module [(With [(withitem (NamedExpr (Name a Store) (Name b)) -)] [(Pass)])]))ast"},
    {R"py(with (x for x in y): pass)py", R"ast((Module [(With [(withitem (GeneratorExp (Name x) [(for (Name x Store) (Name y) [])]) -)] [(Pass)])]))ast"},
    {R"py(with (yield): pass)py", R"ast((Module [(With [(withitem (Yield -) -)] [(Pass)])]))ast"},
    {R"py(with (a := b, c): pass)py", R"ast((Module [(With [(withitem (Tuple [(NamedExpr (Name a Store) (Name b)) (Name c)]) -)] [(Pass)])]))ast"},
    {R"py(with ((a, b)): pass)py", R"ast((Module [(With [(withitem (Tuple [(Name a) (Name b)]) -)] [(Pass)])]))ast"},
    {R"py(with (a, b)[0]: pass)py", R"ast((Module [(With [(withitem (Subscript (Tuple [(Name a) (Name b)]) (Constant 0)) -)] [(Pass)])]))ast"},
    {R"py(f'{ x = }')py", R"ast((Module [(Expr (JoinedStr [(Constant ' x = ') (FormattedValue (Name x) r -)]))]))ast"},
    {R"py(f'{x=   }')py", R"ast((Module [(Expr (JoinedStr [(Constant 'x=   ') (FormattedValue (Name x) r -)]))]))ast"},
};

struct ErrorCase { const char* source; const char* type; const char* message; int line; int col; };

const ErrorCase kErrorCases[] = {
    {"a b", "SyntaxError", "invalid syntax", 1, 3},
    {"if x\n  pass", "SyntaxError", "expected ':'", 1, 5},
    {"if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1},
    {"  x=1", "IndentationError", "unexpected indent", 1, 2},
    {"x='abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 3},
    {"x='''abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 3},
    {"foo(1, 2\nx=3\n", "SyntaxError", "'(' was never closed", 1, 4},
    {"foo(1,2\n", "SyntaxError", "'(' was never closed", 1, 4},
    {"x = )", "SyntaxError", "unmatched ')'", 1, 5},
    {"x = (1]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7},
    {"1abc", "SyntaxError", "invalid decimal literal", 1, 1},
    {"1 = 2", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1},
    {"f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1},
    {"x = €", "SyntaxError", "invalid character '€' (U+20AC)", 1, 5},
    {"print 'hi'", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1},
    {"print x", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1},
    {"if 1:\n    x\n  y\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4},
    {"x = [1,\n2", "SyntaxError", "'[' was never closed", 1, 5},
    {"x=1\n)", "SyntaxError", "unmatched ')'", 2, 1},
    {"def f(:\n pass", "SyntaxError", "invalid syntax", 1, 7},
    {"for x in y\n pass", "SyntaxError", "expected ':'", 1, 11},
    {"x = 1 +", "SyntaxError", "invalid syntax", 1, 8},
    {"x = (1 +\n", "SyntaxError", "'(' was never closed", 1, 5},
    {"b'é'", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 1},
    {"f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8},
    {"f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 0},
    {"f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3},
    {"x += 1, 2 = 3", "SyntaxError", "invalid syntax", 1, 11},
    {"a, b += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1},
    {"del 1", "SyntaxError", "cannot delete literal", 1, 5},
    {"del f()", "SyntaxError", "cannot delete function call", 1, 5},
    {"(a, b) = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 10},
    {"x = yield = 1", "SyntaxError", "assignment to yield expression not possible", 1, 5},
    {"[x for x in y] = 1", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1},
    {"a + 1 = 2", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1},
    {"a.b = c = f() = 1", "SyntaxError", "cannot assign to function call", 1, 11},
    {"lambda: x = 1", "SyntaxError", "cannot assign to lambda", 1, 1},
    {"x if y else z = 1", "SyntaxError", "cannot assign to conditional expression", 1, 1},
    {"*a = 1", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 1},
    {"*a, *b = 1", "SyntaxError", "multiple starred expressions in assignment", 1, 1},
    {"def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12},
    {"def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7},
    {"def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12},
    {"class C(: pass", "SyntaxError", "invalid syntax", 1, 9},
    {"try:\n x\n", "SyntaxError", "expected 'except' or 'finally' block", 0, 0},
    {"x = 0777", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5},
    {"x = 1__0", "SyntaxError", "invalid decimal literal", 1, 6},
    {"x = 1_", "SyntaxError", "invalid decimal literal", 1, 6},
    {"x = 0x", "SyntaxError", "invalid hexadecimal literal", 1, 6},
    {"x = 0b2", "SyntaxError", "invalid digit '2' in binary literal", 1, 7},
    {"x = 09", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5},
    {"x = 1e", "SyntaxError", "invalid decimal literal", 1, 5},
    {"f'{'", "SyntaxError", "f-string: expecting '}'", 1, 0},
    {"f'{}'", "SyntaxError", "f-string: empty expression not allowed", 1, 0},
    {"f'}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 0},
    {"f'{x!z}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 0},
    {"f'{x'", "SyntaxError", "f-string: expecting '}'", 1, 0},
    {"\tif 1:\n        x\n\ty", "IndentationError", "unexpected indent", 1, 1},
    {"if 1:\n\tx\n        y\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1},
    {"if True:\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 9},
    {"def f():\n", "IndentationError", "expected an indented block after function definition on line 1", 1, 9},
    {"else:\n pass", "SyntaxError", "invalid syntax", 1, 1},
    {"a = 1 if 2", "SyntaxError", "expected 'else' after 'if' expression", 1, 5},
    {"f(a for a in b for)", "SyntaxError", "invalid syntax", 1, 19},
    {"x = [", "SyntaxError", "'[' was never closed", 1, 5},
    {"x = (", "SyntaxError", "'(' was never closed", 1, 5},
    {"x = {", "SyntaxError", "'{' was never closed", 1, 5},
    {"x = \\", "SyntaxError", "unexpected EOF while parsing", 1, 6},
    {"'abc\\", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1},
    {"\"abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1},
    {"x=1;;", "SyntaxError", "invalid syntax", 1, 5},
    {"import a.b as", "SyntaxError", "invalid syntax", 1, 14},
    {"from x import a,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17},
    {"from x import *, a", "SyntaxError", "invalid syntax", 1, 16},
    {"x := 1", "SyntaxError", "invalid syntax", 1, 3},
    {"True = 1", "SyntaxError", "cannot assign to True", 1, 1},
    {"None = 1", "SyntaxError", "cannot assign to None", 1, 1},
    {"__debug__ = 1", "SyntaxError", "cannot assign to __debug__", 1, 1},
    {"f(True=1)", "SyntaxError", "cannot assign to True", 1, 3},
    {"f(x.y=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3},
    {"f(a, a=1, a=2)", "SyntaxError", "keyword argument repeated: a", 1, 11},
    {"x = 1 2", "SyntaxError", "invalid syntax", 1, 7},
    {"x = 1.2.3", "SyntaxError", "invalid syntax", 1, 8},
    {"0_7", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1},
    {"0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 3},
    {"if x = 1:\n pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4},
    {"while x = 1: pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7},
    {"a = b = ", "SyntaxError", "invalid syntax", 1, 9},
    {"assert", "SyntaxError", "invalid syntax", 1, 7},
    {"raise from x", "SyntaxError", "invalid syntax", 1, 7},
    {"global", "SyntaxError", "invalid syntax", 1, 7},
    {"x.1", "SyntaxError", "invalid syntax", 1, 2},
    {"{**a: 1}", "SyntaxError", "invalid syntax", 1, 5},
    {"{*a: 1}", "SyntaxError", "invalid syntax", 1, 4},
    {"[*a for a in b]", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2},
    {"(*a)", "SyntaxError", "cannot use starred expression here", 1, 2},
    {"*a", "SyntaxError", "can't use starred expression here", 1, 1},
    {"f(**)", "SyntaxError", "invalid syntax", 1, 5},
    {"x = not", "SyntaxError", "invalid syntax", 1, 8},
    {"1 if 2 else", "SyntaxError", "invalid syntax", 1, 12},
    {"x[]", "SyntaxError", "invalid syntax", 1, 3},
    {"class", "SyntaxError", "invalid syntax", 1, 6},
    {"def", "SyntaxError", "invalid syntax", 1, 4},
    {"def f", "SyntaxError", "expected '('", 1, 6},
    {"def f(", "SyntaxError", "'(' was never closed", 1, 6},
    {"@dec\nx = 1", "SyntaxError", "invalid syntax", 2, 1},
    {"if 1:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1},
    {"f'{x!}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 0},
    {"f'{a b}'", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 0},
    {"f'{#}'", "SyntaxError", "f-string expression part cannot include '#'", 1, 0},
    {"f'{\\n}'", "SyntaxError", "f-string expression part cannot include a backslash", 1, 0},
    {"f'{x:{y:{z}}}'", "SyntaxError", "f-string: expressions nested too deeply", 1, 0},
    {"f'{)}'", "SyntaxError", "f-string: unmatched ')'", 1, 0},
    {"f'{x)}'", "SyntaxError", "f-string: unmatched ')'", 1, 0},
    {"f'{(x}'", "SyntaxError", "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 0},
    {"f'{x!r=}'", "SyntaxError", "f-string: expecting '}'", 1, 0},
    {"f'{lambda x: 1}'", "SyntaxError", "f-string: invalid syntax", 1, 0},
    {"f'{*x}'", "SyntaxError", "f-string: cannot use starred expression here", 1, 0},
    {"b'a' 'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 0},
    {"'a' b'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 0},
    {"'\\xZZ'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 0},
    {"'\\x4'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 0},
    {"b'\\x4'", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 0},
    {"'\\u12'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 0},
    {"'\\U00110000'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 0},
    {"'\\u12Z'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 0},
    // Positions count a non-ASCII character as its ten-byte \UXXXXXXXX form, and a backslash before one as \u005c.
    {"'é\\xZZ'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-11: truncated \\xXX escape", 1, 0},
    {"'\\é\\N{x}'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 16-20: unknown Unicode character name", 1, 0},
    {"'\\N{NOPE}'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name", 1, 0},
    {"'\\N{hangul syllable gag}'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-22: unknown Unicode character name", 1, 0},
    {"f'{1}\\N{NOPE}'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name", 1, 0},
    {"'ab\\N'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: malformed \\N character escape", 1, 0},
    {"'\\N{}'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", 1, 0},
    {"'\\N{LATIN SMALL LETTER A'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-22: malformed \\N character escape", 1, 0},
    {"f'\\N{x}}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 0}, // found before the escape is decoded
    {"f'{x}' f'{'", "SyntaxError", "f-string: expecting '}'", 1, 0},
    {"f'{ }'", "SyntaxError", "f-string: empty expression not allowed", 1, 0},
    {"ub'x'", "SyntaxError", "invalid syntax", 1, 3},
    {"fb'x'", "SyntaxError", "invalid syntax", 1, 3},
    {"x = $", "SyntaxError", "invalid syntax", 1, 5},
    {"x = ?", "SyntaxError", "invalid syntax", 1, 5},
    {"a = 1 +\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 9},
    {"x =  ", "SyntaxError", "invalid non-printable character U+00A0", 1, 5},
    {"if 1:\n  x\n    y\n", "IndentationError", "unexpected indent", 3, 4},
    {"def f():\n  return\n else", "IndentationError", "unindent does not match any outer indentation level", 3, 0},
    {"x = [1, 2\ny = 3\n", "SyntaxError", "'[' was never closed", 1, 5},
    {"(\n", "SyntaxError", "'(' was never closed", 1, 1},
    {"a = (1, 2]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 10},
    {"a = 3)\nb = 4", "SyntaxError", "unmatched ')'", 1, 6},
    {"d = {1: 2", "SyntaxError", "'{' was never closed", 1, 5},
    {"x = '''abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5},
    {"class C\n  pass", "SyntaxError", "expected ':'", 1, 8},
    {"while x\n  pass", "SyntaxError", "expected ':'", 1, 8},
    {"def f()\n  pass", "SyntaxError", "expected ':'", 1, 8},
    {"try\n  pass", "SyntaxError", "expected ':'", 1, 4},
    {"with a\n  pass", "SyntaxError", "expected ':'", 1, 7},
    {"for x in y:\npass", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1},
    {"def f():\npass", "IndentationError", "expected an indented block after function definition on line 1", 2, 1},
    {"1 = 2 = 3", "SyntaxError", "cannot assign to literal", 1, 1},
    {"x = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 5},
    {"f() = 1 = 2", "SyntaxError", "cannot assign to function call", 1, 1},
    {"(a, 1) = 2", "SyntaxError", "cannot assign to literal", 1, 5},
    {"a < b = 1", "SyntaxError", "cannot assign to comparison", 1, 1},
    {"not a = 1", "SyntaxError", "cannot assign to expression", 1, 1},
    {"a and b = 1", "SyntaxError", "cannot assign to expression", 1, 1},
    {"[1] = 2", "SyntaxError", "cannot assign to literal", 1, 2},
    {"(1) = 2", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 2},
    {"-a = 1", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1},
    {"a.b() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1},
    {"x = f() = 1", "SyntaxError", "cannot assign to function call", 1, 5},
    {"f(a) += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1},
    {"a + b += 1", "SyntaxError", "'expression' is an illegal expression for augmented assignment", 1, 1},
    {"[a] += 1", "SyntaxError", "'list' is an illegal expression for augmented assignment", 1, 1},
    {"for 1 in x: pass", "SyntaxError", "cannot assign to literal", 1, 5},
    {"for f() in x: pass", "SyntaxError", "cannot assign to function call", 1, 5},
    {"with a as 1: pass", "SyntaxError", "cannot assign to literal", 1, 11},
    {"with a as f(): pass", "SyntaxError", "cannot assign to function call", 1, 11},
    {"[x for 1 in y]", "SyntaxError", "cannot assign to literal", 1, 8},
    {"del (a, 1)", "SyntaxError", "cannot delete literal", 1, 9},
    {"del *a", "SyntaxError", "cannot delete starred", 1, 5},
    {"del [a, f()]", "SyntaxError", "cannot delete function call", 1, 9},
    {"del a + b", "SyntaxError", "cannot delete expression", 1, 5},
    {"(a, b): int = 1", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1},
    {"[a]: int", "SyntaxError", "only single target (not list) can be annotated", 1, 1},
    {"f(): int", "SyntaxError", "illegal target for annotation", 1, 1},
    {"(*a) = 1", "SyntaxError", "cannot use starred expression here", 1, 2},
    {"a, *b, *c = 1", "SyntaxError", "multiple starred expressions in assignment", 1, 1},
    {"[*a, *b] = 1", "SyntaxError", "multiple starred expressions in assignment", 1, 1},
    {"x: int = *a", "SyntaxError", "can't use starred expression here", 1, 10},
    {"if 1:\n pass\nelse:\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 3, 6},
    {"if 1:\n pass\nelif 2:\n", "IndentationError", "expected an indented block after 'elif' statement on line 3", 3, 8},
    {"while 1:\n", "IndentationError", "expected an indented block after 'while' statement on line 1", 1, 9},
    {"for x in y:\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 1, 12},
    {"try:\n", "IndentationError", "expected an indented block after 'try' statement on line 1", 1, 5},
    {"try:\n pass\nexcept E:\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 3, 10},
    {"try:\n pass\nfinally:\n", "IndentationError", "expected an indented block after 'finally' statement on line 3", 3, 9},
    {"with a:\n", "IndentationError", "expected an indented block after 'with' statement on line 1", 1, 8},
    {"class C:\n", "IndentationError", "expected an indented block after class definition on line 1", 1, 9},
    {"try:\n pass\nexcept:\n pass\nelse:\n", "IndentationError", "expected an indented block after 'else' statement on line 5", 5, 6},
    {"for x in y:\n pass\nelse:\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 3, 6},
    {"f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3},
    {"[a b]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2},
    {"x = a b", "SyntaxError", "invalid syntax", 1, 7},
    {"(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2},
    {"{a b}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2},
    {"print(a b c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7},
    {"f(**a, b)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 0},
    {"def f(/): pass", "SyntaxError", "invalid syntax", 1, 7},
    {"def f(*a, *b): pass", "SyntaxError", "* argument may appear only once", 1, 11},
    {"def f(a, **b, c): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 15},
    {"def f(a=1, /, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 15},
    {"def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 7},
    {"f(x for x in y, )", "SyntaxError", "Generator expression must be parenthesized", 1, 3},
    {"class C(x for x in y): pass", "SyntaxError", "invalid syntax", 1, 0},
    {"from x import ()", "SyntaxError", "invalid syntax", 1, 16},
    {"import (a)", "SyntaxError", "invalid syntax", 1, 8},
    {"except* E: pass", "SyntaxError", "invalid syntax", 1, 1},
    {"a := 1", "SyntaxError", "invalid syntax", 1, 3},
    {"f(x=y:=1)", "SyntaxError", "invalid syntax", 1, 6},
    {"x = *a", "SyntaxError", "can't use starred expression here", 1, 5},
    {"x = 1\nif x:\n    y = (\n", "SyntaxError", "'(' was never closed", 3, 9},
    {"def f():\n    return 1\n  x = 2\n", "IndentationError", "unindent does not match any outer indentation level", 3, 0},
    {"for x in range(3):\nprint(x)\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1},
    {"x = [1, 2 3]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9},
    {"f(1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3},
    {"x = 'abc' 'def", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 11},
    {"class C(object):\n    def m(self):\n    pass\n", "IndentationError", "expected an indented block after function definition on line 2", 3, 5},
    {"import", "SyntaxError", "invalid syntax", 1, 7},
    {"from x import", "SyntaxError", "invalid syntax", 1, 14},
    {"from import y", "SyntaxError", "invalid syntax", 1, 6},
    {"if x:\n    pass\n  else:\n    pass\n", "IndentationError", "unindent does not match any outer indentation level", 3, 0},
    {"def f(x):\n    return x +\n", "SyntaxError", "invalid syntax", 2, 15},
    {"lambda x: yield", "SyntaxError", "invalid syntax", 1, 11},
    {"a = 5 = b", "SyntaxError", "cannot assign to literal", 1, 5},
    {"x = 3 +* 4", "SyntaxError", "invalid syntax", 1, 8},
    {"print 'hello'", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1},
    {"exec 'code'", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1},
    {"x ==", "SyntaxError", "invalid syntax", 1, 5},
    {"x = (1, 2", "SyntaxError", "'(' was never closed", 1, 5},
    {"d = {'a': 1,\n 'b': 2\n", "SyntaxError", "'{' was never closed", 1, 5},
    {"s = '''abc\ndef\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
    {"[1, 2, 3", "SyntaxError", "'[' was never closed", 1, 1},
    {"foo(", "SyntaxError", "'(' was never closed", 1, 4},
    {"a.", "SyntaxError", "invalid syntax", 1, 3},
    {"a[", "SyntaxError", "'[' was never closed", 1, 2},
    {"not", "SyntaxError", "invalid syntax", 1, 4},
    {"@", "SyntaxError", "invalid syntax", 1, 2},
    {"x = 1\n    y = 2\n", "IndentationError", "unexpected indent", 2, 4},
    {"def f(a, b=1, c): pass", "SyntaxError", "non-default argument follows default argument", 1, 15},
    {"f(a=1, a=2)", "SyntaxError", "keyword argument repeated: a", 1, 8},
};

} // namespace

TEST_SUITE("parser") {

TEST_CASE("AST dumps match CPython's ast module") {
    for (const DumpCase& c : kDumpCases) {
        std::string source = c.source;
        CAPTURE(source);
        std::string actual;
        try {
            actual = dumpOf(c.source);
        } catch (const SourceError& error) {
            actual = "error: " + error.describe();
        }
        CHECK(actual == std::string(c.expected));
    }
}

TEST_CASE("syntax errors match CPython's type and message") {
    for (const ErrorCase& c : kErrorCases) {
        std::string source = c.source;
        CAPTURE(source);
        SourceError error = errorOf(c.source);
        CHECK(error.type == std::string(c.type));
        CHECK(error.message == std::string(c.message));
        if (c.line != 0) CHECK(error.line == c.line);
        if (c.col != 0) CHECK(error.col == c.col);
        CHECK(error.filename == "test.py");
    }
}

TEST_CASE("features Spindle refuses give clear errors") {
    CHECK(errorOf("x = 1j").message == "complex numbers (imaginary literals like '1j') are not supported");
    CHECK(errorOf("try:\n    pass\nexcept* E:\n    pass\n").message ==
          "'except*' (exception groups) is not supported");
    CHECK(errorOf("async def f(): pass").message == "'async' and 'await' are not supported");
    CHECK(errorOf("def f():\n    await x\n").message == "'async' and 'await' are not supported");
    CHECK(errorOf(std::string_view("x = 1\0", 6)).message == "source code cannot contain null bytes");
    CHECK(errorOf("x = '\xc3('").message.find("Non-UTF-8 code") == 0);
}

TEST_CASE("error details: line text, character columns, end positions") {
    SourceError error = errorOf("x = 1\ny = 'é' + €\n");
    CHECK(error.message == "invalid character '€' (U+20AC)");
    CHECK(error.line == 2);
    CHECK(error.col == 11); // characters, not bytes: 'é' is two bytes
    CHECK(error.lineText == "y = 'é' + €");
    SourceError call = errorOf("f() = 1");
    CHECK(call.col == 1);
    CHECK(call.endLine == 1);
    CHECK(call.endCol == 4);
    SourceError crlf = errorOf("x = 1\r\ny = (\r\n");
    CHECK(crlf.message == "'(' was never closed");
    CHECK(crlf.lineText == "y = (");
}

TEST_CASE("unclosed brackets explain later generic errors only") {
    CHECK(errorOf("foo(1, 2\nx = 3\n").message == "'(' was never closed");
    CHECK(errorOf("x = [1, 2\ny = 3\n").message == "'[' was never closed");
    CHECK(errorOf("def f(:\n    pass").message == "invalid syntax");
}

TEST_CASE("incomplete input is flagged for the REPL") {
    CHECK(errorOf("x = (1 +\n").incomplete);
    CHECK(errorOf("s = '''abc\n").incomplete);
    CHECK(errorOf("x = 1 + \\").incomplete);
    CHECK(errorOf("if x:\n").incomplete);
    CHECK(errorOf("@dec\n").incomplete);
    CHECK_FALSE(errorOf("x = 1 +\n").incomplete);
    CHECK_FALSE(errorOf("x = )").incomplete);
    CHECK_FALSE(errorOf("x = 'abc\n").incomplete);

    using ast::ParseMode;
    CHECK(errorOf("if x:\n    y\n", ParseMode::Interactive).incomplete);
    CHECK(errorOf("for i in x:\n", ParseMode::Interactive).incomplete);
    CHECK(errorOf("def f(\n", ParseMode::Interactive).incomplete);
    // A header nested in a block: the lexer's DEDENTs come before EOF.
    CHECK(errorOf("class A:\n    def f(self):\n", ParseMode::Interactive).incomplete);
    CHECK(errorOf("def f():\n    while True:\n", ParseMode::Interactive).incomplete);
    CHECK_FALSE(errorOf("class A:\n    def f(self):\nx = 1\n", ParseMode::Interactive).incomplete);
    CHECK_NOTHROW(parseInteractive("if x:\n    y\n\n", "<stdin>"));
    CHECK_NOTHROW(parseInteractive("x = 1\n", "<stdin>"));
    CHECK_FALSE(errorOf("x = = 1\n", ParseMode::Interactive).incomplete);
    CHECK(errorOf("x = 1\ny = 2\n", ParseMode::Interactive).message ==
          "multiple statements found while compiling a single statement");
}

TEST_CASE("interactive and eval modes") {
    ast::Module interactive = parseInteractive("x = 1; print(x)\n", "<stdin>");
    CHECK(interactive.mode == ast::ParseMode::Interactive);
    CHECK(ast::dumpAst(interactive) ==
          "(Interactive [(Assign [(Name x Store)] (Constant 1)) (Expr (Call (Name print) [(Name x)] []))])");
    CHECK(parseInteractive("\n", "<stdin>").body.empty());

    ast::Module eval = parseExpression("a + b * 2\n", "<string>");
    CHECK(eval.mode == ast::ParseMode::Eval);
    REQUIRE(eval.expression != nullptr);
    CHECK(ast::dumpAst(eval) == "(Expression (BinOp (Name a) Add (BinOp (Name b) Mult (Constant 2))))");
    CHECK(ast::dumpAst(parseExpression("1, *a", "<string>")) ==
          "(Expression (Tuple [(Constant 1) (Starred (Name a))]))");
    CHECK(errorOf("x = 1", ast::ParseMode::Eval).message == "invalid syntax");
}

TEST_CASE("literal values") {
    ast::Module m = parseModule("0x_FF\n9223372036854775807\n9223372036854775808\n0o777\n1_0.5e1\n'a' 'b'\nb'\\x00'\n",
                                "t.py");
    REQUIRE(m.body.size() == 7);
    auto constant = [&](size_t i) {
        return ast::cast<ast::Constant>(ast::cast<ast::ExprStmt>(m.body[i])->value);
    };
    CHECK(constant(0)->intFits);
    CHECK(constant(0)->intValue == 255);
    CHECK(constant(0)->sourceText == "0x_FF");
    CHECK(constant(0)->digits == "FF");
    CHECK(constant(0)->intBase == 16);
    CHECK(constant(1)->intValue == INT64_MAX);
    CHECK_FALSE(constant(2)->intFits);
    CHECK(constant(2)->digits == "9223372036854775808");
    CHECK(constant(3)->intValue == 511);
    CHECK(constant(4)->constKind == ast::ConstantKind::Float);
    CHECK(constant(4)->floatValue == 105.0);
    CHECK(constant(5)->strValue == "ab");
    CHECK(constant(6)->constKind == ast::ConstantKind::Bytes);
    CHECK(constant(6)->strValue == std::string("\0", 1));
}

TEST_CASE("node positions follow CPython") {
    ast::Module m = parseModule("x = foo(a,\n        b)\n@d\ndef f(): pass\n", "t.py");
    auto* assign = ast::cast<ast::Assign>(m.body[0]);
    CHECK(assign->line == 1);
    CHECK(assign->endLine == 2);
    auto* call = ast::cast<ast::Call>(assign->value);
    CHECK(call->col == 4);
    CHECK(call->endLine == 2);
    CHECK(call->endCol == 10);
    CHECK(call->args[1]->line == 2);
    CHECK(call->args[1]->col == 8);
    auto* def = ast::cast<ast::FunctionDef>(m.body[1]);
    CHECK(def->line == 4); // the `def` line, not the decorator's
    CHECK(m.lines.size() == 4);
    CHECK(m.lines[1] == "        b)");
    ast::Module fm = parseModule("s = f'ab{x}'\n", "t.py");
    auto* joined = ast::cast<ast::JoinedStr>(ast::cast<ast::Assign>(fm.body[0])->value);
    auto* field = ast::cast<ast::FormattedValue>(joined->values[1]);
    CHECK(field->value->line == 1);
    CHECK(field->value->col == 9); // the `x` inside the f-string
}

TEST_CASE("pathological nesting is a SyntaxError, never a crash") {
    CHECK(errorOf(std::string(300, '(') + "1" + std::string(300, ')')).message == "too many nested parentheses");
    CHECK(errorOf(std::string(300, '[')).message == "too many nested parentheses");
    CHECK(errorOf(std::string(5000, '-') + "1").message == "too many nested parentheses");
    CHECK(errorOf("x = " + std::string(5000, '~') + "1").message == "too many nested parentheses");
    std::string notChain;
    for (int i = 0; i < 3000; ++i) notChain += "not ";
    CHECK(errorOf(notChain + "x").message == "too many nested parentheses");
    std::string lambdas;
    for (int i = 0; i < 3000; ++i) lambdas += "lambda: ";
    CHECK(errorOf(lambdas + "0").message == "too many nested parentheses");
    std::string ifs = "x = 1";
    for (int i = 0; i < 3000; ++i) ifs += " if c else 1";
    CHECK(errorOf(ifs).message == "too many nested parentheses");
    // Long flat chains build tall trees without nesting: bounded by kMaxTreeDepth.
    std::string sum = "x = a";
    for (int i = 0; i < 100000; ++i) sum += " + a";
    CHECK(errorOf(sum).message.find("expression too deeply nested") == 0);
    std::string attrs = "a";
    for (int i = 0; i < 100000; ++i) attrs += ".b";
    CHECK(errorOf(attrs).message.find("expression too deeply nested") == 0);
    std::string calls = "f";
    for (int i = 0; i < 100000; ++i) calls += "()";
    CHECK(errorOf(calls).message.find("expression too deeply nested") == 0);
    // ... while moderately long ones parse.
    std::string ok = "x = a";
    for (int i = 0; i < 400; ++i) ok += " + a";
    CHECK_NOTHROW(parseModule(ok, "t.py"));
    // Block nesting is limited like CPython's tokenizer.
    std::string blocks;
    for (int i = 0; i < 120; ++i) blocks += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
    blocks += std::string(120, ' ') + "pass\n";
    CHECK(errorOf(blocks).message == "too many levels of indentation");
    // Deeply nested format specs.
    CHECK(errorOf("f'{x:{y:{z}}}'").message == "f-string: expressions nested too deeply");
}

TEST_CASE("a big generated file parses completely") {
    std::string source;
    for (int i = 0; i < 20000; ++i) {
        source += "def f" + std::to_string(i) + "(a, b=1, *c, **d):\n    if a < b:\n        return [x * 2 for x in c]\n"
                  "    return {'k': a, **d}\n";
    }
    ast::Module m = parseModule(source, "big.py");
    CHECK(m.body.size() == 20000);
    CHECK(ast::cast<ast::FunctionDef>(m.body.back())->name == "f19999");
}

} // TEST_SUITE
