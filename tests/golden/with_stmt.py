with open("f") as fh:
    data = fh.read()

def nested(a, b):
    with a as x, b:
        return x

def no_target(lock):
    with lock:
        pass
    return 1
