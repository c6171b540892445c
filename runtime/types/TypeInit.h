// TypeInit.h — start-up hooks that give each builtin type its behaviour.
//
// Runtime start-up first creates every core TypeObject (empty, with the right
// name, base and instance kind: see SPINDLE_CORE_TYPES in Runtime.h) and the
// exception hierarchy, then calls each of these to fill the type's slots
// (TypeSlots), its construct hook and its methods.
#pragma once

namespace spindle {

struct ThreadState;

void initObjectAndTypeTypes(ThreadState& ts); // object, type, NoneType, NotImplemented, ellipsis
void initIntType(ThreadState& ts);            // int and bool
void initFloatType(ThreadState& ts);
void initStrType(ThreadState& ts);
void initBytesType(ThreadState& ts);
void initTupleType(ThreadState& ts);
void initListType(ThreadState& ts);
void initDictType(ThreadState& ts);
void initSetTypes(ThreadState& ts);           // set and frozenset
void initRangeAndSliceTypes(ThreadState& ts);
void initIteratorType(ThreadState& ts);
void initFunctionTypes(ThreadState& ts);      // function, builtin_function_or_method, method, cell, code, module
void initExceptionTypes(ThreadState& ts);
void initDescriptorTypes(ThreadState& ts);    // property, staticmethod, classmethod, super
void initFileType(ThreadState& ts);
void initGeneratorType(ThreadState& ts);       // defined with the generators, in interpreter/
void initCodeType(ThreadState& ts);            // co_* attributes and repr, in interpreter/Loader.cpp

// The builtins module (stdlib/Builtins*.cpp): fills rt.builtins.
void initBuiltinsModule(ThreadState& ts);

} // namespace spindle
