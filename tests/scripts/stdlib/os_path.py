# os.path (posixpath): the string functions on many shapes of paths, and their
# argument errors.
import os
from os import path


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print(path is os.path, path.__name__, path.sep, path.curdir, path.pardir, path.extsep, path.pathsep, path.altsep)

paths = ["", "/", "//", "///", "a", "a/", "a/b", "/a/b/", "a//b", "//a//b//", "./a", "../a/./b/..", "a/../..",
         "/../x", "file.txt", "dir/file.tar.gz", ".bashrc", "dir/.bashrc", "...x", "a.b/c", "a/b.", "ünï/cödé.py"]
for p in paths:
    print(repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)), os.path.splitext(p),
          repr(os.path.normpath(p)), os.path.isabs(p))

print("-- join")
print(os.path.join("a"), os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("/a", "/b", "c"))
print(os.path.join("a", ""), os.path.join("", "b"), os.path.join("", ""), os.path.join("/a", "", "b", "/c", "d/"))
print(os.path.join(a="x"), os.path.join("a", "b/", "c"))


class Path:
    def __init__(self, text):
        self.text = text

    def __fspath__(self):
        return self.text


class BadPath:
    def __fspath__(self):
        return 5


print(os.path.join(Path("p"), Path("q")), os.path.basename(Path("x/y.z")), os.path.splitext(Path("a.b")))
print(os.fspath("s"), os.fspath(Path("t")))
show("join none", os.path.join)
show("join int", os.path.join, 1)
show("join int later", os.path.join, "a", 1)
show("join bytes later", os.path.join, "a", b"b")
show("join keyword", os.path.join, "x", c="y")
show("join bad fspath", os.path.join, BadPath(), "x")
show("fspath int", os.fspath, 1)

print("-- abspath and expanduser")
cwd = os.getcwd()
print(os.path.abspath("a/../b") == os.path.join(cwd, "b"), os.path.abspath("/x/./y/../z"), os.path.abspath("//q"))
print(os.path.abspath("") == cwd, os.path.abspath(".") == cwd)
print(os.path.expanduser("no/tilde"), os.path.expanduser("~spindle_surely_no_such_user/x"))
home = os.environ.get("HOME")
if home is not None:
    print(os.path.expanduser("~") == home.rstrip("/") or "/", os.path.expanduser("~/x") == os.path.join(home, "x"))

print("-- errors")
for name in ("split", "basename", "dirname", "splitext", "normpath", "isabs", "abspath", "expanduser"):
    show(name + " int", getattr(os.path, name), 1)
show("split two args", os.path.split, "a", "b")
show("exists two args", os.path.exists, "a", "b")
show("getsize none", os.path.getsize)
show("isdir float", os.path.isdir, 1.5)
show("exists bad fspath", os.path.exists, BadPath())
print(os.path.exists(""), os.path.isdir("."), os.path.isfile("os_path.py"), os.path.islink("os_path.py"))
