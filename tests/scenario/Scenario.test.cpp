// The scenario file format: every field a scenario file holds survives a load and a save, and a scenario built by
// extraction (with assumptions, overrides, claims, diagnostics) survives a save and a load unchanged.
#include "atlas/AtlasFixture.hpp"
#include "extract/Extractor.hpp"
#include "io/Files.hpp"
#include "scenario/Scenario.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

using namespace salvo;
namespace fs = std::filesystem;

namespace {

// Every path of a leaf value in j ("events/0/time/start"), for naming what a round trip lost.
void leafPaths(const nlohmann::json& j, const std::string& at, std::vector<std::string>& out) {
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) leafPaths(it.value(), at + "/" + it.key(), out);
    } else if (j.is_array()) {
        for (size_t i = 0; i < j.size(); ++i) leafPaths(j[i], at + "/" + std::to_string(i), out);
    } else {
        out.push_back(at);
    }
}

} // namespace

TEST_CASE("Scenario JSON: every field of every fixture file survives a load and a save", "[scenario]") {
    for (const auto& entry : fs::directory_iterator(fs::path(SALVO_FIXTURES_DIR) / "scenarios")) {
        if (entry.path().extension() != ".json") continue;
        INFO(entry.path().filename().string());
        const auto original = nlohmann::json::parse(io::readFile(entry.path(), 16u << 20));
        const auto loaded = scenario::fromJson(original);
        REQUIRE(loaded);
        const auto saved = scenario::toJson(*loaded);
        std::vector<std::string> paths;
        leafPaths(original, "", paths);
        REQUIRE(paths.size() > 20);
        for (const auto& p : paths) {
            INFO(p);
            const nlohmann::json::json_pointer ptr(p);
            REQUIRE(saved.contains(ptr));
            if (original.at(ptr).is_number() && saved.at(ptr).is_number())
                CHECK(saved.at(ptr).get<double>() == Approx(original.at(ptr).get<double>()));
            else
                CHECK(saved.at(ptr) == original.at(ptr));
        }
    }
}

TEST_CASE("Scenario JSON: an extracted scenario with assumptions and overrides saves and loads unchanged",
          "[scenario]") {
    const std::string text = "Strike report\n\nby Test Desk October 08, 2015\n\nRussian warships in the Caspian Sea "
                             "launched 26 cruise missiles at 11 targets in Syria on Wednesday, the Russian Defense "
                             "Ministry said. Four of the missiles crashed in Iran, a U.S. official said.\n";
    auto doc = text::parseDocument(text);
    REQUIRE(doc);
    auto sc = extract::extractScenario(*doc, test::worldAtlas(), {"report.txt", "abc"});
    REQUIRE_FALSE(sc.events.empty());
    REQUIRE_FALSE(sc.claims.empty());
    scenario::Assumption speed{"munition.speed_mps", 250.0, "m/s", 240.0, 270.0, "test: a bounded speed",
                               sc.events.front().id};
    sc.assumptions.push_back(speed);
    const auto first = scenario::toJson(sc);
    const auto back = scenario::fromJsonText(first.dump(2));
    REQUIRE(back);
    CHECK(scenario::toJson(*back) == first);
    REQUIRE(back->assumptions.size() == sc.assumptions.size());
    const auto& a = back->assumptions.back();
    CHECK(a.key == "munition.speed_mps");
    CHECK(a.min == 240.0);
    CHECK(a.max == 270.0);
    CHECK(a.appliesTo == sc.events.front().id);
    CHECK(back->source.sha256 == "abc");
    CHECK(back->events.size() == sc.events.size());
    CHECK(back->places.size() == sc.places.size());
}

TEST_CASE("Scenario limits: pastLimits names what the reader would refuse, and only that", "[scenario]") {
    scenario::Scenario sc;
    scenario::Event e;
    e.id = "e1";
    e.kind = "launch";
    e.count = static_cast<int>(scenario::kMaxCount);
    sc.events.push_back(e);
    CHECK_FALSE(scenario::pastLimits(sc));
    sc.events[0].count = static_cast<int>(scenario::kMaxCount) + 1;
    const auto past = scenario::pastLimits(sc);
    REQUIRE(past);
    CHECK(past->find("event e1 counts 1000001") != std::string::npos);
    sc.events[0].count = -1;
    CHECK(scenario::pastLimits(sc));
    sc.events[0].count = 3;
    sc.claims.resize(scenario::kMaxListItems + 1);
    const auto tooMany = scenario::pastLimits(sc);
    REQUIRE(tooMany);
    CHECK(tooMany->find("5001 claims") != std::string::npos);
}
