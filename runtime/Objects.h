// Objects.h — the C++ layout of each builtin kind of heap object.
//
// One struct per ObjKind (Object.h). Each has `kKind` so `as<T>(value)` can check
// it in debug builds. Immutable variable-size objects (str, bytes, tuple) keep
// their payload inline after the struct, in one allocation, because they are the
// most numerous objects and an extra pointer chase per access is measurable.
#pragma once

#include "runtime/Operators.h"
#include "runtime/HashTable.h"
#include "runtime/Object.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace spindle {

struct ThreadState;
struct CompiledCode;
struct StrObject;
struct TupleObject;
struct DictObject;
struct TypeAttributeCache;

// ---------------------------------------------------------------------------
// Text and bytes. UTF-8 with a NUL after the last byte (for C APIs). `charLength`
// is the number of code points; when it equals byteLength the string is ASCII and
// indexing is O(1). Non-ASCII indexing walks the UTF-8 (a known cost, see
// docs/architecture.md).
struct StrObject : Object {
    static constexpr ObjKind kKind = ObjKind::Str;
    static constexpr uint16_t kInterned = 1;
    int64_t hash = -1; // -1: not computed yet
    size_t byteLength = 0;
    size_t charLength = 0;

    StrObject() : Object(kKind) {}
    char* data() { return reinterpret_cast<char*>(this + 1); }
    const char* data() const { return reinterpret_cast<const char*>(this + 1); }
    std::string_view view() const { return {data(), byteLength}; }
    bool isAscii() const { return byteLength == charLength; }
};

struct BytesObject : Object {
    static constexpr ObjKind kKind = ObjKind::Bytes;
    int64_t hash = -1;
    size_t length = 0;

    BytesObject() : Object(kKind) {}
    uint8_t* data() { return reinterpret_cast<uint8_t*>(this + 1); }
    const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(this + 1); }
    std::string_view view() const { return {reinterpret_cast<const char*>(data()), length}; }
};

// Arbitrary-precision int that does not fit in int64. Always normalised: a value
// that fits in int64 is never a BigIntObject. The BigInt itself lives behind a
// pointer so this header does not pull in Boost.Multiprecision.
struct BigIntHolder;
struct BigIntObject : Object {
    static constexpr ObjKind kKind = ObjKind::BigInt;
    std::unique_ptr<BigIntHolder> value;
    BigIntObject();
    ~BigIntObject();
};

// ---------------------------------------------------------------------------
// Containers.
// Containers a class can derive from (tuple, list, dict, set, frozenset) carry
// `attributes`: the instance dict of such a subclass's instances, null for the
// builtin types' own instances and until a first attribute is set.
struct TupleObject : Object {
    static constexpr ObjKind kKind = ObjKind::Tuple;
    int64_t hash = -1;
    size_t size = 0;
    DictObject* attributes = nullptr;

    TupleObject() : Object(kKind) {}
    Value* items() { return reinterpret_cast<Value*>(this + 1); }
    const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
    Value& operator[](size_t i) { return items()[i]; }
    Value operator[](size_t i) const { return items()[i]; }
};
static_assert(sizeof(TupleObject) % alignof(Value) == 0);

struct ListObject : Object {
    static constexpr ObjKind kKind = ObjKind::List;
    std::vector<Value> items;
    DictObject* attributes = nullptr;
    ListObject() : Object(kKind) {}
};

struct DictObject : Object {
    static constexpr ObjKind kKind = ObjKind::Dict;
    HashTable table;
    DictObject* attributes = nullptr;
    DictObject() : Object(kKind) {}
};

// set and frozenset share a layout; frozenset has kFrozen set and a cached hash.
struct SetObject : Object {
    static constexpr ObjKind kKind = ObjKind::Set;
    static constexpr uint16_t kFrozen = 1;
    HashTable table;
    int64_t hash = -1;
    DictObject* attributes = nullptr;
    SetObject() : Object(kKind) {}
    bool frozen() const { return flags & kFrozen; }
};

// range(start, stop, step) and its length (the number of items), all four Python
// ints. Nearly every range has all four inline (int64): kBig is then clear and the
// fast paths read them with asInt(). kBig means at least one is a BigIntObject;
// every operation then takes the arbitrary-precision path (RangeSlice.cpp).
struct RangeObject : Object {
    static constexpr ObjKind kKind = ObjKind::Range;
    static constexpr uint16_t kBig = 1;
    Value start = Value::integer(0), stop = Value::integer(0), step = Value::integer(1), length = Value::integer(0);
    RangeObject() : Object(kKind) {}
    bool big() const { return flags & kBig; }
};

