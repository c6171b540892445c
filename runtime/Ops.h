// Ops.h — the object protocol: what the eval loop and native code call to
// create values and operate on them. Each function works for every kind of
// value and raises the same exception CPython would.
//
// Fast paths for the commonest cases (int + int, list[int], str == str) are
// inlined in the eval loop itself; these functions are the general path.
#pragma once

#include "runtime/Operators.h"
#include "runtime/Errors.h"
#include "runtime/ThreadState.h"

#include <functional>
#include <string>
#include <string_view>

namespace spindle {

// ---- construction -----------------------------------------------------------
StrObject* newStr(ThreadState& ts, std::string_view utf8); // utf8 must be valid UTF-8
Value strValue(ThreadState& ts, std::string_view utf8);
StrObject* intern(ThreadState& ts, std::string_view utf8);
BytesObject* newBytes(ThreadState& ts, std::string_view bytes);
TupleObject* newTuple(ThreadState& ts, size_t size); // items start as None
ListObject* newList(ThreadState& ts, size_t reserve = 0);
DictObject* newDict(ThreadState& ts);
// Give a new type its (empty) dict and the VM's TypeAttributeCache; every
// type gets its dict this way.
void attachTypeDict(ThreadState& ts, TypeObject* type);
SetObject* newSet(ThreadState& ts, bool frozen = false);
NativeFunctionObject* newNative(ThreadState& ts, std::string_view name, NativeFn fn, Value self = Value());
// Store a native function in a dict (a module's namespace or a type's dict).
void defineNative(ThreadState& ts, DictObject* dict, std::string_view name, NativeFn fn);
void defineMethod(ThreadState& ts, TypeObject* type, std::string_view name, NativeFn fn);
TypeObject* newBuiltinType(ThreadState& ts, std::string_view name, TypeObject* base, ObjKind instanceKind);

// Count code points of valid UTF-8.
size_t utf8Length(std::string_view s);
// The hash of a str (cached in the object; never -1). Strings hash by content.
int64_t hashStr(StrObject* s);
int64_t hashBytes(std::string_view bytes);

// ---- types ------------------------------------------------------------------
TypeObject* typeOf(ThreadState& ts, Value v);
std::string_view typeName(ThreadState& ts, Value v);
bool isSubtype(TypeObject* type, TypeObject* base);
bool isInstance(ThreadState& ts, Value v, TypeObject* type);
// Look `name` up along type's MRO; empty if absent. Never runs Python code.
Value lookupInType(TypeObject* type, StrObject* name);
// The namespace dict of an instance, function, exception or module (null when
// its kind has none or it was never created). Never runs Python code.
DictObject* instanceDict(Value obj);
// callable(v): a call slot, or __call__ on a class's instances. Runs no Python code.
bool isCallable(ThreadState& ts, Value v);

// ---- dict helpers (str keys never call Python) -------------------------------
Value dictGet(ThreadState& ts, DictObject* d, Value key);        // empty if absent
Value dictGetStr(DictObject* d, StrObject* key);                 // empty if absent
void dictSet(ThreadState& ts, DictObject* d, Value key, Value value);
void dictSetStr(ThreadState& ts, DictObject* d, std::string_view key, Value value);
bool dictDel(ThreadState& ts, DictObject* d, Value key);         // false if absent

// ---- protocols ----------------------------------------------------------------
StrObject* repr(ThreadState& ts, Value v);
StrObject* toStr(ThreadState& ts, Value v);
int64_t hashValue(ThreadState& ts, Value v);
bool equals(ThreadState& ts, Value a, Value b);
Value compare(ThreadState& ts, CompareOperator op, Value a, Value b);
bool compareBool(ThreadState& ts, CompareOperator op, Value a, Value b);
bool truthy(ThreadState& ts, Value v);
Value binaryOp(ThreadState& ts, BinaryOperator op, Value a, Value b);
Value inplaceOp(ThreadState& ts, BinaryOperator op, Value a, Value b);
Value negate(ThreadState& ts, Value v);
Value positive(ThreadState& ts, Value v);
Value invert(ThreadState& ts, Value v);
int64_t length(ThreadState& ts, Value v);
Value getItem(ThreadState& ts, Value container, Value key);
void setItem(ThreadState& ts, Value container, Value key, Value value);
void delItem(ThreadState& ts, Value container, Value key);
bool contains(ThreadState& ts, Value container, Value item);
Value getIter(ThreadState& ts, Value iterable);
// Advance an iterator: true and `out` set, or false when exhausted (StopIteration
// is swallowed; any other exception propagates).
bool iterNext(ThreadState& ts, Value iterator, Value& out);
// Calls fn for each item; fn returns false to stop early.
void forEach(ThreadState& ts, Value iterable, const std::function<bool(Value)>& fn);
// Python's __index__: an int (inline) or raises TypeError naming `what`.
int64_t indexOf(ThreadState& ts, Value v);
// Format like format(v, spec).
StrObject* formatValue(ThreadState& ts, Value v, StrObject* spec);

// ---- attributes ------------------------------------------------------------------
Value getAttr(ThreadState& ts, Value obj, StrObject* name);        // raises AttributeError
bool getAttrOpt(ThreadState& ts, Value obj, StrObject* name, Value& out);
void setAttr(ThreadState& ts, Value obj, StrObject* name, Value value);
void delAttr(ThreadState& ts, Value obj, StrObject* name);
// object.__setattr__ / __delattr__ (value empty: delete): descriptors, then the
// instance namespace; what setAttr does for a class without its own hooks.
void genericSetAttr(ThreadState& ts, Value obj, StrObject* name, Value value);
// Store (value non-empty) or delete a function attribute that lives in a field
// (__name__, __qualname__, __doc__, __module__, __defaults__, __kwdefaults__,
// __dict__, and the read-only ones); false for any other name.
bool setFunctionField(ThreadState& ts, FunctionObject* f, StrObject* name, Value value);

// ---- descriptors (runtime/types/Descriptors.cpp) --------------------------------------
// What `descr`, found in `type`'s MRO, becomes when read through `obj` (empty:
// read through the class itself): bound methods, property values, ...
Value bindAttribute(ThreadState& ts, Value descr, Value obj, TypeObject* type);
// Properties and class instances with __set__ or __delete__.
bool isDataDescriptor(ThreadState& ts, Value v);
// Store (value empty: delete) through a data descriptor; false if descr is none.
bool setThroughDescriptor(ThreadState& ts, Value descr, Value obj, Value value);
MethodWrapperObject* newMethodWrapper(ThreadState& ts, TypeObject* type, Value wrapped); // staticmethod/classmethod

// ---- classes (runtime/types/ClassType.cpp) --------------------------------------------
// type(name, bases, ns) with metaclass `metatype`; ns is copied.
TypeObject* newClass(ThreadState& ts, TypeObject* metatype, StrObject* name, TupleObject* bases, DictObject* ns);
// The parent's __init_subclass__(**kwargs) for a new class.
void runInitSubclass(ThreadState& ts, TypeObject* type, Args kwargs);
// Re-derive a class's slots after one of its dunders was assigned or deleted.
void refreshClassSlots(ThreadState& ts, TypeObject* type);
// The metaclass a class with these bases gets (TypeError on a conflict).
TypeObject* mostDerivedMetaclass(ThreadState& ts, TypeObject* metatype, TupleObject* bases);
// type.__call__'s construction for `type` itself and metaclasses: type(x), type(name, bases, ns).
Value typeConstruct(ThreadState& ts, TypeObject* metatype, Args args);

// ---- calls ------------------------------------------------------------------------
Value call(ThreadState& ts, Value callable, Args args);
Value call0(ThreadState& ts, Value callable);
Value call1(ThreadState& ts, Value callable, Value a);
Value call2(ThreadState& ts, Value callable, Value a, Value b);
// Call `function` with `self` prepended to args (bound-method calls).
Value callWithSelf(ThreadState& ts, Value function, Value self, Args args);
// Call a method by name on obj, e.g. callMethod(ts, obj, names.__enter__, {}).
Value callMethod(ThreadState& ts, Value obj, StrObject* name, Args args);

// ---- numbers (glue to runtime/IntOps.h and FloatOps.h) ---------------------------------
bool isIntValue(Value v); // inline int, bool or BigInt object
Value intFromBigText(ThreadState& ts, std::string_view decimal);
// Float value of an int/bool/float, or raises TypeError.
double toDouble(ThreadState& ts, Value v);

// ---- output ----------------------------------------------------------------------
void writeStdout(ThreadState& ts, std::string_view text);
void writeStderr(ThreadState& ts, std::string_view text);

} // namespace spindle
