// BytesType.cpp — the immutable bytes type: slots, bytes(), common methods.
#include "runtime/types/Containers.h"
#include "runtime/types/Format.h"
#include "runtime/types/Numbers.h"
#include "runtime/types/StrCodecs.h"
#include "runtime/types/TypeInit.h"

#include <cstring>

namespace spindle {

namespace {

BytesObject* self(Value v) { return as<BytesObject>(v); }
Value bytesValue(ThreadState& ts, std::string_view s) { return Value::object(newBytes(ts, s)); }

bool isAsciiSpace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string bytesReprText(std::string_view s) {
    bool hasSingle = s.find('\'') != std::string_view::npos;
    bool hasDouble = s.find('"') != std::string_view::npos;
    char quote = (hasSingle && !hasDouble) ? '"' : '\'';
    static const char hex[] = "0123456789abcdef";
    std::string out = "b";
    out.push_back(quote);
    for (unsigned char c : s) {
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(c));
        } else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20 || c >= 0x7F) {
            out += "\\x";
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        } else out.push_back(static_cast<char>(c));
    }
    out.push_back(quote);
    return out;
}

StrObject* bytesRepr(ThreadState& ts, Value v) { return newStr(ts, bytesReprText(self(v)->view())); }

int64_t bytesHash(ThreadState&, Value v) {
    BytesObject* b = self(v);
    if (b->hash == -1) b->hash = hashBytes(b->view());
    return b->hash;
}

Value bytesCompare(ThreadState& ts, CompareOperator op, Value a, Value b) {
    BytesObject* x = asOrNull<BytesObject>(a);
    BytesObject* y = asOrNull<BytesObject>(b);
    if (!x || !y) return ts.rt.notImplemented;
    int c = x->view().compare(y->view());
    switch (op) {
    case CompareOperator::LT: return Value::boolean(c < 0);
    case CompareOperator::LE: return Value::boolean(c <= 0);
    case CompareOperator::EQ: return Value::boolean(c == 0);
    case CompareOperator::NE: return Value::boolean(c != 0);
    case CompareOperator::GT: return Value::boolean(c > 0);
    case CompareOperator::GE: return Value::boolean(c >= 0);
    default: SPINDLE_UNREACHABLE();
    }
}

bool bytesTruthy(ThreadState&, Value v) { return self(v)->length != 0; }
int64_t bytesLength(ThreadState&, Value v) { return static_cast<int64_t>(self(v)->length); }

Value bytesBinary(ThreadState& ts, BinaryOperator op, Value a, Value b) {
    BytesObject* left = asOrNull<BytesObject>(a);
    if (op == BinaryOperator::ADD) {
        if (!left) return ts.rt.notImplemented;
        BytesObject* right = asOrNull<BytesObject>(b);
        if (!right) {
            if (isUserInstance(ts, b)) return ts.rt.notImplemented;
            std::string_view tn = typeName(ts, b);
            raiseFormat(ts, ts.rt.types.TypeError, "can't concat %.*s to bytes", static_cast<int>(tn.size()), tn.data());
        }
        std::string out(left->view());
        out.append(right->view());
        return bytesValue(ts, out);
    }
    if (op == BinaryOperator::MULTIPLY) {
        BytesObject* s = left ? left : as<BytesObject>(b);
        int64_t count;
        if (!sequenceRepeatCount(ts, left ? b : a, count)) return ts.rt.notImplemented;
        if (count <= 0 || s->length == 0) return bytesValue(ts, "");
        if (static_cast<uint64_t>(count) > (uint64_t(1) << 40) / s->length) raiseMemoryError(ts);
        std::string out;
        out.reserve(s->length * count);
        for (int64_t i = 0; i < count; ++i) out.append(s->view());
        return bytesValue(ts, out);
    }
    return ts.rt.notImplemented;
}

Value bytesGetItem(ThreadState& ts, Value obj, Value key) {
    BytesObject* b = self(obj);
    int64_t len = static_cast<int64_t>(b->length);
    if (SliceObject* slice = asOrNull<SliceObject>(key)) {
        int64_t start, stop, step, count;
        sliceIndices(ts, slice, len, start, stop, step, count);
        std::string out;
        for (int64_t i = 0, j = start; i < count; ++i, j += step) out.push_back(static_cast<char>(b->data()[j]));
        return bytesValue(ts, out);
    }
    int64_t index;
    if (!sequenceIndex(ts, key, len, "byte", index)) raiseError(ts, ts.rt.types.IndexError, "index out of range");
    return Value::integer(b->data()[index]);
}

