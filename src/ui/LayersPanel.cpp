// Layers: what the map shows, and the projection (azimuthal equidistant centred on the scenario by default; Web
// Mercator and equirectangular on request).
#include "ui/Panels.hpp"

namespace salvo::ui {

void drawLayersPanel(ViewerState& s) {
    if (!s.showLayers) return;
    if (!beginPanel(s.layout, Panel::Layers, "Layers", &s.showLayers)) {
        ImGui::End();
        return;
    }
    auto& L = s.layers;
    ImGui::TextColored(kColDim, "Projection");
    int p = static_cast<int>(s.projection);
    bool ch = ImGui::RadioButton("Azimuthal equidistant", &p, static_cast<int>(geodesy::ProjectionKind::AzimuthalEquidistant));
    ch |= ImGui::RadioButton("Web Mercator", &p, static_cast<int>(geodesy::ProjectionKind::WebMercator));
    ch |= ImGui::RadioButton("Equirectangular", &p, static_cast<int>(geodesy::ProjectionKind::Equirectangular));
    if (ch && p != static_cast<int>(s.projection)) {
        s.projection = static_cast<geodesy::ProjectionKind>(p);
        s.projectionChanged = true;
    }
    if (ImGui::Button("Fit to scenario")) s.fitTo = BBox{};
    ImGui::Separator();
    ImGui::TextColored(kColDim, "Basemap");
    ImGui::Checkbox("Land", &L.base.land);
    ImGui::Checkbox("Country borders", &L.base.countryBorders);
    ImGui::Checkbox("Province borders", &L.base.admin1Borders);
    ImGui::Checkbox("Graticule", &L.base.graticule);
    ImGui::Checkbox("Place labels", &L.placeLabels);
    ImGui::Checkbox("Country labels", &L.countryLabels);
    ImGui::Checkbox("Sea labels", &L.seaLabels);
    ImGui::Separator();
    ImGui::TextColored(kColDim, "Scenario");
    auto& S = L.scenario;
    ImGui::Checkbox("Launch / target areas", &S.areas);
    ImGui::Checkbox("Routes", &S.routes);
    ImGui::Checkbox("Alternative routes", &S.altRoutes);
    ImGui::Checkbox("Munitions", &S.munitions);
    ImGui::Checkbox("Trails", &S.trails);
    ImGui::Checkbox("Impacts and crashes", &S.impacts);
    ImGui::Checkbox("Reported sites", &S.sites);
    ImGui::Checkbox("Corridors (Monte Carlo)", &S.corridors);
    ImGui::Checkbox("Crash density (Monte Carlo)", &S.crashDensity);
    ImGui::Checkbox("Overflown regions (selected)", &S.overflown);
    ImGui::Checkbox("Scenario labels", &S.labels);
    ImGui::Separator();
    ImGui::Checkbox("Legend", &L.legend);
    ImGui::Checkbox("Scale bar", &L.scaleBar);
    if (s.ensemble) ImGui::TextColored(kColDim, "Ensemble: %d runs, seed %llu", s.ensemble->runs,
                                       static_cast<unsigned long long>(s.ensemble->seed));
    else if (s.ensembleRuns > 0) ImGui::TextColored(kColDim, "Ensemble: computing...");
    ImGui::End();
}

} // namespace salvo::ui
