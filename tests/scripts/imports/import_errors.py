# What goes wrong with imports, and the errors CPython gives.
import sys
sys.path.insert(0, sys.path[0] + "/modules")

for name in ["no_such_module", "helper.nothing", "pkg.missing"]:
    try:
        if name == "no_such_module":
            import no_such_module
        elif name == "helper.nothing":
            import helper.nothing
        else:
            import pkg.missing
    except ModuleNotFoundError as err:
        print(type(err).__name__, err, err.name)

try:
    from helper import missing_name
except ImportError as err:
    print(type(err).__name__, str(err).split(" (")[0])

try:
    import broken_syntax
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.lineno, err.filename.endswith("broken_syntax.py"))

try:
    import raises_on_import
except ValueError as err:
    print("ValueError", err, "raises_on_import" in sys.modules)

import circ_a
print(circ_a.use_b(), circ_a.circ_b.partial())
try:
    import circ_c
except ImportError as err:
    print(type(err).__name__, str(err).split(" (most")[0])

try:
    from . import anything
except ImportError as err:
    print(type(err).__name__, err)
import raises_on_import
