# Uncaught KeyError shows the repr of the key.
table = {"a": 1}
print(table["a"])
print(table["missing key"])
