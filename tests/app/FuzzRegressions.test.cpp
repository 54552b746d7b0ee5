// Replays every input in tests/fuzz/regressions/<target>/ through the library functions its fuzzer drives, with the
// fuzzer's invariants, so that a crash once found by tools/fuzz stays fixed in the ordinary test run (no clang, no
// libFuzzer needed). Add a file there, named after what it broke, with each fix.
#include "extract/Extractor.hpp"
#include "scenario/Scenario.hpp"
#include "sim/SimTestSupport.hpp"
#include "text/Document.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <sstream>

using namespace salvo;
namespace fs = std::filesystem;

namespace {

const fs::path kRegressions = fs::path(SALVO_SOURCE_DIR) / "tests" / "fuzz" / "regressions";

std::vector<std::pair<std::string, std::string>> inputs(const char* target) {
    std::vector<std::pair<std::string, std::string>> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(kRegressions / target, ec)) {
        if (!e.is_regular_file() || e.path().filename().string().front() == '.') continue;
        std::ifstream in(e.path(), std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        out.emplace_back(e.path().filename().string(), ss.str());
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("FuzzRegressions: articles that once broke extraction now extract into a loadable scenario or one past the limits", "[app][fuzz]") {
    for (const auto& [name, bytes] : inputs("fuzz_article")) {
        INFO(name);
        auto doc = text::parseDocument(bytes);
        if (!doc) {
            CHECK_FALSE(doc.error().message.empty());
            continue;
        }
        const auto sc = extract::extractScenario(*doc, testsupport::realAtlas(), {.sourcePath = name, .sha256 = {}});
        const auto back = scenario::fromJson(scenario::toJson(sc));
        // Past the reader's limits ("11111111.111115 missiles" counts 11111111) the reader refuses, and so does the
        // loader, in one line; anything else must load back.
        const auto past = scenario::pastLimits(sc);
        CHECK(static_cast<bool>(back) == !past);
    }
}

TEST_CASE("FuzzRegressions: scenario texts that once broke the reader load or fail with a message", "[app][fuzz]") {
    for (const auto& [name, bytes] : inputs("fuzz_scenario_json")) {
        INFO(name);
        const auto r = scenario::fromJsonText(bytes);
        if (!r) {
            CHECK_FALSE(r.error().message.empty());
            continue;
        }
        const auto first = scenario::toJson(*r);
        const auto again = scenario::fromJsonText(first.dump());
        REQUIRE(static_cast<bool>(again));
        CHECK(scenario::toJson(*again) == first);
        Diagnostics diags;
        (void)scenario::applyOverrides(*r, &diags);
    }
}

TEST_CASE("FuzzRegressions: names that once broke the geocoder give ranked candidates in range", "[app][fuzz]") {
    for (const auto& [name, bytes] : inputs("fuzz_geocode")) {
        INFO(name);
        std::string_view q = bytes;
        atlas::LookupOptions opt;
        if (q.size() >= 3 && q[0] == '@') {
            opt.country = std::string(q.substr(1, 2));
            q.remove_prefix(3);
        }
        const auto hits = testsupport::realAtlas().lookup(q, opt);
        CHECK(hits.size() <= opt.limit);
        for (size_t i = 0; i < hits.size(); ++i) {
            CHECK(hits[i].pos.isValid());
            CHECK(std::isfinite(hits[i].score));
            if (i > 0) CHECK(hits[i].score <= hits[i - 1].score);
        }
    }
}

TEST_CASE("FuzzRegressions: the regression folders exist for every fuzz target", "[app][fuzz]") {
    for (const char* t : {"fuzz_article", "fuzz_scenario_json", "fuzz_geocode"})
        CHECK(fs::is_directory(kRegressions / t));
}
