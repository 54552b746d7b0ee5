#include "io/Catalogue.hpp"

#include "core/Error.hpp"
#include "io/Files.hpp"

namespace salvo::io {

std::filesystem::path cataloguePath(const std::filesystem::path& dataDir) {
    return dataDir / "assets" / "munitions.json";
}

std::shared_ptr<const sim::Catalogue> loadCatalogue(const std::filesystem::path& dataDir) {
    const auto path = cataloguePath(dataDir);
    const std::string text = readFile(path, 4u << 20);
    auto r = sim::parseCatalogue(text, path.string());
    if (!r) throw Error(r.error().message);
    return std::make_shared<const sim::Catalogue>(std::move(*r));
}

std::filesystem::path launchAreasPath(const std::filesystem::path& dataDir) {
    return dataDir / "assets" / "launch-areas.json";
}

std::shared_ptr<const sim::LaunchAreaCatalogue> loadLaunchAreas(const std::filesystem::path& dataDir,
                                                                const sim::Catalogue& munitions) {
    const auto path = launchAreasPath(dataDir);
    const std::string text = readFile(path, 4u << 20);
    auto r = sim::parseLaunchAreas(text, path.string(), munitions);
    if (!r) throw Error(r.error().message);
    return std::make_shared<const sim::LaunchAreaCatalogue>(std::move(*r));
}

} // namespace salvo::io
