#pragma once
// ScenarioLayer: the scenario and its simulation on the map — launch and target areas drawn by precision (a point
// symbol for a town, the filled first-level division for a province, a hatched geodesic circle for a sea or region),
// route hypotheses as densified geodesics (used: solid; alternatives: dashed), munitions at time t with heading glyphs
// and fading trails, impacts and crashes with a glow, reported sites, Monte Carlo corridors and crash densities, and
// the regions the selected track overflies. Geometry that does not depend on t is projected once per projection.
// Positions at t come from Simulation::stateAt (exact); trails walk back along the cached densified route.
//   ScenarioLayer layer(atlas, res);  layer.setScene(&scn, &sim, nullptr);  layer.setProjection(proj);
//   layer.draw(target, view, ctx);   auto sel = layer.pick(view, mouse, t);
#include "atlas/Atlas.hpp"
#include "render/BaseMap.hpp"
#include "render/Labels.hpp"
#include "render/MapView.hpp"
#include "render/Resources.hpp"
#include "render/Selection.hpp"
#include "scenario/Scenario.hpp"
#include "sim/Simulation.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace salvo::render {

struct ScenarioLayers {
    bool areas = true;
    bool routes = true;
    bool altRoutes = true;    // unused route hypotheses
    bool munitions = true;
    bool trails = true;
    bool impacts = true;
    bool sites = true;
    bool corridors = true;    // ensemble corridors
    bool crashDensity = true; // ensemble crash zones
    bool overflown = true;    // regions under the selected track
    bool labels = true;
};

struct ScenarioDrawContext {
    UtcTime time;
    Selection selection;
    float scale = 1;          // DPI factor for symbol sizes
    bool hasStencil = true;
    // The base map draws its land after drawSeaAreas: a sea's area is then drawn by drawSeaAreas alone, and the land
    // covers the part of its disc that is not water.
    bool seasUnderLand = false;
    LabelLayer* labels = nullptr;
};

class ScenarioLayer {
public:
    ScenarioLayer(const atlas::Atlas& atlas, const Resources& res);
    // Pointers must outlive the layer or be replaced; ensemble may be null.
    void setScene(const scenario::Scenario* scn, const sim::Simulation* sim, const sim::Ensemble* ensemble);
    void setEnsemble(const sim::Ensemble* ensemble);
    void setProjection(const geodesy::Projection& proj);

    void draw(sf::RenderTarget& target, const MapView& view, const BaseMap& base, const ScenarioDrawContext& ctx,
              const ScenarioLayers& layers) {
        drawStatic(target, view, base, ctx, layers);
        drawDynamic(target, view, ctx, layers);
    }
    // What does not change with time (areas, routes, sites, corridors, overflown regions) ...
    void drawStatic(sf::RenderTarget& target, const MapView& view, const BaseMap& base, const ScenarioDrawContext& ctx,
                    const ScenarioLayers& layers);
    // Launch and target areas that are seas, to be drawn before the land (with ctx.seasUnderLand): the Red Sea's
    // disc then tints the Red Sea, not Egypt and Saudi Arabia. Their symbols and labels stay with drawStatic.
    void drawSeaAreas(sf::RenderTarget& target, const MapView& view, const ScenarioDrawContext& ctx,
                      const ScenarioLayers& layers) const;
    // ... and what does (munitions, trails, impacts): the viewer redraws only this part while the clock runs.
    void drawDynamic(sf::RenderTarget& target, const MapView& view, const ScenarioDrawContext& ctx,
                     const ScenarioLayers& layers);
    // The object under `screen` at time t: an in-flight munition, a reported site, an area, then a route.
    Selection pick(const MapView& view, sf::Vector2f screen, UtcTime t, float scale = 1) const;
    // Everything the scenario puts on the map (areas with their radius, routes, sites); empty without a scene.
    BBox bounds() const;
    int munitionsDrawn() const { return m_munitionsDrawn; }

private:
    struct Polyline {
        std::vector<LatLon> ll;
        std::vector<double> s;          // metres along the route
        std::vector<sf::Vector2f> world; // projected (NaN where unprojectable)
        std::vector<uint8_t> seam;       // seam[i]: the step from i-1 to i crosses the map's edge (antimeridian)
    };
    struct AreaGeom {
        const sim::Area* area = nullptr;
        enum class Shape { Point, Admin1, Country, Circle } shape = Shape::Point;
        uint32_t region = 0;
        std::vector<sf::Vector2f> circle; // world: the disc, or a curated sea's share of the water
        sf::Vector2f centre;              // world: the fan's centre (the area's position)
    };
    void rebuild();
    void drawAreas(sf::RenderTarget& t, const MapView& v, const BaseMap& base, const ScenarioDrawContext& ctx) const;
    void drawAreaCircle(sf::RenderTarget& t, const MapView& v, const AreaGeom& g, const ScenarioDrawContext& ctx,
                        sf::VertexArray& symbols) const;
    bool isSeaArea(const AreaGeom& g) const;
    void drawRoutes(sf::RenderTarget& t, const MapView& v, const ScenarioDrawContext& ctx, bool alt) const;
    void drawEnsemble(sf::RenderTarget& t, const MapView& v, const ScenarioLayers& layers) const;
    void drawMunitions(sf::RenderTarget& t, const MapView& v, const ScenarioDrawContext& ctx,
                       const ScenarioLayers& layers);
    void drawSites(sf::RenderTarget& t, const MapView& v, const ScenarioDrawContext& ctx) const;
    void drawOverflown(sf::RenderTarget& t, const MapView& v, const BaseMap& base, const ScenarioDrawContext& ctx) const;

