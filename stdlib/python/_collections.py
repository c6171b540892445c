"""deque, defaultdict and the namedtuple field getter (frozen into Spindle).

The public names are re-exported by `collections`, and report it as their
module, as in CPython.
"""

_MAXSIZE = 9223372036854775807


def _index(value, what='integer'):
    """value as an int through __index__, as CPython's PyNumber_Index."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        if what == 'slice':
            raise TypeError('slice indices must be integers or have an __index__ method')
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return method(value)


def _same(a, b):
    """Container equality: identity first, then ==."""
    return a is b or a == b


class _ReprGuard:
    """Remembers which objects are being repr'd, to cut self-references."""

    def __init__(self):
        self._running = set()

    def enter(self, obj):
        key = id(obj)
        if key in self._running:
            return False
        self._running.add(key)
        return True

    def leave(self, obj):
        self._running.discard(id(obj))


_deque_repr = _ReprGuard()
_defaultdict_repr = _ReprGuard()


# ---- deque ------------------------------------------------------------------------

class _deque_iterator:
    """Iterator over a deque, front to back (or back to front), that fails if the
    deque changes size or shape while it runs."""
    __slots__ = ('_deque', '_state', '_pos', '_step', '_left')

    def __init__(self, d, reverse):
        self._deque = d
        self._state = d._state
        self._left = d._size
        self._step = -1 if reverse else 1
        self._pos = d._size - 1 if reverse else 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._left = 0
            raise RuntimeError('deque mutated during iteration')
        if self._left <= 0:
            raise StopIteration
        buf = d._buf
        item = buf[(d._head + self._pos) % len(buf)]
        self._pos += self._step
        self._left -= 1
        return item

    def __length_hint__(self):
        return self._left


