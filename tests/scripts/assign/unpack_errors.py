# Wrong numbers of values to unpack; the last one is uncaught.
def attempt(label, thunk):
    try:
        thunk()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)

def two_from_three():
    a, b = [1, 2, 3]

def three_from_two():
    a, b, c = (1, 2)

def from_int():
    a, b = 5

def starred_short():
    a, b, *c = [1]

attempt("two_from_three", two_from_three)
attempt("three_from_two", three_from_two)
attempt("from_int", from_int)
attempt("starred_short", starred_short)
a, b = "xyz"
print("not reached")
