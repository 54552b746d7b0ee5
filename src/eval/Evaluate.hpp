#pragma once
// Evaluate: `salvo eval`'s pipeline for one article — read it with the loader the command line uses for INPUT (so
// that it is scored exactly as `salvo extract` writes it), simulate one nominal run as `salvo simulate` does, read its
// gold, and score. Also finds the articles a PATH names: a .txt with a .gold.json beside it, or every such .txt in a
// folder (not recursive, sorted by name).
//   auto found = salvo::eval::findArticles({"tests/corpus", "samples"});   // Result<std::vector<ArticlePaths>>
//   auto load = [&](const auto& p) { return salvo::io::tryLoadInput(p, atlas); };
//   auto result = salvo::eval::evaluateArticle((*found)[0], load, atlas, simOptions); // result.error when not scored
#include "atlas/Atlas.hpp"
#include "core/Diagnostic.hpp"
#include "eval/Report.hpp"
#include "scenario/Scenario.hpp"
#include "sim/Simulation.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace salvo::eval {

struct ArticlePaths {
    std::filesystem::path article; // NN_slug.txt
    std::filesystem::path gold;    // NN_slug.gold.json beside it
};

// The gold file that annotates an article: "x.txt" → "x.gold.json".
std::filesystem::path goldPathFor(const std::filesystem::path& article);

// A path that does not exist, a file that is not a .txt with its gold beside it, or a folder without any such .txt
// is a diagnostic naming the path. Paths named twice are scored once.
Result<std::vector<ArticlePaths>> findArticles(const std::vector<std::string>& paths);

// An article to its scenario, without exceptions (io::tryLoadInput with the command line's arguments).
using LoadScenario = std::function<Result<scenario::Scenario>(const std::filesystem::path& article)>;

// Scores one article. An article that cannot be extracted and a gold file that is not valid become `error` (the
// batch goes on); a gold file that cannot be read at all throws salvo::Error from io.
ArticleResult evaluateArticle(const ArticlePaths& paths, const LoadScenario& load, const atlas::Atlas& atlas,
                              const sim::SimOptions& options);

} // namespace salvo::eval