// A bytes-like argument (bytes only: bytearray/memoryview are not implemented).
BytesObject* bytesArg(ThreadState& ts, Value v) {
    if (BytesObject* b = asOrNull<BytesObject>(v)) return b;
    std::string_view tn = typeName(ts, v);
    raiseFormat(ts, ts.rt.types.TypeError, "a bytes-like object is required, not '%.*s'", static_cast<int>(tn.size()),
                tn.data());
}

// The needle of find()/count()/in: bytes or an int in range(256).
std::string needleArg(ThreadState& ts, Value v, bool forContains) {
    if (BytesObject* b = asOrNull<BytesObject>(v)) return std::string(b->view());
    if (isIntValue(v) || (!v.isFloat() && typeOf(ts, v)->slots.index && !isKind(v, ObjKind::Str))) {
        int64_t x = indexOf(ts, v);
        if (x < 0 || x > 255) raiseError(ts, ts.rt.types.ValueError, "byte must be in range(0, 256)");
        return std::string(1, static_cast<char>(x));
    }
    std::string_view tn = typeName(ts, v);
    if (forContains)
        raiseFormat(ts, ts.rt.types.TypeError, "a bytes-like object is required, not '%.*s'",
                    static_cast<int>(tn.size()), tn.data());
    raiseFormat(ts, ts.rt.types.TypeError, "argument should be integer or bytes-like object, not '%.*s'",
                static_cast<int>(tn.size()), tn.data());
}

bool bytesContains(ThreadState& ts, Value obj, Value item) {
    return self(obj)->view().find(needleArg(ts, item, true)) != std::string_view::npos;
}

Value bytesIter(ThreadState& ts, Value v) { return Value::object(newIterator(ts, IterKind::Bytes, v)); }

Value bytesConstruct(ThreadState& ts, TypeObject*, Args args) {
    Value source, encoding, errors;
    size_t positional = args.positionalCount();
    if (args.count > 3)
        raiseFormat(ts, ts.rt.types.TypeError, "bytes() takes at most 3 arguments (%zu given)", args.count);
    Value* slots[] = {&source, &encoding, &errors};
    for (size_t i = 0; i < positional; ++i) *slots[i] = args[i];
    for (size_t k = 0; k < args.keywordCount(); ++k) {
        std::string_view kw = as<StrObject>((*args.kwnames)[k])->view();
        Value val = args[positional + k];
        if (kw == "source") source = val;
        else if (kw == "encoding") encoding = val;
        else if (kw == "errors") errors = val;
        else
            raiseFormat(ts, ts.rt.types.TypeError, "'%.*s' is an invalid keyword argument for bytes()",
                        static_cast<int>(kw.size()), kw.data());
    }
    if (source.isEmpty()) {
        if (!encoding.isEmpty() || !errors.isEmpty())
            raiseError(ts, ts.rt.types.TypeError, "encoding or errors without sequence argument");
        return bytesValue(ts, "");
    }
    if (StrObject* s = asOrNull<StrObject>(source)) {
        if (encoding.isEmpty()) raiseError(ts, ts.rt.types.TypeError, "string argument without an encoding");
        std::string_view err = errors.isEmpty() ? "strict" : requireStr(ts, errors, "bytes() argument 'errors'")->view();
        return Value::object(encodeStr(ts, s, requireStr(ts, encoding, "bytes() argument 'encoding'")->view(), err));
    }
    if (!encoding.isEmpty()) raiseError(ts, ts.rt.types.TypeError, "encoding without a string argument");
    if (!errors.isEmpty()) raiseError(ts, ts.rt.types.TypeError, "errors without a string argument");
    if (isKind(source, ObjKind::Bytes)) return source;
    if (isIntValue(source)) {
        int64_t n = indexOf(ts, source);
        if (n < 0) raiseError(ts, ts.rt.types.ValueError, "negative count");
        return bytesValue(ts, std::string(static_cast<size_t>(n), '\0'));
    }
    TypeObject* t = typeOf(ts, source);
    if (!t->slots.iter && lookupInType(t, ts.rt.names.__iter__).isEmpty())
        raiseFormat(ts, ts.rt.types.TypeError, "cannot convert '%s' object to bytes", t->name->data());
    std::string out;
    forEach(ts, source, [&](Value item) {
        int64_t x = indexOf(ts, item);
        if (x < 0 || x > 255) raiseError(ts, ts.rt.types.ValueError, "bytes must be in range(0, 256)");
        out.push_back(static_cast<char>(x));
        return true;
    });
    return bytesValue(ts, out);
}

