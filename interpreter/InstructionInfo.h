// InstructionInfo.h — static facts about each opcode that tools need beyond the
// table in Opcodes.h: the exact stack effect (the compiler's maxStack walk and its
// emission-time depth tracking), which instructions jump, and what an argument
// means (the disassembler).
#pragma once

#include "interpreter/Opcodes.h"

namespace spindle {

// Net change of the value-stack depth when `op` with argument `arg` runs.
// `jumped` selects the effect on the jump edge for instructions that can jump
// (FOR_ITER pops its iterator only when exhausted; JUMP_IF_*_OR_POP keep the value
// only when they jump). Must agree with the comments of SPINDLE_OPCODES exactly.
int stackEffect(Opcode op, uint32_t arg, bool jumped);

// True for instructions whose argument is an absolute jump target.
bool isJumpOpcode(Opcode op);

// True when control never falls through to the next instruction.
bool isTerminatorOpcode(Opcode op);

// How the disassembler reads an instruction's argument.
enum class ArgKind : uint8_t {
    None,      // the argument is unused
    Number,    // a count or index printed as is (BUILD_TUPLE 3, COPY 2)
    Constant,  // consts[A]
    SmallInt,  // A - kSmallIntBias
    Local,     // varnames[A]
    Cell,      // (cellvars + freevars)[A]
    Name,      // names[A]
    Jump,      // absolute target
    Special,   // decoded per opcode (IS_OP, FORMAT_VALUE, MAKE_FUNCTION, ...)
};
ArgKind argKind(Opcode op);

} // namespace spindle
