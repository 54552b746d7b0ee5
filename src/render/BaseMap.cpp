// Notation: "world" = projected metres as floats with y negated (screen orientation); tolerance = Douglas–Peucker
// distance in world metres. Edge cases: Natural Earth splits rings at ±180° and closes Antarctica along −90°; those
// edges are seams, not borders, and are not stroked. In aeqd the far side of the globe is torn: rings that reach past
// Projection::usableRadiusMeters() are not filled and their far segments are not stroked.
#include "render/BaseMap.hpp"

#include "render/Style.hpp"

#include <SFML/Graphics/RenderStates.hpp>
#include <SFML/OpenGL.hpp>

#include <algorithm>
#include <atomic>
#include <thread>
#include <cmath>
#include <limits>
#include <tuple>

namespace salvo::render {

namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();

float segDistance(sf::Vector2f p, sf::Vector2f a, sf::Vector2f b) {
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float len2 = dx * dx + dy * dy;
    float t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0.f;
    t = std::clamp(t, 0.f, 1.f);
    const float ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
    return std::sqrt(ex * ex + ey * ey);
}

// Douglas–Peucker importance of the vertices of one ring (pts[0..n)). Children never exceed their parent, so filtering
// by a threshold always yields a valid DP simplification.
void ringImportance(const sf::Vector2f* pts, float* imp, size_t n) {
    if (n == 0) return;
    std::fill(imp, imp + n, 0.f);
    imp[0] = kInf;
    imp[n - 1] = kInf;
    if (n < 3) return;
    // Second anchor: the vertex farthest from the first, so a closed ring never collapses to a line.
    size_t far = 1;
    float best = -1;
    for (size_t i = 1; i < n; ++i) {
        const float dx = pts[i].x - pts[0].x, dy = pts[i].y - pts[0].y;
        const float d = dx * dx + dy * dy;
        if (d > best) { best = d; far = i; }
    }
    imp[far] = kInf;
    struct Job { size_t a, b; float cap; };
    std::vector<Job> stack{{0, far, kInf}, {far, n - 1, kInf}};
    while (!stack.empty()) {
        const Job j = stack.back();
        stack.pop_back();
        if (j.b <= j.a + 1) continue;
        size_t m = j.a + 1;
        float dm = -1;
        for (size_t i = j.a + 1; i < j.b; ++i) {
            const float d = segDistance(pts[i], pts[j.a], pts[j.b]);
            if (d > dm) { dm = d; m = i; }
        }
        const float v = std::min(dm, j.cap);
        imp[m] = v;
        stack.push_back({j.a, m, v});
        stack.push_back({m, j.b, v});
    }
}

bool isNan(sf::Vector2f p) { return std::isnan(p.x) || std::isnan(p.y); }

} // namespace

// [SECTION] RingSet

void RingSet::build(const std::vector<atlas::Region>& regions, const geodesy::Projection& proj) {
    m_proj = proj;
    if (m_regions != &regions || m_regionFirstRing.size() != regions.size() + 1) {
        // The ring table and lat/lon boxes: once per atlas table.
        m_regions = &regions;
        m_src.clear();
        m_rings.clear();
        m_regionFirstRing.assign(regions.size() + 1, 0);
        uint32_t begin = 0;
        for (size_t r = 0; r < regions.size(); ++r) {
            m_regionFirstRing[r] = static_cast<uint32_t>(m_rings.size());
            for (const auto& poly : regions[r].shape.polygons)
                for (const auto& ring : poly.rings) {
                    if (ring.points.size() < 3) continue;
                    Source src;
                    src.pts = &ring.points;
                    src.minLat = src.minLon = kInf;
                    src.maxLat = src.maxLon = -kInf;
                    for (const auto& p : ring.points) {
                        src.minLat = std::min(src.minLat, static_cast<float>(p.lat));
                        src.maxLat = std::max(src.maxLat, static_cast<float>(p.lat));
                        src.minLon = std::min(src.minLon, static_cast<float>(p.lon));
                        src.maxLon = std::max(src.maxLon, static_cast<float>(p.lon));
                    }
                    m_src.push_back(src);
                    RingInfo info;
                    info.begin = begin;
                    info.count = static_cast<uint32_t>(ring.points.size() + 1); // closed explicitly
                    info.region = static_cast<uint32_t>(r);
                    begin += info.count;
                    m_rings.push_back(info);
                }
        }
        m_regionFirstRing[regions.size()] = static_cast<uint32_t>(m_rings.size());
        m_pts.resize(begin);
        m_importance.resize(begin);
        m_seam.resize(begin);
    }
    m_done.assign(m_rings.size(), 0);
    m_projectedCount = 0;
    m_proj2.reset();
}

