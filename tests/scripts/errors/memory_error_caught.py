# Asking for more memory than the machine has raises MemoryError, which a
# script can catch and go on.
def attempt(label, make):
    try:
        make()
        print(label, "succeeded")
    except MemoryError as e:
        print(label, "MemoryError", repr(e))

attempt("format width", lambda: format("x", ">10000000000000"))
attempt("str repeat", lambda: "x" * 10**13)
attempt("list repeat", lambda: [0] * 10**13)
attempt("f-string width", lambda: f"{1:10000000000000}")
print("still running", sum(range(10)))
