// Export dispatch and CSV (one row per munition per time step; times to the millisecond). GeoJSON is in
// ExportGeoJson.cpp, the other formats in their own files.
#include "io/Export.hpp"

#include "core/Error.hpp"
#include "io/ExportCommon.hpp"
#include "io/Files.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace salvo::io {

void writeGeoPackage(const std::filesystem::path& out, const scenario::Scenario& scenario, const sim::Simulation& sim,
                     const sim::Ensemble* ensemble, double stepSeconds); // ExportGpkg.cpp

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
        const std::string ts = detail::isoMillis(t);
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
        timeSamples += std::max(0.0, t.endTime() - t.launchTime) / stepSeconds + 2 + static_cast<double>(t.route.size());
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
    case ExportFormat::Kml: text = kmlText(sc, sim, ensemble, stepSeconds); break;
    case ExportFormat::Czml: text = czmlText(sc, sim, ensemble, stepSeconds); break;
    case ExportFormat::Csv: text = csvText(sim, stepSeconds); break;
    case ExportFormat::GeoPackage: break;
    }
    writeFileAtomic(out, text);
}

} // namespace salvo::io
