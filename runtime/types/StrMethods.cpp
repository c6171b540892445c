// StrMethods.cpp — the methods of str.
//
// Positions seen by Python are code point indices; the text is UTF-8. Methods
// work on byte offsets and convert at the edges (free for ASCII strings, whose
// byte and code point indices coincide).
#include "runtime/types/Containers.h"
#include "runtime/types/Format.h"
#include "runtime/types/Numbers.h"
#include "runtime/types/StrCodecs.h"

#include <algorithm>

namespace spindle {

namespace {

StrObject* self(Value v) { return as<StrObject>(v); }

Value str(ThreadState& ts, std::string_view s) { return strValue(ts, s); }

// Return the receiver itself when an operation changed nothing (CPython does the
// same for exact str), otherwise a new string.
Value sameOrNew(ThreadState& ts, StrObject* s, std::string_view result) {
    if (result.size() == s->byteLength && s->type == ts.rt.types.str && result == s->view()) return Value::object(s);
    return strValue(ts, result);
}

std::string_view typeNameOf(ThreadState& ts, Value v) { return typeName(ts, v); }

SPINDLE_NORETURN void mustBeStr(ThreadState& ts, Value v) {
    std::string_view tn = typeNameOf(ts, v);
    raiseFormat(ts, ts.rt.types.TypeError, "must be str, not %.*s", static_cast<int>(tn.size()), tn.data());
}

StrObject* strArg(ThreadState& ts, Value v) {
    if (StrObject* s = asOrNull<StrObject>(v)) return s;
    mustBeStr(ts, v);
}

// "find() takes at least 1 argument (0 given)" style (the older argument parser).
void takesArgs(ThreadState& ts, const char* name, Args args, size_t min, size_t max) {
    if (args.keywordCount()) raiseFormat(ts, ts.rt.types.TypeError, "%s() takes no keyword arguments", name);
    size_t n = args.count;
    if (n < min)
        raiseFormat(ts, ts.rt.types.TypeError, "%s() takes at least %zu argument%s (%zu given)", name, min,
                    min == 1 ? "" : "s", n);
    if (n > max)
        raiseFormat(ts, ts.rt.types.TypeError, "%s() takes at most %zu argument%s (%zu given)", name, max,
                    max == 1 ? "" : "s", n);
}

// Positional-or-keyword parameters (split(sep=None, maxsplit=-1) etc.). Fills
// out[i] (empty when not given).
void keywordArgs(ThreadState& ts, const char* name, Args args, std::initializer_list<const char*> names, Value* out) {
    size_t max = names.size();
    size_t positional = args.positionalCount();
    if (args.count > max)
        raiseFormat(ts, ts.rt.types.TypeError, "%s() takes at most %zu argument%s (%zu given)", name, max,
                    max == 1 ? "" : "s", args.count);
    for (size_t i = 0; i < positional; ++i) out[i] = args[i];
    for (size_t k = 0; k < args.keywordCount(); ++k) {
        std::string_view kw = as<StrObject>((*args.kwnames)[k])->view();
        size_t slot = max, j = 0;
        for (const char* n : names) {
            if (kw == n) slot = j;
            ++j;
        }
        if (slot == max)
            raiseFormat(ts, ts.rt.types.TypeError, "'%.*s' is an invalid keyword argument for %s()",
                        static_cast<int>(kw.size()), kw.data(), name);
        if (!out[slot].isEmpty())
            raiseFormat(ts, ts.rt.types.TypeError, "argument for %s() given by name ('%.*s') and position (%zu)", name,
                        static_cast<int>(kw.size()), kw.data(), slot + 1);
        out[slot] = args[positional + k];
    }
}

// Methods converted to Argument Clinic in CPython name themselves "str.center()"
// when refusing keywords but plain "center" in argument-count errors.
void clinicArgRange(ThreadState& ts, const char* name, Args args, size_t min, size_t max) {
    if (args.keywordCount()) raiseFormat(ts, ts.rt.types.TypeError, "str.%s() takes no keyword arguments", name);
    requireArgRange(ts, name, args, min, max);
}

// A Py_ssize_t (or, with cIntOnly, a C int) argument: an int too big for it is
// CPython's OverflowError, not the IndexError of sequence indexing.
int64_t sizeArg(ThreadState& ts, Value v, bool cIntOnly = false) {
    if (!isIntValue(v)) return indexOf(ts, v);
    int64_t n;
    bool fits = intToInt64(v, n) && (!cIntOnly || (n >= INT32_MIN && n <= INT32_MAX));
    if (!fits)
        raiseFormat(ts, ts.rt.types.OverflowError, "Python int too large to convert to C %s", cIntOnly ? "int" : "ssize_t");
    return n;
}

// Code point index -> byte offset.
size_t byteOffset(StrObject* s, int64_t cp) {
    return s->isAscii() ? static_cast<size_t>(cp) : utf8Offset(s->view(), static_cast<size_t>(cp));
}

// The optional start/end of find()/count()/startswith(): slice semantics,
// None allowed. Result as code point indices clamped into [0, len]; start may
// exceed end (nothing matches then, except the empty string at start <= len).
void searchBounds(ThreadState& ts, Args args, size_t first, int64_t len, int64_t& start, int64_t& end) {
    auto bound = [&](size_t i, int64_t dflt) -> int64_t {
        if (i >= args.count || args[i].isNone()) return dflt;
        Value v = args[i];
        int64_t x;
        if (v.isIntOrBool()) x = v.asInt();
        else if (isIntValue(v)) x = isIntNegative(v) ? INT64_MIN / 2 : INT64_MAX / 2;
        else if (typeOf(ts, v)->slots.index) x = indexOf(ts, v);
        else
            raiseError(ts, ts.rt.types.TypeError, "slice indices must be integers or None or have an __index__ method");
        if (x < 0) x = std::max<int64_t>(0, x + len);
        return x;
    };
    // Only the end is clamped to the length: a start beyond it finds nothing,
    // not even the empty string ("abc".find("", 4) == -1).
    start = bound(first, 0);
    end = std::min(bound(first + 1, len), len);
}

std::string_view window(StrObject* s, int64_t start, int64_t end) {
    size_t b0 = byteOffset(s, start), b1 = byteOffset(s, end);
    return s->view().substr(b0, b1 - b0);
}

// ---- searching -----------------------------------------------------------------------

int64_t findImpl(ThreadState& ts, const char* name, Value v, Args args, bool reverse) {
    takesArgs(ts, name, args, 1, 3);
    StrObject* s = self(v);
    StrObject* sub = strArg(ts, args[0]);
    int64_t len = static_cast<int64_t>(s->charLength), start, end;
    searchBounds(ts, args, 1, len, start, end);
    if (start > end) return -1;
    std::string_view w = window(s, start, end);
    size_t pos = reverse ? w.rfind(sub->view()) : w.find(sub->view());
    if (pos == std::string_view::npos) return -1;
    return start + (s->isAscii() ? static_cast<int64_t>(pos) : static_cast<int64_t>(utf8Length(w.substr(0, pos))));
}

Value strFind(ThreadState& ts, Value v, Args a) { return Value::integer(findImpl(ts, "find", v, a, false)); }
Value strRfind(ThreadState& ts, Value v, Args a) { return Value::integer(findImpl(ts, "rfind", v, a, true)); }
Value strIndex(ThreadState& ts, Value v, Args a) {
    int64_t r = findImpl(ts, "index", v, a, false);
    if (r < 0) raiseError(ts, ts.rt.types.ValueError, "substring not found");
    return Value::integer(r);
}
Value strRindex(ThreadState& ts, Value v, Args a) {
    int64_t r = findImpl(ts, "rindex", v, a, true);
    if (r < 0) raiseError(ts, ts.rt.types.ValueError, "substring not found");
    return Value::integer(r);
}

Value strCount(ThreadState& ts, Value v, Args args) {
    takesArgs(ts, "count", args, 1, 3);
    StrObject* s = self(v);
    StrObject* sub = strArg(ts, args[0]);
    int64_t len = static_cast<int64_t>(s->charLength), start, end;
    searchBounds(ts, args, 1, len, start, end);
    if (start > end) return Value::integer(0);
    if (sub->byteLength == 0) return Value::integer(end - start + 1);
    std::string_view w = window(s, start, end);
    int64_t n = 0;
    for (size_t pos = w.find(sub->view()); pos != std::string_view::npos; pos = w.find(sub->view(), pos + sub->byteLength))
        ++n;
    return Value::integer(n);
}

Value startsEnds(ThreadState& ts, const char* name, Value v, Args args, bool ends) {
    takesArgs(ts, name, args, 1, 3);
    StrObject* s = self(v);
    int64_t len = static_cast<int64_t>(s->charLength), start, end;
    searchBounds(ts, args, 1, len, start, end);
    auto test = [&](StrObject* affix) {
        if (start > len) return false;
        if (end - start < static_cast<int64_t>(affix->charLength)) return false;
        std::string_view w = window(s, start, std::max(start, end));
        return ends ? w.ends_with(affix->view()) : w.starts_with(affix->view());
    };
    if (TupleObject* t = asOrNull<TupleObject>(args[0])) {
        for (size_t i = 0; i < t->size; ++i) {
            StrObject* affix = asOrNull<StrObject>((*t)[i]);
            if (!affix) {
                std::string_view tn = typeNameOf(ts, (*t)[i]);
                raiseFormat(ts, ts.rt.types.TypeError, "tuple for %s must only contain str, not %.*s", name,
                            static_cast<int>(tn.size()), tn.data());
            }
            if (test(affix)) return Value::boolean(true);
        }
        return Value::boolean(false);
    }
    StrObject* affix = asOrNull<StrObject>(args[0]);
    if (!affix) {
        std::string_view tn = typeNameOf(ts, args[0]);
        raiseFormat(ts, ts.rt.types.TypeError, "%s first arg must be str or a tuple of str, not %.*s", name,
                    static_cast<int>(tn.size()), tn.data());
    }
    return Value::boolean(test(affix));
}
Value strStartswith(ThreadState& ts, Value v, Args a) { return startsEnds(ts, "startswith", v, a, false); }
Value strEndswith(ThreadState& ts, Value v, Args a) { return startsEnds(ts, "endswith", v, a, true); }

// ---- splitting and joining --------------------------------------------------------------

bool spaceAt(std::string_view s, size_t i, size_t& next) {
    next = i;
    uint32_t cp = utf8Decode(s, next);
    return uniIsSpace(cp);
}

int64_t maxsplitArg(ThreadState& ts, Value v) { return v.isEmpty() ? -1 : sizeArg(ts, v); }

StrObject* sepArg(ThreadState& ts, Value v) {
    if (v.isEmpty() || v.isNone()) return nullptr;
    StrObject* sep = asOrNull<StrObject>(v);
    if (!sep) {
        std::string_view tn = typeNameOf(ts, v);
        raiseFormat(ts, ts.rt.types.TypeError, "must be str or None, not %.*s", static_cast<int>(tn.size()), tn.data());
    }
    if (sep->byteLength == 0) raiseError(ts, ts.rt.types.ValueError, "empty separator");
    return sep;
}

Value strSplit(ThreadState& ts, Value v, Args args) {
    Value p[2];
    keywordArgs(ts, "split", args, {"sep", "maxsplit"}, p);
    StrObject* sep = sepArg(ts, p[0]);
    int64_t maxsplit = maxsplitArg(ts, p[1]);
    std::string_view s = self(v)->view();
    ListObject* out = newList(ts);
    if (sep) {
        size_t pos = 0;
        while (maxsplit < 0 || static_cast<int64_t>(out->items.size()) < maxsplit) {
            size_t hit = s.find(sep->view(), pos);
            if (hit == std::string_view::npos) break;
            out->items.push_back(str(ts, s.substr(pos, hit - pos)));
            pos = hit + sep->byteLength;
        }
        out->items.push_back(str(ts, s.substr(pos)));
        return Value::object(out);
    }
    size_t i = 0, n = s.size(), next;
    while (true) {
        while (i < n && spaceAt(s, i, next)) i = next;
        if (i >= n) break;
        if (maxsplit >= 0 && static_cast<int64_t>(out->items.size()) >= maxsplit) {
            // The remainder keeps its inner and trailing whitespace, as CPython's.
            out->items.push_back(str(ts, s.substr(i)));
            break;
        }
        size_t start = i;
        while (i < n && !spaceAt(s, i, next)) i = next;
        out->items.push_back(str(ts, s.substr(start, i - start)));
    }
    return Value::object(out);
}

Value strRsplit(ThreadState& ts, Value v, Args args) {
    Value p[2];
    keywordArgs(ts, "rsplit", args, {"sep", "maxsplit"}, p);
    StrObject* sep = sepArg(ts, p[0]);
    int64_t maxsplit = maxsplitArg(ts, p[1]);
    std::string_view s = self(v)->view();
    std::vector<std::string_view> parts;
    if (sep) {
        size_t end = s.size();
        while (maxsplit < 0 || static_cast<int64_t>(parts.size()) < maxsplit) {
            if (end < sep->byteLength) break;
            size_t hit = s.substr(0, end).rfind(sep->view());
            if (hit == std::string_view::npos) break;
            parts.push_back(s.substr(hit + sep->byteLength, end - hit - sep->byteLength));
            end = hit;
        }
        parts.push_back(s.substr(0, end));
    } else {
        // Walk code points backwards: find each code point's start byte.
        auto prevStart = [&](size_t i) {
            do --i;
            while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
            return i;
        };
        auto spaceBefore = [&](size_t i, size_t& startOut) {
            startOut = prevStart(i);
            size_t dummy;
            return spaceAt(s, startOut, dummy);
        };
        size_t i = s.size(), st;
        while (true) {
            while (i > 0 && spaceBefore(i, st)) i = st;
            if (i == 0) break;
            if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) >= maxsplit) {
                parts.push_back(s.substr(0, i));
                break;
            }
            size_t end = i;
            while (i > 0 && !spaceBefore(i, st)) i = st;
            parts.push_back(s.substr(i, end - i));
        }
    }
    ListObject* out = newList(ts, parts.size());
    for (size_t k = parts.size(); k-- > 0;) out->items.push_back(str(ts, parts[k]));
    return Value::object(out);
}

