// Opcodes.h — the one table of Spindle's bytecode.
//
// Everything that needs the list of instructions (the Opcode enum, the eval loop's
// computed-goto dispatch table, the disassembler, the compiler's stack-effect
// checks) expands SPINDLE_OPCODES, so adding an instruction is one line here plus
// its handler in the eval loop.
//
// Encoding. The VM is a stack machine with fixed-width 32-bit words:
//
//     bits 0..7   opcode
//     bits 8..31  argument A (unsigned, 0 .. 2^24-1)
//
// An instruction may be followed by `aux` extra words (the second column). Today the
// only use of an aux word is an inline-cache slot number: instructions that look a
// name up (globals, attributes, methods) carry the index of their own cache entry
// in the code object's cache array, so the eval loop finds its cache without a
// side lookup and the instruction stream stays read-only. The compiler assigns
// slots 0, 1, 2, ... in emission order and records the count in the code object.
// Jump targets are absolute word indices into the code array.
//
// Frame layout, which several instructions index into:
//
//     fast[0 .. nlocals)                 locals; arguments first, in signature order
//     fast[nlocals .. +ncells)           cells for variables captured by inner functions
//     fast[nlocals+ncells .. +nfrees)    cells received from the enclosing function
//
// LOAD_DEREF i / STORE_DEREF i address the cell region with i counted from its start
// (cellvars first, then freevars). When a function starts, the VM fills every cellvar
// slot with a fresh empty cell and every freevar slot from the function's closure.
// An argument that is also a cellvar is moved into its cell by the compiler with
// `LOAD_FAST arg; STORE_DEREF cell` at the top of the body.
//
// Stack notation below: "a b -> c" means pop b (top) then a, push c. "NULL" is an
// empty value slot (Value::empty()) used as a marker by method calls.
//
// Exception handlers (zero-cost table, see ExceptionTableEntry in Bytecode.h): the
// compiler never sets pushLasti, so a handler starts with the exception alone on
// top of the unwound stack. The exact layouts of try/except, try/finally and with
// are documented at the top of interpreter/CompileExceptions.cpp; in short a handler
// runs PUSH_EXC_INFO (-> prev exc), and its cleanup entry is `SWAP 2; POP_EXCEPT;
// RERAISE` on `prev exc2`.
#pragma once

#include "runtime/Operators.h"

#include <cstdint>

