#include "runtime/HashTable.h"

#include "runtime/Objects.h"
#include "runtime/Ops.h"

#include <algorithm>
#include <cstring>

namespace spindle {

namespace {

constexpr int32_t kSlotEmpty = -1;
constexpr int32_t kSlotDeleted = -2;
constexpr size_t kMinIndexSize = 8;

// CPython's probe sequence: i = 5*i + 1 + perturb, perturb >>= 5. The perturbation
// feeds the high bits of the hash into the probe so keys that collide in the low
// bits (consecutive ints, which hash to themselves) still separate quickly.
struct Probe {
    size_t mask;
    size_t i;
    uint64_t perturb;
    Probe(int64_t hash, size_t size) : mask(size - 1), i(static_cast<uint64_t>(hash) & (size - 1)), perturb(static_cast<uint64_t>(hash)) {}
    void next() {
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
    }
};

bool sameStr(Value key, std::string_view s) {
    if (!isKind(key, ObjKind::Str)) return false;
    StrObject* k = as<StrObject>(key);
    return k->byteLength == s.size() && std::memcmp(k->data(), s.data(), s.size()) == 0;
}

} // namespace

int64_t HashTable::find(ThreadState& ts, Value key, int64_t hash) const {
    if (indices_.empty()) return -1;
restart:
    uint64_t version = version_;
    for (Probe p(hash, indices_.size());; p.next()) {
        int32_t slot = indices_[p.i];
        if (slot == kSlotEmpty) return -1;
        if (slot == kSlotDeleted) continue;
        const HashEntry& e = entries_[static_cast<size_t>(slot)];
        if (e.hash != hash) continue;
        if (e.key.identical(key)) return slot;
        // Same-kind str keys never run Python code: compare bytes directly.
        if (isKind(key, ObjKind::Str) && isKind(e.key, ObjKind::Str)) {
            if (sameStr(e.key, as<StrObject>(key)->view())) return slot;
            continue;
        }
        Value stored = e.key;
        bool eq = equals(ts, stored, key);
        // __eq__ may have mutated this table; the probe state is then stale.
        if (version != version_) goto restart;
        if (eq) return slot;
    }
}

int64_t HashTable::findStr(StrObject* key, int64_t hash) const {
    if (indices_.empty()) return -1;
    for (Probe p(hash, indices_.size());; p.next()) {
        int32_t slot = indices_[p.i];
        if (slot == kSlotEmpty) return -1;
        if (slot == kSlotDeleted) continue;
        const HashEntry& e = entries_[static_cast<size_t>(slot)];
        if (e.hash != hash) continue;
        if (e.key.isObject() && e.key.asObject() == key) return slot;
        if (sameStr(e.key, key->view())) return slot;
    }
}

int64_t HashTable::findStrBytes(std::string_view key, int64_t hash) const {
    if (indices_.empty()) return -1;
    for (Probe p(hash, indices_.size());; p.next()) {
        int32_t slot = indices_[p.i];
        if (slot == kSlotEmpty) return -1;
        if (slot == kSlotDeleted) continue;
        const HashEntry& e = entries_[static_cast<size_t>(slot)];
        if (e.hash == hash && sameStr(e.key, key)) return slot;
    }
}

void HashTable::insertIndex(int64_t hash, int32_t entryIndex) {
    for (Probe p(hash, indices_.size());; p.next()) {
        if (indices_[p.i] < 0) {
            if (indices_[p.i] == kSlotEmpty) used_++;
            indices_[p.i] = entryIndex;
            return;
        }
    }
}

bool HashTable::insert(ThreadState& ts, Value key, int64_t hash, Value value) {
    int64_t existing = find(ts, key, hash);
    if (existing >= 0) {
        entries_[static_cast<size_t>(existing)].value = value;
        return false;
    }
    // Keep the index at most 2/3 full (live + tombstones), so probes stay short,
    // and the dense array too: a key re-inserted after deletions reuses its
    // tombstone slot, but its entry still goes at the end, behind the holes that
    // iteration has to skip (and that only a rebuild removes).
    size_t dense = std::max(used_, entries_.size());
    if ((dense + 1) * 3 >= indices_.size() * 2) rebuild(live_ + 1);
    entries_.push_back(HashEntry{key, value, hash});
    insertIndex(hash, static_cast<int32_t>(entries_.size() - 1));
    live_++;
    version_++;
    return true;
}

void HashTable::eraseAt(int64_t index) {
    HashEntry& e = entries_[static_cast<size_t>(index)];
    for (Probe p(e.hash, indices_.size());; p.next()) {
        if (indices_[p.i] == index) {
            indices_[p.i] = kSlotDeleted;
            break;
        }
    }
    e.key = Value();
    e.value = Value();
    live_--;
    version_++;
    // Trailing holes can go at once; inner holes wait for the next rebuild.
    while (!entries_.empty() && entries_.back().key.isEmpty()) entries_.pop_back();
    if (live_ == 0) clear();
}

void HashTable::clear() {
    entries_.clear();
    indices_.clear();
    live_ = 0;
    used_ = 0;
    version_++;
}

void HashTable::reserve(size_t n) {
    if ((n + 1) * 3 >= indices_.size() * 2) rebuild(n);
}

void HashTable::rebuild(size_t minLive) {
    size_t size = kMinIndexSize;
    while (size * 2 <= minLive * 3 + 1) size *= 2;
    size *= 2; // room to grow before the next rebuild
    // Compacting moves entries: caches that keep an entry index (globals, the
    // type attribute cache) must see a new version, also when reserve() got here.
    version_++;
    // Compact the dense array, dropping holes.
    size_t out = 0;
    for (size_t i = 0; i < entries_.size(); i++) {
        if (!entries_[i].key.isEmpty()) entries_[out++] = entries_[i];
    }
    entries_.resize(out);
    entries_.reserve(size * 2 / 3);
    indices_.assign(size, kSlotEmpty);
    used_ = 0;
    for (size_t i = 0; i < entries_.size(); i++) insertIndex(entries_[i].hash, static_cast<int32_t>(i));
}

} // namespace spindle
