# Breadth-first and depth-first search, shortest paths and topological sort on dict graphs.
graph = {
    "a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": [], "g": ["a"],
}
def bfs(start):
    order = [start]
    dist = {start: 0}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                order.append(nxt)
                queue.append(nxt)
    return order, dist
def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
def topo_sort():
    indegree = dict.fromkeys(graph, 0)
    for targets in graph.values():
        for t in targets:
            indegree[t] += 1
    ready = sorted(filter(lambda n: indegree[n] == 0, graph))
    out = []
    while ready:
        node = ready.pop(0)
        out.append(node)
        for t in graph[node]:
            indegree[t] -= 1
            if indegree[t] == 0:
                ready.append(t)
                ready.sort()
    return out
order, dist = bfs("a")
print(order, dist)
print(dfs("g"))
print(topo_sort())
grid = ["S..#....", ".#.#.##.", ".#...#..", ".####.#.", "......#E"]
def maze_distance():
    start = end = None
    for y, row in enumerate(grid):
        for x, ch in enumerate(row):
            if ch == "S":
                start = (x, y)
            elif ch == "E":
                end = (x, y)
    frontier = [start]
    dist = {start: 0}
    while frontier:
        x, y = frontier.pop(0)
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nx, ny = x + dx, y + dy
            if 0 <= ny < len(grid) and 0 <= nx < len(grid[0]) and grid[ny][nx] != "#" and (nx, ny) not in dist:
                dist[(nx, ny)] = dist[(x, y)] + 1
                frontier.append((nx, ny))
    return dist.get(end)
print("maze distance", maze_distance())
