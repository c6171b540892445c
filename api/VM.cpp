// VM.cpp — the embedding API (include/spindle/spindle.hpp) over the engine.
#include "spindle/spindle.hpp"

#include "interpreter/Compiler.h"
#include "interpreter/Disassembler.h"
#include "interpreter/Interpreter.h"
#include "interpreter/Parser.h"
#include "interpreter/SourceError.h"
#include "runtime/Threads.h"
#include "stdlib/Modules.h"

#include <string>
#include <thread>
#include <unistd.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace spindle {

VM::VM(VMConfig config) : runtime_(std::make_unique<Runtime>()) {
    Runtime& rt = *runtime_;
    if (config.write) rt.hooks.write = config.write;
    if (config.readLine) rt.hooks.readLine = config.readLine;
    if (config.write) rt.hooks.flush = [](int) {};
    if (config.readModule) rt.hooks.readModule = config.readModule;
    rt.argv = config.argv;
    rt.generatorsOnFibers = config.generatorsOnFibers;
    if (config.switchIntervalSeconds > 0) rt.gil.setSwitchInterval(config.switchIntervalSeconds);
    installInterpreter(rt);
    installImporter(rt);
    mainThread_ = std::make_unique<ThreadState>(rt);
    ThreadState& ts = *mainThread_;
    rt.mainThread = &ts;
    rt.gil.acquire(&ts, false);
    ModuleObject* sys = createSysModule(ts);
    rt.sysModule = sys;
    dictSetStr(ts, rt.modules, "sys", Value::object(sys));
    ListObject* path = as<ListObject>(dictGetStr(sys->dict, intern(ts, "path")));
    for (const std::string& folder : config.modulePath) path->items.push_back(strValue(ts, folder));
}

VM::~VM() {
    if (runtime_->runningThreads.load() > 0) {
        // Daemon threads are still running or blocked. They must never touch a
        // dead VM: keep it (and the GIL, which this thread holds for good), so
        // they park forever the next time they reach for the lock.
        (void)runtime_.release();
        (void)mainThread_.release();
        return;
    }
    runtime_->gil.release(mainThread_.get());
    // Threads whose Python work is over may still be leaving the GIL and
    // unregistering; they need nothing from this thread to finish.
    while (runtime_->osThreads.load(std::memory_order_acquire) > 0) std::this_thread::yield();
    mainThread_.reset();
    runtime_.reset();
}

Runtime& VM::runtime() { return *runtime_; }

void VM::interruptMain() { runtime_->interruptMain(); }

const char* version() { return SPINDLE_VERSION; }

bool tuneProcessForThreads() {
#if defined(__linux__)
    // PR_FUTEX_HASH / PR_FUTEX_HASH_SET_SLOTS (Linux 6.17); older headers lack them.
    constexpr int kPrFutexHash = 78;
    constexpr unsigned long kSetSlots = 1;
    constexpr unsigned long kGlobalHash = 0;
    return prctl(kPrFutexHash, kSetSlots, kGlobalHash, 0UL, 0UL) == 0;
#else
    return false;
#endif
}

void VM::runWithoutLock(const std::function<void()>& blocking) {
    blockWithoutGil(*mainThread_, blocking);
}

namespace {

// The status a Python process exits with for the uncaught SystemExit `exc`;
// a code that is neither None nor an int is printed first, as CPython does.
int systemExitStatus(ThreadState& ts, Value exc) {
    Value code = getAttr(ts, exc, ts.rt.names.code);
    if (code.isNone()) return 0;
    if (code.isIntOrBool()) return static_cast<int>(code.asInt());
    try {
        std::string text(toStr(ts, code)->view());
        ts.rt.hooks.write(2, text + "\n");
    } catch (const PyThrow&) {
        takeRaised(ts);
    }
    return 1;
}

// After catching PyThrow at the top: report the exception as CPython does and
// return the exit status it means.
int reportUncaught(ThreadState& ts) {
    Runtime& rt = ts.rt;
    Value exc = takeRaised(ts);
    Handle keep(ts, exc);
    if (isInstance(ts, exc, rt.types.SystemExit)) return systemExitStatus(ts, exc);
    rt.hooks.write(2, formatTraceback(ts, exc));
    return isInstance(ts, exc, rt.types.KeyboardInterrupt) ? 130 : 1;
}

// sys.path[0], which names the folder of the main program.
void setMainPathEntry(ThreadState& ts, const std::string& folder) {
    ListObject* path = as<ListObject>(dictGetStr(ts.rt.sysModule->dict, intern(ts, "path")));
    path->items.insert(path->items.begin(), strValue(ts, folder));
}

// sys.modules['__main__'], created (with `file` as __file__ unless empty) when
// no program made it yet.
ModuleObject* mainModule(ThreadState& ts, const std::string& file) {
    Runtime& rt = ts.rt;
    Value existing = dictGetStr(rt.modules, rt.names.__main__);
    if (isKind(existing, ObjKind::Module)) return as<ModuleObject>(existing);
    ModuleObject* main = rt.heap.make<ModuleObject>(rt.types.module, 0);
    Handle keepMain(ts, Value::object(main));
    main->name = rt.names.__main__;
    main->dict = newDict(ts);
    dictSetStr(ts, main->dict, "__name__", Value::object(main->name));
    if (!file.empty()) dictSetStr(ts, main->dict, "__file__", strValue(ts, file));
    dictSetStr(ts, main->dict, "__doc__", Value::none());
    dictSetStr(ts, rt.modules, "__main__", Value::object(main));
    return main;
}

// Compile `source` and run it as __main__; the status of an uncaught exception.
int runAsMain(ThreadState& ts, std::string_view source, const std::string& filename) {
    Runtime& rt = ts.rt;
    rememberSource(rt, filename, source);
    std::shared_ptr<const CompiledCode> compiled;
    try {
        ast::Module module = parseModule(source, filename);
        compiled = compileModule(module, CompileOptions{});
    } catch (const SourceError& e) {
        rt.hooks.write(2, formatSourceError(e));
        return 1;
    }
    try {
        CodeObject* code = loadCode(ts, compiled);
        Handle keepCode(ts, Value::object(code));
        runModuleCode(ts, code, mainModule(ts, filename)->dict);
    } catch (const PyThrow&) {
        return reportUncaught(ts);
    }
    return 0;
}

std::string workingDirectory() {
    char cwd[4096];
    return getcwd(cwd, sizeof cwd) ? std::string(cwd) : std::string();
}

} // namespace

