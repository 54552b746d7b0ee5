// The CZML export parsed against CZML's documented structure (a document packet with version and clock first; every
// other packet an entity with a unique id; intervals "start/stop" in ISO 8601; sampled positions as an epoch and
// [seconds, lon, lat, height] quadruples): names and descriptions, millisecond availability and clock covering every
// sample, and the Monte Carlo products.
#include "io/Export.hpp"

#include "io/ExportTestSupport.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <set>

using namespace salvo;
using namespace salvo::testsupport;

namespace {

TimeInterval interval(const nlohmann::json& value) {
    const std::string s = value.get<std::string>();
    const size_t slash = s.find('/');
    REQUIRE(slash != std::string::npos);
    return {parsedUtc(s.substr(0, slash)), parsedUtc(s.substr(slash + 1))};
}

} // namespace

TEST_CASE("ExportCzml: a document packet, then entities each with a unique id, a name and a description", "[io]") {
    const auto& s = exportScene();
    const auto j = nlohmann::json::parse(io::czmlText(s.sc, s.sim, &s.ens, 30));
    REQUIRE(j.is_array());
    REQUIRE(j.size() > 1);
    CHECK(j[0]["id"] == "document");
    CHECK(j[0]["version"] == "1.0");
    CHECK(j[0]["clock"]["multiplier"].get<double>() >= 1);
    std::set<std::string> ids;
    std::map<std::string, size_t> kinds;
    for (size_t i = 1; i < j.size(); ++i) {
        const auto& p = j[i];
        const std::string id = p["id"];
        INFO(id);
        CHECK(ids.insert(id).second);
        CHECK_FALSE(p["name"].get<std::string>().empty());
        CHECK(p["description"].get<std::string>().size() > 10);
        ++kinds[id.substr(0, id.find('/'))];
    }
    CHECK(kinds["track"] == 26);
    CHECK(kinds["crash"] == 4);
    CHECK(kinds["impact"] == 22);
    CHECK(kinds["place"] == s.sc.places.size());
    CHECK(kinds["corridor"] == 26);
    CHECK(kinds["crash_density"] == s.ens.crashDensity.size());
    const auto& m = j[1];
    CHECK(m["id"] == "track/" + s.sim.tracks()[0].id);
    const auto& samples = m["position"]["cartographicDegrees"];
    REQUIRE(samples.size() % 4 == 0);
    CHECK(samples[0].get<double>() == 0);
    CHECK(samples[1].get<double>() == Approx(50.5)); // lon
    CHECK(samples[2].get<double>() == Approx(38.5)); // lat
    CHECK(m["path"]["leadTime"] == 0);
    CHECK(m["path"]["trailTime"].get<double>() > 0);
}

TEST_CASE("ExportCzml: the clock and every availability cover the last impact to the millisecond", "[io]") {
    // Regression: times rounded to the second stopped the clock before the last impact, and Cesium had no position
    // at a crash time.
    const auto& s = exportScene();
    const auto j = nlohmann::json::parse(io::czmlText(s.sc, s.sim, nullptr, 30));
    const TimeInterval clock = interval(j[0]["clock"]["interval"]);
    const TimeInterval span = s.sim.timeSpan();
    CHECK(clock.start >= span.start);
    CHECK(clock.start - span.start < 1e-3);
    CHECK(clock.end >= span.end); // the last impact is inside the clock
    CHECK(clock.end - span.end < 1e-3);
    CHECK(j[0]["clock"]["interval"].get<std::string>().find(".") != std::string::npos);
    CHECK(parsedUtc(j[0]["clock"]["currentTime"].get<std::string>()) == clock.start);

    std::map<std::string, size_t> trackIndex;
    for (size_t i = 0; i < s.sim.tracks().size(); ++i) trackIndex["track/" + s.sim.tracks()[i].id] = i;
    size_t checked = 0;
    for (const auto& p : j) {
        const auto it = trackIndex.find(p["id"].get<std::string>());
        if (it == trackIndex.end()) continue;
        const auto& t = s.sim.tracks()[it->second];
        INFO(t.id);
        const TimeInterval avail = interval(p["availability"]);
        const auto& samples = p["position"]["cartographicDegrees"];
        const UtcTime epoch = parsedUtc(p["position"]["epoch"].get<std::string>());
        // The samples span exactly the availability, which holds the launch and the end and lies in the clock.
        CHECK((epoch + samples[0].get<double>()).unixSeconds == Approx(avail.start.unixSeconds).margin(1e-6));
        CHECK((epoch + samples[samples.size() - 4].get<double>()).unixSeconds ==
              Approx(avail.end.unixSeconds).margin(1e-6));
        CHECK(avail.start >= t.launchTime);
        CHECK(avail.start - t.launchTime < 1e-3);
        CHECK(avail.end >= t.endTime());
        CHECK(avail.end - t.endTime() < 1e-3);
        CHECK(avail.start >= clock.start);
        CHECK(avail.end <= clock.end);
        for (size_t k = 4; k < samples.size(); k += 4) CHECK(samples[k].get<double>() > samples[k - 4].get<double>());
        ++checked;
    }
    CHECK(checked == 26);
}

TEST_CASE("ExportCzml: crash and impact points appear at their instant, where the tracks end", "[io]") {
    const auto& s = exportScene();
    const auto j = nlohmann::json::parse(io::czmlText(s.sc, s.sim, nullptr, 30));
    std::map<std::string, const nlohmann::json*> byId;
    for (const auto& p : j) byId[p["id"].get<std::string>()] = &p;
    for (size_t i = 0; i < s.sim.tracks().size(); ++i) {
        const auto& t = s.sim.tracks()[i];
        const bool crashed = t.outcome == sim::Outcome::Crashed;
        const std::string id = (crashed ? "crash/" : "impact/") + t.id;
        INFO(id);
        REQUIRE(byId.count(id) == 1);
        const auto& p = *byId[id];
        CHECK(interval(p["availability"]).start == io::detail::ceilToMillisecond(t.endTime()));
        const auto& track = (*byId["track/" + t.id])["position"]["cartographicDegrees"];
        const auto& at = p["position"]["cartographicDegrees"];
        CHECK(at[0].get<double>() == Approx(track[track.size() - 3].get<double>()).margin(1e-9));
        CHECK(at[1].get<double>() == Approx(track[track.size() - 2].get<double>()).margin(1e-9));
    }
}

TEST_CASE("ExportCzml: Monte Carlo corridors are ground polygons with their arrival spread", "[io]") {
    const auto& s = exportScene();
    const auto without = nlohmann::json::parse(io::czmlText(s.sc, s.sim, nullptr, 30));
    for (const auto& p : without) CHECK_FALSE(p.contains("polygon"));
    const auto j = nlohmann::json::parse(io::czmlText(s.sc, s.sim, &s.ens, 30));
    size_t corridors = 0;
    for (const auto& p : j) {
        if (!p.contains("polygon")) continue;
        ++corridors;
        const auto& pos = p["polygon"]["positions"]["cartographicDegrees"];
        CHECK(pos.size() % 3 == 0);
        CHECK(pos.size() >= 9);
        const auto& props = p["properties"];
        CHECK(parsedUtc(props["arrival_p05"].get<std::string>()) <= parsedUtc(props["arrival_p50"].get<std::string>()));
        CHECK(parsedUtc(props["arrival_p50"].get<std::string>()) <= parsedUtc(props["arrival_p95"].get<std::string>()));
        CHECK(p["description"].get<std::string>().find("Monte Carlo") != std::string::npos);
    }
    CHECK(corridors == 26);
}
