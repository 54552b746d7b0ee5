#pragma once
// RouteClaims: what a report says that a route must agree with, and the test of one route against each statement.
// A route hypothesis (direct, airspace-constrained, via waypoints, via the countries the claims name) is scored by how
// many of its event's claims it satisfies: crashes reported in a territory (the route passes at least
// crashDepthMeters inside it), a stated distance or flight time (within 10 %), permitted and forbidden airspace, a
// reported crash site (the route passes within its radius). The best-scoring hypothesis is the one flown.
// Depth inside a region is the distance to its outline (borders and coasts) in a local tangent plane at the point,
// using the ellipsoid's radii of curvature there: within 0.5 % of the geodesic distance up to a few hundred km.
//   auto claims = routeClaims(scenario, atlas, event, speedMps);
//   for (const auto& c : claims) checks.push_back(checkRoute(atlas, route, cumulative, c));
#include "atlas/Atlas.hpp"
#include "scenario/Scenario.hpp"
#include "sim/Route.hpp"
#include "sim/Simulation.hpp"

#include <optional>
#include <string>
#include <vector>

namespace salvo::sim {

inline constexpr double kCrashDepthMeters = 20e3; // a crash "in Iran" is placed at least this far inside Iran

// The depth a crash in a region is held to: kCrashDepthMeters, or 5 % of the square root of its area for a region
// too small for that (Kyiv Oblast, a ring round the city, 8 km; Lebanon 5 km).
double crashDepthMeters(const atlas::Atlas& atlas, atlas::Kind level, uint32_t index);

// One statement a route can satisfy or not.
struct RouteClaim {
    enum class Kind { CrashTerritory, Distance, Duration, Airspace, CrashSite };
    Kind kind = Kind::CrashTerritory;
    std::string text;                    // in words: "4 crashed in Iran (a U.S official)"
    std::vector<std::string> claimIds;   // scenario claims behind it (may be empty: an event or an assumption)
    // CrashTerritory: a region (country or division), or a point-like place with a radius.
    std::optional<atlas::Kind> level;
    std::optional<uint32_t> region;
    LatLon point;
    double radiusMeters = 0;
    // Distance (m) or Duration (s), with the claim's operator ("=", "~", ">", ">=", "<", "<=").
    std::string op = "=";
    double value = 0;
    double speedMps = 0;                 // Duration: the munition's nominal speed
    AirspaceRule rule;                   // Airspace
};

// Metres per unit of a distance claim ("km", "miles", "nm", ...), seconds per unit of a duration claim; 0 otherwise.
double distanceUnitMeters(const std::string& unit);
double durationUnitSeconds(const std::string& unit);

// The country or first-level division a place stands for (its kind or precision says which); nullopt for a place
// with no border in the atlas (a city, a sea, a described region).
struct RegionRef {
    atlas::Kind level = atlas::Kind::Country;
    uint32_t index = 0;
};
std::optional<RegionRef> regionOfPlace(const atlas::Atlas& atlas, const scenario::Place& place);

// Metres from p to the outline of region `index` when p is inside it; 0 outside.
double depthInside(const atlas::Atlas& atlas, atlas::Kind level, uint32_t index, LatLon p);

// The point at least depthMeters inside the region that adds the least length to a geodesic from `from` to `to`
// (searched on a grid over the region's box); nullopt when the region has no such point.
std::optional<LatLon> viaPoint(const atlas::Atlas& atlas, atlas::Kind level, uint32_t index, LatLon from, LatLon to,
                               double depthMeters);

// The claims a route of event `e` can be held to, in the scenario's order. speedMps: the munition's nominal speed.
std::vector<RouteClaim> routeClaims(const scenario::Scenario& sc, const atlas::Atlas& atlas, const scenario::Event& e,
                                    double speedMps);

// The position at sMeters along a polyline of geodesic legs (cum: its cumulative lengths).
LatLon pointAlong(const std::vector<LatLon>& route, const std::vector<double>& cum, double sMeters);

ClaimCheck checkRoute(const atlas::Atlas& atlas, const std::vector<LatLon>& route, const std::vector<double>& cum,
                      const RouteClaim& claim);

// The parts of `stretches` (metres along the route) whose points lie at least depthMeters inside the region,
// sampled every stepMeters; empty when no part does.
std::vector<std::pair<double, double>> deepStretches(const atlas::Atlas& atlas, atlas::Kind level, uint32_t index,
                                                     const std::vector<LatLon>& route, const std::vector<double>& cum,
                                                     const std::vector<std::pair<double, double>>& stretches,
                                                     double depthMeters, double stepMeters = 2000);

} // namespace salvo::sim
