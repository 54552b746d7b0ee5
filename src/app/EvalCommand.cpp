#include "app/EvalCommand.hpp"

#include "core/Error.hpp"
#include "eval/Evaluate.hpp"
#include "io/Catalogue.hpp"
#include "io/InputLoader.hpp"

#include <cstdio>

namespace salvo::app {

namespace {

// Bounds are checked before any article is read: a typo in CI should not cost a full run.
std::vector<eval::Bound> parseBounds(const EvalArgs& args) {
    std::vector<eval::Bound> bounds;
    for (const auto& [texts, isMax] : {std::pair{&args.minimums, false}, std::pair{&args.maximums, true}})
        for (const auto& text : *texts) {
            auto b = eval::parseBound(text, isMax);
            if (!b) throw UsageError("eval: " + b.error().message);
            bounds.push_back(*b);
        }
    return bounds;
}

} // namespace

int runEval(Context& ctx, const EvalArgs& args) {
    const auto bounds = parseBounds(args);
    const auto found = eval::findArticles(args.paths);
    if (!found) throw Error(found.error().message);
    sim::SimOptions options;
    options.catalogue = io::loadCatalogue(ctx.dataDir());
    // The article is read as runExtract reads INPUT: keep the two calls alike, or eval scores another reading.
    const eval::LoadScenario load = [&](const std::filesystem::path& article) {
        return io::tryLoadInput(article, ctx.atlas(), ctx.inputDefaults());
    };
    std::vector<eval::ArticleResult> results;
    for (const auto& paths : *found) results.push_back(eval::evaluateArticle(paths, load, ctx.atlas(), options));

    const auto figures = eval::computeFigures(eval::sumScores(results));
    if (args.json) {
        std::fputs((eval::toJson(results, figures, bounds, args.explain).dump(2) + "\n").c_str(), stdout);
    } else {
        std::fputs(eval::formatTable(results, figures).c_str(), stdout);
        if (args.explain)
            for (const auto& r : results) std::fputs(("\n" + eval::formatExplanation(r)).c_str(), stdout);
    }
    std::fflush(stdout);
    int status = 0;
    for (const auto& r : results)
        if (!r.error.empty()) {
            std::fprintf(stderr, "salvo: error: %s\n", r.error.c_str());
            status = 1;
        }
    for (const auto& line : eval::brokenBounds(figures, bounds)) {
        std::fprintf(stderr, "salvo: error: %s\n", line.c_str());
        status = 1;
    }
    return status;
}

} // namespace salvo::app
