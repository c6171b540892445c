// Fiber.cpp — fiber stacks and switches (see Fiber.h for the model).
#include "runtime/Fiber.h"

#include <sys/mman.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#define SPINDLE_FIBER_ASAN 1
#endif
#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#define SPINDLE_FIBER_TSAN 1
#endif

namespace spindle {

namespace ctx = boost::context::detail;

namespace {

size_t pageSize() { return static_cast<size_t>(sysconf(_SC_PAGESIZE)); }

} // namespace

// ---- the pool --------------------------------------------------------------------------

FiberStackPool::FiberStackPool(size_t stackBytes) {
    size_t page = pageSize();
    stackBytes_ = (stackBytes + page - 1) / page * page;
}

FiberStackPool::~FiberStackPool() {
    size_t page = pageSize();
    for (FiberStack& s : free_) munmap(s.base - page, s.size + page);
}

FiberStack FiberStackPool::acquire() {
    if (!free_.empty()) {
        FiberStack s = free_.back();
        free_.pop_back();
        return s;
    }
    size_t page = pageSize();
    void* region = mmap(nullptr, stackBytes_ + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK,
                        -1, 0);
    if (region == MAP_FAILED) return FiberStack{};
    // Stacks grow down: the guard page is the lowest one.
    if (mprotect(region, page, PROT_NONE) != 0) {
        munmap(region, stackBytes_ + page);
        return FiberStack{};
    }
    return FiberStack{static_cast<char*>(region) + page, stackBytes_};
}

void FiberStackPool::release(FiberStack stack) {
    if (!stack.base) return;
#ifdef SPINDLE_FIBER_ASAN
    // An abandoned fiber leaves its frames' redzones poisoned; the next fiber
    // on this stack must not inherit them.
    ASAN_UNPOISON_MEMORY_REGION(stack.base, stack.size);
#endif
    if (free_.size() < kMaxPooledFiberStacks) {
        free_.push_back(stack);
        return;
    }
    size_t page = pageSize();
    munmap(stack.base - page, stack.size + page);
}

// ---- switching -------------------------------------------------------------------------

Fiber::Fiber(FiberStackPool& pool, Entry entry, void* arg)
    : pool_(pool), stack_(pool.acquire()), entry_(entry), arg_(arg) {
    if (!stack_.base) return;
    fiberContext_ = ctx::make_fcontext(stack_.base + stack_.size, stack_.size, &Fiber::trampoline);
#ifdef SPINDLE_FIBER_TSAN
    tsanFiber_ = __tsan_create_fiber(0);
#endif
}

Fiber::~Fiber() {
#ifdef SPINDLE_FIBER_TSAN
    if (tsanFiber_) __tsan_destroy_fiber(tsanFiber_);
#endif
    pool_.release(stack_);
}

void Fiber::resume() {
    SPINDLE_ASSERT(ok() && !finished_);
#ifdef SPINDLE_FIBER_ASAN
    __sanitizer_start_switch_fiber(&callerFakeStack_, stack_.base, stack_.size);
#endif
#ifdef SPINDLE_FIBER_TSAN
    tsanCaller_ = __tsan_get_current_fiber();
    __tsan_switch_to_fiber(tsanFiber_, 0);
#endif
    ctx::transfer_t back = ctx::jump_fcontext(fiberContext_, this);
    // Back from suspend() or from the trampoline's last switch.
#ifdef SPINDLE_FIBER_ASAN
    __sanitizer_finish_switch_fiber(callerFakeStack_, nullptr, nullptr);
#endif
    fiberContext_ = back.fctx;
}

void Fiber::suspend() {
#ifdef SPINDLE_FIBER_ASAN
    __sanitizer_start_switch_fiber(&fiberFakeStack_, callerStackBottom_, callerStackSize_);
#endif
#ifdef SPINDLE_FIBER_TSAN
    __tsan_switch_to_fiber(tsanCaller_, 0);
#endif
    ctx::transfer_t from = ctx::jump_fcontext(callerContext_, nullptr);
    arrived(from, true);
}

void Fiber::arrived(ctx::transfer_t from, bool intoFiber) {
    callerContext_ = from.fctx;
#ifdef SPINDLE_FIBER_ASAN
    // The resumer may be on a different stack each time (a thread's, another
    // fiber's): ASan tells us which, for the switch back.
    __sanitizer_finish_switch_fiber(intoFiber ? fiberFakeStack_ : nullptr, &callerStackBottom_, &callerStackSize_);
#else
    (void)intoFiber;
#endif
}

void Fiber::trampoline(ctx::transfer_t from) {
    Fiber* self = static_cast<Fiber*>(from.data);
    self->arrived(from, false);
    self->entry_(self->arg_);
    self->finished_ = true;
    // Leave for good: ASan may drop this side's fake stack (null save slot).
#ifdef SPINDLE_FIBER_ASAN
    __sanitizer_start_switch_fiber(nullptr, self->callerStackBottom_, self->callerStackSize_);
#endif
#ifdef SPINDLE_FIBER_TSAN
    __tsan_switch_to_fiber(self->tsanCaller_, 0);
#endif
    ctx::jump_fcontext(self->callerContext_, nullptr);
    SPINDLE_UNREACHABLE();
}

} // namespace spindle
