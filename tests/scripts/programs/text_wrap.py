# Greedy word wrapping and justification of a paragraph.
text = ("Spindle runs a subset of Python with real threads under a fair interpreter lock. "
        "Every script it runs must print exactly what CPython prints, so the tests compare "
        "outputs line by line against the reference implementation.")
def wrap(words, width):
    lines = []
    current = []
    length = 0
    for word in words:
        if current and length + 1 + len(word) > width:
            lines.append(current)
            current, length = [word], len(word)
        else:
            length += len(word) + (1 if current else 0)
            current.append(word)
    if current:
        lines.append(current)
    return lines
def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(map(len, line))
    out = ""
    for i, word in enumerate(line[:-1]):
        out += word + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + line[-1]
for width in (30, 45):
    print("width", width)
    lines = wrap(text.split(), width)
    for line in lines[:-1]:
        print("|" + justify(line, width) + "|")
    print("|" + " ".join(lines[-1]).ljust(width) + "|")
    print("|" + " ".join(lines[0]).center(width, "~") + "|")
