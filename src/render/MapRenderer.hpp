#pragma once
// MapRenderer: one frame of the map into any sf::RenderTarget — the window and the headless sf::RenderTexture share
// this code. Order: water, land (stencil fill), graticule, admin-1 and country borders, scenario layers, labels
// (decluttered, scenario first), then overlays: scale bar (geodesic), cursor coordinates, clock, legend.
// A projection change is detected from the view and re-projects the cached geometry once.
//   MapRenderer r(atlas, *resources);  r.setScene(&scn, &sim, ens.get());
//   r.draw(window, view, {.time = t});
#include "atlas/Atlas.hpp"
#include "render/BaseMap.hpp"
#include "render/Labels.hpp"
#include "render/MapView.hpp"
#include "render/Resources.hpp"
#include "render/ScenarioLayer.hpp"
#include "render/Selection.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include <memory>

#include <optional>
#include <string>
#include <vector>

namespace salvo::render {

struct LayerVisibility {
    BaseLayers base;
    ScenarioLayers scenario;
    bool placeLabels = true;
    bool seaLabels = true;
    bool countryLabels = true;
    bool scaleBar = true;
    bool legend = true;
    bool clock = false; // time stamp in the top-left corner (headless frames; the viewer has its timeline)
};

struct FrameInfo {
    UtcTime time;
    Selection selection;
    std::optional<sf::Vector2f> cursor;     // screen position for the coordinate read-out
    float scale = 1;                        // DPI factor
    std::vector<sf::FloatRect> reserved;    // screen boxes covered by panels: no labels there
    sf::FloatRect mapArea;                  // where overlays go (scale bar, legend); empty = whole target
    bool hasStencil = true;                 // the target was created with stencil bits
};

struct FrameStats {
    size_t baseVertices = 0;
    int labels = 0;
    int munitions = 0;
    bool staticRedrawn = false; // the cached static layers were redrawn this frame (view, layers or scene changed)
};

class MapRenderer {
public:
    MapRenderer(const atlas::Atlas& atlas, const Resources& res);
    void setScene(const scenario::Scenario* scn, const sim::Simulation* sim, const sim::Ensemble* ensemble);
    void setEnsemble(const sim::Ensemble* ensemble) {
        m_scenario.setEnsemble(ensemble);
        m_hasEnsemble = ensemble != nullptr;
        ++m_sceneVersion;
    }
    // Static layers (basemap, labels, areas, routes) are drawn into an off-screen texture and reused while the view,
    // layers, selection and scene stay the same; only munitions and overlays are drawn every frame. Off: everything
    // is drawn straight into the target each frame (what a changing view costs).
    void setStaticCache(bool on) { m_useCache = on; }
    void draw(sf::RenderTarget& target, const MapView& view, const FrameInfo& info, const LayerVisibility& layers);
    Selection pick(const MapView& view, sf::Vector2f screen, UtcTime t, float scale = 1) const {
        return m_scenario.pick(view, screen, t, scale);
    }
    // The scenario's extent (empty without a scene) and the aeqd centre that suits it.
    BBox sceneBounds() const { return m_scenario.bounds(); }
    const FrameStats& stats() const { return m_stats; }
    // Makes sure cached geometry matches the view's projection (draw does this too); returns true if it re-projected.
    bool syncProjection(const MapView& view);

private:
    void drawStatic(sf::RenderTarget& target, const MapView& view, const FrameInfo& info, const LayerVisibility& layers);
    std::string staticKey(const MapView& view, const FrameInfo& info, const LayerVisibility& layers) const;
    void addBaseLabels(const MapView& view, const LayerVisibility& layers, float k);
    void drawScaleBar(sf::RenderTarget& t, const MapView& view, const sf::FloatRect& area, float k);
    void drawLegend(sf::RenderTarget& t, const sf::FloatRect& area, float k, const LayerVisibility& layers);

    const atlas::Atlas& m_atlas;
    const Resources& m_res;
    BaseMap m_base;
    ScenarioLayer m_scenario;
    LabelLayer m_labels;
    std::string m_projDef;
    std::vector<sf::Vector2f> m_placeWorld; // projected places, same order as m_placeOrder
    std::vector<uint32_t> m_placeOrder;     // atlas places worth a label, most populous first
    std::vector<sf::Vector2f> m_seaWorld, m_countryWorld;
    FrameStats m_stats;
    bool m_untimed = false; // the scene has no track: nothing has a time to show
    bool m_hasEnsemble = false;
    bool m_useCache = true;
    unsigned m_sceneVersion = 0;
    std::unique_ptr<sf::RenderTexture> m_static;
    std::string m_staticKey;
};

} // namespace salvo::render
