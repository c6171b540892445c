#include "stdlib/BuiltinArgs.h"

#include <cstring>
#include <string>
#include <vector>

namespace spindle {

namespace {

const char* plural(size_t n) { return n == 1 ? "" : "s"; }

StrObject* keywordName(Args args, size_t k) {
    return as<StrObject>(args.kwnames->items()[k]);
}

} // namespace

Value expectOneArg(ThreadState& ts, const char* name, Args args) {
    if (SPINDLE_UNLIKELY(args.keywordCount() != 0))
        raiseFormat(ts, ts.rt.types.TypeError, "%s() takes no keyword arguments", name);
    if (SPINDLE_UNLIKELY(args.count != 1))
        raiseFormat(ts, ts.rt.types.TypeError, "%s() takes exactly one argument (%zu given)", name, args.count);
    return args[0];
}

void expectNoArgs(ThreadState& ts, const char* name, Args args) {
    if (SPINDLE_UNLIKELY(args.count != 0)) {
        if (args.keywordCount() != 0)
            raiseFormat(ts, ts.rt.types.TypeError, "%s() takes no keyword arguments", name);
        raiseFormat(ts, ts.rt.types.TypeError, "%s() takes no arguments (%zu given)", name, args.count);
    }
}

void expectArgRange(ThreadState& ts, const char* name, Args args, size_t min, size_t max) {
    if (SPINDLE_UNLIKELY(args.keywordCount() != 0))
        raiseFormat(ts, ts.rt.types.TypeError, "%s() takes no keyword arguments", name);
    size_t n = args.count;
    if (SPINDLE_LIKELY(n >= min && n <= max)) return;
    if (min == max)
        raiseFormat(ts, ts.rt.types.TypeError, "%s expected %zu argument%s, got %zu", name, min, plural(min), n);
    if (n < min)
        raiseFormat(ts, ts.rt.types.TypeError, "%s expected at least %zu argument%s, got %zu", name, min,
                    plural(min), n);
    raiseFormat(ts, ts.rt.types.TypeError, "%s expected at most %zu argument%s, got %zu", name, max, plural(max), n);
}

void raiseInvalidKeyword(ThreadState& ts, const char* name, StrObject* keyword) {
    raiseFormat(ts, ts.rt.types.TypeError, "'%s' is an invalid keyword argument for %s()", keyword->data(), name);
}

void bindArgs(ThreadState& ts, const ParamSpec& spec, Args args, Value* out) {
    TypeObject* typeError = ts.rt.types.TypeError;
    const char* fn = spec.function;
    const size_t nparams = spec.params.size();
    const size_t npos = args.positionalCount();
    const size_t nkw = args.keywordCount();
    const size_t maxPositional = spec.keywordOnlyFrom < nparams ? spec.keywordOnlyFrom : nparams;
    const char* const* names = spec.params.begin();

    if (args.count > nparams)
        raiseFormat(ts, typeError, "%s() takes at most %zu %sargument%s (%zu given)", fn, nparams,
                    npos == 0 ? "keyword " : "", plural(nparams), args.count);
    if (npos > maxPositional) {
        size_t minPositional = spec.required < maxPositional ? spec.required : maxPositional;
        raiseFormat(ts, typeError, "%s() takes %s %zu positional argument%s (%zu given)", fn,
                    minPositional < maxPositional ? "at most" : "exactly", maxPositional, plural(maxPositional), npos);
    }
    if (npos < spec.positionalOnly && npos < spec.required) {
        size_t need = spec.required < spec.positionalOnly ? spec.required : spec.positionalOnly;
        raiseFormat(ts, typeError, "%s() takes %s %zu positional argument%s (%zu given)", fn,
                    need < maxPositional ? "at least" : "exactly", need, plural(need), npos);
    }

    size_t keywordsUsed = 0;
    for (size_t i = 0; i < nparams; i++) {
        out[i] = Value();
        if (i < npos) {
            out[i] = args[i];
            continue;
        }
        if (i >= spec.positionalOnly) {
            for (size_t k = 0; k < nkw; k++) {
                if (keywordName(args, k)->view() == names[i]) {
                    out[i] = args[npos + k];
                    keywordsUsed++;
                    break;
                }
            }
        }
        if (out[i].isEmpty() && i < spec.required)
            raiseFormat(ts, typeError, "%s() missing required argument '%s' (pos %zu)", fn, names[i], i + 1);
    }
    if (keywordsUsed == nkw) return;

    // Some keyword matched nothing: say which, as CPython does.
    for (size_t k = 0; k < nkw; k++) {
        StrObject* kw = keywordName(args, k);
        bool matched = false;
        for (size_t i = spec.positionalOnly; i < nparams; i++) {
            if (kw->view() != names[i]) continue;
            if (i < npos)
                raiseFormat(ts, typeError, "argument for %s() given by name ('%s') and position (%zu)", fn,
                            names[i], i + 1);
            matched = true;
        }
        if (!matched) raiseInvalidKeyword(ts, fn, kw);
    }
}

namespace {

// 'a'  |  'a' and 'b'  |  'a', 'b', and 'c'  (the interpreter's wording)
std::string quotedNames(const std::vector<const char*>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); i++) {
        if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += "'";
        out += names[i];
        out += "'";
    }
    return out;
}

} // namespace

