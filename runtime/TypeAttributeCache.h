// TypeAttributeCache.h — where a name was found along a type's MRO, per VM.
//
// Every method call, every `with`, every attribute of an instance first looks
// the name up in the type's MRO: one hash probe per class until it is found,
// and a probe of every class (object included) when it is not. A VM remembers
// recent answers in one direct-mapped table keyed by (type, name). An entry
// holds the dict that had the name and the entry's index there (or null: no
// class has it), so overwriting a value needs no invalidation. It stays valid
// while
//
//   * no dict along the MRO has gained or lost a key or been rebuilt: the entry
//     keeps the sum of their HashTable versions, which only ever grow, so an
//     unchanged sum means unchanged dicts (a type's MRO never changes); checking
//     it reads one counter per class, where a lookup hashes and probes;
//   * no collection has run since (`epoch`): a freed type or name may come back
//     at the same address.
//
// Nothing walks subclasses to invalidate, and dicts carry no extra field (a
// pointer more in every HashTable measurably slowed dict-heavy code). Only the
// GIL holder uses the table.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace spindle {

struct TypeObject;
struct StrObject;
struct DictObject;

struct TypeAttributeCache {
    struct Entry {
        const TypeObject* type = nullptr;
        const StrObject* name = nullptr;
        uint64_t epoch = 0;
        uint64_t versions = 0;      // sum of the MRO dicts' versions when filled
        DictObject* dict = nullptr; // null: the name is on no class of the MRO
        int64_t index = -1;         // into dict's entries()
    };
    static constexpr size_t kEntries = 1024;

    uint64_t epoch = 1; // advanced by every collection; entries start at 0: never valid
    std::array<Entry, kEntries> entries{};

    Entry& slotFor(const TypeObject* type, const StrObject* name) {
        uint64_t h = (reinterpret_cast<uintptr_t>(type) >> 4) * 0x9E3779B97F4A7C15ull ^
                     (reinterpret_cast<uintptr_t>(name) >> 4);
        return entries[(h ^ (h >> 29)) & (kEntries - 1)];
    }
    void invalidate() { epoch++; }
};

} // namespace spindle
