print("pkg: init", __name__, __package__)
from .core import greet
from . import sub
PKG_CONST = "pkg"
