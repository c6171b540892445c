#include "runtime/Heap.h"

#include "runtime/Runtime.h"
#include "runtime/ThreadState.h"

namespace spindle {

Heap::~Heap() {
    Object* o = all_;
    while (o) {
        Object* next = o->gcNext;
        destroyObject(o);
        o = next;
    }
}

void Heap::link(Object* obj, size_t bytes) {
    obj->gcNext = all_;
    all_ = obj;
    objectCount_++;
    bytesSinceCollect_ += bytes;
#ifdef SPINDLE_GC_STRESS
    rt_.requestGc();
#else
    if (SPINDLE_UNLIKELY(bytesSinceCollect_ > threshold_)) rt_.requestGc();
#endif
}

void Heap::noteExternalBytes(size_t n) {
    bytesSinceCollect_ += n;
    if (SPINDLE_UNLIKELY(bytesSinceCollect_ > threshold_)) rt_.requestGc();
}

void Heap::collect() {
    collections_++;
    rt_.markRoots(*this);
    drain();
    sweep();
    // A freed type or name may come back at the same address.
    rt_.typeAttributes.invalidate();
    bytesSinceCollect_ = 0;
    // Next collection after allocating as much again as survived (at least 4 MiB):
    // total GC work stays proportional to allocation.
    threshold_ = std::max<size_t>(4u << 20, liveBytesEstimate_);
}

void Heap::drain() {
    while (!grey_.empty()) {
        Object* o = grey_.back();
        grey_.pop_back();
        traceObject(*this, o);
    }
}

void Heap::sweep() {
    Object** link = &all_;
    size_t live = 0;
    while (Object* o = *link) {
        if (o->marked) {
            o->marked = 0;
            link = &o->gcNext;
            live++;
        } else {
            *link = o->gcNext;
            destroyObject(o);
            objectCount_--;
        }
    }
    liveBytesEstimate_ = live * 64;
}

void traceObject(Heap& heap, Object* obj) {
    heap.mark(obj->type);
    switch (obj->kind) {
    case ObjKind::Str:
    case ObjKind::Bytes:
    case ObjKind::BigInt:
    case ObjKind::Singleton:
        break;
    case ObjKind::Tuple: {
        auto* t = static_cast<TupleObject*>(obj);
        for (size_t i = 0; i < t->size; i++) heap.mark(t->items()[i]);
        heap.mark(t->attributes);
        break;
    }
    case ObjKind::List:
        for (Value v : static_cast<ListObject*>(obj)->items) heap.mark(v);
        heap.mark(static_cast<ListObject*>(obj)->attributes);
        break;
    case ObjKind::Dict:
        for (const HashEntry& e : static_cast<DictObject*>(obj)->table.entries()) {
            heap.mark(e.key);
            heap.mark(e.value);
        }
        heap.mark(static_cast<DictObject*>(obj)->attributes);
        break;
    case ObjKind::Set:
        for (const HashEntry& e : static_cast<SetObject*>(obj)->table.entries()) heap.mark(e.key);
        heap.mark(static_cast<SetObject*>(obj)->attributes);
        break;
    case ObjKind::Range: {
        auto* r = static_cast<RangeObject*>(obj);
        heap.mark(r->start);
        heap.mark(r->stop);
        heap.mark(r->step);
        heap.mark(r->length);
        break;
    }
    case ObjKind::Slice: {
        auto* s = static_cast<SliceObject*>(obj);
        heap.mark(s->start);
        heap.mark(s->stop);
        heap.mark(s->step);
        break;
    }
    case ObjKind::Cell:
        heap.mark(static_cast<CellObject*>(obj)->contents);
        break;
    case ObjKind::Code: {
        auto* c = static_cast<CodeObject*>(obj);
        for (Value v : c->constants) heap.mark(v);
        for (StrObject* s : c->names) heap.mark(s);
        for (StrObject* s : c->varnames) heap.mark(s);
        heap.mark(c->name);
        heap.mark(c->qualname);
        heap.mark(c->filename);
        if (c->caches) {
            for (int i = 0; i < c->cacheCount; i++) {
                heap.mark(c->caches[i].owner);
                heap.mark(c->caches[i].owner2);
                heap.mark(c->caches[i].value);
            }
        }
        break;
    }
    case ObjKind::Function: {
        auto* f = static_cast<FunctionObject*>(obj);
        heap.mark(f->code);
        heap.mark(f->globals);
        heap.mark(f->builtins);
        heap.mark(f->defaults);
        heap.mark(f->kwDefaults);
        heap.mark(f->closure);
        heap.mark(f->name);
        heap.mark(f->qualname);
        heap.mark(f->doc);
        heap.mark(f->module);
        heap.mark(f->dict);
        break;
    }
    case ObjKind::NativeFunction: {
        auto* f = static_cast<NativeFunctionObject*>(obj);
        heap.mark(f->name);
        heap.mark(f->self);
        heap.mark(f->owner);
        break;
    }
    case ObjKind::BoundMethod: {
        auto* m = static_cast<BoundMethodObject*>(obj);
        heap.mark(m->function);
        heap.mark(m->self);
        break;
    }
    case ObjKind::Module: {
        auto* m = static_cast<ModuleObject*>(obj);
        heap.mark(m->dict);
        heap.mark(m->name);
        heap.mark(m->state);
        break;
    }
    case ObjKind::Type: {
        auto* t = static_cast<TypeObject*>(obj);
        heap.mark(t->name);
        heap.mark(t->qualname);
        heap.mark(t->base);
        heap.mark(t->bases);
        heap.mark(t->mro);
        heap.mark(t->dict);
        heap.mark(t->slotNames);
        break;
    }
    case ObjKind::Instance:
        heap.mark(static_cast<InstanceObject*>(obj)->dict);
        break;
    case ObjKind::Exception: {
        auto* e = static_cast<ExceptionObject*>(obj);
        heap.mark(e->args);
        heap.mark(e->traceback);
        heap.mark(e->cause);
        heap.mark(e->context);
        heap.mark(e->dict);
        break;
    }
    case ObjKind::Traceback: {
        auto* tb = static_cast<TracebackObject*>(obj);
        heap.mark(tb->next);
        heap.mark(tb->code);
        break;
    }
    case ObjKind::Iterator: {
        auto* it = static_cast<IteratorObject*>(obj);
        heap.mark(it->source);
        heap.mark(it->extra);
        for (Value v : it->items) heap.mark(v);
        break;
    }
    case ObjKind::Property: {
        auto* p = static_cast<PropertyObject*>(obj);
        heap.mark(p->getter);
        heap.mark(p->setter);
        heap.mark(p->deleter);
        heap.mark(p->doc);
        break;
    }
    case ObjKind::MethodWrapper:
        heap.mark(static_cast<MethodWrapperObject*>(obj)->wrapped);
        break;
    case ObjKind::Super: {
        auto* s = static_cast<SuperObject*>(obj);
        heap.mark(s->thisClass);
        heap.mark(s->startType);
        heap.mark(s->self);
        break;
    }
    case ObjKind::Generator: {
        auto* g = static_cast<GeneratorObject*>(obj);
        heap.mark(g->name);
        heap.mark(g->qualname);
        heap.mark(g->code);
        heap.mark(g->handled);
        // A running generator's frame is also on its thread's frame chain;
        // marking it twice is harmless.
        if (Frame* f = g->frame) markFrame(heap, *f);
        break;
    }
    case ObjKind::File:
    case ObjKind::Native:
        static_cast<NativeObject*>(obj)->trace(heap);
        break;
    }
}

void destroyObject(Object* obj) {
    switch (obj->kind) {
#define SPINDLE_DESTROY_CASE(name)                      \
    case ObjKind::name:                                 \
        static_cast<name##Object*>(obj)->~name##Object(); \
        break;
        SPINDLE_DESTROY_CASE(Str)
        SPINDLE_DESTROY_CASE(Bytes)
        SPINDLE_DESTROY_CASE(BigInt)
        SPINDLE_DESTROY_CASE(Tuple)
        SPINDLE_DESTROY_CASE(List)
        SPINDLE_DESTROY_CASE(Dict)
        SPINDLE_DESTROY_CASE(Set)
        SPINDLE_DESTROY_CASE(Range)
        SPINDLE_DESTROY_CASE(Slice)
        SPINDLE_DESTROY_CASE(Cell)
        SPINDLE_DESTROY_CASE(Code)
        SPINDLE_DESTROY_CASE(Function)
        SPINDLE_DESTROY_CASE(NativeFunction)
        SPINDLE_DESTROY_CASE(BoundMethod)
        SPINDLE_DESTROY_CASE(Module)
        SPINDLE_DESTROY_CASE(Type)
        SPINDLE_DESTROY_CASE(Instance)
        SPINDLE_DESTROY_CASE(Exception)
        SPINDLE_DESTROY_CASE(Traceback)
        SPINDLE_DESTROY_CASE(Iterator)
        SPINDLE_DESTROY_CASE(Singleton)
        SPINDLE_DESTROY_CASE(Property)
        SPINDLE_DESTROY_CASE(MethodWrapper)
        SPINDLE_DESTROY_CASE(Super)
        SPINDLE_DESTROY_CASE(Generator)
#undef SPINDLE_DESTROY_CASE
    case ObjKind::File:
    case ObjKind::Native:
        // Virtual destructor: the subclass's layout is unknown here.
        delete static_cast<NativeObject*>(obj);
        return;
    }
    ::operator delete(obj);
}

} // namespace spindle
