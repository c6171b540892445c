// Ops.cpp — construction of core objects, type queries, dict helpers, output.
#include "runtime/Ops.h"

#include <cstring>

namespace spindle {

// ---- strings ------------------------------------------------------------------

size_t utf8Length(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

int64_t hashBytes(std::string_view bytes) {
    // 64-bit multiply-xorshift over 8-byte words: fast on short identifiers and
    // well mixed in the low bits the hash table indexes with. Unlike CPython the
    // seed is fixed, so hashes are stable across runs (a documented difference;
    // hash() of str is never part of CPython's stable output anyway).
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (bytes.size() * 0xff51afd7ed558ccdull);
    const char* p = bytes.data();
    size_t n = bytes.size();
    while (n >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
        p += 8;
        n -= 8;
    }
    uint64_t tail = 0;
    std::memcpy(&tail, p, n);
    h = (h ^ tail) * 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 29;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 32;
    int64_t r = static_cast<int64_t>(h);
    return r == -1 ? -2 : r;
}

int64_t hashStr(StrObject* s) {
    if (s->hash == -1) s->hash = hashBytes(s->view());
    return s->hash;
}

StrObject* newStr(ThreadState& ts, std::string_view utf8) {
    StrObject* s = ts.rt.heap.make<StrObject>(ts.rt.types.str, utf8.size() + 1);
    if (!utf8.empty()) std::memcpy(s->data(), utf8.data(), utf8.size());   // an empty view's data() may be null
    s->data()[utf8.size()] = 0;
    s->byteLength = utf8.size();
    s->charLength = utf8Length(utf8);
    return s;
}

Value strValue(ThreadState& ts, std::string_view utf8) { return Value::object(newStr(ts, utf8)); }

StrObject* intern(ThreadState& ts, std::string_view utf8) {
    HashTable& table = ts.rt.interned;
    int64_t hash = hashBytes(utf8);
    // Look up by content first, so interning an existing name allocates nothing.
    int64_t found = table.findStrBytes(utf8, hash);
    if (found >= 0) return as<StrObject>(table.entries()[static_cast<size_t>(found)].key);
    StrObject* s = newStr(ts, utf8);
    s->hash = hash;
    s->flags |= StrObject::kInterned;
    table.insert(ts, Value::object(s), hash, Value());
    return s;
}

BytesObject* newBytes(ThreadState& ts, std::string_view bytes) {
    BytesObject* b = ts.rt.heap.make<BytesObject>(ts.rt.types.bytes, bytes.size() + 1);
    std::memcpy(b->data(), bytes.data(), bytes.size());
    b->data()[bytes.size()] = 0;
    b->length = bytes.size();
    return b;
}

// ---- containers -----------------------------------------------------------------

TupleObject* newTuple(ThreadState& ts, size_t size) {
    TupleObject* t = ts.rt.heap.make<TupleObject>(ts.rt.types.tuple, size * sizeof(Value));
    t->size = size;
    for (size_t i = 0; i < size; i++) new (&t->items()[i]) Value(Value::none());
    return t;
}

ListObject* newList(ThreadState& ts, size_t reserve) {
    ListObject* l = ts.rt.heap.make<ListObject>(ts.rt.types.list, 0);
    if (reserve) l->items.reserve(reserve);
    return l;
}

DictObject* newDict(ThreadState& ts) { return ts.rt.heap.make<DictObject>(ts.rt.types.dict, 0); }

void attachTypeDict(ThreadState& ts, TypeObject* type) {
    type->dict = newDict(ts);
    type->attributeCache = &ts.rt.typeAttributes;
}

SetObject* newSet(ThreadState& ts, bool frozen) {
    SetObject* s = ts.rt.heap.make<SetObject>(frozen ? ts.rt.types.frozenset : ts.rt.types.set, 0);
    if (frozen) s->flags |= SetObject::kFrozen;
    return s;
}

NativeFunctionObject* newNative(ThreadState& ts, std::string_view name, NativeFn fn, Value self) {
    NativeFunctionObject* f = ts.rt.heap.make<NativeFunctionObject>(ts.rt.types.builtinFunction, 0);
    f->fn = fn;
    f->name = intern(ts, name);
    f->self = self;
    return f;
}

void defineNative(ThreadState& ts, DictObject* dict, std::string_view name, NativeFn fn) {
    NativeFunctionObject* f = newNative(ts, name, fn);
    dictSet(ts, dict, Value::object(f->name), Value::object(f));
}

void defineMethod(ThreadState& ts, TypeObject* type, std::string_view name, NativeFn fn) {
    NativeFunctionObject* f = newNative(ts, name, fn);
    f->owner = type;
    dictSet(ts, type->dict, Value::object(f->name), Value::object(f));
    type->version++;
}

TypeObject* newBuiltinType(ThreadState& ts, std::string_view name, TypeObject* base, ObjKind instanceKind) {
    Runtime& rt = ts.rt;
    if (!base) base = rt.types.object;
    TypeObject* t = rt.heap.make<TypeObject>(rt.types.type, 0);
    t->instanceKind = instanceKind;
    t->name = intern(ts, name);
    t->qualname = t->name;
    t->base = base;
    attachTypeDict(ts, t);
    TupleObject* bases = newTuple(ts, 1);
    bases->items()[0] = Value::object(base);
    t->bases = bases;
    TupleObject* mro = newTuple(ts, base->mro->size + 1);
    mro->items()[0] = Value::object(t);
    for (size_t i = 0; i < base->mro->size; i++) mro->items()[i + 1] = base->mro->items()[i];
    t->mro = mro;
    t->slots = base->slots;
    return t;
}

// ---- types -----------------------------------------------------------------------

TypeObject* typeOf(ThreadState& ts, Value v) {
    const BuiltinTypes& t = ts.rt.types;
    switch (v.tag()) {
    case Tag::None: return t.none;
    case Tag::Bool: return t.bool_;
    case Tag::Int: return t.int_;
    case Tag::Float: return t.float_;
    case Tag::Object: return v.asObject()->type;
    case Tag::Empty: break;
    }
    SPINDLE_UNREACHABLE();
}

std::string_view typeName(ThreadState& ts, Value v) { return typeOf(ts, v)->name->view(); }

bool isSubtype(TypeObject* type, TypeObject* base) {
    if (type == base) return true;
    TupleObject* mro = type->mro;
    for (size_t i = 0; i < mro->size; i++)
        if (mro->items()[i].asObject() == base) return true;
    return false;
}

bool isInstance(ThreadState& ts, Value v, TypeObject* type) { return isSubtype(typeOf(ts, v), type); }

namespace {

// The sum of the versions of the dicts along an MRO (see TypeAttributeCache.h).
uint64_t mroVersions(const TupleObject* mro) {
    uint64_t sum = 0;
    for (size_t i = 0; i < mro->size; i++)
        sum += static_cast<const TypeObject*>(mro->items()[i].asObject())->dict->table.version();
    return sum;
}

} // namespace

Value lookupInType(TypeObject* type, StrObject* name) {
    TupleObject* mro = type->mro;
    TypeAttributeCache* cache = type->attributeCache;
    TypeAttributeCache::Entry* slot = nullptr;
    uint64_t versions = 0;
    if (SPINDLE_LIKELY(cache)) {
        slot = &cache->slotFor(type, name);
        versions = mroVersions(mro);
        if (slot->type == type && slot->name == name && slot->epoch == cache->epoch && slot->versions == versions)
            return slot->dict ? slot->dict->table.entries()[static_cast<size_t>(slot->index)].value : Value();
    }
    int64_t hash = hashStr(name);
    DictObject* foundIn = nullptr;
    int64_t idx = -1;
    for (size_t i = 0; i < mro->size; i++) {
        DictObject* dict = static_cast<TypeObject*>(mro->items()[i].asObject())->dict;
        idx = dict->table.findStr(name, hash);
        if (idx >= 0) {
            foundIn = dict;
            break;
        }
    }
    if (slot) *slot = TypeAttributeCache::Entry{type, name, cache->epoch, versions, foundIn, idx};
    return foundIn ? foundIn->table.entries()[static_cast<size_t>(idx)].value : Value();
}

// ---- dicts -----------------------------------------------------------------------

Value dictGet(ThreadState& ts, DictObject* d, Value key) {
    int64_t idx = d->table.find(ts, key, hashValue(ts, key));
    return idx >= 0 ? d->table.entries()[static_cast<size_t>(idx)].value : Value();
}

Value dictGetStr(DictObject* d, StrObject* key) {
    int64_t idx = d->table.findStr(key, hashStr(key));
    return idx >= 0 ? d->table.entries()[static_cast<size_t>(idx)].value : Value();
}

void dictSet(ThreadState& ts, DictObject* d, Value key, Value value) {
    d->table.insert(ts, key, hashValue(ts, key), value);
}

void dictSetStr(ThreadState& ts, DictObject* d, std::string_view key, Value value) {
    StrObject* k = intern(ts, key);
    d->table.insert(ts, Value::object(k), hashStr(k), value);
}

bool dictDel(ThreadState& ts, DictObject* d, Value key) {
    int64_t idx = d->table.find(ts, key, hashValue(ts, key));
    if (idx < 0) return false;
    d->table.eraseAt(idx);
    return true;
}

// ---- output ------------------------------------------------------------------------

void writeStdout(ThreadState& ts, std::string_view text) { ts.rt.hooks.write(1, text); }
void writeStderr(ThreadState& ts, std::string_view text) { ts.rt.hooks.write(2, text); }

const char* binaryOperatorSymbol(BinaryOperator op) {
    static const char* const symbols[] = {
#define SPINDLE_BINOP_SYMBOL(name, sym, d, rd, id) sym,
        SPINDLE_BINARY_OPERATORS(SPINDLE_BINOP_SYMBOL)
#undef SPINDLE_BINOP_SYMBOL
    };
    return symbols[static_cast<int>(op)];
}

const char* compareOperatorSymbol(CompareOperator op) {
    static const char* const symbols[] = {
#define SPINDLE_CMPOP_SYMBOL(name, sym, d, rd) sym,
        SPINDLE_COMPARE_OPERATORS(SPINDLE_CMPOP_SYMBOL)
#undef SPINDLE_CMPOP_SYMBOL
    };
    return symbols[static_cast<int>(op)];
}

} // namespace spindle
