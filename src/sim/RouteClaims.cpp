// Route hypotheses held to the claims. Notation: s = distance along a route (m), L = route length (m), φ = latitude,
// M, N = the WGS84 meridional and prime-vertical radii of curvature at φ (m), depth = distance to a region's outline.
// Edge cases: a region's outline includes its coasts, so a point 5 km off the Caspian shore of Iran is 5 km deep;
// longitude differences are wrapped, so a region that touches the antimeridian measures the short way round.
#include "sim/RouteClaims.hpp"

#include "core/Utf8.hpp"
#include "geodesy/Geodesic.hpp"
#include "text/Document.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>

namespace salvo::sim {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180;
constexpr double kA = 6378137.0;             // WGS84 semi-major axis (m)
constexpr double kE2 = 6.69437999014e-3;     // WGS84 first eccentricity squared
constexpr double kSampleMeters = 5000;       // route sampling for the territory test

const atlas::Region& regionOf(const atlas::Atlas& atlas, atlas::Kind level, uint32_t index) {
    return level == atlas::Kind::Country ? atlas.countries()[index] : atlas.admin1()[index];
}

double wrapDeg(double d) {
    while (d > 180) d -= 360;
    while (d < -180) d += 360;
    return d;
}

std::string km(double meters) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f km", meters / 1000);
    return buf;
}

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
}

// Smallest cross-track distance (m) from p to a polyline of geodesic legs.
double crossTrack(const std::vector<LatLon>& route, LatLon p) {
    double best = INFINITY;
    for (size_t k = 0; k + 1 < route.size(); ++k)
        best = std::min(best, geodesy::offsetFromSegment(route[k], route[k + 1], p).crossMeters);
    return route.size() == 1 ? geodesy::distanceMeters(route.front(), p) : best;
}

// Whether a stated figure (op, value) admits the modelled one: "=" and "~" within 10 %.
bool admits(const std::string& op, double stated, double modelled) {
    if (op == ">" || op == ">=") return modelled >= stated * 0.9;
    if (op == "<" || op == "<=") return modelled <= stated * 1.1;
    return modelled >= stated * 0.9 && modelled <= stated * 1.1;
}


} // namespace

double distanceUnitMeters(const std::string& unit) { return text::metresPerUnit(asciiLower(unit)); }

double durationUnitSeconds(const std::string& unit) {
    const std::string u = asciiLower(unit);
    if (u == "s" || u == "second" || u == "seconds") return 1;
    if (u == "min" || u == "minute" || u == "minutes") return 60;
    if (u == "h" || u == "hour" || u == "hours") return 3600;
    return 0;
}

double crashDepthMeters(const atlas::Atlas& atlas, atlas::Kind level, uint32_t index) {
    const double areaKm2 = regionOf(atlas, level, index).areaKm2;
    return areaKm2 > 0 ? std::min(kCrashDepthMeters, 0.05 * std::sqrt(areaKm2) * 1000) : kCrashDepthMeters;
}

std::optional<RegionRef> regionOfPlace(const atlas::Atlas& atlas, const scenario::Place& place) {
    if (place.kind == "country" || place.precision == "country") {
        auto index = atlas.countryByIso2(place.country);
        if (!index) index = atlas.countryAt(place.pos);
        if (index) return RegionRef{atlas::Kind::Country, *index};
    } else if (place.kind == "admin1" || place.precision == "admin1") {
        if (auto index = atlas.admin1At(place.pos)) return RegionRef{atlas::Kind::Admin1, *index};
    }
    return std::nullopt;
}

