// KML 2.2 with the gx extension. The Document opens with one shared Style per kind of object (ExportCommon's
// palette; KML colours read aabbggrr); every Placemark names its style and has a description.
//  - tracks: one Placemark per munition holding a gx:Track (parallel <when> and <gx:coord> lists; gx:coord is
//    "lon lat alt", space-separated, as Google's schema defines it), altitudeMode relativeToGround because the
//    model's altitudes are metres above ground; the last coordinate is the end (0 m for a crash).
//  - crashes and impacts: Points with a TimeStamp at the end instant, so Google Earth's time slider shows them then.
//  - places, launch/target areas, reported sites: Points, one Folder (= one GDAL layer) per kind.
//  - with an ensemble: corridors (Polygons, exterior ring counter-clockwise, clamped to the ground) and the crash
//    density (Points), each with its figures in the description and ExtendedData.
#include "io/Export.hpp"

#include "io/ExportCommon.hpp"

#include <cstdio>

namespace salvo::io {

namespace {

using detail::StyleKind;

std::string coord(LatLon p, double altitudeMeters) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%.7f,%.7f,%.1f", p.lon, p.lat, altitudeMeters);
    return buf;
}

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

std::string data(std::string_view name, std::string_view value) {
    return "<Data name=\"" + detail::xmlEscape(name) + "\"><value>" + detail::xmlEscape(value) + "</value></Data>";
}

std::string styles() {
    std::string k;
    for (const StyleKind s : detail::kStyleKinds) {
        const auto stroke = detail::strokeColour(s), fill = detail::fillColour(s);
        k += "<Style id=\"" + std::string(detail::styleName(s)) + "\"><IconStyle><color>" + detail::kmlColour(fill) +
             "</color><scale>" + (s == StyleKind::CrashDensity ? "0.5" : "0.8") +
             "</scale><Icon><href>http://maps.google.com/mapfiles/kml/shapes/shaded_dot.png</href></Icon></IconStyle>"
             "<LineStyle><color>" + detail::kmlColour(stroke) + "</color><width>" + number(detail::strokeWidthPx(s)) +
             "</width></LineStyle><PolyStyle><color>" + detail::kmlColour(fill) + "</color></PolyStyle></Style>\n";
    }
    return k;
}

struct Mark {
    std::string id, name, description;
    StyleKind style = StyleKind::Place;
    std::string extended;   // <Data> elements
    std::string timeStamp;  // ISO instant, or empty
};

std::string openPlacemark(const Mark& m) {
    // The object id goes into ExtendedData, not the id attribute: an XML ID may not hold the '/' of "track/e1/1".
    std::string k = "<Placemark><name>" + detail::xmlEscape(m.name) + "</name><description>" + detail::xmlEscape(m.description) +
                    "</description>";
    if (!m.timeStamp.empty()) k += "<TimeStamp><when>" + m.timeStamp + "</when></TimeStamp>";
    return k + "<styleUrl>#" + std::string(detail::styleName(m.style)) + "</styleUrl><ExtendedData>" +
           data("object_id", m.id) + m.extended + "</ExtendedData>";
}

std::string point(const Mark& m, LatLon p) {
    return openPlacemark(m) + "<Point><altitudeMode>relativeToGround</altitudeMode><coordinates>" + coord(p, 0) +
           "</coordinates></Point></Placemark>\n";
}

std::string tracks(const sim::Simulation& sim, double stepSeconds) {
    std::string k = "<Folder><name>tracks</name>\n";
    char buf[128];
    for (size_t i = 0; i < sim.tracks().size(); ++i) {
        const auto& t = sim.tracks()[i];
        const auto times = detail::trackSampleTimes(t, stepSeconds);
        k += openPlacemark({detail::objectId("track", t.id), t.id, detail::describeTrack(t),
                            detail::trackStyle(t.outcome),
                   data("event_id", t.eventId) + data("munition", t.munitionName) +
                       data("outcome", sim::toString(t.outcome)) + data("length_m", number(t.lengthMeters())) +
                       data("launch_time", detail::isoMillis(times.front())) +
                       data("end_time", detail::isoMillis(times.back())) +
                       data("launch_window_start",
                            detail::isoMillis(detail::ceilToMillisecond(t.launchWindow.start))) +
                       data("launch_window_end", detail::isoMillis(detail::ceilToMillisecond(t.launchWindow.end))),
                   {}}) +
             "\n<gx:Track><altitudeMode>relativeToGround</altitudeMode>\n";
        for (const UtcTime at : times) k += "<when>" + detail::isoMillis(at) + "</when>";
        k += "\n";
        for (const UtcTime at : times) {
            const auto s = sim.stateAt(i, at);
            std::snprintf(buf, sizeof buf, "<gx:coord>%.7f %.7f %.1f</gx:coord>", s.pos.lon, s.pos.lat,
                          s.altitudeMeters);
            k += buf;
        }
        k += "\n</gx:Track></Placemark>\n";
    }
    return k + "</Folder>\n";
}

std::string ends(const sim::Simulation& sim, sim::Outcome outcome) {
    const bool crashed = outcome == sim::Outcome::Crashed;
    std::string k;
    for (size_t i = 0; i < sim.tracks().size(); ++i) {
        const auto& t = sim.tracks()[i];
        if (t.outcome != outcome) continue;
        const UtcTime end = detail::ceilToMillisecond(t.endTime());
        k += point({detail::objectId(crashed ? "crash" : "impact", t.id), (crashed ? "crash " : "impact ") + t.id,
                    detail::describeEnd(t), crashed ? StyleKind::Crash : StyleKind::Impact,
                    data("track_id", t.id) + data("time", detail::isoMillis(end)) +
                        data("distance_m", number(t.endMeters())),
                    detail::isoMillis(end)},
                   sim.stateAt(i, end).pos);
    }
    if (k.empty()) return k;
    return "<Folder><name>" + std::string(crashed ? "crashes" : "impacts") + "</name>\n" + k + "</Folder>\n";
}

std::string placesAndAreas(const scenario::Scenario& sc, const sim::Simulation& sim) {
    std::string k = "<Folder><name>places</name>\n";
    for (const auto& p : sc.places)
        k += point({detail::objectId("place", p.id), p.name, detail::describePlace(p), StyleKind::Place,
                    data("place_id", p.id) + data("kind", p.kind) + data("radius_m", number(p.radiusMeters)), {}},
                   p.pos);
    k += "</Folder>\n<Folder><name>areas</name>\n";
    const auto ids = detail::areaIds(sim);
    size_t n = 0;
    for (const auto* areas : {&sim.launchAreas(), &sim.targetAreas()})
        for (const auto& a : *areas) {
            const bool launch = a.role == sim::Area::Role::Launch;
            k += point({ids[n++], (launch ? "launch: " : "target: ") + a.name, detail::describeArea(a),
                        launch ? StyleKind::LaunchArea : StyleKind::TargetArea,
                        data("role", launch ? "launch" : "target") + data("rule", a.rule) +
                            data("radius_m", number(a.radiusMeters)),
                        {}},
                       a.nominal);
        }
    k += "</Folder>\n";
    if (sim.reportedSites().empty()) return k;
    k += "<Folder><name>reported_sites</name>\n";
    for (size_t i = 0; i < sim.reportedSites().size(); ++i) {
        const auto& s = sim.reportedSites()[i];
        k += point({detail::objectId("reported_site", std::to_string(i + 1)), "reported: " + s.name,
                    detail::describeSite(s), StyleKind::ReportedSite,
                    data("event_id", s.eventId) + data("radius_m", number(s.radiusMeters)), {}},
                   s.pos);
    }
    return k + "</Folder>\n";
}

std::string ensemble(const sim::Ensemble& ens) {
    std::string k = "<Folder><name>corridors</name>\n";
    for (const auto& env : ens.tracks) {
        const auto ring = detail::corridorRing(env);
        if (ring.empty()) continue;
        k += openPlacemark({detail::objectId("corridor", env.trackId), "corridor " + env.trackId,
                            detail::describeCorridor(env, ens),
                   StyleKind::Corridor,
                   data("track_id", env.trackId) + data("runs", std::to_string(ens.runs)) +
                       data("arrival_p05", detail::isoMillis({env.arrivalP05})) +
                       data("arrival_p50", detail::isoMillis({env.arrivalP50})) +
                       data("arrival_p95", detail::isoMillis({env.arrivalP95})),
                   {}}) +
             "<Polygon><tessellate>1</tessellate><altitudeMode>clampToGround</altitudeMode><outerBoundaryIs><LinearRing>"
             "<coordinates>";
        for (const auto& p : ring) k += coord(p, 0) + " ";
        k += "</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>\n";
    }
    k += "</Folder>\n<Folder><name>crash_density</name>\n";
    for (size_t i = 0; i < ens.crashDensity.size(); ++i) {
        const auto& d = ens.crashDensity[i];
        k += point({detail::objectId("crash_density", std::to_string(i + 1)), "crash density",
                    detail::describeDensity(d, ens), StyleKind::CrashDensity,
                    data("weight", number(d.weight)) + data("cell_deg", number(ens.crashCellDeg)), {}},
                   d.pos);
    }
    return k + "</Folder>\n";
}

} // namespace

std::string kmlText(const scenario::Scenario& sc, const sim::Simulation& sim, const sim::Ensemble* ens,
                    double stepSeconds) {
    std::string k = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<kml xmlns=\"http://www.opengis.net/kml/2.2\" xmlns:gx=\"http://www.google.com/kml/ext/2.2\">\n"
                    "<Document><name>" + detail::xmlEscape(sc.source.title.empty() ? "salvo" : sc.source.title) + "</name>\n";
    k += styles();
    k += tracks(sim, stepSeconds);
    k += placesAndAreas(sc, sim);
    k += ends(sim, sim::Outcome::Crashed);
    k += ends(sim, sim::Outcome::Reached);
    if (ens) k += ensemble(*ens);
    k += "</Document>\n</kml>\n";
    return k;
}

} // namespace salvo::io
