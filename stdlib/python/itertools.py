"""Functions creating iterators for efficient looping (frozen into Spindle).

As in CPython, where this module is written in C, every iterator is an object
of its own class (`itertools.count`, `itertools.chain`, ...) with __iter__ and
__next__, and the reprs, argument checks and error messages are CPython's.
"""

import sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

# Marks "no value" where None is a legitimate value.
_MISSING = object()


# ---------------------------------------------------------------------------
# Argument handling with the messages of CPython's C argument parsers.

def _positional(name, args, kwargs, least, most):
    """Check a call that takes least..most positional arguments and no keywords."""
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)
    given = len(args)
    if given < least or given > most:
        bound = least if given < least else most
        qualifier = '' if least == most else ('at least ' if given < least else 'at most ')
        raise TypeError('%s expected %s%d argument%s, got %d'
                        % (name, qualifier, bound, '' if bound == 1 else 's', given))
    return list(args) + [_MISSING] * (most - given)


def _keywords(name, args, kwargs, names, required, most_positional=None):
    """Bind args/kwargs to `names` (the first `required` are mandatory).

    Absent optional arguments come back as _MISSING.
    """
    most = len(names)
    if most_positional is None:
        most_positional = most
    given = len(args) + len(kwargs)
    if given > most:
        raise TypeError('%s() takes at most %d %sargument%s (%d given)'
                        % (name, most, 'keyword ' if not args else '',
                           '' if most == 1 else 's', given))
    if len(args) > most_positional:
        raise TypeError('%s() takes %s %d positional argument%s (%d given)'
                        % (name, 'at most' if required < most_positional else 'exactly',
                           most_positional, '' if most_positional == 1 else 's', len(args)))
    values = list(args)
    for position in range(len(args), most):
        key = names[position]
        if key in kwargs:
            values.append(kwargs[key])
        elif position < required:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (name, key, position + 1))
        else:
            values.append(_MISSING)
    for key in kwargs:
        if key not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, name))
        if names.index(key) < len(args):
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (name, key, names.index(key) + 1))
    return values


def _index(value):
    """value as an int through __index__, or TypeError as CPython words it."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


def _ssize(value):
    """value as a C Py_ssize_t: an int that fits in a machine word."""
    value = _index(value)
    if value > sys.maxsize or value < -sys.maxsize - 1:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return value


def _is_number(value):
    """Whether value is a number for count(): CPython's PyNumber_Check."""
    kind = type(value)
    return isinstance(value, (int, float)) or any(
        [hasattr(kind, name) for name in ('__index__', '__int__', '__float__', '__complex__')])


def _iter_self(self):
    """__iter__ of every iterator here: an iterator is its own iterable."""
    return self


def _same(a, b):
    """a == b with the identity shortcut CPython's containers use."""
    return a is b or a == b


# ---------------------------------------------------------------------------
# Infinite iterators.

class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    __slots__ = ('_value', '_step')
    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        start, step = _keywords('count', args, kwargs, ('start', 'step'), 0)
        if start is _MISSING:
            start = 0
        if step is _MISSING:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        if isinstance(start, int) and isinstance(step, int) and step == 1:
            start, step = int(start), 1   # CPython counts in machine ints here
        self._value = start
        self._step = step

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        if isinstance(self._step, int) and self._step == 1:
            return '%s(%r)' % (name, self._value)
        return '%s(%r, %r)' % (name, self._value, self._step)


class cycle:
    """cycle(iterable) --> the elements of iterable, then the same again, forever."""

    __slots__ = ('_it', '_saved', '_index')
    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        iterable, = _positional('cycle', args, kwargs, 1, 1)
        self._it = iter(iterable)
        self._saved = []
        self._index = 0

    def __next__(self):
        if self._it is not None:
            item = next(self._it, _MISSING)
            if item is not _MISSING:
                self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat:
    """repeat(object [,times]) --> object, times times (or forever)."""

    __slots__ = ('_object', '_times')
    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        value, times = _keywords('repeat', args, kwargs, ('object', 'times'), 1)
        self._object = value
        self._times = None if times is _MISSING else max(_ssize(times), 0)

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times > 0:
            self._times -= 1
            return self._object
        raise StopIteration

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        name = type(self).__name__
        if self._times is None:
            return '%s(%r)' % (name, self._object)
        return '%s(%r, %d)' % (name, self._object, self._times)


