# Keyword arguments, keyword-only parameters and their errors.
def describe(name, age, city="nowhere"):
    return name + " " + str(age) + " " + city
print(describe("Ann", 30))
print(describe(age=5, name="Kid"))
print(describe("Al", city="Rome", age=40))
def kwonly(a, *, scale=1, offset=0):
    return a * scale + offset
print(kwonly(3), kwonly(3, scale=2), kwonly(3, offset=1, scale=10))
def required_kwonly(*, key):
    return key
print(required_kwonly(key="k"))
def check(thunk):
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
check(lambda: describe("x"))
check(lambda: describe("x", 1, "c", "extra"))
check(lambda: describe("x", 1, name="dup"))
check(lambda: describe("x", 1, zip="bad"))
check(lambda: kwonly(1, 2))
check(lambda: required_kwonly())
check(lambda: required_kwonly("pos"))
def no_args():
    return "none"
check(lambda: no_args(1))
print(no_args())
