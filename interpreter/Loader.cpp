// Loader.cpp — from the compiler's plain data to runtime code objects.
#include "interpreter/Compiler.h"
#include "interpreter/Interpreter.h"
#include "interpreter/Parser.h"

#include <cstdio>
#include <sstream>

namespace spindle {

namespace {

Value materialise(ThreadState& ts, const Constant& c) {
    struct Visitor {
        ThreadState& ts;
        Value operator()(const Constant::None&) const { return Value::none(); }
        Value operator()(const Constant::Ellipsis&) const { return ts.rt.ellipsis; }
        Value operator()(bool b) const { return Value::boolean(b); }
        Value operator()(int64_t i) const { return Value::integer(i); }
        Value operator()(const Constant::BigIntText& t) const { return intFromBigText(ts, t.decimal); }
        Value operator()(double d) const { return Value::real(d); }
        Value operator()(const Constant::Str& s) const {
            // Short strings are interned: most are identifiers used as dict keys
            // (keyword names, attribute names), where identity compares win.
            if (s.utf8.size() <= 40) return Value::object(intern(ts, s.utf8));
            return strValue(ts, s.utf8);
        }
        Value operator()(const Constant::Bytes& b) const { return Value::object(newBytes(ts, b.bytes)); }
        Value operator()(const Constant::Tuple& t) const {
            Handle tuple(ts, Value::object(newTuple(ts, t.items.size())));
            for (size_t i = 0; i < t.items.size(); i++) {
                Value item = materialise(ts, t.items[i]);
                as<TupleObject>(tuple.get())->items()[i] = item;
            }
            return tuple.get();
        }
        Value operator()(const Constant::Code& code) const { return Value::object(loadCode(ts, code)); }
    };
    return std::visit(Visitor{ts}, c.value);
}

TupleObject* strTuple(ThreadState& ts, const std::vector<std::string>& items) {
    Handle tuple(ts, Value::object(newTuple(ts, items.size())));
    for (size_t i = 0; i < items.size(); i++)
        as<TupleObject>(tuple.get())->items()[i] = Value::object(intern(ts, items[i]));
    return as<TupleObject>(tuple.get());
}

// The read-only co_* attributes that scripts use for introspection; the
// bytecode itself (co_code) is Spindle's own and not exposed.
bool codeGetAttr(ThreadState& ts, Value v, StrObject* name, Value& out) {
    const CompiledCode& c = *as<CodeObject>(v)->compiled;
    CodeObject* code = as<CodeObject>(v);
    std::string_view n = name->view();
    if (n == "co_name") out = Value::object(code->name);
    else if (n == "co_qualname") out = Value::object(code->qualname);
    else if (n == "co_filename") out = Value::object(code->filename);
    else if (n == "co_firstlineno") out = Value::integer(c.firstLine);
    else if (n == "co_argcount") out = Value::integer(c.argCount);
    else if (n == "co_posonlyargcount") out = Value::integer(c.posOnlyCount);
    else if (n == "co_kwonlyargcount") out = Value::integer(c.kwOnlyCount);
    else if (n == "co_nlocals") out = Value::integer(code->nlocals);
    else if (n == "co_varnames") out = Value::object(strTuple(ts, c.varnames));
    else if (n == "co_cellvars") out = Value::object(strTuple(ts, c.cellvars));
    else if (n == "co_freevars") out = Value::object(strTuple(ts, c.freevars));
    else if (n == "co_names") out = Value::object(strTuple(ts, c.names));
    else return false;
    return true;
}

StrObject* codeRepr(ThreadState& ts, Value v) {
    CodeObject* code = as<CodeObject>(v);
    char address[32];
    std::snprintf(address, sizeof address, "%p", static_cast<void*>(code));
    std::string text = "<code object ";
    text += code->name->view();
    text += " at ";
    text += address;
    text += ", file \"";
    text += code->filename->view();
    text += "\", line ";
    text += std::to_string(code->compiled->firstLine);
    text += ">";
    return newStr(ts, text);
}

} // namespace

void initCodeType(ThreadState& ts) {
    ts.rt.types.code->slots.getAttr = codeGetAttr;
    ts.rt.types.code->slots.repr = codeRepr;
}

CodeObject::~CodeObject() { delete[] caches; }

CodeObject* loadCode(ThreadState& ts, const std::shared_ptr<const CompiledCode>& compiled) {
    Runtime& rt = ts.rt;
    CodeObject* code = rt.heap.make<CodeObject>(rt.types.code, 0);
    Handle keep(ts, Value::object(code));
    code->compiled = compiled;
    code->code = compiled->code.data();
    code->name = intern(ts, compiled->name);
    code->qualname = intern(ts, compiled->qualname);
    code->filename = intern(ts, compiled->filename);
    code->nlocals = static_cast<int>(compiled->varnames.size());
    code->ncells = static_cast<int>(compiled->cellvars.size());
    code->nfrees = static_cast<int>(compiled->freevars.size());
    code->maxStack = compiled->maxStack;
    code->cacheCount = compiled->cacheCount;
    if (compiled->cacheCount > 0) code->caches = new InlineCache[static_cast<size_t>(compiled->cacheCount)];
    for (const std::string& n : compiled->names) code->names.push_back(intern(ts, n));
    for (const std::string& n : compiled->varnames) code->varnames.push_back(intern(ts, n));
    for (const Constant& c : compiled->constants) {
        Value v = materialise(ts, c);
        code->constants.push_back(v);
    }
    return code;
}

CodeObject* compileSource(ThreadState& ts, std::string_view source, const std::string& filename) {
    rememberSource(ts.rt, filename, source);
    std::shared_ptr<const CompiledCode> compiled;
    try {
        ast::Module module = parseModule(source, filename);
        compiled = compileModule(module, CompileOptions{});
    } catch (const SourceError& e) {
        raise(ts, Value::object(newSyntaxError(ts, e)));
    }
    return loadCode(ts, compiled);
}

void rememberSource(Runtime& rt, const std::string& filename, std::string_view source) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start <= source.size()) {
        size_t end = source.find('\n', start);
        if (end == std::string_view::npos) end = source.size();
        lines.emplace_back(source.substr(start, end - start));
        start = end + 1;
    }
    rt.sourceLines[filename] = std::move(lines);
}

} // namespace spindle
