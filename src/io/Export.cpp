// Export dispatch, GeoJSON and CSV. GeoJSON follows RFC 7946: coordinates are [longitude, latitude] (the one place in
// Salvo where lon comes first, because the standard says so), WGS84, no "crs" member.
#include "io/Export.hpp"

#include "core/Error.hpp"
#include "io/ExportCommon.hpp"
#include "io/Files.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace salvo::io {

void writeGeoPackage(const std::filesystem::path& out, const scenario::Scenario& scenario, const sim::Simulation& sim,
                     const sim::Ensemble* ensemble, double stepSeconds); // ExportGpkg.cpp

namespace detail {

std::vector<double> trackSampleOffsets(const sim::MunitionTrack& track, double stepSeconds) {
    const double dur = track.endTime() - track.launchTime;
    std::vector<double> out;
    for (double t = 0; t < dur; t += stepSeconds) out.push_back(t);
    out.push_back(std::max(0.0, dur));
    return out;
}

std::vector<UtcTime> globalSampleTimes(const sim::Simulation& sim, double stepSeconds) {
    const TimeInterval span = sim.timeSpan();
    std::vector<UtcTime> out;
    if (sim.tracks().empty()) return out;
    for (double t = 0; t < span.durationSeconds(); t += stepSeconds) out.push_back(span.start + t);
    out.push_back(span.end);
    return out;
}

} // namespace detail

std::string_view toString(ExportFormat f) {
    switch (f) {
    case ExportFormat::GeoJson: return "geojson";
    case ExportFormat::GeoPackage: return "gpkg";
    case ExportFormat::Kml: return "kml";
    case ExportFormat::Czml: return "czml";
    case ExportFormat::Csv: return "csv";
    }
    return "geojson";
}