void RingSet::ensure(uint32_t k) const {
    if (m_done[k]) return;
    m_done[k] = 1;
    ++m_projectedCount;
    projectRing(k, *m_proj, m_xy);
}

void RingSet::ensureMany(const std::vector<uint32_t>& rings) const {
    size_t points = 0;
    for (uint32_t k : rings) points += m_rings[k].count;
    if (points < 40000 || std::thread::hardware_concurrency() < 2) {
        for (uint32_t k : rings) ensure(k);
        return;
    }
    if (!m_proj2) {
        auto p = geodesy::Projection::create(m_proj->kind(), m_proj->centre());
        if (!p || p->definition() != m_proj->definition()) {
            for (uint32_t k : rings) ensure(k);
            return;
        }
        m_proj2 = std::move(*p);
    }
    // Both threads take rings from one counter; rings own disjoint slices of the vertex arrays.
    std::atomic<size_t> next{0};
    const auto work = [&](const geodesy::Projection& proj, std::vector<geodesy::XY>& scratch) {
        for (size_t i; (i = next.fetch_add(1)) < rings.size();) projectRing(rings[i], proj, scratch);
    };
    std::vector<geodesy::XY> scratch2;
    std::thread helper([&] { work(*m_proj2, scratch2); });
    work(*m_proj, m_xy);
    helper.join();
    for (uint32_t k : rings) {
        if (!m_done[k]) ++m_projectedCount;
        m_done[k] = 1;
    }
}

void RingSet::projectRing(uint32_t k, const geodesy::Projection& proj, std::vector<geodesy::XY>& xyv) const {
    RingInfo& info = m_rings[k];
    const auto& ll = *m_src[k].pts;
    const size_t n = ll.size();
    xyv.resize(n);
    proj.forwardMany(ll, xyv);
    const double usable = proj.usableRadiusMeters();
    const double usable2 = usable * usable;
    sf::Vector2f* pts = &m_pts[info.begin];
    uint8_t* seam = &m_seam[info.begin];
    info.farSide = false;
    float minX = kInf, minY = kInf, maxX = -kInf, maxY = -kInf;
    for (size_t i = 0; i < n; ++i) {
        const auto& xy = xyv[i];
        sf::Vector2f w{static_cast<float>(xy.x), static_cast<float>(-xy.y)};
        if (std::isnan(w.x) || !(xy.x * xy.x + xy.y * xy.y <= usable2)) {
            info.farSide = true;
            w = {std::nanf(""), std::nanf("")};
        } else {
            minX = std::min(minX, w.x); maxX = std::max(maxX, w.x);
            minY = std::min(minY, w.y); maxY = std::max(maxY, w.y);
        }
        pts[i] = w;
        seam[i] = std::fabs(ll[i].lon) >= 179.9999 || ll[i].lat <= -89.999;
    }
    // Close the ring explicitly so the last edge is stroked.
    pts[n] = pts[0];
    seam[n] = seam[0];
    info.empty = minX > maxX;
    if (info.empty) return;
    info.bounds = {minX, minY, maxX - minX, maxY - minY};
    float* imp = &m_importance[info.begin];
    if (info.farSide) {
        // NaN vertices break the DP distances: keep every vertex of torn rings (they are few and far away).
        std::fill(imp, imp + info.count, kInf);
    } else {
        ringImportance(pts, imp, info.count);
    }
}

void RingSet::projectAll() const {
    m_pending.clear();
    for (uint32_t k = 0; k < m_rings.size(); ++k)
        if (!m_done[k]) m_pending.push_back(k);
    ensureMany(m_pending);
}

