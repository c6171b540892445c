# raise SystemExit(0) exits successfully even mid-program.
print("start")
def stop():
    raise SystemExit(0)
for i in range(5):
    print(i)
    if i == 2:
        stop()
print("not reached")
