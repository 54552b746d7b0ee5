// Figures, bounds and the two output forms of `salvo eval`.
#include "eval/Report.hpp"

#include <catch2/catch.hpp>

using namespace salvo;
using Catch::Matchers::Contains;

namespace {

eval::ArticleResult result(int found, int gold, int inventedOrigins) {
    eval::ArticleResult r;
    r.article = "tests/corpus/01_x.txt";
    r.gold = "tests/corpus/01_x.gold.json";
    r.score.places.recall = {found, gold};
    r.score.events.inventedOrigins = inventedOrigins;
    r.score.findings.push_back({eval::Finding::Section::PlaceMissed, "Kisik (city): not read"});
    return r;
}

} // namespace

TEST_CASE("Report: figures are ratios of summed tallies", "[eval]") {
    const std::vector<eval::ArticleResult> results = {result(1, 4, 0), result(3, 4, 2)};
    const auto figures = eval::computeFigures(eval::sumScores(results));
    const auto* recall = eval::findFigure(figures, "places.recall");
    REQUIRE(recall);
    REQUIRE(recall->value);
    CHECK(*recall->value == Approx(0.5));
    CHECK(*eval::findFigure(figures, "origins.invented")->value == 2);
    SECTION("nothing to measure is no value, not zero") {
        CHECK_FALSE(eval::findFigure(figures, "launches.replayed")->value);
    }
    SECTION("an article that could not be scored adds nothing") {
        auto withError = results;
        withError.push_back(result(0, 10, 5));
        withError.back().error = "x.txt: invalid UTF-8 at byte 3";
        CHECK(*eval::findFigure(eval::computeFigures(eval::sumScores(withError)), "places.recall")->value == Approx(0.5));
    }
}

TEST_CASE("Report: bounds", "[eval]") {
    const auto figures = eval::computeFigures(eval::sumScores({result(1, 4, 2)}));
    SECTION("a minimum above the figure and a maximum below it are broken, one line each") {
        const auto min = eval::parseBound("places.recall=0.3", false);
        const auto max = eval::parseBound("origins.invented=1", true);
        REQUIRE(min.ok());
        REQUIRE(max.ok());
        const auto broken = eval::brokenBounds(figures, {*min, *max});
        REQUIRE(broken.size() == 2);
        CHECK_THAT(broken[0], Contains("places.recall is 0.250") && Contains("below the minimum 0.3"));
        CHECK_THAT(broken[1], Contains("above the maximum 1"));
    }
    SECTION("a bound equal to the figure holds") {
        CHECK(eval::brokenBounds(figures, {*eval::parseBound("places.recall=0.25", false)}).empty());
    }
    SECTION("an unknown figure and a value that is not a number are refused, naming the figures") {
        const auto unknown = eval::parseBound("places.recal=0.3", false);
        REQUIRE_FALSE(unknown.ok());
        CHECK_THAT(unknown.error().message, Contains("unknown figure 'places.recal'") && Contains("events.full"));
        CHECK_FALSE(eval::parseBound("events.full=high", false).ok());
        CHECK_FALSE(eval::parseBound("events.full", false).ok());
        CHECK_FALSE(eval::parseBound("events.full=", false).ok());
    }
}

TEST_CASE("Report: the table, the explanation and the JSON say the same", "[eval]") {
    const std::vector<eval::ArticleResult> results = {result(1, 4, 0)};
    const auto figures = eval::computeFigures(eval::sumScores(results));
    CHECK_THAT(eval::formatTable(results, figures), Contains("01_x") && Contains("1/4") && Contains("places.recall"));
    CHECK_THAT(eval::formatExplanation(results[0]), Contains("== 01_x") && Contains("place missed") && Contains("Kisik"));
    const auto j = eval::toJson(results, figures, {*eval::parseBound("places.recall=0.5", false)}, true);
    CHECK(j["schema"] == "salvo.eval/1");
    CHECK(j["articles"][0]["places"]["found"] == 1);
    CHECK(j["articles"][0]["explain"]["place missed"][0] == "Kisik (city): not read");
    CHECK(j["figures"]["places.recall"] == 0.25);
    CHECK(j["bounds"][0]["ok"] == false);
}
