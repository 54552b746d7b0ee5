#include "io/InputLoader.hpp"

#include "sim/SimTestSupport.hpp"

#include <catch2/catch.hpp>

using namespace salvo;
using namespace salvo::testsupport;

namespace {

const io::InputDefaults& defaults() {
    static const auto d = io::loadInputDefaults(dataDir());
    return d;
}

size_t launchPoints(const scenario::Scenario& s) {
    size_t n = 0;
    for (const auto& a : s.assumptions) n += a.key == "launch.point";
    return n;
}

} // namespace

TEST_CASE("InputLoader: the input defaults are both catalogues from the data directory", "[io]") {
    REQUIRE(defaults().munitions);
    REQUIRE(defaults().launchAreas);
    CHECK(defaults().munitions->byKey("cruise_missile"));
    CHECK(!defaults().launchAreas->entries().empty());
}

TEST_CASE("InputLoader: an article's launch with no stated origin gets a default launch area, marked as assumed",
          "[io]") {
    // A made-up one-line report: actor, munition and target, no launch area.
    const std::string article = "Russia launched 12 Kalibr cruise missiles at Odesa on Monday.\n";
    const auto in = io::loadInputBytes(article, "kalibr.txt", realAtlas(), defaults());
    REQUIRE(in.kind == io::InputKind::Article);
    const scenario::Event* launch = nullptr;
    for (const auto& e : in.scenario.events)
        if (e.kind == "launch") launch = &e;
    REQUIRE(launch);
    CHECK_FALSE(launch->from.has_value());
    const scenario::Assumption* a = in.scenario.assumption("launch.point", launch->id);
    REQUIRE(a);
    CHECK(a->appliesTo == launch->id);
    CHECK(a->source.find("default launch area for ") == 0);
    CHECK(a->source.find("(assumption, not reported)") != std::string::npos);
    CHECK(a->value.at("radius_m").get<double>() > 0);
    bool noted = false;
    for (const auto& d : in.scenario.diagnostics) noted = noted || d.code == "origin.assumed";
    CHECK(noted);

    SECTION("without defaults the scenario is extract's alone") {
        const auto bare = io::loadInputBytes(article, "kalibr.txt", realAtlas());
        CHECK(launchPoints(bare.scenario) == 0);
    }
    SECTION("a scenario file is the analyst's: read as it is, nothing added") {
        auto edited = in.scenario;
        edited.assumptions.clear();
        const auto back = io::loadInputBytes(scenario::toJson(edited).dump(), "kalibr.json", realAtlas(), defaults());
        REQUIRE(back.kind == io::InputKind::Scenario);
        CHECK(launchPoints(back.scenario) == 0);
    }
}
