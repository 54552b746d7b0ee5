// Notation: "world" = projected floats (x, -y) as in BaseMap; "screen" = pixels. s, d: metres along a route.
// Edge cases: tracks of one event usually share one route, so densified routes are cached once per distinct waypoint
// list; a munition before its launch draws nothing (not even its trail); impacts at one target are merged per few
// pixels so 26 arrivals make one glow, not a white-out; an area whose province is not in the atlas falls back to its
// circle.
#include "render/ScenarioLayer.hpp"

#include "geodesy/Geodesic.hpp"
#include "render/Style.hpp"

#include <SFML/Graphics/RenderStates.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <tuple>
#include <unordered_map>

namespace salvo::render {

namespace {

bool finite(sf::Vector2f p) { return std::isfinite(p.x) && std::isfinite(p.y); }
float len(sf::Vector2f v) { return std::sqrt(v.x * v.x + v.y * v.y); }
sf::Color withAlpha(sf::Color c, sf::Uint8 a) { c.a = a; return c; }

std::vector<sf::Vector2f> toScreen(const sf::Transform& tf, const std::vector<sf::Vector2f>& world) {
    std::vector<sf::Vector2f> out(world.size());
    for (size_t i = 0; i < world.size(); ++i)
        out[i] = finite(world[i]) ? tf.transformPoint(world[i]) : world[i];
    return out;
}

// The steps of a densely sampled route whose projected length is far more than the ground they cover: the route
// leaves the map on one edge and comes back on the other (the antimeridian of a cylindrical projection), and a straight
// segment between the two would cross the whole map.
std::vector<uint8_t> seamSteps(const std::vector<sf::Vector2f>& world, const std::vector<double>& s) {
    std::vector<uint8_t> seam(world.size(), 0);
    for (size_t i = 1; i < world.size() && i < s.size(); ++i)
        seam[i] = finite(world[i - 1]) && finite(world[i]) &&
                  len(world[i] - world[i - 1]) > 100.0 * std::fabs(s[i] - s[i - 1]) + 1000.0;
    return seam;
}

// Screen points of a route with a break (a NaN point, which the line drawers skip) at each seam step.
std::vector<sf::Vector2f> toScreenBroken(const sf::Transform& tf, const std::vector<sf::Vector2f>& world,
                                         const std::vector<uint8_t>& seam) {
    std::vector<sf::Vector2f> out;
    out.reserve(world.size() + 2);
    const float nan = std::numeric_limits<float>::quiet_NaN();
    for (size_t i = 0; i < world.size(); ++i) {
        if (i < seam.size() && seam[i]) out.push_back({nan, nan});
        out.push_back(finite(world[i]) ? tf.transformPoint(world[i]) : world[i]);
    }
    return out;
}

std::vector<sf::Vector2f> projectAll(const geodesy::Projection& proj, const std::vector<LatLon>& ll) {
    std::vector<geodesy::XY> xy(ll.size());
    proj.forwardMany(ll, xy);
    std::vector<sf::Vector2f> w(ll.size());
    for (size_t i = 0; i < ll.size(); ++i) w[i] = MapView::toWorld(xy[i]);
    return w;
}

std::vector<LatLon> geodesicCircle(LatLon c, double radiusMeters, int n = 96) {
    std::vector<LatLon> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) out.push_back(geodesy::direct(c, 360.0 * i / n, radiusMeters));
    return out;
}

float distToSegment(sf::Vector2f p, sf::Vector2f a, sf::Vector2f b) {
    const sf::Vector2f ab = b - a, ap = p - a;
    const float l2 = ab.x * ab.x + ab.y * ab.y;
    const float t = l2 > 0 ? std::clamp((ap.x * ab.x + ap.y * ab.y) / l2, 0.f, 1.f) : 0.f;
    return len(a + t * ab - p);
}

bool insidePolygon(sf::Vector2f p, const std::vector<sf::Vector2f>& poly) {
    bool in = false;
    for (size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
        if (((poly[i].y > p.y) != (poly[j].y > p.y)) &&
            (p.x < (poly[j].x - poly[i].x) * (p.y - poly[i].y) / (poly[j].y - poly[i].y) + poly[i].x))
            in = !in;
    }
    return in;
}

std::string hhmm(UtcTime t) {
    const std::string iso = formatIsoUtc(t); // YYYY-MM-DDTHH:MM:SSZ
    return iso.size() >= 16 ? iso.substr(11, 5) : iso;
}

// Squared minimum screen distance between kept trail vertices.
constexpr float kTrailMinStepPx2 = 5.f * 5.f;

// One trail as a ribbon appended to a triangle strip shared by all trails: consecutive ribbons are joined by two
// degenerate (zero-area) triangles, so every trail of the frame goes out in one draw call with 2 vertices per point.
// texcoord.x = age (0 at the munition .. 1 at the tail), texcoord.y = -1..1 across (the trail shader's inputs).
void appendTrailStrip(sf::VertexArray& strip, const std::vector<sf::Vector2f>& pts, const std::vector<float>& ages,
                      float halfWidth, bool shaders) {
    bool started = false;
    for (size_t j = 0; j < pts.size(); ++j) {
        const sf::Vector2f p = pts[j];
        if (!finite(p)) { started = false; continue; }
        // Normal from the neighbouring points (miter-free average of the adjacent segments).
        sf::Vector2f d{0, 0};
        if (j + 1 < pts.size() && finite(pts[j + 1])) d += pts[j + 1] - p;
        if (j > 0 && finite(pts[j - 1])) d += p - pts[j - 1];
        const float l = len(d);
        if (!(l > 1e-3f)) continue;
        const sf::Vector2f n{-d.y / l * halfWidth, d.x / l * halfWidth};
        sf::Color c = style::kTrail;
        if (!shaders) c.a = static_cast<sf::Uint8>(230 * std::pow(1 - ages[j], 1.6f));
        const sf::Vertex v0{p + n, c, {ages[j], 1}}, v1{p - n, c, {ages[j], -1}};
        if (!started && strip.getVertexCount() > 0) {
            // Degenerate join from the previous ribbon.
            strip.append(strip[strip.getVertexCount() - 1]);
            strip.append(v0);
        }
        started = true;
        strip.append(v0);
        strip.append(v1);
    }
}

} // namespace

