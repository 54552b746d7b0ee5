#include "render/MapRenderer.hpp"

#include "geodesy/Geodesic.hpp"
#include "render/Style.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Sprite.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/OpenGL.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace salvo::render {

namespace {
sf::Text makeText(const sf::Font& f, const std::string& s, unsigned size, sf::Color c) {
    sf::Text t(sf::String::fromUtf8(s.begin(), s.end()), f, size);
    t.setFillColor(c);
    t.setOutlineColor(style::kHalo);
    t.setOutlineThickness(1.5f);
    return t;
}
std::string upper(std::string s) {
    for (auto& ch : s)
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    return s;
}
} // namespace

MapRenderer::MapRenderer(const atlas::Atlas& atlas, const Resources& res)
    : m_atlas(atlas), m_res(res), m_base(atlas), m_scenario(atlas, res), m_labels(res.font) {
    // Places worth a label: populated, most populous first (capitals win ties).
    const auto& places = atlas.places();
    for (uint32_t i = 0; i < places.size(); ++i)
        if (places[i].population >= 20000 || places[i].featureCode == "PPLC") m_placeOrder.push_back(i);
    std::stable_sort(m_placeOrder.begin(), m_placeOrder.end(), [&](uint32_t a, uint32_t b) {
        const auto pa = places[a].population * (places[a].featureCode == "PPLC" ? 4 : 1);
        const auto pb = places[b].population * (places[b].featureCode == "PPLC" ? 4 : 1);
        return pa > pb;
    });
}

void MapRenderer::setScene(const scenario::Scenario* scn, const sim::Simulation* sim, const sim::Ensemble* ens) {
    m_scenario.setScene(scn, sim, ens);
    m_hasEnsemble = ens != nullptr;
    m_untimed = sim == nullptr || sim->tracks().empty();
    ++m_sceneVersion;
}

bool MapRenderer::syncProjection(const MapView& view) {
    if (view.projection().definition() == m_projDef) return false;
    const auto& proj = view.projection();
    m_projDef = proj.definition();
    m_base.setProjection(proj);
    m_scenario.setProjection(proj);
    const double usable = proj.usableRadiusMeters();
    const auto project = [&](LatLon ll) {
        auto xy = proj.forward(ll);
        if (!xy || std::hypot(xy->x, xy->y) > usable) return sf::Vector2f{NAN, NAN};
        return MapView::toWorld(*xy);
    };
    std::vector<LatLon> ll;
    for (uint32_t i : m_placeOrder) ll.push_back(m_atlas.places()[i].pos);
    std::vector<geodesy::XY> xy(ll.size());
    proj.forwardMany(ll, xy);
    m_placeWorld.resize(ll.size());
    for (size_t i = 0; i < ll.size(); ++i)
        m_placeWorld[i] = std::hypot(xy[i].x, xy[i].y) > usable ? sf::Vector2f{NAN, NAN} : MapView::toWorld(xy[i]);
    m_seaWorld.clear();
    for (const auto& f : m_atlas.features()) m_seaWorld.push_back(project(f.pos));
    m_countryWorld.clear();
    for (const auto& c : m_atlas.countries()) m_countryWorld.push_back(project(c.label));
    return true;
}

