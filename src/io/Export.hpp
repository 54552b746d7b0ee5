#pragma once
// Export: a Simulation (and optionally its Monte Carlo ensemble) written out for other tools. Every writer is atomic:
// text formats go through writeFileAtomic, GeoPackage through AtomicPath, so no command leaves a partial file.
// Every format writes times to the millisecond, and a track's last sample is its end (on the ground for a crash);
// every exported object has one id, the same in every format ("track/launch-1/3"). What each format carries:
//   GeoJSON (RFC 7946: [lon, lat], WGS84, rings counter-clockwise)  places, areas, routes, crash and impact points,
//       reported sites, Monte Carlo corridors and crash density; a feature id and simplestyle-spec properties each
//   GeoPackage (GDAL/OGR, EPSG:4326)  layers places, events, routes, tracks, crash_zones, corridors: DATETIME time
//       columns (ms), NULL where a value is missing, an R-tree per layer, a QGIS style per layer in layer_styles
//   KML (OGC KML 2.2 + gx:Track)  shared Styles, one gx:Track per munition (relativeToGround), a description per
//       placemark, crashes and impacts with a TimeStamp, Monte Carlo corridors and crash density
//   CZML (Cesium)  document clock from the first launch to the last end, per munition a sampled position, path and
//       availability, crash and impact points, corridors and crash density; a description per entity
//   CSV  one row per munition per time step (no Monte Carlo products: rows of states have no place for an area)
// Lines that cross the antimeridian are written as they are (not split): Salvo's scenes do not reach it.
//   salvo::io::exportSimulation("salvo.gpkg", salvo::io::ExportFormat::GeoPackage, scenario, sim, &ensemble, 10);
//   salvo::io::exportSimulation("-", salvo::io::ExportFormat::Csv, scenario, sim, nullptr, 30);   // stdout
#include "scenario/Scenario.hpp"
#include "sim/Simulation.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace salvo::io {

enum class ExportFormat { GeoJson, GeoPackage, Kml, Czml, Csv };

std::string_view toString(ExportFormat f);                               // "geojson", "gpkg", "kml", "czml", "csv"
std::optional<ExportFormat> exportFormatFromString(std::string_view name); // also "json", "geopackage"
std::optional<ExportFormat> exportFormatFromPath(const std::filesystem::path& path); // by extension
bool isTextFormat(ExportFormat f);                                        // everything but GeoPackage

// Points and rows one export may hold: a CSV row is ~100 bytes and a GeoJSON point ~40, so 5,000,000 keep a file
// and the memory that formats it under 1 GiB. exportSimulation counts them from the simulation before writing any.
inline constexpr double kMaxExportSamples = 5e6;
// What an export of `format` would hold: route points (10 km apart), time samples per track, CSV rows.
double exportSamples(ExportFormat format, const sim::Simulation& sim, double stepSeconds);

// Writes `out` ("-" = standard output, text formats only). stepSeconds (> 0) is the sampling interval of time series
// (tracks layer, gx:Track, CZML samples, CSV rows); every track's launch and end instants are always included.
// Throws salvo::Error (unwritable path, "-" for GeoPackage, more than kMaxExportSamples, GDAL failure) and leaves
// nothing behind.
void exportSimulation(const std::filesystem::path& out, ExportFormat format, const scenario::Scenario& scenario,
                      const sim::Simulation& sim, const sim::Ensemble* ensemble, double stepSeconds);

// The text formats as strings (what exportSimulation writes).
std::string geoJsonText(const scenario::Scenario& scenario, const sim::Simulation& sim, const sim::Ensemble* ensemble);
// ensemble may be null (no corridors, no crash density).
std::string kmlText(const scenario::Scenario& scenario, const sim::Simulation& sim, const sim::Ensemble* ensemble,
                    double stepSeconds);
std::string czmlText(const scenario::Scenario& scenario, const sim::Simulation& sim, const sim::Ensemble* ensemble,
                     double stepSeconds);
std::string csvText(const sim::Simulation& sim, double stepSeconds);

} // namespace salvo::io
