// The GeoPackage export read back with GDAL (and SQLite through GDAL's SQL): layers and counts, DATETIME columns with
// milliseconds that a time-window filter can use, an R-tree per layer, QGIS's layer_styles, unique ids, NULLs, and
// GDAL's own GeoPackage validator where Debian ships it, and QGIS itself (python3-qgis) where it is installed.
#include "io/Export.hpp"

#include "io/ExportTestSupport.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <cstring>
#include <map>
#include <set>

using namespace salvo;
using namespace salvo::testsupport;

namespace {

struct Gpkg : ExportedDataset {
    Gpkg() : ExportedDataset(io::ExportFormat::GeoPackage, "salvo.gpkg", "GPKG", true) {}
    // Rows of a one-column SQL query, as text (NULL as "NULL").
    std::vector<std::string> sql(const std::string& query) {
        std::vector<std::string> out;
        OGRLayer* r = ds->ExecuteSQL(query.c_str(), nullptr, nullptr);
        REQUIRE(r);
        for (auto& f : *r) out.push_back(f->IsFieldSetAndNotNull(0) ? f->GetFieldAsString(0) : "NULL");
        ds->ReleaseResultSet(r);
        return out;
    }
};

const std::vector<const char*> kGeometryLayers{"places", "events", "routes", "tracks", "crash_zones", "corridors"};

} // namespace

TEST_CASE("ExportGpkg: the layers hold the simulation with lon/lat coordinates in EPSG:4326", "[io]") {
    const auto& s = exportScene();
    Gpkg g;
    std::map<std::string, GIntBig> counts;
    for (auto* l : g.ds->GetLayers()) counts[l->GetName()] = l->GetFeatureCount();
    CHECK(counts.size() == 7); // the six layers and layer_styles
    CHECK(counts["places"] == static_cast<GIntBig>(s.sc.places.size() + s.sim.launchAreas().size() +
                                                   s.sim.targetAreas().size()));
    CHECK(counts["events"] == 2);
    CHECK(counts["routes"] == 26);
    CHECK(counts["corridors"] == 26);
    CHECK(counts["layer_styles"] == 6);
    CHECK(counts["crash_zones"] == static_cast<GIntBig>(4 + s.sim.reportedSites().size() + s.ens.crashDensity.size()));
    GIntBig samples = 0;
    for (const auto& t : s.sim.tracks()) samples += static_cast<GIntBig>(io::detail::trackSampleTimes(t, 60).size());
    CHECK(counts["tracks"] == samples);

    OGRLayer& routes = g.layer("routes");
    routes.ResetReading();
    std::unique_ptr<OGRFeature> f(routes.GetNextFeature());
    REQUIRE(f);
    const auto* line = f->GetGeometryRef()->toLineString();
    CHECK(line->getX(0) == Approx(50.5).margin(1e-9));
    CHECK(line->getY(0) == Approx(38.5).margin(1e-9));
    REQUIRE(routes.GetSpatialRef());
    CHECK(std::string(routes.GetSpatialRef()->GetAuthorityCode(nullptr)) == "4326");
}

TEST_CASE("ExportGpkg: times are DATETIME columns with milliseconds that a time window selects", "[io]") {
    const auto& s = exportScene();
    Gpkg g;
    const std::map<std::string, std::vector<std::string>> timeFields{
        {"events", {"time_start", "time_end"}}, {"routes", {"launch_time", "end_time", "launch_window_start", "launch_window_end"}},
        {"tracks", {"time"}},
        {"crash_zones", {"time"}}, {"corridors", {"arrival_p05", "arrival_p50", "arrival_p95"}}};
    for (const auto& [layer, fields] : timeFields)
        for (const auto& field : fields) {
            INFO(layer << "." << field);
            OGRFeatureDefn* def = g.layer(layer.c_str()).GetLayerDefn();
            const int idx = def->GetFieldIndex(field.c_str());
            REQUIRE(idx >= 0);
            CHECK(def->GetFieldDefn(idx)->GetType() == OFTDateTime);
            CHECK(g.sql("SELECT type FROM pragma_table_info('" + layer + "') WHERE name = '" + field + "'") ==
                  std::vector<std::string>{"DATETIME"});
        }

    SECTION("a crash instant comes back to the millisecond") {
        const auto& t = s.sim.tracks()[crashedTracks(s.sim).front()];
        OGRLayer& routes = g.layer("routes");
        routes.SetAttributeFilter(("track_id = '" + t.id + "'").c_str());
        std::unique_ptr<OGRFeature> f(routes.GetNextFeature());
        REQUIRE(f);
        int y, mo, d, h, mi, tz;
        float sec;
        REQUIRE(f->GetFieldAsDateTime(f->GetFieldIndex("end_time"), &y, &mo, &d, &h, &mi, &sec, &tz));
        CHECK(tz == 100); // UTC
        const double back = utcFromParts(y, mo, d, h, mi, 0).unixSeconds + sec;
        CHECK(back == Approx(io::detail::ceilToMillisecond(t.endTime()).unixSeconds).margin(5e-4));
        CHECK(back >= t.endTime().unixSeconds - 1e-3);
    }
    SECTION("a launch known only to its day comes back as that day's window, the simulated time at its start") {
        const auto& t = s.sim.tracks()[1];
        REQUIRE(t.launchTimeApproximate);
        OGRLayer& routes = g.layer("routes");
        routes.SetAttributeFilter(("track_id = '" + t.id + "'").c_str());
        std::unique_ptr<OGRFeature> f(routes.GetNextFeature());
        REQUIRE(f);
        const auto read = [&](const char* field) {
            int y, mo, d, h, mi, tz;
            float sec;
            REQUIRE(f->GetFieldAsDateTime(f->GetFieldIndex(field), &y, &mo, &d, &h, &mi, &sec, &tz));
            return utcFromParts(y, mo, d, h, mi, 0).unixSeconds + sec;
        };
        const double start = read("launch_window_start"), end = read("launch_window_end");
        CHECK(end - start == Approx(86400).margin(1e-3));
        CHECK(read("launch_time") == Approx(start).margin(1e-3));
        CHECK(start == Approx(t.launchTime.unixSeconds).margin(1e-3)); // the stagger (10 s for munition 2) included
    }
    SECTION("a time window on tracks.time counts the samples the simulation has in it") {
        // What QGIS's temporal controller does, as SQL on the DATETIME column: [first launch + 5 min, + 10 min).
        const UtcTime from = s.sim.timeSpan().start + 300, to = from + 300;
        size_t expected = 0;
        for (const auto& t : s.sim.tracks())
            for (const UtcTime at : io::detail::trackSampleTimes(t, 60)) expected += at >= from && at < to;
        REQUIRE(expected > 0);
        OGRLayer& tracks = g.layer("tracks");
        const std::string where = "time >= '" + io::detail::isoMillis(from) + "' AND time < '" +
                                  io::detail::isoMillis(to) + "'";
        REQUIRE(tracks.SetAttributeFilter(where.c_str()) == OGRERR_NONE);
        CHECK(tracks.GetFeatureCount() == static_cast<GIntBig>(expected));
    }
}