// [SECTION] helpers

void appendThickLine(sf::VertexArray& tris, sf::Vector2f a, sf::Vector2f b, float width, sf::Color c) {
    sf::Vector2f d = b - a;
    const float l = len(d);
    if (!(l > 1e-4f)) return;
    const sf::Vector2f n{-d.y / l * 0.5f * width, d.x / l * 0.5f * width};
    tris.append({a + n, c}); tris.append({a - n, c}); tris.append({b + n, c});
    tris.append({b + n, c}); tris.append({a - n, c}); tris.append({b - n, c});
}

void appendThickPolyline(sf::VertexArray& tris, const std::vector<sf::Vector2f>& pts, float width, sf::Color c,
                         float dashPx, float gapPx) {
    float phase = 0; // distance into the current dash+gap period
    const float period = dashPx + gapPx;
    for (size_t i = 1; i < pts.size(); ++i) {
        sf::Vector2f a = pts[i - 1], b = pts[i];
        if (!finite(a) || !finite(b)) continue;
        const float l = len(b - a);
        if (l > 1e5f) continue; // torn (far side)
        if (period <= 0) { appendThickLine(tris, a, b, width, c); continue; }
        float s = 0;
        while (s < l) {
            const bool on = phase < dashPx;
            const float remain = on ? dashPx - phase : period - phase;
            const float step = std::min(remain, l - s);
            if (on) appendThickLine(tris, a + (b - a) * (s / l), a + (b - a) * ((s + step) / l), width, c);
            s += step;
            phase += step;
            if (phase >= period) phase -= period;
        }
    }
}

void appendCircle(sf::VertexArray& tris, sf::Vector2f centre, float r, sf::Color c, int segments) {
    for (int i = 0; i < segments; ++i) {
        const float a0 = 6.2831853f * i / segments, a1 = 6.2831853f * (i + 1) / segments;
        tris.append({centre, c});
        tris.append({centre + sf::Vector2f(r * std::cos(a0), r * std::sin(a0)), c});
        tris.append({centre + sf::Vector2f(r * std::cos(a1), r * std::sin(a1)), c});
    }
}

void appendRing(sf::VertexArray& tris, sf::Vector2f centre, float r, float width, sf::Color c, int segments) {
    std::vector<sf::Vector2f> pts;
    for (int i = 0; i <= segments; ++i) {
        const float a = 6.2831853f * i / segments;
        pts.push_back(centre + sf::Vector2f(r * std::cos(a), r * std::sin(a)));
    }
    appendThickPolyline(tris, pts, width, c);
}

void appendHatch(sf::VertexArray& lines, const std::vector<sf::Vector2f>& poly, float spacing, sf::Color c) {
    if (poly.size() < 3) return;
    // Lines x + y = k: intersect each with the polygon edges; convex, so two crossings per line.
    float kmin = 1e30f, kmax = -1e30f;
    for (auto p : poly) { kmin = std::min(kmin, p.x + p.y); kmax = std::max(kmax, p.x + p.y); }
    for (float k = std::ceil(kmin / spacing) * spacing; k <= kmax; k += spacing) {
        std::vector<sf::Vector2f> hits;
        for (size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
            const float fi = poly[i].x + poly[i].y - k, fj = poly[j].x + poly[j].y - k;
            if ((fi > 0) != (fj > 0)) {
                const float t = fi / (fi - fj);
                hits.push_back(poly[i] + (poly[j] - poly[i]) * t);
            }
        }
        if (hits.size() >= 2) { lines.append({hits[0], c}); lines.append({hits[1], c}); }
    }
}

// [SECTION] ScenarioLayer

ScenarioLayer::ScenarioLayer(const atlas::Atlas& atlas, const Resources& res) : m_atlas(atlas), m_res(res) {}

void ScenarioLayer::setScene(const scenario::Scenario* scn, const sim::Simulation* sim, const sim::Ensemble* ens) {
    m_scn = scn;
    m_sim = sim;
    m_ens = ens;
    rebuild();
}

void ScenarioLayer::setEnsemble(const sim::Ensemble* ens) {
    m_ens = ens;
    rebuild();
}