# ---------------------------------------------------------------------------
# Iterators terminating on the shortest input sequence.

class accumulate:
    """accumulate(iterable, func=None, *, initial=None) --> running totals."""

    __slots__ = ('_it', '_func', '_total', '_initial')
    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        iterable, func, initial = _keywords('accumulate', args, kwargs,
                                            ('iterable', 'func', 'initial'), 1, 2)
        self._it = iter(iterable)
        self._func = None if func is _MISSING else func
        self._initial = None if initial is _MISSING else initial
        self._total = _MISSING

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        if self._total is _MISSING:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    """chain(*iterables) --> the elements of each iterable in turn."""

    __slots__ = ('_source', '_active')
    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('chain() takes no keyword arguments')
        self._source = iter(args)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable) --> chain over the iterables iterable yields."""
        self = object.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._source is None:
                    raise StopIteration
                iterable = next(self._source, _MISSING)
                if iterable is _MISSING:
                    self._source = None
                    raise StopIteration
                self._active = iter(iterable)
            item = next(self._active, _MISSING)
            if item is not _MISSING:
                return item
            self._active = None


class compress:
    """compress(data, selectors) --> the items of data whose selector is true."""

    __slots__ = ('_data', '_selectors')
    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        data, selectors = _keywords('compress', args, kwargs, ('data', 'selectors'), 2)
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __next__(self):
        while True:
            datum = next(self._data)
            if next(self._selectors):
                return datum


class dropwhile:
    """dropwhile(predicate, iterable) --> skip items while predicate holds, then all."""

    __slots__ = ('_predicate', '_it', '_dropping')
    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional('dropwhile', args, kwargs, 2, 2)
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping:
                return item
            if not self._predicate(item):
                self._dropping = False
                return item


class takewhile:
    """takewhile(predicate, iterable) --> items while predicate holds, then stop."""

    __slots__ = ('_predicate', '_it', '_stopped')
    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional('takewhile', args, kwargs, 2, 2)
        self._predicate = predicate
        self._it = iter(iterable)
        self._stopped = False

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._stopped = True
        raise StopIteration


class filterfalse:
    """filterfalse(function or None, iterable) --> the items for which function is false."""

    __slots__ = ('_function', '_it')
    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        function, iterable = _positional('filterfalse', args, kwargs, 2, 2)
        self._function = None if function is bool else function
        self._it = iter(iterable)

    def __next__(self):
        while True:
            item = next(self._it)
            verdict = item if self._function is None else self._function(item)
            if not verdict:
                return item


class groupby:
    """groupby(iterable, key=None) --> (key, group) pairs for runs of equal keys.

    The groups share the underlying iterator: advancing the groupby ends the
    group it returned before.
    """

    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_grouper')
    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        iterable, key = _keywords('groupby', args, kwargs, ('iterable', 'key'), 1)
        self._keyfunc = None if key is _MISSING else key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._grouper = None

    def _step(self):
        """Read the next value and its key (StopIteration at the end)."""
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._grouper = None
        # Skip what is left of the current group.
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING or not _same(self._tgtkey, self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey))


class _grouper:
    """One group of a groupby: valid until the groupby advances."""

    __slots__ = ('_parent', '_tgtkey')
    __iter__ = _iter_self

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey
        parent._grouper = self

    def __next__(self):
        parent = self._parent
        if parent._grouper is not self:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        if not _same(self._tgtkey, parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = parent._currkey = _MISSING
        return value


_STOP_MESSAGE = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_INDEX_MESSAGE = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'


def _islice_arg(value):
    """An islice() argument as an int, or -1 when it is not a usable integer."""
    try:
        return _ssize(value)
    except (TypeError, OverflowError):
        return -1


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]).

    The selected items of iterable, as seq[start:stop:step] would choose them,
    reading no further than needed.
    """

    __slots__ = ('_it', '_next', '_stop', '_step', '_count')
    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        iterable, first, second, third = _positional('islice', args, kwargs, 2, 4)
        start, stop, step = 0, -1, 1
        if len(args) == 2:
            if first is not None:
                stop = _islice_arg(first)
                if stop == -1:
                    raise ValueError(_STOP_MESSAGE)
        else:
            if first is not None:
                start = _islice_arg(first)
            if second is not None:
                stop = _islice_arg(second)
                if stop == -1:
                    raise ValueError(_STOP_MESSAGE)
        if start < 0 or stop < -1:
            raise ValueError(_INDEX_MESSAGE)
        if third is not _MISSING and third is not None:
            step = _islice_arg(third)
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._count < self._next:
            if next(it, _MISSING) is _MISSING:
                self._it = None
                raise StopIteration
            self._count += 1
        if stop != -1 and self._count >= stop:
            self._it = None
            raise StopIteration
        item = next(it, _MISSING)
        if item is _MISSING:
            self._it = None
            raise StopIteration
        self._count += 1
        self._next += self._step
        if stop != -1 and self._next > stop:
            self._next = stop
        return item


