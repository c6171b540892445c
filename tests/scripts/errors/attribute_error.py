# AttributeError on builtin objects; uncaught at the end.
for obj, name in [(1, "upper"), ("s", "push"), ([], "add")]:
    try:
        if name == "upper":
            obj.upper()
        elif name == "push":
            obj.push(1)
        else:
            obj.add(1)
    except AttributeError as e:
        print(type(e).__name__, e)
None.something
