// VM.cpp — the embedding API (include/spindle/spindle.hpp) over the engine.
#include "spindle/spindle.hpp"

#include "interpreter/Compiler.h"
#include "interpreter/Disassembler.h"
#include "interpreter/Interpreter.h"
#include "interpreter/Parser.h"
#include "interpreter/SourceError.h"
#include "stdlib/Modules.h"

#include <string>

namespace spindle {

namespace {

std::string formatSourceError(const SourceError& e) {
    std::string out = "  File \"" + e.filename + "\"";
    if (e.line > 0) out += ", line " + std::to_string(e.line);
    out += "\n";
    if (!e.lineText.empty()) {
        // CPython strips leading indentation and moves the caret with it.
        size_t indent = e.lineText.find_first_not_of(" \t\f");
        if (indent == std::string::npos) indent = e.lineText.size();
        std::string text = e.lineText.substr(indent);
        size_t end = text.find_last_not_of(" \t\f\r\n");
        text = end == std::string::npos ? "" : text.substr(0, end + 1);
        out += "    " + text + "\n";
        if (e.col > 0) {
            int caretCol = e.col - 1 - static_cast<int>(indent);
            if (caretCol < 0) caretCol = 0;
            int width = 1;
            if (e.endLine == e.line && e.endCol > e.col) width = e.endCol - e.col;
            out += "    " + std::string(static_cast<size_t>(caretCol), ' ') + std::string(static_cast<size_t>(width), '^') +
                   "\n";
        }
    }
    out += e.type + ": " + e.message + "\n";
    return out;
}

} // namespace

VM::VM(VMConfig config) : runtime_(std::make_unique<Runtime>()) {
    Runtime& rt = *runtime_;
    if (config.write) rt.hooks.write = config.write;
    if (config.readLine) rt.hooks.readLine = config.readLine;
    if (config.write) rt.hooks.flush = [](int) {};
    rt.argv = config.argv;
    installInterpreter(rt);
    mainThread_ = std::make_unique<ThreadState>(rt);
    ThreadState& ts = *mainThread_;
    ModuleObject* sys = createSysModule(ts);
    rt.sysModule = sys;
    dictSetStr(ts, rt.modules, "sys", Value::object(sys));
}

VM::~VM() {
    mainThread_.reset();
    runtime_.reset();
}

Runtime& VM::runtime() { return *runtime_; }

const char* version() { return SPINDLE_VERSION; }

int VM::runMain(std::string_view source, const std::string& filename) {
    Runtime& rt = *runtime_;
    ThreadState& ts = *mainThread_;
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
        Value exc = takeRaised(ts);
        Handle keep(ts, exc);
        if (isInstance(ts, exc, rt.types.SystemExit)) {
            Value code = getAttr(ts, exc, rt.names.code);
            if (code.isNone()) status = 0;
            else if (code.isIntOrBool()) status = static_cast<int>(code.asInt());
            else {
                try {
                    std::string text(toStr(ts, code)->view());
                    rt.hooks.write(2, text + "\n");
                } catch (const PyThrow&) {
                    takeRaised(ts);
                }
                status = 1;
            }
        } else {
            rt.hooks.write(2, formatTraceback(ts, exc));
            status = isInstance(ts, exc, rt.types.KeyboardInterrupt) ? 130 : 1;
        }
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
