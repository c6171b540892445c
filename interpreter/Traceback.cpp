// Traceback.cpp — CPython-format traceback text, chained exceptions included.
#include "interpreter/Interpreter.h"

#include <string>
#include <unordered_set>

namespace spindle {

namespace {

std::string_view strip(std::string_view s) {
    size_t b = s.find_first_not_of(" \t\f\r");
    if (b == std::string_view::npos) return {};
    size_t e = s.find_last_not_of(" \t\f\r");
    return s.substr(b, e - b + 1);
}

void formatEntries(ThreadState& ts, ExceptionObject* exc, std::string& out) {
    if (!exc->traceback) return;
    out += "Traceback (most recent call last):\n";
    for (TracebackObject* tb = exc->traceback; tb; tb = tb->next) {
        CodeObject* code = tb->code;
        out += "  File \"";
        out += code->filename->view();
        out += "\", line ";
        out += std::to_string(tb->line);
        out += ", in ";
        out += code->name->view();
        out += "\n";
        auto it = ts.rt.sourceLines.find(std::string(code->filename->view()));
        if (it != ts.rt.sourceLines.end() && tb->line >= 1 && static_cast<size_t>(tb->line) <= it->second.size()) {
            std::string_view line = strip(it->second[static_cast<size_t>(tb->line) - 1]);
            if (!line.empty()) {
                out += "    ";
                out += line;
                out += "\n";
            }
        }
    }
}

// "ValueError: message", or just "ValueError" when str(exc) is empty. Never
// raises: a failing __str__ is reported the way CPython does.
std::string lastLine(ThreadState& ts, ExceptionObject* exc) {
    std::string out(exc->type->qualname->view());
    if (exc->type->isHeapType && exc->type->dict) {
        Value mod = dictGetStr(exc->type->dict, ts.rt.names.__module__);
        if (isKind(mod, ObjKind::Str)) {
            std::string_view m = as<StrObject>(mod)->view();
            if (m != "builtins" && m != "__main__") out = std::string(m) + "." + out;
        }
    }
    try {
        StrObject* text = toStr(ts, Value::object(exc));
        if (text->byteLength) {
            out += ": ";
            out += text->view();
        }
    } catch (const PyThrow&) {
        takeRaised(ts);
        out += ": <exception str() failed>";
    }
    return out;
}

void formatChain(ThreadState& ts, ExceptionObject* exc, std::string& out, std::unordered_set<Object*>& seen) {
    seen.insert(exc);
    if (isKind(exc->cause, ObjKind::Exception) && !seen.count(exc->cause.asObject())) {
        formatChain(ts, as<ExceptionObject>(exc->cause), out, seen);
        out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (!exc->suppressContext && isKind(exc->context, ObjKind::Exception) &&
               !seen.count(exc->context.asObject())) {
        formatChain(ts, as<ExceptionObject>(exc->context), out, seen);
        out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    formatEntries(ts, exc, out);
    out += lastLine(ts, exc);
    out += "\n";
}

} // namespace

std::string formatTraceback(ThreadState& ts, Value exception) {
    std::string out;
    if (!isKind(exception, ObjKind::Exception)) return "<not an exception>\n";
    std::unordered_set<Object*> seen;
    formatChain(ts, as<ExceptionObject>(exception), out, seen);
    return out;
}

} // namespace spindle
