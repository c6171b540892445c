# Assignment creates locals; reading globals; shadowing.
value = "global"
def reader():
    return value
def shadow():
    value = "local"
    return value
def broken():
    print(value)
    value = 1
print(reader(), shadow(), value)
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
for loop_var in range(3):
    pass
print(loop_var)
if True:
    block_var = "blocks do not scope"
print(block_var)
def loops():
    for i in range(2):
        inner = i * 10
    return i, inner
print(loops())
