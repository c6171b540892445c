"""Container datatypes (frozen into Spindle): deque, defaultdict, OrderedDict,
Counter, namedtuple and ChainMap.

collections.abc and the UserDict/UserList/UserString wrappers are not provided.
"""

import sys as _sys
from _collections import deque, defaultdict, _tuplegetter, _ReprGuard
from _collections_abc import KeysView, ItemsView, ValuesView

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']

_MISSING = object()


def _is_mapping(obj):
    """Whether obj counts as a collections.abc.Mapping here."""
    return isinstance(obj, (dict, ChainMap))


def _update_mapping(self, other, kwds):
    """MutableMapping.update: from a mapping (or anything with keys()), or from
    an iterable of pairs, then from kwds; always through self[key] = value."""
    if _is_mapping(other) or hasattr(other, 'keys'):
        for key in list(other.keys()):
            self[key] = other[key]
    else:
        for key, value in other:
            self[key] = value
    for key, value in kwds.items():
        self[key] = value


# The views of an OrderedDict iterate with dict's own (checked) iterators and show
# their items in their repr.

class _odict_iterator:
    """Wraps a dict iterator over an OrderedDict, to report changes during the
    iteration with OrderedDict's message."""
    __slots__ = ('_it',)

    def __init__(self, it):
        self._it = it

    def __iter__(self):
        return self

    def __next__(self):
        try:
            return next(self._it)
        except RuntimeError:
            raise RuntimeError('OrderedDict mutated during iteration') from None


class odict_keys(KeysView):
    __slots__ = ()

    def __iter__(self):
        return _odict_iterator(iter(dict.keys(self._mapping)))

    def __reversed__(self):
        return reversed(list(dict.keys(self._mapping)))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))


class odict_items(ItemsView):
    __slots__ = ()

    def __iter__(self):
        return _odict_iterator(iter(dict.items(self._mapping)))

    def __reversed__(self):
        return reversed(list(dict.items(self._mapping)))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))


class odict_values(ValuesView):
    __slots__ = ()

    def __iter__(self):
        return _odict_iterator(iter(dict.values(self._mapping)))

    def __reversed__(self):
        return reversed(list(dict.values(self._mapping)))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))


# ---- OrderedDict ---------------------------------------------------------------------

_odict_repr = _ReprGuard()


def _odict_update(self, other, kwds):
    """OrderedDict's update: as MutableMapping.update, with the C version's
    messages for pairs of the wrong shape."""
    if _is_mapping(other) or hasattr(other, 'keys'):
        _update_mapping(self, other, kwds)
        return
    for pair in other:
        pair = tuple(pair)
        if len(pair) != 2:
            if len(pair) > 2:
                raise ValueError('too many values to unpack (expected 2)')
            raise ValueError('need more than %d value%s to unpack'
                             % (len(pair), '' if len(pair) == 1 else 's'))
        self[pair[0]] = pair[1]
    _update_mapping(self, (), kwds)


class OrderedDict(dict):
    """Dictionary that remembers insertion order, with order-sensitive equality
    between OrderedDicts, move_to_end() and popitem(last=...)."""

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        _odict_update(self, args[0] if args else (), kwds)

    def update(self, *args, **kwds):
        """Update from a mapping or iterable of pairs, then from keywords."""
        if len(args) > 1:
            raise TypeError('update() takes at most 1 positional argument (%d given)' % len(args))
        _odict_update(self, args[0] if args else (), kwds)

    def __iter__(self):
        return _odict_iterator(iter(dict.keys(self)))

    # The item methods are dict's; they are defined here so that subclasses can
    # reach them through super().

    def __getitem__(self, key):
        value = dict.get(self, key, _MISSING)
        if value is _MISSING:
            missing = getattr(type(self), '__missing__', None)
            if missing is not None:
                return missing(self, key)
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        dict.update(self, ((key, value),))

    def __delitem__(self, key):
        dict.pop(self, key)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the end (last=True) or the
        beginning of the dictionary."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        """Move an existing key to the end (last=True) or the beginning."""
        if key not in dict.keys(self):
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            dict.setdefault(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.setdefault(self, key, value)
        dict.update(self, rest)

    def keys(self):
        """A set-like view of the keys, in order."""
        return odict_keys(self)

    def items(self):
        """A set-like view of the (key, value) pairs, in order."""
        return odict_items(self)

    def values(self):
        """A view of the values, in order."""
        return odict_values(self)

    def copy(self):
        """A shallow copy of the OrderedDict."""
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set
        to value."""
        new = cls()
        for key in iterable:
            new[key] = value
        return new

    def __eq__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        if dict(dict.items(self)) != dict(dict.items(other)):
            return False
        if isinstance(other, OrderedDict):
            return list(dict.keys(self)) == list(dict.keys(other))
        return True

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __repr__(self):
        name = self.__class__.__name__
        if not _odict_repr.enter(self):
            return '...'
        try:
            if not self:
                return '%s()' % name
            return '%s(%r)' % (name, list(dict.items(self)))
        finally:
            _odict_repr.leave(self)

    def __reduce__(self):
        state = vars(self).copy() or None
        return self.__class__, (), state, None, iter(list(dict.items(self)))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---- Counter --------------------------------------------------------------------------