void ScenarioLayer::setProjection(const geodesy::Projection& proj) {
    m_proj = proj;
    rebuild();
}

void ScenarioLayer::rebuild() {
    m_paths.clear();
    m_trackPath.clear();
    m_routePath.clear();
    m_areas.clear();
    m_siteCircles.clear();
    m_corridors.clear();
    if (!m_sim || !m_proj) return;
    const auto pathFor = [&](const std::vector<LatLon>& route, const std::vector<double>& cum) -> uint32_t {
        for (uint32_t i = 0; i < m_paths.size(); ++i)
            if (m_paths[i].ll.size() >= 2 && m_paths[i].s.size() && route.size() >= 2 &&
                m_paths[i].ll.front() == route.front() && m_paths[i].ll.back() == route.back() &&
                std::fabs(m_paths[i].s.back() - (cum.empty() ? 0 : cum.back())) < 1)
                return i;
        Polyline p;
        double total = 0;
        for (size_t k = 0; k + 1 < route.size(); ++k) {
            geodesy::GeodesicLine line(route[k], route[k + 1]);
            const double l = line.length();
            const double step = std::clamp(l / 150, 2000.0, 15000.0);
            const int n = std::max(1, static_cast<int>(std::ceil(l / step)));
            for (int j = (k == 0 ? 0 : 1); j <= n; ++j) {
                const double s = l * j / n;
                p.ll.push_back(line.position(s));
                p.s.push_back(total + s);
            }
            total += l;
        }
        if (route.size() == 1) { p.ll.push_back(route[0]); p.s.push_back(0); }
        p.world = projectAll(*m_proj, p.ll);
        p.seam = seamSteps(p.world, p.s);
        m_paths.push_back(std::move(p));
        return static_cast<uint32_t>(m_paths.size() - 1);
    };
    for (const auto& t : m_sim->tracks()) m_trackPath.push_back(pathFor(t.route, t.cumulativeMeters));
    for (const auto& r : m_sim->routes()) m_routePath.push_back(pathFor(r.route, r.cumulativeMeters));

    const auto addArea = [&](const sim::Area& a) {
        AreaGeom g;
        g.area = &a;
        const std::string& prec = a.precision;
        if (prec == "admin1") {
            if (auto idx = m_atlas.admin1At(a.centre)) { g.shape = AreaGeom::Shape::Admin1; g.region = *idx; }
        } else if (prec == "country") {
            if (auto idx = m_atlas.countryAt(a.centre)) { g.shape = AreaGeom::Shape::Country; g.region = *idx; }
        }
        if (g.shape == AreaGeom::Shape::Point && a.radiusMeters > 0 && prec != "point") {
            g.shape = AreaGeom::Shape::Circle;
            // A curated sea is the water the seas' division gives it: the Red Sea stops at the Gulf of Aden.
            g.circle = projectAll(*m_proj, a.sea ? m_atlas.seaShareOutline(*a.sea)
                                                 : geodesicCircle(a.centre, a.radiusMeters));
            g.centre = projectAll(*m_proj, {a.centre}).front();
        }
        m_areas.push_back(std::move(g));
    };
    for (const auto& a : m_sim->launchAreas()) addArea(a);
    for (const auto& a : m_sim->targetAreas()) addArea(a);
    for (const auto& s : m_sim->reportedSites())
        m_siteCircles.push_back(s.radiusMeters > 0 ? projectAll(*m_proj, geodesicCircle(s.pos, s.radiusMeters, 64))
                                                   : std::vector<sf::Vector2f>{});
    if (m_ens)
        for (const auto& env : m_ens->tracks) m_corridors.emplace_back(projectAll(*m_proj, env.left), projectAll(*m_proj, env.right));
}

BBox simulationBounds(const sim::Simulation& sim) {
    BBox b;
    for (const auto& t : sim.tracks())
        for (auto ll : t.route) b.extend(ll);
    for (const auto& r : sim.routes())
        for (auto ll : r.route) b.extend(ll);
    for (const auto* list : {&sim.launchAreas(), &sim.targetAreas()})
        for (const auto& a : *list) {
            b.extend(a.centre);
            b.extend(a.nominal);
            if (a.radiusMeters > 0)
                for (double az : {0.0, 90.0, 180.0, 270.0}) b.extend(geodesy::direct(a.centre, az, a.radiusMeters));
        }
    for (const auto& s : sim.reportedSites()) b.extend(s.pos);
    return b;
}

BBox sceneBounds(const sim::Simulation* sim, const scenario::Scenario* sc) {
    BBox b = sim ? simulationBounds(*sim) : BBox{};
    if (!b.empty() || !sc) return b;
    // Nothing replays: show where the text says things happened (the events' places), else every place it names
    // literally, each with its extent (at least 50 km around).
    const auto add = [&](const scenario::Place& p) {
        const double r = std::max(p.radiusMeters, 50e3);
        for (double az : {0.0, 90.0, 180.0, 270.0}) b.extend(geodesy::direct(p.pos, az, r));
    };
    for (const auto& e : sc->events) {
        if (e.from)
            if (const auto* p = sc->place(*e.from)) add(*p);
        for (const auto& id : e.to)
            if (const auto* p = sc->place(id)) add(*p);
    }
    if (!b.empty()) return b;
    for (const auto& p : sc->places)
        if (std::any_of(p.mentions.begin(), p.mentions.end(), [](const auto& m) { return m.role == "literal"; }))
            add(p);
    return b;
}