Value strSplitlines(ThreadState& ts, Value v, Args args) {
    Value p[1];
    keywordArgs(ts, "splitlines", args, {"keepends"}, p);
    // keepends is a C int in CPython: any int-like value, not any truthy object.
    bool keepends = !p[0].isEmpty() && sizeArg(ts, p[0], true) != 0;
    std::string_view s = self(v)->view();
    ListObject* out = newList(ts);
    size_t i = 0, start = 0;
    while (i < s.size()) {
        size_t next = i;
        uint32_t cp = utf8Decode(s, next);
        if (uniIsLineBreak(cp)) {
            size_t lineEnd = i;
            if (cp == '\r' && next < s.size() && s[next] == '\n') ++next;
            out->items.push_back(str(ts, s.substr(start, (keepends ? next : lineEnd) - start)));
            start = next;
        }
        i = next;
    }
    if (start < s.size()) out->items.push_back(str(ts, s.substr(start)));
    return Value::object(out);
}

Value strJoin(ThreadState& ts, Value v, Args args) {
    requireOneArg(ts, "str.join", args);
    Value iterable = args[0];
    Handle items(ts);
    const Value* values;
    size_t count;
    if (ListObject* l = asOrNull<ListObject>(iterable)) {
        values = l->items.data();
        count = l->items.size();
    } else if (TupleObject* t = asOrNull<TupleObject>(iterable)) {
        values = t->items();
        count = t->size;
    } else {
        TypeObject* type = typeOf(ts, iterable);
        if (!type->slots.iter && !type->slots.getItem && lookupInType(type, ts.rt.names.__iter__).isEmpty())
            raiseError(ts, ts.rt.types.TypeError, "can only join an iterable");
        ListObject* l = listFromIterable(ts, iterable);
        items.set(Value::object(l));
        values = l->items.data();
        count = l->items.size();
    }
    std::string_view sep = self(v)->view();
    size_t total = 0;
    for (size_t i = 0; i < count; ++i) {
        StrObject* item = asOrNull<StrObject>(values[i]);
        if (!item) {
            std::string_view tn = typeNameOf(ts, values[i]);
            raiseFormat(ts, ts.rt.types.TypeError, "sequence item %zu: expected str instance, %.*s found", i,
                        static_cast<int>(tn.size()), tn.data());
        }
        total += item->byteLength + (i ? sep.size() : 0);
    }
    if (count == 1 && as<StrObject>(values[0])->type == ts.rt.types.str) return values[0];
    std::string out;
    out.reserve(total);
    for (size_t i = 0; i < count; ++i) {
        if (i) out.append(sep);
        out.append(as<StrObject>(values[i])->view());
    }
    return str(ts, out);
}