def _count(pair):
    return pair[1]


class Counter(dict):
    """Dict subclass for counting hashable items: Counter('abca') is
    Counter({'a': 2, 'b': 1, 'c': 1}). Missing elements count 0."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most common
        to the least (all of them when n is None); ties keep insertion order."""
        ordered = sorted(self.items(), key=_count, reverse=True)
        if n is None:
            return ordered
        if n <= 0:
            return []
        return ordered[:n]

    def elements(self):
        """Iterator over the elements, each repeated as many times as its count
        (elements with a count below one are left out)."""
        result = []
        for elem, count in self.items():
            for _ in range(count):
                result.append(elem)
        return iter(result)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping of counts."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    super().update(iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts; counts may go to zero or below."""
        if iterable is not None:
            get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            dict.pop(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    # Comparisons treat missing elements as having zero counts.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all([self[e] == other[e] for c in (self, other) for e in c])

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all([self[e] <= other[e] for c in (self, other) for e in c])

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all([self[e] >= other[e] for c in (self, other) for e in c])

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset operations keep only positive counts.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        """Adds an empty counter, effectively stripping negative and zero counts."""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Subtracts from an empty counter: keeps the negated negative counts."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# ---- namedtuple ---------------------------------------------------------------------------

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
    'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
    'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
])


def _count_phrase(names):
    """'x', 'x' and 'y', or 'x', 'y', and 'z': as CPython's argument errors."""
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _make_binder(qualname, field_names, field_defaults):
    """A function binding __new__'s arguments to the fields, with the errors a
    function `def __new__(_cls, <fields>)` would raise."""
    num_fields = len(field_names)
    positions = {name: i for i, name in enumerate(field_names)}
    first_default = num_fields - len(field_defaults)

    def bind(args, kwargs):
        values = list(args[:num_fields]) + [_MISSING] * (num_fields - min(len(args), num_fields))
        for name, value in kwargs.items():
            i = positions.get(name)
            if i is None:
                raise TypeError('%s() got an unexpected keyword argument %r' % (qualname, name))
            if values[i] is not _MISSING:
                raise TypeError('%s() got multiple values for argument %r' % (qualname, name))
            values[i] = value
        if len(args) > num_fields:
            given = len(args) + 1
            if field_defaults:
                raise TypeError('%s() takes from %d to %d positional arguments but %d were given'
                                % (qualname, first_default + 1, num_fields + 1, given))
            plural = 'argument' if num_fields == 0 else 'arguments'
            raise TypeError('%s() takes %d positional %s but %d were given'
                            % (qualname, num_fields + 1, plural, given))
        missing = []
        for i in range(num_fields):
            if values[i] is _MISSING:
                if i >= first_default:
                    values[i] = field_defaults[field_names[i]]
                else:
                    missing.append(field_names[i])
        if missing:
            noun = 'argument' if len(missing) == 1 else 'arguments'
            raise TypeError('%s() missing %d required positional %s: %s'
                            % (qualname, len(missing), noun, _count_phrase(missing)))
        return tuple(values)

    return bind


def _validate_names(typename, field_names, rename):
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = _sys.intern(str(typename))
    _validate_names(typename, field_names, rename)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))

    field_names = tuple([_sys.intern(name) for name in field_names])
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(['%s=%%r' % name for name in field_names]) + ')'
    tuple_new = tuple.__new__
    bind = _make_binder(typename + '.__new__', field_names, field_defaults)

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == num_fields:
            return tuple_new(_cls, args)
        return tuple_new(_cls, bind(args, kwargs))

    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    _make.__func__.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' % typename

    def __repr__(self):
        "Return a nicely formatted representation string"
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        "Return a new dict which maps field names to their values."
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        "Return self as a plain tuple.  Used by copy and pickle."
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = '%s.%s' % (typename, method.__name__)
        method.__module__ = 'collections'

    namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _tuplegetter(index, _sys.intern('Alias for field number %d' % index))
    namespace['__module__'] = '__main__' if module is None else module
    return type(typename, (tuple,), namespace)


# ---- ChainMap --------------------------------------------------------------------------------

_chainmap_repr = _ReprGuard()


class ChainMap:
    """A ChainMap groups multiple dicts (or other mappings) together to create a
    single, updateable view. Lookups search the maps in order; writes and
    deletions go to the first map only."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        """D.get(k[,d]) -> D[k] if k in D, else d."""
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        keys = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                keys[key] = None
        return iter(keys)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        if not _chainmap_repr.enter(self):
            return '...'
        try:
            return '%s(%s)' % (self.__class__.__name__, ', '.join([repr(m) for m in self.maps]))
        finally:
            _chainmap_repr.leave(self)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    @classmethod
    def fromkeys(cls, iterable, *args):
        """Create a ChainMap with a single dict created from the iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        """Remove and return an item pair from maps[0]. Raise KeyError if maps[0] is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0]."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        """D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D"""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def update(self, *args, **kwds):
        """Update maps[0] from a mapping or iterable of pairs, then from keywords."""
        if len(args) > 1:
            raise TypeError('update expected at most 1 argument, got %d' % len(args))
        _update_mapping(self, args[0] if args else (), kwds)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)
