# N-queens: count and show solutions with backtracking.
def solve(n):
    solutions = []
    cols = []
    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            ok = True
            for r, pc in enumerate(cols):
                if pc == c or abs(pc - c) == row - r:
                    ok = False
                    break
            if ok:
                cols.append(c)
                place(row + 1)
                cols.pop()
    place(0)
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(6)[0]
for c in first:
    print(". " * c + "Q " + ". " * (6 - c - 1))