Value partitionImpl(ThreadState& ts, const char* name, Value v, Args args, bool reverse) {
    requireOneArg(ts, name, args);
    StrObject* sep = strArg(ts, args[0]);
    if (sep->byteLength == 0) raiseError(ts, ts.rt.types.ValueError, "empty separator");
    StrObject* s = self(v);
    std::string_view text = s->view();
    size_t hit = reverse ? text.rfind(sep->view()) : text.find(sep->view());
    TupleObject* t = newTuple(ts, 3);
    if (hit == std::string_view::npos) {
        (*t)[reverse ? 2 : 0] = v;
        (*t)[1] = ts.rt.emptyStr;
        (*t)[reverse ? 0 : 2] = ts.rt.emptyStr;
    } else {
        (*t)[0] = str(ts, text.substr(0, hit));
        (*t)[1] = args[0];
        (*t)[2] = str(ts, text.substr(hit + sep->byteLength));
    }
    return Value::object(t);
}
Value strPartition(ThreadState& ts, Value v, Args a) { return partitionImpl(ts, "str.partition", v, a, false); }
Value strRpartition(ThreadState& ts, Value v, Args a) { return partitionImpl(ts, "str.rpartition", v, a, true); }

// ---- stripping, replacing ----------------------------------------------------------------

Value stripImpl(ThreadState& ts, const char* name, Value v, Args args, bool left, bool right) {
    clinicArgRange(ts, name, args, 0, 1);
    StrObject* chars = nullptr;
    if (args.count == 1 && !args[0].isNone()) {
        chars = asOrNull<StrObject>(args[0]);
        if (!chars) raiseFormat(ts, ts.rt.types.TypeError, "%s arg must be None or str", name);
    }
    std::string_view s = self(v)->view();
    auto strip = [&](uint32_t cp) {
        if (!chars) return uniIsSpace(cp);
        std::string_view set = chars->view();
        for (size_t i = 0; i < set.size();)
            if (utf8Decode(set, i) == cp) return true;
        return false;
    };
    size_t begin = 0, end = s.size();
    if (left) {
        while (begin < end) {
            size_t next = begin;
            if (!strip(utf8Decode(s, next))) break;
            begin = next;
        }
    }
    if (right) {
        while (end > begin) {
            size_t start = end - 1;
            while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
            size_t tmp = start;
            if (!strip(utf8Decode(s, tmp))) break;
            end = start;
        }
    }
    return sameOrNew(ts, self(v), s.substr(begin, end - begin));
}
Value strStrip(ThreadState& ts, Value v, Args a) { return stripImpl(ts, "strip", v, a, true, true); }
Value strLstrip(ThreadState& ts, Value v, Args a) { return stripImpl(ts, "lstrip", v, a, true, false); }
Value strRstrip(ThreadState& ts, Value v, Args a) { return stripImpl(ts, "rstrip", v, a, false, true); }

