#pragma once
// Report: the scores of a set of articles as `salvo eval` prints them — a table (one row per article, then totals),
// the overall figures, the per-article explanation, the same as one JSON object, and the --min / --max bounds a run
// is held to. Figures are ratios of summed tallies (so a long article weighs more than a short one), or counts.
//   auto figures = salvo::eval::computeFigures(salvo::eval::sumScores(results));
//   std::cout << salvo::eval::formatTable(results, figures);
#include "eval/Score.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace salvo::eval {

struct ArticleResult {
    std::string article;   // the .txt path as given
    std::string gold;      // the .gold.json path
    std::string error;     // why it could not be scored (extraction or gold file); empty when scored
    ArticleScore score;
};

struct Figure {
    std::string name;             // "places.recall"
    std::optional<double> value;  // none when there is nothing to measure (0 of 0)
    bool isRatio = true;          // a ratio in 0..1, or a count (numbers.invented, origins.invented)
    std::string detail;           // "56/90", shown beside the value
};

// Summed tallies of the scored articles (articles with an error are left out).
ArticleScore sumScores(const std::vector<ArticleResult>& results);
std::vector<Figure> computeFigures(const ArticleScore& totals);
const Figure* findFigure(const std::vector<Figure>& figures, std::string_view name);

// "places.recall=0.7": a lower (--min) or upper (--max) bound on a figure.
struct Bound {
    std::string figure;
    double value = 0;
    bool isMax = false;
};
// A figure name the report does not have, or a value that is not a number, is a diagnostic naming the figures.
Result<Bound> parseBound(std::string_view text, bool isMax);
// One line per bound the figures break ("events.full is 0.05, below the minimum 0.10"); a figure with nothing to
// measure breaks no bound.
std::vector<std::string> brokenBounds(const std::vector<Figure>& figures, const std::vector<Bound>& bounds);

std::string formatTable(const std::vector<ArticleResult>& results, const std::vector<Figure>& figures);
// What each article missed and read wrongly, grouped by section, one line per item.
std::string formatExplanation(const ArticleResult& result);
nlohmann::json toJson(const std::vector<ArticleResult>& results, const std::vector<Figure>& figures,
                      const std::vector<Bound>& bounds, bool withExplanation);

} // namespace salvo::eval