RingSet::LLBox RingSet::llBoxOf(const sf::FloatRect& r) const {
    LLBox all;
    if (!m_proj) return all;
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    // The extremes of latitude and longitude over a rectangle lie on its edges unless a pole is inside: sample the
    // edges densely, then widen a little for what lies between samples.
    constexpr int kPerEdge = 24;
    for (int e = 0; e < 4; ++e)
        for (int i = 0; i < kPerEdge; ++i) {
            const float f = static_cast<float>(i) / kPerEdge;
            sf::Vector2f w;
            switch (e) {
            case 0: w = {r.left + f * r.width, r.top}; break;
            case 1: w = {r.left + r.width, r.top + f * r.height}; break;
            case 2: w = {r.left + r.width - f * r.width, r.top + r.height}; break;
            default: w = {r.left, r.top + r.height - f * r.height}; break;
            }
            const auto ll = m_proj->inverse(geodesy::XY{w.x, -static_cast<double>(w.y)});
            if (!ll) return all; // part of the rectangle is off the globe
            // Off the usable disc the inverse still answers, but the ring arrays hold NaN there: no harm in asking.
            minLat = std::min(minLat, ll->lat); maxLat = std::max(maxLat, ll->lat);
            minLon = std::min(minLon, ll->lon); maxLon = std::max(maxLon, ll->lon);
        }
    for (double pole : {90.0, -90.0}) {
        const double lat = m_proj->kind() == geodesy::ProjectionKind::WebMercator ? pole * 0.945 : pole;
        if (auto xy = m_proj->forward(LatLon{lat, 0})) {
            const sf::Vector2f w = MapView::toWorld(*xy);
            if (r.contains(w)) {
                minLon = -180; maxLon = 180;
                (pole > 0 ? maxLat : minLat) = pole;
            }
        }
    }
    if (maxLon - minLon > 180) { minLon = -180; maxLon = 180; }
    const double padLat = 0.15 * (maxLat - minLat) + 0.5, padLon = 0.15 * (maxLon - minLon) + 0.5;
    return {std::max(-90.0, minLat - padLat), std::min(90.0, maxLat + padLat), std::max(-180.0, minLon - padLon),
            std::min(180.0, maxLon + padLon)};
}

template <class F>
void RingSet::forRings(uint32_t first, uint32_t last, const sf::FloatRect& cull, F&& f) const {
    if (!m_proj) return;
    const LLBox b = llBoxOf(cull);
    const auto meets = [&](uint32_t k) {
        const Source& s = m_src[k];
        return !(s.maxLat < b.minLat || s.minLat > b.maxLat || s.maxLon < b.minLon || s.minLon > b.maxLon);
    };
    m_pending.clear();
    for (uint32_t k = first; k < last; ++k)
        if (!m_done[k] && meets(k)) m_pending.push_back(k);
    if (!m_pending.empty()) ensureMany(m_pending);
    for (uint32_t k = first; k < last; ++k) {
        if (!meets(k)) continue;
        if (m_rings[k].empty || !m_rings[k].bounds.intersects(cull)) continue;
        f(k);
    }
}

std::pair<uint32_t, uint32_t> RingSet::regionRings(uint32_t r) const {
    if (r + 1 >= m_regionFirstRing.size()) return {0, 0};
    return {m_regionFirstRing[r], m_regionFirstRing[r + 1]};
}

void RingSet::appendLines(sf::VertexArray& out, float tol, const sf::FloatRect& cull, sf::Color c,
                          int onlyRegion) const {
    uint32_t first = 0, last = static_cast<uint32_t>(m_rings.size());
    if (onlyRegion >= 0) std::tie(first, last) = regionRings(static_cast<uint32_t>(onlyRegion));
    const float minSize = tol * 1.5f;
    forRings(first, last, cull, [&](uint32_t k) {
        const auto& r = m_rings[k];
        if (r.bounds.width < minSize && r.bounds.height < minSize) return;
        const sf::Vector2f* p = &m_pts[r.begin];
        const float* imp = &m_importance[r.begin];
        const uint8_t* seam = &m_seam[r.begin];
        long prev = -1;
        for (uint32_t i = 0; i < r.count; ++i) {
            if (imp[i] < tol) continue;
            if (prev >= 0 && !(seam[prev] && seam[i]) && !isNan(p[prev]) && !isNan(p[i]) &&
                !(std::max(p[prev].x, p[i].x) < cull.left || std::min(p[prev].x, p[i].x) > cull.left + cull.width ||
                  std::max(p[prev].y, p[i].y) < cull.top || std::min(p[prev].y, p[i].y) > cull.top + cull.height)) {
                out.append(sf::Vertex(p[prev], c));
                out.append(sf::Vertex(p[i], c));
            }
            prev = i;
        }
    });
}

