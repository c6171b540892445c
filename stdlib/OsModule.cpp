// OsModule.cpp — the os module: environment, process, files and directories.
//
// Failed system calls raise what CPython raises: the OSError subclass the errno
// selects, with errno, strerror and filename ("[Errno 2] No such file or
// directory: 'x'"), through the same helper as open() (FileObject.h).
//
// os.environ is a plain dict snapshot of the environment taken when the module
// is created: scripts read and change it as in CPython, but changes do not reach
// the process environment (docs/differences.md).
#include "stdlib/OsSupport.h"

#include "runtime/types/Unicode.h"
#include "stdlib/BuiltinArgs.h"
#include "stdlib/FileObject.h"
#include "stdlib/Modules.h"

#include <cerrno>
#include <climits>
#include <cstring>
#include <dirent.h>
#include <string>
#include <tuple>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace spindle {

namespace {

// The second argument of the "keyword-only dir_fd" parameters CPython offers;
// only the default (None) is supported.
void refuseDirFd(ThreadState& ts, Value dirFd) {
    if (!dirFd.isEmpty() && !dirFd.isNone())
        raiseError(ts, ts.rt.types.NotImplementedError, "dir_fd is not supported");
}

// getenv(key, default=None): os.environ.get(key, default), reading the module's
// environ the way os.py's getenv reads its global.
Value os_getenv(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"getenv", {"key", "default"}, 1};
    Value a[2];
    bindPyArgs(ts, spec, args, a);
    if (!isKind(a[0], ObjKind::Str)) {
        std::string_view got = typeName(ts, a[0]);
        raiseFormat(ts, ts.rt.types.TypeError, "str expected, not %.*s", static_cast<int>(got.size()), got.data());
    }
    Value fallback = a[1].isEmpty() ? Value::none() : a[1];
    Value environ = dictGetStr(as<ModuleObject>(self)->dict, intern(ts, "environ"));
    if (DictObject* d = asOrNull<DictObject>(environ)) {
        Value v = dictGet(ts, d, a[0]);
        return v.isEmpty() ? fallback : v;
    }
    if (environ.isEmpty()) raiseError(ts, ts.rt.types.NameError, "name 'environ' is not defined");
    Value callArgs[2] = {a[0], fallback};
    return callMethod(ts, environ, intern(ts, "get"), Args{callArgs, 2, nullptr});
}

Value os_getcwd(ThreadState& ts, Value, Args args) {
    expectNoArgs(ts, "posix.getcwd", args);
    std::vector<char> buf(4096);
    while (!::getcwd(buf.data(), buf.size())) {
        if (errno != ERANGE) raiseOSErrorNoFilename(ts, errno);
        buf.resize(buf.size() * 2);
    }
    return strValue(ts, buf.data());
}

Value os_listdir(ThreadState& ts, Value, Args args) {
    static constexpr ParamSpec spec{"listdir", {"path"}, 0};
    Value a[1];
    bindArgs(ts, spec, args, a);
    std::string path = ".";
    if (a[0].isIntOrBool() && !a[0].isBool())
        raiseError(ts, ts.rt.types.NotImplementedError, "listdir() of a file descriptor is not supported");
    if (!a[0].isEmpty() && !a[0].isNone())
        path = osPathArg(ts, a[0], "listdir", "path", "string, bytes, os.PathLike, integer or None");
    DIR* dir = ::opendir(path.c_str());
    if (!dir) raiseOSError(ts, errno, path);
    std::vector<std::string> names;
    errno = 0;
    while (struct dirent* entry = ::readdir(dir)) {
        std::string_view name = entry->d_name;
        if (name != "." && name != "..") names.emplace_back(name);
    }
    int err = errno;
    ::closedir(dir);
    if (err) raiseOSError(ts, err, path);
    ListObject* out = newList(ts, names.size());
    for (const std::string& name : names) out->items.push_back(strValue(ts, name));
    return Value::object(out);
}

// mkdir/mkfifo(path, mode=DEFAULT, *, dir_fd=None): make one file-system node.
Value makeNode(ThreadState& ts, Args args, const ParamSpec& spec, int64_t defaultMode,
               int (*make)(const char*, mode_t)) {
    Value a[3];
    bindArgs(ts, spec, args, a);
    std::string path = osPathArg(ts, a[0], spec.function, "path");
    int64_t mode = a[1].isEmpty() ? defaultMode : indexOf(ts, a[1]);
    refuseDirFd(ts, a[2]);
    if (make(path.c_str(), static_cast<mode_t>(mode)) != 0) raiseOSError(ts, errno, path);
    return Value::none();
}