TEST_CASE("ExportGpkg: every layer has an R-tree spatial index that holds its geometries", "[io]") {
    Gpkg g;
    for (const char* name : kGeometryLayers) {
        INFO(name);
        const std::string rtree = std::string("rtree_") + name + "_geom";
        CHECK(g.sql("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '" + rtree + "'") ==
              std::vector<std::string>{rtree});
        CHECK(g.sql("SELECT extension_name FROM gpkg_extensions WHERE table_name = '" + std::string(name) + "'") ==
              std::vector<std::string>{"gpkg_rtree_index"});
        const auto withGeometry = g.sql(std::string("SELECT COUNT(*) FROM \"") + name + "\" WHERE geom IS NOT NULL");
        CHECK(g.sql("SELECT COUNT(*) FROM \"" + rtree + "\"") == withGeometry);
    }
}

TEST_CASE("ExportGpkg: layer_styles gives every layer a default QGIS style that names its own fields", "[io]") {
    Gpkg g;
    OGRLayer& styles = g.layer("layer_styles");
    for (const char* field : {"f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column", "styleName",
                              "styleQML", "styleSLD", "useAsDefault", "description", "owner", "ui", "update_time"})
        CHECK(styles.GetLayerDefn()->GetFieldIndex(field) >= 0);
    std::set<std::string> styled;
    for (auto& f : styles) {
        const std::string table = f->GetFieldAsString("f_table_name");
        INFO(table);
        styled.insert(table);
        // QGIS looks a default style up by f_table_schema = '' (NULL would not match) and the geometry column.
        CHECK(f->IsFieldSetAndNotNull(f->GetFieldIndex("f_table_schema")));
        CHECK(std::string(f->GetFieldAsString("f_table_schema")).empty());
        CHECK(std::string(f->GetFieldAsString("f_geometry_column")) == g.layer(table.c_str()).GetGeometryColumn());
        CHECK(f->GetFieldAsInteger("useAsDefault") == 1);
        const std::string qml = f->GetFieldAsString("styleQML");
        CHECK(qml.find("<renderer-v2") != std::string::npos);
        CHECK(std::string(f->GetFieldAsString("styleSLD")).find("Symbolizer>") != std::string::npos);
        // Fields the style names (category attribute, temporal start/end) exist in the layer, times as DATETIME.
        OGRFeatureDefn* def = g.layer(table.c_str()).GetLayerDefn();
        for (const char* key : {"attr=\"", "startField=\"", "endField=\""}) {
            const size_t at = qml.find(key);
            if (at == std::string::npos) continue;
            const size_t from = at + std::strlen(key);
            const std::string field = qml.substr(from, qml.find('"', from) - from);
            if (field.empty()) continue;
            INFO(key << field);
            const int idx = def->GetFieldIndex(field.c_str());
            REQUIRE(idx >= 0);
            if (std::string(key) != "attr=\"") CHECK(def->GetFieldDefn(idx)->GetType() == OFTDateTime);
        }
    }
    CHECK(styled == std::set<std::string>(kGeometryLayers.begin(), kGeometryLayers.end()));
    SECTION("every outcome and kind written has a category of its own in the style") {
        const std::vector<std::pair<std::string, std::string>> categorized{
            {"routes", "outcome"}, {"crash_zones", "kind"}, {"places", "role"}};
        for (const auto& [table, field] : categorized) {
            const auto qml = g.sql("SELECT styleQML FROM layer_styles WHERE f_table_name = '" + table + "'");
            REQUIRE(qml.size() == 1);
            for (const auto& value : g.sql("SELECT DISTINCT " + field + " FROM " + table))
                CHECK(qml[0].find("<category value=\"" + value + "\"") != std::string::npos);
        }
    }
}

