#pragma once
// AtlasImage: a built Atlas as one compact binary image, and back, so that a command starts without reading the
// GeoPackages through GDAL or rebuilding the name index (io caches the image; see io/AtlasLoader.hpp).
// The image holds the tables (regions with their polygons and derived fields, places, features, aliases) and the name
// index arrays; the small lookup tables and the grids are rebuilt on decoding (a few milliseconds), and point-in-
// polygon indexes stay lazy as in any Atlas. Decoding a good image gives an atlas whose answers equal the original's.
//
// Layout: a 64-byte header (magic "SALVOATL", format version, byte-order mark, the source key the caller passes, the
// payload size and a 64-bit checksum of the payload), then the payload. decodeAtlasImage refuses an image whose
// header, key, size or checksum does not match, or whose payload does not parse exactly, with a reason; it never
// trusts a count or an offset it has not checked against the bytes it was given.
//   std::string img = encodeAtlasImage(atlas, key);
//   Result<Atlas> back = decodeAtlasImage(img, key);   // error: "checksum mismatch", "truncated", ...
#include "atlas/Atlas.hpp"
#include "core/Diagnostic.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace salvo::atlas {

constexpr size_t kAtlasImageHeaderBytes = 64;

// sourceKey: what the image was built from (the caller's fingerprint of the geodata files); stored and checked.
std::string encodeAtlasImage(const Atlas& atlas, uint64_t sourceKey);
Result<Atlas> decodeAtlasImage(std::string_view bytes, uint64_t sourceKey);

// The checksum the header carries: 64-bit, eight bytes a step (about 10 GB/s), not cryptographic.
uint64_t imageChecksum(std::string_view bytes);

} // namespace salvo::atlas
