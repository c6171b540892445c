// Builtins.h — pieces of the builtins module shared between its source files.
// The entry point, initBuiltinsModule, is declared in runtime/types/TypeInit.h.
#pragma once

namespace spindle {

struct ThreadState;

// abs, round, divmod, pow, hex, oct, bin, sum (BuiltinsNumeric.cpp).
void defineNumericBuiltins(ThreadState& ts);

} // namespace spindle
