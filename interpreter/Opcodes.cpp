// Opcodes.cpp — names of opcodes and operators, and the per-opcode facts of
// InstructionInfo.h (stack effects, jump kinds, argument meanings).
#include "interpreter/InstructionInfo.h"
#include "interpreter/Opcodes.h"
#include "runtime/Common.h"

#include <bit>

namespace spindle {

const char* opcodeName(Opcode op) {
    switch (op) {
#define SPINDLE_OPCODE_NAME(name, aux) case Opcode::name: return #name;
        SPINDLE_OPCODES(SPINDLE_OPCODE_NAME)
#undef SPINDLE_OPCODE_NAME
    default: return "<invalid opcode>";
    }
}

static bool isBinaryFamily(Opcode op) {
    int value = static_cast<int>(op);
    return value >= static_cast<int>(Opcode::BINARY_ADD) &&
           value < static_cast<int>(Opcode::COMPARE_LT) + static_cast<int>(CompareOperator::Count_);
}

int stackEffect(Opcode op, uint32_t arg, bool jumped) {
    const int a = static_cast<int>(arg);
    if (isBinaryFamily(op)) return -1; // BINARY_*, INPLACE_*, COMPARE_*
    switch (op) {
    case Opcode::NOP: return 0;
    case Opcode::POP_TOP: return -1;
    case Opcode::COPY: return 1;
    case Opcode::SWAP: return 0;
    case Opcode::LOAD_CONST:
    case Opcode::LOAD_SMALL_INT:
    case Opcode::LOAD_FAST:
    case Opcode::LOAD_DEREF:
    case Opcode::LOAD_CLOSURE:
    case Opcode::LOAD_CLASSDEREF:
    case Opcode::LOAD_GLOBAL:
    case Opcode::LOAD_NAME: return 1;
    case Opcode::STORE_FAST:
    case Opcode::STORE_DEREF:
    case Opcode::STORE_GLOBAL:
    case Opcode::STORE_NAME: return -1;
    case Opcode::DELETE_FAST:
    case Opcode::DELETE_DEREF:
    case Opcode::DELETE_GLOBAL:
    case Opcode::DELETE_NAME: return 0;
    case Opcode::LOAD_ATTR: return 0;
    case Opcode::STORE_ATTR: return -2;
    case Opcode::DELETE_ATTR: return -1;
    case Opcode::LOAD_METHOD: return 1;
    case Opcode::BINARY_SUBSCR: return -1;
    case Opcode::STORE_SUBSCR: return -3;
    case Opcode::DELETE_SUBSCR: return -2;
    case Opcode::BUILD_SLICE: return 1 - a;
    case Opcode::UNARY_NEGATIVE:
    case Opcode::UNARY_POSITIVE:
    case Opcode::UNARY_INVERT:
    case Opcode::UNARY_NOT: return 0;
    case Opcode::IS_OP:
    case Opcode::CONTAINS_OP: return -1;
    case Opcode::JUMP:
    case Opcode::JUMP_BACKWARD: return 0;
    case Opcode::POP_JUMP_IF_FALSE:
    case Opcode::POP_JUMP_IF_TRUE: return -1;
    case Opcode::JUMP_IF_FALSE_OR_POP:
    case Opcode::JUMP_IF_TRUE_OR_POP: return jumped ? 0 : -1;
    case Opcode::GET_ITER: return 0;
    case Opcode::FOR_ITER: return jumped ? -1 : 1;
    case Opcode::BUILD_TUPLE:
    case Opcode::BUILD_LIST:
    case Opcode::BUILD_SET:
    case Opcode::BUILD_STRING: return 1 - a;
    case Opcode::BUILD_MAP: return 1 - 2 * a;
    case Opcode::LIST_APPEND:
    case Opcode::SET_ADD: return -1;
    case Opcode::MAP_ADD: return -2;
    case Opcode::LIST_EXTEND:
    case Opcode::SET_UPDATE:
    case Opcode::DICT_UPDATE:
    case Opcode::DICT_MERGE: return -1;
    case Opcode::LIST_TO_TUPLE: return 0;
    case Opcode::UNPACK_SEQUENCE: return a - 1;
    case Opcode::UNPACK_EX: return (a & 0xff) + (a >> 8); // + starred list - seq
    case Opcode::FORMAT_VALUE: return (a & 4) ? -1 : 0;
    case Opcode::MAKE_FUNCTION: return -std::popcount(arg & (1u | 2u | 8u));
    case Opcode::CALL: return -a;
    case Opcode::CALL_KW: return -a - 1;
    case Opcode::CALL_METHOD: return -a - 1;
    case Opcode::CALL_FUNCTION_EX: return -1 - (a & 1);
    case Opcode::RETURN_VALUE: return -1;
    case Opcode::RAISE_VARARGS: return -a;
    case Opcode::PUSH_EXC_INFO: return 1;
    case Opcode::POP_EXCEPT: return -1;
    case Opcode::RERAISE: return -1;
    case Opcode::CHECK_EXC_MATCH: return 0;
    case Opcode::LOAD_ASSERTION_ERROR: return 1;
    case Opcode::BEFORE_WITH: return 2;
    case Opcode::WITH_EXCEPT_START: return 1;
    case Opcode::LOAD_BUILD_CLASS: return 1;
    case Opcode::RETURN_GENERATOR: return 0;
    case Opcode::YIELD_VALUE: return 0;
    case Opcode::GET_YIELD_FROM_ITER: return 0;
    case Opcode::YIELD_FROM: return -1;
    case Opcode::IMPORT_NAME: return -1;
    case Opcode::IMPORT_FROM: return 1;
    case Opcode::IMPORT_STAR: return -1;
    case Opcode::PRINT_EXPR: return -1;
    case Opcode::SETUP_ANNOTATIONS: return 0;
    default: SPINDLE_UNREACHABLE();
    }
}

bool isJumpOpcode(Opcode op) {
    switch (op) {
    case Opcode::JUMP:
    case Opcode::JUMP_BACKWARD:
    case Opcode::POP_JUMP_IF_FALSE:
    case Opcode::POP_JUMP_IF_TRUE:
    case Opcode::JUMP_IF_FALSE_OR_POP:
    case Opcode::JUMP_IF_TRUE_OR_POP:
    case Opcode::FOR_ITER: return true;
    default: return false;
    }
}

bool isTerminatorOpcode(Opcode op) {
    switch (op) {
    case Opcode::JUMP:
    case Opcode::JUMP_BACKWARD:
    case Opcode::RETURN_VALUE:
    case Opcode::RAISE_VARARGS:
    case Opcode::RERAISE: return true;
    default: return false;
    }
}

ArgKind argKind(Opcode op) {
    if (isBinaryFamily(op)) return ArgKind::None;
    if (isJumpOpcode(op)) return ArgKind::Jump;
    switch (op) {
    case Opcode::COPY:
    case Opcode::SWAP:
    case Opcode::BUILD_SLICE:
    case Opcode::BUILD_TUPLE:
    case Opcode::BUILD_LIST:
    case Opcode::BUILD_SET:
    case Opcode::BUILD_MAP:
    case Opcode::BUILD_STRING:
    case Opcode::LIST_APPEND:
    case Opcode::SET_ADD:
    case Opcode::MAP_ADD:
    case Opcode::LIST_EXTEND:
    case Opcode::SET_UPDATE:
    case Opcode::DICT_UPDATE:
    case Opcode::DICT_MERGE:
    case Opcode::UNPACK_SEQUENCE:
    case Opcode::CALL:
    case Opcode::CALL_KW:
    case Opcode::CALL_METHOD:
    case Opcode::RAISE_VARARGS: return ArgKind::Number;
    case Opcode::LOAD_CONST: return ArgKind::Constant;
    case Opcode::LOAD_SMALL_INT: return ArgKind::SmallInt;
    case Opcode::LOAD_FAST:
    case Opcode::STORE_FAST:
    case Opcode::DELETE_FAST: return ArgKind::Local;
    case Opcode::LOAD_DEREF:
    case Opcode::STORE_DEREF:
    case Opcode::DELETE_DEREF:
    case Opcode::LOAD_CLOSURE:
    case Opcode::LOAD_CLASSDEREF: return ArgKind::Cell;
    case Opcode::LOAD_GLOBAL:
    case Opcode::STORE_GLOBAL:
    case Opcode::DELETE_GLOBAL:
    case Opcode::LOAD_NAME:
    case Opcode::STORE_NAME:
    case Opcode::DELETE_NAME:
    case Opcode::LOAD_ATTR:
    case Opcode::STORE_ATTR:
    case Opcode::DELETE_ATTR:
    case Opcode::LOAD_METHOD:
    case Opcode::IMPORT_NAME:
    case Opcode::IMPORT_FROM: return ArgKind::Name;
    case Opcode::IS_OP:
    case Opcode::CONTAINS_OP:
    case Opcode::UNPACK_EX:
    case Opcode::FORMAT_VALUE:
    case Opcode::MAKE_FUNCTION:
    case Opcode::CALL_FUNCTION_EX: return ArgKind::Special;
    default: return ArgKind::None;
    }
}

} // namespace spindle
