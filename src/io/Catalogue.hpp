#pragma once
// Loads the munitions catalogue from <dataDir>/assets/munitions.json. There is deliberately no compiled-in fallback:
// the catalogue's numbers are assumptions with sources, and a build that silently used other numbers than the file the
// analyst can read would break that promise. A missing or invalid file is a salvo::Error naming the file and field.
//   auto catalogue = salvo::io::loadCatalogue(dataDir);   // std::shared_ptr<const sim::Catalogue>
//   salvo::sim::SimOptions opt; opt.catalogue = catalogue;
#include "sim/Munitions.hpp"

#include <filesystem>
#include <memory>

namespace salvo::io {

std::filesystem::path cataloguePath(const std::filesystem::path& dataDir);
std::shared_ptr<const sim::Catalogue> loadCatalogue(const std::filesystem::path& dataDir);

} // namespace salvo::io
