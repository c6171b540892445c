// Disassembler.h — human-readable listing of compiled code (`spindle --dis`).
//
// Per code object: a header (name, qualname, signature counts, flags, locals,
// cells, frees, names, stack size), one line per instruction —
//
//     LINE  >>  OFFSET  OPNAME  ARG  (meaning)
//
// (the line number only where it changes; `>>` marks jump and handler targets;
// the meaning is a constant's repr, a name, a jump target, an operator...),
// then the exception table, then every nested code object, recursively.
#pragma once

#include "interpreter/Bytecode.h"

#include <string>

namespace spindle {

std::string disassemble(const CompiledCode& code);

// Python's repr() of a compile-time constant ('text', b'..', 1.5, (1, 2), ...).
std::string constantRepr(const Constant& constant);

// Python's repr() of a float: shortest round-trip digits, exponent notation
// outside 1e-4 <= |x| < 1e16, always a '.0' or an exponent for integral values.
std::string floatRepr(double value);

// Python's repr() of a str given as UTF-8.
std::string stringRepr(const std::string& utf8);

} // namespace spindle