void MapRenderer::addBaseLabels(const MapView& view, const LayerVisibility& layers, float k) {
    const sf::Transform tf = view.worldTransform();
    const sf::Vector2f size(view.size());
    const double mpp = view.metersPerPixel();
    const auto onScreen = [&](sf::Vector2f p) { return p.x >= 0 && p.y >= 0 && p.x <= size.x && p.y <= size.y; };
    if (layers.seaLabels) {
        const auto& fs = m_atlas.features();
        for (size_t i = 0; i < fs.size(); ++i) {
            if (fs[i].kind != atlas::Kind::Sea || std::isnan(m_seaWorld[i].x)) continue;
            const double radiusPx = fs[i].radiusKm * 1000 / mpp;
            if (radiusPx < 25 || radiusPx > 4000) continue;
            const sf::Vector2f p = tf.transformPoint(m_seaWorld[i]);
            if (!onScreen(p)) continue;
            LabelRequest r{fs[i].name, p, static_cast<unsigned>((radiusPx > 120 ? 13 : 11) * k), style::kSeaLabel,
                           500.f + static_cast<float>(std::min(radiusPx, 400.0))};
            r.centred = true;
            r.italic = true;
            m_labels.add(std::move(r));
        }
    }
    if (layers.countryLabels) {
        const auto& cs = m_atlas.countries();
        for (size_t i = 0; i < cs.size(); ++i) {
            if (std::isnan(m_countryWorld[i].x)) continue;
            const double sizePx = std::sqrt(std::max(cs[i].areaKm2, 0.0)) * 1000 / mpp;
            if (sizePx < 45 || sizePx > 3000) continue;
            const sf::Vector2f p = tf.transformPoint(m_countryWorld[i]);
            if (!onScreen(p)) continue;
            LabelRequest r{upper(cs[i].name), p, static_cast<unsigned>((sizePx > 200 ? 13 : 11) * k), style::kCountryLabel,
                           400.f + static_cast<float>(std::min(sizePx, 99.0))};
            r.centred = true;
            r.letterSpacing = 1.3f;
            m_labels.add(std::move(r));
        }
    }
    if (layers.placeLabels) {
        // Fewer, bigger places when zoomed out.
        const long long minPop = mpp > 8000 ? 2000000 : mpp > 3000 ? 500000 : mpp > 1000 ? 100000 : mpp > 300 ? 20000 : 0;
        const auto& places = m_atlas.places();
        int added = 0;
        const int maxLabels = static_cast<int>(size.x * size.y / 9000);
        for (size_t j = 0; j < m_placeOrder.size() && added < maxLabels * 3; ++j) {
            const auto& pl = places[m_placeOrder[j]];
            if (pl.population < minPop && pl.featureCode != "PPLC") break;
            if (std::isnan(m_placeWorld[j].x)) continue;
            const sf::Vector2f p = tf.transformPoint(m_placeWorld[j]);
            if (!onScreen(p)) continue;
            const bool big = pl.population >= 1000000 || pl.featureCode == "PPLC";
            LabelRequest r{pl.asciiName.empty() ? pl.name : pl.asciiName, p, static_cast<unsigned>((big ? 12 : 11) * k),
                           style::kPlaceLabel, static_cast<float>(std::log10(1.0 + pl.population)) * 10};
            r.dot = true;
            r.dotColor = style::kPlaceDot;
            m_labels.add(std::move(r));
            ++added;
        }
    }
}

void MapRenderer::drawScaleBar(sf::RenderTarget& t, const MapView& view, const sf::FloatRect& area, float k) {
    const sf::Vector2f a{area.left + 16 * k, area.top + area.height - 22 * k};
    auto p0 = view.toLatLon(a), p1 = view.toLatLon(a + sf::Vector2f(100 * k, 0));
    if (!p0 || !p1) return;
    const double mPerPx = geodesy::distanceMeters(*p0, *p1) / (100 * k); // geodesic, at this spot of the map
    if (!(mPerPx > 0)) return;
    const double target = 140 * k * mPerPx;
    double nice = std::pow(10.0, std::floor(std::log10(target)));
    for (double m : {5.0, 2.0, 1.0})
        if (nice * m <= target) { nice *= m; break; }
    const float px = static_cast<float>(nice / mPerPx);
    sf::VertexArray tris(sf::Triangles);
    appendThickLine(tris, a, a + sf::Vector2f(px, 0), 5 * k, style::kHalo);
    appendThickLine(tris, a, a + sf::Vector2f(px, 0), 2.5f * k, style::kText);
    for (float x : {0.f, px * 0.5f, px}) {
        appendThickLine(tris, a + sf::Vector2f(x, -6 * k), a + sf::Vector2f(x, 1), 3.5f * k, style::kHalo);
        appendThickLine(tris, a + sf::Vector2f(x, -6 * k), a + sf::Vector2f(x, 1), 1.5f * k, style::kText);
    }
    t.draw(tris);
    char buf[64];
    if (nice >= 1000) std::snprintf(buf, sizeof buf, "%g km", nice / 1000);
    else std::snprintf(buf, sizeof buf, "%g m", nice);
    auto txt = makeText(m_res.font, buf, static_cast<unsigned>(12 * k), style::kText);
    txt.setPosition(std::round(a.x + px + 8 * k), std::round(a.y - 11 * k));
    t.draw(txt);
}