Value os_mkdir(ThreadState& ts, Value, Args args) {
    static constexpr ParamSpec spec{"mkdir", {"path", "mode", "dir_fd"}, 1, 0, 2};
    return makeNode(ts, args, spec, 0777, ::mkdir);
}

// A named pipe, for talking to another process or thread through open().
Value os_mkfifo(ThreadState& ts, Value, Args args) {
    static constexpr ParamSpec spec{"mkfifo", {"path", "mode", "dir_fd"}, 1, 0, 2};
    return makeNode(ts, args, spec, 0666, ::mkfifo);
}

// remove/unlink/rmdir(path, *, dir_fd=None).
Value removeLike(ThreadState& ts, Args args, const char* name, int (*call)(const char*)) {
    ParamSpec spec{name, {"path", "dir_fd"}, 1, 0, 1};
    Value a[2];
    bindArgs(ts, spec, args, a);
    std::string path = osPathArg(ts, a[0], name, "path");
    refuseDirFd(ts, a[1]);
    if (call(path.c_str()) != 0) raiseOSError(ts, errno, path);
    return Value::none();
}

int unlinkPath(const char* p) { return ::unlink(p); }
int rmdirPath(const char* p) { return ::rmdir(p); }
Value os_remove(ThreadState& ts, Value, Args args) { return removeLike(ts, args, "remove", unlinkPath); }
Value os_unlink(ThreadState& ts, Value, Args args) { return removeLike(ts, args, "unlink", unlinkPath); }
Value os_rmdir(ThreadState& ts, Value, Args args) { return removeLike(ts, args, "rmdir", rmdirPath); }

