#pragma once
// InputLoader: INPUT as the command line and the viewer take it — an article (.txt, extracted through text and
// extract) or a scenario (.json, validated). "-" reads standard input and tells the two apart by the first
// non-blank byte ('{' is a scenario). Errors name the file and the place in it, in one line. With InputDefaults, an
// article's scenario gets the catalogued default launch areas (sim::addDefaultOrigins) for launches the text gives no
// origin for; a scenario file is the analyst's and is read as it is.
//   auto defaults = salvo::io::loadInputDefaults(dataDir);          // once per process
//   auto in = salvo::io::loadInput("article.txt", atlas, defaults); // throws salvo::Error
//   in.scenario.places ...
#include "atlas/Atlas.hpp"
#include "core/Diagnostic.hpp"
#include "scenario/Scenario.hpp"
#include "sim/LaunchAreas.hpp"
#include "sim/Munitions.hpp"

#include <filesystem>
#include <memory>

namespace salvo::io {

enum class InputKind { Article, Scenario };

struct LoadedInput {
    scenario::Scenario scenario;
    InputKind kind = InputKind::Article;
};

inline constexpr size_t kMaxInputBytes = 64u << 20; // 64 MiB: far above any article, bounded memory

// What an article's scenario is completed with. Both set: default origins are added; either null: nothing is.
struct InputDefaults {
    std::shared_ptr<const sim::LaunchAreaCatalogue> launchAreas;
    std::shared_ptr<const sim::Catalogue> munitions; // resolves the events' munition words for the match
};
// Both catalogues from <dataDir>/assets (io::loadCatalogue, io::loadLaunchAreas); throws salvo::Error naming the file.
InputDefaults loadInputDefaults(const std::filesystem::path& dataDir);

LoadedInput loadInput(const std::filesystem::path& path, const atlas::Atlas& atlas, const InputDefaults& defaults);
// The same without exceptions (for the viewer's File > Open).
Result<scenario::Scenario> tryLoadInput(const std::filesystem::path& path, const atlas::Atlas& atlas,
                                        const InputDefaults& defaults);
// Bytes already in memory; `name` is used in messages and as the source path.
LoadedInput loadInputBytes(const std::string& bytes, const std::string& name, const atlas::Atlas& atlas,
                           const InputDefaults& defaults);

// Without defaults: the article's scenario exactly as extract made it, no default origins added.
LoadedInput loadInput(const std::filesystem::path& path, const atlas::Atlas& atlas);
Result<scenario::Scenario> tryLoadInput(const std::filesystem::path& path, const atlas::Atlas& atlas);
LoadedInput loadInputBytes(const std::string& bytes, const std::string& name, const atlas::Atlas& atlas);

} // namespace salvo::io
