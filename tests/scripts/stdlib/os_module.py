# The os module on a scratch folder the script creates next to itself (its
# working directory) and removes at the end.
import os


def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except OSError as e:
        print(label, type(e).__name__ + ":", e, "|", e.errno, e.filename, e.filename2)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print(os.name, repr(os.sep), repr(os.linesep), os.curdir, os.pardir, os.extsep, os.pathsep, os.altsep, os.devnull)
print(os.error is OSError, os.path.__name__, os.path.sep, type(os.getpid()).__name__, os.getpid() > 0)
print(os.cpu_count() >= 1, type(os.urandom(8)).__name__, len(os.urandom(8)), os.urandom(0))
print(os.strerror(2), "|", os.strerror(17))

print("-- environment")
print(type(os.environ).__name__ in ("dict", "_Environ"), "PATH" in os.environ, os.getenv("PATH") == os.environ["PATH"])
print(os.getenv("SPINDLE_SURELY_UNSET_VARIABLE"), os.getenv("SPINDLE_SURELY_UNSET_VARIABLE", "fallback"),
      os.getenv(key="SPINDLE_SURELY_UNSET_VARIABLE", default=5))
os.environ["SPINDLE_TEST_VARIABLE"] = "set by the script"
print(os.getenv("SPINDLE_TEST_VARIABLE"), os.environ.get("SPINDLE_TEST_VARIABLE"))
del os.environ["SPINDLE_TEST_VARIABLE"]
print(os.getenv("SPINDLE_TEST_VARIABLE"))
show("getenv int", os.getenv, 1)
show("getenv none", os.getenv)
show("getenv extra keyword", os.getenv, "A", x=1)

print("-- directories and files")
base = "os_module_scratch.tmp"
cwd = os.getcwd()
print(os.path.isabs(cwd), os.path.basename(cwd), os.path.exists(base))
os.mkdir(base)
os.mkdir(os.path.join(base, "sub"), 0o755)
for name in ("b.txt", "a.txt", "c.dat"):
    with open(os.path.join(base, name), "w") as f:
        f.write(name * 3)
print(sorted(os.listdir(base)), type(os.listdir()).__name__, base in os.listdir("."), base in os.listdir(None))
print(os.path.isdir(base), os.path.isfile(base), os.path.isfile(os.path.join(base, "a.txt")))
print(os.path.getsize(os.path.join(base, "a.txt")), os.path.getsize(os.path.join(base, "c.dat")))
os.rename(os.path.join(base, "a.txt"), os.path.join(base, "renamed.txt"))
os.remove(os.path.join(base, "b.txt"))
os.unlink(os.path.join(base, "c.dat"))
print(sorted(os.listdir(base)))
os.makedirs(os.path.join(base, "deep", "er", "est"))
os.makedirs(os.path.join(base, "deep", "er"), exist_ok=True)
os.makedirs(os.path.join(base, "deep", "other") + "/", 0o700)
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "deep"))))

print("-- errors")
missing = os.path.join(base, "missing")
show("listdir missing", os.listdir, missing)
show("listdir file", os.listdir, os.path.join(base, "renamed.txt"))
show("mkdir existing", os.mkdir, base)
show("mkdir missing parent", os.mkdir, os.path.join(missing, "x"))
show("rmdir not empty", os.rmdir, base)
show("rmdir missing", os.rmdir, missing)
show("rmdir file", os.rmdir, os.path.join(base, "renamed.txt"))
show("remove missing", os.remove, missing)
show("remove directory", os.remove, os.path.join(base, "sub"))
show("unlink missing", os.unlink, missing)
show("rename missing", os.rename, missing, missing + "2")
show("makedirs existing", os.makedirs, base)
show("makedirs over a file", os.makedirs, os.path.join(base, "renamed.txt"), exist_ok=True)
show("getsize missing", os.path.getsize, missing)
show("listdir float", os.listdir, 1.5)
show("mkdir float", os.mkdir, 1.5)
show("mkdir bad mode", os.mkdir, "x", "y")
show("remove float", os.remove, 1.5)
show("rename int", os.rename, 1, "x")
show("rename int dst", os.rename, "x", 1)
show("remove none", os.remove)
show("remove two", os.remove, "a", "b")
show("rename one", os.rename, "a")
show("listdir two", os.listdir, "a", "b")
show("getcwd arg", os.getcwd, 1)
show("urandom negative", os.urandom, -1)
show("urandom str", os.urandom, "a")
show("embedded nul", os.mkdir, "a\0b")
show("exists float", os.path.exists, 1.5)
print(os.path.exists(missing), os.path.isdir(missing), os.path.isfile(missing), os.path.exists("a\0b"))
try:
    os.remove(missing)
except FileNotFoundError as e:
    print("caught", e.errno, e.strerror, e.filename, isinstance(e, OSError), e.args)

print("-- clean up")
for root in ("deep/er/est", "deep/er", "deep/other", "deep", "sub"):
    os.rmdir(os.path.join(base, root))
os.remove(os.path.join(base, "renamed.txt"))
print(os.listdir(base))
os.rmdir(base)
print(os.path.exists(base))
