// StrType.cpp — the str type: protocol slots, str(), and the codecs that
// str(b, encoding), str.encode and bytes.decode share.
#include "runtime/types/Containers.h"
#include "runtime/types/Format.h"
#include "runtime/types/StrCodecs.h"
#include "runtime/types/TypeInit.h"

#include <cstring>

namespace spindle {

// ---- codecs --------------------------------------------------------------------

std::string_view canonicalEncoding(ThreadState& ts, std::string_view name) {
    std::string n;
    for (char c : name) {
        char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        n.push_back(l == '_' || l == ' ' ? '-' : l);
    }
    if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf") return "utf-8";
    if (n == "ascii" || n == "us-ascii" || n == "646") return "ascii";
    if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "l1" || n == "8859" ||
        n == "cp819" || n == "latin")
        return "latin-1";
    raiseFormat(ts, ts.rt.types.LookupError, "unknown encoding: %.*s", static_cast<int>(name.size()), name.data());
}

static void checkErrorHandler(ThreadState& ts, std::string_view errors) {
    if (errors != "strict" && errors != "ignore" && errors != "replace")
        raiseFormat(ts, ts.rt.types.LookupError, "unknown error handler name '%.*s'", static_cast<int>(errors.size()),
                    errors.data());
}

StrObject* decodeBytes(ThreadState& ts, std::string_view bytes, std::string_view encodingName,
                       std::string_view errors) {
    std::string_view enc = canonicalEncoding(ts, encodingName);
    checkErrorHandler(ts, errors);
    std::string out;
    auto fail = [&](size_t start, size_t end, const char* reason) {
        if (end - start <= 1)
            raiseFormat(ts, ts.rt.types.UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                        enc.data(), static_cast<unsigned char>(bytes[start]), start, reason);
        raiseFormat(ts, ts.rt.types.UnicodeDecodeError, "'%s' codec can't decode bytes in position %zu-%zu: %s",
                    enc.data(), start, end - 1, reason);
    };
    if (enc == "utf-8") {
        size_t pos = 0;
        while (true) {
            std::string_view rest = bytes.substr(pos);
            size_t badPos, badEnd;
            const char* reason;
            if (utf8Validate(rest, &badPos, &badEnd, &reason)) {
                if (pos == 0) return newStr(ts, bytes);
                out.append(rest);
                break;
            }
            if (errors == "strict") fail(pos + badPos, pos + badEnd, reason);
            out.append(rest.substr(0, badPos));
            if (errors == "replace") out += "\xEF\xBF\xBD";
            pos += badEnd;
        }
        return newStr(ts, out);
    }
    for (size_t i = 0; i < bytes.size(); ++i) {
        unsigned char b = static_cast<unsigned char>(bytes[i]);
        if (b >= 0x80 && enc == "ascii") {
            if (errors == "strict") fail(i, i + 1, "ordinal not in range(128)");
            if (errors == "replace") out += "\xEF\xBF\xBD";
            continue;
        }
        utf8Append(out, b);
    }
    return newStr(ts, out);
}

BytesObject* encodeStr(ThreadState& ts, StrObject* s, std::string_view encodingName, std::string_view errors) {
    std::string_view enc = canonicalEncoding(ts, encodingName);
    checkErrorHandler(ts, errors);
    if (enc == "utf-8" || s->isAscii()) return newBytes(ts, s->view());
    uint32_t limit = enc == "ascii" ? 0x80 : 0x100;
    std::string out;
    std::string_view text = s->view();
    size_t i = 0, index = 0;
    while (i < text.size()) {
        uint32_t cp = utf8Decode(text, i);
        if (cp < limit) {
            out.push_back(static_cast<char>(cp));
        } else if (errors == "strict") {
            std::string shown;
            utf8Append(shown, cp);
            std::string quoted = strReprText(shown, true);
            raiseFormat(ts, ts.rt.types.UnicodeEncodeError,
                        "'%s' codec can't encode character %s in position %zu: ordinal not in range(%u)", enc.data(),
                        quoted.c_str(), index, limit);
        } else if (errors == "replace") {
            out.push_back('?');
        }
        ++index;
    }
    return newBytes(ts, out);
}

StrObject* newStrOfType(ThreadState& ts, TypeObject* type, std::string_view utf8) {
    StrObject* s = newStr(ts, utf8);
    s->type = type;
    return s;
}

StrObject* requireStr(ThreadState& ts, Value v, const char* what) {
    if (StrObject* s = asOrNull<StrObject>(v)) return s;
    std::string_view tn = typeName(ts, v);
    raiseFormat(ts, ts.rt.types.TypeError, "%s must be str, not %.*s", what, static_cast<int>(tn.size()), tn.data());
}

