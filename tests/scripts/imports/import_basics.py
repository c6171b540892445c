# import and from-import of modules beside the script, with `as`, caching in
# sys.modules, __name__ and __file__, packages and relative imports.
import sys
sys.path.insert(0, sys.path[0] + "/modules")

import helper
import helper as h2
from helper import VALUE, double as dbl
print(helper.VALUE, h2 is helper, VALUE, dbl(21), helper.__name__)
print(helper.__file__.endswith("modules/helper.py"), "helper" in sys.modules, sys.modules["helper"] is helper)
import helper  # cached: not executed again
print(type(helper).__name__, repr(helper).startswith("<module 'helper' from "))

import pkg
print(pkg.greet("world"), pkg.PKG_CONST, pkg.sub.SUB, pkg.sub.core_greet("x"))
import pkg.sub.leaf
print(pkg.sub.leaf.LEAF)
import pkg.sub.leaf as leaf
print(leaf is pkg.sub.leaf, pkg.__path__[0].endswith("modules/pkg"), pkg.__package__, leaf.__package__)
from pkg.sub import leaf as leaf2
print(leaf2 is leaf)
from pkg.sub.leaf import *
print(LEAF, _exported, "hidden" in dir())
from pkg import core
print(core.greet("again"), sorted([k for k in sys.modules if k.startswith("pkg")]))
print(__name__)
