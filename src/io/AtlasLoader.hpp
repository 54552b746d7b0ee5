#pragma once
// Loads the atlas from a data directory: geodata/countries.gpkg, admin1.gpkg, places.gpkg (GDAL, GPKG driver only)
// and the hand-curated geodata/curated/features.csv and aliases.csv (read here, each row with its source).
// Throws salvo::Error naming the file for a missing or corrupt file. Countries, divisions and places load in parallel.
//   salvo::atlas::Atlas atlas = salvo::io::loadAtlas(salvo::io::findDataDir());
#include "atlas/Atlas.hpp"

#include <filesystem>

namespace salvo::io {

atlas::AtlasData loadAtlasData(const std::filesystem::path& dataDir);
atlas::Atlas loadAtlas(const std::filesystem::path& dataDir);

// Curated CSV rows, parsed (exposed for tests and for the bad-input contract).
std::vector<atlas::Feature> readFeaturesCsv(const std::filesystem::path& file);
std::vector<std::pair<std::string, std::string>> readAliasesCsv(const std::filesystem::path& file);

} // namespace salvo::io
