#include "io/Export.hpp"

#include "core/Error.hpp"
#include "io/ExportCommon.hpp"
#include "io/Files.hpp"
#include "sim/SimTestSupport.hpp"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <map>
#include <random>

using namespace salvo;
using namespace salvo::testsupport;

namespace {

struct TempDir {
    std::filesystem::path path;
    TempDir() {
        path = std::filesystem::temp_directory_path() /
               ("salvo-export-" + std::to_string(std::random_device{}()) + "-" + std::to_string(::getpid()));
        std::filesystem::create_directories(path);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
};

struct Scene {
    scenario::Scenario sc = fixture("caspian-2015.json");
    sim::Simulation sim = sim::simulate(sc, realAtlas(), options(), nullptr);
    sim::Ensemble ens = sim::runEnsemble(sim, 200, 7, 2);
};

const Scene& scene() {
    static const Scene s;
    return s;
}

struct Closer {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};
std::unique_ptr<GDALDataset, Closer> openVector(const std::filesystem::path& p, std::vector<const char*> drivers) {
    GDALAllRegister();
    drivers.push_back(nullptr);
    return std::unique_ptr<GDALDataset, Closer>(static_cast<GDALDataset*>(
        GDALOpenEx(p.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers.data(), nullptr, nullptr)));
}

size_t countLayer(const std::string& text, const std::string& layer) {
    const auto j = nlohmann::json::parse(text);
    size_t n = 0;
    for (const auto& f : j["features"]) n += f["properties"]["layer"] == layer;
    return n;
}

} // namespace

TEST_CASE("Export: GeoJSON puts longitude first and is read back by OGR", "[io]") {
    const auto& s = scene();
    TempDir dir;
    const auto out = dir.path / "salvo.geojson";
    io::exportSimulation(out, io::ExportFormat::GeoJson, s.sc, s.sim, &s.ens, 60);
    const std::string text = io::readFile(out);
    const auto j = nlohmann::json::parse(text);
    CHECK(j["type"] == "FeatureCollection");
    CHECK(countLayer(text, "route") == 26);
    CHECK(countLayer(text, "crash") == 4);
    CHECK(countLayer(text, "corridor") == 26);
    CHECK(countLayer(text, "place") == s.sc.places.size());
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
    CHECK(ds->GetLayer(0)->GetFeatureCount() == static_cast<GIntBig>(j["features"].size()));
    // No temporary left behind.
    size_t files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path)) ++files;
    CHECK(files == 1);
}

TEST_CASE("Export: GeoPackage has the six layers with the right counts and lon/lat coordinates", "[io]") {
    const auto& s = scene();
    TempDir dir;
    const auto out = dir.path / "salvo.gpkg";
    io::exportSimulation(out, io::ExportFormat::GeoPackage, s.sc, s.sim, &s.ens, 60);
    auto ds = openVector(out, {"GPKG"});
    REQUIRE(ds);
    std::map<std::string, GIntBig> counts;
    for (int i = 0; i < ds->GetLayerCount(); ++i)
        counts[ds->GetLayer(i)->GetName()] = ds->GetLayer(i)->GetFeatureCount();
    CHECK(counts.size() == 6);
    CHECK(counts["places"] == static_cast<GIntBig>(s.sc.places.size() + s.sim.launchAreas().size() +
                                                   s.sim.targetAreas().size()));
    CHECK(counts["events"] == 2);
    CHECK(counts["routes"] == 26);
    CHECK(counts["corridors"] == 26);
    CHECK(counts["crash_zones"] >= 4 + 1);
    GIntBig samples = 0;
    for (const auto& t : s.sim.tracks()) samples += static_cast<GIntBig>(io::detail::trackSampleOffsets(t, 60).size());
    CHECK(counts["tracks"] == samples);

    OGRLayer* routes = ds->GetLayerByName("routes");
    routes->ResetReading();
    std::unique_ptr<OGRFeature> f(routes->GetNextFeature());
    REQUIRE(f);
    const auto* line = f->GetGeometryRef()->toLineString();
    CHECK(line->getX(0) == Approx(50.5).margin(1e-9));
    CHECK(line->getY(0) == Approx(38.5).margin(1e-9));
    const auto* srs = routes->GetSpatialRef();
    REQUIRE(srs);
    CHECK(std::string(srs->GetAuthorityCode(nullptr)) == "4326");

    SECTION("standard output is refused for GeoPackage") {
        CHECK_THROWS_AS(io::exportSimulation("-", io::ExportFormat::GeoPackage, s.sc, s.sim, nullptr, 60), Error);
    }
    SECTION("a missing directory fails before writing anything") {
        CHECK_THROWS_AS(io::exportSimulation(dir.path / "nope" / "x.gpkg", io::ExportFormat::GeoPackage, s.sc, s.sim,
                                             nullptr, 60),
                        Error);
    }
}