namespace {
// Sutherland–Hodgman against an axis-aligned rectangle. For the stencil even-odd fill a clipped concave ring stays
// correct: the edges it gains run along the rectangle and cancel in pairs.
void clipToRect(std::vector<sf::Vector2f>& poly, const sf::FloatRect& r, std::vector<sf::Vector2f>& tmp) {
    const float x0 = r.left, y0 = r.top, x1 = r.left + r.width, y1 = r.top + r.height;
    for (int side = 0; side < 4 && !poly.empty(); ++side) {
        const auto inside = [&](sf::Vector2f p) {
            switch (side) {
            case 0: return p.x >= x0;
            case 1: return p.x <= x1;
            case 2: return p.y >= y0;
            default: return p.y <= y1;
            }
        };
        const auto cross = [&](sf::Vector2f a, sf::Vector2f b) {
            float t;
            switch (side) {
            case 0: t = (x0 - a.x) / (b.x - a.x); break;
            case 1: t = (x1 - a.x) / (b.x - a.x); break;
            case 2: t = (y0 - a.y) / (b.y - a.y); break;
            default: t = (y1 - a.y) / (b.y - a.y); break;
            }
            return a + (b - a) * t;
        };
        tmp.clear();
        for (size_t i = 0; i < poly.size(); ++i) {
            const sf::Vector2f cur = poly[i], prev = poly[(i + poly.size() - 1) % poly.size()];
            const bool ci = inside(cur), pi = inside(prev);
            if (ci) {
                if (!pi) tmp.push_back(cross(prev, cur));
                tmp.push_back(cur);
            } else if (pi) {
                tmp.push_back(cross(prev, cur));
            }
        }
        poly.swap(tmp);
    }
}
} // namespace

void RingSet::appendFans(sf::VertexArray& out, float tol, const sf::FloatRect& cull, sf::Color c, int onlyRegion) const {
    uint32_t first = 0, last = static_cast<uint32_t>(m_rings.size());
    if (onlyRegion >= 0) std::tie(first, last) = regionRings(static_cast<uint32_t>(onlyRegion));
    const float minSize = tol * 2.f;
    std::vector<sf::Vector2f> poly, tmp;
    forRings(first, last, cull, [&](uint32_t k) {
        const auto& r = m_rings[k];
        if (r.farSide) return;
        if (r.bounds.width < minSize && r.bounds.height < minSize) return;
        const sf::Vector2f* p = &m_pts[r.begin];
        const float* imp = &m_importance[r.begin];
        poly.clear();
        for (uint32_t i = 0; i + 1 < r.count; ++i) // the last vertex repeats the first
            if (imp[i] >= tol) poly.push_back(p[i]);
        const bool inside = r.bounds.left >= cull.left && r.bounds.top >= cull.top &&
                            r.bounds.left + r.bounds.width <= cull.left + cull.width &&
                            r.bounds.top + r.bounds.height <= cull.top + cull.height;
        if (!inside) clipToRect(poly, cull, tmp);
        if (poly.size() < 3) return;
        // Fan from the centre of the ring's box, one triangle per edge: any pivot gives the right parity, and a central
        // one covers far fewer pixels than a fan from the first vertex (less stencil fill on a software rasteriser).
        float x0 = kInf, y0 = kInf, x1 = -kInf, y1 = -kInf;
        for (auto q : poly) {
            x0 = std::min(x0, q.x); x1 = std::max(x1, q.x);
            y0 = std::min(y0, q.y); y1 = std::max(y1, q.y);
        }
        const sf::Vector2f pivot{0.5f * (x0 + x1), 0.5f * (y0 + y1)};
        for (size_t i = 0; i < poly.size(); ++i) {
            out.append(sf::Vertex(pivot, c));
            out.append(sf::Vertex(poly[i], c));
            out.append(sf::Vertex(poly[i + 1 < poly.size() ? i + 1 : 0], c));
        }
    });
}

// [SECTION] stencil helpers

void clearStencil(sf::RenderTarget& target) {
    target.setActive(true);
    glStencilMask(0xFF);
    glClearStencil(0);
    glClear(GL_STENCIL_BUFFER_BIT);
}