Value strReplace(ThreadState& ts, Value v, Args args) {
    clinicArgRange(ts, "replace", args, 2, 3);
    StrObject* oldS = requireStr(ts, args[0], "replace() argument 1");
    StrObject* newS = requireStr(ts, args[1], "replace() argument 2");
    int64_t count = args.count > 2 ? sizeArg(ts, args[2]) : -1;
    std::string_view s = self(v)->view(), from = oldS->view(), to = newS->view();
    std::string out;
    int64_t done = 0;
    if (from.empty()) {
        size_t i = 0;
        while (i <= s.size()) {
            if (count < 0 || done < count) {
                out.append(to);
                ++done;
            }
            if (i == s.size()) break;
            size_t next = i + utf8SeqLength(static_cast<unsigned char>(s[i]));
            out.append(s.substr(i, next - i));
            i = next;
        }
        return sameOrNew(ts, self(v), out);
    }
    size_t pos = 0;
    while (count < 0 || done < count) {
        size_t hit = s.find(from, pos);
        if (hit == std::string_view::npos) break;
        out.append(s.substr(pos, hit - pos));
        out.append(to);
        pos = hit + from.size();
        ++done;
    }
    if (done == 0) return sameOrNew(ts, self(v), s);
    out.append(s.substr(pos));
    return str(ts, out);
}

