#pragma once
// Finds Salvo's runtime data (geodata/, assets/, shaders/): an explicit --data-dir, then $SALVO_DATA_DIR, then next to
// the executable (and its parent, for build trees), then the source tree, then the install prefix. A directory counts
// when it holds geodata/countries.gpkg. Failure is one line that says where it looked.
//   std::filesystem::path dir = salvo::io::findDataDir(cliValue);   // throws salvo::Error
#include <filesystem>
#include <string>

namespace salvo::io {

std::filesystem::path findDataDir(const std::string& explicitDir = {});

} // namespace salvo::io
