#pragma once
// Route: polylines of WGS84 geodesic legs — their cumulative lengths, and the shortest route that keeps to permitted
// airspace. The constrained route is found by A* over a lat/lon grid (cells admissible when their centre is over water,
// over a permitted country, or over an origin/target country, and never over a forbidden one), with geodesic edge costs
// and the geodesic distance to the goal as heuristic; the cell path is then string-pulled to few waypoints (each leg
// checked by sampling every checkStepMeters) and the result verified with Atlas::crossings.
// Accuracy: a grid of cellDeg cannot see features narrower than a cell; borders are resolved by the verification only.
// Limits: the search box does not cross the antimeridian (routes that would are reported, not routed).
//   AirspaceRule rule{{"XA", "XB"}, {"XC"}, {}};      // permitted, forbidden, always allowed (ISO2)
//   auto r = constrainedRoute(atlas, {40.0, 10.0}, {35.0, 20.0}, rule, {});   // Result<std::vector<LatLon>>
#include "atlas/Atlas.hpp"
#include "core/Diagnostic.hpp"
#include "core/LatLon.hpp"

#include <string>
#include <vector>

namespace salvo::sim {

// Cumulative geodesic lengths along a polyline: [0] = 0, back() = total length (metres).
std::vector<double> cumulativeLengths(const std::vector<LatLon>& route);

struct AirspaceRule {
    std::vector<std::string> permitted; // ISO2; empty = every country not forbidden
    std::vector<std::string> forbidden; // ISO2
    std::vector<std::string> alwaysAllowed; // ISO2 of the origin and target countries
};

struct RoutingOptions {
    double cellDeg = 0.2;             // grid cell, degrees; 0.05..1
    double marginDeg = 6;             // search box margin around the end points, degrees
    double checkStepMeters = 1000;    // sampling step when string-pulling
    double crossingStepMeters = 2000; // verification densification
};

// True when a point may be overflown under `rule` (atlas.countryAt decides).
bool admissible(const atlas::Atlas& atlas, const AirspaceRule& rule, LatLon p);

// The constrained route from `from` to `to` (both included). Fails with "route.no_path" when no admissible path
// exists in the search box, and "route.antimeridian" when the box would cross ±180°.
Result<std::vector<LatLon>> constrainedRoute(const atlas::Atlas& atlas, LatLon from, LatLon to,
                                             const AirspaceRule& rule, const RoutingOptions& opt);

// ISO2 codes of countries that `route` enters which `rule` does not admit (empty when the route complies).
std::vector<std::string> airspaceViolations(const atlas::Atlas& atlas, const std::vector<LatLon>& route,
                                            const AirspaceRule& rule, double stepMeters = 2000);

} // namespace salvo::sim
