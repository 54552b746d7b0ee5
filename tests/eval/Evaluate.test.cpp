// `salvo eval` end to end: finding annotated articles, scoring the development corpus through the real atlas, and the
// command's exit statuses. The corpus floors are loose on purpose: the reader is being improved, and CI's own
// minimums (.ci/run) track the current figures.
#include "eval/Evaluate.hpp"

#include "app/SalvoProcess.hpp"
#include "atlas/AtlasFixture.hpp"
#include "io/Catalogue.hpp"
#include "io/InputLoader.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace salvo;
using Catch::Matchers::Contains;

namespace {

const std::string kCorpus = std::string(SALVO_SOURCE_DIR) + "/tests/corpus";
const std::string kSample = std::string(SALVO_SOURCE_DIR) + "/samples/voa-2015-10-08-russian-missiles-crash-in-iran.txt";

double figure(const std::vector<eval::Figure>& figures, const char* name) {
    const auto* f = eval::findFigure(figures, name);
    REQUIRE(f);
    REQUIRE(f->value);
    return *f->value;
}

} // namespace

TEST_CASE("Evaluate: a folder gives its articles that have a gold beside them, sorted", "[eval]") {
    const auto found = eval::findArticles({kCorpus, kSample});
    REQUIRE(found.ok());
    REQUIRE(found->size() == 21);
    CHECK(found->front().article.filename() == "01_dod_1991_dhahran_scud_review.txt");
    CHECK(found->front().gold.filename() == "01_dod_1991_dhahran_scud_review.gold.json");
    CHECK(found->back().gold.filename() == "voa-2015-10-08-russian-missiles-crash-in-iran.gold.json");
    SECTION("a path named twice is scored once") {
        CHECK(eval::findArticles({kSample, kSample})->size() == 1);
    }
    SECTION("a missing path, a gold-less article and a folder without articles are errors naming the path") {
        testsupport::ScratchDir dir("eval-find");
        std::ofstream(dir.path / "lonely.txt") << "A report\n";
        CHECK_THAT(eval::findArticles({(dir.path / "nope").string()}).error().message, Contains("no such file"));
        CHECK_THAT(eval::findArticles({(dir.path / "lonely.txt").string()}).error().message, Contains("lonely.gold.json"));
        CHECK_THAT(eval::findArticles({dir.path.string()}).error().message, Contains("no .txt article"));
    }
}

TEST_CASE("Evaluate: the development corpus and the sample score above loose floors through the real atlas", "[eval]") {
    const auto found = eval::findArticles({kCorpus, kSample});
    REQUIRE(found.ok());
    sim::SimOptions options;
    options.catalogue = io::loadCatalogue(io::findDataDir());
    std::vector<eval::ArticleResult> results;
    for (const auto& paths : *found) {
        const auto load = [](const std::filesystem::path& p) { return io::tryLoadInput(p, test::worldAtlas()); };
        results.push_back(eval::evaluateArticle(paths, load, test::worldAtlas(), options));
        INFO(results.back().article);
        CHECK(results.back().error.empty());
    }
    const auto totals = eval::sumScores(results);
    CHECK(totals.places.recall.total == 120);   // the gold itself: 20 reports and the sample
    CHECK(totals.events.gold == 41);
    const auto figures = eval::computeFigures(totals);
    CHECK(figure(figures, "places.recall") >= 0.5);
    CHECK(figure(figures, "places.precision") >= 0.6);
    CHECK(figure(figures, "counts.recall") >= 0.7);
    CHECK(figure(figures, "events.part") >= 0.3);
    SECTION("the bundled sample's launch from the Caspian is replayed") {
        CHECK(results.back().score.events.launches.hits == 1);
    }
}

TEST_CASE("Evaluate: salvo eval exits 1 below a minimum, 2 for a bad one, and prints JSON on request", "[eval]") {
    testsupport::RunOptions opt;
    opt.env = {{"SALVO_DATA_DIR", testsupport::dataDir().string()}};
    SECTION("a minimum no reader reaches") {
        const auto r = testsupport::runSalvo({"eval", kSample, "--min", "places.recall=1.5"}, opt);
        CHECK(r.exitCode == 1);
        CHECK_THAT(r.stderrText, Contains("salvo: error: places.recall is") && Contains("below the minimum 1.5"));
        CHECK_THAT(r.stdoutText, Contains("voa-2015-10-08-russian-missiles-crash-in-iran"));
    }
    SECTION("an unknown figure is a usage error") {
        const auto r = testsupport::runSalvo({"eval", kSample, "--min", "places.recal=0.5"}, opt);
        CHECK(r.exitCode == 2);
        CHECK_THAT(r.stderrText, Contains("unknown figure"));
    }
    SECTION("--json with --explain is one object with the figures and the explanation") {
        const auto r = testsupport::runSalvo({"eval", "--json", "--explain", kSample, "--min", "places.recall=0"}, opt);
        REQUIRE(r.exitCode == 0);
        const auto j = nlohmann::json::parse(r.stdoutText);
        CHECK(j["articles"].size() == 1);
        CHECK(j["figures"]["places.recall"].is_number());
        CHECK(j["articles"][0].contains("explain"));
        CHECK(j["bounds"][0]["ok"] == true);
    }
}