BBox ScenarioLayer::bounds() const {
    if (!m_sim) return {};
    BBox b = simulationBounds(*m_sim);
    // Great-circle routes bulge poleward of their end points: include the densified paths.
    for (const auto& p : m_paths)
        for (auto ll : p.ll) b.extend(ll);
    return b;
}

void ScenarioLayer::drawStatic(sf::RenderTarget& target, const MapView& view, const BaseMap& base,
                               const ScenarioDrawContext& ctx, const ScenarioLayers& layers) {
    if (!m_sim || !m_proj) return;
    if (layers.overflown) drawOverflown(target, view, base, ctx);
    if (m_ens) drawEnsemble(target, view, layers);
    if (layers.areas) drawAreas(target, view, base, ctx);
    if (layers.routes) drawRoutes(target, view, ctx, layers.altRoutes);
    if (layers.sites) drawSites(target, view, ctx);
}

void ScenarioLayer::drawDynamic(sf::RenderTarget& target, const MapView& view, const ScenarioDrawContext& ctx,
                                const ScenarioLayers& layers) {
    m_munitionsDrawn = 0;
    if (!m_sim || !m_proj) return;
    if (layers.munitions || layers.impacts) drawMunitions(target, view, ctx, layers);
}

void ScenarioLayer::drawOverflown(sf::RenderTarget& t, const MapView& v, const BaseMap& base,
                                  const ScenarioDrawContext& ctx) const {
    if (ctx.selection.kind != Selection::Kind::Track || ctx.selection.index >= m_sim->tracks().size()) return;
    const auto& track = m_sim->tracks()[ctx.selection.index];
    for (const auto& o : track.overflights) {
        if (o.level != sim::OverflightLevel::Country || !o.regionIndex) continue;
        if (*o.regionIndex >= m_atlas.countries().size()) continue;
        base.fillRegion(t, v, atlas::Kind::Country, *o.regionIndex, style::kOverflown, nullptr, ctx.hasStencil);
        base.outlineRegion(t, v, atlas::Kind::Country, *o.regionIndex, withAlpha(style::kOverflown, 160));
        if (ctx.labels) {
            const auto& region = m_atlas.countries()[*o.regionIndex];
            if (auto s = v.toScreen(region.label))
                ctx.labels->add({o.name + "  " + hhmm(o.entryTime) + "–" + hhmm(o.exitTime) + " UTC", *s,
                                 static_cast<unsigned>(12 * ctx.scale), sf::Color(255, 220, 120), 900, false,
                                 sf::Color::White, true});
        }
    }
}

void ScenarioLayer::drawEnsemble(sf::RenderTarget& t, const MapView& v, const ScenarioLayers& layers) const {
    const sf::Transform tf = v.worldTransform();
    if (layers.corridors) {
        sf::VertexArray fill(sf::Triangles), edges(sf::Triangles);
        for (const auto& [left, right] : m_corridors) {
            const auto l = toScreen(tf, left), r = toScreen(tf, right);
            for (size_t i = 1; i < std::min(l.size(), r.size()); ++i) {
                if (!finite(l[i - 1]) || !finite(l[i]) || !finite(r[i - 1]) || !finite(r[i])) continue;
                fill.append({l[i - 1], style::kCorridor}); fill.append({r[i - 1], style::kCorridor});
                fill.append({l[i], style::kCorridor});
                fill.append({l[i], style::kCorridor}); fill.append({r[i - 1], style::kCorridor});
                fill.append({r[i], style::kCorridor});
            }
            appendThickPolyline(edges, l, 1.f, style::kCorridorEdge);
            appendThickPolyline(edges, r, 1.f, style::kCorridorEdge);
        }
        t.draw(fill);
        t.draw(edges);
    }
    if (layers.crashDensity && !m_ens->crashDensity.empty()) {
        double maxW = 0;
        for (const auto& c : m_ens->crashDensity) maxW = std::max(maxW, c.weight);
        sf::VertexArray quads(sf::Triangles);
        const float half = std::max(2.f, static_cast<float>(0.5 * m_ens->crashCellDeg * 111320.0 / v.metersPerPixel()));
        for (const auto& c : m_ens->crashDensity) {
            auto s = v.toScreen(c.pos);
            if (!s) continue;
            const double f = maxW > 0 ? c.weight / maxW : 0;
            sf::Color col = style::kDensity;
            col.g = static_cast<sf::Uint8>(60 + 160 * (1 - f));
            col.a = static_cast<sf::Uint8>(50 + 180 * f);
            const sf::Vector2f p = *s;
            quads.append({p + sf::Vector2f(-half, -half), col}); quads.append({p + sf::Vector2f(half, -half), col});
            quads.append({p + sf::Vector2f(half, half), col});
            quads.append({p + sf::Vector2f(-half, -half), col}); quads.append({p + sf::Vector2f(half, half), col});
            quads.append({p + sf::Vector2f(-half, half), col});
        }
        t.draw(quads);
    }
}

