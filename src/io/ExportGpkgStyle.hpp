#pragma once
// Internal to the GeoPackage exporter: the default QGIS style of each layer, as the QML and SLD texts that QGIS keeps
// in a GeoPackage's layer_styles table. A style is one simple symbol (circle, line or fill in ExportCommon's palette)
// or, where a column tells objects apart (routes by outcome, crash_zones by kind), one symbol per value; layers with
// time columns also carry QGIS's temporal settings (an instant field, or start and end fields), so that the temporal
// controller filters them without setting anything up. The QML writes each symbol layer's properties both as an
// <Option type="Map"> (QGIS ≥ 3.16) and as <prop> elements (older 3.x), which current QGIS still reads.
//   auto style = salvo::io::layerStyle("routes");
//   std::string qml = salvo::io::qmlStyle(style), sld = salvo::io::sldStyle("routes", style);
#include "io/ExportCommon.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace salvo::io {

enum class SymbolType { Marker, Line, Fill };

struct LayerStyle {
    SymbolType symbol = SymbolType::Marker;
    detail::StyleKind kind = detail::StyleKind::Place; // the single symbol, and the fallback of a categorized style
    std::string categoryField;                          // empty: single symbol
    std::vector<std::pair<std::string, detail::StyleKind>> categories; // value → style
    std::string timeField, timeEndField;                // QGIS temporal settings; empty: none
};

// The style of one of the exporter's layers: places, events, routes, tracks, crash_zones, corridors.
LayerStyle layerStyle(std::string_view layerName);
std::string qmlStyle(const LayerStyle& style);
std::string sldStyle(std::string_view layerName, const LayerStyle& style);

} // namespace salvo::io
