# with: several items, exceptions passed to __exit__, suppression by a true return.
class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress


with Res("a") as a, Res("b") as b:
    print("body", a, b)

with Res("s", suppress=True):
    raise ValueError("hidden")
print("after suppressed")

try:
    with Res("outer"), Res("inner"):
        raise KeyError("k")
except KeyError as err:
    print("propagated", err)


def early():
    with Res("ret"):
        return "returned"


print(early())
for i in range(3):
    with Res(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (AttributeError, TypeError) as err:
    print(type(err).__name__, err)
