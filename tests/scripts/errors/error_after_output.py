# Output printed before an error is kept in full (stdout is flushed at exit).
for i in range(50):
    print("line", i, "x" * i)
print("last good line", end="")
raise KeyError("after output")
