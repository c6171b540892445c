# Matrices as nested lists: multiply, transpose, determinant, identity powers.
def mat_mul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    out = []
    for i in range(rows):
        row = []
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            row.append(s)
        out.append(row)
    return out
def transpose(m):
    return list(map(list, zip(*m)))
def determinant(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for col in range(len(m)):
        minor = []
        for row in m[1:]:
            minor.append(row[:col] + row[col + 1:])
        total += (-1) ** col * m[0][col] * determinant(minor)
    return total
def mat_pow(m, n):
    size = len(m)
    result = []
    for i in range(size):
        result.append([0] * size)
        result[i][i] = 1
    while n:
        if n & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        n >>= 1
    return result
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(mat_mul(a, b))
print(transpose(a))
print(determinant([[2, -3, 1], [2, 0, -1], [1, 4, 5]]), determinant([[1, 2], [3, 4]]))
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])
for row in mat_mul(b, a):
    print(" ".join(map(lambda v: str(v).rjust(4), row)))
