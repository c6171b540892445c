# Uncaught exceptions with several args print the args tuple.
try:
    raise ValueError("x", 2)
except ValueError as e:
    print(e)
raise RuntimeError("code", 7)