class pairwise:
    """pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ..."""

    __slots__ = ('_it', '_old')
    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        iterable, = _positional('pairwise', args, kwargs, 1, 1)
        self._it = iter(iterable)
        self._old = _MISSING

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._old is _MISSING:
            self._old = next(it, _MISSING)
            if self._old is _MISSING:
                self._it = None
                raise StopIteration
        new = next(it, _MISSING)
        if new is _MISSING:
            self._it = None
            self._old = _MISSING
            raise StopIteration
        result = (self._old, new)
        self._old = new
        return result


class starmap:
    """starmap(function, iterable) --> function(*args) for each args in iterable."""

    __slots__ = ('_function', '_it')
    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        function, iterable = _positional('starmap', args, kwargs, 2, 2)
        self._function = function
        self._it = iter(iterable)

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._function(*args)


class zip_longest:
    """zip_longest(*iterables, fillvalue=None) --> tuples until the longest is done."""

    __slots__ = ('_its', '_active', '_fillvalue')
    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs['fillvalue']
        self._its = [iter(iterable) for iterable in args]
        self._active = len(self._its)
        self._fillvalue = fillvalue

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for position in range(len(its)):
            it = its[position]
            if it is None:
                result.append(self._fillvalue)
                continue
            item = next(it, _MISSING)
            if item is _MISSING:
                self._active -= 1
                if self._active == 0:
                    raise StopIteration
                its[position] = None
                item = self._fillvalue
            result.append(item)
        return tuple(result)


# ---------------------------------------------------------------------------
# Combinatoric iterators.

class product:
    """product(*iterables, repeat=1) --> the Cartesian product, as nested loops would."""

    __slots__ = ('_pools', '_indices', '_result', '_stopped')
    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        repeat = 1
        for key in kwargs:
            if key != 'repeat':
                raise TypeError("'%s' is an invalid keyword argument for product()" % key)
            repeat = _ssize(kwargs[key])
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(iterable) for iterable in args] if repeat else []
        self._pools = pools * repeat
        self._indices = [0] * len(self._pools)
        self._result = None
        self._stopped = False

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        if self._result is None:
            for pool in pools:
                if not pool:
                    self._stopped = True
                    raise StopIteration
            self._result = [pool[0] for pool in pools]
            return tuple(self._result)
        indices, result = self._indices, self._result
        position = len(pools) - 1
        while position >= 0:          # the rightmost wheel turns fastest
            pool = pools[position]
            indices[position] += 1
            if indices[position] < len(pool):
                result[position] = pool[indices[position]]
                return tuple(result)
            indices[position] = 0
            result[position] = pool[0]
            position -= 1
        self._stopped = True
        raise StopIteration


