# An uncaught exception deep in calls: partial output, traceback, exit 1.
def parse(items):
    out = []
    for item in items:
        out.append(int(item))
        print("parsed", item)
    return out
def main():
    print(parse(["1", "2"]))
    print(parse(["3", "four", "5"]))
main()
