# finally always runs: after normal flow, exceptions, return, break, continue.
def normal():
    try:
        print("body")
    finally:
        print("finally after body")
normal()
def with_return():
    try:
        return "from try"
    finally:
        print("finally before return")
print(with_return())
def finally_overrides():
    try:
        return "try value"
    finally:
        return "finally value"
print(finally_overrides())
def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "finally return swallows the exception"
print(swallow())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("loop body", i)
    finally:
        print("loop finally", i)
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
def return_value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)
print(return_value_evaluated_first())
def counting():
    log = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise RuntimeError("one")
                log.append("ok" + str(i))
            finally:
                log.append("f" + str(i))
        except RuntimeError as e:
            log.append("caught " + str(e))
    return log
print(counting())
