// The GeoJSON export against RFC 7946 and the simplestyle-spec, and read back by GDAL's GeoJSON driver.
#include "io/Export.hpp"

#include "io/ExportTestSupport.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <regex>
#include <set>

using namespace salvo;
using namespace salvo::testsupport;

namespace {

size_t countLayer(const nlohmann::json& fc, const std::string& layer) {
    size_t n = 0;
    for (const auto& f : fc["features"]) n += f["properties"]["layer"] == layer;
    return n;
}

// Twice the signed area of a GeoJSON ring ([lon, lat] pairs): > 0 counter-clockwise.
double signedArea2(const nlohmann::json& ring) {
    double a = 0;
    for (size_t i = 0; i + 1 < ring.size(); ++i)
        a += ring[i][0].get<double>() * ring[i + 1][1].get<double>() -
             ring[i + 1][0].get<double>() * ring[i][1].get<double>();
    return a;
}

} // namespace

TEST_CASE("ExportGeoJson: longitude first, every layer present, read back by OGR, nothing left behind", "[io]") {
    const auto& s = exportScene();
    ScratchDir dir("export");
    const auto out = dir.path / "salvo.geojson";
    io::exportSimulation(out, io::ExportFormat::GeoJson, s.sc, s.sim, &s.ens, 60);
    const auto j = nlohmann::json::parse(io::readFile(out));
    CHECK(j["type"] == "FeatureCollection");
    CHECK_FALSE(j.contains("crs"));
    CHECK(countLayer(j, "route") == 26);
    CHECK(countLayer(j, "crash") == 4);
    CHECK(countLayer(j, "impact") == 22);
    CHECK(countLayer(j, "corridor") == 26);
    CHECK(countLayer(j, "crash_density") == s.ens.crashDensity.size());
    CHECK(countLayer(j, "place") == s.sc.places.size());
    for (const auto& f : j["features"])
        if (f["properties"]["layer"] == "route") {
            const auto& first = f["geometry"]["coordinates"][0];
            CHECK(first[0].get<double>() == Approx(50.5).margin(1e-9)); // longitude first (RFC 7946)
            CHECK(first[1].get<double>() == Approx(38.5).margin(1e-9));
            break;
        }
    auto ds = openVector(out, {"GeoJSON"});
    REQUIRE(ds);
    REQUIRE(ds->GetLayerCount() == 1);
    OGRLayer* layer = ds->GetLayer(0);
    CHECK(layer->GetFeatureCount() == static_cast<GIntBig>(j["features"].size()));
    // GDAL takes the string ids as a field "id": all there, all different.
    std::set<std::string> ids;
    for (auto& f : *layer) ids.insert(f->GetFieldAsString("id"));
    CHECK(ids.size() == j["features"].size());
    CHECK(ids.count("track/" + s.sim.tracks()[0].id) == 1);
    size_t files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path)) ++files;
    CHECK(files == 1);
}

TEST_CASE("ExportGeoJson: every feature has a unique id, a title, a description and simplestyle properties", "[io]") {
    const auto& s = exportScene();
    const auto j = nlohmann::json::parse(io::geoJsonText(s.sc, s.sim, &s.ens));
    const std::regex colour("#[0-9a-f]{6}");
    std::set<std::string> ids;
    for (const auto& f : j["features"]) {
        REQUIRE(f.contains("id"));
        INFO(f["id"]);
        CHECK(ids.insert(f["id"].get<std::string>()).second);
        const auto& p = f["properties"];
        CHECK_FALSE(p["title"].get<std::string>().empty());
        CHECK_FALSE(p["description"].get<std::string>().empty());
        const std::string type = f["geometry"]["type"];
        if (type == "Point") {
            CHECK(std::regex_match(p["marker-color"].get<std::string>(), colour));
            CHECK(p["marker-size"].is_string());
        } else {
            CHECK(std::regex_match(p["stroke"].get<std::string>(), colour));
            CHECK(p["stroke-width"].get<double>() > 0);
            CHECK(p["stroke-opacity"].get<double>() <= 1);
        }
        if (type == "Polygon") {
            CHECK(std::regex_match(p["fill"].get<std::string>(), colour));
            CHECK(p["fill-opacity"].get<double>() > 0);
            CHECK(p["fill-opacity"].get<double>() < 1);
        }
        for (const auto& [key, value] : p.items()) {
            INFO(key);
            CHECK(value != ""); // a missing value is null
        }
    }
    SECTION("crashed and reached tracks are drawn in different colours") {
        std::set<std::string> colours;
        for (const auto& f : j["features"])
            if (f["properties"]["layer"] == "route") colours.insert(f["properties"]["stroke"].get<std::string>());
        CHECK(colours.size() == 2);
    }
}

TEST_CASE("ExportGeoJson: polygon rings follow RFC 7946's right-hand rule and close", "[io]") {
    const auto& s = exportScene();
    const auto j = nlohmann::json::parse(io::geoJsonText(s.sc, s.sim, &s.ens));
    size_t polygons = 0;
    for (const auto& f : j["features"]) {
        if (f["geometry"]["type"] != "Polygon") continue;
        ++polygons;
        const auto& rings = f["geometry"]["coordinates"];
        INFO(f["id"]);
        for (size_t r = 0; r < rings.size(); ++r) {
            REQUIRE(rings[r].size() >= 4);
            CHECK(rings[r].front() == rings[r].back());
            if (r == 0) CHECK(signedArea2(rings[r]) > 0); // exterior counter-clockwise
            else CHECK(signedArea2(rings[r]) < 0);        // holes clockwise
        }
    }
    CHECK(polygons == 26);
    SECTION("a corridor flown the other way round is oriented the same") {
        sim::TrackEnvelope e;
        e.left = {{0, 0}, {0, 1}, {0, 2}};
        e.right = {{-0.1, 0}, {-0.1, 1}, {-0.1, 2}}; // an eastward flight; swapped below, a westward one
        CHECK(io::detail::signedArea2(io::detail::corridorRing(e)) > 0);
        std::swap(e.left, e.right);
        CHECK(io::detail::signedArea2(io::detail::corridorRing(e)) > 0);
    }
}

TEST_CASE("ExportGeoJson: times carry milliseconds and a crash point sits at the route's end", "[io]") {
    const auto& s = exportScene();
    const auto j = nlohmann::json::parse(io::geoJsonText(s.sc, s.sim, nullptr));
    CHECK(countLayer(j, "corridor") == 0);
    const std::regex iso(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)");
    std::map<std::string, nlohmann::json> routeEnd;
    for (const auto& f : j["features"]) {
        const auto& p = f["properties"];
        if (p["layer"] == "route") {
            CHECK(std::regex_match(p["launch_time"].get<std::string>(), iso));
            CHECK(std::regex_match(p["end_time"].get<std::string>(), iso));
            routeEnd[p["track_id"]] = f["geometry"]["coordinates"].back();
        }
    }
    for (const auto& f : j["features"]) {
        if (f["properties"]["layer"] != "crash") continue;
        const auto& p = f["properties"];
        CHECK(std::regex_match(p["time"].get<std::string>(), iso));
        CHECK(f["geometry"]["coordinates"] == routeEnd.at(p["track_id"]));
    }
}
