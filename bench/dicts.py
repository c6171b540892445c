# Dict insert / lookup / delete with int and str keys; prints a checksum.
def run():
    checksum = 0
    for round_ in range(80):
        table = {}
        for i in range(50000):
            table[i * 7 + round_] = i
        hits = 0
        for i in range(0, 350000, 3):
            if i in table:
                hits += table[i]
        for i in range(0, 50000, 2):
            del table[i * 7 + round_]
        names = {}
        for i in range(20000):
            key = "k" + str(i % 5000)
            names[key] = names.get(key, 0) + i
        checksum += hits + len(table) + names["k42"] + len(names)
    return checksum

print(run())