// ---- methods ----------------------------------------------------------------------------

Value bytesDecode(ThreadState& ts, Value v, Args args) {
    std::string_view enc = "utf-8", err = "strict";
    size_t positional = args.positionalCount();
    if (args.count > 2)
        raiseFormat(ts, ts.rt.types.TypeError, "decode() takes at most 2 arguments (%zu given)", args.count);
    for (size_t i = 0; i < args.count; ++i) {
        std::string_view name = i < positional ? (i == 0 ? "encoding" : "errors")
                                               : as<StrObject>((*args.kwnames)[i - positional])->view();
        if (name == "encoding") enc = requireStr(ts, args[i], "decode() argument 'encoding'")->view();
        else if (name == "errors") err = requireStr(ts, args[i], "decode() argument 'errors'")->view();
        else
            raiseFormat(ts, ts.rt.types.TypeError, "'%.*s' is an invalid keyword argument for decode()",
                        static_cast<int>(name.size()), name.data());
    }
    return Value::object(decodeBytes(ts, self(v)->view(), enc, err));
}

Value bytesHex(ThreadState& ts, Value v, Args args) {
    requireArgRange(ts, "hex", args, 0, 1);
    std::string sep;
    if (args.count == 1) {
        if (StrObject* s = asOrNull<StrObject>(args[0])) sep.assign(s->view());
        else sep.assign(bytesArg(ts, args[0])->view());
        if (sep.size() != 1) raiseError(ts, ts.rt.types.ValueError, "sep must be length 1.");
    }
    static const char hex[] = "0123456789abcdef";
    std::string out;
    std::string_view b = self(v)->view();
    for (size_t i = 0; i < b.size(); ++i) {
        if (i && !sep.empty()) out += sep;
        unsigned char c = static_cast<unsigned char>(b[i]);
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 15]);
    }
    return strValue(ts, out);
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

Value bytesFromhex(ThreadState& ts, Value, Args args) {
    requireOneArg(ts, "bytes.fromhex", args);
    std::string_view s = requireStr(ts, args[0], "fromhex() argument")->view();
    std::string out;
    size_t i = 0;
    while (i < s.size()) {
        if (isAsciiSpace(static_cast<unsigned char>(s[i]))) {
            ++i;
            continue;
        }
        int hi = hexDigit(s[i]);
        int lo = i + 1 < s.size() ? hexDigit(s[i + 1]) : -1;
        if (hi < 0 || lo < 0)
            raiseFormat(ts, ts.rt.types.ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                        hi < 0 ? i : i + 1);
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
    }
    return bytesValue(ts, out);
}

Value bytesSplit(ThreadState& ts, Value v, Args args) {
    requireArgRange(ts, "split", args, 0, 2);
    std::string_view s = self(v)->view();
    int64_t maxsplit = args.count > 1 ? indexOf(ts, args[1]) : -1;
    ListObject* out = newList(ts);
    Handle keep(ts, Value::object(out));
    if (args.count > 0 && !args[0].isNone()) {
        std::string_view sep = bytesArg(ts, args[0])->view();
        if (sep.empty()) raiseError(ts, ts.rt.types.ValueError, "empty separator");
        size_t pos = 0;
        while (maxsplit < 0 || static_cast<int64_t>(out->items.size()) < maxsplit) {
            size_t hit = s.find(sep, pos);
            if (hit == std::string_view::npos) break;
            out->items.push_back(bytesValue(ts, s.substr(pos, hit - pos)));
            pos = hit + sep.size();
        }
        out->items.push_back(bytesValue(ts, s.substr(pos)));
        return Value::object(out);
    }
    size_t i = 0, n = s.size();
    while (true) {
        while (i < n && isAsciiSpace(static_cast<unsigned char>(s[i]))) ++i;
        if (i >= n) break;
        if (maxsplit >= 0 && static_cast<int64_t>(out->items.size()) >= maxsplit) {
            out->items.push_back(bytesValue(ts, s.substr(i)));
            break;
        }
        size_t start = i;
        while (i < n && !isAsciiSpace(static_cast<unsigned char>(s[i]))) ++i;
        out->items.push_back(bytesValue(ts, s.substr(start, i - start)));
    }
    return Value::object(out);
}

