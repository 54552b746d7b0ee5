#include "render/MapView.hpp"

#include <algorithm>
#include <cmath>

namespace salvo::render {

namespace {
constexpr double kMinMpp = 2;     // closest zoom: 2 m per pixel
constexpr double kMaxMpp = 60000; // widest: the whole world in ~700 px
} // namespace

MapView::MapView(geodesy::Projection projection, sf::Vector2u sizePx) : m_proj(std::move(projection)), m_size(sizePx) {
    if (auto c = m_proj.forward(m_proj.centre())) m_centre = *c;
}

void MapView::setProjection(geodesy::Projection p) {
    auto ll = m_proj.inverse(m_centre);
    m_proj = std::move(p);
    m_centre = {0, 0};
    if (ll)
        if (auto c = m_proj.forward(*ll)) m_centre = *c;
}

void MapView::setMetersPerPixel(double mpp) { m_mpp = std::clamp(mpp, kMinMpp, kMaxMpp); }

sf::Vector2f MapView::toScreen(geodesy::XY p) const {
    return {static_cast<float>((p.x - m_centre.x) / m_mpp + 0.5 * m_size.x),
            static_cast<float>(0.5 * m_size.y - (p.y - m_centre.y) / m_mpp)};
}

std::optional<sf::Vector2f> MapView::toScreen(LatLon p) const {
    auto xy = m_proj.forward(p);
    if (!xy) return std::nullopt;
    return toScreen(*xy);
}

geodesy::XY MapView::toProjected(sf::Vector2f s) const {
    return {m_centre.x + (s.x - 0.5 * m_size.x) * m_mpp, m_centre.y - (s.y - 0.5 * m_size.y) * m_mpp};
}

std::optional<LatLon> MapView::toLatLon(sf::Vector2f s) const {
    const auto xy = toProjected(s);
    // aeqd is only one-to-one inside the antipodal circle.
    if (std::hypot(xy.x, xy.y) > M_PI * 6378137.0 && m_proj.kind() == geodesy::ProjectionKind::AzimuthalEquidistant)
        return std::nullopt;
    return m_proj.inverse(xy);
}

sf::Transform MapView::worldTransform() const {
    // screen = (world.x - cx)/mpp + w/2 ; screen.y = (world.y + cy)/mpp + h/2   (world.y = -y)
    const float s = static_cast<float>(1.0 / m_mpp);
    sf::Transform t;
    t.translate(static_cast<float>(0.5 * m_size.x - m_centre.x / m_mpp),
                static_cast<float>(0.5 * m_size.y + m_centre.y / m_mpp));
    t.scale(s, s);
    return t;
}

void MapView::panPixels(sf::Vector2f d) {
    m_centre.x -= d.x * m_mpp;
    m_centre.y += d.y * m_mpp;
}

void MapView::zoomAt(sf::Vector2f screen, double factor) {
    if (!(factor > 0)) return;
    const auto before = toProjected(screen);
    setMetersPerPixel(m_mpp / factor);
    const auto after = toProjected(screen);
    m_centre.x += before.x - after.x;
    m_centre.y += before.y - after.y;
}

void MapView::fit(const BBox& box, float marginPx, double minSpanMeters) {
    if (box.empty()) return;
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
    const int n = 16;
    for (int i = 0; i <= n; ++i) {
        const double f = static_cast<double>(i) / n;
        const double lat = box.minLat + f * (box.maxLat - box.minLat);
        const double lon = box.minLon + f * (box.maxLon - box.minLon);
        for (LatLon p : {LatLon{lat, box.minLon}, LatLon{lat, box.maxLon}, LatLon{box.minLat, lon}, LatLon{box.maxLat, lon}}) {
            if (auto xy = m_proj.forward(p)) {
                minX = std::min(minX, xy->x); maxX = std::max(maxX, xy->x);
                minY = std::min(minY, xy->y); maxY = std::max(maxY, xy->y);
            }
        }
    }
    if (minX > maxX) return;
    const double cx = 0.5 * (minX + maxX), cy = 0.5 * (minY + maxY);
    const double spanX = std::max(maxX - minX, minSpanMeters), spanY = std::max(maxY - minY, minSpanMeters);
    const double w = std::max(1.0, m_size.x - 2.0 * marginPx), h = std::max(1.0, m_size.y - 2.0 * marginPx);
    m_centre = {cx, cy};
    setMetersPerPixel(std::max(spanX / w, spanY / h));
}

void MapView::flyTo(LatLon p) {
    if (auto xy = m_proj.forward(p)) m_centre = *xy;
}

} // namespace salvo::render