TEST_CASE("Export: KML gx:Track is read by GDAL with one feature per munition", "[io]") {
    const auto& s = scene();
    TempDir dir;
    const auto out = dir.path / "salvo.kml";
    io::exportSimulation(out, io::ExportFormat::Kml, s.sc, s.sim, nullptr, 60);
    const std::string text = io::readFile(out);
    CHECK(text.find("<gx:Track>") != std::string::npos);
    CHECK(text.find("<gx:coord>50.5000000 38.5000000") != std::string::npos);
    auto ds = openVector(out, {"LIBKML", "KML"});
    REQUIRE(ds);
    OGRLayer* tracks = ds->GetLayerByName("tracks");
    REQUIRE(tracks);
    CHECK(tracks->GetFeatureCount() == 26);
    tracks->ResetReading();
    std::unique_ptr<OGRFeature> f(tracks->GetNextFeature());
    REQUIRE(f);
    REQUIRE(f->GetGeometryRef());
    OGRPoint first;
    const auto* g = f->GetGeometryRef();
    const OGRLineString* line = wkbFlatten(g->getGeometryType()) == wkbLineString ? g->toLineString()
                              : wkbFlatten(g->getGeometryType()) == wkbMultiLineString
                                    ? g->toMultiLineString()->getGeometryRef(0)
                                    : nullptr;
    REQUIRE(line);
    CHECK(line->getX(0) == Approx(50.5).margin(1e-6));
    CHECK(line->getY(0) == Approx(38.5).margin(1e-6));
}

TEST_CASE("Export: CZML has a clocked document and a sampled position per munition", "[io]") {
    const auto& s = scene();
    const auto j = nlohmann::json::parse(io::czmlText(s.sc, s.sim, 30));
    REQUIRE(j.is_array());
    REQUIRE(j.size() == 1 + 26 + s.sc.places.size());
    CHECK(j[0]["id"] == "document");
    CHECK(j[0]["version"] == "1.0");
    const auto span = s.sim.timeSpan();
    CHECK(j[0]["clock"]["interval"] == formatIsoUtc(span.start) + "/" + formatIsoUtc(span.end));
    CHECK(j[0]["clock"]["multiplier"].get<double>() >= 1);
    const auto& m = j[1];
    CHECK(m["id"] == s.sim.tracks()[0].id);
    CHECK(m["position"]["epoch"] == formatIsoUtc(s.sim.tracks()[0].launchTime));
    const auto& samples = m["position"]["cartographicDegrees"];
    REQUIRE(samples.size() % 4 == 0);
    CHECK(samples[0].get<double>() == 0);
    CHECK(samples[1].get<double>() == Approx(50.5)); // lon
    CHECK(samples[2].get<double>() == Approx(38.5)); // lat
    CHECK(m["availability"].get<std::string>().find('/') != std::string::npos);
    CHECK(m["path"]["leadTime"] == 0);
    CHECK(m["path"]["trailTime"].get<double>() > 0);
}

TEST_CASE("Export: CSV has one row per munition per step", "[io]") {
    const auto& s = scene();
    const std::string csv = io::csvText(s.sim, 60);
    const size_t rows = static_cast<size_t>(std::count(csv.begin(), csv.end(), '\n')) - 1;
    CHECK(rows == 26 * io::detail::globalSampleTimes(s.sim, 60).size());
    CHECK(csv.rfind("time,track_id,event_id,active,phase,lat,lon", 0) == 0);
    CHECK(csv.find(",launch-1/1,launch-1,1,boost,38.5000000,50.5000000") != std::string::npos);
}

TEST_CASE("Export: format names and extensions", "[io]") {
    CHECK(io::exportFormatFromString("GPKG") == io::ExportFormat::GeoPackage);
    CHECK(io::exportFormatFromPath("a/b.czml") == io::ExportFormat::Czml);
    CHECK_FALSE(io::exportFormatFromString("shp"));
}
