// Object.h — the layout of heap objects.
//
// Every heap object starts with an Object header:
//
//     type     the Python-visible type (a TypeObject), what type(x) returns
//     gcNext   intrusive list of all objects, walked by the sweeper
//     kind     the C++ layout (ObjKind); fast paths switch on it
//     marked   the collector's mark bit
//
// `kind` and `type` differ for subclasses: an instance of a user subclass of
// Exception has kind Exception (its C++ layout) and type pointing at the user class.
// Fast paths test `kind` (one byte compare); semantics that user classes can
// override go through `type`.
//
// Objects are created only through Heap::make (Heap.h), which links them into the
// collector's list. Object structs may own C++ containers (std::vector) — the
// sweeper runs their destructors — but any Value or Object* they hold must be
// reported by the kind's trace function (Heap.cpp), or the collector frees it while
// still in use. GC stress builds exist to catch exactly that mistake.
#pragma once

#include "runtime/Value.h"

#include <atomic>
#include <string_view>
#include <vector>

namespace spindle {

#define SPINDLE_OBJECT_KINDS(X) \
    X(Str)                      \
    X(Bytes)                    \
    X(BigInt)                   \
    X(Tuple)                    \
    X(List)                     \
    X(Dict)                     \
    X(Set)                      \
    X(Range)                    \
    X(Slice)                    \
    X(Cell)                     \
    X(Code)                     \
    X(Function)                 \
    X(NativeFunction)           \
    X(BoundMethod)              \
    X(Module)                   \
    X(Type)                     \
    X(Instance)                 \
    X(Exception)                \
    X(Traceback)                \
    X(Iterator)                 \
    X(Singleton)                \
    X(Property)                 \
    X(MethodWrapper)            \
    X(Super)                    \
    X(File)                     \
    X(Generator)                \
    X(Native)

enum class ObjKind : uint8_t {
#define SPINDLE_KIND_ENUM(name) name,
    SPINDLE_OBJECT_KINDS(SPINDLE_KIND_ENUM)
#undef SPINDLE_KIND_ENUM
};

struct TypeObject;

struct Object {
    TypeObject* type;
    Object* gcNext;
    ObjKind kind;
    uint8_t marked;
    uint16_t flags; // per-kind bits (e.g. Str: ascii, interned; Set: frozen)
    uint32_t spare; // per-kind small field (kept here because the header pads to it)

    Object(ObjKind k) : type(nullptr), gcNext(nullptr), kind(k), marked(0), flags(0), spare(0) {}
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;
};

inline bool isKind(Value v, ObjKind k) { return v.isObject() && v.asObject()->kind == k; }
// Exactly of builtin type t, not of a class derived from it: fast paths that
// bypass the type's slots must use this, since a subclass may override them.
inline bool isExactly(Value v, const TypeObject* t) { return v.isObject() && v.asObject()->type == t; }

template <class T>
inline T* as(Value v) {
    SPINDLE_DEBUG_ASSERT(v.isObject() && v.asObject()->kind == T::kKind);
    return static_cast<T*>(v.asObject());
}

template <class T>
inline T* asOrNull(Value v) {
    return (v.isObject() && v.asObject()->kind == T::kKind) ? static_cast<T*>(v.asObject()) : nullptr;
}

} // namespace spindle
