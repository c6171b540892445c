"""Higher-order functions and operations on callables (frozen into Spindle)."""

__all__ = [
    'update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
    'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial',
    'partialmethod', 'singledispatch', 'singledispatchmethod', 'cached_property',
]

from collections import namedtuple

_MISSING = object()


# ---- update_wrapper and wraps ------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in assigned,
    merge the dicts named in updated, and set wrapper.__wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: @wraps(f) applies it to the decorated
    function with f as wrapped."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---- reduce -------------------------------------------------------------------------

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Apply function of two arguments cumulatively to the items of iterable,
    from left to right, so as to reduce it to a single value."""
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if len(args) < 2 or len(args) > 3:
        if len(args) < 2:
            raise TypeError('reduce expected at least 2 arguments, got %d' % len(args))
        raise TypeError('reduce expected at most 3 arguments, got %d' % len(args))
    function, iterable = args[0], args[1]
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        value = args[2]
    else:
        value = next(it, _MISSING)
        if value is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    for element in it:
        value = function(value, element)
    return value


# ---- partial and partialmethod ---------------------------------------------------------

_repr_running = set()
_PARTIAL_FIELDS = {'_func', '_args', '_keywords'}


class partial:
    """New function with partial application of the given arguments and keywords."""

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A plain partial (no attributes of its own) is flattened into this one.
        if isinstance(func, partial) and type(func).__call__ is partial.__call__ \
                and set(vars(func)) <= _PARTIAL_FIELDS:
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = super().__new__(cls)
        self._func = func
        self._args = tuple(args)
        self._keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self._keywords, **keywords}
        return self._func(*self._args, *args, **keywords)

    def _readonly(self, value):
        raise AttributeError('readonly attribute')

    func = property(lambda self: self._func, _readonly, doc='function object to use in future partial calls')
    args = property(lambda self: self._args, _readonly, doc='tuple of arguments to future partial calls')
    keywords = property(lambda self: self._keywords, _readonly,
                        doc='dictionary of keyword arguments to future partial calls')
    del _readonly

    def __repr__(self):
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [repr(self._func)]
            parts.extend([repr(a) for a in self._args])
            parts.extend(['%s=%r' % (k, v) for k, v in self._keywords.items()])
            return '%s(%s)' % (name, ', '.join(parts))
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        extra = {k: v for k, v in vars(self).items() if k not in _PARTIAL_FIELDS}
        return type(self), (self._func,), (self._func, self._args, self._keywords or None, extra or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('invalid partial state')
        func, args, kwds, namespace = state
        if not callable(func) or not isinstance(args, tuple) or \
                (kwds is not None and not isinstance(kwds, dict)) or \
                (namespace is not None and not isinstance(namespace, dict)):
            raise TypeError('invalid partial state')
        if namespace:
            vars(self).update(namespace)
        self._func = func
        self._args = tuple(args)
        self._keywords = dict(kwds) if kwds else {}


def _is_descriptor(obj):
    return isinstance(obj, (staticmethod, classmethod, property)) or hasattr(type(obj), '__get__')


class partialmethod:
    """A method descriptor with partial application of the given arguments and
    keywords: partialmethod(f, 1) in a class body is bound like f."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not _is_descriptor(func):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend([repr(a) for a in self.args])
        parts.extend(['%s=%r' % (k, v) for k, v in self.keywords.items()])
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__, ', '.join(parts))

    def __get__(self, obj, cls=None):
        if isinstance(self.func, (staticmethod, classmethod)) or \
                getattr(type(self.func), '__get__', None) is not None:
            return partial(_bind(self.func, obj, cls), *self.args, **self.keywords)
        # A function (or another plain callable) is bound like a method.
        if obj is None:
            return self._unbound()
        return partial(self.func, obj, *self.args, **self.keywords)

    def _unbound(self):
        method = self

        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**method.keywords, **keywords}
            return method.func(cls_or_self, *method.args, *args, **keywords)
        _method.__partialmethod__ = self
        return _method


def _bind(descr, obj, cls):
    """What descr, found in a class, gives when read through obj (None: through
    the class cls), as the attribute lookup would bind it."""
    if isinstance(descr, staticmethod):
        return descr.__func__
    if isinstance(descr, classmethod):
        return partial(descr.__func__, cls if cls is not None else type(obj))
    getter = getattr(type(descr), '__get__', None)
    if getter is not None:
        return getter(descr, obj, cls)
    if isinstance(descr, _FunctionType) and obj is not None:
        return partial(descr, obj)
    return descr


_FunctionType = type(_bind)


# ---- cmp_to_key -------------------------------------------------------------------------