Value bytesJoin(ThreadState& ts, Value v, Args args) {
    requireOneArg(ts, "bytes.join", args);
    Handle items(ts, Value::object(listFromIterable(ts, args[0])));
    ListObject* list = as<ListObject>(items.get());
    std::string out;
    for (size_t i = 0; i < list->items.size(); ++i) {
        BytesObject* b = asOrNull<BytesObject>(list->items[i]);
        if (!b) {
            std::string_view tn = typeName(ts, list->items[i]);
            raiseFormat(ts, ts.rt.types.TypeError, "sequence item %zu: expected a bytes-like object, %.*s found", i,
                        static_cast<int>(tn.size()), tn.data());
        }
        if (i) out.append(self(v)->view());
        out.append(b->view());
    }
    return bytesValue(ts, out);
}

Value stripImpl(ThreadState& ts, const char* name, Value v, Args args, bool left, bool right) {
    requireArgRange(ts, name, args, 0, 1);
    std::string_view s = self(v)->view();
    std::string chars;
    bool whitespace = args.count == 0 || args[0].isNone();
    if (!whitespace) chars.assign(bytesArg(ts, args[0])->view());
    auto strip = [&](char c) {
        return whitespace ? isAsciiSpace(static_cast<unsigned char>(c)) : chars.find(c) != std::string::npos;
    };
    size_t b = 0, e = s.size();
    if (left)
        while (b < e && strip(s[b])) ++b;
    if (right)
        while (e > b && strip(s[e - 1])) --e;
    return bytesValue(ts, s.substr(b, e - b));
}
Value bytesStrip(ThreadState& ts, Value v, Args a) { return stripImpl(ts, "strip", v, a, true, true); }
Value bytesLstrip(ThreadState& ts, Value v, Args a) { return stripImpl(ts, "lstrip", v, a, true, false); }
Value bytesRstrip(ThreadState& ts, Value v, Args a) { return stripImpl(ts, "rstrip", v, a, false, true); }

