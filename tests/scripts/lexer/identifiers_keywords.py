# Identifiers (including Unicode) and soft keywords used as names.
_private = 1
__dunder_like = 2
camelCase = 3
with_digits123 = 4
café = "unicode identifier"
π = 3.14
match = "match is a soft keyword"
case = "so is case"
_ = "underscore"
type_ = "shadow-free"
print(_private, __dunder_like, camelCase, with_digits123)
print(café, π, match, case, _, type_)
print(True, False, None)
print(True + True, False * 3)
print(None is None, True is not False)
Ω = 10
print(Ω * 2)
