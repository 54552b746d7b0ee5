#pragma once
// BaseMap: the atlas drawn as a basemap — land fill, country and first-level borders, graticule — with level of detail.
// Model: every ring is projected once per projection change into world floats, and each vertex gets a Douglas–Peucker
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
#include <vector>

namespace salvo::render {

// Projected, simplifiable rings of one table (countries or admin-1).
class RingSet {
public:
    struct RingInfo {
        uint32_t begin = 0, count = 0; // into points()
        uint32_t region = 0;           // index into the atlas table
        sf::FloatRect bounds;          // world floats
        bool farSide = false;          // some vertex beyond the projection's usable radius: no fill
    };
    void build(const std::vector<atlas::Region>& regions, const geodesy::Projection& proj);
    // Appends kept vertices as line segments (sf::Lines) / fan triangles (sf::Triangles) for rings meeting `cull`.
    void appendLines(sf::VertexArray& out, float tolerance, const sf::FloatRect& cull, sf::Color c,
                     int onlyRegion = -1) const;
    void appendFans(sf::VertexArray& out, float tolerance, const sf::FloatRect& cull, sf::Color c,
                    int onlyRegion = -1) const;
    const std::vector<RingInfo>& rings() const { return m_rings; }
    // Rings of region r: [regionRings(r).first, .second) in rings().
    std::pair<uint32_t, uint32_t> regionRings(uint32_t r) const;
    size_t vertexCount() const { return m_pts.size(); }

private:
    std::vector<sf::Vector2f> m_pts;
    std::vector<float> m_importance; // metres; +inf for ring anchors
    std::vector<uint8_t> m_seam;     // vertex on the antimeridian or the south pole edge (not a real border)
    std::vector<RingInfo> m_rings;
    std::vector<uint32_t> m_regionFirstRing; // size regions+1
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
    sf::VertexArray m_grat{sf::Lines};
};

// The stencil even-odd fill: `fans` (world floats, drawn with `fanTransform`) mark the inside, then `cover` (screen
// coordinates) is drawn where the stencil is odd and the stencil is cleared again.
void stencilFill(sf::RenderTarget& target, const sf::VertexArray& fans, const sf::Transform& fanTransform,
                 const sf::VertexArray& cover, const sf::Shader* shader);
// Clears the stencil buffer; call once per frame before stencilFill.
void clearStencil(sf::RenderTarget& target);
// The cover quad of a whole target.
sf::VertexArray screenQuad(sf::Vector2u size, sf::Color c);
// World rect visible in `view`.
sf::FloatRect worldViewRect(const MapView& view);

} // namespace salvo::render