Value bytesReplace(ThreadState& ts, Value v, Args args) {
    requireArgRange(ts, "replace", args, 2, 3);
    std::string_view s = self(v)->view();
    std::string_view from = bytesArg(ts, args[0])->view(), to = bytesArg(ts, args[1])->view();
    int64_t count = args.count > 2 ? indexOf(ts, args[2]) : -1;
    std::string out;
    int64_t done = 0;
    if (from.empty()) {
        for (size_t i = 0; i <= s.size(); ++i) {
            if (count < 0 || done < count) {
                out.append(to);
                ++done;
            }
            if (i < s.size()) out.push_back(s[i]);
        }
        return bytesValue(ts, out);
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
    out.append(s.substr(pos));
    return bytesValue(ts, out);
}

// Slice bounds for find/count/startswith (None allowed), clamped.
void bounds(ThreadState& ts, Args args, size_t first, int64_t len, int64_t& start, int64_t& end) {
    auto one = [&](size_t i, int64_t dflt) -> int64_t {
        if (i >= args.count || args[i].isNone()) return dflt;
        int64_t x = indexOf(ts, args[i]);
        if (x < 0) x = std::max<int64_t>(0, x + len);
        return std::min(x, len);
    };
    start = one(first, 0);
    end = one(first + 1, len);
}

Value affixImpl(ThreadState& ts, const char* name, Value v, Args args, bool ends) {
    requireArgRange(ts, name, args, 1, 3);
    std::string_view s = self(v)->view();
    int64_t start, end;
    bounds(ts, args, 1, static_cast<int64_t>(s.size()), start, end);
    auto test = [&](std::string_view affix) {
        if (end - start < static_cast<int64_t>(affix.size())) return false;
        std::string_view w = s.substr(start, end - start);
        return ends ? w.ends_with(affix) : w.starts_with(affix);
    };
    if (TupleObject* t = asOrNull<TupleObject>(args[0])) {
        for (size_t i = 0; i < t->size; ++i)
            if (test(bytesArg(ts, (*t)[i])->view())) return Value::boolean(true);
        return Value::boolean(false);
    }
    BytesObject* affix = asOrNull<BytesObject>(args[0]);
    if (!affix) {
        std::string_view tn = typeName(ts, args[0]);
        raiseFormat(ts, ts.rt.types.TypeError, "%s first arg must be bytes or a tuple of bytes, not %.*s", name,
                    static_cast<int>(tn.size()), tn.data());
    }
    return Value::boolean(test(affix->view()));
}
Value bytesStartswith(ThreadState& ts, Value v, Args a) { return affixImpl(ts, "startswith", v, a, false); }
Value bytesEndswith(ThreadState& ts, Value v, Args a) { return affixImpl(ts, "endswith", v, a, true); }

Value bytesFind(ThreadState& ts, Value v, Args args) {
    requireArgRange(ts, "find", args, 1, 3);
    std::string_view s = self(v)->view();
    std::string needle = needleArg(ts, args[0], false);
    int64_t start, end;
    bounds(ts, args, 1, static_cast<int64_t>(s.size()), start, end);
    if (start > end) return Value::integer(-1);
    size_t hit = s.substr(start, end - start).find(needle);
    return Value::integer(hit == std::string_view::npos ? -1 : start + static_cast<int64_t>(hit));
}

Value bytesCount(ThreadState& ts, Value v, Args args) {
    requireArgRange(ts, "count", args, 1, 3);
    std::string_view s = self(v)->view();
    std::string needle = needleArg(ts, args[0], false);
    int64_t start, end;
    bounds(ts, args, 1, static_cast<int64_t>(s.size()), start, end);
    if (start > end) return Value::integer(0);
    if (needle.empty()) return Value::integer(end - start + 1);
    std::string_view w = s.substr(start, end - start);
    int64_t n = 0;
    for (size_t pos = w.find(needle); pos != std::string_view::npos; pos = w.find(needle, pos + needle.size())) ++n;
    return Value::integer(n);
}

Value bytesUpper(ThreadState& ts, Value v, Args a) {
    requireNoArgs(ts, "bytes.upper", a);
    std::string out(self(v)->view());
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    return bytesValue(ts, out);
}

Value bytesLower(ThreadState& ts, Value v, Args a) {
    requireNoArgs(ts, "bytes.lower", a);
    std::string out(self(v)->view());
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return bytesValue(ts, out);
}

} // namespace

void initBytesType(ThreadState& ts) {
    TypeObject* t = ts.rt.types.bytes;
    t->slots.repr = bytesRepr;
    t->slots.hash = bytesHash;
    t->slots.compare = bytesCompare;
    t->slots.truthy = bytesTruthy;
    t->slots.length = bytesLength;
    t->slots.binary = bytesBinary;
    t->slots.getItem = bytesGetItem;
    t->slots.contains = bytesContains;
    t->slots.iter = bytesIter;
    t->construct = bytesConstruct;
    defineMethod(ts, t, "decode", bytesDecode);
    defineMethod(ts, t, "hex", bytesHex);
    defineMethod(ts, t, "split", bytesSplit);
    defineMethod(ts, t, "join", bytesJoin);
    defineMethod(ts, t, "strip", bytesStrip);
    defineMethod(ts, t, "lstrip", bytesLstrip);
    defineMethod(ts, t, "rstrip", bytesRstrip);
    defineMethod(ts, t, "replace", bytesReplace);
    defineMethod(ts, t, "startswith", bytesStartswith);
    defineMethod(ts, t, "endswith", bytesEndswith);
    defineMethod(ts, t, "find", bytesFind);
    defineMethod(ts, t, "count", bytesCount);
    defineMethod(ts, t, "upper", bytesUpper);
    defineMethod(ts, t, "lower", bytesLower);
    defineNative(ts, t->dict, "fromhex", bytesFromhex);
}

} // namespace spindle
