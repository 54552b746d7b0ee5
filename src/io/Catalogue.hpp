#pragma once
// Loads the munitions catalogue from <dataDir>/assets/munitions.json and the launch-area catalogue from
// <dataDir>/assets/launch-areas.json. There is deliberately no compiled-in fallback: the catalogues' numbers and places
// are assumptions with sources, and a build that silently used others than the files the analyst can read would break
// that promise. A missing or invalid file is a salvo::Error naming the file and field.
//   auto catalogue = salvo::io::loadCatalogue(dataDir);   // std::shared_ptr<const sim::Catalogue>
//   salvo::sim::SimOptions opt; opt.catalogue = catalogue;
//   auto areas = salvo::io::loadLaunchAreas(dataDir, *catalogue);
#include "sim/LaunchAreas.hpp"
#include "sim/Munitions.hpp"

#include <filesystem>
#include <memory>

namespace salvo::io {

std::filesystem::path cataloguePath(const std::filesystem::path& dataDir);
std::shared_ptr<const sim::Catalogue> loadCatalogue(const std::filesystem::path& dataDir);

std::filesystem::path launchAreasPath(const std::filesystem::path& dataDir);
// `munitions` checks the entries' munition keys.
std::shared_ptr<const sim::LaunchAreaCatalogue> loadLaunchAreas(const std::filesystem::path& dataDir,
                                                                const sim::Catalogue& munitions);

} // namespace salvo::io