void bindPyArgs(ThreadState& ts, const PyParamSpec& spec, Args args, Value* out) {
    TypeObject* typeError = ts.rt.types.TypeError;
    const char* fn = spec.qualname;
    const size_t nparams = spec.params.size();
    const size_t npos = args.positionalCount();
    const size_t nkw = args.keywordCount();
    const size_t maxPositional = spec.keywordOnlyFrom < nparams ? spec.keywordOnlyFrom : nparams;
    const char* const* names = spec.params.begin();
    const size_t self = spec.method ? 1 : 0;

    for (size_t i = 0; i < nparams; i++) out[i] = i < npos && i < maxPositional ? args[i] : Value();
    // Keywords first: CPython reports a bad keyword before too many positionals.
    size_t kwOnlyGiven = 0;
    for (size_t k = 0; k < nkw; k++) {
        StrObject* kw = keywordName(args, k);
        size_t slot = SIZE_MAX;
        for (size_t i = 0; i < nparams; i++)
            if (kw->view() == names[i]) slot = i;
        if (slot == SIZE_MAX) raiseFormat(ts, typeError, "%s() got an unexpected keyword argument '%s'", fn, kw->data());
        if (!out[slot].isEmpty()) raiseFormat(ts, typeError, "%s() got multiple values for argument '%s'", fn, names[slot]);
        out[slot] = args[npos + k];
        if (slot >= maxPositional) kwOnlyGiven++;
    }
    if (npos > maxPositional) {
        size_t nDefaults = maxPositional > spec.required ? maxPositional - spec.required : 0;
        std::string takes = nDefaults ? "from " + std::to_string(spec.required + self) + " to " : "";
        takes += std::to_string(maxPositional + self);
        const char* suffix = nDefaults == 0 && maxPositional + self == 1 ? "" : "s";
        size_t given = npos + self;
        if (kwOnlyGiven)
            raiseFormat(ts, typeError,
                        "%s() takes %s positional argument%s but %zu positional argument%s (and %zu keyword-only "
                        "argument%s) were given",
                        fn, takes.c_str(), suffix, given, plural(given), kwOnlyGiven, plural(kwOnlyGiven));
        raiseFormat(ts, typeError, "%s() takes %s positional argument%s but %zu %s given", fn, takes.c_str(), suffix,
                    given, given == 1 ? "was" : "were");
    }
    std::vector<const char*> missing;
    for (size_t i = 0; i < spec.required && i < maxPositional; i++)
        if (out[i].isEmpty()) missing.push_back(names[i]);
    const char* kind = "positional";
    if (missing.empty()) {
        for (size_t i = maxPositional; i < spec.required; i++)
            if (out[i].isEmpty()) missing.push_back(names[i]);
        kind = "keyword-only";
    }
    if (!missing.empty())
        raiseFormat(ts, typeError, "%s() missing %zu required %s argument%s: %s", fn, missing.size(), kind,
                    plural(missing.size()), quotedNames(missing).c_str());
}

StrObject* attributeName(ThreadState& ts, Value name) {
    if (SPINDLE_LIKELY(isKind(name, ObjKind::Str))) return as<StrObject>(name);
    std::string_view got = typeName(ts, name);
    raiseFormat(ts, ts.rt.types.TypeError, "attribute name must be string, not '%.*s'", static_cast<int>(got.size()),
                got.data());
}

} // namespace spindle
