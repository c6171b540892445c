// Completion.cpp — VM::completions: what Tab offers at the REPL.
//
// The rules follow CPython's rlcompleter, with one deliberate change: where
// rlcompleter evaluates the expression before the last dot (which runs
// property getters and __getattr__), Spindle only reads namespaces: module
// dicts, instance dicts and the dicts along a class's MRO. Completing a name
// must never run code: it happens while the user types, possibly with a
// background thread relying on the state the getter would touch. So
// `obj.prop.<TAB>` offers nothing when `prop` is a property, and attributes that
// only __getattr__ knows are not offered.
#include "spindle/spindle.hpp"

#include "interpreter/Token.h"
#include "runtime/Ops.h"
#include "runtime/ThreadState.h"

#include <algorithm>
#include <set>
#include <string>
#include <string_view>

namespace spindle {

namespace {

// Python's keywords, as rlcompleter completes them: a space after those that
// are followed by something, a colon after `try` and `finally`. Spindle's
// unsupported `async`/`await` are left out.
void addKeywordMatches(std::string_view prefix, std::set<std::string>& out) {
    static constexpr std::string_view kBare[] = {"False", "None", "True", "break", "continue", "pass", "else"};
#define SPINDLE_KEYWORD_SPELLING(name, spelling) std::string_view(spelling),
    static constexpr std::string_view kAllTokens[] = {SPINDLE_TOKEN_KINDS(SPINDLE_KEYWORD_SPELLING)};
#undef SPINDLE_KEYWORD_SPELLING
    for (size_t i = static_cast<size_t>(TokenKind::KwFalse); i <= static_cast<size_t>(TokenKind::KwYield); i++) {
        std::string_view word = kAllTokens[i];
        if (word == "async" || word == "await" || !word.starts_with(prefix)) continue;
        std::string match(word);
        if (word == "try" || word == "finally") match += ':';
        else if (std::find(std::begin(kBare), std::end(kBare), word) == std::end(kBare)) match += ' ';
        out.insert(match);
    }
}

// rlcompleter's privacy rule for attributes: no prefix hides names starting
// with '_', a '_' prefix hides only the dunder-like '__' names.
bool hiddenAttribute(std::string_view name, std::string_view prefix) {
    if (prefix.empty()) return name.starts_with('_');
    if (prefix == "_") return name.starts_with("__");
    return false;
}

// Every str key of `dict` that starts with `prefix`, as `head + key`, with "("
// after callables.
void addDictMatches(ThreadState& ts, DictObject* dict, std::string_view head, std::string_view prefix,
                    bool attributes, std::set<std::string>& out) {
    if (!dict) return;
    for (const HashEntry& entry : dict->table.entries()) {
        if (!isKind(entry.key, ObjKind::Str)) continue;
        std::string_view name = as<StrObject>(entry.key)->view();
        if (!name.starts_with(prefix) || (attributes && hiddenAttribute(name, prefix))) continue;
        std::string match = std::string(head) + std::string(name);
        if (isCallable(ts, entry.value)) match += '(';
        out.insert(match);
    }
}

// What `obj.name` would give, found without running code; empty when that is
// not possible (a property, an attribute only __getattr__ knows, ...).
Value attributeWithoutCode(ThreadState& ts, Value obj, StrObject* name) {
    if (isKind(obj, ObjKind::Type)) {
        Value found = lookupInType(as<TypeObject>(obj), name);
        return !found.isEmpty() && isDataDescriptor(ts, found) ? Value() : found;
    }
    Value onType = lookupInType(typeOf(ts, obj), name);
    // A data descriptor on the type wins over the instance dict: its getter
    // decides, and it is not to be run.
    if (!onType.isEmpty() && isDataDescriptor(ts, onType)) return Value();
    if (DictObject* dict = instanceDict(obj)) {
        Value own = dictGetStr(dict, name);
        if (!own.isEmpty()) return own;
    }
    // A function found on the type would be bound; its unbound form has the
    // same attributes. Other non-data descriptors (classmethod, ...) resolve
    // to the wrapper, close enough for listing names.
    return onType;
}

bool isIdentifier(std::string_view text) {
    if (text.empty() || (text[0] >= '0' && text[0] <= '9')) return false;
    for (unsigned char c : text)
        if (!(c == '_' || c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    return true;
}

} // namespace

std::vector<std::string> VM::completions(std::string_view text) {
    Runtime& rt = *runtime_;
    ThreadState& ts = *mainThread_;
    std::set<std::string> matches;
    Value mainModule = dictGetStr(rt.modules, rt.names.__main__);
    DictObject* globals = isKind(mainModule, ObjKind::Module) ? as<ModuleObject>(mainModule)->dict : nullptr;
    size_t dot = text.rfind('.');
    if (dot == std::string_view::npos) {
        if (!text.empty() && !isIdentifier(text)) return {};
        addKeywordMatches(text, matches);
        addDictMatches(ts, globals, "", text, false, matches);
        addDictMatches(ts, rt.builtins, "", text, false, matches);
        return {matches.begin(), matches.end()};
    }
    // `a.b.c` completes the attributes of `a.b` whose names start with "c".
    std::string_view path = text.substr(0, dot);
    std::string_view prefix = text.substr(dot + 1);
    if (!prefix.empty() && !isIdentifier(prefix)) return {};
    Handle target(ts);
    size_t start = 0;
    while (start <= path.size()) {
        size_t end = std::min(path.find('.', start), path.size());
        std::string_view part = path.substr(start, end - start);
        if (!isIdentifier(part)) return {};
        StrObject* name = intern(ts, part);
        Value next;
        if (start == 0) {
            if (globals) next = dictGetStr(globals, name);
            if (next.isEmpty()) next = dictGetStr(rt.builtins, name);
        } else {
            next = attributeWithoutCode(ts, target, name);
        }
        if (next.isEmpty()) return {};
        target.set(next);
        start = end + 1;
    }
    std::string head(text.substr(0, dot + 1));
    addDictMatches(ts, instanceDict(target), head, prefix, true, matches);
    TypeObject* type = isKind(target, ObjKind::Type) ? as<TypeObject>(target.get()) : typeOf(ts, target);
    for (size_t i = 0; type->mro && i < type->mro->size; i++)
        addDictMatches(ts, as<TypeObject>(type->mro->items()[i])->dict, head, prefix, true, matches);
    return {matches.begin(), matches.end()};
}

} // namespace spindle
