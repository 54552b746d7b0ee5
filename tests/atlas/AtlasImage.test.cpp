// The atlas image and its cache: an atlas decoded from an image (in memory or through the cache file) must answer
// exactly as the one read from the GeoPackages, and a damaged image must be refused (and the cache rebuilt), never
// trusted and never a crash.
#include "atlas/AtlasImage.hpp"
#include "atlas/AtlasFixture.hpp"
#include "atlas/ImageCodec.hpp"
#include "io/AtlasLoader.hpp"
#include "io/DataDir.hpp"
#include "ScratchDir.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <unistd.h>

using namespace salvo;
namespace fs = std::filesystem;

namespace {

const atlas::Atlas& geodataAtlas() {
    static const atlas::Atlas a = io::loadAtlasFromGeodata(io::findDataDir());
    return a;
}

using testsupport::ScratchDir;

std::vector<LatLon> testPoints(size_t n) {
    std::mt19937 rng(2026);
    std::uniform_real_distribution<double> wlat(-85, 85), wlon(-180, 180), mlat(10, 45), mlon(25, 65);
    std::vector<LatLon> pts;
    for (size_t i = 0; i < n; ++i) pts.push_back(i % 2 ? LatLon{wlat(rng), wlon(rng)} : LatLon{mlat(rng), mlon(rng)});
    pts.push_back({33.5, 36.3});      // Damascus
    pts.push_back({67.0, 179.9});     // by the antimeridian
    pts.push_back({43.0, 34.0});      // Black Sea
    return pts;
}

// Every answer of `where` for each point, and of `geocode` for each name, equal in both atlases.
void requireSameAnswers(const atlas::Atlas& a, const atlas::Atlas& b, size_t points, size_t names) {
    REQUIRE(a.countries().size() == b.countries().size());
    REQUIRE(a.admin1().size() == b.admin1().size());
    REQUIRE(a.places().size() == b.places().size());
    REQUIRE(a.features().size() == b.features().size());
    size_t mismatches = 0, onLand = 0;
    for (const LatLon p : testPoints(points)) {
        const auto x = a.locate(p), y = b.locate(p);
        const bool same = x.country == y.country && x.admin1 == y.admin1 && x.sea == y.sea &&
                          x.nearest.has_value() == y.nearest.has_value() &&
                          (!x.nearest || (x.nearest->index == y.nearest->index &&
                                          x.nearest->distanceMeters == y.nearest->distanceMeters));
        mismatches += !same;
        onLand += x.country.has_value();
    }
    CHECK(mismatches == 0);
    CHECK(onLand > points / 5); // the comparison covered land, not only open sea
    std::vector<std::string> queries;
    for (const auto& r : a.countries()) queries.push_back(r.name);
    for (const auto& r : a.admin1()) queries.push_back(r.name);
    for (const auto& f : a.features()) queries.push_back(f.name);
    std::mt19937 rng(7);
    for (size_t i = 0; i < names; ++i) {
        const auto& pl = a.places()[rng() % a.places().size()];
        queries.push_back(pl.name);
        if (!pl.altNames.empty()) queries.push_back(pl.altNames.front());
    }
    for (const char* q : {"Damascus", "Hodeidah", "U.S.", "Hama Governorate", "Lysychansk", "no such place xyz"})
        queries.push_back(q);
    size_t nameMismatches = 0;
    for (const auto& q : queries) {
        const auto x = a.lookup(q), y = b.lookup(q);
        bool same = x.size() == y.size();
        for (size_t i = 0; same && i < x.size(); ++i)
            same = x[i].ref == y[i].ref && x[i].score == y[i].score && x[i].pos == y[i].pos &&
                   x[i].name == y[i].name && x[i].admin1Name == y[i].admin1Name && x[i].radiusKm == y[i].radiusKm;
        nameMismatches += !same;
    }
    CHECK(nameMismatches == 0);
    CHECK(a.countryByDemonym("Syrian") == b.countryByDemonym("Syrian"));
    CHECK(a.countryTimezone("SY") == b.countryTimezone("SY"));
    CHECK(a.maxNameWords() == b.maxNameWords());
}

atlas::Atlas smallAtlas() { return atlas::Atlas(test::westEastData()); }

// Rewrites the header checksum after a deliberate change, so that the parser itself meets the damage.
void resealChecksum(std::string& image) {
    const uint64_t sum = atlas::imageChecksum(std::string_view(image).substr(atlas::kAtlasImageHeaderBytes));
    std::memcpy(image.data() + 32, &sum, sizeof sum);
}

} // namespace

TEST_CASE("AtlasImage: the decoded world atlas answers where and geocode exactly as the GeoPackage atlas",
          "[atlas][image]") {
    const auto& fromGeodata = geodataAtlas();
    const std::string image = atlas::encodeAtlasImage(fromGeodata, 42);
    auto decoded = atlas::decodeAtlasImage(image, 42);
    REQUIRE(decoded.ok());
    requireSameAnswers(fromGeodata, *decoded, 20000, 3000);
    SECTION("derived fields are carried bit for bit, not recomputed differently") {
        for (size_t i = 0; i < fromGeodata.admin1().size(); ++i) {
            const auto& x = fromGeodata.admin1()[i];
            const auto& y = decoded->admin1()[i];
            REQUIRE((x.label == y.label && x.areaKm2 == y.areaKm2 && x.bodyBox.minLat == y.bodyBox.minLat));
        }
    }
}

