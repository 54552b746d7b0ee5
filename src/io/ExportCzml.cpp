// CZML (Cesium's time-dynamic JSON): a document packet with the clock, then one packet per entity, each with a name
// and a description. The clock runs from the first launch to the last end, both on whole milliseconds, and every
// munition's availability runs from its first to its last sample, so Cesium has a position at every instant of the
// clock where the munition exists, its crash or arrival instant included (regression: times rounded to the second
// stopped the clock before the last impact and left no position at a crash time).
// Per munition: a sampled position (epoch = its first sample, then [seconds, lon, lat, height] quadruples,
// cartographicDegrees; the model's heights above ground are written as heights, which Cesium draws as such on its
// default ellipsoid globe), a point and a path whose trail shows the last ten minutes. Crash
// and impact points appear at their instant; places and reported sites are static; with an ensemble, corridors
// (polygons, clamped to the ground) and the crash density (points sized by weight) are static too.
#include "io/Export.hpp"

#include "io/ExportCommon.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace salvo::io {

namespace {

using nlohmann::json;
using detail::StyleKind;

json rgba(detail::Rgba c) { return {{"rgba", json::array({c.r, c.g, c.b, c.a})}}; }

json staticPosition(LatLon p) { return {{"cartographicDegrees", json::array({p.lon, p.lat, 0.0})}}; }

json pointGraphics(StyleKind k, double pixelSize) {
    return {{"pixelSize", pixelSize}, {"color", rgba(detail::fillColour(k))},
            {"outlineColor", rgba(detail::strokeColour(k))}, {"outlineWidth", 1},
            {"heightReference", "CLAMP_TO_GROUND"}};
}

json staticPoint(const std::string& id, const std::string& name, const std::string& description, LatLon p,
                 StyleKind k, double pixelSize) {
    return {{"id", id}, {"name", name}, {"description", description}, {"position", staticPosition(p)},
            {"point", pointGraphics(k, pixelSize)}};
}

json munitionPacket(const sim::Simulation& sim, size_t i, double stepSeconds) {
    const auto& t = sim.tracks()[i];
    const auto times = detail::trackSampleTimes(t, stepSeconds);
    const long long epochMs = detail::unixMillis(times.front());
    json samples = json::array();
    for (const UtcTime at : times) {
        const auto s = sim.stateAt(i, at);
        // Offsets from whole milliseconds: exact, so the last sample falls on the availability's end.
        samples.push_back(static_cast<double>(detail::unixMillis(at) - epochMs) / 1000.0);
        samples.push_back(s.pos.lon);
        samples.push_back(s.pos.lat);
        samples.push_back(s.altitudeMeters);
    }
    const json colour = rgba(detail::strokeColour(detail::trackStyle(t.outcome)));
    return {{"id", detail::objectId("track", t.id)}, {"name", t.id + " (" + t.munitionName + ")"},
            {"description", detail::describeTrack(t)},
            {"availability", detail::isoMillis(times.front()) + "/" + detail::isoMillis(times.back())},
            {"properties", {{"outcome", std::string(sim::toString(t.outcome))}, {"event_id", t.eventId},
                            {"length_m", t.lengthMeters()},
                            {"launch_window_start", detail::isoMillis(detail::ceilToMillisecond(t.launchWindow.start))},
                            {"launch_window_end", detail::isoMillis(detail::ceilToMillisecond(t.launchWindow.end))}}},
            {"position", {{"epoch", detail::isoMillis(times.front())}, {"cartographicDegrees", samples},
                          {"interpolationAlgorithm", "LINEAR"}, {"interpolationDegree", 1}}},
            {"point", {{"pixelSize", 6}, {"color", colour}}},
            {"path", {{"leadTime", 0}, {"trailTime", 600}, {"width", 2}, {"resolution", stepSeconds},
                      {"material", {{"solidColor", {{"color", colour}}}}}}}};
}

// The point where a munition ended, shown from its end to the end of the clock.
json endPacket(const sim::Simulation& sim, size_t i, UtcTime clockEnd) {
    const auto& t = sim.tracks()[i];
    const bool crashed = t.outcome == sim::Outcome::Crashed;
    const UtcTime end = detail::ceilToMillisecond(t.endTime());
    json p = staticPoint(detail::objectId(crashed ? "crash" : "impact", t.id),
                         (crashed ? "crash of " : "impact of ") + t.id, detail::describeEnd(t),
                         sim.stateAt(i, end).pos, crashed ? StyleKind::Crash : StyleKind::Impact, 8);
    p["availability"] = detail::isoMillis(end) + "/" + detail::isoMillis(std::max(end, clockEnd));
    p["properties"] = {{"track_id", t.id}, {"time", detail::isoMillis(end)}};
    return p;
}

void addEnsemble(json& doc, const sim::Ensemble& ens) {
    const json fill = rgba(detail::fillColour(StyleKind::Corridor));
    const json stroke = rgba(detail::strokeColour(StyleKind::Corridor));
    for (const auto& env : ens.tracks) {
        const auto ring = detail::corridorRing(env);
        if (ring.empty()) continue;
        json positions = json::array();
        for (size_t k = 0; k + 1 < ring.size(); ++k) { // Cesium closes polygons itself
            positions.push_back(ring[k].lon);
            positions.push_back(ring[k].lat);
            positions.push_back(0.0);
        }
        doc.push_back({{"id", detail::objectId("corridor", env.trackId)}, {"name", "corridor of " + env.trackId},
                       {"description", detail::describeCorridor(env, ens)},
                       {"properties", {{"track_id", env.trackId}, {"runs", ens.runs},
                                       {"arrival_p05", detail::isoMillis({env.arrivalP05})},
                                       {"arrival_p50", detail::isoMillis({env.arrivalP50})},
                                       {"arrival_p95", detail::isoMillis({env.arrivalP95})}}},
                       {"polygon", {{"positions", {{"cartographicDegrees", positions}}},
                                    {"material", {{"solidColor", {{"color", fill}}}}},
                                    {"outline", true}, {"outlineColor", stroke},
                                    {"classificationType", "TERRAIN"}}}});
    }
    for (size_t k = 0; k < ens.crashDensity.size(); ++k) {
        const auto& d = ens.crashDensity[k];
        json p = staticPoint(detail::objectId("crash_density", std::to_string(k + 1)), "crash density",
                             detail::describeDensity(d, ens), d.pos, StyleKind::CrashDensity,
                             4 + 16 * std::sqrt(std::clamp(d.weight, 0.0, 1.0)));
        p["properties"] = {{"weight", d.weight}, {"cell_deg", ens.crashCellDeg}};
        doc.push_back(std::move(p));
    }
}

} // namespace