// An area drawn as its disc: a light fill for a target, hatching for a launch area, and a dashed outline.
void ScenarioLayer::drawAreaCircle(sf::RenderTarget& t, const MapView& v, const AreaGeom& g,
                                   const ScenarioDrawContext& ctx, sf::VertexArray& symbols) const {
    const sf::Transform tf = v.worldTransform();
    const float k = ctx.scale;
    const auto& a = *g.area;
    const bool launch = a.role == sim::Area::Role::Launch;
    const sf::Color c = launch ? style::kLaunch : style::kTarget;
    const bool selected = ctx.selection.kind == Selection::Kind::Place && ctx.selection.id == a.placeId;
    const sf::Color outline = selected ? style::kSelection : withAlpha(c, 230);
    const auto pts = toScreen(tf, g.circle);
    if (std::any_of(pts.begin(), pts.end(), [](sf::Vector2f p) { return !finite(p); })) return;
    const sf::Vector2f centre = tf.transformPoint(g.centre); // a sea's share is star-shaped from its position
    if (!finite(centre)) return;
    const auto fan = [&](sf::Uint8 alpha) {
        sf::VertexArray tris(sf::TriangleFan);
        tris.append({centre, withAlpha(c, alpha)});
        for (auto p : pts) tris.append({p, withAlpha(c, alpha)});
        tris.append({pts.front(), withAlpha(c, alpha)});
        return tris;
    };
    if (!launch) {
        // A target area is where the munitions go, often a whole sea: a light fill under its outline, so
        // that the routes, crashes and impacts on top stay readable.
        t.draw(fan(28));
    } else if (m_res.shaders) {
        sf::RenderStates st;
        st.shader = &m_res.hatch;
        t.draw(fan(200), st);
    } else {
        t.draw(fan(30));
        sf::VertexArray lines(sf::Lines);
        appendHatch(lines, pts, 8 * k, withAlpha(c, 200));
        t.draw(lines);
    }
    auto closed = pts;
    closed.push_back(pts.front());
    appendThickPolyline(symbols, closed, (selected ? 2.5f : 1.5f) * k, outline, 6 * k, 4 * k);
}

bool ScenarioLayer::isSeaArea(const AreaGeom& g) const {
    if (g.shape != AreaGeom::Shape::Circle || !m_scn) return false;
    const auto* p = m_scn->place(g.area->placeId);
    return p && p->kind == "sea";
}

void ScenarioLayer::drawSeaAreas(sf::RenderTarget& target, const MapView& view, const ScenarioDrawContext& ctx,
                                 const ScenarioLayers& layers) const {
    if (!m_sim || !m_proj || !layers.areas || !ctx.seasUnderLand) return;
    sf::VertexArray outlines(sf::Triangles);
    for (const auto& g : m_areas)
        if (isSeaArea(g)) drawAreaCircle(target, view, g, ctx, outlines);
    target.draw(outlines);
}

void ScenarioLayer::drawAreas(sf::RenderTarget& t, const MapView& v, const BaseMap& base,
                              const ScenarioDrawContext& ctx) const {
    const float k = ctx.scale;
    sf::VertexArray symbols(sf::Triangles);
    for (const auto& g : m_areas) {
        const auto& a = *g.area;
        const bool launch = a.role == sim::Area::Role::Launch;
        const sf::Color c = launch ? style::kLaunch : style::kTarget;
        const bool selected = ctx.selection.kind == Selection::Kind::Place && ctx.selection.id == a.placeId;
        const sf::Color outline = selected ? style::kSelection : withAlpha(c, 230);
        switch (g.shape) {
        case AreaGeom::Shape::Admin1:
        case AreaGeom::Shape::Country: {
            const auto level = g.shape == AreaGeom::Shape::Admin1 ? atlas::Kind::Admin1 : atlas::Kind::Country;
            base.fillRegion(t, v, level, g.region, withAlpha(c, g.shape == AreaGeom::Shape::Admin1 ? 70 : 35), nullptr,
                            ctx.hasStencil);
            base.outlineRegion(t, v, level, g.region, outline);
            break;
        }
        case AreaGeom::Shape::Circle:
            if (!(ctx.seasUnderLand && isSeaArea(g))) drawAreaCircle(t, v, g, ctx, symbols);
            break;
        case AreaGeom::Shape::Point: break;
        }
        // The point the tracks use (and the place's symbol when it is a point).
        if (auto s = v.toScreen(a.nominal)) {
            if (launch) {
                appendCircle(symbols, *s, 6.5f * k, style::kHalo);
                appendCircle(symbols, *s, 5 * k, c);
            } else {
                appendRing(symbols, *s, 8 * k, 3.5f * k, style::kHalo);
                appendRing(symbols, *s, 8 * k, 2 * k, c);
                appendCircle(symbols, *s, 2.5f * k, c);
            }
            if (selected) appendRing(symbols, *s, 12 * k, 1.5f * k, style::kSelection);
            if (ctx.labels && !a.name.empty())
                ctx.labels->add({a.name, *s + sf::Vector2f(6 * k, 0), static_cast<unsigned>(13 * k),
                                 selected ? style::kSelection : sf::Color(c.r / 2 + 128, c.g / 2 + 128, c.b / 2 + 128),
                                 1000, false, c, false, false, true});
        }
    }
    t.draw(symbols);
}

