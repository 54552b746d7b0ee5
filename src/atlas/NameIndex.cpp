#include "atlas/NameIndex.hpp"

#include "atlas/ImageCodec.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace salvo::atlas {

uint64_t NameIndex::hashKey(std::string_view key) {
    // FNV-1a, 64-bit, then a final mix so that the low bits used by the table are well distributed.
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : key) { h ^= c; h *= 1099511628211ull; }
    h ^= h >> 33; h *= 0xff51afd7ed558ccdull; h ^= h >> 33;
    return h;
}

void NameIndex::Builder::add(std::string_view key, EntryRef ref, float quality) {
    if (key.empty()) return;
    m_recs.push_back({hashKey(key), static_cast<uint32_t>(m_arena.size()), static_cast<uint32_t>(key.size()),
                      {ref, quality}});
    m_arena.append(key);
}

NameIndex NameIndex::Builder::build() && {
    NameIndex idx;
    auto& recs = m_recs;
    const auto keyOf = [&](const Rec& r) { return std::string_view(m_arena).substr(r.keyOffset, r.keyLength); };
    // Integer-only sort (hash, then entry); distinct keys sharing a 64-bit hash are practically absent, and are
    // separated below by a key sort of just that run.
    std::sort(recs.begin(), recs.end(), [](const Rec& a, const Rec& b) {
        if (a.hash != b.hash) return a.hash < b.hash;
        if (a.entry.ref.table != b.entry.ref.table) return a.entry.ref.table < b.entry.ref.table;
        return a.entry.ref.index < b.entry.ref.index;
    });
    for (size_t i = 0; i < recs.size();) {
        size_t j = i + 1;
        bool mixed = false;
        while (j < recs.size() && recs[j].hash == recs[i].hash) {
            mixed = mixed || keyOf(recs[j]) != keyOf(recs[i]);
            ++j;
        }
        if (mixed)
            std::stable_sort(recs.begin() + static_cast<long>(i), recs.begin() + static_cast<long>(j),
                             [&](const Rec& a, const Rec& b) { return keyOf(a) < keyOf(b); });
        i = j;
    }
    idx.m_entries.reserve(recs.size());
    for (size_t i = 0; i < recs.size();) {
        size_t j = i;
        const std::string_view k = keyOf(recs[i]);
        Key key{recs[i].hash, static_cast<uint32_t>(idx.m_arena.size()), static_cast<uint32_t>(k.size()),
                static_cast<uint32_t>(idx.m_entries.size()), 0};
        idx.m_arena.append(k);
        idx.m_maxWords = std::max(idx.m_maxWords, 1 + static_cast<int>(std::count(k.begin(), k.end(), ' ')));
        while (j < recs.size() && recs[j].hash == recs[i].hash && keyOf(recs[j]) == k) {
            // The same entity under the same key twice (name and ASCII name agree): keep the better quality.
            const NameEntry& e = recs[j].entry;
            if (key.count > 0 && idx.m_entries.back().ref == e.ref) {
                idx.m_entries.back().quality = std::max(idx.m_entries.back().quality, e.quality);
            } else {
                idx.m_entries.push_back(e);
                ++key.count;
            }
            ++j;
        }
        idx.m_keys.push_back(key);
        i = j;
    }
    const size_t slots = std::bit_ceil(std::max<size_t>(16, idx.m_keys.size() * 2));
    idx.m_slots.assign(slots, 0);
    idx.m_mask = slots - 1;
    for (uint32_t k = 0; k < idx.m_keys.size(); ++k) {
        uint64_t s = idx.m_keys[k].hash & idx.m_mask;
        while (idx.m_slots[s] != 0) s = (s + 1) & idx.m_mask;
        idx.m_slots[s] = k + 1;
    }
    m_arena.clear();
    recs.clear();
    return idx;
}

std::span<const NameEntry> NameIndex::find(std::string_view key) const {
    if (m_slots.empty()) return {};
    const uint64_t h = hashKey(key);
    for (uint64_t s = h & m_mask;; s = (s + 1) & m_mask) {
        const uint32_t slot = m_slots[s];
        if (slot == 0) return {};
        const Key& k = m_keys[slot - 1];
        if (k.hash == h && std::string_view(m_arena).substr(k.keyOffset, k.keyLength) == key)
            return {m_entries.data() + k.first, k.count};
    }
}

void NameIndex::encode(ImageWriter& w) const {
    w.str(m_arena);
    w.array<Key>(m_keys);
    w.u64(m_entries.size());
    for (const NameEntry& e : m_entries) { // field by field: the struct has padding
        w.u8(static_cast<uint8_t>(e.ref.table));
        w.u32(e.ref.index);
        w.raw(&e.quality, sizeof e.quality);
    }
    w.array<uint32_t>(m_slots);
    w.u32(static_cast<uint32_t>(m_maxWords));
}

bool NameIndex::decode(ImageReader& r, const std::array<size_t, 4>& tableSizes, NameIndex& out) {
    out.m_arena = r.str();
    out.m_keys = r.array<Key>();
    const uint64_t nEntries = r.u64();
    if (r.failed() || nEntries > (1ull << 32)) return r.fail(), false;
    out.m_entries.clear();
    out.m_entries.reserve(static_cast<size_t>(std::min<uint64_t>(nEntries, 1u << 22)));
    for (uint64_t i = 0; i < nEntries && !r.failed(); ++i) {
        NameEntry e;
        const uint8_t table = r.u8();
        e.ref.index = r.u32();
        const uint32_t qualityBits = r.u32();
        std::memcpy(&e.quality, &qualityBits, sizeof e.quality);
        if (table > 3 || e.ref.index >= tableSizes[table]) return r.fail(), false;
        e.ref.table = static_cast<EntryRef::Table>(table);
        out.m_entries.push_back(e);
    }
    out.m_slots = r.array<uint32_t>();
    out.m_maxWords = static_cast<int>(r.u32());
    if (r.failed()) return false;
    for (const Key& k : out.m_keys)
        if (k.keyOffset > out.m_arena.size() || k.keyLength > out.m_arena.size() - k.keyOffset ||
            k.first > out.m_entries.size() || k.count > out.m_entries.size() - k.first)
            return r.fail(), false;
    const size_t slots = out.m_slots.size();
    if (slots < 16 || !std::has_single_bit(slots) || out.m_maxWords < 1 || out.m_maxWords > 1000)
        return r.fail(), false;
    bool anyEmpty = false; // a full table would make a missing key probe forever
    for (uint32_t s : out.m_slots) {
        if (s > out.m_keys.size()) return r.fail(), false;
        anyEmpty = anyEmpty || s == 0;
    }
    if (!anyEmpty) return r.fail(), false;
    out.m_mask = slots - 1;
    return true;
}

} // namespace salvo::atlas
