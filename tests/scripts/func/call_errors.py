# Errors at call time; the last one is uncaught.
def f(a, b):
    return a + b
number, text, nothing = 5, "str", None
for thunk in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: number(),
              lambda: text(), lambda: nothing()]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
f(1, 2, 3)
