#include "core/Utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>

namespace salvo {

namespace {
struct FoldRow {
    char32_t cp;
    const char* ascii;
};
constexpr FoldRow kFold[] = {
#include "core/FoldTable.inc"
};

// Length of the valid sequence starting at i, or 0. Rejects overlongs, surrogates and code points past U+10FFFF.
size_t validSequence(std::string_view s, size_t i) {
    const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    if (c < 0x80) return 1;
    const auto cont = [&](size_t k) { return k < s.size() && (b(k) & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(i + 1) || !cont(i + 2)) return 0;
        if (c == 0xE0 && b(i + 1) < 0xA0) return 0; // overlong
        if (c == 0xED && b(i + 1) >= 0xA0) return 0; // surrogates
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
        if (c == 0xF0 && b(i + 1) < 0x90) return 0; // overlong
        if (c == 0xF4 && b(i + 1) >= 0x90) return 0; // > U+10FFFF
        return 4;
    }
    return 0;
}
} // namespace

std::optional<size_t> findInvalidUtf8(std::string_view bytes) {
    size_t i = 0;
    while (i < bytes.size()) {
        // Eight bytes at a time while none has its top bit set (articles are mostly ASCII).
        if (i + 8 <= bytes.size()) {
            uint64_t x;
            std::memcpy(&x, bytes.data() + i, 8);
            if ((x & 0x8080808080808080ull) == 0) { i += 8; continue; }
        }
        if (static_cast<unsigned char>(bytes[i]) < 0x80) { ++i; continue; }
        const size_t n = validSequence(bytes, i);
        if (n == 0) return i;
        i += n;
    }
    return std::nullopt;
}

char32_t decodeUtf8(std::string_view s, size_t& pos) {
    const size_t n = validSequence(s, pos);
    const auto b = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[k])); };
    char32_t cp = 0xFFFD;
    switch (n) {
    case 1: cp = b(pos); break;
    case 2: cp = ((b(pos) & 0x1F) << 6) | (b(pos + 1) & 0x3F); break;
    case 3: cp = ((b(pos) & 0x0F) << 12) | ((b(pos + 1) & 0x3F) << 6) | (b(pos + 2) & 0x3F); break;
    case 4:
        cp = ((b(pos) & 0x07) << 18) | ((b(pos + 1) & 0x3F) << 12) | ((b(pos + 2) & 0x3F) << 6) | (b(pos + 3) & 0x3F);
        break;
    default: pos += 1; return 0xFFFD;
    }
    pos += n;
    return cp;
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string foldKey(std::string_view text) {
    std::string out;
    foldKeyInto(out, text);
    return out;
}

namespace {
// What an ASCII byte folds to: its lower-case letter or digit, kDropped for an apostrophe (it vanishes: "Sana'a" ==
// "Sanaa"), kSeparator for anything else (a run of separators becomes one space).
constexpr char kDropped = 1, kSeparator = 0;
constexpr auto kAsciiFold = [] {
    std::array<char, 256> t{}; // bytes from 0x80 up stay separators (only ASCII reaches put)
    for (int c = 0; c < 128; ++c) {
        if (c >= 'a' && c <= 'z') t[c] = static_cast<char>(c);
        else if (c >= 'A' && c <= 'Z') t[c] = static_cast<char>(c - 'A' + 'a');
        else if (c >= '0' && c <= '9') t[c] = static_cast<char>(c);
        else t[c] = c == '\'' ? kDropped : kSeparator;
    }
    return t;
}();
} // namespace

void foldKeyInto(std::string& out, std::string_view text) {
    // Written through an index into a pre-sized buffer rather than push_back: this runs for every window of tokens
    // the extractor tries against the atlas, and a call per character cost more than the folding. ASCII never folds
    // longer than it is (a space is written only for a separator it replaces), so the buffer starts at the input's
    // size and grows only for a ligature; a word of up to 13 bytes then stays in std::string's inline buffer, and
    // foldKey("Iranian") does not allocate. ASCII bytes go through one table look-up each (names are mostly ASCII).
    // The bytes go through a local pointer and capacity: a store through char* may alias the string object itself, so
    // through out[n] the compiler reloaded its data pointer and size after every byte written.
    out.resize(text.size() + 2);
    char* o = out.data();
    size_t cap = out.size(), n = 0;
    bool pendingSpace = false;
    const auto put = [&](char c) {
        const char f = kAsciiFold[static_cast<unsigned char>(c)];
        if (f == kSeparator || f == kDropped) {
            if (f == kSeparator) pendingSpace = n > 0;
            return;
        }
        if (n + 2 > cap) { // a ligature folding to more bytes than it had
            out.resize(2 * cap);
            o = out.data();
            cap = out.size();
        }
        if (pendingSpace) o[n++] = ' ';
        pendingSpace = false;
        o[n++] = f;
    };
    size_t i = 0;
    while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) { put(static_cast<char>(c)); ++i; continue; }
        size_t next = i; // decoded through a copy: `i` itself then stays in a register for the ASCII bytes
        const char32_t cp = decodeUtf8(text, next);
        i = next;
        const auto it = std::lower_bound(std::begin(kFold), std::end(kFold), cp,
                                         [](const FoldRow& r, char32_t v) { return r.cp < v; });
        if (it != std::end(kFold) && it->cp == cp) {
            for (const char* p = it->ascii; *p; ++p) put(*p);
        } else {
            pendingSpace = n > 0; // a non-Latin letter or symbol separates words
        }
    }
    out.resize(n);
}

std::string asciiLower(std::string_view text) {
    // Eight bytes at a time (the text and extract passes lower-case whole articles): a byte below 0x80 with
    // 'A' <= b <= 'Z' gets bit 0x20. For such bytes b + (0x80 - 'A') sets the top bit exactly when b >= 'A', and
    // b + (0x7F - 'Z') exactly when b > 'Z', with no carry into the next byte; bytes >= 0x80 (UTF-8) are masked out.
    std::string out(text);
    constexpr uint64_t kOnes = 0x0101010101010101ull, kTop = 0x8080808080808080ull;
    size_t i = 0;
    for (; i + 8 <= out.size(); i += 8) {
        uint64_t x;
        std::memcpy(&x, out.data() + i, 8);
        const uint64_t low7 = x & ~kTop;
        const uint64_t geA = low7 + (0x80 - 'A') * kOnes;
        const uint64_t gtZ = low7 + (0x7F - 'Z') * kOnes;
        x |= (geA & ~gtZ & ~x & kTop) >> 2;
        std::memcpy(out.data() + i, &x, 8);
    }
    for (; i < out.size(); ++i)
        if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] - 'A' + 'a');
    return out;
}

std::string spellingSkeleton(std::string_view name) {
    const std::string folded = foldKey(name);
    std::string out;
    out.reserve(folded.size());
    for (const char c : folded) {
        if (c == ' ' || c == '-') {
            if (!out.empty() && out.back() != ' ') out.push_back(' ');
            continue;
        }
        if (c < 'a' || c > 'z') continue;
        if (!out.empty() && (out.back() == c || (c == 'h' && out.back() == 'd'))) continue;
        out.push_back(c);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

} // namespace salvo