class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints."""
    __slots__ = ('_buf', '_head', '_size', '_maxlen', '_state')
    __module__ = 'collections'

    # The items live in a ring buffer: _buf[_head] is the first of _size items,
    # wrapping around the end of _buf; _state changes on every structural change.

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._buf = [None] * 8
        self._head = 0
        self._size = 0
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError('deque() takes at most 2 arguments (%d given)' % len(args))
        for name in kwargs:
            if name not in ('iterable', 'maxlen'):
                raise TypeError("'%s' is an invalid keyword argument for deque()" % name)
        iterable = args[0] if args else kwargs.get('iterable', None)
        maxlen = args[1] if len(args) > 1 else kwargs.get('maxlen', None)
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            maxlen = int(maxlen)
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        if self._size:
            self.clear()
        if iterable is not None:
            self.extend(iterable)

    # -- internal helpers --

    def _items(self):
        """The items as a new list, front to back."""
        buf, head, size = self._buf, self._head, self._size
        end = head + size
        if end <= len(buf):
            return buf[head:end]
        return buf[head:] + buf[:end - len(buf)]

    def _reset(self, items):
        """Replace the contents with the list items."""
        capacity = 8
        while capacity < len(items):
            capacity *= 2
        self._buf = items + [None] * (capacity - len(items))
        self._head = 0
        self._size = len(items)
        self._state += 1

    def _grow(self):
        items = self._items()
        self._buf = items + [None] * len(items)
        self._head = 0

    def _position(self, index):
        """The buffer position of item number index (which may be negative)."""
        i = _index(index) if not isinstance(index, int) else index
        if i < 0:
            i += self._size
        if i < 0 or i >= self._size:
            raise IndexError('deque index out of range')
        return (self._head + i) % len(self._buf)

    # -- adding and removing at the ends --

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        if self._size == self._maxlen:
            if self._maxlen == 0:
                return
            self.popleft()
        if self._size == len(self._buf):
            self._grow()
        buf = self._buf
        buf[(self._head + self._size) % len(buf)] = x
        self._size += 1
        self._state += 1

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        if self._size == self._maxlen:
            if self._maxlen == 0:
                return
            self.pop()
        if self._size == len(self._buf):
            self._grow()
        self._head = (self._head - 1) % len(self._buf)
        self._buf[self._head] = x
        self._size += 1
        self._state += 1

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._size:
            raise IndexError('pop from an empty deque')
        buf = self._buf
        where = (self._head + self._size - 1) % len(buf)
        item = buf[where]
        buf[where] = None
        self._size -= 1
        self._state += 1
        return item

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._size:
            raise IndexError('pop from an empty deque')
        buf = self._buf
        item = buf[self._head]
        buf[self._head] = None
        self._head = (self._head + 1) % len(buf)
        self._size -= 1
        self._state += 1
        return item

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = self._items()
        for item in iterable:
            self.append(item)

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = self._items()
        for item in iterable:
            self.appendleft(item)

    # -- other operations --

    def clear(self):
        """Remove all elements from the deque."""
        self._buf = [None] * 8
        self._head = 0
        self._size = 0
        self._state += 1

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            new = deque((), self._maxlen)
            new._reset(self._items())
            return new
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value, /):
        """Return number of occurrences of value."""
        return len([item for item in self._items() if _same(item, value)])

    def index(self, value, start=0, stop=_MAXSIZE, /):
        """Return first index of value; ValueError if it is not present."""
        start, stop = _index(start, 'slice'), _index(stop, 'slice')
        size = self._size
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        items = self._items()
        for i in range(start, min(stop, size)):
            if _same(items[i], value):
                return i
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value, /):
        """Insert value before index."""
        index = _index(index)
        if self._maxlen is not None and self._size >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(index, value)
        self._reset(items)

    def remove(self, value, /):
        """Remove first occurrence of value."""
        items = self._items()
        for i in range(len(items)):
            if _same(items[i], value):
                del items[i]
                self._reset(items)
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._items()
        items.reverse()
        self._reset(items)

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right (default n=1).  If n is negative,
        rotates left."""
        n = _index(n)
        size = self._size
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        if size == len(self._buf):
            self._head = (self._head - n) % size
            self._state += 1
        else:
            items = self._items()
            self._reset(items[-n:] + items[:-n])

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    # -- the sequence protocol --

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size != 0

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        """D.__reversed__() -- return a reverse iterator over the deque"""
        return _deque_iterator(self, True)

    def __contains__(self, value):
        for item in self._items():
            if _same(item, value):
                return True
        return False

    def _check_index_type(self, index):
        if not isinstance(index, int) and getattr(type(index), '__index__', None) is None:
            raise TypeError('sequence index must be integer, not %r' % type(index).__name__)

    def __getitem__(self, index):
        self._check_index_type(index)
        return self._buf[self._position(index)]

    def __setitem__(self, index, value):
        self._check_index_type(index)
        self._buf[self._position(index)] = value

    def __delitem__(self, index):
        self._check_index_type(index)
        self._position(index)   # range check
        i = _index(index)
        if i < 0:
            i += self._size
        if i == 0:
            self.popleft()
        elif i == self._size - 1:
            self.pop()
        else:
            items = self._items()
            del items[i]
            self._reset(items)

    # -- comparisons and arithmetic --

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def _repeat_count(self, n):
        if not isinstance(n, int) and getattr(type(n), '__index__', None) is None:
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        return _index(n)

    def __mul__(self, n):
        n = self._repeat_count(n)
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = self._repeat_count(n)
        if n <= 0:
            self.clear()
        elif n > 1:
            items = self._items() * n
            if self._maxlen is not None and len(items) > self._maxlen:
                items = items[len(items) - self._maxlen:]
            self._reset(items)
        return self

    def __repr__(self):
        if not _deque_repr.enter(self):
            return '[...]'
        try:
            body = repr(self._items())
        finally:
            _deque_repr.leave(self)
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        args = () if self._maxlen is None else ((), self._maxlen)
        return type(self), args, state, iter(self._items())


# ---- defaultdict ---------------------------------------------------------------------

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    A missing key is added with default_factory() as its value; with no
    factory, a missing key raises KeyError."""
    __slots__ = ('default_factory',)
    __module__ = 'collections'

    def __init__(self, *args, **kwargs):
        factory = args[0] if args else None
        if factory is not None and not callable(factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = factory
        super().__init__(*args[1:], **kwargs)

    def __missing__(self, key):
        """__missing__(key) # Called by __getitem__ for missing key"""
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        name = type(self).__name__
        if not _defaultdict_repr.enter(self):
            return '%s(%s, {...})' % (name, self._factory_repr())
        try:
            return '%s(%s, %r)' % (name, self._factory_repr(), dict(self))
        finally:
            _defaultdict_repr.leave(self)

    def _factory_repr(self):
        factory = self.default_factory
        if factory is None:
            return 'None'
        if not _defaultdict_repr.enter(factory):
            return '...'
        try:
            return repr(factory)
        finally:
            _defaultdict_repr.leave(factory)

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(list(self.items()))

    @classmethod
    def fromkeys(cls, iterable, value=None, /):
        """Create a new dictionary with keys from iterable and values set to value."""
        new = cls()
        for key in iterable:
            new[key] = value
        return new

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---- the field getter of namedtuple classes ------------------------------------------------

class _tuplegetter:
    """Descriptor for one namedtuple field: reads item number index."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '_tuplegetter(%d, %r)' % (self._index, self.__doc__)

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)
