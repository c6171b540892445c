from ..core import greet as core_greet
SUB = "sub of " + __name__
