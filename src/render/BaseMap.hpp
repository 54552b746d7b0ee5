#pragma once
// BaseMap: the atlas drawn as a basemap — land fill, country and first-level borders, graticule — with level of detail.
// Model: a ring is projected into world floats (lazily, the first time a view reaches it; then kept until the
// projection changes), and each vertex gets a Douglas–Peucker
// importance (the simplification tolerance, in projected metres, below which it is dropped). A frame filters the
// vertices at tolerance ≈ 0.7 px of ground and keeps only rings near the view; the filtered vertex arrays are cached
// per zoom bucket (powers of two of metres/pixel) and view neighbourhood, so a steady frame re-projects nothing and
// draws a vertex count that stays roughly flat from world view to city view.
// Land is filled with the stencil even-odd trick (triangle fans inverting the stencil, then one cover quad), so any
// polygon with holes fills correctly without triangulation; without a stencil buffer the land fill is skipped.
//   BaseMap base(atlas);  base.setProjection(view.projection());
//   base.drawLand(target, view);  base.drawBorders(target, view, layers);
#include "atlas/Atlas.hpp"
#include "geodesy/Projection.hpp"
#include "render/MapView.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Shader.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace salvo::render {

// Projected, simplifiable rings of one table (countries or admin-1). Projection is lazy, ring by ring: build() only
// records each ring's latitude/longitude box; a ring is projected (and its Douglas–Peucker importances computed) the
// first time a request's area reaches it, so the first frame pays for what it shows, not for the world.
class RingSet {
public:
    struct RingInfo {
        uint32_t begin = 0, count = 0; // into the vertex arrays; count includes the closing vertex
        uint32_t region = 0;           // index into the atlas table
        sf::FloatRect bounds;          // world floats (valid once projected)
        bool farSide = false;          // some vertex beyond the projection's usable radius: no fill
        bool empty = false;            // every vertex on the far side: nothing to draw
    };
    void build(const std::vector<atlas::Region>& regions, const geodesy::Projection& proj);
    // Appends kept vertices as line segments (sf::Lines) / fan triangles (sf::Triangles) for rings meeting `cull`.
    void appendLines(sf::VertexArray& out, float tolerance, const sf::FloatRect& cull, sf::Color c,
                     int onlyRegion = -1) const;
    void appendFans(sf::VertexArray& out, float tolerance, const sf::FloatRect& cull, sf::Color c,
                    int onlyRegion = -1) const;
    size_t ringCount() const { return m_rings.size(); }
    // Rings of region r: [regionRings(r).first, .second).
    std::pair<uint32_t, uint32_t> regionRings(uint32_t r) const;
    size_t vertexCount() const { return m_pts.size(); }
    size_t projectedRings() const { return m_projectedCount; }
    void projectAll() const; // every ring now (tests, benchmarks)

private:
    struct Source {
        const std::vector<LatLon>* pts = nullptr;
        float minLat = 0, maxLat = 0, minLon = 0, maxLon = 0;
    };
    struct LLBox {
        double minLat = -90, maxLat = 90, minLon = -180, maxLon = 180;
    };
    LLBox llBoxOf(const sf::FloatRect& world) const;
    // Candidate rings of [first, last) whose lat/lon box meets `box`, projected; calls f(ringIndex).
    template <class F> void forRings(uint32_t first, uint32_t last, const sf::FloatRect& cull, F&& f) const;
    void ensure(uint32_t ring) const;
    void projectRing(uint32_t ring, const geodesy::Projection& proj, std::vector<geodesy::XY>& scratch) const;
    // Projects the listed rings, on two threads when there are many points (each thread its own PROJ context).
    void ensureMany(const std::vector<uint32_t>& rings) const;

