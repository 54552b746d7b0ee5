#pragma once
// Internal to sim: what a Simulation keeps beyond its public tracks — per-route GeodesicLines for stateAt, and the
// per-track uncertainty model (areas, sample pools, launch window, crash stretches) the ensemble draws from.
#include "sim/Simulation.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace salvo::sim {

struct RouteGeom {
    std::vector<geodesy::GeodesicLine> legs;
    std::vector<double> cum; // legs.size() + 1 entries
};
std::shared_ptr<const RouteGeom> makeGeom(const std::vector<LatLon>& route);

// A point of an area's sample pool, with its polar coordinates from the area's nominal point.
struct PoolPoint {
    LatLon pos;
    double fromNominalMeters = 0;
    double fromNominalAzimuthDeg = 0;
};

struct TrackModel {
    size_t launchArea = 0, targetArea = 0, route = 0;
    double windowStart = 0, windowEnd = 0; // unix seconds: this munition's launch time range
    std::vector<std::pair<double, double>> crashStretches; // metres along the nominal route (Crashed tracks)
    // True inside the territory a crash was reported in ("crashed in Iran"). The ensemble's crash zones keep only
    // samples that satisfy the report. Captures the atlas given to simulate(), which must outlive the Simulation.
    std::function<bool(LatLon)> crashInside;
};

// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and the same on every platform, unlike std distributions.
struct SplitMix {
    uint64_t state;
    explicit SplitMix(uint64_t seed) : state(seed) {}
    uint64_t next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; } // [0, 1)
};

struct Simulation::Impl {
    std::vector<MunitionTrack> tracks;
    std::vector<std::shared_ptr<const RouteGeom>> geoms; // per track (shared between tracks on one route)
    std::vector<TrackModel> models;                      // per track
    std::vector<KeyInstant> instants;
    std::vector<EventSummary> events;
    std::vector<Area> launchAreas, targetAreas;
    std::vector<std::vector<PoolPoint>> launchPools, targetPools; // per area; empty for a point area
    std::vector<RouteHypothesis> routes;
    std::vector<ReportedSite> sites;
    std::vector<scenario::Assumption> used;
};

} // namespace salvo::sim