std::optional<ExportFormat> exportFormatFromString(std::string_view name) {
    std::string n(name);
    for (char& c : n) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (n == "geojson" || n == "json") return ExportFormat::GeoJson;
    if (n == "gpkg" || n == "geopackage") return ExportFormat::GeoPackage;
    if (n == "kml") return ExportFormat::Kml;
    if (n == "czml") return ExportFormat::Czml;
    if (n == "csv") return ExportFormat::Csv;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromPath(const std::filesystem::path& path) {
    const std::string ext = path.extension().string();
    if (ext.size() < 2) return std::nullopt;
    return exportFormatFromString(ext.substr(1));
}

bool isTextFormat(ExportFormat f) { return f != ExportFormat::GeoPackage; }

namespace {

using nlohmann::json;

json lonLat(LatLon p) { return json::array({p.lon, p.lat}); }

json lineCoords(const std::vector<LatLon>& pts) {
    json a = json::array();
    for (const auto& p : pts) a.push_back(lonLat(p));
    return a;
}

json feature(json geometry, json properties) {
    return {{"type", "Feature"}, {"geometry", std::move(geometry)}, {"properties", std::move(properties)}};
}

} // namespace

std::string geoJsonText(const scenario::Scenario& sc, const sim::Simulation& sim, const sim::Ensemble* ens) {
    json features = json::array();
    for (const auto& p : sc.places)
        features.push_back(feature({{"type", "Point"}, {"coordinates", lonLat(p.pos)}},
                                   {{"layer", "place"}, {"id", p.id}, {"name", p.name}, {"kind", p.kind},
                                    {"country", p.country}, {"precision", p.precision}, {"radius_m", p.radiusMeters}}));
    const auto area = [&](const sim::Area& a, const char* layer) {
        features.push_back(feature({{"type", "Point"}, {"coordinates", lonLat(a.nominal)}},
                                   {{"layer", layer}, {"place_id", a.placeId}, {"name", a.name},
                                    {"radius_m", a.radiusMeters}, {"centre_lat", a.centre.lat},
                                    {"centre_lon", a.centre.lon}, {"rule", a.rule}}));
    };
    for (const auto& a : sim.launchAreas()) area(a, "launch_area");
    for (const auto& a : sim.targetAreas()) area(a, "target_area");
    for (const auto& r : sim.routes()) {
        std::vector<LatLon> pts;
        for (size_t k = 0; k + 1 < r.route.size(); ++k) {
            auto d = geodesy::GeodesicLine(r.route[k], r.route[k + 1]).densify(detail::kDrawStepMeters);
            pts.insert(pts.end(), d.begin() + (k == 0 ? 0 : 1), d.end());
        }
        features.push_back(feature({{"type", "LineString"}, {"coordinates", lineCoords(pts)}},
                                   {{"layer", "route_hypothesis"}, {"event_id", r.eventId},
                                    {"target_place_id", r.targetPlaceId}, {"kind", std::string(sim::toString(r.kind))},
                                    {"used", r.used}, {"length_m", r.lengthMeters()}, {"countries", r.countriesIso2}}));
    }
    for (size_t i = 0; i < sim.tracks().size(); ++i) {
        const auto& t = sim.tracks()[i];
        auto pts = sim.densifiedRoute(i, detail::kDrawStepMeters);
        if (t.outcome == sim::Outcome::Crashed) { // the line ends where the munition did
            std::vector<LatLon> cut;
            double s = 0;
            for (size_t k = 0; k < pts.size(); ++k) {
                if (k > 0) s += geodesy::distanceMeters(pts[k - 1], pts[k]);
                if (s >= t.crashMeters) break;
                cut.push_back(pts[k]);
            }
            cut.push_back(sim.stateAt(i, t.endTime()).pos);
            pts = std::move(cut);
        }
        features.push_back(feature(
            {{"type", "LineString"}, {"coordinates", lineCoords(pts)}},
            {{"layer", "route"}, {"track_id", t.id}, {"event_id", t.eventId}, {"munition", t.munitionName},
             {"outcome", std::string(sim::toString(t.outcome))}, {"route_kind", std::string(sim::toString(t.routeKind))},
             {"length_m", t.lengthMeters()}, {"launch_time", formatIsoUtc(t.launchTime)},
             {"end_time", formatIsoUtc(t.endTime())}, {"speed_mps", t.speed.nominalMps},
             {"count_unknown", t.countUnknown}, {"launch_time_approximate", t.launchTimeApproximate}}));
        if (t.outcome == sim::Outcome::Crashed)
            features.push_back(feature({{"type", "Point"}, {"coordinates", lonLat(sim.stateAt(i, t.endTime()).pos)}},
                                       {{"layer", "crash"}, {"track_id", t.id}, {"event_id", t.crashEventId},
                                        {"distance_m", t.crashMeters}, {"time", formatIsoUtc(t.endTime())}}));
    }
    for (const auto& s : sim.reportedSites()) {
        json offsets = json::array();
        for (const auto& o : s.offsets)
            offsets.push_back({{"route", o.hypothesis}, {"cross_track_m", o.crossTrackMeters},
                               {"within_radius", o.withinRadius}});
        features.push_back(feature({{"type", "Point"}, {"coordinates", lonLat(s.pos)}},
                                   {{"layer", "reported_site"}, {"name", s.name}, {"event_id", s.eventId},
                                    {"radius_m", s.radiusMeters}, {"source", s.source}, {"offsets", offsets}}));
    }
    if (ens) {
        for (const auto& env : ens->tracks) {
            if (env.left.size() < 2) continue;
            json ring = json::array();
            for (const auto& p : env.left) ring.push_back(lonLat(p));
            for (auto it = env.right.rbegin(); it != env.right.rend(); ++it) ring.push_back(lonLat(*it));
            ring.push_back(lonLat(env.left.front()));
            features.push_back(feature({{"type", "Polygon"}, {"coordinates", json::array({ring})}},
                                       {{"layer", "corridor"}, {"track_id", env.trackId}, {"runs", ens->runs},
                                        {"seed", ens->seed}, {"percentiles", "5-95"},
                                        {"arrival_p05", formatIsoUtc({env.arrivalP05})},
                                        {"arrival_p50", formatIsoUtc({env.arrivalP50})},
                                        {"arrival_p95", formatIsoUtc({env.arrivalP95})}}));
        }
        for (const auto& c : ens->crashDensity)
            features.push_back(feature({{"type", "Point"}, {"coordinates", lonLat(c.pos)}},
                                       {{"layer", "crash_density"}, {"weight", c.weight},
                                        {"cell_deg", ens->crashCellDeg}}));
    }
    json fc{{"type", "FeatureCollection"}, {"name", sc.source.title.empty() ? "salvo" : sc.source.title},
            {"features", std::move(features)}};
    return fc.dump(1) + "\n";
}

std::string csvText(const sim::Simulation& sim, double stepSeconds) {
    std::string out = "time,track_id,event_id,active,phase,lat,lon,altitude_m,heading_deg,distance_m\n";
    std::vector<sim::MunitionState> states;
    char buf[256];
    const auto quote = [](const std::string& s) {
        if (s.find_first_of(",\"\n") == std::string::npos) return s;
        std::string q = "\"";
        for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    for (const UtcTime t : detail::globalSampleTimes(sim, stepSeconds)) {
        sim.statesAt(t, states);
        const std::string ts = formatIsoUtc(t);
        for (size_t i = 0; i < states.size(); ++i) {
            const auto& s = states[i];
            const auto& tr = sim.tracks()[i];
            std::snprintf(buf, sizeof buf, ",%d,%s,%.7f,%.7f,%.1f,%.2f,%.1f\n", s.active ? 1 : 0,
                          std::string(sim::toString(s.phase)).c_str(), s.pos.lat, s.pos.lon, s.altitudeMeters,
                          s.headingDeg, s.distanceMeters);
            out += ts + "," + quote(tr.id) + "," + quote(tr.eventId) + buf;
        }
    }
    return out;
}

double exportSamples(ExportFormat format, const sim::Simulation& sim, double stepSeconds) {
    double routePoints = 0, timeSamples = 0;
    for (const auto& t : sim.tracks()) {
        routePoints += t.lengthMeters() / detail::kDrawStepMeters + static_cast<double>(t.route.size()) + 1;
        timeSamples += std::max(0.0, t.endTime() - t.launchTime) / stepSeconds + 2;
    }
    for (const auto& r : sim.routes()) routePoints += r.lengthMeters() / detail::kDrawStepMeters + static_cast<double>(r.route.size());
    switch (format) {
    case ExportFormat::GeoJson: return routePoints;
    case ExportFormat::GeoPackage: return routePoints + timeSamples;
    case ExportFormat::Kml:
    case ExportFormat::Czml: return timeSamples;
    case ExportFormat::Csv:
        return sim.tracks().empty() ? 0
                                    : (std::max(0.0, sim.timeSpan().durationSeconds()) / stepSeconds + 2) *
                                          static_cast<double>(sim.tracks().size());
    }
    return 0;
}

void exportSimulation(const std::filesystem::path& out, ExportFormat format, const scenario::Scenario& sc,
                      const sim::Simulation& sim, const sim::Ensemble* ensemble, double stepSeconds) {
    if (!(stepSeconds > 0)) throw Error("export: the time step must be positive (got " + std::to_string(stepSeconds) + ")");
    // Decided before anything is formatted: 100,000 munitions sampled every 10 s as CSV would need tens of GiB.
    if (const double n = exportSamples(format, sim, stepSeconds); !(n <= kMaxExportSamples))
        throw Error((out == "-" ? std::string("standard output") : out.string()) + ": the " +
                    std::string(toString(format)) + " export would hold " +
                    std::to_string(static_cast<long long>(std::min(n, 9e18))) + " points or rows, more than the " +
                    std::to_string(static_cast<long long>(kMaxExportSamples)) +
                    " one export holds; use a longer --step or fewer munitions");
    if (format == ExportFormat::GeoPackage) {
        if (out == "-") throw Error("export: GeoPackage needs a file name, not standard output");
        checkWritable(out);
        writeGeoPackage(out, sc, sim, ensemble, stepSeconds);
        return;
    }
    if (out != "-") checkWritable(out);
    std::string text;
    switch (format) {
    case ExportFormat::GeoJson: text = geoJsonText(sc, sim, ensemble); break;
    case ExportFormat::Kml: text = kmlText(sc, sim, stepSeconds); break;
    case ExportFormat::Czml: text = czmlText(sc, sim, stepSeconds); break;
    case ExportFormat::Csv: text = csvText(sim, stepSeconds); break;
    case ExportFormat::GeoPackage: break;
    }
    writeFileAtomic(out, text);
}

} // namespace salvo::io
