# Unbounded recursion raises RecursionError, uncaught here.
def down(n):
    return down(n + 1) + 1
print("starting")
down(0)