Value strRemoveprefix(ThreadState& ts, Value v, Args args) {
    requireOneArg(ts, "str.removeprefix", args);
    StrObject* p = requireStr(ts, args[0], "removeprefix() argument");
    std::string_view s = self(v)->view();
    return sameOrNew(ts, self(v), s.starts_with(p->view()) ? s.substr(p->byteLength) : s);
}

Value strRemovesuffix(ThreadState& ts, Value v, Args args) {
    requireOneArg(ts, "str.removesuffix", args);
    StrObject* p = requireStr(ts, args[0], "removesuffix() argument");
    std::string_view s = self(v)->view();
    bool hit = p->byteLength && s.ends_with(p->view());
    return sameOrNew(ts, self(v), hit ? s.substr(0, s.size() - p->byteLength) : s);
}

// ---- case ------------------------------------------------------------------------------

Value convertCase(ThreadState& ts, const char* name, Value v, Args a, CaseConversion how) {
    requireNoArgs(ts, name, a);
    std::string out;
    uniConvertCase(out, self(v)->view(), how);
    return sameOrNew(ts, self(v), out);
}
Value strUpper(ThreadState& ts, Value v, Args a) { return convertCase(ts, "str.upper", v, a, CaseConversion::Upper); }
Value strLower(ThreadState& ts, Value v, Args a) { return convertCase(ts, "str.lower", v, a, CaseConversion::Lower); }
Value strCasefold(ThreadState& ts, Value v, Args a) {
    return convertCase(ts, "str.casefold", v, a, CaseConversion::Casefold);
}
Value strSwapcase(ThreadState& ts, Value v, Args a) {
    return convertCase(ts, "str.swapcase", v, a, CaseConversion::Swapcase);
}
Value strTitle(ThreadState& ts, Value v, Args a) { return convertCase(ts, "str.title", v, a, CaseConversion::Title); }
Value strCapitalize(ThreadState& ts, Value v, Args a) {
    return convertCase(ts, "str.capitalize", v, a, CaseConversion::Capitalize);
}

// ---- predicates --------------------------------------------------------------------------

