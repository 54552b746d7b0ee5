#pragma once
// UTF-8 helpers shared by text and atlas: validation with the offset of the first bad byte, code point decoding, and
// the "search key" fold used for every name look-up: Latin diacritics removed (Ḩamāh → hamah), case folded, quotes
// and transliteration marks dropped, any run of non-alphanumerics collapsed to one space, trimmed.
//   salvo::foldKey("Ḩamāh")      == "hamah"
//   salvo::foldKey("Dayr az-Zawr") == "dayr az zawr"
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace salvo {

// Byte offset of the first invalid sequence (overlong, surrogate, > U+10FFFF, truncated), or nullopt when valid.
std::optional<size_t> findInvalidUtf8(std::string_view bytes);

// Decodes the code point at bytes[pos] and advances pos; returns U+FFFD for an invalid sequence (one byte consumed).
char32_t decodeUtf8(std::string_view bytes, size_t& pos);
void appendUtf8(std::string& out, char32_t cp);

std::string foldKey(std::string_view text);
// The same, into `out` (cleared first): lets hot loops reuse one buffer.
void foldKeyInto(std::string& out, std::string_view text);
// Lower-case ASCII letters only; leaves other bytes alone.
std::string asciiLower(std::string_view text);
// A name's spelling skeleton, equal for romanisations that differ only in doubled letters or an "h" after "d"
// (Dhuusamarreeb, Dhusamareb): folded, letters only, words kept apart by one space.
std::string spellingSkeleton(std::string_view name);

} // namespace salvo
