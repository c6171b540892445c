// ThreadState.h — what one thread of execution owns inside a VM.
//
// Frames. A Python call pushes a Frame on the thread's frame stack: a chunked,
// contiguous region, so a call is a pointer bump and the C++ stack does not grow
// with Python recursion. A frame is a header followed by its slots:
//
//     [Frame header][fast locals][cells][frees][value stack .. maxStack]
//
// The eval loop keeps pc and sp in registers and stores them into the frame
// before anything that can call out, throw or reach a safepoint, because the
// collector marks each frame's slots up to `sp` and tracebacks read `pc`.
//
// Handles. Native code that must keep an object alive across a call into Python
// (or while the GIL is released) holds it in a Handle: a RAII slot registered on
// the thread's handle stack, which the collector treats as a root.
#pragma once

#include "runtime/Runtime.h"

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

namespace spindle {

struct Frame {
    Frame* previous = nullptr;
    CodeObject* code = nullptr;
    FunctionObject* function = nullptr; // null for module code and class bodies
    DictObject* globals = nullptr;
    DictObject* builtins = nullptr;
    DictObject* locals = nullptr;       // class bodies and exec(); else null
    const uint32_t* pc = nullptr;       // next instruction (saved)
    Value* sp = nullptr;                // value stack top (saved)
    GeneratorObject* generator = nullptr; // the owner of a generator's frame; else null
    bool isEntry = false;               // returning from it leaves the current eval() call
    bool ownsChunkStart = false;        // frame began a new chunk of the frame stack

    Value* fast() { return reinterpret_cast<Value*>(this + 1); }
    Value* cells() { return fast() + code->nlocals; }
    Value* stackBase() { return fast() + code->nlocals + code->ncells + code->nfrees; }
    // Line of the instruction that is executing (or last executed) in this frame.
    int currentLine() const;
};
static_assert(sizeof(Frame) % alignof(Value) == 0);

// Marks what a frame references: code, namespaces, owner, and its live slots
// (up to the saved sp).
void markFrame(Heap& heap, Frame& frame);

// Chunked storage for frames. Chunks are kept after use (a deep recursion pays
// for the allocation once).
class FrameStack {
public:
    FrameStack() = default;
    ~FrameStack();
    FrameStack(const FrameStack&) = delete;
    FrameStack& operator=(const FrameStack&) = delete;

    // Room for a frame header plus `slots` values; null only if memory is exhausted.
    Frame* push(size_t slots);
    void pop(Frame* frame);

private:
    struct Chunk {
        char* base;
        size_t size;
        size_t used;
    };
    std::vector<Chunk> chunks_;
    size_t current_ = 0;
};

struct ThreadState {
    explicit ThreadState(Runtime& runtime);
    ~ThreadState();
    ThreadState(const ThreadState&) = delete;
    ThreadState& operator=(const ThreadState&) = delete;

    Runtime& rt;
    Frame* frame = nullptr; // innermost executing frame
    FrameStack frames;

    // The exception being propagated by a C++ `throw PyThrow{}` (see Errors.h).
    Value raised;
    // The exception being handled (what sys.exc_info() and bare `raise` see).
    Value handled;

    int depth = 0;       // Python frames on this thread
    int nativeDepth = 0; // nested eval loops and recursive native operations
    std::vector<Value*> handles;

    size_t registryIndex = 0; // where Runtime::threads lists this thread (threadsMutex)
    uint64_t ident = 0;    // threading.get_ident(): the pthread id
    uint64_t nativeId = 0; // threading.get_native_id(): the kernel's thread id

    // The condition variable this thread waits on interruptibly, if any (see
    // Threads.h); guarded by waitMutex.
    std::mutex waitMutex;
    std::mutex* waitingMutex = nullptr;
    std::condition_variable* waitingCv = nullptr;
    bool interruptRequested() const {
        return this == rt.mainThread && rt.interruptPending.load(std::memory_order_acquire);
    }
    // Lowest safe address of this thread's C stack (plus a margin). Native
    // recursion raises RecursionError before it gets there.
    const char* stackLimit = nullptr;
    bool nearStackLimit() const;

    void markRoots(Heap& heap);
};

// A value kept alive by the collector for as long as the Handle lives. Handles
// nest strictly (LIFO), like C++ scopes.
class Handle {
public:
    Handle(ThreadState& ts, Value v = Value()) : ts_(ts), value_(v) { ts.handles.push_back(&value_); }
    ~Handle() { ts_.handles.pop_back(); }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;

    Value get() const { return value_; }
    void set(Value v) { value_ = v; }
    Value* operator->() { return &value_; }
    operator Value() const { return value_; }

private:
    ThreadState& ts_;
    Value value_;
};

} // namespace spindle