template <bool (*Pred)(uint32_t)>
Value allCodePoints(ThreadState& ts, const char* name, Value v, Args a) {
    requireNoArgs(ts, name, a);
    std::string_view s = self(v)->view();
    if (s.empty()) return Value::boolean(false);
    for (size_t i = 0; i < s.size();)
        if (!Pred(utf8Decode(s, i))) return Value::boolean(false);
    return Value::boolean(true);
}
bool isAlnumCp(uint32_t c) { return uniIsAlpha(c) || uniIsNumeric(c); }
Value strIsdigit(ThreadState& ts, Value v, Args a) { return allCodePoints<uniIsDigit>(ts, "str.isdigit", v, a); }
Value strIsdecimal(ThreadState& ts, Value v, Args a) { return allCodePoints<uniIsDecimal>(ts, "str.isdecimal", v, a); }
Value strIsnumeric(ThreadState& ts, Value v, Args a) { return allCodePoints<uniIsNumeric>(ts, "str.isnumeric", v, a); }
Value strIsalpha(ThreadState& ts, Value v, Args a) { return allCodePoints<uniIsAlpha>(ts, "str.isalpha", v, a); }
Value strIsalnum(ThreadState& ts, Value v, Args a) { return allCodePoints<isAlnumCp>(ts, "str.isalnum", v, a); }
Value strIsspace(ThreadState& ts, Value v, Args a) { return allCodePoints<uniIsSpace>(ts, "str.isspace", v, a); }

// isupper(): no lowercase or titlecase character and at least one uppercase
// one; islower() the mirror image (CPython's rules, titlecase counting as neither).
Value caseCheck(ThreadState& ts, const char* name, Value v, Args a, bool upper) {
    requireNoArgs(ts, name, a);
    std::string_view s = self(v)->view();
    bool cased = false;
    for (size_t i = 0; i < s.size();) {
        uint32_t c = utf8Decode(s, i);
        if ((upper ? uniIsLower(c) : uniIsUpper(c)) || uniIsTitle(c)) return Value::boolean(false);
        if (upper ? uniIsUpper(c) : uniIsLower(c)) cased = true;
    }
    return Value::boolean(cased);
}
Value strIsupper(ThreadState& ts, Value v, Args a) { return caseCheck(ts, "str.isupper", v, a, true); }
Value strIslower(ThreadState& ts, Value v, Args a) { return caseCheck(ts, "str.islower", v, a, false); }

// Uppercase and titlecase characters may only start a cased run, lowercase ones
// only continue it.
Value strIstitle(ThreadState& ts, Value v, Args a) {
    requireNoArgs(ts, "str.istitle", a);
    std::string_view s = self(v)->view();
    bool cased = false, previousCased = false;
    for (size_t i = 0; i < s.size();) {
        uint32_t c = utf8Decode(s, i);
        if (uniIsUpper(c) || uniIsTitle(c)) {
            if (previousCased) return Value::boolean(false);
            previousCased = cased = true;
        } else if (uniIsLower(c)) {
            if (!previousCased) return Value::boolean(false);
            previousCased = cased = true;
        } else {
            previousCased = false;
        }
    }
    return Value::boolean(cased);
}

Value strIsidentifier(ThreadState& ts, Value v, Args a) {
    requireNoArgs(ts, "str.isidentifier", a);
    std::string_view s = self(v)->view();
    if (s.empty()) return Value::boolean(false);
    size_t i = 0;
    if (!uniIsIdentifierStart(utf8Decode(s, i))) return Value::boolean(false);
    while (i < s.size())
        if (!uniIsIdentifierContinue(utf8Decode(s, i))) return Value::boolean(false);
    return Value::boolean(true);
}

Value strIsprintable(ThreadState& ts, Value v, Args a) {
    requireNoArgs(ts, "str.isprintable", a);
    std::string_view s = self(v)->view();
    for (size_t i = 0; i < s.size();)
        if (!uniIsPrintable(utf8Decode(s, i))) return Value::boolean(false);
    return Value::boolean(true);
}

Value strIsascii(ThreadState& ts, Value v, Args a) {
    requireNoArgs(ts, "str.isascii", a);
    return Value::boolean(self(v)->isAscii());
}

// ---- padding --------------------------------------------------------------------------------

uint32_t fillArg(ThreadState& ts, Args args, size_t i) {
    if (args.count <= i) return ' ';
    StrObject* f = asOrNull<StrObject>(args[i]);
    if (!f) {
        std::string_view tn = typeNameOf(ts, args[i]);
        raiseFormat(ts, ts.rt.types.TypeError, "The fill character must be a unicode character, not %.*s",
                    static_cast<int>(tn.size()), tn.data());
    }
    if (f->charLength != 1)
        raiseError(ts, ts.rt.types.TypeError, "The fill character must be exactly one character long");
    size_t pos = 0;
    return utf8Decode(f->view(), pos);
}