TEST_CASE("ExportGpkg: ids are unique and missing values are NULL, never ''", "[io]") {
    Gpkg g;
    // Regression: launch and target areas were written with the id of their place, a second row per id.
    const std::vector<std::pair<std::string, std::string>> keys{
        {"places", "id"}, {"events", "id"}, {"routes", "track_id"}, {"corridors", "track_id"}};
    for (const auto& [table, field] : keys) {
        INFO(table << "." << field);
        CHECK(g.sql("SELECT COUNT(DISTINCT " + field + ") = COUNT(*) FROM " + table) ==
              std::vector<std::string>{"1"});
        OGRFeatureDefn* def = g.layer(table.c_str()).GetLayerDefn();
        const int idx = def->GetFieldIndex(field.c_str());
        REQUIRE(idx >= 0);
        CHECK(def->GetFieldDefn(idx)->IsUnique());
    }
    for (auto* l : g.ds->GetLayers()) {
        if (std::string(l->GetName()) == "layer_styles") continue; // '' there is QGIS's convention
        OGRFeatureDefn* def = l->GetLayerDefn();
        for (int i = 0; i < def->GetFieldCount(); ++i) {
            if (def->GetFieldDefn(i)->GetType() != OFTString) continue;
            const std::string field = def->GetFieldDefn(i)->GetNameRef();
            INFO(l->GetName() << "." << field);
            CHECK(g.sql("SELECT COUNT(*) FROM \"" + std::string(l->GetName()) + "\" WHERE \"" + field + "\" = ''") ==
                  std::vector<std::string>{"0"});
        }
    }
    // The areas' rows have no country, the sites no track: NULL. Events without a count have NULL, not -1.
    CHECK(g.sql("SELECT COUNT(*) FROM places WHERE role != 'place' AND country IS NULL") ==
          g.sql("SELECT COUNT(*) FROM places WHERE role != 'place'"));
    CHECK(g.sql("SELECT COUNT(*) FROM crash_zones WHERE kind = 'reported_site' AND track_id IS NULL") ==
          g.sql("SELECT COUNT(*) FROM crash_zones WHERE kind = 'reported_site'"));
    CHECK(g.sql("SELECT COUNT(*) FROM events WHERE count < 0") == std::vector<std::string>{"0"});
}

TEST_CASE("ExportGpkg: GDAL's GeoPackage validator finds nothing to report", "[io]") {
    const char* script = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py";
    if (!std::filesystem::exists(script) || !std::filesystem::exists("/usr/bin/python3")) {
        WARN("test skipped: python3-gdal's validate_gpkg.py is not installed");
        return;
    }
    Gpkg g;
    g.ds.reset(); // closed, so the validator reads what is on disk
    const auto log = g.dir.path / "validate.log";
    const std::string cmd = std::string("/usr/bin/python3 ") + script + " --warning-as-error " + g.path.string() +
                            " > " + log.string() + " 2>&1";
    const int rc = std::system(cmd.c_str());
    INFO(io::readFile(log));
    CHECK(rc == 0);
}

TEST_CASE("ExportGpkg: QGIS opens every layer with its default style and time settings", "[io]") {
    // Where python3-qgis is installed (it is no build dependency), QGIS itself reads layer_styles and filters tracks
    // by time, as its temporal controller does.
    if (!std::filesystem::exists("/usr/lib/python3/dist-packages/qgis/core") ||
        !std::filesystem::exists("/usr/bin/python3")) {
        WARN("test skipped: python3-qgis is not installed");
        return;
    }
    const auto& s = exportScene();
    const UtcTime from = s.sim.timeSpan().start + 300, to = from + 300;
    size_t expected = 0;
    for (const auto& t : s.sim.tracks())
        for (const UtcTime at : io::detail::trackSampleTimes(t, 60)) expected += at >= from && at < to;
    Gpkg g;
    g.ds.reset();
    const auto script = std::filesystem::path(SALVO_FIXTURES_DIR).parent_path() / "io" / "qgis_default_styles.py";
    const auto log = g.dir.path / "qgis.log";
    const std::string cmd = "QT_QPA_PLATFORM=offscreen /usr/bin/python3 " + script.string() + " " + g.path.string() +
                            " " + io::detail::isoMillis(from) + " " + io::detail::isoMillis(to) + " " +
                            std::to_string(expected) + " > " + log.string() + " 2>&1";
    const int rc = std::system(cmd.c_str());
    INFO(io::readFile(log));
    CHECK(rc == 0);
}