void ScenarioLayer::drawRoutes(sf::RenderTarget& t, const MapView& v, const ScenarioDrawContext& ctx, bool alt) const {
    const sf::Transform tf = v.worldTransform();
    const float k = ctx.scale;
    sf::VertexArray tris(sf::Triangles), sel(sf::Triangles);
    std::vector<char> done(m_paths.size(), 0);
    const auto& routes = m_sim->routes();
    // Alternatives first, used routes over them.
    for (int pass = 0; pass < 2; ++pass)
        for (size_t i = 0; i < routes.size(); ++i) {
            const bool used = routes[i].used;
            if ((pass == 0) == used) continue;
            if (!used && !alt) continue;
            const uint32_t p = m_routePath[i];
            if (done[p]) continue;
            done[p] = 1;
            const auto pts = toScreenBroken(tf, m_paths[p].world, m_paths[p].seam);
            if (used) appendThickPolyline(tris, pts, 2.f * k, style::kRoute);
            else appendThickPolyline(tris, pts, 1.3f * k, style::kRouteAlt, 7 * k, 5 * k);
        }
    const auto selected = [&](uint32_t p) { return toScreenBroken(tf, m_paths[p].world, m_paths[p].seam); };
    if (ctx.selection.kind == Selection::Kind::Track && ctx.selection.index < m_trackPath.size())
        appendThickPolyline(sel, selected(m_trackPath[ctx.selection.index]), 3.f * k,
                            withAlpha(style::kSelection, 220));
    if (ctx.selection.kind == Selection::Kind::Route && ctx.selection.index < m_routePath.size())
        appendThickPolyline(sel, selected(m_routePath[ctx.selection.index]), 3.f * k,
                            withAlpha(style::kSelection, 220));
    t.draw(tris);
    t.draw(sel);
}

void ScenarioLayer::drawSites(sf::RenderTarget& t, const MapView& v, const ScenarioDrawContext& ctx) const {
    const sf::Transform tf = v.worldTransform();
    const float k = ctx.scale;
    sf::VertexArray tris(sf::Triangles);
    const auto& sites = m_sim->reportedSites();
    for (size_t i = 0; i < sites.size(); ++i) {
        const bool selected = ctx.selection.kind == Selection::Kind::Site && ctx.selection.index == i;
        if (i < m_siteCircles.size() && !m_siteCircles[i].empty()) {
            auto pts = toScreen(tf, m_siteCircles[i]);
            pts.push_back(pts.front());
            appendThickPolyline(tris, pts, 1.2f * k, withAlpha(style::kSite, 170), 4 * k, 4 * k);
        }
        auto s = v.toScreen(sites[i].pos);
        if (!s) continue;
        const float r = 7 * k, h = 8.5f * k;
        const sf::Vector2f p = *s;
        for (auto [rad, col] : {std::pair{h, style::kHalo}, std::pair{r, selected ? style::kSelection : style::kSite}}) {
            tris.append({p + sf::Vector2f(0, -rad), col}); tris.append({p + sf::Vector2f(rad, 0), col});
            tris.append({p + sf::Vector2f(0, rad), col});
            tris.append({p + sf::Vector2f(0, -rad), col}); tris.append({p + sf::Vector2f(0, rad), col});
            tris.append({p + sf::Vector2f(-rad, 0), col});
        }
        if (ctx.labels)
            ctx.labels->add({sites[i].name + " (reported)", p + sf::Vector2f(6 * k, 0), static_cast<unsigned>(12 * k),
                             style::kSite, 950});
    }
    t.draw(tris);
}

