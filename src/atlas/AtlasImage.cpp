// Byte order: the host's, recorded as a mark in the header; an image from a machine of the other order is refused
// (and rebuilt by the caller), never byte-swapped. Doubles are stored bit for bit, so decoded coordinates, labels and
// areas equal the ones the GDAL path computed.
#include "atlas/AtlasImage.hpp"

#include "atlas/ImageCodec.hpp"
#include "atlas/NameIndex.hpp"

#include <array>
#include <cstring>

namespace salvo::atlas {

namespace {

constexpr char kMagic[8] = {'S', 'A', 'L', 'V', 'O', 'A', 'T', 'L'};
constexpr uint32_t kFormatVersion = 1; // raise on any change of the layout below
constexpr uint32_t kByteOrderMark = 0x01020304;

// Header fields at fixed offsets; the rest of the 64 bytes is zero.
struct Header {
    char magic[8];
    uint32_t version;
    uint32_t byteOrder;
    uint64_t sourceKey;
    uint64_t payloadBytes;
    uint64_t checksum;
    char zero[24];
};
static_assert(sizeof(Header) == kAtlasImageHeaderBytes);

// Smallest encoded sizes, to bound counts read from the image.
constexpr size_t kMinString = 4, kMinRing = 4, kMinPolygon = 4, kMinRegion = 64, kMinPlace = 56, kMinFeature = 32;

void writeStrings(ImageWriter& w, const std::vector<std::string>& v) {
    w.u32(static_cast<uint32_t>(v.size()));
    for (const auto& s : v) w.str(s);
}
std::vector<std::string> readStrings(ImageReader& r) {
    std::vector<std::string> v(r.count(kMinString));
    for (auto& s : v) s = r.str();
    return v;
}

void writeLatLon(ImageWriter& w, LatLon p) { w.f64(p.lat); w.f64(p.lon); }
LatLon readLatLon(ImageReader& r) {
    const double lat = r.f64();
    return {lat, r.f64()};
}
void writeBox(ImageWriter& w, const BBox& b) { w.f64(b.minLat); w.f64(b.minLon); w.f64(b.maxLat); w.f64(b.maxLon); }
BBox readBox(ImageReader& r) {
    BBox b;
    b.minLat = r.f64(); b.minLon = r.f64(); b.maxLat = r.f64(); b.maxLon = r.f64();
    return b;
}

void writeShape(ImageWriter& w, const MultiPolygon& shape) {
    w.u32(static_cast<uint32_t>(shape.polygons.size()));
    for (const auto& poly : shape.polygons) {
        w.u32(static_cast<uint32_t>(poly.rings.size()));
        for (const auto& ring : poly.rings) {
            w.u32(static_cast<uint32_t>(ring.points.size()));
            w.raw(ring.points.data(), ring.points.size() * sizeof(LatLon));
        }
    }
}
MultiPolygon readShape(ImageReader& r) {
    MultiPolygon shape;
    shape.polygons.resize(r.count(kMinPolygon));
    for (auto& poly : shape.polygons) {
        poly.rings.resize(r.count(kMinRing));
        for (auto& ring : poly.rings) {
            ring.points.resize(r.count(sizeof(LatLon)));
            r.rawInto(ring.points.data(), ring.points.size() * sizeof(LatLon));
            for (const auto& p : ring.points) // a polygon index bands by latitude: no NaN or wild value may reach it
                if (!p.isValid()) r.fail();
        }
    }
    return shape;
}

void writeRegion(ImageWriter& w, const Region& g) {
    w.u8(static_cast<uint8_t>(g.kind));
    w.str(g.name);
    writeStrings(w, g.altNames);
    writeStrings(w, g.demonyms);
    w.str(g.iso2); w.str(g.iso3); w.str(g.code); w.str(g.typeName);
    writeShape(w, g.shape);
    writeBox(w, g.bbox);
    writeLatLon(w, g.label);
    writeBox(w, g.bodyBox);
    w.f64(g.areaKm2);
}
Region readRegion(ImageReader& r) {
    Region g;
    const uint8_t kind = r.u8();
    if (kind > static_cast<uint8_t>(Kind::Point)) r.fail();
    g.kind = static_cast<Kind>(kind);
    g.name = r.str();
    g.altNames = readStrings(r);
    g.demonyms = readStrings(r);
    g.iso2 = r.str(); g.iso3 = r.str(); g.code = r.str(); g.typeName = r.str();
    g.shape = readShape(r);
    g.bbox = readBox(r);
    g.label = readLatLon(r);
    g.bodyBox = readBox(r);
    g.areaKm2 = r.f64();
    return g;
}

void writePlace(ImageWriter& w, const Place& p) {
    w.u64(static_cast<uint64_t>(p.geonameId));
    w.str(p.name); w.str(p.asciiName);
    writeStrings(w, p.altNames);
    writeLatLon(w, p.pos);
    w.str(p.featureCode); w.str(p.iso2); w.str(p.admin1Code);
    w.u64(static_cast<uint64_t>(p.population));
    w.str(p.timezone);
}
Place readPlace(ImageReader& r) {
    Place p;
    p.geonameId = static_cast<long long>(r.u64());
    p.name = r.str(); p.asciiName = r.str();
    p.altNames = readStrings(r);
    p.pos = readLatLon(r);
    if (!p.pos.isValid()) r.fail();
    p.featureCode = r.str(); p.iso2 = r.str(); p.admin1Code = r.str();
    p.population = static_cast<long long>(r.u64());
    p.timezone = r.str();
    return p;
}

void writeFeature(ImageWriter& w, const Feature& f) {
    w.str(f.name);
    writeStrings(w, f.altNames);
    w.u8(static_cast<uint8_t>(f.kind));
    w.str(f.type);
    writeLatLon(w, f.pos);
    w.f64(f.radiusKm);
    w.str(f.iso2); w.str(f.source);
}
Feature readFeature(ImageReader& r) {
    Feature f;
    f.name = r.str();
    f.altNames = readStrings(r);
    const uint8_t kind = r.u8();
    if (kind > static_cast<uint8_t>(Kind::Point)) r.fail();
    f.kind = static_cast<Kind>(kind);
    f.type = r.str();
    f.pos = readLatLon(r);
    if (!f.pos.isValid()) r.fail();
    f.radiusKm = r.f64();
    f.iso2 = r.str(); f.source = r.str();
    return f;
}

Diagnostic refused(std::string why) {
    return Diagnostic{Severity::Note, "atlas.image_refused", "atlas image refused: " + std::move(why), {}, {}};
}

} // namespace

uint64_t imageChecksum(std::string_view bytes) {
    // Four independent multiply-xor lanes over 8-byte words, then the tail byte by byte, then a final mix.
    constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
    uint64_t lane[4] = {1, 2, 3, 4};
    const char* p = bytes.data();
    size_t n = bytes.size();
    while (n >= 32) {
        for (int k = 0; k < 4; ++k) {
            uint64_t v;
            std::memcpy(&v, p + 8 * k, 8);
            lane[k] = (lane[k] ^ v) * kMul;
            lane[k] ^= lane[k] >> 29;
        }
        p += 32;
        n -= 32;
    }
    uint64_t h = bytes.size();
    for (uint64_t l : lane) h = (h ^ l) * kMul;
    for (; n > 0; --n, ++p) h = (h ^ static_cast<unsigned char>(*p)) * 0x100000001B3ull;
    h ^= h >> 33; h *= 0xff51afd7ed558ccdull; h ^= h >> 33;
    return h;
}

std::string encodeAtlasImage(const Atlas& atlas, uint64_t sourceKey) {
    ImageWriter w;
    w.bytes().assign(kAtlasImageHeaderBytes, '\0');
    const auto regions = [&w](const std::vector<Region>& v) {
        w.u32(static_cast<uint32_t>(v.size()));
        for (const auto& g : v) writeRegion(w, g);
    };
    regions(atlas.countries());
    regions(atlas.admin1());
    w.u32(static_cast<uint32_t>(atlas.places().size()));
    for (const auto& p : atlas.places()) writePlace(w, p);
    w.u32(static_cast<uint32_t>(atlas.features().size()));
    for (const auto& f : atlas.features()) writeFeature(w, f);
    atlas.nameIndex().encode(w);
    std::string out = std::move(w.bytes());
    Header h{};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.version = kFormatVersion;
    h.byteOrder = kByteOrderMark;
    h.sourceKey = sourceKey;
    h.payloadBytes = out.size() - kAtlasImageHeaderBytes;
    h.checksum = imageChecksum(std::string_view(out).substr(kAtlasImageHeaderBytes));
    std::memcpy(out.data(), &h, sizeof h);
    return out;
}

// The aliases are not in the image: they only add names, and those are in the name index already.
Result<Atlas> decodeAtlasImage(std::string_view bytes, uint64_t sourceKey) {
    if (bytes.size() < kAtlasImageHeaderBytes) return refused("truncated header");
    Header h;
    std::memcpy(&h, bytes.data(), sizeof h);
    if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) return refused("not an atlas image");
    if (h.version != kFormatVersion) return refused("format version " + std::to_string(h.version));
    if (h.byteOrder != kByteOrderMark) return refused("other byte order");
    if (h.sourceKey != sourceKey) return refused("built from other geodata");
    const std::string_view payload = bytes.substr(kAtlasImageHeaderBytes);
    if (h.payloadBytes != payload.size()) return refused("truncated or padded payload");
    if (h.checksum != imageChecksum(payload)) return refused("checksum mismatch");

    ImageReader r(payload);
    AtlasData d;
    d.countries.resize(r.count(kMinRegion));
    for (auto& g : d.countries) g = readRegion(r);
    d.admin1.resize(r.count(kMinRegion));
    for (auto& g : d.admin1) g = readRegion(r);
    d.places.resize(r.count(kMinPlace));
    for (auto& p : d.places) p = readPlace(r);
    d.features.resize(r.count(kMinFeature));
    for (auto& f : d.features) f = readFeature(r);
    if (r.failed()) return refused("malformed tables");
    NameIndex names;
    const std::array<size_t, 4> sizes{d.countries.size(), d.admin1.size(), d.places.size(), d.features.size()};
    if (!NameIndex::decode(r, sizes, names)) return refused("malformed name index");
    if (!r.atEnd()) return refused("trailing bytes");
    return Atlas::fromPrepared(std::move(d), std::move(names));
}

} // namespace salvo::atlas
