// Heap.h — allocation and the garbage collector.
//
// A precise, non-moving mark-and-sweep collector, one per Runtime (VM).
//
// When does it run? Only at a safepoint of the eval loop (a loop back-edge, a call,
// a return) of a thread that holds the GIL — never inside an allocation. An
// allocation that crosses the threshold only raises the GC request bit in the eval
// breaker. This is the key invariant for native code:
//
//     Between two safepoints nothing is collected, so C++ code may hold raw Object*
//     and Value locals freely — as long as it does not call back into Python code
//     (which reaches safepoints) or release the GIL (another thread may collect).
//
// Native code that does call back into Python, or releases the GIL, keeps the
// objects it still needs in Handles (ThreadState.h), or in a place already rooted
// (its arguments live on the caller's value stack, which is a root).
//
// Roots: every thread state (its frames: code, function, globals, fast locals and
// value stack up to the saved stack pointer; its current and handled exceptions;
// its handle stack), the runtime's own tables (builtin types, modules, interned
// strings, builtins), and anything a host holds through the embedding API.
//
// GC stress (SPINDLE_GC_STRESS): every allocation raises the request bit, so a
// collection happens at every safepoint after any allocation — any missing root
// turns into a use-after-free that ASan reports at once.
#pragma once

#include "runtime/Object.h"

#include <cstddef>
#include <new>
#include <utility>
#include <vector>

namespace spindle {

struct Runtime;

class Heap {
public:
    explicit Heap(Runtime& rt) : rt_(rt) {}
    ~Heap(); // frees every object
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;

    // Allocate and construct a T (a struct deriving from Object), with `extra` bytes
    // of trailing storage for inline payloads (str, bytes, tuple).
    template <class T, class... A>
    T* make(TypeObject* type, size_t extra, A&&... args) {
        void* mem = ::operator new(sizeof(T) + extra);
        T* obj = new (mem) T(std::forward<A>(args)...);
        obj->type = type;
        link(obj, sizeof(T) + extra);
        return obj;
    }

    // Run a full collection now. Caller holds the GIL and has saved every frame's
    // stack pointer (the eval loop does this at safepoints).
    void collect();

    // Marking interface used by trace functions and root enumeration.
    void mark(Value v) {
        if (v.isObject()) mark(v.asObject());
    }
    void mark(Object* o) {
        if (o && !o->marked) {
            o->marked = 1;
            grey_.push_back(o);
        }
    }

    size_t objectCount() const { return objectCount_; }
    size_t collections() const { return collections_; }
    size_t bytesSinceCollect() const { return bytesSinceCollect_; }

    // Extra memory owned through std::vector etc. Containers report growth so the
    // threshold sees it; an approximation is fine, it only paces collections.
    void noteExternalBytes(size_t n);

private:
    void link(Object* obj, size_t bytes);
    void markRoots();
    void drain();
    void sweep();

    Runtime& rt_;
    Object* all_ = nullptr;
    std::vector<Object*> grey_;
    size_t objectCount_ = 0;
    size_t collections_ = 0;
    size_t bytesSinceCollect_ = 0;
    size_t liveBytesEstimate_ = 0;
    size_t threshold_ = 4 << 20;
};

// Trace the references of one object (implemented per kind in Heap.cpp).
void traceObject(Heap& heap, Object* obj);
// Destroy an object of any kind (runs the C++ destructor and frees the memory).
void destroyObject(Object* obj);

} // namespace spindle
