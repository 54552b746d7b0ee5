#include "sim/LaunchAreas.hpp"

#include "sim/SimTestSupport.hpp"

#include <catch2/catch.hpp>

using namespace salvo;

namespace {

const sim::LaunchAreaCatalogue& shipped() {
    static const auto c = io::loadLaunchAreas(testsupport::dataDir(), *testsupport::catalogue());
    return *c;
}

// The first area's name of the entry matched for this actor and these words, or "(none)".
std::string matched(const char* actor, const char* words) {
    const auto* e = shipped().match(actor, words, *testsupport::catalogue());
    return e ? e->areas.front().name : std::string("(none)");
}

// The error message for a catalogue that holds only this entry.
std::string rejection(const std::string& entry) {
    const auto r = sim::parseLaunchAreas(R"({"schema":"salvo.launch_areas/1","entries":[)" + entry + "]}",
                                         "test-areas.json", *testsupport::catalogue());
    REQUIRE_FALSE(r.ok());
    return r.error().message;
}

} // namespace

TEST_CASE("LaunchAreas: the shipped catalogue loads and every area has a source and a radius", "[sim]") {
    REQUIRE(shipped().entries().size() >= 8);
    for (const auto& e : shipped().entries()) {
        CHECK(!e.actors.empty());
        REQUIRE(!e.areas.empty());
        for (const auto& a : e.areas) {
            CHECK(!a.name.empty());
            CHECK(a.source.size() > 20);
            CHECK(a.centre.isValid());
            CHECK(a.radiusMeters > 0);
            CHECK(a.radiusMeters <= 2000e3);
        }
    }
}

TEST_CASE("LaunchAreas: an actor and munition words find the most specific entry", "[sim]") {
    SECTION("Kalibr is sea-launched, Kh-101 air-launched, a plain cruise missile either") {
        CHECK(matched("RU", "Kalibr cruise missile") == "Black Sea (Black Sea Fleet, off Crimea and Novorossiysk)");
        CHECK(matched("RU", "Kh-101 cruise missile") == "Volgodonsk area (Tu-95MS launch zone)");
        CHECK(matched("RU", "cruise missile") == "Black Sea (Black Sea Fleet, off Crimea and Novorossiysk)");
        CHECK(matched("ru", "Kalibrs") == "Black Sea (Black Sea Fleet, off Crimea and Novorossiysk)");
    }
    SECTION("group actors match as whole words, a coalition is not its leader") {
        CHECK(matched("Houthi rebels", "ballistic missile") ==
              "Houthi-controlled north-western Yemen (Sanaa, Saada, Hodeidah)");
        CHECK(matched("US", "Tomahawk cruise missile") == "Eastern Mediterranean");
        CHECK(matched("US-led coalition", "Tomahawk cruise missile") == "(none)");
    }
    SECTION("a munition outside the entry's classes, an unknown actor or no words match nothing") {
        CHECK(matched("RU", "Scud ballistic missile") == "(none)");
        CHECK(matched("FR", "Kalibr cruise missile") == "(none)");
        CHECK(matched("RU", "") == "(none)");
        CHECK(matched("", "Kalibr cruise missile") == "(none)");
    }
    SECTION("Gaza rockets by a group or by demonym") {
        CHECK(matched("Hamas", "rocket") == "Gaza Strip");
        CHECK(matched("PS", "Qassam rockets") == "Gaza Strip");
    }
}

TEST_CASE("LaunchAreas: an entry of names alone matches munitions the munitions catalogue does not know", "[sim]") {
    const auto r = sim::parseLaunchAreas(R"({"schema":"salvo.launch_areas/1","entries":[{"actors":["XX"],
        "names":["zircon"],"areas":[{"name":"Z","lat":69,"lon":33,"radius_km":50,"source":"s"}]}]})",
                                         "t.json", *testsupport::catalogue());
    REQUIRE(r.ok());
    const auto& cat = *testsupport::catalogue();
    CHECK(cat.find("Zircon hypersonic weapon") == nullptr);
    REQUIRE(r->match("XX", "Zircon hypersonic weapon", cat));
    CHECK(r->match("XX", "Zircon hypersonic weapon", cat)->areas.front().name == "Z");
    CHECK(r->match("XX", "hypersonic weapon", cat) == nullptr);
}

TEST_CASE("LaunchAreas: a bad catalogue is rejected with the file and the field named", "[sim]") {
    const std::string area = R"("name":"A","lat":10,"lon":20,"radius_km":50,"source":"s")";
    SECTION("a radius of zero") {
        const auto m = rejection(R"({"actors":["RU"],"munitions":["drone"],"areas":[{"name":"A","lat":10,"lon":20,
            "radius_km":0,"source":"s"}]})");
        CHECK(m.find("test-areas.json") != std::string::npos);
        CHECK(m.find("$.entries[0].areas[0].radius_km") != std::string::npos);
    }
    SECTION("an area without a source") {
        const auto m = rejection(R"({"actors":["RU"],"munitions":["drone"],"areas":[{"name":"A","lat":10,"lon":20,
            "radius_km":5}]})");
        CHECK(m.find("$.entries[0].areas[0].source") != std::string::npos);
    }
    SECTION("a munition key the munitions catalogue does not have") {
        const auto m = rejection(R"({"actors":["RU"],"munitions":["hypersonic_glider"],"areas":[{)" + area + "}]}");
        CHECK(m.find("$.entries[0].munitions[0]") != std::string::npos);
        CHECK(m.find("hypersonic_glider") != std::string::npos);
    }
    SECTION("a latitude out of range") {
        const auto m = rejection(R"({"actors":["RU"],"munitions":["drone"],"areas":[{"name":"A","lat":95,"lon":20,
            "radius_km":5,"source":"s"}]})");
        CHECK(m.find("$.entries[0].areas[0].lat") != std::string::npos);
    }
    SECTION("an entry that would match every munition") {
        const auto m = rejection(R"({"actors":["RU"],"areas":[{)" + area + "}]}");
        CHECK(m.find("$.entries[0]") != std::string::npos);
    }
    SECTION("another schema, and malformed JSON") {
        const auto r = sim::parseLaunchAreas(R"({"schema":"salvo.munitions/1","entries":[]})", "t.json",
                                             *testsupport::catalogue());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find("$.schema") != std::string::npos);
        CHECK_FALSE(sim::parseLaunchAreas("{", "t.json", *testsupport::catalogue()).ok());
    }
}