// X(name, auxWords)  — the comment on each line documents its stack effect.
#define SPINDLE_OPCODES(X)                                                          \
    X(NOP, 0)                  /* */                                               \
    X(POP_TOP, 0)              /* a -> */                                          \
    X(COPY, 0)                 /* push a copy of the A-th item (1 = top) */        \
    X(SWAP, 0)                 /* swap top with the A-th item (A >= 2) */          \
    X(LOAD_CONST, 0)           /* -> consts[A] */                                  \
    X(LOAD_SMALL_INT, 0)       /* -> int(A - 2^23)  (A holds value + 2^23) */       \
    X(LOAD_FAST, 0)            /* -> fast[A]; unbound: UnboundLocalError */        \
    X(STORE_FAST, 0)           /* v -> ; fast[A] = v */                            \
    X(DELETE_FAST, 0)          /* fast[A] = unbound (error if already unbound) */  \
    X(LOAD_DEREF, 0)           /* -> cell[A].contents; empty: NameError/Unbound */ \
    X(STORE_DEREF, 0)          /* v -> ; cell[A].contents = v */                   \
    X(DELETE_DEREF, 0)         /* cell[A].contents = empty */                      \
    X(LOAD_CLOSURE, 0)         /* -> cell[A] (the cell object itself) */           \
    X(LOAD_CLASSDEREF, 0)      /* class body: locals[name of cell A] or cell[A] */ \
    X(LOAD_GLOBAL, 1)          /* -> globals[names[A]] or builtins[...]; aux: cache */ \
    X(STORE_GLOBAL, 0)         /* v -> ; globals[names[A]] = v */                  \
    X(DELETE_GLOBAL, 0)        /* del globals[names[A]] */                         \
    X(LOAD_NAME, 0)            /* -> locals/globals/builtins[names[A]] */          \
    X(STORE_NAME, 0)           /* v -> ; locals[names[A]] = v */                   \
    X(DELETE_NAME, 0)          /* del locals[names[A]] */                          \
    X(LOAD_ATTR, 1)            /* o -> o.names[A]; aux: cache */                   \
    X(STORE_ATTR, 1)           /* v o -> ; o.names[A] = v; aux: cache */           \
    X(DELETE_ATTR, 0)          /* o -> ; del o.names[A] */                         \
    X(LOAD_METHOD, 1)          /* o -> meth o   (plain method found)  or          \
                                       attr NULL (anything else); aux: cache */   \
    X(BINARY_SUBSCR, 0)        /* c k -> c[k] */                                   \
    X(STORE_SUBSCR, 0)         /* v c k -> ; c[k] = v */                           \
    X(DELETE_SUBSCR, 0)        /* c k -> ; del c[k] */                             \
    X(BUILD_SLICE, 0)          /* A=2: lo hi -> slice; A=3: lo hi step -> slice */ \
    SPINDLE_BINARY_OPCODES(X)  /* BINARY_ADD ... : a b -> a op b */               \
    SPINDLE_INPLACE_OPCODES(X) /* INPLACE_ADD ... : a b -> a op= b */              \
    SPINDLE_COMPARE_OPCODES(X) /* COMPARE_LT ... : a b -> a op b */                \
    X(UNARY_NEGATIVE, 0)       /* a -> -a */                                       \
    X(UNARY_POSITIVE, 0)       /* a -> +a */                                       \
    X(UNARY_INVERT, 0)         /* a -> ~a */                                       \
    X(UNARY_NOT, 0)            /* a -> not a */                                    \
    X(IS_OP, 0)                /* a b -> (a is b) xor A */                         \
    X(CONTAINS_OP, 0)          /* a b -> (a in b) xor A */                         \
    X(JUMP, 0)                 /* pc = A (forward or within a block; no safepoint) */ \
    X(JUMP_BACKWARD, 0)        /* pc = A; a loop back-edge: a safepoint */         \
    X(POP_JUMP_IF_FALSE, 0)    /* v -> ; if not v: pc = A */                       \
    X(POP_JUMP_IF_TRUE, 0)     /* v -> ; if v: pc = A */                           \
    X(JUMP_IF_FALSE_OR_POP, 0) /* v -> v and pc = A if not v, else v -> */         \
    X(JUMP_IF_TRUE_OR_POP, 0)  /* v -> v and pc = A if v, else v -> */             \
    X(GET_ITER, 0)             /* o -> iter(o) */                                  \
    X(FOR_ITER, 0)             /* it -> it next(it); exhausted: it -> and pc = A */ \
    X(BUILD_TUPLE, 0)          /* A items -> tuple */                              \
    X(BUILD_LIST, 0)           /* A items -> list */                               \
    X(BUILD_SET, 0)            /* A items -> set */                                \
    X(BUILD_MAP, 0)            /* k1 v1 .. kA vA -> dict */                        \
    X(BUILD_STRING, 0)         /* A strs -> their concatenation */                 \
    X(LIST_APPEND, 0)          /* v -> ; stack[-A] (a list, after the pop).append(v) */ \
    X(SET_ADD, 0)              /* v -> ; stack[-A].add(v) */                       \
    X(MAP_ADD, 0)              /* k v -> ; stack[-A][k] = v */                     \
    X(LIST_EXTEND, 0)          /* it -> ; stack[-A].extend(it) */                  \
    X(SET_UPDATE, 0)           /* it -> ; stack[-A].update(it) */                  \
    X(DICT_UPDATE, 0)          /* m -> ; stack[-A].update(m) ({**m} displays) */   \
    X(DICT_MERGE, 0)           /* m -> ; like DICT_UPDATE, error on a repeated key \
                                  ("got multiple values for keyword argument") */  \
    X(LIST_TO_TUPLE, 0)        /* list -> tuple */                                 \
    X(UNPACK_SEQUENCE, 0)      /* seq -> itemA-1 .. item0 (item0 on top) */        \
    X(UNPACK_EX, 0)            /* seq -> ... A = before | after << 8; the starred  \
                                  list is pushed between, item0 ends on top */     \
    X(FORMAT_VALUE, 0)         /* v [spec] -> str; A&3: 0 none,1 str,2 repr,3 ascii; \
                                  A&4: a format spec str is on top */              \
    X(MAKE_FUNCTION, 0)        /* [defaults] [kwdefaults] [closure] code -> fn;    \
                                  A&1 defaults tuple, A&2 kwdefaults dict,         \
                                  A&8 closure tuple of cells (bit 4 unused) */     \
    X(CALL, 0)                 /* f a1 .. aA -> f(a1..aA) */                       \
    X(CALL_KW, 0)              /* f a1 .. aA kwnames -> f(...): the last           \
                                  len(kwnames) of the A args are keyword values */ \
    X(CALL_METHOD, 0)          /* meth self a1..aA -> meth(self, a1..aA), or       \
                                  attr NULL a1..aA -> attr(a1..aA) */              \
    X(CALL_FUNCTION_EX, 0)     /* f argstuple [kwargsdict] -> f(*args, **kw); A&1: kw */ \
    X(RETURN_VALUE, 0)         /* v -> ; return v to the caller */                 \
    X(RAISE_VARARGS, 0)        /* A=0 re-raise the handled exception; A=1 exc -> ; \
                                  A=2 exc cause -> (raise exc from cause) */       \
    X(PUSH_EXC_INFO, 0)        /* exc -> previous_handled exc; exc becomes handled */ \
    X(POP_EXCEPT, 0)           /* previous_handled -> ; restore it as handled */   \
    X(RERAISE, 0)              /* exc -> ; raise exc again, keeping its traceback */ \
    X(CHECK_EXC_MATCH, 0)      /* exc type -> exc bool(isinstance(exc, type)) */   \
    X(LOAD_ASSERTION_ERROR, 0) /* -> AssertionError */                             \
    X(BEFORE_WITH, 0)          /* mgr -> exit exit_self mgr.__enter__()  (exit as  \
                                  LOAD_METHOD leaves it: unbound + receiver) */    \
    X(WITH_EXCEPT_START, 0)    /* exit exit_self prev exc -> ... exc res;          \
                                  res = exit(type(exc), exc, exc.__traceback__) */ \
    X(LOAD_BUILD_CLASS, 0)     /* -> builtins.__build_class__ */                   \
    X(RETURN_GENERATOR, 0)     /* first instruction of a generator's code: move    \
                                  the frame into a new generator, return that */   \
    X(YIELD_VALUE, 0)          /* v -> sent: suspend the generator yielding v */   \
    X(GET_YIELD_FROM_ITER, 0)  /* o -> iter(o) (generators pass through) */       \
    X(YIELD_FROM, 0)           /* it sent -> result; delegate until exhausted;     \
                                  result is the delegate's return value */         \
    X(IMPORT_NAME, 0)          /* level fromlist -> module (names[A]) */           \
    X(IMPORT_FROM, 0)          /* module -> module module.names[A] */              \
    X(IMPORT_STAR, 0)          /* module -> ; copy public names to locals */       \
    X(PRINT_EXPR, 0)           /* v -> ; interactive echo: repr(v), sets _ */      \
    X(SETUP_ANNOTATIONS, 0)    /* ensure __annotations__ exists in locals */