def cmp_to_key(mycmp):
    """Convert a cmp= function (negative, zero or positive) into a key= function."""

    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def _other(self, other):
            if not isinstance(other, K):
                raise TypeError('other argument must be K instance')
            return other.obj

        def __lt__(self, other):
            return mycmp(self.obj, self._other(other)) < 0

        def __gt__(self, other):
            return mycmp(self.obj, self._other(other)) > 0

        def __eq__(self, other):
            return mycmp(self.obj, self._other(other)) == 0

        def __le__(self, other):
            return mycmp(self.obj, self._other(other)) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, self._other(other)) >= 0

        __hash__ = None

    K.__name__ = K.__qualname__ = 'KeyWrapper'
    return K


# ---- total_ordering -------------------------------------------------------------------

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    return result if result is NotImplemented else (not result and self != other)


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    return result if result is NotImplemented else (result or self == other)


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    return result if result is NotImplemented else not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    return result if result is NotImplemented else (not result or self == other)


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    return result if result is NotImplemented else (result and self != other)


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    return result if result is NotImplemented else not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    return result if result is NotImplemented else (not result and self != other)


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    return result if result is NotImplemented else (result or self == other)


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    return result if result is NotImplemented else not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    return result if result is NotImplemented else (not result or self == other)


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    return result if result is NotImplemented else (result and self != other)


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    return result if result is NotImplemented else not result


_CONVERT = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in the missing rich comparisons from one of
    __lt__, __le__, __gt__ or __ge__ (and __eq__)."""
    roots = [op for op in _CONVERT if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # prefer __lt__, then __le__, __gt__, __ge__
    for opname, opfunc in _CONVERT[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


# ---- lru_cache and cache ------------------------------------------------------------------

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                        module='functools')

_KWD_MARK = object()   # separates positional from keyword arguments in a key
_FAST_TYPES = (int, str)


def _make_key(args, kwds, typed):
    """A hashable key for one call's arguments. A lone int or str argument is its
    own key (so, as in CPython, f(1) and f(1.0) are different entries)."""
    if not typed and not kwds and len(args) == 1 and type(args[0]) in _FAST_TYPES:
        return args[0]
    key = args
    if kwds:
        flat = [_KWD_MARK]
        for k, v in kwds.items():
            flat.append(k)
            flat.append(v)
        key = key + tuple(flat)
    if typed:
        key = key + tuple([type(v) for v in args])
        if kwds:
            key = key + tuple([type(v) for v in kwds.values()])
    return key


def _lru_cache_wrapper(user_function, maxsize, typed):
    """The caching function behind lru_cache: a plain function (so it binds as a
    method) with cache_info() and cache_clear() attached."""
    cache = {}
    stats = [0, 0]   # hits, misses

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, _MISSING)
            if result is not _MISSING:
                cache[key] = result   # most recently used now
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key not in cache:   # a recursive call may have stored it already
                if len(cache) >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

    def cache_info():
        """Report cache statistics."""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics."""
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator: @lru_cache, @lru_cache(maxsize) or
    @lru_cache(maxsize=None, typed=True). maxsize None means unbounded."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def cache(user_function, /):
    """Simple unbounded cache: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# ---- cached_property ----------------------------------------------------------------------

class cached_property:
    """A property computed once per instance, then stored in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            '(%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            namespace = instance.__dict__
        except AttributeError:
            msg = ("No '__dict__' attribute on %r instance to cache %r property."
                   % (type(instance).__name__, self.attrname))
            raise TypeError(msg) from None
        value = namespace.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            namespace[self.attrname] = value
        return value


# ---- singledispatch -----------------------------------------------------------------------

def _find_impl(cls, registry):
    """The implementation registered for the nearest class in cls's MRO."""
    for base in cls.__mro__:
        if base in registry:
            return registry[base]
    return registry[object]


def singledispatch(func):
    """Single-dispatch generic function decorator: the implementation is chosen by
    the type of the first argument, among those added with .register()."""
    registry = {object: func}
    dispatch_cache = {}

    def dispatch(cls):
        """The implementation for cls."""
        impl = dispatch_cache.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """register(cls, func) adds func for cls; also usable as @register(cls), or
        as @register with the class taken from the first parameter's annotation."""
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. %r is not a class.' % (cls,))
            ann = getattr(cls, '__annotations__', None)
            if not ann:
                raise TypeError(
                    'Invalid first argument to `register()`: %r. Use either '
                    '`@register(some_class)` or plain `@register` on an annotated function.' % (cls,))
            func = cls
            argname, cls = next(iter(ann.items()))
            if not isinstance(cls, type):
                raise TypeError('Invalid annotation for %r. %r is not a class.' % (argname, cls))
        registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the type of the
    first argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not _is_descriptor(func):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register method as the implementation for cls."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            method = dispatcher.dispatch(args[0].__class__)
            return _bind(method, obj, cls)(*args, **kwargs)

        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method
