"""The mapping views of collections.abc (frozen into Spindle): KeysView,
ItemsView and ValuesView, live views over any mapping that has __getitem__,
__iter__, __len__ and __contains__.

The abstract base classes themselves (Mapping, Sequence, ...) are not provided.
"""

__all__ = ['MappingView', 'KeysView', 'ItemsView', 'ValuesView']


class MappingView:
    """The base of the views: holds the mapping, has its length."""
    __slots__ = ('_mapping',)
    __module__ = 'collections.abc'

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


class _SetLikeView(MappingView):
    """Set operations for views whose items are unique (keys, items)."""
    __slots__ = ()

    def __eq__(self, other):
        if not isinstance(other, _SET_LIKE):
            return NotImplemented
        return len(self) == len(other) and all([item in other for item in self])

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __and__(self, other):
        return set(self) & set(other)

    def __or__(self, other):
        return set(self) | set(other)

    def __sub__(self, other):
        return set(self) - set(other)

    def __xor__(self, other):
        return set(self) ^ set(other)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__

    def __rsub__(self, other):
        return set(other) - set(self)

    def isdisjoint(self, other):
        """Return True if the view and other have no items in common."""
        for item in other:
            if item in self:
                return False
        return True


class KeysView(_SetLikeView):
    """A live view of a mapping's keys."""
    __slots__ = ()
    __module__ = 'collections.abc'

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(list(self._mapping))


class ItemsView(_SetLikeView):
    """A live view of a mapping's (key, value) pairs."""
    __slots__ = ()
    __module__ = 'collections.abc'

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        m = self._mapping
        return iter([(key, m[key]) for key in m])


class ValuesView(MappingView):
    """A live view of a mapping's values."""
    __slots__ = ()
    __module__ = 'collections.abc'

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        m = self._mapping
        return iter([m[key] for key in m])


# What views compare equal with: sets and the set-like views (dict's included).
_SET_LIKE = (set, frozenset, _SetLikeView, type({}.keys()), type({}.items()))
