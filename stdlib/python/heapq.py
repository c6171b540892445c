"""Heap queue algorithm (a min-heap in a plain list), frozen into Spindle.

A heap is a list with heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for
every k, so heap[0] is its smallest item. The functions move items exactly as
CPython's do, so a heap's list looks the same after the same operations.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _not_list(heap, name, numbered=True):
    """The TypeError for a heap argument that is not a list."""
    return TypeError('%s() argument%s must be list, not %s'
                     % (name, ' 1' if numbered else '', type(heap).__name__))


# ---------------------------------------------------------------------------
# Sifting. "down" moves an item toward the root (it sinks down the list of
# ancestors); "up" moves the smaller child up from pos until a leaf, then
# places the item there and sifts it back down.

def _siftdown(heap, startpos, pos):
    """Move heap[pos] toward startpos while it is smaller than its parent."""
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not item < parent:
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = item


def _siftup(heap, pos):
    """Restore the heap below pos after heap[pos] was replaced."""
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    """_siftdown for a max-heap."""
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not parent < item:
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = item


def _siftup_max(heap, pos):
    """_siftup for a max-heap."""
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, startpos, pos)


# ---------------------------------------------------------------------------
# The public heap operations.

def heappush(heap, item, /):
    """Push item onto heap, keeping the heap invariant."""
    if not isinstance(heap, list):
        raise _not_list(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop and return the smallest item of heap, keeping the heap invariant."""
    if not isinstance(heap, list):
        raise _not_list(heap, 'heappop', False)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _siftup(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then push item (the heap stays the same size).

    The returned value may be larger than item.
    """
    if not isinstance(heap, list):
        raise _not_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item, faster than doing both."""
    if not isinstance(heap, list):
        raise _not_list(heap, 'heappushpop')
    if not heap or not heap[0] < item:
        return item
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heapify(heap, /):
    """Turn a list into a heap, in place, in linear time."""
    if not isinstance(heap, list):
        raise _not_list(heap, 'heapify', False)
    # Each parent, from the last one back to the root, sinks into the heap
    # its children already form.
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _siftup(heap, pos)


def _heapify_max(heap, /):
    """Turn a list into a max-heap, in place."""
    if not isinstance(heap, list):
        raise _not_list(heap, '_heapify_max', False)
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _siftup_max(heap, pos)


def _heappop_max(heap, /):
    """Pop the largest item of a max-heap."""
    if not isinstance(heap, list):
        raise _not_list(heap, '_heappop_max', False)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _siftup_max(heap, 0)
    return largest


def _heapreplace_max(heap, item, /):
    """Pop the largest item of a max-heap, then push item."""
    if not isinstance(heap, list):
        raise _not_list(heap, '_heapreplace_max')
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


# ---------------------------------------------------------------------------
# merge

_DONE = object()


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator, lazily.

    Equal items come out in the order of their iterables. With reverse=True
    the inputs must be sorted from largest to smallest.
    """
    # Each heap entry is a list [sort key, tie-breaker, value, iterator]; the
    # tie-breaker (the iterable's position, negated for reverse) keeps equal
    # items in the order of their iterables and stops comparisons there.
    heap = []
    direction = -1 if reverse else 1
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        value = next(it, _DONE)
        if value is not _DONE:
            heap.append([value if key is None else key(value), order * direction, value, it])
    if reverse:
        _heapify_max(heap)
        pop, replace = _heappop_max, _heapreplace_max
    else:
        heapify(heap)
        pop, replace = heappop, heapreplace
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        value = next(entry[3], _DONE)
        if value is _DONE:
            pop(heap)
        else:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(heap, entry)
    if heap:
        # One iterable left: its items need no more comparing (or keys).
        entry = heap[0]
        yield entry[2]
        yield from entry[3]


# ---------------------------------------------------------------------------
# nsmallest and nlargest

def _size(iterable):
    try:
        return len(iterable)
    except (TypeError, AttributeError):
        return None


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable: sorted(iterable, key=key)[:n]."""
    if n == 1:
        missing = object()
        best = min(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    size = _size(iterable)
    if size is not None and n >= size:
        return sorted(iterable, key=key)[:n]
    # Keep the n smallest seen so far in a max-heap of (key, arrival, item):
    # a newcomer replaces the largest only if it is strictly smaller, so among
    # equal items the earlier ones stay, as a stable sort would keep them.
    it = iter(iterable)
    if key is None:
        kept = [(item, order) for order, item in zip(range(n), it)]
        if not kept:
            return kept
        _heapify_max(kept)
        top = kept[0][0]
        order = n
        for item in it:
            if item < top:
                _heapreplace_max(kept, (item, order))
                top = kept[0][0]
                order += 1
        kept.sort()
        return [entry[0] for entry in kept]
    kept = [(key(item), order, item) for order, item in zip(range(n), it)]
    if not kept:
        return kept
    _heapify_max(kept)
    top = kept[0][0]
    order = n
    for item in it:
        k = key(item)
        if k < top:
            _heapreplace_max(kept, (k, order, item))
            top = kept[0][0]
            order += 1
    kept.sort()
    return [entry[2] for entry in kept]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable: sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        missing = object()
        best = max(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    size = _size(iterable)
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=True)[:n]
    # Keep the n largest seen so far in a min-heap; arrival numbers count down
    # so that among equal items the earlier ones rank larger and stay.
    it = iter(iterable)
    if key is None:
        kept = [(item, order) for order, item in zip(range(0, -n, -1), it)]
        if not kept:
            return kept
        heapify(kept)
        top = kept[0][0]
        order = -n
        for item in it:
            if top < item:
                heapreplace(kept, (item, order))
                top = kept[0][0]
                order -= 1
        kept.sort(reverse=True)
        return [entry[0] for entry in kept]
    kept = [(key(item), order, item) for order, item in zip(range(0, -n, -1), it)]
    if not kept:
        return kept
    heapify(kept)
    top = kept[0][0]
    order = -n
    for item in it:
        k = key(item)
        if top < k:
            heapreplace(kept, (k, order, item))
            top = kept[0][0]
            order -= 1
    kept.sort(reverse=True)
    return [entry[2] for entry in kept]