struct SliceObject : Object {
    static constexpr ObjKind kKind = ObjKind::Slice;
    Value start, stop, step; // None when omitted
    SliceObject() : Object(kKind) {}
};

// ---------------------------------------------------------------------------
// Code and functions.
struct CellObject : Object {
    static constexpr ObjKind kKind = ObjKind::Cell;
    Value contents; // empty while unbound
    CellObject() : Object(kKind) {}
};

// One inline-cache slot (see interpreter/Opcodes.h: the aux word of LOAD_GLOBAL,
// LOAD_ATTR, LOAD_METHOD, STORE_ATTR). `owner` is what the cached answer depends on
// (a globals dict or a type) and `version` that owner's version when the answer
// was cached; a mismatch on either is a miss. The collector marks `owner` and
// `value`, so a cached pointer can never dangle or be reused by a new object.
struct InlineCache {
    Object* owner = nullptr;
    uint64_t version = 0;
    Object* owner2 = nullptr; // second dependency (builtins dict for globals)
    uint64_t version2 = 0;
    Value value;
    int64_t index = -1; // e.g. entry index in an instance dict
};

// A runtime code object: the compiler's CompiledCode plus the materialised
// constants and names, and the inline-cache array its aux words index.
struct CodeObject : Object {
    static constexpr ObjKind kKind = ObjKind::Code;
    std::shared_ptr<const CompiledCode> compiled;
    const uint32_t* code = nullptr; // == compiled->code.data()
    std::vector<Value> constants;   // materialised (str, big ints, tuples, nested CodeObjects)
    std::vector<StrObject*> names;  // interned
    std::vector<StrObject*> varnames;
    StrObject* name = nullptr;
    StrObject* qualname = nullptr;
    StrObject* filename = nullptr;
    InlineCache* caches = nullptr; // cacheCount entries, owned
    int cacheCount = 0;
    int nlocals = 0, ncells = 0, nfrees = 0, maxStack = 0;
    CodeObject() : Object(kKind) {}
    ~CodeObject();
};

struct FunctionObject : Object {
    static constexpr ObjKind kKind = ObjKind::Function;
    CodeObject* code = nullptr;
    DictObject* globals = nullptr;
    DictObject* builtins = nullptr;
    TupleObject* defaults = nullptr;   // may be null
    DictObject* kwDefaults = nullptr;  // may be null
    TupleObject* closure = nullptr;    // cells, may be null
    StrObject* name = nullptr;
    StrObject* qualname = nullptr;
    Value doc;                         // None or str
    Value module;                      // __module__
    DictObject* dict = nullptr;        // function attributes, created on demand
    FunctionObject() : Object(kKind) {}
};

// Arguments as the eval loop passes them: a window into the caller's value stack
// (so they stay rooted for the duration of the call) plus the names of the
// trailing keyword arguments, if any.
struct Args {
    const Value* values = nullptr; // positional then keyword values
    size_t count = 0;              // total number of values
    TupleObject* kwnames = nullptr;

    size_t keywordCount() const { return kwnames ? kwnames->size : 0; }
    size_t positionalCount() const { return count - keywordCount(); }
    Value operator[](size_t i) const { return values[i]; }
};

using NativeFn = Value (*)(ThreadState& ts, Value self, Args args);

// A builtin function or method implemented in C++. `self` is the bound receiver
// for builtin methods looked up on an instance (empty for plain functions).
struct NativeFunctionObject : Object {
    static constexpr ObjKind kKind = ObjKind::NativeFunction;
    NativeFn fn = nullptr;
    StrObject* name = nullptr;
    Value self;        // empty for unbound natives
    TypeObject* owner = nullptr; // for methods: the type they are defined on
    void* data = nullptr;        // native payload for closures over C++ state
    NativeFunctionObject() : Object(kKind) {}
};

struct BoundMethodObject : Object {
    static constexpr ObjKind kKind = ObjKind::BoundMethod;
    Value function;
    Value self;
    BoundMethodObject() : Object(kKind) {}
};

// property(fget, fset, fdel, doc): a data descriptor; empty accessors are None.
struct PropertyObject : Object {
    static constexpr ObjKind kKind = ObjKind::Property;
    Value getter, setter, deleter, doc;
    PropertyObject() : Object(kKind) {}
};

