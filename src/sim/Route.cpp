// Notation: cell (i, j) is row i (latitude), column j (longitude) of the search grid; cell centres are the graph nodes;
// g = geodesic cost so far, h = geodesic distance to the goal centre (consistent, so A* pops each node once).
// Edge costs depend only on the row and the direction (the ellipsoid is symmetric in longitude), so they are computed
// once per row. Admissibility of a cell is evaluated lazily (a point-in-polygon test per visited cell).
#include "sim/Route.hpp"

#include "geodesy/Geodesic.hpp"

#include <algorithm>
#include <cmath>
#include <queue>

namespace salvo::sim {

namespace {
bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

bool isoAdmissible(const AirspaceRule& rule, const std::string& iso2) {
    if (contains(rule.alwaysAllowed, iso2)) return true;
    if (contains(rule.forbidden, iso2)) return false;
    return rule.permitted.empty() || contains(rule.permitted, iso2);
}
} // namespace

std::vector<double> cumulativeLengths(const std::vector<LatLon>& route) {
    std::vector<double> cum(route.size(), 0.0);
    for (size_t i = 1; i < route.size(); ++i) cum[i] = cum[i - 1] + geodesy::distanceMeters(route[i - 1], route[i]);
    return cum;
}

bool admissible(const atlas::Atlas& atlas, const AirspaceRule& rule, LatLon p) {
    const auto c = atlas.countryAt(p);
    if (!c) return true; // water or unclaimed land
    return isoAdmissible(rule, atlas.countries()[*c].iso2);
}

std::vector<std::string> airspaceViolations(const atlas::Atlas& atlas, const std::vector<LatLon>& route,
                                            const AirspaceRule& rule, double stepMeters) {
    std::vector<std::string> out;
    for (const auto& x : atlas.crossings(route, atlas::Kind::Country, stepMeters)) {
        if (!x.region) continue;
        const std::string& iso = atlas.countries()[*x.region].iso2;
        if (!isoAdmissible(rule, iso) && !contains(out, iso)) out.push_back(iso);
    }
    return out;
}

Result<std::vector<LatLon>> constrainedRoute(const atlas::Atlas& atlas, LatLon from, LatLon to,
                                             const AirspaceRule& rule, const RoutingOptions& opt) {
    const double cell = std::clamp(opt.cellDeg, 0.02, 2.0);
    if (std::fabs(to.lon - from.lon) > 180)
        return makeError("route.antimeridian", "the constrained route would cross the antimeridian (not supported)");
    const double lat0 = std::max(-85.0, std::min(from.lat, to.lat) - opt.marginDeg);
    const double lat1 = std::min(85.0, std::max(from.lat, to.lat) + opt.marginDeg);
    const double lon0 = std::max(-180.0, std::min(from.lon, to.lon) - opt.marginDeg);
    const double lon1 = std::min(180.0, std::max(from.lon, to.lon) + opt.marginDeg);
    const int nLat = std::max(1, static_cast<int>(std::ceil((lat1 - lat0) / cell)));
    const int nLon = std::max(1, static_cast<int>(std::ceil((lon1 - lon0) / cell)));
    const auto centre = [&](int i, int j) { return LatLon{lat0 + (i + 0.5) * cell, lon0 + (j + 0.5) * cell}; };
    const auto cellOf = [&](LatLon p, int& i, int& j) {
        i = std::clamp(static_cast<int>((p.lat - lat0) / cell), 0, nLat - 1);
        j = std::clamp(static_cast<int>((p.lon - lon0) / cell), 0, nLon - 1);
    };
    int si, sj, gi, gj;
    cellOf(from, si, sj);
    cellOf(to, gi, gj);
    const size_t n = static_cast<size_t>(nLat) * static_cast<size_t>(nLon);
    const auto idx = [&](int i, int j) { return static_cast<size_t>(i) * static_cast<size_t>(nLon) + static_cast<size_t>(j); };
    std::vector<int8_t> adm(n, -1); // -1 unknown, 0 no, 1 yes
    adm[idx(si, sj)] = 1;
    adm[idx(gi, gj)] = 1;
    const auto ok = [&](int i, int j) {
        int8_t& a = adm[idx(i, j)];
        if (a < 0) a = admissible(atlas, rule, centre(i, j)) ? 1 : 0;
        return a == 1;
    };

    static constexpr int kDi[8] = {-1, -1, -1, 0, 0, 1, 1, 1};
    static constexpr int kDj[8] = {-1, 0, 1, -1, 1, -1, 0, 1};
    std::vector<double> edge(static_cast<size_t>(nLat) * 8, 0.0);
    for (int i = 0; i < nLat; ++i)
        for (int d = 0; d < 8; ++d) {
            const int ii = i + kDi[d];
            if (ii < 0 || ii >= nLat) continue;
            edge[static_cast<size_t>(i) * 8 + static_cast<size_t>(d)] =
                geodesy::distanceMeters(centre(i, nLon / 2), centre(ii, nLon / 2 + kDj[d]));
        }

    const LatLon goal = centre(gi, gj);
    std::vector<double> g(n, std::numeric_limits<double>::infinity());
    std::vector<uint32_t> parent(n, UINT32_MAX);
    std::vector<uint8_t> closed(n, 0);
    using Node = std::pair<double, uint32_t>; // f, index
    std::priority_queue<Node, std::vector<Node>, std::greater<>> open;
    g[idx(si, sj)] = 0;
    open.push({geodesy::distanceMeters(centre(si, sj), goal), static_cast<uint32_t>(idx(si, sj))});
    bool found = false;
    while (!open.empty()) {
        const auto [f, u] = open.top();
        open.pop();
        if (closed[u]) continue;
        closed[u] = 1;
        const int ui = static_cast<int>(u / static_cast<uint32_t>(nLon)), uj = static_cast<int>(u % static_cast<uint32_t>(nLon));
        if (ui == gi && uj == gj) { found = true; break; }
        for (int d = 0; d < 8; ++d) {
            const int vi = ui + kDi[d], vj = uj + kDj[d];
            if (vi < 0 || vi >= nLat || vj < 0 || vj >= nLon) continue;
            const size_t v = idx(vi, vj);
            if (closed[v] || !ok(vi, vj)) continue;
            const double ng = g[u] + edge[static_cast<size_t>(ui) * 8 + static_cast<size_t>(d)];
            if (ng < g[v]) {
                g[v] = ng;
                parent[v] = u;
                open.push({ng + geodesy::distanceMeters(centre(vi, vj), goal), static_cast<uint32_t>(v)});
            }
        }
    }
    if (!found)
        return makeError("route.no_path", "no route through permitted airspace was found within " +
                                              std::to_string(static_cast<int>(opt.marginDeg)) +
                                              "° of the end points");

    std::vector<LatLon> path;
    for (uint32_t u = static_cast<uint32_t>(idx(gi, gj)); u != UINT32_MAX; u = parent[u])
        path.push_back(centre(static_cast<int>(u / static_cast<uint32_t>(nLon)), static_cast<int>(u % static_cast<uint32_t>(nLon))));
    std::reverse(path.begin(), path.end());
    path.front() = from; // the end cells' centres give way to the real end points
    path.back() = to;

    const auto legOk = [&](LatLon a, LatLon b) {
        const geodesy::GeodesicLine line(a, b);
        const int k = static_cast<int>(std::ceil(line.length() / opt.checkStepMeters));
        for (int s = 1; s < k; ++s)
            if (!admissible(atlas, rule, line.position(line.length() * s / k))) return false;
        return true;
    };
    // String-pulling: from each anchor, go as far along the cell path as a single admissible geodesic leg reaches.
    std::vector<LatLon> out{path.front()};
    size_t anchor = 0;
    while (anchor + 1 < path.size()) {
        size_t j = anchor + 1;
        while (j + 1 < path.size() && legOk(path[anchor], path[j + 1])) ++j;
        out.push_back(path[j]);
        anchor = j;
    }
    return out;
}

} // namespace salvo::sim
