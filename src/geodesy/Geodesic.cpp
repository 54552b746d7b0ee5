// Notation: φ latitude, λ longitude (degrees); s12 distance (m); azi azimuth (degrees from north, clockwise).
// PROJ's geodesic.h takes (lat, lon) in that order, which matches LatLon; the WGS84 constants are a = 6378137 m,
// f = 1/298.257223563.
#include "geodesy/Geodesic.hpp"

#include <geodesic.h>

#include <cassert>
#include <cmath>
#include <cstring>

namespace salvo::geodesy {

namespace {
const geod_geodesic& wgs84() {
    static const geod_geodesic g = [] {
        geod_geodesic x;
        geod_init(&x, 6378137.0, 1 / 298.257223563);
        return x;
    }();
    return g;
}
constexpr unsigned kCaps = GEOD_LATITUDE | GEOD_LONGITUDE | GEOD_AZIMUTH | GEOD_DISTANCE_IN;
static_assert(sizeof(geod_geodesicline) <= 1024, "grow GeodesicLine::m_line");
} // namespace

InverseResult inverse(LatLon p1, LatLon p2) {
    InverseResult r;
    geod_inverse(&wgs84(), p1.lat, p1.lon, p2.lat, p2.lon, &r.s12, &r.azi1, &r.azi2);
    return r;
}

double distanceMeters(LatLon p1, LatLon p2) { return inverse(p1, p2).s12; }

LatLon direct(LatLon p1, double azi1Deg, double s12Meters, double* azi2Deg) {
    LatLon out;
    double azi2 = 0;
    geod_direct(&wgs84(), p1.lat, p1.lon, azi1Deg, s12Meters, &out.lat, &out.lon, &azi2);
    if (azi2Deg) *azi2Deg = azi2;
    out.lon = wrapLon(out.lon);
    return out;
}

GeodesicLine::GeodesicLine(LatLon p1, LatLon p2) : m_start(p1) {
    geod_geodesicline line;
    geod_inverseline(&line, &wgs84(), p1.lat, p1.lon, p2.lat, p2.lon, kCaps);
    m_azi1 = line.azi1;
    m_length = line.s13;
    std::memcpy(m_line, &line, sizeof line);
}

GeodesicLine::GeodesicLine(LatLon p1, double azi1Deg, double lengthMeters) : m_start(p1), m_azi1(azi1Deg) {
    geod_geodesicline line;
    geod_directline(&line, &wgs84(), p1.lat, p1.lon, azi1Deg, lengthMeters, kCaps);
    m_length = lengthMeters;
    std::memcpy(m_line, &line, sizeof line);
}

LatLon GeodesicLine::position(double sMeters, double* aziDeg) const {
    LatLon out;
    double azi = 0;
    geod_position(reinterpret_cast<const geod_geodesicline*>(m_line), sMeters, &out.lat, &out.lon, &azi);
    out.lon = wrapLon(out.lon);
    if (aziDeg) *aziDeg = azi;
    return out;
}

std::vector<LatLon> GeodesicLine::sample(int n) const {
    assert(n >= 2 && "sample() needs at least the two end points");
    std::vector<LatLon> pts;
    pts.reserve(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) pts.push_back(position(m_length * i / (n - 1)));
    return pts;
}

std::vector<LatLon> GeodesicLine::densify(double maxStepMeters) const {
    assert(maxStepMeters > 0 && "step must be positive");
    const int n = std::max(2, static_cast<int>(std::ceil(m_length / maxStepMeters)) + 1);
    return sample(n);
}

TrackOffset offsetFromSegment(LatLon a, LatLon b, LatLon p) {
    const GeodesicLine line(a, b);
    const double len = line.length();
    TrackOffset best;
    if (len <= 0) {
        best.closest = a;
        best.crossMeters = distanceMeters(a, p);
        return best;
    }
    // Coarse scan to bracket the minimum (the distance function is unimodal on segments shorter than a half orbit,
    // but a scan is cheap insurance), then golden-section refinement.
    constexpr int kScan = 64;
    int bestI = 0;
    double bestD = 1e300;
    for (int i = 0; i <= kScan; ++i) {
        const double d = distanceMeters(line.position(len * i / kScan), p);
        if (d < bestD) { bestD = d; bestI = i; }
    }
    double lo = len * std::max(0, bestI - 1) / kScan, hi = len * std::min(kScan, bestI + 1) / kScan;
    const double g = (std::sqrt(5.0) - 1) / 2;
    double x1 = hi - g * (hi - lo), x2 = lo + g * (hi - lo);
    double f1 = distanceMeters(line.position(x1), p), f2 = distanceMeters(line.position(x2), p);
    while (hi - lo > 0.5) {
        if (f1 < f2) { hi = x2; x2 = x1; f2 = f1; x1 = hi - g * (hi - lo); f1 = distanceMeters(line.position(x1), p); }
        else { lo = x1; x1 = x2; f1 = f2; x2 = lo + g * (hi - lo); f2 = distanceMeters(line.position(x2), p); }
    }
    best.alongMeters = 0.5 * (lo + hi);
    best.closest = line.position(best.alongMeters);
    best.crossMeters = distanceMeters(best.closest, p);
    return best;
}

} // namespace salvo::geodesy