// staticmethod(f) and classmethod(f): the type tells which.
struct MethodWrapperObject : Object {
    static constexpr ObjKind kKind = ObjKind::MethodWrapper;
    Value wrapped;
    MethodWrapperObject() : Object(kKind) {}
};

// super(thisClass, self): attribute lookup starts after thisClass in the MRO of
// startType (type(self), or self itself when self is a class).
struct SuperObject : Object {
    static constexpr ObjKind kKind = ObjKind::Super;
    TypeObject* thisClass = nullptr;
    TypeObject* startType = nullptr;
    Value self;
    SuperObject() : Object(kKind) {}
};

// ---------------------------------------------------------------------------
// Modules, types, instances.
// Object::flags bit of a module whose code is still running (a circular import
// that finds it gets CPython's "partially initialized module" error).
constexpr uint16_t kModuleInitializing = 1;

struct ModuleObject : Object {
    static constexpr ObjKind kKind = ObjKind::Module;
    DictObject* dict = nullptr;
    StrObject* name = nullptr;
    // A native module's private per-VM state (CPython's module state): what its
    // functions, which get the module as `self`, need and scripts must not be
    // able to rebind (the random generator, the struct_time type). May be null.
    Object* state = nullptr;
    ModuleObject() : Object(kKind) {}
};

// Native hook to construct instances of a builtin type: `int("3")`, `list(x)`.
using NativeNew = Value (*)(ThreadState& ts, TypeObject* type, Args args);

// The C++ behaviour of a type, one function pointer per protocol (CPython's
// tp_* slots, trimmed). Builtin types fill the slots they support; the generic
// operations in Ops.h dispatch through them. A null slot means "not supported"
// (the dispatcher raises CPython's TypeError) unless noted. Subclasses inherit
// their base's slots at creation. Binary slots return NotImplemented (rt.notImplemented)
// for operand types they do not handle, so the dispatcher can try the reflected
// operation on the other operand's type, as Python does.
struct TypeSlots {
    StrObject* (*repr)(ThreadState&, Value) = nullptr;
    StrObject* (*str)(ThreadState&, Value) = nullptr; // null: use repr
    int64_t (*hash)(ThreadState&, Value) = nullptr;   // null: unhashable
    Value (*compare)(ThreadState&, CompareOperator, Value a, Value b) = nullptr; // null: identity ==/!=
    bool (*truthy)(ThreadState&, Value) = nullptr;    // null: length, else true
    int64_t (*length)(ThreadState&, Value) = nullptr;
    Value (*getItem)(ThreadState&, Value obj, Value key) = nullptr;
    void (*setItem)(ThreadState&, Value obj, Value key, Value value) = nullptr; // value empty: delete
    bool (*contains)(ThreadState&, Value obj, Value item) = nullptr;            // null: iterate
    Value (*iter)(ThreadState&, Value) = nullptr;
    bool (*next)(ThreadState&, Value it, Value& out) = nullptr;                 // false: exhausted
    Value (*binary)(ThreadState&, BinaryOperator, Value a, Value b) = nullptr;  // either operand is ours
    Value (*inplace)(ThreadState&, BinaryOperator, Value a, Value b) = nullptr; // null: binary
    Value (*negate)(ThreadState&, Value) = nullptr;
    Value (*positive)(ThreadState&, Value) = nullptr;
    Value (*invert)(ThreadState&, Value) = nullptr;
    Value (*call)(ThreadState&, Value callable, Args args) = nullptr;
    int64_t (*index)(ThreadState&, Value) = nullptr;  // __index__
    StrObject* (*format)(ThreadState&, Value, StrObject* spec) = nullptr; // null: str() if spec empty
    // Attribute access beyond the generic type-dict/instance-dict lookup
    // (e.g. exception.args, function.__name__). Return false when absent.
    bool (*getAttr)(ThreadState&, Value obj, StrObject* name, Value& out) = nullptr;
};

struct TypeObject : Object {
    static constexpr ObjKind kKind = ObjKind::Type;
    StrObject* name = nullptr;
    StrObject* qualname = nullptr;
    TypeObject* base = nullptr;  // first base (null for object)
    TupleObject* bases = nullptr;
    TupleObject* mro = nullptr;  // C3 linearisation, self first
    DictObject* dict = nullptr;
    ObjKind instanceKind = ObjKind::Instance; // C++ layout of instances
    NativeNew construct = nullptr; // null: not constructible from Python
    TypeSlots slots;
    bool isHeapType = false;       // defined by a class statement
    // A class whose MRO declares __slots__ everywhere (and no '__dict__' slot):
    // the attribute names its instances may hold. Null: instances take any name.
    SetObject* slotNames = nullptr;
    bool allowsSubclassing = true;
    // Bumped whenever this type's dict (or a base's) changes: attribute caches
    // keyed on (type, version) see every change.
    uint64_t version = 0;
    // The VM's cache of MRO lookups (runtime/TypeAttributeCache.h); set with
    // the dict by attachTypeDict.
    TypeAttributeCache* attributeCache = nullptr;
    TypeObject() : Object(kKind) {}
};

