print("before")
class C:
    yield 1