Value padImpl(ThreadState& ts, const char* name, Value v, Args args, char align) {
    clinicArgRange(ts, name, args, 1, 2);
    int64_t width = sizeArg(ts, args[0]);
    uint32_t fill = fillArg(ts, args, 1);
    StrObject* s = self(v);
    int64_t len = static_cast<int64_t>(s->charLength);
    if (width <= len) return sameOrNew(ts, s, s->view());
    checkTextSize(ts, width);
    int64_t pad = width - len;
    int64_t left = align == '<' ? 0 : align == '>' ? pad : pad / 2 + (pad & width & 1);
    std::string fillCp;
    utf8Append(fillCp, fill);
    std::string out;
    for (int64_t i = 0; i < left; ++i) out += fillCp;
    out.append(s->view());
    for (int64_t i = left; i < pad; ++i) out += fillCp;
    return str(ts, out);
}
Value strCenter(ThreadState& ts, Value v, Args a) { return padImpl(ts, "center", v, a, '^'); }
Value strLjust(ThreadState& ts, Value v, Args a) { return padImpl(ts, "ljust", v, a, '<'); }
Value strRjust(ThreadState& ts, Value v, Args a) { return padImpl(ts, "rjust", v, a, '>'); }

Value strZfill(ThreadState& ts, Value v, Args args) {
    requireOneArg(ts, "str.zfill", args);
    int64_t width = sizeArg(ts, args[0]);
    StrObject* s = self(v);
    int64_t len = static_cast<int64_t>(s->charLength);
    if (width <= len) return sameOrNew(ts, s, s->view());
    checkTextSize(ts, width);
    std::string_view text = s->view();
    std::string out;
    size_t rest = 0;
    if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
        out.push_back(text[0]);
        rest = 1;
    }
    out.append(width - len, '0');
    out.append(text.substr(rest));
    return str(ts, out);
}

Value strExpandtabs(ThreadState& ts, Value v, Args args) {
    Value p[1];
    keywordArgs(ts, "expandtabs", args, {"tabsize"}, p);
    int64_t tabsize = p[0].isEmpty() ? 8 : sizeArg(ts, p[0], true);
    std::string_view s = self(v)->view();
    std::string out;
    int64_t column = 0;
    for (size_t i = 0; i < s.size();) {
        size_t start = i;
        uint32_t c = utf8Decode(s, i);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t spaces = tabsize - column % tabsize;
                out.append(spaces, ' ');
                column += spaces;
            }
        } else {
            out.append(s.substr(start, i - start));
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
    }
    return sameOrNew(ts, self(v), out);
}

// ---- formatting, encoding, translation --------------------------------------------------------

Value strFormatMethod(ThreadState& ts, Value v, Args args) { return Value::object(strFormat(ts, self(v), args)); }

Value strFormatMap(ThreadState& ts, Value v, Args args) {
    requireOneArg(ts, "str.format_map", args);
    return Value::object(strFormat(ts, self(v), Args{}, args[0]));
}

Value strDunderFormat(ThreadState& ts, Value v, Args args) {
    requireOneArg(ts, "str.__format__", args);
    StrObject* spec = requireStr(ts, args[0], "__format__() argument");
    return Value::object(formatStr(ts, v, spec));
}

Value strEncode(ThreadState& ts, Value v, Args args) {
    Value p[2];
    keywordArgs(ts, "encode", args, {"encoding", "errors"}, p);
    std::string_view enc = p[0].isEmpty() ? "utf-8" : requireStr(ts, p[0], "encode() argument 'encoding'")->view();
    std::string_view err = p[1].isEmpty() ? "strict" : requireStr(ts, p[1], "encode() argument 'errors'")->view();
    return Value::object(encodeStr(ts, self(v), enc, err));
}

