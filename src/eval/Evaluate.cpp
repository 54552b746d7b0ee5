#include "eval/Evaluate.hpp"

#include "io/Files.hpp"

#include <algorithm>
#include <system_error>

namespace salvo::eval {

namespace fs = std::filesystem;

namespace {

bool isArticle(const fs::path& p) { return p.extension() == ".txt"; }

} // namespace

fs::path goldPathFor(const fs::path& article) {
    fs::path gold = article;
    gold.replace_extension(".gold.json");
    return gold;
}

Result<std::vector<ArticlePaths>> findArticles(const std::vector<std::string>& paths) {
    std::vector<ArticlePaths> out;
    for (const auto& text : paths) {
        const fs::path path(text);
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            std::vector<fs::path> articles;
            std::error_code entryError; // an entry that cannot be inspected is skipped, not a failure of the listing
            for (const auto& entry : fs::directory_iterator(path, ec))
                if (entry.is_regular_file(entryError) && isArticle(entry.path()) &&
                    fs::is_regular_file(goldPathFor(entry.path()), entryError))
                    articles.push_back(entry.path());
            if (ec) return makeError("eval.path", text + ": cannot list the folder (" + ec.message() + ")", text);
            if (articles.empty()) return makeError("eval.path", text + ": no .txt article with a .gold.json beside it", text);
            std::sort(articles.begin(), articles.end());
            for (const auto& a : articles) out.push_back({a, goldPathFor(a)});
        } else if (!fs::exists(path, ec)) {
            return makeError("eval.path", text + ": no such file or folder", text);
        } else if (!isArticle(path)) {
            return makeError("eval.path", text + ": expected an article (.txt) or a folder of them", text);
        } else if (!fs::is_regular_file(goldPathFor(path), ec)) {
            return makeError("eval.path", text + ": no gold annotation beside it (" + goldPathFor(path).string() + ")", text);
        } else {
            out.push_back({path, goldPathFor(path)});
        }
    }
    std::vector<ArticlePaths> unique;
    for (const auto& a : out) {
        std::error_code ec;
        const bool seen = std::any_of(unique.begin(), unique.end(), [&](const ArticlePaths& u) {
            return fs::equivalent(u.article, a.article, ec);
        });
        if (!seen) unique.push_back(a);
    }
    return unique;
}

ArticleResult evaluateArticle(const ArticlePaths& paths, const LoadScenario& load, const atlas::Atlas& atlas,
                              const sim::SimOptions& options) {
    ArticleResult result;
    result.article = paths.article.string();
    result.gold = paths.gold.string();
    const auto gold = parseGold(io::readFile(paths.gold), result.gold);
    if (!gold) {
        result.error = gold.error().message;
        return result;
    }
    const auto loaded = load(paths.article);
    if (!loaded) {
        result.error = loaded.error().message;
        return result;
    }
    Diagnostics diags; // simulation problems (no route, no speed) explain launches not replayed
    const scenario::Scenario applied = scenario::applyOverrides(*loaded, &diags);
    const sim::Simulation simulation = sim::simulate(applied, atlas, options, &diags);
    result.score = scoreArticle(*gold, applied, simulation, diags);
    return result;
}

} // namespace salvo::eval