class permutations:
    """permutations(iterable, r=None) --> successive r-length orderings of the items."""

    __slots__ = ('_pool', '_r', '_indices', '_cycles', '_started', '_stopped')
    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        iterable, r = _keywords('permutations', args, kwargs, ('iterable', 'r'), 1)
        pool = tuple(iterable)
        if r is _MISSING or r is None:
            r = len(pool)
        else:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            r = _ssize(r)
            if r < 0:
                raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = list(range(len(pool)))
        # _cycles[i] counts the choices left for position i before it resets.
        self._cycles = list(range(len(pool), len(pool) - r, -1))
        self._started = False
        self._stopped = r > len(pool)

    def _current(self):
        pool = self._pool
        return tuple([pool[i] for i in self._indices[:self._r]])

    def __next__(self):
        if self._stopped:
            raise StopIteration
        if not self._started:
            self._started = True
            return self._current()
        n, indices, cycles = len(self._pool), self._indices, self._cycles
        for i in range(self._r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                # Position i has seen every remaining item: rotate it to the end.
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = n - cycles[i]
                indices[i], indices[j] = indices[j], indices[i]
                return self._current()
        self._stopped = True
        raise StopIteration


def _combination_size(name, args, kwargs):
    iterable, r = _keywords(name, args, kwargs, ('iterable', 'r'), 2)
    pool = tuple(iterable)
    r = _ssize(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return pool, r


class combinations:
    """combinations(iterable, r) --> r-length subsequences, in the items' order."""

    __slots__ = ('_pool', '_indices', '_started', '_stopped')
    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        self._pool, r = _combination_size('combinations', args, kwargs)
        self._indices = list(range(r))
        self._started = False
        self._stopped = r > len(self._pool)

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, indices = self._pool, self._indices
        if self._started:
            r, n = len(indices), len(pool)
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:   # already as far right as it goes
                i -= 1
            if i < 0:
                self._stopped = True
                raise StopIteration
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
        self._started = True
        return tuple([pool[i] for i in indices])


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r) --> r-length subsequences, items repeatable."""

    __slots__ = ('_pool', '_indices', '_started', '_stopped')
    __iter__ = _iter_self

    def __init__(self, *args, **kwargs):
        self._pool, r = _combination_size('combinations_with_replacement', args, kwargs)
        self._indices = [0] * r
        self._started = False
        self._stopped = not self._pool and r > 0

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, indices = self._pool, self._indices
        if self._started:
            last = len(pool) - 1
            i = len(indices) - 1
            while i >= 0 and indices[i] == last:
                i -= 1
            if i < 0:
                self._stopped = True
                raise StopIteration
            indices[i:] = [indices[i] + 1] * (len(indices) - i)
        self._started = True
        return tuple([pool[i] for i in indices])


# ---------------------------------------------------------------------------
# tee

class _TeeLink:
    """A cell of the list of items read from a tee's source, shared by the copies."""

    __slots__ = ('value', 'next')

    def __init__(self, value=None):
        self.value = value
        self.next = None


class _TeeSource:
    __slots__ = ('it',)

    def __init__(self, it):
        self.it = it


class _tee:
    """One of the independent iterators tee() returns."""

    __slots__ = ('_source', '_link')
    __iter__ = _iter_self

    def __new__(cls, *args, **kwargs):
        iterable, = _positional('_tee', args, kwargs, 1, 1)
        it = iter(iterable)
        if isinstance(it, _tee):
            return it.__copy__()
        self = object.__new__(cls)
        self._source = _TeeSource(it)
        self._link = _TeeLink()
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source.it)
            if link.next is None:
                link.next = _TeeLink(value)
        self._link = link.next
        return self._link.value

    def __copy__(self):
        twin = object.__new__(type(self))
        twin._source = self._source
        twin._link = self._link
        return twin


def tee(*args, **kwargs):
    """tee(iterable, n=2) --> a tuple of n independent iterators over iterable."""
    if kwargs:
        raise TypeError('itertools.tee() takes no keyword arguments')
    iterable, n = _positional('tee', args, kwargs, 1, 2)
    n = 2 if n is _MISSING else _ssize(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    first = it if hasattr(it, '__copy__') else _tee(it)
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])
