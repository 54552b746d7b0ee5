// Projection through PROJ pipelines: "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step +proj=..."
// so that input is (lon, lat) in degrees and output metres with no axis-order surprises (EPSG:4326 is lat, lon; a raw
// pipeline is not). Each Projection owns its PJ_CONTEXT: PROJ objects are not thread-safe across contexts.
// Edge cases: Web Mercator is undefined at the poles, so latitudes are clamped to ±85.05113° (the square world of web
// maps); aeqd maps the antipode to a circle of radius πa, so its far side is torn and usableRadiusMeters() bounds it.
#include "geodesy/Projection.hpp"

#include <proj.h>

#include <algorithm>
#include <cmath>
#include <cassert>
#include <cstdio>
#include <limits>
#include <vector>

namespace salvo::geodesy {

namespace {
constexpr double kMercatorMaxLat = 85.0511287798;
constexpr double kEarthA = 6378137.0;
} // namespace

struct Projection::Pj {
    PJ_CONTEXT* ctx = nullptr;
    PJ* pj = nullptr;
    ~Pj() {
        if (pj) proj_destroy(pj);
        if (ctx) proj_context_destroy(ctx);
    }
};

std::string_view toString(ProjectionKind k) {
    switch (k) {
    case ProjectionKind::AzimuthalEquidistant: return "aeqd";
    case ProjectionKind::WebMercator: return "mercator";
    case ProjectionKind::Equirectangular: return "equirectangular";
    }
    return "aeqd";
}

std::optional<ProjectionKind> projectionKindFromString(std::string_view s) {
    if (s == "aeqd" || s == "azimuthal") return ProjectionKind::AzimuthalEquidistant;
    if (s == "mercator" || s == "webmercator" || s == "3857") return ProjectionKind::WebMercator;
    if (s == "equirectangular" || s == "eqc" || s == "platecarree") return ProjectionKind::Equirectangular;
    return std::nullopt;
}

Result<Projection> Projection::create(ProjectionKind kind, LatLon centre) {
    if (!centre.isValid()) return makeError("projection.centre", "projection centre is not a valid latitude/longitude");
    char step[256];
    switch (kind) {
    case ProjectionKind::AzimuthalEquidistant:
        std::snprintf(step, sizeof step, "+proj=aeqd +lat_0=%.9f +lon_0=%.9f +ellps=WGS84", centre.lat, centre.lon);
        break;
    case ProjectionKind::WebMercator:
        std::snprintf(step, sizeof step, "+proj=webmerc +lat_0=0 +lon_0=0 +x_0=0 +y_0=0 +ellps=WGS84");
        break;
    case ProjectionKind::Equirectangular:
        std::snprintf(step, sizeof step, "+proj=eqc +lat_ts=%.6f +lon_0=0 +ellps=WGS84",
                      std::clamp(centre.lat, -80.0, 80.0));
        break;
    }
    Projection p;
    p.m_kind = kind;
    p.m_centre = centre;
    p.m_definition = std::string("+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step ") + step;
    auto pj = std::make_shared<Pj>();
    pj->ctx = proj_context_create();
    proj_log_level(pj->ctx, PJ_LOG_NONE);
    pj->pj = proj_create(pj->ctx, p.m_definition.c_str());
    if (!pj->pj)
        return makeError("projection.proj", std::string("PROJ refused the projection: ") +
                                                proj_context_errno_string(pj->ctx, proj_context_errno(pj->ctx)));
    p.m_pj = std::move(pj);
    return p;
}

std::optional<XY> Projection::forward(LatLon p) const {
    if (m_kind == ProjectionKind::WebMercator) p.lat = std::clamp(p.lat, -kMercatorMaxLat, kMercatorMaxLat);
    PJ_COORD c = proj_coord(p.lon, p.lat, 0, 0);
    PJ_COORD r = proj_trans(m_pj->pj, PJ_FWD, c);
    if (!std::isfinite(r.xy.x) || !std::isfinite(r.xy.y) || r.xy.x == HUGE_VAL) {
        proj_errno_reset(m_pj->pj);
        return std::nullopt;
    }
    return XY{r.xy.x, r.xy.y};
}

std::optional<LatLon> Projection::inverse(XY p) const {
    PJ_COORD c = proj_coord(p.x, p.y, 0, 0);
    PJ_COORD r = proj_trans(m_pj->pj, PJ_INV, c);
    if (!std::isfinite(r.lp.lam) || !std::isfinite(r.lp.phi) || r.lp.lam == HUGE_VAL) {
        proj_errno_reset(m_pj->pj);
        return std::nullopt;
    }
    LatLon out{r.lp.phi, wrapLon(r.lp.lam)};
    if (!out.isValid()) return std::nullopt;
    return out;
}

void Projection::forwardMany(std::span<const LatLon> in, std::span<XY> out) const {
    assert(in.size() == out.size() && "forwardMany: give an output span as long as the input");
    // XY and LatLon are both two doubles; transform in place in out with lon in x and lat in y.
    for (size_t i = 0; i < in.size(); ++i) {
        double lat = in[i].lat;
        if (m_kind == ProjectionKind::WebMercator) lat = std::clamp(lat, -kMercatorMaxLat, kMercatorMaxLat);
        out[i] = XY{in[i].lon, lat};
    }
    if (out.empty()) return;
    proj_trans_generic(m_pj->pj, PJ_FWD, &out[0].x, sizeof(XY), out.size(), &out[0].y, sizeof(XY), out.size(),
                       nullptr, 0, 0, nullptr, 0, 0);
    for (auto& o : out)
        if (!std::isfinite(o.x) || !std::isfinite(o.y) || o.x == HUGE_VAL || o.y == HUGE_VAL)
            o = XY{std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    proj_errno_reset(m_pj->pj);
}

double Projection::usableRadiusMeters() const {
    switch (m_kind) {
    case ProjectionKind::AzimuthalEquidistant: return 0.75 * M_PI * kEarthA; // up to 135° of arc from the centre
    default: return std::numeric_limits<double>::infinity();
    }
}

} // namespace salvo::geodesy