void stencilFill(sf::RenderTarget& target, const sf::VertexArray& fans, const sf::Transform& fanTransform,
                 const sf::VertexArray& cover, const sf::Shader* shader, bool coverSpansFans) {
    if (fans.getVertexCount() == 0) return;
    target.setActive(true);
    glEnable(GL_STENCIL_TEST);
    glStencilMask(0x01);
    glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
    glStencilFunc(GL_ALWAYS, 0, 0x01);
    glStencilOp(GL_KEEP, GL_KEEP, GL_INVERT);
    sf::RenderStates fs;
    fs.transform = fanTransform;
    fs.blendMode = sf::BlendNone;
    target.draw(fans, fs);
    target.setActive(true);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glStencilFunc(GL_EQUAL, 1, 0x01);
    glStencilOp(GL_ZERO, GL_ZERO, GL_ZERO); // clears the stencil wherever the cover is drawn (pass or fail)
    sf::RenderStates cs;
    cs.shader = shader;
    target.draw(cover, cs);
    target.setActive(true);
    if (!coverSpansFans) {
        // Bits the cover did not reach (outside it) are cleared by drawing the fans once more with a zero op.
        glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
        glStencilFunc(GL_ALWAYS, 0, 0x01);
        glStencilOp(GL_ZERO, GL_ZERO, GL_ZERO);
        target.draw(fans, fs);
        target.setActive(true);
        glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    }
    glDisable(GL_STENCIL_TEST);
}

sf::VertexArray coverQuad(const sf::VertexArray& fans, const sf::Transform& fanTransform, sf::Vector2u size,
                          sf::Color c) {
    float minX = kInf, minY = kInf, maxX = -kInf, maxY = -kInf;
    for (size_t i = 0; i < fans.getVertexCount(); ++i) {
        const sf::Vector2f p = fans[i].position;
        minX = std::min(minX, p.x); maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y); maxY = std::max(maxY, p.y);
    }
    sf::VertexArray q(sf::TriangleStrip);
    if (!(minX <= maxX)) return q;
    // Transform the world box (an axis-aligned scale + translation: corners map to corners), pad by a pixel for
    // rasterisation rules, and keep it on the target.
    const sf::Vector2f a = fanTransform.transformPoint({minX, minY}), b = fanTransform.transformPoint({maxX, maxY});
    const float w = static_cast<float>(size.x), h = static_cast<float>(size.y);
    const float x0 = std::clamp(std::floor(std::min(a.x, b.x)) - 1, 0.f, w), x1 = std::clamp(std::ceil(std::max(a.x, b.x)) + 1, 0.f, w);
    const float y0 = std::clamp(std::floor(std::min(a.y, b.y)) - 1, 0.f, h), y1 = std::clamp(std::ceil(std::max(a.y, b.y)) + 1, 0.f, h);
    if (x1 <= x0 || y1 <= y0) return q;
    q.append(sf::Vertex({x0, y0}, c, {x0, y0}));
    q.append(sf::Vertex({x1, y0}, c, {x1, y0}));
    q.append(sf::Vertex({x0, y1}, c, {x0, y1}));
    q.append(sf::Vertex({x1, y1}, c, {x1, y1}));
    return q;
}

sf::VertexArray screenQuad(sf::Vector2u size, sf::Color c) {
    sf::VertexArray q(sf::TriangleStrip, 4);
    const float w = static_cast<float>(size.x), h = static_cast<float>(size.y);
    q[0] = sf::Vertex({0, 0}, c, {0, 0});
    q[1] = sf::Vertex({w, 0}, c, {w, 0});
    q[2] = sf::Vertex({0, h}, c, {0, h});
    q[3] = sf::Vertex({w, h}, c, {w, h});
    return q;
}

sf::FloatRect worldViewRect(const MapView& view) {
    const double mpp = view.metersPerPixel();
    const auto c = view.centre();
    const double w = view.size().x * mpp, h = view.size().y * mpp;
    return {static_cast<float>(c.x - 0.5 * w), static_cast<float>(-c.y - 0.5 * h), static_cast<float>(w),
            static_cast<float>(h)};
}

// [SECTION] BaseMap

BaseMap::BaseMap(const atlas::Atlas& atlas) : m_atlas(atlas) {}

