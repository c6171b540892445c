# Pretty-printing nested data (a small JSON-like serializer) with recursion.
def dump(value, indent=0):
    pad = "  " * indent
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        out = '"'
        for ch in value:
            if ch == '"':
                out += '\\"'
            elif ch == "\n":
                out += "\\n"
            else:
                out += ch
        return out + '"'
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = []
        for item in value:
            inner.append(pad + "  " + dump(item, indent + 1))
        return "[\n" + ",\n".join(inner) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = []
        for key in value:
            inner.append(pad + "  " + dump(str(key)) + ": " + dump(value[key], indent + 1))
        return "{\n" + ",\n".join(inner) + "\n" + pad + "}"
    raise TypeError("cannot serialize " + type(value).__name__)
doc = {"name": "spindle", "version": [0, 1, 0], "fast": True, "gil": None,
       "ratio": 1.5, "notes": "line one\nsays \"hi\"", "nested": {"empty": [], "deep": [{"x": 1}, ()]}}
print(dump(doc))
try:
    dump({"bad": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