void MapRenderer::drawLegend(sf::RenderTarget& t, const sf::FloatRect& area, float k, const LayerVisibility& layers) {
    struct Item { const char* label; sf::Color c; int symbol; }; // 0 dot, 1 ring, 2 line, 3 dashed, 4 triangle, 5 X, 6 diamond, 7 box
    std::vector<Item> items = {{"Launch area", style::kLaunch, 0},   {"Target area", style::kTarget, 1},
                               {"Route (geodesic)", style::kRoute, 2}, {"Alternative route", style::kRouteAlt, 3},
                               {"Munition in flight", style::kMunition, 4}, {"Impact", style::kImpact, 0},
                               {"Crash", style::kCrash, 5},        {"Reported site", style::kSite, 6}};
    if (m_hasEnsemble && layers.scenario.corridors) items.push_back({"90% corridor", style::kCorridorEdge, 7});
    if (m_hasEnsemble && layers.scenario.crashDensity) items.push_back({"Crash density", style::kDensity, 7});
    const float row = 17 * k, w = 170 * k, h = row * items.size() + 12 * k;
    const sf::Vector2f o{area.left + area.width - w - 12 * k, area.top + area.height - h - 12 * k};
    sf::RectangleShape bg({w, h});
    bg.setPosition(o);
    bg.setFillColor(style::kPanel);
    bg.setOutlineColor(sf::Color(70, 78, 90));
    bg.setOutlineThickness(1);
    t.draw(bg);
    sf::VertexArray tris(sf::Triangles);
    sf::Text txt("", m_res.font, static_cast<unsigned>(11 * k));
    txt.setFillColor(style::kText);
    for (size_t i = 0; i < items.size(); ++i) {
        const sf::Vector2f c{o.x + 16 * k, o.y + 6 * k + row * (i + 0.5f)};
        const auto& it = items[i];
        switch (it.symbol) {
        case 0: appendCircle(tris, c, 5 * k, it.c); break;
        case 1: appendRing(tris, c, 6 * k, 2 * k, it.c); appendCircle(tris, c, 2 * k, it.c); break;
        case 2: appendThickLine(tris, c - sf::Vector2f(9 * k, 0), c + sf::Vector2f(9 * k, 0), 2 * k, it.c); break;
        case 3:
            appendThickPolyline(tris, {c - sf::Vector2f(9 * k, 0), c + sf::Vector2f(9 * k, 0)}, 1.5f * k, it.c, 5 * k,
                                3 * k);
            break;
        case 4:
            tris.append({c + sf::Vector2f(8 * k, 0), it.c}); tris.append({c + sf::Vector2f(-5 * k, -4.5f * k), it.c});
            tris.append({c + sf::Vector2f(-5 * k, 4.5f * k), it.c});
            break;
        case 5:
            appendThickLine(tris, c + sf::Vector2f(-5, -5) * k, c + sf::Vector2f(5, 5) * k, 2.5f * k, it.c);
            appendThickLine(tris, c + sf::Vector2f(-5, 5) * k, c + sf::Vector2f(5, -5) * k, 2.5f * k, it.c);
            break;
        case 6:
            tris.append({c + sf::Vector2f(0, -6 * k), it.c}); tris.append({c + sf::Vector2f(6 * k, 0), it.c});
            tris.append({c + sf::Vector2f(0, 6 * k), it.c}); tris.append({c + sf::Vector2f(0, -6 * k), it.c});
            tris.append({c + sf::Vector2f(0, 6 * k), it.c}); tris.append({c + sf::Vector2f(-6 * k, 0), it.c});
            break;
        default: {
            sf::Color f = it.c;
            f.a = 150;
            appendThickLine(tris, c - sf::Vector2f(8 * k, 0), c + sf::Vector2f(8 * k, 0), 9 * k, f);
        }
        }
        txt.setString(it.label);
        txt.setPosition(std::round(o.x + 32 * k), std::round(c.y - 8 * k));
        t.draw(txt);
    }
    t.draw(tris);
}

std::string MapRenderer::staticKey(const MapView& view, const FrameInfo& info, const LayerVisibility& layers) const {
    std::string k;
    const auto add = [&](const void* p, size_t n) { k.append(static_cast<const char*>(p), n); };
    const double v[4] = {view.centre().x, view.centre().y, view.metersPerPixel(), info.scale};
    add(v, sizeof v);
    const unsigned u[4] = {view.size().x, view.size().y, m_sceneVersion, info.hasStencil};
    add(u, sizeof u);
    add(&layers, sizeof layers); // plain bools
    for (const auto& r : info.reserved) add(&r, sizeof r);
    add(&info.mapArea, sizeof info.mapArea);
    k += static_cast<char>(info.selection.kind);
    k += info.selection.id;
    k += std::to_string(info.selection.index);
    k += view.projection().definition();
    return k;
}