// ---- slots ---------------------------------------------------------------------

namespace {

StrObject* strRepr(ThreadState& ts, Value v) { return newStr(ts, strReprText(as<StrObject>(v)->view())); }

StrObject* strStr(ThreadState& ts, Value v) {
    StrObject* s = as<StrObject>(v);
    if (s->type == ts.rt.types.str) return s;
    return newStr(ts, s->view()); // str(subclass instance) is an exact str
}

int64_t strHash(ThreadState&, Value v) { return hashStr(as<StrObject>(v)); }

Value strCompare(ThreadState& ts, CompareOperator op, Value a, Value b) {
    StrObject* x = asOrNull<StrObject>(a);
    StrObject* y = asOrNull<StrObject>(b);
    if (!x || !y) return ts.rt.notImplemented;
    // UTF-8 byte order is code point order, so a byte compare is exact.
    int c = x == y ? 0 : x->view().compare(y->view());
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

bool strTruthy(ThreadState&, Value v) { return as<StrObject>(v)->byteLength != 0; }
int64_t strLength(ThreadState&, Value v) { return static_cast<int64_t>(as<StrObject>(v)->charLength); }

StrObject* repeatStr(ThreadState& ts, StrObject* s, int64_t count) {
    if (count <= 0 || s->byteLength == 0) return as<StrObject>(ts.rt.emptyStr);
    if (count == 1 && s->type == ts.rt.types.str) return s;
    if (static_cast<uint64_t>(count) > (uint64_t(1) << 40) / s->byteLength) raiseMemoryError(ts);
    std::string out;
    out.reserve(s->byteLength * count);
    for (int64_t i = 0; i < count; ++i) out.append(s->view());
    return newStr(ts, out);
}

Value strBinary(ThreadState& ts, BinaryOperator op, Value a, Value b) {
    StrObject* left = asOrNull<StrObject>(a);
    switch (op) {
    case BinaryOperator::ADD: {
        if (!left) return ts.rt.notImplemented;
        StrObject* right = asOrNull<StrObject>(b);
        if (!right) {
            if (isUserInstance(ts, b)) return ts.rt.notImplemented;
            std::string_view tn = typeName(ts, b);
            raiseFormat(ts, ts.rt.types.TypeError, "can only concatenate str (not \"%.*s\") to str",
                        static_cast<int>(tn.size()), tn.data());
        }
        if (right->byteLength == 0 && left->type == ts.rt.types.str) return a;
        if (left->byteLength == 0 && right->type == ts.rt.types.str) return b;
        StrObject* s = ts.rt.heap.make<StrObject>(ts.rt.types.str, left->byteLength + right->byteLength + 1);
        std::memcpy(s->data(), left->data(), left->byteLength);
        std::memcpy(s->data() + left->byteLength, right->data(), right->byteLength);
        s->byteLength = left->byteLength + right->byteLength;
        s->data()[s->byteLength] = 0;
        s->charLength = left->charLength + right->charLength;
        return Value::object(s);
    }
    case BinaryOperator::MULTIPLY: {
        StrObject* s = left ? left : as<StrObject>(b);
        Value other = left ? b : a;
        int64_t count;
        if (!sequenceRepeatCount(ts, other, count)) return ts.rt.notImplemented;
        return Value::object(repeatStr(ts, s, count));
    }
    case BinaryOperator::MODULO:
        if (!left) return ts.rt.notImplemented;
        return percentFormat(ts, left, b);
    default:
        return ts.rt.notImplemented;
    }
}

Value strGetItem(ThreadState& ts, Value obj, Value key) {
    StrObject* s = as<StrObject>(obj);
    int64_t len = static_cast<int64_t>(s->charLength);
    if (SliceObject* slice = asOrNull<SliceObject>(key)) {
        int64_t start, stop, step, count;
        sliceIndices(ts, slice, len, start, stop, step, count);
        if (count <= 0) return ts.rt.emptyStr;
        if (s->isAscii()) {
            if (step == 1) {
                if (count == len && s->type == ts.rt.types.str) return obj;
                return strValue(ts, s->view().substr(start, count));
            }
            std::string out;
            out.reserve(count);
            for (int64_t i = 0, j = start; i < count; ++i, j += step) out.push_back(s->data()[j]);
            return strValue(ts, out);
        }
        // Non-ASCII: collect code point offsets once, then pick.
        std::vector<uint32_t> offsets;
        offsets.reserve(len + 1);
        std::string_view text = s->view();
        for (size_t i = 0; i < text.size(); i += utf8SeqLength(static_cast<unsigned char>(text[i])))
            offsets.push_back(static_cast<uint32_t>(i));
        offsets.push_back(static_cast<uint32_t>(text.size()));
        if (step == 1) return strValue(ts, text.substr(offsets[start], offsets[start + count] - offsets[start]));
        std::string out;
        for (int64_t i = 0, j = start; i < count; ++i, j += step)
            out.append(text.substr(offsets[j], offsets[j + 1] - offsets[j]));
        return strValue(ts, out);
    }
    if (!key.isIntOrBool() && !isIntValue(key) && !typeOf(ts, key)->slots.index) {
        std::string_view tn = typeName(ts, key);
        raiseFormat(ts, ts.rt.types.TypeError, "string indices must be integers, not '%.*s'",
                    static_cast<int>(tn.size()), tn.data());
    }
    int64_t index;
    if (!sequenceIndex(ts, key, len, "string", index)) raiseError(ts, ts.rt.types.IndexError, "string index out of range");
    std::string_view text = s->view();
    size_t off = s->isAscii() ? static_cast<size_t>(index) : utf8Offset(text, index);
    return strValue(ts, text.substr(off, utf8SeqLength(static_cast<unsigned char>(text[off]))));
}

bool strContains(ThreadState& ts, Value obj, Value item) {
    StrObject* needle = asOrNull<StrObject>(item);
    if (!needle) {
        std::string_view tn = typeName(ts, item);
        raiseFormat(ts, ts.rt.types.TypeError, "'in <string>' requires string as left operand, not %.*s",
                    static_cast<int>(tn.size()), tn.data());
    }
    return as<StrObject>(obj)->view().find(needle->view()) != std::string_view::npos;
}

Value strIter(ThreadState& ts, Value v) { return Value::object(newIterator(ts, IterKind::Str, v)); }

// str(object='', encoding='utf-8', errors='strict')
Value strConstruct(ThreadState& ts, TypeObject* type, Args args) {
    static constexpr const char* kNames[] = {"object", "encoding", "errors"};
    Value params[3];
    size_t positional = args.positionalCount();
    if (args.count > 3)
        raiseFormat(ts, ts.rt.types.TypeError, "str() takes at most 3 arguments (%zu given)", args.count);
    for (size_t i = 0; i < positional; ++i) params[i] = args[i];
    for (size_t k = 0; k < args.keywordCount(); ++k) {
        std::string_view name = as<StrObject>((*args.kwnames)[k])->view();
        size_t slot = 3;
        for (size_t j = 0; j < 3; ++j)
            if (name == kNames[j]) slot = j;
        if (slot == 3)
            raiseFormat(ts, ts.rt.types.TypeError, "'%.*s' is an invalid keyword argument for str()",
                        static_cast<int>(name.size()), name.data());
        if (!params[slot].isEmpty())
            raiseFormat(ts, ts.rt.types.TypeError, "argument for str() given by name ('%s') and position (%zu)",
                        kNames[slot], slot + 1);
        params[slot] = args[positional + k];
    }
    StrObject* result;
    if (params[1].isEmpty() && params[2].isEmpty()) {
        result = params[0].isEmpty() ? as<StrObject>(ts.rt.emptyStr) : toStr(ts, params[0]);
    } else {
        std::string_view encoding = "utf-8", errors = "strict";
        if (!params[1].isEmpty()) encoding = requireStr(ts, params[1], "str() argument 'encoding'")->view();
        if (!params[2].isEmpty()) errors = requireStr(ts, params[2], "str() argument 'errors'")->view();
        Value obj = params[0].isEmpty() ? Value::object(newBytes(ts, "")) : params[0];
        if (isKind(obj, ObjKind::Str)) raiseError(ts, ts.rt.types.TypeError, "decoding str is not supported");
        BytesObject* b = asOrNull<BytesObject>(obj);
        if (!b) {
            std::string_view tn = typeName(ts, obj);
            raiseFormat(ts, ts.rt.types.TypeError, "decoding to str: need a bytes-like object, %.*s found",
                        static_cast<int>(tn.size()), tn.data());
        }
        result = decodeBytes(ts, b->view(), encoding, errors);
    }
    if (type != ts.rt.types.str) return Value::object(newStrOfType(ts, type, result->view()));
    return Value::object(result);
}

} // namespace

void initStrType(ThreadState& ts) {
    TypeObject* t = ts.rt.types.str;
    t->slots.repr = strRepr;
    t->slots.str = strStr;
    t->slots.hash = strHash;
    t->slots.compare = strCompare;
    t->slots.truthy = strTruthy;
    t->slots.length = strLength;
    t->slots.binary = strBinary;
    t->slots.getItem = strGetItem;
    t->slots.contains = strContains;
    t->slots.iter = strIter;
    t->slots.format = formatStr;
    t->construct = strConstruct;
    defineStrMethods(ts, t);
}

} // namespace spindle