Value os_rename(ThreadState& ts, Value, Args args) {
    static constexpr ParamSpec spec{"rename", {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2, 0, 2};
    Value a[4];
    bindArgs(ts, spec, args, a);
    std::string src = osPathArg(ts, a[0], "rename", "src");
    std::string dst = osPathArg(ts, a[1], "rename", "dst");
    refuseDirFd(ts, a[2]);
    refuseDirFd(ts, a[3]);
    if (::rename(src.c_str(), dst.c_str()) != 0) raiseOSError2(ts, errno, src, dst);
    return Value::none();
}

bool isDirectory(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// os.makedirs, CPython's algorithm: create the missing parents first (a parent
// that appears meanwhile is fine), then the leaf; an existing leaf is an error
// unless exist_ok and it is a directory.
void makeDirectories(ThreadState& ts, const std::string& name, int64_t mode, bool existOk) {
    auto [head, tail] = splitPath(name);
    if (tail.empty()) std::tie(head, tail) = splitPath(head);
    struct stat st;
    if (!head.empty() && !tail.empty() && ::stat(head.c_str(), &st) != 0) {
        try {
            makeDirectories(ts, head, 0777, existOk);
        } catch (const PyThrow&) {
            if (!swallowRaised(ts, ts.rt.types.FileExistsError)) throw;
        }
        if (tail == ".") return; // xxx/newdir/. exists once xxx/newdir does
    }
    if (::mkdir(name.c_str(), static_cast<mode_t>(mode)) != 0) {
        int err = errno;
        if (!existOk || !isDirectory(name)) raiseOSError(ts, err, name);
    }
}

Value os_makedirs(ThreadState& ts, Value, Args args) {
    static constexpr PyParamSpec spec{"makedirs", {"name", "mode", "exist_ok"}, 1};
    Value a[3];
    bindPyArgs(ts, spec, args, a);
    std::string name = fspathArg(ts, a[0]);
    int64_t mode = a[1].isEmpty() ? 0777 : indexOf(ts, a[1]);
    bool existOk = !a[2].isEmpty() && truthy(ts, a[2]);
    makeDirectories(ts, name, mode, existOk);
    return Value::none();
}

Value os_getpid(ThreadState& ts, Value, Args args) {
    expectNoArgs(ts, "posix.getpid", args);
    return Value::integer(::getpid());
}

Value os_cpu_count(ThreadState& ts, Value, Args args) {
    expectNoArgs(ts, "posix.cpu_count", args);
    long n = ::sysconf(_SC_NPROCESSORS_ONLN);
    return n >= 1 ? Value::integer(n) : Value::none();
}

Value os_urandom(ThreadState& ts, Value, Args args) {
    int64_t size = indexOf(ts, expectOneArg(ts, "posix.urandom", args));
    if (size < 0) raiseError(ts, ts.rt.types.ValueError, "negative argument not allowed");
    std::string out(static_cast<size_t>(size), '\0');
    size_t got = 0;
    while (got < out.size()) {
        ssize_t n = ::getrandom(out.data() + got, out.size() - got, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            raiseOSErrorNoFilename(ts, errno);
        }
        got += static_cast<size_t>(n);
    }
    return Value::object(newBytes(ts, out));
}

Value os_strerror(ThreadState& ts, Value, Args args) {
    int64_t code = indexOf(ts, expectOneArg(ts, "posix.strerror", args));
    if (code < INT_MIN || code > INT_MAX) raiseError(ts, ts.rt.types.OverflowError, "signed integer is greater than maximum");
    return strValue(ts, std::strerror(static_cast<int>(code)));
}

Value os_fspath(ThreadState& ts, Value, Args args) {
    static constexpr ParamSpec spec{"fspath", {"path"}, 1};
    Value a[1];
    bindArgs(ts, spec, args, a);
    return strValue(ts, fspathArg(ts, a[0]));
}

// The snapshot behind os.environ. Names and values that are not valid UTF-8
// are left out rather than mangled.
DictObject* environSnapshot(ThreadState& ts) {
    DictObject* d = newDict(ts);
    for (char** e = ::environ; e && *e; e++) {
        std::string_view entry = *e;
        size_t eq = entry.find('=');
        if (eq == std::string_view::npos || eq == 0) continue;
        std::string_view key = entry.substr(0, eq), value = entry.substr(eq + 1);
        if (!utf8Validate(entry)) continue;
        dictSet(ts, d, strValue(ts, key), strValue(ts, value));
    }
    return d;
}

} // namespace

ModuleObject* createOsModule(ThreadState& ts) {
    Runtime& rt = ts.rt;
    ModuleObject* m = newNativeModule(ts, "os");
    Handle keep(ts, Value::object(m));
    DictObject* d = m->dict;
    defineModuleFunction(ts, m, "getenv", os_getenv);
    static constexpr struct {
        const char* name;
        NativeFn fn;
    } kFunctions[] = {
        {"getcwd", os_getcwd}, {"listdir", os_listdir},     {"mkdir", os_mkdir},       {"makedirs", os_makedirs},
        {"remove", os_remove}, {"unlink", os_unlink},       {"rmdir", os_rmdir},       {"rename", os_rename},
        {"getpid", os_getpid}, {"cpu_count", os_cpu_count}, {"urandom", os_urandom},   {"strerror", os_strerror},
        {"fspath", os_fspath}, {"mkfifo", os_mkfifo},
    };
    for (const auto& f : kFunctions) defineNative(ts, d, f.name, f.fn);
    dictSetStr(ts, d, "environ", Value::object(environSnapshot(ts)));
    dictSetStr(ts, d, "name", strValue(ts, "posix"));
    dictSetStr(ts, d, "sep", strValue(ts, "/"));
    dictSetStr(ts, d, "altsep", Value::none());
    dictSetStr(ts, d, "curdir", strValue(ts, "."));
    dictSetStr(ts, d, "pardir", strValue(ts, ".."));
    dictSetStr(ts, d, "extsep", strValue(ts, "."));
    dictSetStr(ts, d, "pathsep", strValue(ts, ":"));
    dictSetStr(ts, d, "linesep", strValue(ts, "\n"));
    dictSetStr(ts, d, "defpath", strValue(ts, "/bin:/usr/bin"));
    dictSetStr(ts, d, "devnull", strValue(ts, "/dev/null"));
    dictSetStr(ts, d, "error", Value::object(rt.types.OSError));

    // os.path is the posixpath module; like os.py, register it as "os.path" so
    // `import os.path` finds it, and share it with a `posixpath` imported first.
    Value path = rt.modules ? dictGetStr(rt.modules, intern(ts, "posixpath")) : Value();
    if (!isKind(path, ObjKind::Module)) path = Value::object(newPosixpathModule(ts));
    dictSetStr(ts, d, "path", path);
    if (rt.modules) dictSetStr(ts, rt.modules, "os.path", path);
    return m;
}

ModuleObject* createPosixpathModule(ThreadState& ts) {
    // The same module object as os.path when os came first.
    Value path = ts.rt.modules ? dictGetStr(ts.rt.modules, intern(ts, "os.path")) : Value();
    if (isKind(path, ObjKind::Module)) return as<ModuleObject>(path);
    return newPosixpathModule(ts);
}

} // namespace spindle