    const std::vector<atlas::Region>* m_regions = nullptr;
    std::vector<Source> m_src;                 // per ring; kept across projections (lat/lon does not change)
    std::optional<geodesy::Projection> m_proj;
    mutable std::vector<RingInfo> m_rings;
    mutable std::vector<uint8_t> m_done;       // per ring: projected
    mutable std::vector<sf::Vector2f> m_pts;
    mutable std::vector<float> m_importance;   // metres; +inf for ring anchors
    mutable std::vector<uint8_t> m_seam;       // vertex on the antimeridian or the south pole edge (not a border)
    mutable size_t m_projectedCount = 0;
    mutable std::vector<geodesy::XY> m_xy;     // scratch
    mutable std::optional<geodesy::Projection> m_proj2; // a second PROJ context for the helper thread
    mutable std::vector<uint32_t> m_pending;   // scratch
    std::vector<uint32_t> m_regionFirstRing;   // size regions+1
};

struct BaseLayers {
    bool land = true;
    bool countryBorders = true;
    bool admin1Borders = true;
    bool graticule = true;
};

class BaseMap {
public:
    explicit BaseMap(const atlas::Atlas& atlas);
    void setProjection(const geodesy::Projection& proj); // re-projects every ring (~0.3 s for the world atlas)

    void drawLand(sf::RenderTarget& target, const MapView& view, bool hasStencil);
    void drawBorders(sf::RenderTarget& target, const MapView& view, const BaseLayers& layers, float scale);
    void drawGraticule(sf::RenderTarget& target, const MapView& view);
    // Fills one region (level Country or Admin1) with `color`, or with `shader` over the cover when given.
    void fillRegion(sf::RenderTarget& target, const MapView& view, atlas::Kind level, uint32_t index, sf::Color color,
                    const sf::Shader* shader, bool hasStencil) const;
    void outlineRegion(sf::RenderTarget& target, const MapView& view, atlas::Kind level, uint32_t index,
                       sf::Color color) const;

    const RingSet& countries() const { return m_countries; }
    const RingSet& admin1() const { return m_admin1; }
    size_t lastDrawnVertices() const { return m_lastDrawn; }

private:
    struct LodCache {
        int bucket = 1 << 30;
        sf::FloatRect area; // world rect the arrays cover
        sf::VertexArray land{sf::Triangles}, countries{sf::Lines}, admin1{sf::Lines};
    };
    void refreshCache(const MapView& view, bool wantAdmin1);

    const atlas::Atlas& m_atlas;
    RingSet m_countries, m_admin1;
    LodCache m_cache;
    bool m_cacheHasAdmin1 = false;
    size_t m_lastDrawn = 0;
    // graticule cache
    double m_gratKey[4] = {0, 0, 0, 0};
    sf::FloatRect m_gratArea;
    sf::VertexArray m_grat{sf::Lines};
};

// The stencil even-odd fill: `fans` (world floats, drawn with `fanTransform`) mark the inside, then `cover` (screen
// coordinates) is drawn where the stencil is odd and the stencil is cleared again. coverSpansFans: the cover reaches
// every on-target fragment of the fans (the whole target, or coverQuad), so the cover pass alone clears the stencil
// and the second fan pass is skipped.
void stencilFill(sf::RenderTarget& target, const sf::VertexArray& fans, const sf::Transform& fanTransform,
                 const sf::VertexArray& cover, const sf::Shader* shader, bool coverSpansFans = false);
// The screen box of `fans` (drawn with fanTransform), padded and clipped to a target of `size`, as a cover quad.
sf::VertexArray coverQuad(const sf::VertexArray& fans, const sf::Transform& fanTransform, sf::Vector2u size,
                          sf::Color c);
// Clears the stencil buffer; call once per frame before stencilFill.
void clearStencil(sf::RenderTarget& target);
// The cover quad of a whole target.
sf::VertexArray screenQuad(sf::Vector2u size, sf::Color c);
// World rect visible in `view`.
sf::FloatRect worldViewRect(const MapView& view);

} // namespace salvo::render
