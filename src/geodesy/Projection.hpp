#pragma once
// Projection: a map projection of WGS84 longitude/latitude onto a plane in metres, through PROJ. Three kinds: azimuthal
// equidistant centred on a point (the default for a scenario: distances from the centre are true), Web Mercator
// (EPSG:3857, what web maps show) and equirectangular (plate carrée). Accuracy is PROJ's (sub-millimetre).
// x grows east, y grows north. Build once per projection change and project in batches (forwardMany) for speed.
//   auto p = salvo::geodesy::Projection::create(salvo::geodesy::ProjectionKind::AzimuthalEquidistant, {35.0, 45.0});
//   if (p) { auto xy = p->forward({35.95, 39.01}); }
#include "core/Diagnostic.hpp"
#include "core/LatLon.hpp"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace salvo::geodesy {

enum class ProjectionKind { AzimuthalEquidistant, WebMercator, Equirectangular };
std::string_view toString(ProjectionKind k);
std::optional<ProjectionKind> projectionKindFromString(std::string_view s); // "aeqd" | "mercator" | "equirectangular"

struct XY {
    double x = 0; // metres east in the projected plane
    double y = 0; // metres north in the projected plane
};

class Projection {
public:
    // centre: the tangent point for aeqd; for Mercator and equirectangular only the latitude of true scale matters
    // (the central meridian stays 0 so that Natural Earth's antimeridian splits stay at the map edge).
    static Result<Projection> create(ProjectionKind kind, LatLon centre);

    ProjectionKind kind() const { return m_kind; }
    LatLon centre() const { return m_centre; }
    const std::string& definition() const { return m_definition; } // the PROJ pipeline string

    // nullopt where PROJ cannot project the point (Mercator beyond ±85.06° is clamped, not refused).
    std::optional<XY> forward(LatLon p) const;
    std::optional<LatLon> inverse(XY p) const;
    // Batch forward: out.size() must equal in.size(); unprojectable points become NaN.
    void forwardMany(std::span<const LatLon> in, std::span<XY> out) const;

    // The largest distance from the projected origin that still shows the near side of the globe without tearing
    // (aeqd: points farther than this are on the far side and should be left out of fills); metres.
    double usableRadiusMeters() const;

private:
    struct Pj;
    std::shared_ptr<Pj> m_pj; // PROJ objects are not copyable; the projection is immutable once built
    ProjectionKind m_kind = ProjectionKind::AzimuthalEquidistant;
    LatLon m_centre;
    std::string m_definition;
};

} // namespace salvo::geodesy
