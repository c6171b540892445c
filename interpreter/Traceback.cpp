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

// A SyntaxError's attribute as text / int ("" / 0 when missing or None).
std::string syntaxErrorText(ThreadState& ts, ExceptionObject* exc, const char* name) {
    Value v = exc->dict ? dictGetStr(exc->dict, intern(ts, name)) : Value();
    return isKind(v, ObjKind::Str) ? std::string(as<StrObject>(v)->view()) : std::string();
}

int syntaxErrorInt(ThreadState& ts, ExceptionObject* exc, const char* name) {
    Value v = exc->dict ? dictGetStr(exc->dict, intern(ts, name)) : Value();
    return v.isInt() ? static_cast<int>(v.asInt()) : 0;
}

// A SyntaxError raised by compiling (an import, exec) is shown like one found
// in the main script: where it is, the line and a caret.
bool formatSyntaxErrorBody(ThreadState& ts, ExceptionObject* exc, std::string& out) {
    if (!isSubtype(exc->type, ts.rt.types.SyntaxError) || !exc->dict) return false;
    if (dictGetStr(exc->dict, intern(ts, "filename")).isEmpty()) return false;
    SourceError e;
    e.type = std::string(exc->type->name->view());
    e.message = syntaxErrorText(ts, exc, "msg");
    e.filename = syntaxErrorText(ts, exc, "filename");
    e.line = syntaxErrorInt(ts, exc, "lineno");
    e.col = syntaxErrorInt(ts, exc, "offset");
    e.endLine = syntaxErrorInt(ts, exc, "end_lineno");
    e.endCol = syntaxErrorInt(ts, exc, "end_offset");
    e.lineText = syntaxErrorText(ts, exc, "text");
    out += formatSourceError(e);
    return true;
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
    if (formatSyntaxErrorBody(ts, exc, out)) return;
    out += lastLine(ts, exc);
    out += "\n";
}

} // namespace

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


ExceptionObject* newSyntaxError(ThreadState& ts, const SourceError& error) {
    Runtime& rt = ts.rt;
    TypeObject* type = rt.types.SyntaxError;
    if (error.type == "IndentationError") type = rt.types.IndentationError;
    else if (error.type == "TabError") type = rt.types.TabError;
    auto optionalInt = [](int v) { return v > 0 ? Value::integer(v) : Value::none(); };
    TupleObject* details = newTuple(ts, 6);
    (*details)[0] = strValue(ts, error.filename);
    (*details)[1] = optionalInt(error.line);
    (*details)[2] = optionalInt(error.col);
    (*details)[3] = error.lineText.empty() ? Value::none() : strValue(ts, error.lineText + "\n");
    (*details)[4] = optionalInt(error.endLine);
    (*details)[5] = optionalInt(error.endCol);
    Handle keepDetails(ts, Value::object(details));
    TupleObject* args = newTuple(ts, 2);
    (*args)[0] = strValue(ts, error.message);
    (*args)[1] = Value::object(details);
    ExceptionObject* exc = newExceptionArgs(ts, type, args);
    Handle keep(ts, Value::object(exc));
    static const char* const kFields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    exc->dict = newDict(ts);
    dictSetStr(ts, exc->dict, "msg", (*args)[0]);
    for (size_t i = 0; i < 6; i++) dictSetStr(ts, exc->dict, kFields[i], (*details)[i]);
    return exc;
}

std::string formatTraceback(ThreadState& ts, Value exception) {
    std::string out;
    if (!isKind(exception, ObjKind::Exception)) return "<not an exception>\n";
    std::unordered_set<Object*> seen;
    formatChain(ts, as<ExceptionObject>(exception), out, seen);
    return out;
}

} // namespace spindle