    const atlas::Atlas& m_atlas;
    const Resources& m_res;
    const scenario::Scenario* m_scn = nullptr;
    const sim::Simulation* m_sim = nullptr;
    const sim::Ensemble* m_ens = nullptr;
    std::optional<geodesy::Projection> m_proj;

    std::vector<Polyline> m_paths;          // unique densified routes
    std::vector<uint32_t> m_trackPath;      // track → m_paths index
    std::vector<uint32_t> m_routePath;      // route hypothesis → m_paths index
    std::vector<AreaGeom> m_areas;
    std::vector<std::vector<sf::Vector2f>> m_siteCircles;
    std::vector<std::pair<std::vector<sf::Vector2f>, std::vector<sf::Vector2f>>> m_corridors;
    std::vector<sim::MunitionState> m_states;
    struct DynamicBuffers { // reused every frame (no per-frame allocation once warm)
        struct Hit { long long key; sf::Vector2f p; float intensity; int count; bool crash; };
        sf::VertexArray trails{sf::TriangleStrip}, halos{sf::Triangles}, glyphs{sf::Triangles}, glows{sf::Triangles},
            marks{sf::Triangles};
        std::vector<Hit> hits;
        std::unordered_map<long long, uint32_t> hitIndex;
        std::unordered_set<uint64_t> trailCells; // sub-pixel cells (and headings) of the trail heads drawn
        std::vector<sf::Vector2f> pts;
        std::vector<float> ages;
        std::vector<LatLon> ll;
        std::vector<geodesy::XY> xy;
        std::vector<uint32_t> drawn;
    } m_dyn;
    int m_munitionsDrawn = 0;
};

// Everything a simulation puts on the map (routes, areas with their radius, reported sites), without projecting.
BBox simulationBounds(const sim::Simulation& sim);
// What a frame shows by default: the simulation's bounds, else (nothing replays) the places of the scenario's events,
// else the places it names literally; empty when there is none of these.
BBox sceneBounds(const sim::Simulation* sim, const scenario::Scenario* sc);

// [SECTION] drawing helpers shared with the renderer (screen-space geometry)
void appendThickLine(sf::VertexArray& tris, sf::Vector2f a, sf::Vector2f b, float width, sf::Color c);
void appendThickPolyline(sf::VertexArray& tris, const std::vector<sf::Vector2f>& pts, float width, sf::Color c,
                         float dashPx = 0, float gapPx = 0);
void appendCircle(sf::VertexArray& tris, sf::Vector2f centre, float radius, sf::Color c, int segments = 20);
void appendRing(sf::VertexArray& tris, sf::Vector2f centre, float radius, float width, sf::Color c, int segments = 24);
// Diagonal hatch lines clipped to a convex polygon (screen space): the no-shader fallback.
void appendHatch(sf::VertexArray& lines, const std::vector<sf::Vector2f>& convex, float spacing, sf::Color c);

} // namespace salvo::render
