// QML and SLD texts for the GeoPackage's layer_styles table. QGIS colours are "r,g,b,a" (0..255); sizes are in
// millimetres on the map canvas (QGIS's default unit); SLD sizes are in pixels. QGIS's temporal modes, as its QML
// stores them: 1 = an instant from one field, 2 = start and end from two fields.
#include "io/ExportGpkgStyle.hpp"

#include <cstdio>

namespace salvo::io {

namespace {

using detail::StyleKind;

std::string qgisColour(detail::Rgba c) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%d,%d,%d,%d", c.r, c.g, c.b, c.a);
    return buf;
}

std::string mm(double v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2g", v);
    return buf;
}

using Props = std::vector<std::pair<std::string, std::string>>;

Props symbolProps(SymbolType type, StyleKind k) {
    const std::string stroke = qgisColour(detail::strokeColour(k)), fill = qgisColour(detail::fillColour(k));
    const std::string width = mm(0.26 * detail::strokeWidthPx(k)); // QGIS's default line is 0.26 mm
    switch (type) {
    case SymbolType::Marker:
        return {{"name", "circle"}, {"color", fill}, {"outline_color", stroke}, {"outline_style", "solid"},
                {"outline_width", "0.2"}, {"outline_width_unit", "MM"},
                {"size", k == StyleKind::CrashDensity ? "1.6" : "2.4"}, {"size_unit", "MM"}};
    case SymbolType::Line:
        return {{"line_color", stroke}, {"line_style", "solid"}, {"line_width", width}, {"line_width_unit", "MM"},
                {"capstyle", "round"}, {"joinstyle", "round"}};
    case SymbolType::Fill:
        return {{"color", fill}, {"style", "solid"}, {"outline_color", stroke}, {"outline_style", "solid"},
                {"outline_width", width}, {"outline_width_unit", "MM"}};
    }
    return {};
}

std::string symbolXml(SymbolType type, StyleKind k, int index) {
    static constexpr const char* kType[] = {"marker", "line", "fill"};
    static constexpr const char* kClass[] = {"SimpleMarker", "SimpleLine", "SimpleFill"};
    const auto t = static_cast<size_t>(type);
    std::string x = "   <symbol type=\"" + std::string(kType[t]) + "\" name=\"" + std::to_string(index) +
                    "\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n    <layer class=\"" + kClass[t] +
                    "\" enabled=\"1\" locked=\"0\" pass=\"0\">\n     <Option type=\"Map\">\n";
    const Props props = symbolProps(type, k);
    for (const auto& [key, value] : props)
        x += "      <Option name=\"" + key + "\" type=\"QString\" value=\"" + detail::xmlEscape(value) + "\"/>\n";
    x += "     </Option>\n";
    for (const auto& [key, value] : props) x += "     <prop k=\"" + key + "\" v=\"" + detail::xmlEscape(value) + "\"/>\n";
    return x + "    </layer>\n   </symbol>\n";
}

std::string temporalXml(const LayerStyle& s) {
    if (s.timeField.empty()) return {};
    const bool range = !s.timeEndField.empty();
    return " <temporal enabled=\"1\" mode=\"" + std::string(range ? "2" : "1") + "\" startField=\"" +
           detail::xmlEscape(s.timeField) + "\" endField=\"" + detail::xmlEscape(s.timeEndField) +
           "\" durationField=\"\" durationUnit=\"min\" fixedDuration=\"0\" accumulate=\"0\" startExpression=\"\""
           " endExpression=\"\" limitMode=\"0\">\n  <fixedRange><start></start><end></end></fixedRange>\n </temporal>\n";
}

// SLD colours are "#rrggbb" with the opacity apart.
std::string sldSymbolizer(SymbolType type, StyleKind k) {
    const auto stroke = detail::strokeColour(k), fill = detail::fillColour(k);
    char opacity[16];
    std::snprintf(opacity, sizeof opacity, "%.2f", fill.a / 255.0);
    const std::string strokeXml = "<se:Stroke><se:SvgParameter name=\"stroke\">" + detail::hexRgb(stroke) +
                                  "</se:SvgParameter><se:SvgParameter name=\"stroke-width\">" +
                                  mm(detail::strokeWidthPx(k)) + "</se:SvgParameter></se:Stroke>";
    const std::string fillXml = "<se:Fill><se:SvgParameter name=\"fill\">" + detail::hexRgb(fill) +
                                "</se:SvgParameter><se:SvgParameter name=\"fill-opacity\">" + opacity +
                                "</se:SvgParameter></se:Fill>";
    switch (type) {
    case SymbolType::Marker:
        return "<se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>circle</se:WellKnownName>" + fillXml +
               strokeXml + "</se:Mark><se:Size>" + (k == StyleKind::CrashDensity ? "6" : "9") +
               "</se:Size></se:Graphic></se:PointSymbolizer>";
    case SymbolType::Line: return "<se:LineSymbolizer>" + strokeXml + "</se:LineSymbolizer>";
    case SymbolType::Fill: return "<se:PolygonSymbolizer>" + fillXml + strokeXml + "</se:PolygonSymbolizer>";
    }
    return {};
}

} // namespace

