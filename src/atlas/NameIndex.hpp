#pragma once
// NameIndex: folded name key -> entries, built once from hundreds of thousands of names and queried at millions of
// look-ups per second. Keys live in one arena; an open-addressing table of 32-bit slots points at unique keys whose
// entries are stored contiguously (built by sorting, so building makes no per-key allocation).
//   NameIndex::Builder b;  b.add("hamah", ref, 1.0f);  NameIndex idx = std::move(b).build();
//   for (auto& e : idx.find("hamah")) ...
#include "atlas/Atlas.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace salvo::atlas {

class ImageWriter;
class ImageReader;

struct NameEntry {
    EntryRef ref;
    float quality = 1; // 1 for an entity's own name, lower for alternates
};

class NameIndex {
public:
    class Builder {
    public:
        // key must already be folded (foldKey); empty keys are ignored.
        void add(std::string_view key, EntryRef ref, float quality);
        NameIndex build() &&;
        size_t size() const { return m_recs.size(); }

    private:
        friend class NameIndex;
        struct Rec {
            uint64_t hash;
            uint32_t keyOffset, keyLength;
            NameEntry entry;
        };
        std::string m_arena;
        std::vector<Rec> m_recs;
    };

    std::span<const NameEntry> find(std::string_view key) const;
    bool contains(std::string_view key) const { return !find(key).empty(); }
    size_t keyCount() const { return m_keys.size(); }
    int maxWords() const { return m_maxWords; }

    static uint64_t hashKey(std::string_view key);

    // The built index as bytes of the atlas image, and back. decode checks what a query relies on (offsets within the
    // arena, entry runs within the entries, a power-of-two table with an empty slot, each entry's index within the
    // size of its table: tableSizes by EntryRef::Table) and returns false on the first fault.
    void encode(ImageWriter& w) const;
    static bool decode(ImageReader& r, const std::array<size_t, 4>& tableSizes, NameIndex& out);

private:
    struct Key {
        uint64_t hash;
        uint32_t keyOffset, keyLength;
        uint32_t first, count; // into m_entries
    };
    std::string m_arena;
    std::vector<Key> m_keys;
    std::vector<NameEntry> m_entries;
    std::vector<uint32_t> m_slots; // index + 1 into m_keys; 0 = empty
    uint64_t m_mask = 0;
    int m_maxWords = 1;
};

} // namespace salvo::atlas
