#pragma once
// MapView: the camera over a projected map — a Projection, the projected point at the viewport centre, the ground
// resolution (metres of projected plane per screen pixel) and the viewport size. Converts between projected metres,
// screen pixels and latitude/longitude; pans, zooms about a screen point and fits a bounding box.
// Screen y grows downward, projected y northward. Cached geometry is stored in "world" floats (x, -y) so that one
// sf::Transform (worldTransform) places it on screen without re-projecting.
//   MapView v(*Projection::create(ProjectionKind::AzimuthalEquidistant, {34, 45}), {1280, 800});
//   v.fit(bbox);  v.zoomAt({640, 400}, 2.0);  sf::Vector2f s = v.toScreen({35.95, 39.01});
#include "core/LatLon.hpp"
#include "geodesy/Projection.hpp"

#include <SFML/Graphics/Transform.hpp>
#include <SFML/System/Vector2.hpp>

#include <optional>

namespace salvo::render {

class MapView {
public:
    MapView(geodesy::Projection projection, sf::Vector2u sizePx);

    const geodesy::Projection& projection() const { return m_proj; }
    // Changes the projection, keeping the geographic centre and the ground resolution.
    void setProjection(geodesy::Projection p);
    sf::Vector2u size() const { return m_size; }
    void setSize(sf::Vector2u sizePx) { m_size = sizePx; }
    double metersPerPixel() const { return m_mpp; } // projected metres per pixel; 1..1e5
    geodesy::XY centre() const { return m_centre; }
    void setCentre(geodesy::XY c) { m_centre = c; }
    void setMetersPerPixel(double mpp);

    sf::Vector2f toScreen(geodesy::XY p) const;
    std::optional<sf::Vector2f> toScreen(LatLon p) const;
    geodesy::XY toProjected(sf::Vector2f screen) const;
    std::optional<LatLon> toLatLon(sf::Vector2f screen) const;

    // World floats (x, -y) of cached geometry → screen.
    sf::Transform worldTransform() const;
    static sf::Vector2f toWorld(geodesy::XY p) { return {static_cast<float>(p.x), static_cast<float>(-p.y)}; }

    void panPixels(sf::Vector2f delta);          // drag: the map follows the pointer
    void zoomAt(sf::Vector2f screen, double factor); // factor > 1 zooms in; the point under `screen` stays put
    // Fits a lat/lon box (projected through all its edges) with marginPx on each side; a degenerate box gets
    // minSpanMeters of ground around it.
    void fit(const BBox& box, float marginPx = 40, double minSpanMeters = 200e3);
    void flyTo(LatLon p);                        // recentres (keeps the zoom)

private:
    geodesy::Projection m_proj;
    sf::Vector2u m_size;
    geodesy::XY m_centre;
    double m_mpp = 2000;
};

} // namespace salvo::render