int VM::runMain(std::string_view source, const std::string& filename) {
    int status = runScript(source, filename);
    int shutdownStatus = shutdown();
    return status != 0 ? status : shutdownStatus;
}

int VM::runScript(std::string_view source, const std::string& filename) {
    ThreadState& ts = *mainThread_;
    // sys.path[0]: the script's folder; "" (the working directory) for -c and stdin.
    size_t slash = filename.rfind('/');
    bool isFile = !filename.empty() && filename[0] != '<' && slash != std::string::npos;
    setMainPathEntry(ts, isFile ? filename.substr(0, slash) : "");
    return runAsMain(ts, source, filename);
}

int VM::runModuleAsMain(const std::string& name) {
    Runtime& rt = *runtime_;
    ThreadState& ts = *mainThread_;
    // As `python -m`: the working directory leads sys.path, and the module's
    // parent packages (for a package, the package itself) are imported first.
    setMainPathEntry(ts, workingDirectory());
    ModuleSource found;
    try {
        size_t dot = name.rfind('.');
        Handle parent(ts);
        if (dot != std::string::npos) parent.set(importModule(ts, name.substr(0, dot)));
        bool ok = findModuleSource(ts, name, parent, found);
        if (ok && found.isPackage) {
            parent.set(importModule(ts, name));
            ok = findModuleSource(ts, name + ".__main__", parent, found) && !found.isPackage;
            if (!ok) {
                rt.hooks.write(2, "spindle: No module named " + name + ".__main__; '" + name +
                                      "' is a package and cannot be directly executed\n");
                return 1;
            }
        }
        if (!ok) {
            rt.hooks.write(2, "spindle: No module named " + name + "\n");
            return 1;
        }
    } catch (const PyThrow&) {
        // A parent package failed to import: CPython says why in one line.
        Value exc = takeRaised(ts);
        Handle keep(ts, exc);
        std::string text;
        try {
            text = std::string(typeOf(ts, exc)->name->view()) + ": " + std::string(toStr(ts, exc)->view());
        } catch (const PyThrow&) {
            takeRaised(ts);
        }
        rt.hooks.write(2, "spindle: Error while finding module specification for '" + name + "' (" + text + ")\n");
        return 1;
    }
    ListObject* argv = as<ListObject>(dictGetStr(rt.sysModule->dict, intern(ts, "argv")));
    if (!argv->items.empty()) argv->items[0] = strValue(ts, found.file);
    return runAsMain(ts, found.source, found.file);
}

int VM::shutdown() {
    Runtime& rt = *runtime_;
    ThreadState& ts = *mainThread_;
    int status = 0;
    // Python's exit sequence: threading joins the non-daemon threads.
    try {
        Value threading = dictGetStr(rt.modules, intern(ts, "threading"));
        Value shutdownFn;
        if (!threading.isEmpty() && getAttrOpt(ts, threading, intern(ts, "_shutdown"), shutdownFn)) call0(ts, shutdownFn);
    } catch (const PyThrow&) {
        status = reportUncaught(ts);
    }
    if (rt.hooks.flush) {
        rt.hooks.flush(1);
        rt.hooks.flush(2);
    }
    return status;
}

InteractiveResult VM::runInteractive(std::string_view source, const std::string& filename) {
    Runtime& rt = *runtime_;
    ThreadState& ts = *mainThread_;
    InteractiveResult result;
    if (dictGetStr(rt.modules, rt.names.__main__).isEmpty()) setMainPathEntry(ts, "");
    std::shared_ptr<const CompiledCode> compiled;
    try {
        ast::Module module = parseInteractive(source, filename);
        compiled = compileModule(module, CompileOptions{.interactive = true});
    } catch (const SourceError& e) {
        if (e.incomplete) result.needsMoreInput = true;
        else rt.hooks.write(2, formatSourceError(e));
        return result;
    }
    try {
        CodeObject* code = loadCode(ts, compiled);
        Handle keepCode(ts, Value::object(code));
        runModuleCode(ts, code, mainModule(ts, "")->dict);
        // A Ctrl-C that came after the last safepoint still belongs to this
        // input: without this it would interrupt the next one at its start.
        checkInterrupt(ts);
    } catch (const PyThrow&) {
        Value exc = takeRaised(ts);
        Handle keep(ts, exc);
        if (isInstance(ts, exc, rt.types.SystemExit)) {
            result.exitRequested = true;
            result.exitStatus = systemExitStatus(ts, exc);
        } else {
            rt.hooks.write(2, formatTraceback(ts, exc));
        }
    }
    if (rt.hooks.flush) {
        rt.hooks.flush(1);
        rt.hooks.flush(2);
    }
    return result;
}

bool VM::disassemble(std::string_view source, const std::string& filename, std::string& out) {
    try {
        ast::Module module = parseModule(source, filename);
        out = spindle::disassemble(*compileModule(module, CompileOptions{}));
        return true;
    } catch (const SourceError& e) {
        runtime_->hooks.write(2, formatSourceError(e));
        return false;
    }
}

} // namespace spindle