std::string czmlText(const scenario::Scenario& sc, const sim::Simulation& sim, const sim::Ensemble* ens,
                     double stepSeconds) {
    json doc = json::array();
    const TimeInterval span = detail::exportSpan(sim);
    doc.push_back({{"id", "document"}, {"name", sc.source.title.empty() ? "salvo" : sc.source.title}, {"version", "1.0"},
                   {"clock", {{"interval", detail::isoMillis(span.start) + "/" + detail::isoMillis(span.end)},
                              {"currentTime", detail::isoMillis(span.start)},
                              {"multiplier", std::max(1.0, std::round(span.durationSeconds() / 60))},
                              {"range", "LOOP_STOP"}, {"step", "SYSTEM_CLOCK_MULTIPLIER"}}}});
    for (size_t i = 0; i < sim.tracks().size(); ++i) doc.push_back(munitionPacket(sim, i, stepSeconds));
    for (size_t i = 0; i < sim.tracks().size(); ++i)
        if (sim.tracks()[i].outcome != sim::Outcome::Unknown) doc.push_back(endPacket(sim, i, span.end));
    for (const auto& p : sc.places) {
        json packet = staticPoint(detail::objectId("place", p.id), p.name, detail::describePlace(p), p.pos,
                                  StyleKind::Place, 8);
        packet["label"] = {{"text", p.name}, {"font", "12px sans-serif"}, {"heightReference", "CLAMP_TO_GROUND"},
                           {"pixelOffset", {{"cartesian2", json::array({0, -14})}}}};
        doc.push_back(std::move(packet));
    }
    for (size_t k = 0; k < sim.reportedSites().size(); ++k) {
        const auto& s = sim.reportedSites()[k];
        doc.push_back(staticPoint(detail::objectId("reported_site", std::to_string(k + 1)), "reported: " + s.name,
                                  detail::describeSite(s), s.pos, StyleKind::ReportedSite, 8));
    }
    if (ens) addEnsemble(doc, *ens);
    return doc.dump(1) + "\n";
}

} // namespace salvo::io