double depthInside(const atlas::Atlas& atlas, atlas::Kind level, uint32_t index, LatLon p) {
    if (!atlas.regionContains(level, index, p)) return 0;
    const double sinPhi = std::sin(p.lat * kDeg);
    const double w = 1 - kE2 * sinPhi * sinPhi;
    const double n = kA / std::sqrt(w), m = kA * (1 - kE2) / (w * std::sqrt(w));
    const double kx = n * std::cos(p.lat * kDeg) * kDeg, ky = m * kDeg; // metres per degree east and north
    double best2 = INFINITY;
    for (const auto& poly : regionOf(atlas, level, index).shape.polygons)
        for (const auto& ring : poly.rings) {
            const auto& pts = ring.points;
            for (size_t i = 0; i < pts.size(); ++i) {
                const LatLon& a = pts[i];
                const LatLon& b = pts[(i + 1) % pts.size()];
                const double ax = wrapDeg(a.lon - p.lon) * kx, ay = (a.lat - p.lat) * ky;
                const double bx = wrapDeg(b.lon - p.lon) * kx, by = (b.lat - p.lat) * ky;
                const double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
                const double t = len2 > 0 ? std::clamp(-(ax * dx + ay * dy) / len2, 0.0, 1.0) : 0.0;
                const double cx = ax + t * dx, cy = ay + t * dy;
                best2 = std::min(best2, cx * cx + cy * cy);
            }
        }
    return std::isfinite(best2) ? std::sqrt(best2) : 0;
}

std::optional<LatLon> viaPoint(const atlas::Atlas& atlas, atlas::Kind level, uint32_t index, LatLon from, LatLon to,
                               double depthMeters) {
    const auto& r = regionOf(atlas, level, index);
    const BBox box = r.bodyBox.empty() ? r.bbox : r.bodyBox;
    if (box.empty()) return std::nullopt;
    // About 4,000 grid points over the box, never finer than 0.05°.
    const double stepDeg = std::max(0.05, std::sqrt((box.maxLat - box.minLat) * (box.maxLon - box.minLon) / 4000));
    std::vector<std::pair<double, LatLon>> inside;
    for (double lat = box.minLat + stepDeg / 2; lat < box.maxLat; lat += stepDeg)
        for (double lon = box.minLon + stepDeg / 2; lon < box.maxLon; lon += stepDeg) {
            const LatLon c{lat, lon};
            if (!atlas.regionContains(level, index, c)) continue;
            inside.push_back({geodesy::distanceMeters(from, c) + geodesy::distanceMeters(c, to), c});
        }
    std::sort(inside.begin(), inside.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [len, c] : inside)
        if (depthInside(atlas, level, index, c) >= depthMeters) return c;
    return std::nullopt;
}

LatLon pointAlong(const std::vector<LatLon>& route, const std::vector<double>& cum, double sMeters) {
    assert(!route.empty() && route.size() == cum.size() && "pointAlong needs a route and its cumulativeLengths");
    if (route.size() == 1) return route.front();
    size_t k = 0;
    while (k + 2 < route.size() && cum[k + 1] < sMeters) ++k;
    const double s = std::clamp(sMeters - cum[k], 0.0, cum[k + 1] - cum[k]);
    return geodesy::GeodesicLine(route[k], route[k + 1]).position(s);
}

