// KML 2.2 with the gx extension: each munition is a Placemark holding a gx:Track (parallel <when> and <gx:coord>
// lists; gx:coord is "lon lat alt", space-separated, as Google's schema defines it). Places, launch/target areas and
// crash points are plain Point placemarks, one Folder (= one GDAL layer) per kind.
#include "io/Export.hpp"

#include "io/ExportCommon.hpp"

#include <cstdio>

namespace salvo::io {

namespace {

std::string xmlEscape(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string coord(LatLon p, double altitudeMeters) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%.7f,%.7f,%.1f", p.lon, p.lat, altitudeMeters);
    return buf;
}

std::string data(std::string_view name, std::string_view value) {
    return "<Data name=\"" + xmlEscape(name) + "\"><value>" + xmlEscape(value) + "</value></Data>";
}

std::string point(std::string_view name, LatLon p, const std::string& extended) {
    return "<Placemark><name>" + xmlEscape(name) + "</name><ExtendedData>" + extended +
           "</ExtendedData><Point><coordinates>" + coord(p, 0) + "</coordinates></Point></Placemark>\n";
}

} // namespace

std::string kmlText(const scenario::Scenario& sc, const sim::Simulation& sim, double stepSeconds) {
    std::string k = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<kml xmlns=\"http://www.opengis.net/kml/2.2\" xmlns:gx=\"http://www.google.com/kml/ext/2.2\">\n"
                    "<Document><name>" + xmlEscape(sc.source.title.empty() ? "salvo" : sc.source.title) + "</name>\n";
    k += "<Folder><name>tracks</name>\n";
    char buf[128];
    for (size_t i = 0; i < sim.tracks().size(); ++i) {
        const auto& t = sim.tracks()[i];
        k += "<Placemark><name>" + xmlEscape(t.id) + "</name><ExtendedData>" + data("event_id", t.eventId) +
             data("munition", t.munitionName) + data("outcome", sim::toString(t.outcome)) +
             data("length_m", std::to_string(t.lengthMeters())) + "</ExtendedData>\n<gx:Track><altitudeMode>absolute</altitudeMode>\n";
        const auto offsets = detail::trackSampleOffsets(t, stepSeconds);
        for (double dt : offsets) k += "<when>" + formatIsoUtc(t.launchTime + dt) + "</when>";
        k += "\n";
        for (double dt : offsets) {
            const auto s = sim.stateAt(i, t.launchTime + dt);
            std::snprintf(buf, sizeof buf, "<gx:coord>%.7f %.7f %.1f</gx:coord>", s.pos.lon, s.pos.lat, s.altitudeMeters);
            k += buf;
        }
        k += "\n</gx:Track></Placemark>\n";
    }
    k += "</Folder>\n<Folder><name>places</name>\n";
    for (const auto& p : sc.places)
        k += point(p.name, p.pos, data("id", p.id) + data("kind", p.kind) + data("radius_m", std::to_string(p.radiusMeters)));
    k += "</Folder>\n<Folder><name>areas</name>\n";
    for (const auto& a : sim.launchAreas())
        k += point("launch: " + a.name, a.nominal, data("role", "launch") + data("rule", a.rule) +
                                                     data("radius_m", std::to_string(a.radiusMeters)));
    for (const auto& a : sim.targetAreas())
        k += point("target: " + a.name, a.nominal, data("role", "target") + data("radius_m", std::to_string(a.radiusMeters)));
    k += "</Folder>\n";
    std::string crashes;
    for (size_t i = 0; i < sim.tracks().size(); ++i) {
        const auto& t = sim.tracks()[i];
        if (t.outcome != sim::Outcome::Crashed) continue;
        crashes += point("crash " + t.id, sim.stateAt(i, t.endTime()).pos,
                         data("track_id", t.id) + data("time", formatIsoUtc(t.endTime())));
    }
    if (!crashes.empty()) k += "<Folder><name>crashes</name>\n" + crashes + "</Folder>\n";
    k += "</Document>\n</kml>\n";
    return k;
}

} // namespace salvo::io
