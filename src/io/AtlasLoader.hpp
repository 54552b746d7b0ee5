#pragma once
// Loads the atlas from a data directory: geodata/countries.gpkg, admin1.gpkg, places.gpkg (GDAL, GPKG driver only)
// the hand-curated geodata/curated/features.csv and aliases.csv, and geodata/airports.csv (OurAirports, built by
// geodata/build in features.csv's columns); each CSV row with its source.
// Throws salvo::Error naming the file for a missing or corrupt file. Countries, divisions and places load in parallel.
//
// The atlas cache: loadAtlas first looks for an atlas image (atlas/AtlasImage.hpp) in the cache directory, named after
// a key of the six geodata files (path, size, modification time, inode) and of the salvo executable itself (a
// rebuilt salvo may derive labels or names differently). A matching image is memory-mapped and decoded (tens of
// milliseconds instead of hundreds); a missing, stale, truncated or corrupt one is ignored and replaced: the atlas is
// read from the GeoPackages and its image written atomically (temporary file, then rename) for the next start. The
// cache is only ever a copy: failing to read or write it changes nothing but the time.
//   salvo::atlas::Atlas atlas = salvo::io::loadAtlas(salvo::io::findDataDir());
#include "atlas/Atlas.hpp"

#include <cstdint>
#include <filesystem>
#include <string>

namespace salvo::io {

atlas::AtlasData loadAtlasData(const std::filesystem::path& dataDir);
// Through the cache when there is one (atlasCacheDir), else from the GeoPackages.
atlas::Atlas loadAtlas(const std::filesystem::path& dataDir);
// Always from the GeoPackages, never touching the cache (tests, bench baselines).
atlas::Atlas loadAtlasFromGeodata(const std::filesystem::path& dataDir);

// $SALVO_CACHE_DIR, else $XDG_CACHE_HOME/salvo, else $HOME/.cache/salvo (relative values are ignored, as the XDG
// specification asks); empty when none applies, or when SALVO_CACHE_DIR is "off".
std::filesystem::path atlasCacheDir();
// The key an image of this data directory must carry; throws salvo::Error when a geodata file is missing.
uint64_t atlasSourceKey(const std::filesystem::path& dataDir);
// Where the image for that key lives in cacheDir.
std::filesystem::path atlasImagePath(const std::filesystem::path& cacheDir, uint64_t key);

struct CachedAtlas {
    atlas::Atlas atlas;
    bool fromImage = false; // true: decoded from the cached image; false: read from the GeoPackages
    std::string note;       // why the image was not used, or not written ("checksum mismatch"); empty when all went well
};
// loadAtlas with an explicit cache directory (empty: no cache), saying which way the atlas came.
CachedAtlas loadAtlasCached(const std::filesystem::path& dataDir, const std::filesystem::path& cacheDir);

// GDAL's own messages kept off stderr and its SQLite journal off (process-wide, once). loadAtlas calls it on every
// path, the cached one included, since later GeoPackage exports rely on it.
void quietGdalMessages();

// Curated CSV rows, parsed (exposed for tests and for the bad-input contract).
std::vector<atlas::Feature> readFeaturesCsv(const std::filesystem::path& file);
std::vector<std::pair<std::string, std::string>> readAliasesCsv(const std::filesystem::path& file);

} // namespace salvo::io
