// The KML export: gx:Track per munition read back by GDAL's LIBKML driver, shared Styles, a description per
// placemark, TimeStamps on crashes and impacts, relativeToGround altitudes, and the Monte Carlo products.
#include "io/Export.hpp"

#include "io/ExportTestSupport.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

using namespace salvo;
using namespace salvo::testsupport;

namespace {

// Every text between `open` and `close`, in order.
std::vector<std::string> between(const std::string& text, const std::string& open, const std::string& close) {
    std::vector<std::string> out;
    for (size_t at = text.find(open); at != std::string::npos; at = text.find(open, at + 1)) {
        const size_t from = at + open.size(), to = text.find(close, from);
        if (to == std::string::npos) break;
        out.push_back(text.substr(from, to - from));
    }
    return out;
}

struct Kml : ExportedDataset {
    std::string text = io::readFile(path);
    explicit Kml(bool withEnsemble) : ExportedDataset(io::ExportFormat::Kml, "salvo.kml", "LIBKML", withEnsemble) {}
};

} // namespace

TEST_CASE("ExportKml: one gx:Track per munition, altitudes relative to the ground, read by GDAL", "[io]") {
    Kml k(false);
    CHECK(k.text.find("<gx:coord>50.5000000 38.5000000") != std::string::npos);
    const auto modes = between(k.text, "<gx:Track><altitudeMode>", "</altitudeMode>");
    CHECK(modes.size() == 26);
    CHECK(std::all_of(modes.begin(), modes.end(), [](const std::string& m) { return m == "relativeToGround"; }));
    OGRLayer& tracks = k.layer("tracks");
    CHECK(tracks.GetFeatureCount() == 26);
    tracks.ResetReading();
    std::unique_ptr<OGRFeature> f(tracks.GetNextFeature());
    REQUIRE(f);
    REQUIRE(f->GetGeometryRef());
    const auto* g = f->GetGeometryRef();
    const OGRLineString* line = wkbFlatten(g->getGeometryType()) == wkbLineString ? g->toLineString()
                              : wkbFlatten(g->getGeometryType()) == wkbMultiLineString
                                    ? g->toMultiLineString()->getGeometryRef(0)
                                    : nullptr;
    REQUIRE(line);
    CHECK(line->getX(0) == Approx(50.5).margin(1e-6));
    CHECK(line->getY(0) == Approx(38.5).margin(1e-6));
    CHECK_FALSE(std::string(f->GetFieldAsString("description")).empty());
}

TEST_CASE("ExportKml: every placemark has a description and a style the document defines", "[io]") {
    Kml k(true);
    const auto placemarks = between(k.text, "<Placemark>", "</Placemark>");
    REQUIRE(placemarks.size() > 26);
    const auto defined = between(k.text, "<Style id=\"", "\"");
    const std::set<std::string> styles(defined.begin(), defined.end());
    CHECK(styles.size() == defined.size());
    for (const auto& p : placemarks) {
        const auto description = between(p, "<description>", "</description>");
        const auto styleUrl = between(p, "<styleUrl>#", "</styleUrl>");
        INFO(p.substr(0, 120));
        REQUIRE(description.size() == 1);
        CHECK(description[0].size() > 10);
        REQUIRE(styleUrl.size() == 1);
        CHECK(styles.count(styleUrl[0]) == 1);
    }
    // Style colours are aabbggrr: the crashed track's red (230, 60, 40) reads ff283ce6.
    CHECK(k.text.find("<Style id=\"track_crashed\"><IconStyle><color>c8283ce6</color>") != std::string::npos);
    CHECK(k.text.find("<LineStyle><color>ff283ce6</color>") != std::string::npos);
}

TEST_CASE("ExportKml: crashes and impacts carry a TimeStamp at their instant, read back by GDAL", "[io]") {
    const auto& s = exportScene();
    Kml k(false);
    std::map<std::string, std::pair<std::string, UtcTime>> ends; // object id → (layer, instant)
    for (const auto& t : s.sim.tracks()) {
        const bool crashed = t.outcome == sim::Outcome::Crashed;
        ends[(crashed ? "crash/" : "impact/") + t.id] = {crashed ? "crashes" : "impacts",
                                                         io::detail::ceilToMillisecond(t.endTime())};
    }
    size_t found = 0;
    for (const char* name : {"crashes", "impacts"}) {
        OGRLayer& l = k.layer(name);
        CHECK(l.GetFeatureCount() == (std::string(name) == "crashes" ? 4 : 22));
        const int ts = l.GetLayerDefn()->GetFieldIndex("timestamp");
        REQUIRE(ts >= 0);
        for (auto& f : l) {
            const std::string id = f->GetFieldAsString("object_id");
            INFO(id);
            REQUIRE(ends.count(id) == 1);
            CHECK(ends[id].first == name);
            int y, mo, d, h, mi, tz;
            float sec;
            REQUIRE(f->GetFieldAsDateTime(ts, &y, &mo, &d, &h, &mi, &sec, &tz));
            CHECK(utcFromParts(y, mo, d, h, mi, 0).unixSeconds + sec ==
                  Approx(ends[id].second.unixSeconds).margin(5e-4));
            ++found;
        }
    }
    CHECK(found == 26);
}

TEST_CASE("ExportKml: the Monte Carlo corridors and crash density are folders of their own", "[io]") {
    const auto& s = exportScene();
    Kml without(false);
    CHECK(without.ds->GetLayerByName("corridors") == nullptr);
    Kml k(true);
    OGRLayer& corridors = k.layer("corridors");
    CHECK(corridors.GetFeatureCount() == 26);
    for (auto& f : corridors) {
        const auto* g = f->GetGeometryRef();
        REQUIRE(g);
        REQUIRE(wkbFlatten(g->getGeometryType()) == wkbPolygon);
        const OGRLinearRing* ring = g->toPolygon()->getExteriorRing();
        std::vector<LatLon> pts;
        for (int i = 0; i < ring->getNumPoints(); ++i) pts.push_back({ring->getY(i), ring->getX(i)});
        CHECK(io::detail::signedArea2(pts) > 0); // counter-clockwise
        CHECK_FALSE(std::string(f->GetFieldAsString("arrival_p50")).empty());
    }
    CHECK(k.layer("crash_density").GetFeatureCount() == static_cast<GIntBig>(s.ens.crashDensity.size()));
}
