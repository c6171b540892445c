"""Generic (shallow and deep) copying operations (frozen into Spindle).

copy(x) returns a shallow copy of x, deepcopy(x) a deep one. Classes control
copying with __copy__(self) and __deepcopy__(self, memo), or with the pickle
protocol: __reduce_ex__/__reduce__, __getnewargs__, __getstate__ and
__setstate__. Without those, an instance is rebuilt with cls.__new__(cls) and
its __dict__ and __slots__ values are copied over.
"""

import builtins as _builtins

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error   # backward compatibility


def _optional_types(*names):
    """The builtin types among names that this interpreter has."""
    return [t for t in [getattr(_builtins, name, None) for name in names] if t is not None]


def _function():
    pass


class _Probe:
    def method(self):
        pass


_FunctionType = type(_function)
_BuiltinFunctionType = type(len)
_CodeType = type(_function.__code__)
_MethodType = type(_Probe().method)

_ATOMIC = [type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str,
           bytes, type, range, property, _BuiltinFunctionType, _FunctionType]
_ATOMIC.extend(_optional_types('complex'))


# ---- shallow copies --------------------------------------------------------------------

def _copy_immutable(x):
    return x


_copy_dispatch = {}
for _t in _ATOMIC + [tuple, frozenset, slice]:
    _copy_dispatch[_t] = _copy_immutable
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy
for _t in _optional_types('bytearray'):
    _copy_dispatch[_t] = _t.copy
del _t


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


# ---- deep copies --------------------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    memo maps id(original) to its copy; objects already copied are shared, so
    cycles are preserved."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # Objects copied to themselves (atomic ones) are not memoized.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple that contains itself through a list was copied meanwhile.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    # A bound method of the copied object, found again by name.
    return getattr(deepcopy(x.__self__, memo), x.__func__.__name__)


_deepcopy_dispatch = {}
for _t in _ATOMIC + [_CodeType]:
    _deepcopy_dispatch[_t] = _deepcopy_atomic
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[_MethodType] = _deepcopy_method
del _t


def _keep_alive(x, memo):
    """Keep a reference to x in the memo, so that its id is not reused while the
    memo is alive (as CPython's copy does)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ---- the reduce protocol ----------------------------------------------------------------

def _newobj(cls, *args):
    """Create an instance without calling __init__ (copyreg.__newobj__)."""
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    """copyreg.__newobj_ex__."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """Names of the __slots__ of cls and its bases, mangled as CPython does."""
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _default_state(x, cls):
    """What object.__getstate__() returns: the instance dict (None when empty),
    paired with a dict of the set __slots__ values when the class has slots."""
    slotnames = _slotnames(cls)
    state = getattr(x, '__dict__', None)
    if state is not None and slotnames:
        state = {k: v for k, v in state.items() if k not in slotnames}
    if not state:
        state = None
    if slotnames:
        slots = {}
        for name in slotnames:
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _reduce(x, cls):
    """x's reduce value: from its class's __reduce_ex__ or __reduce__ when it
    defines one, else what object.__reduce_ex__(4) would return."""
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None:
        return x.__reduce_ex__(4)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None:
        return x.__reduce__()
    return _default_reduce(x, cls)


def _default_reduce(x, cls):
    getstate = getattr(cls, '__getstate__', None)
    if isinstance(x, BaseException):
        state = getstate(x) if getstate is not None else (getattr(x, '__dict__', None) or None)
        return (cls, x.args) if state is None else (cls, x.args, state)
    if cls.__module__ == 'builtins' and cls not in (object, set, frozenset, slice):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    state = getstate(x) if getstate is not None else _default_state(x, cls)
    if isinstance(x, (set, frozenset)):
        if cls is set or cls is frozenset:
            state = None
        return cls, (list(x),), state
    if isinstance(x, slice):
        return cls, (x.start, x.stop, x.step)
    newargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if newargs_ex is not None:
        args, kwargs = x.__getnewargs_ex__()
        if kwargs:
            return _newobj_ex, (cls, tuple(args), kwargs), state, None, None
        args = tuple(args)
    elif getattr(cls, '__getnewargs__', None) is not None:
        args = tuple(x.__getnewargs__())
    elif isinstance(x, tuple):
        args = (tuple(x),)
    else:
        args = ()
    listitems = iter(list(x)) if isinstance(x, list) else None
    dictitems = iter(list(dict.items(x))) if isinstance(x, dict) else None
    return _newobj, (cls,) + args, state, listitems, dictitems


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    """Build the copy from a reduce value (deep when memo is not None)."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
