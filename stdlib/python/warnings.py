"""Warning filters (frozen into Spindle).

Spindle keeps the filter list and its API (simplefilter, filterwarnings,
resetwarnings, catch_warnings, warn) but reports a warning that is not ignored
without its source location: `Category: message` on sys.stderr, once per
message for the "default" action. See docs/differences.md.
"""

import sys

__all__ = ["warn", "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

filters = []
_shown = set()


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter for every message of `category`."""
    _add_filter((action, None, category, None, lineno), append)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter on the message's start, its category and the warning module."""
    _add_filter((action, message or None, category, module or None, lineno), append)


def _add_filter(item, append):
    if item[0] not in ("error", "ignore", "always", "default", "module", "once"):
        raise ValueError(f"invalid action: {item[0]!r}")
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def resetwarnings():
    filters[:] = []


def _action_for(message_text, category):
    for action, message, cat, module, lineno in filters:
        if message is not None and not message_text.lower().startswith(message.lower()):
            continue
        if issubclass(category, cat):
            return action
    # CPython's defaults outside __main__: these categories are ignored.
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return "ignore"
    return "default"


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning: raise it, report it or ignore it, as the filters say."""
    if isinstance(message, Warning):
        category = type(message)
        text = str(message)
    else:
        if category is None:
            category = UserWarning
        text = str(message)
    action = _action_for(text, category)
    if action == "ignore":
        return
    if action == "error":
        raise message if isinstance(message, Warning) else category(text)
    key = (text, category)
    if action != "always" and key in _shown:
        return
    _shown.add(key)
    sys.stderr.write(f"{category.__name__}: {text}\n")


class catch_warnings:
    """Save the filters on entry and restore them on exit."""

    def __init__(self, *, record=False):
        self._record = record

    def __enter__(self):
        self._saved = filters[:]
        return [] if self._record else None

    def __exit__(self, *exc_info):
        filters[:] = self._saved
