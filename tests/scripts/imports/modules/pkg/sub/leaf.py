from .. import PKG_CONST
from . import SUB
LEAF = (PKG_CONST, SUB)
__all__ = ["LEAF", "_exported"]
_exported = "yes"
hidden = "no"
