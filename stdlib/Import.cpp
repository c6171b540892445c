// Import.cpp — the import system (installed as Runtime::importer): `import a.b.c`, `from .x import y`, packages,
// sys.modules caching, and where a module's code comes from.
//
// A module is found, in order, among
//   1. sys.modules (anything imported before, or a module still executing: that
//      is what makes circular imports behave as in CPython);
//   2. the native modules (stdlib/Modules.h);
//   3. the folders of the search path: sys.path for top-level modules, the
//      package's __path__ for submodules. In each folder NAME/__init__.py (a
//      package) wins over NAME.py. Source is read through HostHooks::readModule,
//      so an embedder can serve modules from anywhere;
//   4. the frozen modules: the standard library modules written in Python,
//      compiled into the binary (stdlib/python/, embedded at build time).
// A module is entered in sys.modules before its code runs and removed again if
// that code raises.
#include "interpreter/Interpreter.h"
#include "stdlib/Modules.h"

#include <string>
#include <vector>

namespace spindle {

namespace {

std::string_view lastComponent(std::string_view name) {
    size_t dot = name.rfind('.');
    return dot == std::string_view::npos ? name : name.substr(dot + 1);
}

std::string_view parentName(std::string_view name) {
    size_t dot = name.rfind('.');
    return dot == std::string_view::npos ? std::string_view() : name.substr(0, dot);
}

SPINDLE_NORETURN void raiseModuleNotFound(ThreadState& ts, std::string_view name, std::string_view detail = {}) {
    ExceptionObject* e = newException(ts, ts.rt.types.ModuleNotFoundError,
                                      "No module named '" + std::string(name) + "'" + std::string(detail));
    Handle keep(ts, Value::object(e));
    dictSetStr(ts, e->dict ? e->dict : (e->dict = newDict(ts)), "name", strValue(ts, name));
    raise(ts, Value::object(e));
}

Value sysAttribute(ThreadState& ts, const char* name) {
    return ts.rt.sysModule ? dictGetStr(ts.rt.sysModule->dict, intern(ts, name)) : Value();
}

// The folders to search for `name`: the parent package's __path__ for a
// submodule, sys.path for a top-level module.
std::vector<std::string> searchFolders(ThreadState& ts, Value parent) {
    Value path = parent.isEmpty() ? sysAttribute(ts, "path") : Value();
    if (!parent.isEmpty() && isKind(parent, ObjKind::Module))
        path = dictGetStr(as<ModuleObject>(parent)->dict, intern(ts, "__path__"));
    std::vector<std::string> folders;
    if (ListObject* list = asOrNull<ListObject>(path))
        for (Value entry : list->items)
            if (isKind(entry, ObjKind::Str)) folders.emplace_back(as<StrObject>(entry)->view());
    return folders;
}

std::string joinPath(const std::string& folder, std::string_view leaf) {
    if (folder.empty()) return std::string(leaf);
    return folder.back() == '/' ? folder + std::string(leaf) : folder + "/" + std::string(leaf);
}

// Run `source` as the body of a new module `fullname` and return the module
// (whatever sys.modules holds under its name afterwards, as CPython does).
Value executeModule(ThreadState& ts, const std::string& fullname, std::string_view source, const std::string& file,
                    const std::vector<std::string>* packagePath) {
    Runtime& rt = ts.rt;
    CodeObject* code = compileSource(ts, source, file);
    Handle keepCode(ts, Value::object(code));
    ModuleObject* module = rt.heap.make<ModuleObject>(rt.types.module, 0);
    Handle keepModule(ts, Value::object(module));
    module->name = intern(ts, fullname);
    module->dict = newDict(ts);
    DictObject* d = module->dict;
    dictSetStr(ts, d, "__name__", Value::object(module->name));
    dictSetStr(ts, d, "__doc__", Value::none());
    if (!file.empty() && file.front() != '<') dictSetStr(ts, d, "__file__", strValue(ts, file));
    if (packagePath) {
        ListObject* path = newList(ts);
        dictSetStr(ts, d, "__path__", Value::object(path));
        for (const std::string& p : *packagePath) path->items.push_back(strValue(ts, p));
        dictSetStr(ts, d, "__package__", Value::object(module->name));
    } else {
        dictSetStr(ts, d, "__package__", strValue(ts, parentName(fullname)));
    }
    Value key = Value::object(module->name);
    dictSet(ts, rt.modules, key, Value::object(module));
    module->flags |= kModuleInitializing;
    try {
        runModuleCode(ts, code, d);
    } catch (const PyThrow&) {
        module->flags &= ~kModuleInitializing;
        dictDel(ts, rt.modules, key);
        throw;
    }
    module->flags &= ~kModuleInitializing;
    Value result = dictGet(ts, rt.modules, key);
    if (result.isEmpty()) raiseFormat(ts, rt.types.ImportError, "Loaded module %s not found in sys.modules", fullname.c_str());
    return result;
}

// Find and load `fullname`, whose parent package (if any) is already imported.
Value loadModule(ThreadState& ts, const std::string& fullname, Value parent) {
    Runtime& rt = ts.rt;
    for (const NativeModule& native : nativeModules()) {
        if (native.name != fullname) continue;
        ModuleObject* m = native.create(ts);
        dictSet(ts, rt.modules, Value::object(m->name), Value::object(m));
        return Value::object(m);
    }
    ModuleSource found;
    if (!findModuleSource(ts, fullname, parent, found)) raiseModuleNotFound(ts, fullname);
    std::vector<std::string> packagePath{found.packageFolder};
    return executeModule(ts, fullname, found.source, found.file, found.isPackage ? &packagePath : nullptr);
}

// Import `fullname` and every package above it; returns the module itself.
Value importAbsolute(ThreadState& ts, const std::string& fullname) {
    Runtime& rt = ts.rt;
    Value cached = dictGet(ts, rt.modules, strValue(ts, fullname));
    if (!cached.isEmpty()) {
        if (cached.isNone()) raiseModuleNotFound(ts, fullname);
        return cached;
    }
    Handle parent(ts);
    std::string_view parentView = parentName(fullname);
    if (!parentView.empty()) {
        std::string parentFull(parentView);
        parent.set(importAbsolute(ts, parentFull));
        // The parent's own code may have imported us meanwhile.
        cached = dictGet(ts, rt.modules, strValue(ts, fullname));
        if (!cached.isEmpty()) return cached;
        if (!isKind(parent, ObjKind::Module) ||
            dictGetStr(as<ModuleObject>(parent.get())->dict, intern(ts, "__path__")).isEmpty()) {
            raiseModuleNotFound(ts, fullname, "; '" + parentFull + "' is not a package");
        }
    }
    Handle module(ts, loadModule(ts, fullname, parent));
    if (!parent.get().isEmpty()) setAttr(ts, parent, intern(ts, lastComponent(fullname)), module);
    return module;
}

// The absolute name of a relative import from the module whose globals are given.
std::string resolveRelative(ThreadState& ts, DictObject* globals, std::string_view name, int level) {
    Runtime& rt = ts.rt;
    std::string package;
    Value pkg = dictGetStr(globals, intern(ts, "__package__"));
    if (isKind(pkg, ObjKind::Str)) {
        package = std::string(as<StrObject>(pkg)->view());
    } else {
        Value modName = dictGetStr(globals, rt.names.__name__);
        if (isKind(modName, ObjKind::Str)) {
            package = std::string(as<StrObject>(modName)->view());
            if (dictGetStr(globals, intern(ts, "__path__")).isEmpty()) package = std::string(parentName(package));
        }
    }
    if (package.empty()) raiseError(ts, rt.types.ImportError, "attempted relative import with no known parent package");
    for (int i = 1; i < level; i++) {
        std::string_view up = parentName(package);
        if (up.empty()) raiseError(ts, rt.types.ImportError, "attempted relative import beyond top-level package");
        package = std::string(up);
    }
    return name.empty() ? package : package + "." + std::string(name);
}

} // namespace

bool findModuleSource(ThreadState& ts, const std::string& fullname, Value parent, ModuleSource& out) {
    std::string_view leaf = lastComponent(fullname);
    for (const std::string& folder : searchFolders(ts, parent)) {
        std::string packageFolder = joinPath(folder, leaf);
        std::string init = joinPath(packageFolder, "__init__.py");
        if (ts.rt.hooks.readModule(init, out.source)) {
            out.file = init;
            out.isPackage = true;
            out.packageFolder = packageFolder;
            return true;
        }
        std::string file = joinPath(folder, std::string(leaf) + ".py");
        if (ts.rt.hooks.readModule(file, out.source)) {
            out.file = file;
            out.isPackage = false;
            return true;
        }
    }
    if (parent.isEmpty()) {
        std::string_view frozen = frozenModuleSource(fullname);
        if (!frozen.empty()) {
            out.source = std::string(frozen);
            out.file = "<frozen " + fullname + ">";
            out.isPackage = false;
            return true;
        }
    }
    return false;
}

Value importModule(ThreadState& ts, const std::string& fullname) { return importAbsolute(ts, fullname); }

namespace {

Value importName(ThreadState& ts, DictObject* globals, StrObject* nameObj, Value fromlist, int64_t level) {
    Runtime& rt = ts.rt;
    std::string_view name = nameObj->view();
    if (level < 0) raiseError(ts, rt.types.ValueError, "level must be >= 0");
    if (level == 0 && name.empty()) raiseError(ts, rt.types.ValueError, "Empty module name");
    std::string fullname = level > 0 ? resolveRelative(ts, globals, name, static_cast<int>(level)) : std::string(name);
    Handle module(ts, importAbsolute(ts, fullname));

    bool hasFromList = isKind(fromlist, ObjKind::Tuple) && as<TupleObject>(fromlist)->size > 0;
    if (!hasFromList) {
        // `import a.b.c` binds a: return the top-level package.
        if (level == 0 && name.find('.') != std::string_view::npos)
            return importAbsolute(ts, std::string(name.substr(0, name.find('.'))));
        return module;
    }
    // `from package import submodule`: import the names that are not attributes yet.
    if (isKind(module, ObjKind::Module) &&
        !dictGetStr(as<ModuleObject>(module.get())->dict, intern(ts, "__path__")).isEmpty()) {
        TupleObject* names = as<TupleObject>(fromlist);
        for (size_t i = 0; i < names->size; i++) {
            Value item = (*names)[i];
            if (!isKind(item, ObjKind::Str) || as<StrObject>(item)->view() == "*") continue;
            Value existing;
            if (getAttrOpt(ts, module, as<StrObject>(item), existing)) continue;
            std::string sub = fullname + "." + std::string(as<StrObject>(item)->view());
            try {
                importAbsolute(ts, sub);
            } catch (const PyThrow&) {
                // A missing submodule is IMPORT_FROM's error to report, with its message.
                Value exc = ts.raised;
                if (!isInstance(ts, exc, rt.types.ModuleNotFoundError)) throw;
                Value missing = dictGetStr(as<ExceptionObject>(exc)->dict ? as<ExceptionObject>(exc)->dict : newDict(ts),
                                           intern(ts, "name"));
                if (!isKind(missing, ObjKind::Str) || as<StrObject>(missing)->view() != sub) throw;
                takeRaised(ts);
            }
        }
    }
    return module;
}

Value importFrom(ThreadState& ts, Value module, StrObject* name) {
    Runtime& rt = ts.rt;
    Value v;
    if (getAttrOpt(ts, module, name, v)) return v;
    // A submodule imported by someone else but not yet bound (circular imports).
    std::string moduleName = isKind(module, ObjKind::Module) ? std::string(as<ModuleObject>(module)->name->view()) : "?";
    Value sub = dictGet(ts, rt.modules, strValue(ts, moduleName + "." + std::string(name->view())));
    if (!sub.isEmpty()) return sub;
    Value file = isKind(module, ObjKind::Module) ? dictGetStr(as<ModuleObject>(module)->dict, rt.names.__file__) : Value();
    std::string location = isKind(file, ObjKind::Str) ? std::string(as<StrObject>(file)->view()) : "unknown location";
    if (isKind(module, ObjKind::Module) && (as<ModuleObject>(module)->flags & kModuleInitializing))
        raiseFormat(ts, rt.types.ImportError,
                    "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular "
                    "import) (%s)",
                    name->data(), moduleName.c_str(), location.c_str());
    raiseFormat(ts, rt.types.ImportError, "cannot import name '%s' from '%s' (%s)", name->data(), moduleName.c_str(),
                location.c_str());
}

} // namespace

void installImporter(Runtime& rt) {
    rt.importer.importName = importName;
    rt.importer.importFrom = importFrom;
}

} // namespace spindle
