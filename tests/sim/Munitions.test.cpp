#include "sim/Munitions.hpp"

#include "sim/SimTestSupport.hpp"

#include <catch2/catch.hpp>

using namespace salvo;

TEST_CASE("Munitions: the shipped catalogue loads and every number has a source", "[sim]") {
    const auto cat = testsupport::catalogue();
    REQUIRE(cat);
    CHECK(cat->types().size() >= 7);
    for (const auto& t : cat->types()) {
        CHECK(!t.speedSource.empty());
        CHECK(!t.altitudeSource.empty());
        CHECK(t.speedMinMps <= t.speedNominalMps);
        CHECK(t.speedNominalMps <= t.speedMaxMps);
    }
    const auto* cruise = cat->byKey("cruise_missile");
    REQUIRE(cruise);
    CHECK(cruise->speedIsEstimate()); // facts.md: no numeric speed found
    CHECK(cruise->speedMinMps == 240);
    CHECK(cruise->speedMaxMps == 270);
}

TEST_CASE("Munitions: text words find the leftmost, longest alias", "[sim]") {
    const auto cat = testsupport::catalogue();
    const auto key = [&](const char* words) {
        const auto* t = cat->find(words);
        return t ? t->key : std::string("(none)");
    };
    CHECK(key("cruise missiles") == "cruise_missile");
    CHECK(key("Kalibr cruise missiles") == "cruise_missile");
    CHECK(key("Tomahawk cruise missiles") == "land_attack_cruise_missile");
    CHECK(key("TLAMs") == "land_attack_cruise_missile");
    CHECK(key("ballistic missile") == "short_range_ballistic_missile");
    CHECK(key("medium-range ballistic missiles") == "medium_range_ballistic_missile");
    CHECK(key("drones") == "drone");
    CHECK(key("airstrikes") == "aircraft_sortie");
    CHECK(key("dronesque") == "(none)"); // whole words only
    CHECK(key("artillery shells") == "(none)");
}

TEST_CASE("Munitions: a catalogue without sources is rejected with the field named", "[sim]") {
    const auto r = sim::parseCatalogue(R"({"schema":"salvo.munitions/1","munitions":[{"key":"x","name":"X",
        "speed_mps":{"min":1,"nominal":2,"max":3},"altitude":{"shape":"cruise","cruise_m":10,"source":"s"}}]})",
                                       "test.json");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find("speed_mps.source") != std::string::npos);
    CHECK_FALSE(sim::parseCatalogue("{", "t.json").ok());
}