void ScenarioLayer::drawMunitions(sf::RenderTarget& t, const MapView& v, const ScenarioDrawContext& ctx,
                                  const ScenarioLayers& layers) {
    const auto& tracks = m_sim->tracks();
    m_sim->statesAt(ctx.time, m_states);
    const sf::Transform tf = v.worldTransform();
    const float k = ctx.scale;
    const sf::Vector2f size(v.size());
    const bool shaders = m_res.shaders;
    // Buffers live across frames: clear() keeps their capacity, so a steady frame allocates nothing.
    auto& b = m_dyn;
    b.trails.clear();
    b.halos.clear();
    b.glyphs.clear();
    b.glows.clear();
    b.marks.clear();
    b.hits.clear();
    b.hitIndex.clear();
    b.trailCells.clear();
    const auto span = m_sim->timeSpan();
    const double tau = std::max(30.0, 0.03 * span.durationSeconds());
    auto& pts = b.pts;
    auto& ages = b.ages;
    // Positions of everything drawn, projected in one batch (one PROJ call rather than one per munition).
    const size_t nTracks = std::min(tracks.size(), m_states.size());
    b.ll.clear();
    b.drawn.clear();
    for (size_t i = 0; i < nTracks; ++i) {
        const auto& st = m_states[i];
        if (st.phase == sim::MunitionState::NotLaunched) continue;
        if (!st.active && !layers.impacts) continue;
        if (st.active && !layers.munitions) continue;
        b.ll.push_back(st.pos);
        b.drawn.push_back(static_cast<uint32_t>(i));
    }
    b.xy.resize(b.ll.size());
    m_proj->forwardMany(b.ll, b.xy);
    for (size_t q = 0; q < b.drawn.size(); ++q) {
        const size_t i = b.drawn[q];
        const auto& st = m_states[i];
        const auto& tr = tracks[i];
        if (!std::isfinite(b.xy[q].x) || !std::isfinite(b.xy[q].y)) continue;
        const sf::Vector2f p = v.toScreen(b.xy[q]);
        if (!st.active) {
            const double since = ctx.time - tr.endTime();
            const float inten = static_cast<float>(std::exp(-std::max(0.0, since) / tau));
            const long long key = (static_cast<long long>(std::floor(p.x / 4)) << 32) ^
                                  static_cast<long long>(static_cast<int>(std::floor(p.y / 4)) & 0xffffffff);
            auto [slot, fresh] = b.hitIndex.try_emplace(key, static_cast<uint32_t>(b.hits.size()));
            if (fresh) b.hits.push_back({key, p, 0.f, 0, false});
            auto it = b.hits.begin() + slot->second;
            it->p = p;
            it->intensity = std::max(it->intensity, inten);
            it->count++;
            it->crash = it->crash || st.phase == sim::MunitionState::Crashed;
            continue;
        }
        if (p.x < -200 || p.y < -200 || p.x > size.x + 200 || p.y > size.y + 200) continue;
        ++m_munitionsDrawn;
        const Polyline& path = m_paths[m_trackPath[i]];
        // Segment containing the current distance.
        const double d = st.distanceMeters;
        size_t seg = static_cast<size_t>(std::upper_bound(path.s.begin(), path.s.end(), d) - path.s.begin());
        seg = std::clamp<size_t>(seg, 1, std::max<size_t>(1, path.s.size() - 1));
        sf::Vector2f dir{0, -1};
        if (path.world.size() >= 2) {
            const sf::Vector2f a = tf.transformPoint(path.world[seg - 1]), bb = tf.transformPoint(path.world[seg]);
            const float l = len(bb - a);
            if (l > 1e-3f && finite(a) && finite(bb)) dir = (bb - a) / l;
            else {
                const double h = st.headingDeg * M_PI / 180;
                dir = {static_cast<float>(std::sin(h)), static_cast<float>(-std::cos(h))};
            }
        }
        bool drawTrail = layers.trails && path.world.size() >= 2;
        if (drawTrail) {
            // Sub-pixel level of detail: a trail whose head falls in the same sub-pixel cell, with the same heading
            // (to 10°), as an already drawn one would be drawn over it again — in a dense salvo hundreds of ribbons
            // overlap there and the blend is saturated either way; skipping it saves most of the fill.
            const float ang = std::atan2(dir.y, dir.x) * (18.f / 3.14159265f); // 10° buckets
            const auto cell = [](float v) { return static_cast<uint64_t>(static_cast<int64_t>(std::floor(v / 0.75f)) & 0xfffff); };
            const uint64_t key = cell(p.x) | cell(p.y) << 20 |
                                 (static_cast<uint64_t>(static_cast<int64_t>(std::floor(ang)) & 0xff) << 40);
            drawTrail = b.trailCells.insert(key).second;
        }
        if (drawTrail) {
            const double trailMeters = std::max(0.08 * tr.lengthMeters(), 1.0);
            pts.assign(1, p);
            ages.assign(1, 0.f);
            for (size_t j = seg; j-- > 0;) {
                if (j + 1 < path.seam.size() && path.seam[j + 1]) break; // the trail stops at the map's edge
                const double sj = path.s[j];
                if (sj <= d - trailMeters) {
                    // Tail: interpolate to exactly trailMeters behind.
                    const double s1 = path.s[j + 1];
                    const double f = s1 > sj ? (d - trailMeters - sj) / (s1 - sj) : 0;
                    const sf::Vector2f a = tf.transformPoint(path.world[j]), bb = tf.transformPoint(path.world[j + 1]);
                    pts.push_back(a + (bb - a) * static_cast<float>(f));
                    ages.push_back(1.f);
                    break;
                }
                const sf::Vector2f q = tf.transformPoint(path.world[j]);
                // Screen-space level of detail: route vertices closer than a few pixels to the last kept one add
                // nothing visible (the age, hence the fade, stays exact: it is interpolated per fragment).
                const sf::Vector2f dq = q - pts.back();
                if (dq.x * dq.x + dq.y * dq.y < kTrailMinStepPx2 && finite(q)) continue;
                pts.push_back(q);
                ages.push_back(static_cast<float>((d - sj) / trailMeters));
            }
            appendTrailStrip(b.trails, pts, ages, 3.f * k, shaders);
        }
        const sf::Vector2f nrm{-dir.y, dir.x};
        const bool selected = ctx.selection.kind == Selection::Kind::Track && ctx.selection.index == i;
        // Halos of all munitions go under all glyphs, so a salvo flying in close order stays bright.
        for (auto [grow, col, arr] : {std::tuple{2.2f * k, style::kHalo, &b.halos},
                                      std::tuple{0.f, selected ? style::kSelection : style::kMunition, &b.glyphs}}) {
            const float fwd = 8 * k + grow, back = 5 * k + grow, side = 4.5f * k + grow;
            arr->append({p + dir * fwd, col});
            arr->append({p - dir * back + nrm * side, col});
            arr->append({p - dir * back - nrm * side, col});
        }
        if (selected) appendRing(b.glyphs, p, 13 * k, 1.5f * k, style::kSelection);
    }
    if (b.trails.getVertexCount()) {
        sf::RenderStates st;
        if (shaders) st.shader = &m_res.trail;
        t.draw(b.trails, st);
    }
    for (const auto& h : b.hits) {
        const sf::Color c = h.crash ? style::kCrash : style::kImpact;
        const float r = (10 + 14 * h.intensity + 2 * std::min(h.count, 10)) * k;
        sf::Color gc = c;
        gc.a = static_cast<sf::Uint8>(255 * (0.35f + 0.65f * h.intensity));
        if (shaders) {
            const sf::Vector2f p = h.p;
            b.glows.append({p + sf::Vector2f(-r, -r), gc, {-1, -1}}); b.glows.append({p + sf::Vector2f(r, -r), gc, {1, -1}});
            b.glows.append({p + sf::Vector2f(r, r), gc, {1, 1}});
            b.glows.append({p + sf::Vector2f(-r, -r), gc, {-1, -1}}); b.glows.append({p + sf::Vector2f(r, r), gc, {1, 1}});
            b.glows.append({p + sf::Vector2f(-r, r), gc, {-1, 1}});
        } else {
            for (int ring = 3; ring >= 1; --ring) {
                sf::Color rc = gc;
                rc.a = static_cast<sf::Uint8>(gc.a / (ring + 1));
                appendCircle(b.glows, h.p, r * ring / 3, rc, 20);
            }
        }
        // Persistent mark: an X for a crash, a dot for an impact.
        if (h.crash) {
            appendThickLine(b.marks, h.p + sf::Vector2f(-5, -5) * k, h.p + sf::Vector2f(5, 5) * k, 2.5f * k, c);
            appendThickLine(b.marks, h.p + sf::Vector2f(-5, 5) * k, h.p + sf::Vector2f(5, -5) * k, 2.5f * k, c);
        } else {
            appendCircle(b.marks, h.p, 3 * k, c);
        }
    }
    if (b.glows.getVertexCount()) {
        sf::RenderStates st;
        st.blendMode = sf::BlendAdd;
        if (shaders) st.shader = &m_res.glow;
        t.draw(b.glows, st);
    }
    if (b.marks.getVertexCount()) t.draw(b.marks);
    if (b.halos.getVertexCount()) t.draw(b.halos);
    if (b.glyphs.getVertexCount()) t.draw(b.glyphs);
}

