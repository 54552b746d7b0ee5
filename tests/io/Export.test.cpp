// The export dispatch, the CSV, the shared sampling, and what every format must agree on: times to the millisecond,
// crashed tracks ending on the ground at their crash instant, the same positions in CZML and CSV.
#include "io/Export.hpp"

#include "core/Error.hpp"
#include "io/ExportCommon.hpp"
#include "io/ExportTestSupport.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <array>
#include <map>
#include <optional>

using namespace salvo;
using namespace salvo::testsupport;

namespace {

const nlohmann::json& czmlPacket(const nlohmann::json& doc, const std::string& id) {
    for (const auto& p : doc)
        if (p["id"] == id) return p;
    FAIL("no CZML packet " << id);
    return doc[0];
}

// Position of a CZML LINEAR sampled position at t: lon, lat, height, then the heights of the two samples around t;
// nullopt outside the samples.
std::optional<std::array<double, 5>> czmlPositionAt(const nlohmann::json& packet, UtcTime t) {
    const auto& pos = packet["position"];
    const double x = t - parsedUtc(pos["epoch"].get<std::string>());
    const auto& s = pos["cartographicDegrees"];
    for (size_t k = 0; k + 4 < s.size(); k += 4) {
        const double t0 = s[k].get<double>(), t1 = s[k + 4].get<double>();
        if (x < t0 || x > t1) continue;
        const double f = t1 > t0 ? (x - t0) / (t1 - t0) : 0;
        std::array<double, 5> out{};
        for (size_t c = 0; c < 3; ++c) out[c] = s[k + 1 + c].get<double>() * (1 - f) + s[k + 5 + c].get<double>() * f;
        out[3] = s[k + 3].get<double>();
        out[4] = s[k + 7].get<double>();
        return out;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("Export: times are printed to the millisecond and samples lie on whole milliseconds", "[io]") {
    SECTION("a fraction of a second is kept, not rounded to the second") {
        CHECK(io::detail::isoMillis({1444178400.25}) == "2015-10-07T00:40:00.250Z");
        CHECK(io::detail::isoMillis({1444178400.0}) == "2015-10-07T00:40:00.000Z");
        CHECK(io::detail::isoMillis({1444178399.9996}) == "2015-10-07T00:40:00.000Z");
        CHECK(io::detail::isoMillis({-0.5}) == "1969-12-31T23:59:59.500Z");
    }
    SECTION("rounding up never gives an instant before the one asked") {
        for (const double t : {1444178400.0001, 1444178400.9999, 1444178400.0, 1444178400.123456789}) {
            const UtcTime c = io::detail::ceilToMillisecond({t});
            CHECK(c.unixSeconds >= t);
            CHECK(c.unixSeconds - t < 0.001);
            CHECK(io::detail::unixMillis(c) == static_cast<long long>(std::ceil(t * 1000 - 1e-6)));
        }
    }
    SECTION("a track's last sample is its end, rounded up, and the samples increase") {
        const auto& s = exportScene();
        for (const auto& t : s.sim.tracks()) {
            const auto times = io::detail::trackSampleTimes(t, 60);
            REQUIRE(times.size() >= 2);
            CHECK(times.front() == io::detail::ceilToMillisecond(t.launchTime));
            CHECK(times.back() == io::detail::ceilToMillisecond(t.endTime()));
            CHECK(times.back() >= t.endTime());
            CHECK(std::is_sorted(times.begin(), times.end()));
            CHECK(std::adjacent_find(times.begin(), times.end()) == times.end());
        }
    }
}

TEST_CASE("Export: a crashed track ends on the ground, phase crashed, at its crash instant in every format", "[io]") {
    // Regression (the sample, four crashed Kalibrs): two crashed tracks ended 100 m up with phase "cruise" in CZML,
    // KML and GeoPackage while the CSV said 0 m, crashed. Those formats sampled launch + (end − launch), which falls
    // a rounding error short of the end; the CSV sampled later instants.
    const auto& s = exportScene();
    const auto crashed = crashedTracks(s.sim);
    REQUIRE(crashed.size() == 4);
    const auto czml = nlohmann::json::parse(io::czmlText(s.sc, s.sim, nullptr, 60));
    const std::string kml = io::kmlText(s.sc, s.sim, nullptr, 60);
    const auto csv = parseCsv(io::csvText(s.sim, 60));
    for (const size_t i : crashed) {
        const auto& t = s.sim.tracks()[i];
        const LatLon crashPos = s.sim.stateAt(i, t.endTime()).pos;
        const UtcTime crashAt = io::detail::ceilToMillisecond(t.endTime());
        INFO(t.id);
        CHECK(s.sim.stateAt(i, t.endTime()).phase == sim::MunitionState::Crashed);
        CHECK(s.sim.stateAt(i, t.endTime()).altitudeMeters == 0);

        const auto& packet = czmlPacket(czml, "track/" + t.id);
        const auto& samples = packet["position"]["cartographicDegrees"];
        const size_t n = samples.size();
        CHECK(samples[n - 1].get<double>() == 0);                      // height
        CHECK(samples[n - 2].get<double>() == Approx(crashPos.lat).margin(1e-9));
        CHECK(samples[n - 3].get<double>() == Approx(crashPos.lon).margin(1e-9));
        CHECK((parsedUtc(packet["position"]["epoch"].get<std::string>()) + samples[n - 4].get<double>()).unixSeconds ==
              Approx(crashAt.unixSeconds).margin(1e-6));

        const size_t mark = kml.find("<value>track/" + t.id + "</value>");
        REQUIRE(mark != std::string::npos);
        const size_t trackEnd = kml.find("</gx:Track>", mark);
        const size_t lastCoord = kml.rfind("<gx:coord>", trackEnd);
        const size_t lastWhen = kml.rfind("<when>", trackEnd);
        double lon = 0, lat = 0, alt = -1;
        REQUIRE(std::sscanf(kml.c_str() + lastCoord, "<gx:coord>%lf %lf %lf", &lon, &lat, &alt) == 3);
        CHECK(alt == 0);
        CHECK(lat == Approx(crashPos.lat).margin(1e-7));
        CHECK(lon == Approx(crashPos.lon).margin(1e-7));
        CHECK(kml.substr(lastWhen + 6, 24) == io::detail::isoMillis(crashAt));

        size_t after = 0;
        for (const auto& row : csv)
            if (row.trackId == t.id && parsedUtc(row.time) >= crashAt) {
                ++after;
                CHECK(row.phase == "crashed");
                CHECK(row.altitudeMeters == 0);
                CHECK_FALSE(row.active);
            }
        CHECK(after > 0);
    }
}

TEST_CASE("Export: CZML interpolated at every CSV instant lies within 50 m of the CSV position", "[io]") {
    // 60 s samples at ~240 m/s are 14 km chords: linear interpolation in lon/lat strays a few metres from the geodesic.
    // An epoch off by half a second (times rounded to the second) would put CZML 120 m away.
    const auto& s = exportScene();
    const auto czml = nlohmann::json::parse(io::czmlText(s.sc, s.sim, nullptr, 60));
    const auto csv = parseCsv(io::csvText(s.sim, 60));
    std::map<std::string, const nlohmann::json*> packets;
    for (const auto& p : czml) packets[p["id"].get<std::string>()] = &p;
    size_t compared = 0;
    for (const auto& row : csv) {
        const auto it = packets.find("track/" + row.trackId);
        REQUIRE(it != packets.end());
        const auto pos = czmlPositionAt(*it->second, parsedUtc(row.time));
        if (!pos) continue; // before launch: CZML has no position, by its availability
        ++compared;
        INFO(row.trackId << " at " << row.time);
        const double metres = geodesy::distanceMeters({row.lat, row.lon}, {(*pos)[1], (*pos)[0]});
        CHECK(metres < 50);
        // Heights: the CSV's lies between the two CZML samples around it (a climb or dive between samples is not
        // linear in time, so the interpolated height may differ from it).
        CHECK(row.altitudeMeters >= std::min((*pos)[3], (*pos)[4]) - 0.1);
        CHECK(row.altitudeMeters <= std::max((*pos)[3], (*pos)[4]) + 0.1);
    }
    CHECK(compared > csv.size() / 2);
    // Both say the same four munitions end crashed on the ground.
    size_t csvCrashed = 0, czmlCrashed = 0;
    for (const auto& row : csv)
        csvCrashed += row.time == csv.back().time && row.phase == "crashed" && row.altitudeMeters == 0;
    for (const auto& p : czml)
        if (p.contains("properties") && p["properties"].value("outcome", "") == "crashed")
            czmlCrashed += p["position"]["cartographicDegrees"].back().get<double>() == 0;
    CHECK(csvCrashed == 4);
    CHECK(czmlCrashed == 4);
}

TEST_CASE("Export: CSV has one row per munition per step, times to the millisecond", "[io]") {
    const auto& s = exportScene();
    const std::string csv = io::csvText(s.sim, 60);
    const size_t rows = static_cast<size_t>(std::count(csv.begin(), csv.end(), '\n')) - 1;
    CHECK(rows == 26 * io::detail::globalSampleTimes(s.sim, 60).size());
    CHECK(csv.rfind("time,track_id,event_id,active,phase,lat,lon", 0) == 0);
    CHECK(csv.find(",launch-1/1,launch-1,1,boost,38.5000000,50.5000000") != std::string::npos);
    const auto parsedRows = parseCsv(csv);
    REQUIRE_FALSE(parsedRows.empty());
    CHECK(parsedRows.front().time.size() == 24); // "2015-10-07T00:40:00.000Z"
    CHECK(parsedUtc(parsedRows.back().time) == io::detail::exportSpan(s.sim).end);
}

TEST_CASE("Export: GeoPackage refuses standard output and a missing directory, leaving nothing", "[io]") {
    const auto& s = exportScene();
    ScratchDir dir("export");
    CHECK_THROWS_AS(io::exportSimulation("-", io::ExportFormat::GeoPackage, s.sc, s.sim, nullptr, 60), Error);
    CHECK_THROWS_AS(io::exportSimulation(dir.path / "nope" / "x.gpkg", io::ExportFormat::GeoPackage, s.sc, s.sim,
                                         nullptr, 60),
                    Error);
    CHECK(std::filesystem::is_empty(dir.path));
}

TEST_CASE("Export: format names and extensions", "[io]") {
    CHECK(io::exportFormatFromString("GPKG") == io::ExportFormat::GeoPackage);
    CHECK(io::exportFormatFromPath("a/b.czml") == io::ExportFormat::Czml);
    CHECK_FALSE(io::exportFormatFromString("shp"));
}