// Instance of a user class with no builtin base other than object.
struct InstanceObject : Object {
    static constexpr ObjKind kKind = ObjKind::Instance;
    DictObject* dict = nullptr;
    InstanceObject() : Object(kKind) {}
};

// One line of a traceback, innermost last when walking `next`.
struct TracebackObject : Object {
    static constexpr ObjKind kKind = ObjKind::Traceback;
    TracebackObject* next = nullptr;
    CodeObject* code = nullptr;
    int line = 0;
    TracebackObject() : Object(kKind) {}
};

// Instance of BaseException or any subclass (user subclasses too).
struct ExceptionObject : Object {
    static constexpr ObjKind kKind = ObjKind::Exception;
    TupleObject* args = nullptr;
    TracebackObject* traceback = nullptr;
    Value cause;   // __cause__: None or exception
    Value context; // __context__: None or exception
    bool suppressContext = false;
    DictObject* dict = nullptr; // attributes (SystemExit.code, StopIteration.value, ...)
    ExceptionObject() : Object(kKind) {}
};

// A builtin iterator. One layout for the common iterators keeps the GC and the
// FOR_ITER fast path simple: `source` is what is iterated, `index` the position,
// `extra` a second value where a kind needs it (zip/map/filter keep their state
// in `items`).
enum class IterKind : uint8_t {
    List, Tuple, Str, Bytes, Range, LongRange, DictKeys, DictValues, DictItems, Set,
    Reversed, Enumerate, Zip, Map, Filter, Callable, SeqGetItem,
};
constexpr size_t kIterKindCount = size_t(IterKind::SeqGetItem) + 1;
struct IteratorObject : Object {
    static constexpr ObjKind kKind = ObjKind::Iterator;
    IterKind iterKind;
    Value source;
    Value extra;
    int64_t index = 0;
    int64_t limit = 0; // range: remaining count; reversed: start
    int64_t step = 0;
    std::vector<Value> items;
    IteratorObject(IterKind k) : Object(kKind), iterKind(k) {}
};

// None, NotImplemented, Ellipsis are singletons with no state; None also has an
// inline Value form, this object exists so `type(None)` has something to name.
struct SingletonObject : Object {
    static constexpr ObjKind kKind = ObjKind::Singleton;
    SingletonObject() : Object(kKind) {}
};

// A generator: a frame that outlives its call. The frame is the generator's own
// memory (not a slot of a thread's frame stack), so it survives between resumes
// and any thread holding the GIL may resume it. See interpreter/Generators.h.
struct Frame;
struct GeneratorFiber;
enum class GeneratorState : uint8_t { Created, Suspended, Running, Finished };
struct GeneratorObject : Object {
    static constexpr ObjKind kKind = ObjKind::Generator;
    Frame* frame = nullptr;          // owned; freed when the generator finishes
    StrObject* name = nullptr;       // __name__, __qualname__ (assignable)
    StrObject* qualname = nullptr;
    CodeObject* code = nullptr;      // gi_code (kept after the frame is gone)
    // The exception the generator's body is handling across a yield (its own
    // except block), restored into the thread when it resumes. Empty otherwise.
    Value handled;
    GeneratorFiber* fiber = nullptr; // owned; the fiber the body runs on (fiber mode only)
    GeneratorState state = GeneratorState::Created;
    GeneratorObject() : Object(kKind) {}
    ~GeneratorObject();
};

// Base for objects whose layout lives outside the runtime (files, stdlib
// modules' native state). The collector reaches their references and their
// destructor through virtual calls, so the runtime needs no knowledge of them.
// Subclasses may use their own ObjKind (File) or ObjKind::Native.
class Heap;
struct NativeObject : Object {
    static constexpr ObjKind kKind = ObjKind::Native;
    explicit NativeObject(ObjKind k = ObjKind::Native) : Object(k) {}
    virtual ~NativeObject() = default;
    virtual void trace(Heap& heap) {}
};

} // namespace spindle
