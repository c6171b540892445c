# String concat, split, join, replace, slicing; prints a checksum.
def run():
    checksum = 0
    words = "the quick brown fox jumps over the lazy dog".split()
    for round_ in range(300000):
        parts = []
        for i in range(30):
            parts.append(words[(i + round_) % len(words)])
        line = " ".join(parts)
        line = line.replace("the", "THE").replace("o", "0")
        pieces = line.split(" ")
        checksum += len(pieces) + len(line)
        s = ""
        for p in pieces[:10]:
            s += p[1:] + p[:1]
        checksum += s.count("0") + s.find("THE") + len(s[::2])
        checksum += len(line.upper().strip()) + line.startswith("THE")
    return checksum

print(run())
