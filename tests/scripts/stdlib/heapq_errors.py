# heapq error cases: empty heaps, non-list heaps, incomparable items, bad n.
import heapq


def attempt(label, call):
    try:
        print(label, 'ok', call())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('pop empty', lambda: heapq.heappop([]))
attempt('replace empty', lambda: heapq.heapreplace([], 1))
attempt('pushpop empty', lambda: heapq.heappushpop([], 1))
attempt('push int', lambda: heapq.heappush(1, 2))
attempt('pop tuple', lambda: heapq.heappop(()))
attempt('heapify int', lambda: heapq.heapify(5))
attempt('heapify tuple', lambda: heapq.heapify((3, 1)))
attempt('replace int', lambda: heapq.heapreplace(5, 1))
attempt('pushpop int', lambda: heapq.heappushpop(5, 1))
attempt('push str', lambda: heapq.heappush([1], 'a'))
attempt('heapify mixed', lambda: heapq.heapify([1, 'a', 2]))
attempt('nlargest missing', lambda: heapq.nlargest(2))
attempt('nlargest str n', lambda: heapq.nlargest('a', [1]))
attempt('nsmallest float n', lambda: heapq.nsmallest(1.5, [1, 2, 3]))
attempt('nsmallest int', lambda: heapq.nsmallest(2, 5))
attempt('nsmallest kw', lambda: heapq.nsmallest(2, [1], keys=None))
attempt('nsmallest zero int', lambda: heapq.nsmallest(0, 5))
attempt('nsmallest None', lambda: heapq.nsmallest(None, [1]))
attempt('nlargest mixed', lambda: heapq.nlargest(2, [1, 'a', 3]))
attempt('merge kw', lambda: heapq.merge([1], [2], foo=1))
attempt('merge int', lambda: list(heapq.merge([1], 5)))
attempt('merge mixed', lambda: list(heapq.merge([1, 2], ['a'])))
heap = [1, 2, 3]
attempt('pop until empty', lambda: [heapq.heappop(heap) for _ in range(4)])
print(heap)
