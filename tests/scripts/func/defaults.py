# Default argument values: evaluated once, at definition time.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), snapshot(5))
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2))
def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_safe(1), append_safe(2))
def many(a, b=2, c=3, d=4):
    return (a, b, c, d)
print(many(1), many(1, 9), many(1, d=0), many(d=1, a=0, c=5))
