# try statements inside loops: continue and break from handlers, retries.
attempts = {"count": 0}
def flaky():
    attempts["count"] += 1
    if attempts["count"] < 3:
        raise ConnectionError("try again")
    return "connected after " + str(attempts["count"])
for _ in range(5):
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print("failed:", e)
        continue
    finally:
        print("attempt done")
results = []
for token in ["1", "x", "3", "", "5"]:
    try:
        if not token:
            break
        results.append(int(token))
    except ValueError:
        results.append(None)
        continue
    else:
        results.append("ok")
print(results)
i = 0
while True:
    try:
        i += 1
        if i == 4:
            raise StopIteration("stop")
    except StopIteration as e:
        print("stopping at", i, e)
        break