void BaseMap::setProjection(const geodesy::Projection& proj) {
    m_countries.build(m_atlas.countries(), proj);
    m_admin1.build(m_atlas.admin1(), proj);
    m_cache = LodCache{};
    m_grat.clear();
    m_gratKey[0] = m_gratKey[1] = m_gratKey[2] = m_gratKey[3] = 0;
}

namespace {
bool containsRect(const sf::FloatRect& outer, const sf::FloatRect& inner) {
    return inner.left >= outer.left && inner.top >= outer.top && inner.left + inner.width <= outer.left + outer.width &&
           inner.top + inner.height <= outer.top + outer.height;
}
} // namespace

void BaseMap::refreshCache(const MapView& view, bool wantAdmin1) {
    const int bucket = static_cast<int>(std::floor(std::log2(view.metersPerPixel())));
    const sf::FloatRect vr = worldViewRect(view);
    if (bucket == m_cache.bucket && containsRect(m_cache.area, vr) && (m_cacheHasAdmin1 || !wantAdmin1)) return;
    m_cache.bucket = bucket;
    m_cache.area = {vr.left - 0.5f * vr.width, vr.top - 0.5f * vr.height, 2 * vr.width, 2 * vr.height};
    const float tol = 1.0f * std::ldexp(1.f, bucket); // 0.5..1 px at this bucket's zoom levels
    m_cache.land.clear();
    m_cache.countries.clear();
    m_cache.admin1.clear();
    m_countries.appendFans(m_cache.land, tol, m_cache.area, style::kLand);
    m_countries.appendLines(m_cache.countries, tol, m_cache.area, style::kCountryBorder);
    m_cacheHasAdmin1 = wantAdmin1;
    if (wantAdmin1) m_admin1.appendLines(m_cache.admin1, tol, m_cache.area, style::kAdmin1Border);
}

void BaseMap::drawLand(sf::RenderTarget& target, const MapView& view, bool hasStencil) {
    m_lastDrawn = 0;
    if (!hasStencil) return;
    refreshCache(view, false);
    // The cover is the whole target: it reaches every stencil bit the fans set on it, so no clearing pass.
    stencilFill(target, m_cache.land, view.worldTransform(), screenQuad(view.size(), style::kLand), nullptr, true);
    m_lastDrawn = m_cache.land.getVertexCount();
}

void BaseMap::drawBorders(sf::RenderTarget& target, const MapView& view, const BaseLayers& layers, float) {
    // Admin-1 borders only once a country spans a good part of the screen (< 3 km/px).
    const bool admin1 = layers.admin1Borders && view.metersPerPixel() < 3000;
    refreshCache(view, admin1);
    sf::RenderStates st;
    st.transform = view.worldTransform();
    if (admin1) target.draw(m_cache.admin1, st);
    if (layers.countryBorders) target.draw(m_cache.countries, st);
    m_lastDrawn += (admin1 ? m_cache.admin1.getVertexCount() : 0) + m_cache.countries.getVertexCount();
}

void BaseMap::fillRegion(sf::RenderTarget& target, const MapView& view, atlas::Kind level, uint32_t index,
                         sf::Color color, const sf::Shader* shader, bool hasStencil) const {
    const RingSet& set = level == atlas::Kind::Admin1 ? m_admin1 : m_countries;
    const float tol = 0.5f * static_cast<float>(view.metersPerPixel());
    sf::VertexArray fans(sf::Triangles);
    set.appendFans(fans, tol, worldViewRect(view), color, static_cast<int>(index));
    if (fans.getVertexCount() == 0) return;
    if (hasStencil) {
        // Cover only the fans' screen box (a province is a small part of the screen); it spans every fan fragment.
        const sf::Transform tf = view.worldTransform();
        stencilFill(target, fans, tf, coverQuad(fans, tf, view.size(), color), shader, true);
    } else {
        // No stencil: convex-fan approximation (exact for convex rings, overdraws concave ones).
        sf::RenderStates st;
        st.transform = view.worldTransform();
        target.draw(fans, st);
    }
}

void BaseMap::outlineRegion(sf::RenderTarget& target, const MapView& view, atlas::Kind level, uint32_t index,
                            sf::Color color) const {
    const RingSet& set = level == atlas::Kind::Admin1 ? m_admin1 : m_countries;
    const float tol = 0.5f * static_cast<float>(view.metersPerPixel());
    sf::VertexArray lines(sf::Lines);
    set.appendLines(lines, tol, worldViewRect(view), color, static_cast<int>(index));
    sf::RenderStates st;
    st.transform = view.worldTransform();
    target.draw(lines, st);
}

