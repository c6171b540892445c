// HashTable.h — the insertion-ordered hash table behind dict and set.
//
// Layout (the "compact dict" idea): a dense array of entries in insertion order,
// plus a sparse index array of int32 slots that point into it. Iteration walks the
// dense array, so order is insertion order and iteration is cache-friendly; the
// sparse array is small (4 bytes a slot) so the load factor can stay low.
//
//     indices:  [ -1, 2, -1, 0, -1, 1, -1, -1 ]   power-of-two size, open addressing
//     entries:  [ (h,k,v), (h,k,v), (h,k,v) ]     deleted entries keep a hole (empty key)
//
// Probing follows CPython's perturbed sequence so clustered hashes (small ints hash
// to themselves) still spread. Deleted entries leave holes that are compacted on
// the next resize. `version` changes on every insertion or deletion of a key and
// every rebuild (not on value overwrite) — the global-variable inline caches and
// the type attribute cache key on it.
//
// Lookups may run Python code (__eq__, __hash__ of user objects), which may mutate
// the table: callers hold the table's owner rooted and the lookup restarts when it
// sees the table changed under it.
#pragma once

#include "runtime/Value.h"

#include <string_view>
#include <vector>

namespace spindle {

struct ThreadState;
struct StrObject;

struct HashEntry {
    Value key;   // empty = deleted hole
    Value value; // unused (empty) for sets
    int64_t hash;
};

class HashTable {
public:
    HashTable() = default;
    HashTable(const HashTable&) = delete;
    HashTable& operator=(const HashTable&) = delete;

    size_t size() const { return live_; }
    uint64_t version() const { return version_; }

    // Index into entries() of `key`, or -1. May call Python __eq__.
    int64_t find(ThreadState& ts, Value key, int64_t hash) const;
    // Fast path for interned-string keys (names): identity compare first, then
    // byte compare for non-interned strings. Never calls Python.
    int64_t findStr(StrObject* key, int64_t hash) const;
    // Same, by content (no object needed): used by interning.
    int64_t findStrBytes(std::string_view key, int64_t hash) const;

    // Inserts or overwrites; returns true when the key was new.
    bool insert(ThreadState& ts, Value key, int64_t hash, Value value);
    // Removes the entry at `index` (from find).
    void eraseAt(int64_t index);
    void clear();

    // Dense entries including holes (check key.isEmpty()).
    std::vector<HashEntry>& entries() { return entries_; }
    const std::vector<HashEntry>& entries() const { return entries_; }

    // Reserve room for n live keys without rehashing.
    void reserve(size_t n);

private:
    void rebuild(size_t minCapacity);
    void insertIndex(int64_t hash, int32_t entryIndex);

    std::vector<HashEntry> entries_;
    std::vector<int32_t> indices_; // -1 empty, -2 deleted (tombstone), else entry index
    size_t live_ = 0;
    size_t used_ = 0; // live + tombstones in indices_
    uint64_t version_ = 0;
};

} // namespace spindle
