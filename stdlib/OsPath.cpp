// OsPath.cpp — os.path (CPython's posixpath): pure string operations on POSIX
// paths plus the stat-based predicates.
//
// CPython writes posixpath in Python; these are the same algorithms, applied
// to the UTF-8 bytes of the path (the separators '/' and '.' are ASCII, so
// byte positions never split a character). Argument errors use the wording of
// Python functions ("split() takes 1 positional argument but 2 were given").
#include "stdlib/OsSupport.h"

#include "stdlib/BuiltinArgs.h"
#include "stdlib/FileObject.h"
#include "stdlib/Modules.h"

#include <cerrno>
#include <cstring>
#include <pwd.h>
#include <unistd.h>
#include <vector>

namespace spindle {

namespace {

SPINDLE_NORETURN void refuseBytesPath(ThreadState& ts) {
    raiseError(ts, ts.rt.types.NotImplementedError, "bytes paths are not supported");
}

// __fspath__ of a path-like object, or empty when it has none.
Value callFspath(ThreadState& ts, Value v) {
    TypeObject* t = typeOf(ts, v);
    Value method = lookupInType(t, intern(ts, "__fspath__"));
    if (method.isEmpty()) return Value();
    Value r = call1(ts, method, v);
    if (!isKind(r, ObjKind::Str) && !isKind(r, ObjKind::Bytes)) {
        std::string_view got = typeName(ts, r);
        raiseFormat(ts, ts.rt.types.TypeError, "expected %s.__fspath__() to return str or bytes, not %.*s",
                    t->name->data(), static_cast<int>(got.size()), got.data());
    }
    return r;
}

std::string checkedPath(ThreadState& ts, Value str) {
    if (isKind(str, ObjKind::Bytes)) refuseBytesPath(ts);
    return std::string(as<StrObject>(str)->view());
}

} // namespace

std::string osPathArg(ThreadState& ts, Value v, const char* function, const char* param, const char* accepted) {
    Value s = isKind(v, ObjKind::Str) || isKind(v, ObjKind::Bytes) ? v : callFspath(ts, v);
    if (s.isEmpty()) {
        std::string_view got = typeName(ts, v);
        raiseFormat(ts, ts.rt.types.TypeError, "%s: %s should be %s, not %.*s", function, param, accepted,
                    static_cast<int>(got.size()), got.data());
    }
    std::string path = checkedPath(ts, s);
    if (path.find('\0') != std::string::npos) raiseError(ts, ts.rt.types.ValueError, "embedded null byte");
    return path;
}

std::string fspathArg(ThreadState& ts, Value v) {
    Value s = isKind(v, ObjKind::Str) || isKind(v, ObjKind::Bytes) ? v : callFspath(ts, v);
    if (s.isEmpty()) {
        std::string_view got = typeName(ts, v);
        raiseFormat(ts, ts.rt.types.TypeError, "expected str, bytes or os.PathLike object, not %.*s",
                    static_cast<int>(got.size()), got.data());
    }
    return checkedPath(ts, s);
}

bool statPathArg(ThreadState& ts, Value path, struct stat& st, int& err, std::string& name) {
    int rc;
    if (path.isIntOrBool() && !path.isBool()) {
        rc = ::fstat(static_cast<int>(path.asInt()), &st);
    } else {
        name = osPathArg(ts, path, "stat", "path", "string, bytes, os.PathLike or integer");
        rc = ::stat(name.c_str(), &st);
    }
    err = rc == 0 ? 0 : errno;
    return rc == 0;
}

std::pair<std::string, std::string> splitPath(std::string_view p) {
    size_t i = p.rfind('/');
    i = i == std::string_view::npos ? 0 : i + 1;
    std::string head(p.substr(0, i)), tail(p.substr(i));
    if (!head.empty() && head.find_first_not_of('/') != std::string::npos) {
        size_t end = head.find_last_not_of('/');
        head.resize(end + 1);
    }
    return {head, tail};
}

namespace {

// posixpath.normpath: collapse separators, "." and "x/.." lexically. Two
// leading slashes are kept (POSIX leaves their meaning to the system), three
// or more become one.
std::string normalize(std::string_view path) {
    if (path.empty()) return ".";
    int initialSlashes = path[0] == '/' ? 1 : 0;
    if (initialSlashes && path.substr(0, 2) == "//" && path.substr(0, 3) != "///") initialSlashes = 2;
    std::vector<std::string_view> comps;
    size_t start = 0;
    while (start <= path.size()) {
        size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        std::string_view comp = path.substr(start, end - start);
        start = end + 1;
        if (comp.empty() || comp == ".") continue;
        if (comp != ".." || (!initialSlashes && comps.empty()) || (!comps.empty() && comps.back() == ".."))
            comps.push_back(comp);
        else if (!comps.empty())
            comps.pop_back();
    }
    std::string out(static_cast<size_t>(initialSlashes), '/');
    for (size_t i = 0; i < comps.size(); i++) {
        if (i) out += '/';
        out += comps[i];
    }
    return out.empty() ? "." : out;
}

std::string currentDirectory(ThreadState& ts) {
    std::vector<char> buf(4096);
    while (!::getcwd(buf.data(), buf.size())) {
        if (errno != ERANGE) raiseOSErrorNoFilename(ts, errno);
        buf.resize(buf.size() * 2);
    }
    return buf.data();
}

// One path argument of a Python-level posixpath function.
std::string onePath(ThreadState& ts, const char* function, const char* param, Args args) {
    PyParamSpec spec{function, {param}, 1};
    Value a[1];
    bindPyArgs(ts, spec, args, a);
    return fspathArg(ts, a[0]);
}

Value pathPair(ThreadState& ts, const std::string& a, const std::string& b) {
    TupleObject* t = newTuple(ts, 2);
    t->items()[0] = strValue(ts, a);
    t->items()[1] = strValue(ts, b);
    return Value::object(t);
}

Value path_join(ThreadState& ts, Value, Args args) {
    // join(a, *p): `a` may also come by keyword; nothing else may.
    Value first;
    for (size_t k = 0; k < args.keywordCount(); k++) {
        StrObject* name = as<StrObject>(args.kwnames->items()[k]);
        if (name->view() != "a" || args.positionalCount() > 0)
            raiseFormat(ts, ts.rt.types.TypeError, "join() got %s '%s'",
                        name->view() == "a" ? "multiple values for argument" : "an unexpected keyword argument",
                        name->data());
        first = args[args.positionalCount() + k];
    }
    size_t npos = args.positionalCount();
    if (npos == 0 && first.isEmpty())
        raiseError(ts, ts.rt.types.TypeError, "join() missing 1 required positional argument: 'a'");
    std::string path = fspathArg(ts, npos ? args[0] : first);
    for (size_t i = 1; i < npos; i++) {
        Value b = args[i];
        Value s = isKind(b, ObjKind::Str) || isKind(b, ObjKind::Bytes) ? b : callFspath(ts, b);
        if (isKind(s, ObjKind::Bytes))
            raiseError(ts, ts.rt.types.TypeError, "Can't mix strings and bytes in path components");
        if (s.isEmpty()) {
            std::string_view got = typeName(ts, b);
            raiseFormat(ts, ts.rt.types.TypeError,
                        "join() argument must be str, bytes, or os.PathLike object, not '%.*s'",
                        static_cast<int>(got.size()), got.data());
        }
        std::string_view part = as<StrObject>(s)->view();
        if (!part.empty() && part[0] == '/') path = part; // an absolute part restarts the path
        else if (path.empty() || path.back() == '/') path += part;
        else (path += '/') += part;
    }
    return strValue(ts, path);
}

Value path_split(ThreadState& ts, Value, Args args) {
    auto [head, tail] = splitPath(onePath(ts, "split", "p", args));
    return pathPair(ts, head, tail);
}

Value path_basename(ThreadState& ts, Value, Args args) {
    std::string p = onePath(ts, "basename", "p", args);
    size_t i = p.rfind('/');
    return strValue(ts, i == std::string::npos ? p : p.substr(i + 1));
}

Value path_dirname(ThreadState& ts, Value, Args args) {
    return strValue(ts, splitPath(onePath(ts, "dirname", "p", args)).first);
}

// The extension starts at the last dot of the last component, unless that
// component is nothing but leading dots before it (".bashrc" has none).
Value path_splitext(ThreadState& ts, Value, Args args) {
    std::string p = onePath(ts, "splitext", "p", args);
    size_t sepIndex = p.rfind('/');
    size_t dotIndex = p.rfind('.');
    long sep = sepIndex == std::string::npos ? -1 : static_cast<long>(sepIndex);
    long dot = dotIndex == std::string::npos ? -1 : static_cast<long>(dotIndex);
    if (dot > sep) {
        for (long i = sep + 1; i < dot; i++)
            if (p[static_cast<size_t>(i)] != '.') return pathPair(ts, p.substr(0, dotIndex), p.substr(dotIndex));
    }
    return pathPair(ts, p, "");
}

Value path_isabs(ThreadState& ts, Value, Args args) {
    std::string p = onePath(ts, "isabs", "s", args);
    return Value::boolean(!p.empty() && p[0] == '/');
}

Value path_normpath(ThreadState& ts, Value, Args args) {
    return strValue(ts, normalize(onePath(ts, "normpath", "path", args)));
}

Value path_abspath(ThreadState& ts, Value, Args args) {
    std::string p = onePath(ts, "abspath", "path", args);
    if (p.empty() || p[0] != '/') {
        std::string cwd = currentDirectory(ts);
        p = cwd.back() == '/' ? cwd + p : cwd + "/" + p;
    }
    return strValue(ts, normalize(p));
}

// expanduser: "~" from $HOME (or the password database), "~name" from the
// password database; unknown users leave the path as it is.
Value path_expanduser(ThreadState& ts, Value, Args args) {
    std::string p = onePath(ts, "expanduser", "path", args);
    if (p.empty() || p[0] != '~') return strValue(ts, p);
    size_t i = p.find('/', 1);
    if (i == std::string::npos) i = p.size();
    std::string home;
    std::vector<char> buf(16384);
    struct passwd pw, *found = nullptr;
    if (i == 1) {
        if (const char* env = ::getenv("HOME")) home = env;
        else if (::getpwuid_r(::getuid(), &pw, buf.data(), buf.size(), &found) == 0 && found) home = pw.pw_dir;
        else return strValue(ts, p);
    } else {
        std::string user = p.substr(1, i - 1);
        if (::getpwnam_r(user.c_str(), &pw, buf.data(), buf.size(), &found) != 0 || !found) return strValue(ts, p);
        home = pw.pw_dir;
    }
    while (!home.empty() && home.back() == '/') home.pop_back();
    std::string out = home + p.substr(i);
    return strValue(ts, out.empty() ? "/" : out);
}

// exists/isfile/isdir: os.stat succeeds (and the mode matches); failures are False.
Value statPredicate(ThreadState& ts, const char* function, Args args, int kind) {
    PyParamSpec spec{function, {"path"}, 1};
    Value a[1];
    bindPyArgs(ts, spec, args, a);
    struct stat st;
    int err;
    std::string name;
    try {
        if (!statPathArg(ts, a[0], st, err, name)) return Value::boolean(false);
    } catch (const PyThrow&) {
        if (!swallowRaised(ts, ts.rt.types.ValueError)) throw; // an embedded NUL: no such file
        return Value::boolean(false);
    }
    if (kind == 1) return Value::boolean(S_ISREG(st.st_mode));
    if (kind == 2) return Value::boolean(S_ISDIR(st.st_mode));
    return Value::boolean(true);
}

Value path_exists(ThreadState& ts, Value, Args args) { return statPredicate(ts, "exists", args, 0); }
Value path_isfile(ThreadState& ts, Value, Args args) { return statPredicate(ts, "isfile", args, 1); }
Value path_isdir(ThreadState& ts, Value, Args args) { return statPredicate(ts, "isdir", args, 2); }

Value path_islink(ThreadState& ts, Value, Args args) {
    PyParamSpec spec{"islink", {"path"}, 1};
    Value a[1];
    bindPyArgs(ts, spec, args, a);
    std::string name = osPathArg(ts, a[0], "lstat", "path");
    struct stat st;
    return Value::boolean(::lstat(name.c_str(), &st) == 0 && S_ISLNK(st.st_mode));
}

Value path_getsize(ThreadState& ts, Value, Args args) {
    PyParamSpec spec{"getsize", {"filename"}, 1};
    Value a[1];
    bindPyArgs(ts, spec, args, a);
    struct stat st;
    int err;
    std::string name;
    if (!statPathArg(ts, a[0], st, err, name)) {
        if (name.empty() && a[0].isIntOrBool()) raiseOSErrorNoFilename(ts, err);
        raiseOSError(ts, err, name);
    }
    return Value::integer(static_cast<int64_t>(st.st_size));
}

} // namespace

ModuleObject* newPosixpathModule(ThreadState& ts) {
    ModuleObject* m = newNativeModule(ts, "posixpath");
    DictObject* d = m->dict;
    static constexpr struct {
        const char* name;
        NativeFn fn;
    } kFunctions[] = {
        {"join", path_join},         {"split", path_split},       {"basename", path_basename},
        {"dirname", path_dirname},   {"splitext", path_splitext}, {"isabs", path_isabs},
        {"normpath", path_normpath}, {"abspath", path_abspath},   {"expanduser", path_expanduser},
        {"exists", path_exists},     {"isfile", path_isfile},     {"isdir", path_isdir},
        {"islink", path_islink},     {"getsize", path_getsize},
    };
    for (const auto& f : kFunctions) defineNative(ts, d, f.name, f.fn);
    dictSetStr(ts, d, "sep", strValue(ts, "/"));
    dictSetStr(ts, d, "curdir", strValue(ts, "."));
    dictSetStr(ts, d, "pardir", strValue(ts, ".."));
    dictSetStr(ts, d, "extsep", strValue(ts, "."));
    dictSetStr(ts, d, "pathsep", strValue(ts, ":"));
    dictSetStr(ts, d, "defpath", strValue(ts, "/bin:/usr/bin"));
    dictSetStr(ts, d, "altsep", Value::none());
    dictSetStr(ts, d, "devnull", strValue(ts, "/dev/null"));
    return m;
}

} // namespace spindle