// The operator opcodes, spelled out because a row macro cannot forward the outer
// X of SPINDLE_OPCODES through the operator tables of runtime/Operators.h. The
// static_asserts below check that these lists follow those tables row for row.
#define SPINDLE_BINARY_OPCODES(X)                                                   \
    X(BINARY_ADD, 0) X(BINARY_SUBTRACT, 0) X(BINARY_MULTIPLY, 0)                    \
    X(BINARY_TRUE_DIVIDE, 0) X(BINARY_FLOOR_DIVIDE, 0) X(BINARY_MODULO, 0)          \
    X(BINARY_POWER, 0) X(BINARY_MATRIX_MULTIPLY, 0) X(BINARY_LSHIFT, 0)             \
    X(BINARY_RSHIFT, 0) X(BINARY_AND, 0) X(BINARY_OR, 0) X(BINARY_XOR, 0)
#define SPINDLE_INPLACE_OPCODES(X)                                                  \
    X(INPLACE_ADD, 0) X(INPLACE_SUBTRACT, 0) X(INPLACE_MULTIPLY, 0)                 \
    X(INPLACE_TRUE_DIVIDE, 0) X(INPLACE_FLOOR_DIVIDE, 0) X(INPLACE_MODULO, 0)       \
    X(INPLACE_POWER, 0) X(INPLACE_MATRIX_MULTIPLY, 0) X(INPLACE_LSHIFT, 0)          \
    X(INPLACE_RSHIFT, 0) X(INPLACE_AND, 0) X(INPLACE_OR, 0) X(INPLACE_XOR, 0)