Selection ScenarioLayer::pick(const MapView& v, sf::Vector2f screen, UtcTime t, float k) const {
    if (!m_sim) return {};
    const auto& tracks = m_sim->tracks();
    // Munitions in flight, nearest first.
    float best = 12 * k;
    Selection sel;
    for (size_t i = 0; i < tracks.size(); ++i) {
        const auto st = m_sim->stateAt(i, t);
        if (!st.active) continue;
        if (auto s = v.toScreen(st.pos)) {
            const float d = len(*s - screen);
            if (d < best) { best = d; sel = {Selection::Kind::Track, tracks[i].id, i}; }
        }
    }
    if (!sel.empty()) return sel;
    const auto& sites = m_sim->reportedSites();
    for (size_t i = 0; i < sites.size(); ++i)
        if (auto s = v.toScreen(sites[i].pos); s && len(*s - screen) < 10 * k)
            return {Selection::Kind::Site, sites[i].name, i};
    const sf::Transform tf = v.worldTransform();
    for (const auto& g : m_areas) {
        if (auto s = v.toScreen(g.area->nominal); s && len(*s - screen) < 12 * k)
            return {Selection::Kind::Place, g.area->placeId, 0};
    }
    // Routes: the first track on the route (or the hypothesis itself when no track uses it).
    for (size_t r = 0; r < m_routePath.size(); ++r) {
        const auto& path = m_paths[m_routePath[r]];
        const auto pts = toScreenBroken(tf, path.world, path.seam);
        for (size_t j = 1; j < pts.size(); ++j)
            if (finite(pts[j - 1]) && finite(pts[j]) && distToSegment(screen, pts[j - 1], pts[j]) < 5 * k) {
                for (size_t i = 0; i < tracks.size(); ++i)
                    if (m_trackPath[i] == m_routePath[r]) return {Selection::Kind::Track, tracks[i].id, i};
                return {Selection::Kind::Route, {}, r};
            }
    }
    for (const auto& g : m_areas) {
        if (g.shape == AreaGeom::Shape::Circle && insidePolygon(screen, toScreen(tf, g.circle)))
            return {Selection::Kind::Place, g.area->placeId, 0};
        if (g.shape == AreaGeom::Shape::Admin1 || g.shape == AreaGeom::Shape::Country)
            if (auto ll = v.toLatLon(screen))
                if (m_atlas.regionContains(g.shape == AreaGeom::Shape::Admin1 ? atlas::Kind::Admin1 : atlas::Kind::Country,
                                           g.region, *ll))
                    return {Selection::Kind::Place, g.area->placeId, 0};
    }
    return {};
}

} // namespace salvo::render
