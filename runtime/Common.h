// Common.h — macros and small helpers every component uses.
//
// Kept tiny on purpose: anything here is included by every translation unit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define SPINDLE_LIKELY(x) __builtin_expect(!!(x), 1)
#define SPINDLE_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define SPINDLE_NOINLINE __attribute__((noinline))

// Sanitizer builds use several times more C stack per native frame; stack
// budgets (the parser's, new threads' stacks) are multiplied by this so that
// they give out at the same nesting as in a normal build.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr size_t kStackScale = 4;
#else
inline constexpr size_t kStackScale = 1;
#endif
#define SPINDLE_FORCEINLINE inline __attribute__((always_inline))
#define SPINDLE_NORETURN [[noreturn]]

namespace spindle {

// Internal invariant violated: a bug in Spindle, never a user error. User errors
// are Python exceptions; this aborts with the location so fuzzers see it.
SPINDLE_NORETURN SPINDLE_NOINLINE inline void assertionFailed(const char* expr, const char* file, int line) {
    std::fprintf(stderr, "spindle: internal assertion failed: %s (%s:%d)\n", expr, file, line);
    std::abort();
}

} // namespace spindle

#define SPINDLE_ASSERT(x) \
    do { if (SPINDLE_UNLIKELY(!(x))) ::spindle::assertionFailed(#x, __FILE__, __LINE__); } while (0)

#ifdef NDEBUG
#define SPINDLE_DEBUG_ASSERT(x) ((void)0)
#else
#define SPINDLE_DEBUG_ASSERT(x) SPINDLE_ASSERT(x)
#endif

#define SPINDLE_UNREACHABLE() ::spindle::assertionFailed("unreachable", __FILE__, __LINE__)