void MapRenderer::drawStatic(sf::RenderTarget& target, const MapView& view, const FrameInfo& info,
                             const LayerVisibility& layers) {
    const float k = info.scale;
    target.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(view.size().x), static_cast<float>(view.size().y))));
    target.clear(style::kWater);
    if (info.hasStencil) clearStencil(target);
    m_labels.clear();
    ScenarioDrawContext ctx;
    ctx.time = info.time;
    ctx.selection = info.selection;
    ctx.scale = k;
    ctx.hasStencil = info.hasStencil;
    ctx.seasUnderLand = layers.base.land && info.hasStencil; // drawLand draws nothing without a stencil
    ctx.labels = layers.scenario.labels ? &m_labels : nullptr;
    m_scenario.drawSeaAreas(target, view, ctx, layers.scenario);
    if (layers.base.land) m_base.drawLand(target, view, info.hasStencil);
    if (layers.base.graticule) m_base.drawGraticule(target, view);
    m_base.drawBorders(target, view, layers.base, k);
    m_stats.baseVertices = m_base.lastDrawnVertices();

    m_scenario.drawStatic(target, view, m_base, ctx, layers.scenario);

    addBaseLabels(view, layers, k);
    sf::FloatRect area = info.mapArea;
    if (area.width <= 0 || area.height <= 0) area = {0, 0, static_cast<float>(view.size().x), static_cast<float>(view.size().y)};
    std::vector<sf::FloatRect> reserved = info.reserved;
    // Keep the overlay corners free of labels.
    reserved.push_back({area.left, area.top + area.height - 40 * k, 260 * k, 40 * k});
    if (layers.legend) reserved.push_back({area.left + area.width - 190 * k, area.top + area.height - 200 * k, 190 * k, 200 * k});
    if (layers.clock) reserved.push_back({area.left, area.top, 330 * k, 50 * k});
    m_stats.labels = m_labels.draw(target, reserved);
    if (layers.scaleBar) drawScaleBar(target, view, area, k);
    if (layers.legend) drawLegend(target, area, k, layers);
}

void MapRenderer::draw(sf::RenderTarget& target, const MapView& view, const FrameInfo& info,
                       const LayerVisibility& layers) {
    syncProjection(view);
    const float k = info.scale;
    m_stats.staticRedrawn = false;
    bool cached = false;
    if (m_useCache) {
        if (!m_static || m_static->getSize() != view.size()) {
            m_static = std::make_unique<sf::RenderTexture>();
            if (!m_static->create(view.size().x, view.size().y, sf::ContextSettings(24, 8))) m_static.reset();
            m_staticKey.clear();
        }
        if (m_static) {
            std::string key = staticKey(view, info, layers);
            if (key != m_staticKey) {
                m_static->setActive(true);
                GLint bits = 0;
                glGetIntegerv(GL_STENCIL_BITS, &bits);
                FrameInfo si = info;
                si.hasStencil = bits > 0;
                drawStatic(*m_static, view, si, layers);
                m_static->display();
                m_staticKey = std::move(key);
                m_stats.staticRedrawn = true;
            }
            target.setActive(true);
            target.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(view.size().x), static_cast<float>(view.size().y))));
            sf::Sprite sprite(m_static->getTexture());
            target.draw(sprite, sf::RenderStates(sf::BlendNone));
            cached = true;
        }
    }
    if (!cached) {
        drawStatic(target, view, info, layers);
        m_stats.staticRedrawn = true;
    }
    ScenarioDrawContext ctx;
    ctx.time = info.time;
    ctx.selection = info.selection;
    ctx.scale = k;
    ctx.hasStencil = info.hasStencil;
    m_scenario.drawDynamic(target, view, ctx, layers.scenario);
    m_stats.munitions = m_scenario.munitionsDrawn();

    sf::FloatRect area = info.mapArea;
    if (area.width <= 0 || area.height <= 0) area = {0, 0, static_cast<float>(view.size().x), static_cast<float>(view.size().y)};
    if (info.cursor) {
        if (auto ll = view.toLatLon(*info.cursor)) {
            char buf[96];
            std::snprintf(buf, sizeof buf, "%.4f° %c  %.4f° %c", std::fabs(ll->lat), ll->lat >= 0 ? 'N' : 'S',
                          std::fabs(ll->lon), ll->lon >= 0 ? 'E' : 'W');
            auto txt = makeText(m_res.font, buf, static_cast<unsigned>(12 * k), style::kText);
            const float w = txt.getLocalBounds().width;
            txt.setPosition(std::round(area.left + area.width * 0.5f - w * 0.5f), std::round(area.top + area.height - 22 * k));
            target.draw(txt);
        }
    }
    if (layers.clock) {
        // No track, no clock: a 1970 time would pretend to know when; the Problems list says what the text lacks.
        const std::string iso = formatIsoUtc(info.time);
        const std::string s = m_untimed ? std::string("no replay: nothing with a time and a route (see Problems)")
                                        : iso.substr(0, 10) + "  " + iso.substr(11, 8) + " UTC";
        auto txt = makeText(m_res.monoFont, s, static_cast<unsigned>(18 * k), style::kText);
        txt.setPosition(std::round(area.left + 14 * k), std::round(area.top + 12 * k));
        target.draw(txt);
    }
}

} // namespace salvo::render