TEST_CASE("AtlasImage: through the cache directory the second load comes from the image, with the same answers",
          "[atlas][image]") {
    ScratchDir cache("atlasimage");
    const fs::path dataDir = io::findDataDir();
    auto first = io::loadAtlasCached(dataDir, cache.path);
    CHECK_FALSE(first.fromImage);
    const fs::path file = io::atlasImagePath(cache.path, io::atlasSourceKey(dataDir));
    REQUIRE(fs::is_regular_file(file));
    auto second = io::loadAtlasCached(dataDir, cache.path);
    CHECK(second.fromImage);
    CHECK(second.note.empty());
    requireSameAnswers(geodataAtlas(), second.atlas, 3000, 500);

    SECTION("a truncated cache file is refused, the atlas read from the GeoPackages and the image rebuilt") {
        fs::resize_file(file, fs::file_size(file) / 2);
        // A killed writer's temporary (no process has PID 999999999) goes when an image is written; a live one stays.
        const fs::path stale = cache.path / ".atlas-0123456789abcdef.img.999999999.tmp";
        const fs::path live = cache.path / (".atlas-0123456789abcdef.img." + std::to_string(::getpid()) + ".tmp");
        std::ofstream(stale) << "partial";
        std::ofstream(live) << "partial";
        auto again = io::loadAtlasCached(dataDir, cache.path);
        CHECK_FALSE(fs::exists(stale));
        CHECK(fs::exists(live));
        CHECK_FALSE(again.fromImage);
        CHECK(again.note.find("truncated") != std::string::npos);
        requireSameAnswers(geodataAtlas(), again.atlas, 500, 100);
        CHECK(io::loadAtlasCached(dataDir, cache.path).fromImage);
    }
    SECTION("a cache file with one byte flipped fails its checksum and is not used") {
        {
            std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
            f.seekp(static_cast<std::streamoff>(fs::file_size(file) / 3));
            f.put('\x5a');
        }
        auto again = io::loadAtlasCached(dataDir, cache.path);
        CHECK_FALSE(again.fromImage);
        CHECK(again.note.find("checksum") != std::string::npos);
    }
    SECTION("a cache file that is not an image at all is refused") {
        std::ofstream(file, std::ios::binary | std::ios::trunc) << std::string(4096, 'x'); // longer than a header
        auto again = io::loadAtlasCached(dataDir, cache.path);
        CHECK_FALSE(again.fromImage);
        CHECK(again.note.find("not an atlas image") != std::string::npos);
    }
}

TEST_CASE("AtlasImage: truncated, damaged or foreign images are refused with a reason", "[atlas][image]") {
    const atlas::Atlas small = smallAtlas();
    const std::string image = atlas::encodeAtlasImage(small, 7);
    REQUIRE(atlas::decodeAtlasImage(image, 7).ok());
    CHECK(atlas::decodeAtlasImage(image, 8).error().message.find("other geodata") != std::string::npos);
    SECTION("every truncation") {
        for (size_t n = 0; n < image.size(); ++n) {
            const auto r = atlas::decodeAtlasImage(std::string_view(image).substr(0, n), 7);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message.find("truncated") != std::string::npos);
        }
    }
    SECTION("every single-byte change of the payload fails the checksum") {
        for (size_t at = atlas::kAtlasImageHeaderBytes; at < image.size(); ++at) {
            std::string bad = image;
            bad[at] = static_cast<char>(bad[at] ^ 0x10);
            const auto r = atlas::decodeAtlasImage(bad, 7);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().message.find("checksum") != std::string::npos);
        }
    }
    SECTION("with the checksum resealed, a huge count is refused before anything is allocated") {
        std::string bad = image;
        const uint32_t huge = 0xFFFFFFF0u; // the number of countries
        std::memcpy(bad.data() + atlas::kAtlasImageHeaderBytes, &huge, sizeof huge);
        resealChecksum(bad);
        const auto r = atlas::decodeAtlasImage(bad, 7);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find("malformed") != std::string::npos);
    }
    SECTION("with the checksum resealed, any damage decodes to a refusal or to an atlas that still answers") {
        // Random bytes changed behind a valid checksum (a crafted file): the decoder's own checks must hold, and
        // whatever it accepts must be safe to query (names and points).
        std::mt19937 rng(3);
        size_t refusedCount = 0;
        for (int k = 0; k < 400; ++k) {
            std::string bad = image;
            const size_t at = atlas::kAtlasImageHeaderBytes + rng() % (image.size() - atlas::kAtlasImageHeaderBytes);
            bad[at] = static_cast<char>(rng());
            resealChecksum(bad);
            auto r = atlas::decodeAtlasImage(bad, 7);
            if (!r.ok()) { ++refusedCount; continue; }
            (void)r->lookup("Hama");
            (void)r->locate({2, 2});
        }
        CHECK(refusedCount > 0);
    }
    SECTION("a name table with no empty slot is refused (a missing key would probe forever)") {
        // The slot table is the last array before the word count: fill it with 1s (key 1 everywhere).
        std::string bad = image;
        const size_t wordsAt = bad.size() - 4;
        size_t slotsBytes = 0;
        uint64_t slots = 0;
        for (uint64_t n = 16; n <= 1024 && !slotsBytes; n *= 2) {
            const size_t countAt = wordsAt - n * 4 - 8;
            std::memcpy(&slots, bad.data() + countAt, 8);
            if (slots == n) slotsBytes = n * 4;
        }
        REQUIRE(slotsBytes > 0);
        for (size_t i = 0; i < slots; ++i) {
            const uint32_t one = 1;
            std::memcpy(bad.data() + wordsAt - slotsBytes + i * 4, &one, 4);
        }
        resealChecksum(bad);
        const auto r = atlas::decodeAtlasImage(bad, 7);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find("name index") != std::string::npos);
    }
}