// str.maketrans(x[, y[, z]]) — a static method: no receiver.
Value strMaketrans(ThreadState& ts, Value, Args args) {
    clinicArgRange(ts, "maketrans", args, 1, 3);
    Handle result(ts, Value::object(newDict(ts)));
    DictObject* d = as<DictObject>(result.get());
    if (args.count == 1) {
        DictObject* src = asOrNull<DictObject>(args[0]);
        if (!src)
            raiseError(ts, ts.rt.types.TypeError, "if you give only one argument to maketrans it must be a dict");
        for (size_t i = 0; i < src->table.entries().size(); ++i) {
            HashEntry e = src->table.entries()[i];
            if (e.key.isEmpty()) continue;
            Value key = e.key;
            if (StrObject* k = asOrNull<StrObject>(key)) {
                if (k->charLength != 1)
                    raiseError(ts, ts.rt.types.ValueError, "string keys in translate table must be of length 1");
                size_t pos = 0;
                key = Value::integer(utf8Decode(k->view(), pos));
            } else if (!isIntValue(key)) {
                raiseError(ts, ts.rt.types.TypeError, "keys in translate table must be strings or integers");
            }
            dictSet(ts, d, key, e.value);
        }
        return result;
    }
    StrObject* y = requireStr(ts, args[1], "maketrans() argument 2");
    if (args.count > 2) requireStr(ts, args[2], "maketrans() argument 3");
    StrObject* x = asOrNull<StrObject>(args[0]);
    if (!x)
        raiseError(ts, ts.rt.types.TypeError, "first maketrans argument must be a string if there is a second argument");
    if (x->charLength != y->charLength)
        raiseError(ts, ts.rt.types.ValueError, "the first two maketrans arguments must have equal length");
    std::string_view xs = x->view(), ys = y->view();
    for (size_t i = 0, j = 0; i < xs.size();) {
        uint32_t a = utf8Decode(xs, i), b = utf8Decode(ys, j);
        dictSet(ts, d, Value::integer(a), Value::integer(b));
    }
    if (args.count == 3) {
        StrObject* z = requireStr(ts, args[2], "maketrans() argument 3");
        std::string_view zs = z->view();
        for (size_t i = 0; i < zs.size();) dictSet(ts, d, Value::integer(utf8Decode(zs, i)), Value::none());
    }
    return result;
}

Value strTranslate(ThreadState& ts, Value v, Args args) {
    requireOneArg(ts, "str.translate", args);
    Value table = args[0];
    std::string_view s = self(v)->view();
    std::string out;
    for (size_t i = 0; i < s.size();) {
        uint32_t c = utf8Decode(s, i);
        Value mapped;
        try {
            mapped = getItem(ts, table, Value::integer(c));
        } catch (PyThrow&) {
            if (!isInstance(ts, ts.raised, ts.rt.types.LookupError)) throw;
            takeRaised(ts);
            utf8Append(out, c);
            continue;
        }
        if (mapped.isNone()) continue;
        if (mapped.isIntOrBool()) {
            int64_t m = mapped.asInt();
            if (m < 0 || m > 0x10FFFF)
                raiseError(ts, ts.rt.types.ValueError, "character mapping must be in range(0x110000)");
            utf8Append(out, static_cast<uint32_t>(m));
        } else if (StrObject* ms = asOrNull<StrObject>(mapped)) {
            out.append(ms->view());
        } else {
            raiseError(ts, ts.rt.types.TypeError, "character mapping must return integer, None or str");
        }
    }
    return sameOrNew(ts, self(v), out);
}

} // namespace

void defineStrMethods(ThreadState& ts, TypeObject* t) {
    struct Entry {
        const char* name;
        NativeFn fn;
    };
    static constexpr Entry methods[] = {
        {"find", strFind}, {"rfind", strRfind}, {"index", strIndex}, {"rindex", strRindex},
        {"count", strCount}, {"startswith", strStartswith}, {"endswith", strEndswith},
        {"split", strSplit}, {"rsplit", strRsplit}, {"splitlines", strSplitlines}, {"join", strJoin},
        {"partition", strPartition}, {"rpartition", strRpartition}, {"strip", strStrip},
        {"lstrip", strLstrip}, {"rstrip", strRstrip}, {"replace", strReplace},
        {"removeprefix", strRemoveprefix}, {"removesuffix", strRemovesuffix}, {"upper", strUpper},
        {"lower", strLower}, {"casefold", strCasefold}, {"swapcase", strSwapcase}, {"title", strTitle},
        {"capitalize", strCapitalize}, {"isdigit", strIsdigit}, {"isdecimal", strIsdecimal},
        {"isnumeric", strIsnumeric}, {"isalpha", strIsalpha}, {"isalnum", strIsalnum},
        {"isspace", strIsspace}, {"isupper", strIsupper}, {"islower", strIslower},
        {"istitle", strIstitle}, {"isidentifier", strIsidentifier}, {"isprintable", strIsprintable},
        {"isascii", strIsascii}, {"center", strCenter}, {"ljust", strLjust}, {"rjust", strRjust},
        {"zfill", strZfill}, {"expandtabs", strExpandtabs}, {"format", strFormatMethod},
        {"format_map", strFormatMap}, {"__format__", strDunderFormat}, {"encode", strEncode},
        {"translate", strTranslate},
    };
    for (const Entry& e : methods) defineMethod(ts, t, e.name, e.fn);
    defineNative(ts, t->dict, "maketrans", strMaketrans);
}

} // namespace spindle