ClaimCheck checkRoute(const atlas::Atlas& atlas, const std::vector<LatLon>& route, const std::vector<double>& cum,
                      const RouteClaim& c) {
    ClaimCheck ck;
    ck.claim = c.text;
    const double L = cum.empty() ? 0 : cum.back();
    switch (c.kind) {
    case RouteClaim::Kind::CrashTerritory: {
        if (!c.region) {
            const double d = crossTrack(route, c.point);
            ck.satisfied = d <= c.radiusMeters;
            ck.detail = "passes " + km(d) + " from it (radius " + km(c.radiusMeters) + ")";
            break;
        }
        double deepest = 0;
        for (double s = 0; s <= L; s += kSampleMeters)
            deepest = std::max(deepest, depthInside(atlas, *c.level, *c.region, pointAlong(route, cum, s)));
        ck.satisfied = deepest >= crashDepthMeters(atlas, *c.level, *c.region);
        const std::string name = regionOf(atlas, *c.level, *c.region).name;
        ck.detail = deepest > 0 ? "passes up to " + km(deepest) + " inside " + name : "never enters " + name;
        break;
    }
    case RouteClaim::Kind::Distance:
        ck.satisfied = admits(c.op, c.value, L);
        ck.detail = "route " + km(L) + " against " + (c.op == "=" ? "" : c.op + " ") + km(c.value);
        break;
    case RouteClaim::Kind::Duration: {
        const double t = c.speedMps > 0 ? L / c.speedMps : 0;
        ck.satisfied = c.speedMps > 0 && admits(c.op, c.value, t);
        ck.detail = "flight " + num(t / 60) + " min against " + (c.op == "=" ? "" : c.op + " ") + num(c.value / 60) +
                    " min";
        break;
    }
    case RouteClaim::Kind::Airspace: {
        const auto bad = airspaceViolations(atlas, route, c.rule);
        ck.satisfied = bad.empty();
        std::string list;
        for (const auto& b : bad) list += (list.empty() ? "" : ", ") + b;
        ck.detail = bad.empty() ? "keeps to the permitted airspace" : "enters " + list;
        break;
    }
    case RouteClaim::Kind::CrashSite: {
        const double d = crossTrack(route, c.point);
        ck.satisfied = d <= c.radiusMeters;
        ck.detail = "passes " + km(d) + " from the site (radius " + km(c.radiusMeters) + ")";
        break;
    }
    }
    return ck;
}

std::vector<std::pair<double, double>> deepStretches(const atlas::Atlas& atlas, atlas::Kind level, uint32_t index,
                                                     const std::vector<LatLon>& route, const std::vector<double>& cum,
                                                     const std::vector<std::pair<double, double>>& stretches,
                                                     double depthMeters, double stepMeters) {
    std::vector<std::pair<double, double>> out;
    for (const auto& [a, b] : stretches) {
        double open = -1; // start of the deep part being walked; < 0 when outside one
        double last = a;
        for (double s = a;; s += stepMeters) {
            const double ss = std::min(s, b);
            const bool deep = depthInside(atlas, level, index, pointAlong(route, cum, ss)) >= depthMeters;
            if (deep && open < 0) open = ss;
            if (!deep && open >= 0) {
                if (last > open) out.push_back({open, last});
                open = -1;
            }
            last = ss;
            if (ss >= b) break;
        }
        if (open >= 0 && last > open) out.push_back({open, last});
    }
    return out;
}

namespace {

// The launch an event belongs to: itself, or the launch it is related to.
std::string launchOf(const scenario::Scenario& sc, const std::string& eventId) {
    const scenario::Event* e = sc.event(eventId);
    if (!e) return {};
    return e->related.empty() ? e->id : e->related;
}

std::string speakerOf(const scenario::Scenario& sc, const scenario::Event& e) {
    for (const auto& id : e.claims)
        for (const auto& c : sc.claims)
            if (c.id == id && !c.speaker.empty()) return c.speaker;
    return e.speaker;
}

// "4 crashed in Iran (a U.S official)": a crash or intercept event related to the launch, in a territory.
std::optional<RouteClaim> territoryClaim(const scenario::Scenario& sc, const atlas::Atlas& atlas,
                                         const scenario::Event& c) {
    const scenario::Place* t = !c.to.empty() ? sc.place(c.to.front()) : c.from ? sc.place(*c.from) : nullptr;
    if (!t) return std::nullopt;
    RouteClaim rc;
    rc.kind = RouteClaim::Kind::CrashTerritory;
    rc.claimIds = c.claims;
    if (const auto region = regionOfPlace(atlas, *t)) {
        rc.level = region->level;
        rc.region = region->index;
    }
    rc.point = t->pos;
    rc.radiusMeters = std::max(t->radiusMeters, 10e3);
    const std::string what = c.kind == "crash" ? "crashed in " : "intercepted over ";
    const std::string who = speakerOf(sc, c);
    rc.text = (c.count ? std::to_string(*c.count) + " " : std::string()) + what + t->name +
              (who.empty() ? "" : " (" + who + ")");
    return rc;
}

} // namespace

