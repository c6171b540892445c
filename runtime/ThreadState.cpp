#include "runtime/ThreadState.h"

#include <algorithm>
#include <pthread.h>
#include <unistd.h>
#include <cstdlib>

namespace spindle {

namespace {
// Frame chunks start small (a thread that runs shallow code costs little, which
// matters with thousands of threads) and double up to a cap.
constexpr size_t kFirstChunkBytes = 16 * 1024;
constexpr size_t kMaxChunkBytes = 1024 * 1024;
} // namespace

FrameStack::~FrameStack() {
    for (Chunk& c : chunks_) std::free(c.base);
}

Frame* FrameStack::push(size_t slots) {
    size_t bytes = sizeof(Frame) + slots * sizeof(Value);
    if (!chunks_.empty()) {
        Chunk& c = chunks_[current_];
        if (c.used + bytes <= c.size) {
            Frame* f = reinterpret_cast<Frame*>(c.base + c.used);
            c.used += bytes;
            return new (f) Frame();
        }
    }
    // Start the next chunk, reusing one kept from an earlier deep recursion when
    // it is big enough.
    size_t next = chunks_.empty() ? 0 : current_ + 1;
    if (next < chunks_.size() && chunks_[next].size < bytes) {
        for (size_t i = next; i < chunks_.size(); i++) std::free(chunks_[i].base);
        chunks_.erase(chunks_.begin() + static_cast<std::ptrdiff_t>(next), chunks_.end());
    }
    if (next == chunks_.size()) {
        size_t size = chunks_.empty() ? kFirstChunkBytes : std::min(chunks_.back().size * 2, kMaxChunkBytes);
        size = std::max(size, bytes);
        char* base = static_cast<char*>(std::malloc(size));
        if (!base) return nullptr;
        chunks_.push_back(Chunk{base, size, 0});
    }
    current_ = next;
    chunks_[current_].used = bytes;
    Frame* frame = new (chunks_[current_].base) Frame();
    frame->ownsChunkStart = current_ > 0;
    return frame;
}

void FrameStack::pop(Frame* frame) {
    Chunk& c = chunks_[current_];
    c.used = static_cast<size_t>(reinterpret_cast<char*>(frame) - c.base);
    if (frame->ownsChunkStart && current_ > 0) {
        // The frame started this chunk: the previous chunk becomes current again.
        c.used = 0;
        current_--;
    }
}

ThreadState::ThreadState(Runtime& runtime) : rt(runtime) {
    ident = static_cast<uint64_t>(pthread_self());
    nativeId = static_cast<uint64_t>(gettid());
    {
        std::lock_guard<std::mutex> lock(rt.threadsMutex);
        registryIndex = rt.threads.size();
        rt.threads.push_back(this);
    }
    // Find this thread's stack so deep native recursion can stop short of it.
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void* addr = nullptr;
        size_t size = 0;
        if (pthread_attr_getstack(&attr, &addr, &size) == 0 && addr) {
            // Keep a margin for the frames that run between two checks.
            size_t margin = std::min<size_t>(size / 4, 256 * 1024);
            stackLimit = static_cast<const char*>(addr) + margin;
        }
        pthread_attr_destroy(&attr);
    }
    if (!rt.initialized) rt.initialize(*this);
}

ThreadState::~ThreadState() {
    // The last thread state takes this one's place: with thousands of threads
    // finishing together, leaving costs the same for each.
    std::lock_guard<std::mutex> lock(rt.threadsMutex);
    ThreadState* last = rt.threads.back();
    rt.threads[registryIndex] = last;
    last->registryIndex = registryIndex;
    rt.threads.pop_back();
}

void markFrame(Heap& heap, Frame& f) {
    heap.mark(f.code);
    heap.mark(f.function);
    heap.mark(f.globals);
    heap.mark(f.builtins);
    heap.mark(f.locals);
    heap.mark(f.generator);
    for (Value* v = f.fast(); v < f.sp; v++) heap.mark(*v);
}

void ThreadState::markRoots(Heap& heap) {
    for (Frame* f = frame; f; f = f->previous) markFrame(heap, *f);
    heap.mark(raised);
    heap.mark(handled);
    for (Value* v : handles) heap.mark(*v);
}

} // namespace spindle
