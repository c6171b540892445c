# assert: passing, failing with and without a message; finally uncaught.
assert True
assert 1 + 1 == 2, "math works"
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("message:", e)
try:
    assert [], ["message", "can", "be", "any", "object"]
except AssertionError as e:
    print(e.args)
def checked_sqrt(x):
    assert x >= 0, "negative input: " + str(x)
    return x ** 0.5
print(checked_sqrt(16))
try:
    checked_sqrt(-4)
except AssertionError as e:
    print(e)
assert len("abc") == 4, "length mismatch"
print("not reached")