void BaseMap::drawGraticule(sf::RenderTarget& target, const MapView& view) {
    // Built for twice the view in world floats and reused while a pan stays inside it (same zoom and size).
    const double key[4] = {view.metersPerPixel(), static_cast<double>(view.size().x * 100000 + view.size().y),
                           m_gratKey[2], m_gratKey[3]};
    const sf::FloatRect vr = worldViewRect(view);
    if (!(key[0] == m_gratKey[0] && key[1] == m_gratKey[1] && containsRect(m_gratArea, vr))) {
        m_gratKey[0] = key[0];
        m_gratKey[1] = key[1];
        m_gratArea = {vr.left - 0.5f * vr.width, vr.top - 0.5f * vr.height, 2 * vr.width, 2 * vr.height};
        m_grat.clear();
        const double degPerPx = view.metersPerPixel() / 111320.0;
        const double want = 140 * degPerPx;
        double step = 30;
        for (double s : {0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0})
            if (s >= want) { step = s; break; }
        // Visible lat/lon range from a grid of screen points; any miss (off the globe) widens to the world.
        double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        bool whole = false;
        const auto sz = view.size();
        for (int i = 0; i <= 16 && !whole; ++i)
            for (int j = 0; j <= 16; ++j) {
                auto ll = view.toLatLon({sz.x * (i / 8.f - 0.5f), sz.y * (j / 8.f - 0.5f)});
                if (!ll) { whole = true; break; }
                minLat = std::min(minLat, ll->lat); maxLat = std::max(maxLat, ll->lat);
                minLon = std::min(minLon, ll->lon); maxLon = std::max(maxLon, ll->lon);
            }
        if (whole || maxLon - minLon > 180) { minLat = -90; maxLat = 90; minLon = -180; maxLon = 180; }
        // Poles inside the view make every longitude visible.
        for (double pole : {89.9, -89.9})
            if (auto s = view.toScreen(LatLon{pole, 0});
                s && s->x >= -0.5f * sz.x && s->y >= -0.5f * sz.y && s->x <= 1.5f * sz.x && s->y <= 1.5f * sz.y) {
                minLon = -180; maxLon = 180;
                (pole > 0 ? maxLat : minLat) = pole;
            }
        minLat = std::max(-85.0, std::floor((minLat - step) / step) * step);
        maxLat = std::min(85.0, std::ceil((maxLat + step) / step) * step);
        minLon = std::max(-180.0, std::floor((minLon - step) / step) * step);
        maxLon = std::min(180.0, std::ceil((maxLon + step) / step) * step);
        const double sub = std::max(0.05, step / 10);
        const double usable = view.projection().usableRadiusMeters();
        const float tear = static_cast<float>(0.25 * std::max(sz.x, sz.y) * view.metersPerPixel());
        const auto addLine = [&](auto pointAt, double from, double to) {
            std::optional<sf::Vector2f> prev;
            for (double v = from; v <= to + 1e-9; v += sub) {
                auto xy = view.projection().forward(pointAt(std::min(v, to)));
                std::optional<sf::Vector2f> cur;
                if (xy && std::hypot(xy->x, xy->y) <= usable) cur = MapView::toWorld(*xy);
                if (prev && cur && std::hypot(cur->x - prev->x, cur->y - prev->y) < tear) {
                    m_grat.append(sf::Vertex(*prev, style::kGraticule));
                    m_grat.append(sf::Vertex(*cur, style::kGraticule));
                }
                prev = cur;
            }
        };
        int lines = 0;
        for (double lon = minLon; lon <= maxLon + 1e-9 && lines < 400; lon += step, ++lines)
            addLine([lon](double lat) { return LatLon{lat, lon}; }, std::max(minLat, -80.0), std::min(maxLat, 80.0));
        for (double lat = std::max(minLat, -80.0); lat <= std::min(maxLat, 80.0) + 1e-9 && lines < 800; lat += step, ++lines)
            addLine([lat](double lon) { return LatLon{lat, lon}; }, minLon, maxLon);
    }
    sf::RenderStates st;
    st.transform = view.worldTransform();
    target.draw(m_grat, st);
}

} // namespace salvo::render
