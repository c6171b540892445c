// VM.cpp — the embedding API (include/spindle/spindle.hpp) over the engine.
#include "spindle/spindle.hpp"

#include "interpreter/Compiler.h"
#include "interpreter/Disassembler.h"
#include "interpreter/Interpreter.h"
#include "interpreter/Parser.h"
#include "interpreter/SourceError.h"
#include "stdlib/Modules.h"

#include <string>
#include <thread>

namespace spindle {

VM::VM(VMConfig config) : runtime_(std::make_unique<Runtime>()) {
    Runtime& rt = *runtime_;
    if (config.write) rt.hooks.write = config.write;
    if (config.readLine) rt.hooks.readLine = config.readLine;
    if (config.write) rt.hooks.flush = [](int) {};
    if (config.readModule) rt.hooks.readModule = config.readModule;
    rt.argv = config.argv;
    rt.generatorsOnFibers = config.generatorsOnFibers;
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

namespace {

// After catching PyThrow at the top: report the exception as CPython does and
// return the exit status it means.
int reportUncaught(ThreadState& ts) {
    Runtime& rt = ts.rt;
    Value exc = takeRaised(ts);
    Handle keep(ts, exc);
    if (isInstance(ts, exc, rt.types.SystemExit)) {
        Value code = getAttr(ts, exc, rt.names.code);
        if (code.isNone()) return 0;
        if (code.isIntOrBool()) return static_cast<int>(code.asInt());
        try {
            std::string text(toStr(ts, code)->view());
            rt.hooks.write(2, text + "\n");
        } catch (const PyThrow&) {
            takeRaised(ts);
        }
        return 1;
    }
    rt.hooks.write(2, formatTraceback(ts, exc));
    return isInstance(ts, exc, rt.types.KeyboardInterrupt) ? 130 : 1;
}

} // namespace

int VM::runMain(std::string_view source, const std::string& filename) {
    Runtime& rt = *runtime_;
    ThreadState& ts = *mainThread_;
    // sys.path[0]: the script's folder; "" (the working directory) for -c and stdin.
    {
        ListObject* path = as<ListObject>(dictGetStr(rt.sysModule->dict, intern(ts, "path")));
        size_t slash = filename.rfind('/');
        std::string folder = filename.empty() || filename[0] == '<' ? "" : slash == std::string::npos ? "" : filename.substr(0, slash);
        path->items.insert(path->items.begin(), strValue(ts, folder));
    }
    rememberSource(rt, filename, source);
    std::shared_ptr<const CompiledCode> compiled;
    try {
        ast::Module module = parseModule(source, filename);
        compiled = compileModule(module, CompileOptions{});
    } catch (const SourceError& e) {
        rt.hooks.write(2, formatSourceError(e));
        return 1;
    }
    int status = 0;
    try {
        CodeObject* code = loadCode(ts, compiled);
        Handle keepCode(ts, Value::object(code));
        ModuleObject* main = rt.heap.make<ModuleObject>(rt.types.module, 0);
        main->name = intern(ts, "__main__");
        main->dict = newDict(ts);
        Handle keepMain(ts, Value::object(main));
        dictSetStr(ts, main->dict, "__name__", Value::object(main->name));
        dictSetStr(ts, main->dict, "__file__", strValue(ts, filename));
        dictSetStr(ts, main->dict, "__doc__", Value::none());
        dictSetStr(ts, rt.modules, "__main__", Value::object(main));
        runModuleCode(ts, code, main->dict);
    } catch (const PyThrow&) {
        status = reportUncaught(ts);
    }
    // Python's exit sequence: threading joins the non-daemon threads.
    try {
        Value threading = dictGetStr(rt.modules, intern(ts, "threading"));
        Value shutdown;
        if (!threading.isEmpty() && getAttrOpt(ts, threading, intern(ts, "_shutdown"), shutdown)) call0(ts, shutdown);
    } catch (const PyThrow&) {
        int shutdownStatus = reportUncaught(ts);
        if (status == 0) status = shutdownStatus;
    }
    if (rt.hooks.flush) {
        rt.hooks.flush(1);
        rt.hooks.flush(2);
    }
    return status;
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
