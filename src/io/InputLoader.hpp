#pragma once
// InputLoader: INPUT as the command line and the viewer take it — an article (.txt, extracted through text and
// extract) or a scenario (.json, validated). "-" reads standard input and tells the two apart by the first
// non-blank byte ('{' is a scenario). Errors name the file and the place in it, in one line.
//   auto in = salvo::io::loadInput("article.txt", atlas);      // throws salvo::Error
//   in.scenario.places ...
#include "atlas/Atlas.hpp"
#include "core/Diagnostic.hpp"
#include "scenario/Scenario.hpp"

#include <filesystem>

namespace salvo::io {

enum class InputKind { Article, Scenario };

struct LoadedInput {
    scenario::Scenario scenario;
    InputKind kind = InputKind::Article;
};

inline constexpr size_t kMaxInputBytes = 64u << 20; // 64 MiB: far above any article, bounded memory

LoadedInput loadInput(const std::filesystem::path& path, const atlas::Atlas& atlas);
// The same without exceptions (for the viewer's File > Open).
Result<scenario::Scenario> tryLoadInput(const std::filesystem::path& path, const atlas::Atlas& atlas);
// Bytes already in memory; `name` is used in messages and as the source path.
LoadedInput loadInputBytes(const std::string& bytes, const std::string& name, const atlas::Atlas& atlas);

} // namespace salvo::io
