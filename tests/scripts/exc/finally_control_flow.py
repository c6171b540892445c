# break / continue / return inside finally and through nested finally blocks.
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception discarded by break, i=" + str(i)
print(break_in_finally())
def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("discarded")
            seen.append(i)
        finally:
            continue
    return seen
print(continue_in_finally())
def deep_return():
    order = []
    try:
        try:
            try:
                return order
            finally:
                order.append("innermost")
        finally:
            order.append("middle")
    finally:
        order.append("outer")
print(deep_return())
def while_break():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("finally n =", n)
    return n
print(while_break())
def return_in_except_with_finally():
    try:
        raise TypeError("t")
    except TypeError:
        return "from except"
    finally:
        print("finally after except return")
print(return_in_except_with_finally())
def exception_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    exception_in_finally()
except KeyError as e:
    print("got", type(e).__name__, e, "context:", type(e.__context__).__name__, e.__context__)