std::vector<RouteClaim> routeClaims(const scenario::Scenario& sc, const atlas::Atlas& atlas, const scenario::Event& e,
                                    double speedMps) {
    std::vector<RouteClaim> out;
    for (const auto& c : sc.events)
        if ((c.kind == "crash" || c.kind == "intercept") && c.related == e.id)
            if (auto rc = territoryClaim(sc, atlas, c)) out.push_back(std::move(*rc));
    for (const auto& c : sc.claims) {
        if (c.stance == "denied" || launchOf(sc, c.event) != e.id) continue;
        const double m = distanceUnitMeters(c.unit), s = durationUnitSeconds(c.unit);
        if (m <= 0 && s <= 0) continue;
        RouteClaim rc;
        rc.kind = m > 0 ? RouteClaim::Kind::Distance : RouteClaim::Kind::Duration;
        rc.claimIds = {c.id};
        rc.op = c.op;
        rc.value = c.value * (m > 0 ? m : s);
        rc.speedMps = speedMps;
        rc.text = (c.op == "=" ? "" : c.op + " ") + num(c.value) + " " + c.unit +
                  (c.speaker.empty() ? "" : " (" + c.speaker + ")");
        out.push_back(std::move(rc));
    }
    const scenario::Assumption* permitted = sc.assumption("airspace.permitted", e.id);
    const scenario::Assumption* forbidden = sc.assumption("airspace.forbidden", e.id);
    if (permitted || forbidden) {
        RouteClaim rc;
        rc.kind = RouteClaim::Kind::Airspace;
        const auto list = [](const nlohmann::json& v) {
            std::vector<std::string> isos;
            if (v.is_string()) isos.push_back(v.get<std::string>());
            if (v.is_array())
                for (const auto& x : v)
                    if (x.is_string()) isos.push_back(x.get<std::string>());
            return isos;
        };
        std::string words;
        if (permitted) {
            rc.rule.permitted = list(permitted->value);
            for (const auto& i : rc.rule.permitted) words += (words.empty() ? "airspace of " : ", ") + i;
            words += " permitted";
        }
        if (forbidden) {
            rc.rule.forbidden = list(forbidden->value);
            std::string f;
            for (const auto& i : rc.rule.forbidden) f += (f.empty() ? "" : ", ") + i;
            words += (words.empty() ? "airspace of " : "; ") + f + " forbidden";
        }
        if (const scenario::Place* from = e.from ? sc.place(*e.from) : nullptr; from && from->country.size() == 2)
            rc.rule.alwaysAllowed.push_back(from->country);
        for (const auto& id : e.to)
            if (const scenario::Place* t = sc.place(id); t && t->country.size() == 2)
                rc.rule.alwaysAllowed.push_back(t->country);
        rc.text = words + " (assumption)";
        out.push_back(std::move(rc));
    }
    for (const auto& a : sc.assumptions) {
        if (a.key != "crash.site" || launchOf(sc, a.appliesTo) != e.id || !a.value.is_object()) continue;
        const auto& v = a.value;
        if (!v.contains("lat") || !v.contains("lon") || !v["lat"].is_number() || !v["lon"].is_number()) continue;
        RouteClaim rc;
        rc.kind = RouteClaim::Kind::CrashSite;
        rc.point = {v["lat"].get<double>(), v["lon"].get<double>()};
        rc.radiusMeters = v.contains("radius_m") && v["radius_m"].is_number() ? v["radius_m"].get<double>() : 0.0;
        const std::string name = v.contains("name") && v["name"].is_string() ? v["name"].get<std::string>()
                                                                                 : std::string("reported site");
        rc.text = "crash site " + name + " (" + a.source + ")";
        out.push_back(std::move(rc));
    }
    return out;
}

} // namespace salvo::sim
