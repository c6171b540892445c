// RandomModule.cpp — the random module: the Random type's core and the module.
//
// CPython splits random.Random between C (_random: the Mersenne Twister,
// random(), getrandbits(), the int seeding) and Python (Lib/random.py: seeding
// from str/bytes, the state tuple with its version, everything else). Spindle
// implements both natively, keeping CPython's steps where they decide which
// numbers come out: an int seed's absolute value becomes the init_by_array key
// as 32-bit words, least significant first; a str or bytes seed (version 2) is
// first turned into the int with the big-endian bytes a + sha512(a).
//
// The generator's state is per Random instance (a NativeObject). The module's
// functions are methods bound to a hidden instance, random._inst, as in CPython;
// nothing is global, so every VM has its own generator.
#include "stdlib/RandomSupport.h"

#include "runtime/BigInt.h"
#include "runtime/types/Numbers.h"
#include "stdlib/BuiltinArgs.h"
#include "stdlib/Modules.h"
#include "stdlib/Sha512.h"

#include <climits>
#include <cmath>
#include <ctime>
#include <iterator>
#include <string>
#include <sys/random.h>
#include <unistd.h>
#include <vector>

namespace spindle {

// ---- bits ------------------------------------------------------------------------

namespace {

// k <= 64 random bits, CPython's way: 32-bit words, least significant first;
// the last word keeps its top bits.
uint64_t smallBits(MersenneTwister& mt, int64_t k) {
    if (k <= 32) return k == 0 ? 0 : mt.next() >> (32 - k);
    uint64_t low = mt.next();
    uint64_t high = mt.next() >> (64 - k);
    return low | (high << 32);
}

BigInt bigBits(MersenneTwister& mt, int64_t k) {
    std::vector<uint32_t> words;
    words.reserve(static_cast<size_t>((k + 31) / 32));
    for (int64_t left = k; left > 0; left -= 32) {
        uint32_t w = mt.next();
        if (left < 32) w >>= (32 - left);
        words.push_back(w);
    }
    BigInt v;
    boost::multiprecision::import_bits(v, words.begin(), words.end(), 32, false);
    return v;
}

} // namespace

Value randomBits(ThreadState& ts, RandomObject* r, int64_t k) {
    if (k < 64) return Value::integer(static_cast<int64_t>(smallBits(r->mt, k)));
    return makeInt(ts, intFromBig(bigBits(r->mt, k)));
}

int64_t randomBelowSmall(RandomObject* r, int64_t n) {
    int64_t k = 64 - __builtin_clzll(static_cast<uint64_t>(n)); // n.bit_length(), n > 0
    uint64_t v = smallBits(r->mt, k);
    while (v >= static_cast<uint64_t>(n)) v = smallBits(r->mt, k);
    return static_cast<int64_t>(v);
}

Value randomBelow(ThreadState& ts, RandomObject* r, Value n) {
    if (n.isIntOrBool()) return Value::integer(randomBelowSmall(r, n.asInt()));
    int64_t k = intops::bitLength(intRef(n));
    BigInt limit = toBigInt(intRef(n));
    BigInt v = bigBits(r->mt, k);
    while (v >= limit) v = bigBits(r->mt, k);
    return makeInt(ts, intFromBig(std::move(v)));
}

namespace {

// ---- seeding ------------------------------------------------------------------------

// init_by_array over the 32-bit words of a non-negative int, least significant
// first; zero is the one-word key [0].
void seedFromBig(RandomObject* r, const BigInt& magnitude) {
    std::vector<uint32_t> key;
    boost::multiprecision::export_bits(magnitude, std::back_inserter(key), 32, false);
    if (key.empty()) key.push_back(0);
    while (key.size() > 1 && key.back() == 0) key.pop_back();
    r->mt.seedByArray(key.data(), key.size());
}

void seedFromUnsigned(RandomObject* r, uint64_t magnitude) {
    uint32_t key[2] = {static_cast<uint32_t>(magnitude), static_cast<uint32_t>(magnitude >> 32)};
    r->mt.seedByArray(key, key[1] ? 2 : 1);
}

// seed(None): 624 words from the system's entropy, as CPython reads them; the
// time and pid if that fails.
void seedFromEntropy(RandomObject* r) {
    uint32_t key[MersenneTwister::kStateSize];
    size_t got = 0;
    char* out = reinterpret_cast<char*>(key);
    while (got < sizeof key) {
        ssize_t n = ::getrandom(out + got, sizeof key - got, 0);
        if (n <= 0) break;
        got += static_cast<size_t>(n);
    }
    if (got == sizeof key) {
        r->mt.seedByArray(key, MersenneTwister::kStateSize);
        return;
    }
    struct timespec now;
    ::clock_gettime(CLOCK_REALTIME, &now);
    uint32_t fallback[3] = {static_cast<uint32_t>(now.tv_sec), static_cast<uint32_t>(now.tv_nsec),
                            static_cast<uint32_t>(::getpid())};
    r->mt.seedByArray(fallback, 3);
}

// Version 1 seeding of str and bytes (Python 2's string hash), still offered by
// CPython for reproducing old sequences.
uint64_t versionOneSeed(ThreadState& ts, Value a) {
    std::vector<uint32_t> codes;
    if (StrObject* s = asOrNull<StrObject>(a)) {
        std::string_view text = s->view();
        for (size_t i = 0; i < text.size();) {
            unsigned char c = static_cast<unsigned char>(text[i]);
            int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            uint32_t cp = len == 1 ? c : c & (0x3F >> (len - 1));
            for (int k = 1; k < len; k++) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
            codes.push_back(cp);
            i += static_cast<size_t>(len);
        }
    } else {
        for (char c : as<BytesObject>(a)->view()) codes.push_back(static_cast<unsigned char>(c));
    }
    uint64_t x = codes.empty() ? 0 : static_cast<uint64_t>(codes[0]) << 7;
    for (uint32_t c : codes) x = (1000003 * x) ^ c; // mod 2**64, as the Python code masks
    return x ^ codes.size();
}

// Random.seed(a, version): None, int, float, str, bytes; anything else was
// refused by CPython 3.11 (it hashed it before).
void seedWith(ThreadState& ts, RandomObject* r, Value a, Value version) {
    if (a.isNone()) {
        seedFromEntropy(r);
    } else if (isKind(a, ObjKind::Str) || isKind(a, ObjKind::Bytes)) {
        if (equals(ts, version, Value::integer(1))) {
            seedFromUnsigned(r, versionOneSeed(ts, a));
        } else if (equals(ts, version, Value::integer(2))) {
            std::string bytes(isKind(a, ObjKind::Str) ? as<StrObject>(a)->view() : as<BytesObject>(a)->view());
            std::array<uint8_t, 64> digest = sha512(bytes);
            bytes.append(reinterpret_cast<const char*>(digest.data()), digest.size());
            BigInt n;
            boost::multiprecision::import_bits(n, bytes.begin(), bytes.end(), 8, true); // big-endian
            seedFromBig(r, n);
        } else {
            seedFromUnsigned(r, static_cast<uint64_t>(hashValue(ts, a))); // CPython's C seed hashes it
        }
    } else if (a.isIntOrBool()) {
        int64_t v = a.asInt();
        seedFromUnsigned(r, v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v));
    } else if (isKind(a, ObjKind::BigInt)) {
        seedFromBig(r, boost::multiprecision::abs(toBigInt(intRef(a))));
    } else if (a.isFloat()) {
        // Not the float's value: its hash, taken as an unsigned word.
        seedFromUnsigned(r, static_cast<uint64_t>(hashValue(ts, a)));
    } else {
        raiseError(ts, ts.rt.types.TypeError,
                   "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    r->gaussNext = Value::none();
}

// ---- the Random type's core methods ---------------------------------------------------

Value randomConstruct(ThreadState& ts, TypeObject* type, Args args) {
    static constexpr PyParamSpec spec{"Random.__init__", {"x"}, 0, SIZE_MAX, true};
    Value a[1];
    bindPyArgs(ts, spec, args, a);
    RandomObject* r = ts.rt.heap.make<RandomObject>(type, 0);
    Handle keep(ts, Value::object(r)); // seeding may hash a float, but keep it safe anyway
    seedWith(ts, r, a[0].isEmpty() ? Value::none() : a[0], Value::integer(2));
    return Value::object(r);
}

Value random_seed(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.seed", {"a", "version"}, 0, SIZE_MAX, true};
    Value a[2];
    bindPyArgs(ts, spec, args, a);
    seedWith(ts, randomSelf(self), a[0].isEmpty() ? Value::none() : a[0],
             a[1].isEmpty() ? Value::integer(2) : a[1]);
    return Value::none();
}

Value random_random(ThreadState& ts, Value self, Args args) {
    expectNoArgs(ts, "Random.random", args);
    return Value::real(randomSelf(self)->mt.nextDouble());
}

// A C int argument (the "i" converter of CPython's argument parsing).
int64_t cIntArg(ThreadState& ts, Value v) {
    if (isKind(v, ObjKind::BigInt))
        raiseError(ts, ts.rt.types.OverflowError, "Python int too large to convert to C long");
    int64_t i = indexOf(ts, v);
    if (i > INT_MAX) raiseError(ts, ts.rt.types.OverflowError, "signed integer is greater than maximum");
    if (i < INT_MIN) raiseError(ts, ts.rt.types.OverflowError, "signed integer is less than minimum");
    return i;
}

Value random_getrandbits(ThreadState& ts, Value self, Args args) {
    int64_t k = cIntArg(ts, expectOneArg(ts, "Random.getrandbits", args));
    if (k < 0) raiseError(ts, ts.rt.types.ValueError, "number of bits must be non-negative");
    return randomBits(ts, randomSelf(self), k);
}

// randbytes(n): getrandbits(n * 8).to_bytes(n, 'little'), built directly.
Value random_randbytes(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.randbytes", {"n"}, 1, SIZE_MAX, true};
    Value a[1];
    bindPyArgs(ts, spec, args, a);
    int64_t n = indexOf(ts, a[0]);
    if (n < 0 || n > INT_MAX / 8) {
        if (n < 0) raiseError(ts, ts.rt.types.ValueError, "number of bits must be non-negative");
        raiseError(ts, ts.rt.types.OverflowError, "signed integer is greater than maximum");
    }
    MersenneTwister& mt = randomSelf(self)->mt;
    std::string out;
    out.reserve(static_cast<size_t>(n) + 4);
    for (int64_t left = n * 8; left > 0; left -= 32) {
        uint32_t w = mt.next();
        if (left < 32) w >>= (32 - left);
        for (int b = 0; b < 4; b++) out.push_back(static_cast<char>(w >> (8 * b)));
    }
    out.resize(static_cast<size_t>(n));
    return Value::object(newBytes(ts, out));
}

constexpr int64_t kStateVersion = 3;

// getstate(): (3, (624 words..., index), gauss_next).
Value random_getstate(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.getstate", {}, 0, SIZE_MAX, true};
    bindPyArgs(ts, spec, args, nullptr);
    RandomObject* r = randomSelf(self);
    TupleObject* inner = newTuple(ts, MersenneTwister::kStateSize + 1);
    for (int i = 0; i < MersenneTwister::kStateSize; i++) inner->items()[i] = Value::integer(r->mt.state[i]);
    inner->items()[MersenneTwister::kStateSize] = Value::integer(r->mt.index);
    TupleObject* outer = newTuple(ts, 3);
    outer->items()[0] = Value::integer(kStateVersion);
    outer->items()[1] = Value::object(inner);
    outer->items()[2] = r->gaussNext;
    return Value::object(outer);
}

// The C half of setstate: a 625-tuple of unsigned words and the index.
void setInternalState(ThreadState& ts, RandomObject* r, Value state, bool wrapNegative) {
    if (!isKind(state, ObjKind::Tuple)) raiseError(ts, ts.rt.types.TypeError, "state vector must be a tuple");
    TupleObject* t = as<TupleObject>(state);
    if (t->size != MersenneTwister::kStateSize + 1)
        raiseError(ts, ts.rt.types.ValueError, "state vector is the wrong size");
    uint32_t words[MersenneTwister::kStateSize];
    for (int i = 0; i < MersenneTwister::kStateSize; i++) {
        Value v = t->items()[i];
        if (!isIntValue(v)) {
            std::string_view got = typeName(ts, v);
            raiseFormat(ts, ts.rt.types.TypeError, "'%.*s' object cannot be interpreted as an integer",
                        static_cast<int>(got.size()), got.data());
        }
        // Version 2 states held signed words: x % 2**32 makes them unsigned.
        BigInt b = toBigInt(intRef(v));
        if (wrapNegative) b = ((b % 4294967296) + 4294967296) % 4294967296;
        if (b < 0) raiseError(ts, ts.rt.types.OverflowError, "can't convert negative value to unsigned int");
        if (b > UINT64_MAX) raiseError(ts, ts.rt.types.OverflowError, "Python int too large to convert to C unsigned long");
        words[i] = static_cast<uint32_t>(static_cast<uint64_t>(b)); // CPython keeps the low 32 bits
    }
    Value indexValue = t->items()[MersenneTwister::kStateSize];
    if (isKind(indexValue, ObjKind::BigInt))
        raiseError(ts, ts.rt.types.OverflowError, "Python int too large to convert to C long");
    int64_t index = indexOf(ts, indexValue);
    if (index < 0 || index > MersenneTwister::kStateSize) raiseError(ts, ts.rt.types.ValueError, "invalid state");
    std::copy(words, words + MersenneTwister::kStateSize, r->mt.state);
    r->mt.index = static_cast<int>(index);
}

// setstate(state): versions 3 (current) and 2, as Lib/random.py accepts them.
Value random_setstate(ThreadState& ts, Value self, Args args) {
    static constexpr PyParamSpec spec{"Random.setstate", {"state"}, 1, SIZE_MAX, true};
    Value a[1];
    bindPyArgs(ts, spec, args, a);
    RandomObject* r = randomSelf(self);
    Value state = a[0];
    Handle version(ts, getItem(ts, state, Value::integer(0)));
    bool v3 = equals(ts, version.get(), Value::integer(3));
    if (!v3 && !equals(ts, version.get(), Value::integer(2))) {
        std::string text(toStr(ts, version.get())->view());
        raiseFormat(ts, ts.rt.types.ValueError, "state with version %s passed to Random.setstate() of version %lld",
                    text.c_str(), static_cast<long long>(kStateVersion));
    }
    // `version, internalstate, self.gauss_next = state`: unpack exactly three.
    Handle items(ts);
    if (isKind(state, ObjKind::Tuple) || isKind(state, ObjKind::List)) items.set(state);
    else items.set(call1(ts, Value::object(ts.rt.types.tuple), state));
    size_t n = isKind(items.get(), ObjKind::Tuple) ? as<TupleObject>(items.get())->size
                                                    : as<ListObject>(items.get())->items.size();
    if (n < 3) raiseFormat(ts, ts.rt.types.ValueError, "not enough values to unpack (expected 3, got %zu)", n);
    if (n > 3) raiseError(ts, ts.rt.types.ValueError, "too many values to unpack (expected 3)");
    Value internal = getItem(ts, items.get(), Value::integer(1));
    Value gauss = getItem(ts, items.get(), Value::integer(2));
    r->gaussNext = gauss;
    setInternalState(ts, r, internal, !v3);
    return Value::none();
}

} // namespace

ModuleObject* createRandomModule(ThreadState& ts) {
    Runtime& rt = ts.rt;
    ModuleObject* m = newNativeModule(ts, "random");
    Handle keepModule(ts, Value::object(m));
    DictObject* d = m->dict;

    TypeObject* type = newBuiltinType(ts, "Random", rt.types.object, ObjKind::Native);
    dictSetStr(ts, d, "Random", Value::object(type));
    type->construct = randomConstruct;
    type->allowsSubclassing = false;
    dictSetStr(ts, type->dict, "__module__", strValue(ts, "random"));
    dictSetStr(ts, type->dict, "VERSION", Value::integer(kStateVersion));

    static constexpr RandomMethod kCore[] = {
        {"seed", random_seed},         {"random", random_random},     {"getrandbits", random_getrandbits},
        {"randbytes", random_randbytes}, {"getstate", random_getstate}, {"setstate", random_setstate},
    };
    for (const RandomMethod& f : kCore) defineMethod(ts, type, f.name, f.fn);
    for (const RandomMethod& f : randomAlgorithmMethods()) defineMethod(ts, type, f.name, f.fn);

    // The hidden instance behind the module-level functions.
    Value inst = randomConstruct(ts, type, Args{});
    dictSetStr(ts, d, "_inst", inst);
    auto exportBound = [&](const RandomMethod& f) {
        NativeFunctionObject* bound = newNative(ts, f.name, f.fn, inst);
        dictSet(ts, d, Value::object(bound->name), Value::object(bound));
    };
    for (const RandomMethod& f : kCore) exportBound(f);
    for (const RandomMethod& f : randomAlgorithmMethods()) exportBound(f);

    // Lib/random.py's module constants.
    dictSetStr(ts, d, "NV_MAGICCONST", Value::real(4 * std::exp(-0.5) / std::sqrt(2.0)));
    dictSetStr(ts, d, "TWOPI", Value::real(2.0 * M_PI));
    dictSetStr(ts, d, "LOG4", Value::real(std::log(4.0)));
    dictSetStr(ts, d, "SG_MAGICCONST", Value::real(1.0 + std::log(4.5)));
    dictSetStr(ts, d, "BPF", Value::integer(53));
    dictSetStr(ts, d, "RECIP_BPF", Value::real(std::ldexp(1.0, -53)));
    return m;
}

} // namespace spindle