#define SPINDLE_COMPARE_OPCODES(X)                                                  \
    X(COMPARE_LT, 0) X(COMPARE_LE, 0) X(COMPARE_EQ, 0) X(COMPARE_NE, 0)             \
    X(COMPARE_GT, 0) X(COMPARE_GE, 0)

namespace spindle {

enum class Opcode : uint8_t {
#define SPINDLE_OPCODE_ENUM(name, aux) name,
    SPINDLE_OPCODES(SPINDLE_OPCODE_ENUM)
#undef SPINDLE_OPCODE_ENUM
    Count_
};

static_assert(static_cast<int>(Opcode::Count_) <= 256, "opcodes must fit in 8 bits");

// binaryOpcode()/inplaceOpcode()/compareOpcode() below rely on these orders.
#define SPINDLE_CHECK_BINARY_ROW(name, sym, d, rd, id)                                             \
    static_assert(static_cast<int>(Opcode::BINARY_##name) - static_cast<int>(Opcode::BINARY_ADD) == \
                  static_cast<int>(BinaryOperator::name));                                         \
    static_assert(static_cast<int>(Opcode::INPLACE_##name) - static_cast<int>(Opcode::INPLACE_ADD) == \
                  static_cast<int>(BinaryOperator::name));
SPINDLE_BINARY_OPERATORS(SPINDLE_CHECK_BINARY_ROW)
#undef SPINDLE_CHECK_BINARY_ROW
#define SPINDLE_CHECK_COMPARE_ROW(name, sym, d, rd)                                                 \
    static_assert(static_cast<int>(Opcode::COMPARE_##name) - static_cast<int>(Opcode::COMPARE_LT) == \
                  static_cast<int>(CompareOperator::name));
SPINDLE_COMPARE_OPERATORS(SPINDLE_CHECK_COMPARE_ROW)
#undef SPINDLE_CHECK_COMPARE_ROW
static_assert(static_cast<int>(BinaryOperator::Count_) == 13 && static_cast<int>(CompareOperator::Count_) == 6,
              "update the operator opcode lists above");

constexpr uint32_t kMaxArg = (1u << 24) - 1;
constexpr int32_t kSmallIntBias = 1 << 23; // LOAD_SMALL_INT stores value + bias

inline constexpr uint32_t encode(Opcode op, uint32_t arg = 0) { return static_cast<uint32_t>(op) | (arg << 8); }
inline constexpr Opcode opcodeOf(uint32_t word) { return static_cast<Opcode>(word & 0xff); }
inline constexpr uint32_t argOf(uint32_t word) { return word >> 8; }

// Number of aux words that follow an instruction.
inline constexpr int auxWords(Opcode op) {
    switch (op) {
#define SPINDLE_OPCODE_AUX(name, aux) case Opcode::name: return aux;
        SPINDLE_OPCODES(SPINDLE_OPCODE_AUX)
#undef SPINDLE_OPCODE_AUX
    default: return 0;
    }
}

const char* opcodeName(Opcode op);

inline Opcode binaryOpcode(BinaryOperator op) {
    return static_cast<Opcode>(static_cast<int>(Opcode::BINARY_ADD) + static_cast<int>(op));
}
inline Opcode inplaceOpcode(BinaryOperator op) {
    return static_cast<Opcode>(static_cast<int>(Opcode::INPLACE_ADD) + static_cast<int>(op));
}
inline Opcode compareOpcode(CompareOperator op) {
    return static_cast<Opcode>(static_cast<int>(Opcode::COMPARE_LT) + static_cast<int>(op));
}

} // namespace spindle
