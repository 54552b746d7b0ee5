#pragma once
// Hash: FNV-1a over bytes, for the small open-addressing word tables the text and extraction passes probe per token
// (cheaper there than std::hash's murmur, and the same value everywhere).
//   size_t slot = salvo::fnv1a("missiles") & mask;
#include <cstdint>
#include <string_view>

namespace salvo {

constexpr uint32_t fnv1a(std::string_view bytes) {
    uint32_t h = 2166136261u;
    for (char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}

// Equality of two short words, compared in line: the word tables compare a token with the key of equal hash, nearly
// always the same word of a few bytes, where a call to memcmp cost more than the comparison.
inline bool sameWord(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) return false;
    return true;
}

} // namespace salvo
