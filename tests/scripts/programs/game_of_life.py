# Conway's Game of Life on a small torus, printed as text.
WIDTH, HEIGHT = 12, 8
def step(cells):
    new = set()
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % WIDTH, (y + dy) % HEIGHT)
                    counts[key] = counts.get(key, 0) + 1
    for key, n in counts.items():
        if n == 3 or (n == 2 and key in cells):
            new.add(key)
    return new
def render(cells):
    lines = []
    for y in range(HEIGHT):
        row = ""
        for x in range(WIDTH):
            row += "#" if (x, y) in cells else "."
        lines.append(row)
    return "\n".join(lines)
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(8, 4), (9, 4), (10, 4)}
cells = glider | blinker
for generation in range(5):
    print("generation", generation, "alive", len(cells))
    print(render(cells))
    cells = step(cells)
for _ in range(40):
    cells = step(cells)
print("after 45 generations:", len(cells), sorted(cells))