LayerStyle layerStyle(std::string_view name) {
    LayerStyle s;
    if (name == "places") {
        s.categoryField = "role";
        s.categories = {{"place", StyleKind::Place}, {"launch_nominal", StyleKind::LaunchArea},
                        {"target_nominal", StyleKind::TargetArea}};
    } else if (name == "events") {
        s.kind = StyleKind::Event;
        s.timeField = "time_start";
        s.timeEndField = "time_end";
    } else if (name == "routes") {
        s.symbol = SymbolType::Line;
        s.kind = StyleKind::TrackUnknown;
        s.categoryField = "outcome";
        s.categories = {{"reached", StyleKind::TrackReached}, {"crashed", StyleKind::TrackCrashed},
                        {"unknown", StyleKind::TrackUnknown}};
        s.timeField = "launch_time";
        s.timeEndField = "end_time";
    } else if (name == "tracks") {
        s.kind = StyleKind::TrackReached;
        s.timeField = "time";
    } else if (name == "crash_zones") {
        s.kind = StyleKind::Crash;
        s.categoryField = "kind";
        s.categories = {{"modelled_crash", StyleKind::Crash}, {"reported_site", StyleKind::ReportedSite},
                        {"density", StyleKind::CrashDensity}};
        s.timeField = "time"; // QGIS shows the rows without a time (sites, density) at every instant
    } else if (name == "corridors") {
        s.symbol = SymbolType::Fill;
        s.kind = StyleKind::Corridor;
    }
    return s;
}

std::string qmlStyle(const LayerStyle& s) {
    std::string x = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
                    "<qgis version=\"3.22.0\" styleCategories=\"Symbology|Temporal\">\n" +
                    temporalXml(s);
    if (s.categoryField.empty()) {
        x += " <renderer-v2 type=\"singleSymbol\" forceraster=\"0\" symbollevels=\"0\" enableorderby=\"0\">\n"
             "  <symbols>\n" + symbolXml(s.symbol, s.kind, 0) + "  </symbols>\n";
    } else {
        x += " <renderer-v2 type=\"categorizedSymbol\" attr=\"" + detail::xmlEscape(s.categoryField) +
             "\" forceraster=\"0\" symbollevels=\"0\" enableorderby=\"0\">\n  <categories>\n";
        for (size_t i = 0; i < s.categories.size(); ++i)
            x += "   <category value=\"" + detail::xmlEscape(s.categories[i].first) + "\" symbol=\"" + std::to_string(i) +
                 "\" label=\"" + detail::xmlEscape(s.categories[i].first) + "\" render=\"true\"/>\n";
        x += "  </categories>\n  <symbols>\n";
        for (size_t i = 0; i < s.categories.size(); ++i)
            x += symbolXml(s.symbol, s.categories[i].second, static_cast<int>(i));
        x += "  </symbols>\n  <source-symbol>\n" + symbolXml(s.symbol, s.kind, 0) + "  </source-symbol>\n";
    }
    return x + " </renderer-v2>\n</qgis>\n";
}

std::string sldStyle(std::string_view layerName, const LayerStyle& s) {
    std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<StyledLayerDescriptor version=\"1.1.0\" "
                    "xmlns=\"http://www.opengis.net/sld\" xmlns:ogc=\"http://www.opengis.net/ogc\" "
                    "xmlns:se=\"http://www.opengis.net/se\"><NamedLayer><se:Name>" + detail::xmlEscape(layerName) +
                    "</se:Name><UserStyle><se:Name>" + detail::xmlEscape(layerName) + "</se:Name><se:FeatureTypeStyle>";
    if (s.categoryField.empty()) {
        x += "<se:Rule>" + sldSymbolizer(s.symbol, s.kind) + "</se:Rule>";
    } else {
        for (const auto& [value, kind] : s.categories)
            x += "<se:Rule><se:Name>" + detail::xmlEscape(value) + "</se:Name><ogc:Filter><ogc:PropertyIsEqualTo>"
                 "<ogc:PropertyName>" + detail::xmlEscape(s.categoryField) + "</ogc:PropertyName><ogc:Literal>" + detail::xmlEscape(value) +
                 "</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>" + sldSymbolizer(s.symbol, kind) + "</se:Rule>";
    }
    return x + "</se:FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>\n";
}

} // namespace salvo::io
