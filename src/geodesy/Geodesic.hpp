#pragma once
// WGS84 geodesics through PROJ's geodesic.h (Karney's algorithms: accurate to about 15 nm everywhere, including
// near-antipodal and polar cases). These are the only distance and route functions in Salvo: no spherical shortcut.
//   auto inv = salvo::geodesy::inverse({38.5, 50.5}, {35.95, 39.01});   // inv.s12 ≈ 1.06e6 m
//   salvo::geodesy::GeodesicLine line({38.5, 50.5}, {35.95, 39.01});    line.position(0.5 * line.length())
#include "core/LatLon.hpp"

#include <vector>

namespace salvo::geodesy {

// Notation (GeographicLib's): point 1 is the start, point 2 the end; s12 is the geodesic distance in metres; azi1 and
// azi2 are the forward azimuths at 1 and 2 in degrees clockwise from north, range -180..180.
struct InverseResult {
    double s12 = 0;  // metres
    double azi1 = 0; // degrees
    double azi2 = 0; // degrees
};

InverseResult inverse(LatLon p1, LatLon p2);
double distanceMeters(LatLon p1, LatLon p2);
// The point reached from p1 after s12 metres along azimuth azi1 (degrees); also its forward azimuth.
LatLon direct(LatLon p1, double azi1Deg, double s12Meters, double* azi2Deg = nullptr);

// A geodesic segment set up once, then sampled at any distance along it (PROJ's geod_lineinit/geod_position).
class GeodesicLine {
public:
    GeodesicLine(LatLon p1, LatLon p2);
    GeodesicLine(LatLon p1, double azi1Deg, double lengthMeters);

    double length() const { return m_length; }       // metres
    LatLon start() const { return m_start; }
    double startAzimuth() const { return m_azi1; }   // degrees
    // Position at s metres from the start (s may lie outside 0..length: the geodesic continues).
    LatLon position(double sMeters, double* aziDeg = nullptr) const;
    // n >= 2 points evenly spaced in distance, ends included.
    std::vector<LatLon> sample(int n) const;
    // Points spaced at most maxStepMeters apart, ends included.
    std::vector<LatLon> densify(double maxStepMeters) const;

private:
    struct Impl;
    // geod_geodesicline is a plain C struct; keep a copy by value through an aligned buffer to avoid a heap allocation.
    alignas(8) unsigned char m_line[1024];
    LatLon m_start;
    double m_azi1 = 0;
    double m_length = 0;
};

// Along-track and cross-track distance of p relative to the geodesic a→b, in metres, found on the ellipsoid by
// minimising the distance to the line (golden-section on the along-track parameter, refined to < 1 m).
struct TrackOffset {
    double alongMeters = 0;  // distance from a of the closest point, clamped to 0..length
    double crossMeters = 0;  // distance from p to that closest point (unsigned)
    LatLon closest;
};
TrackOffset offsetFromSegment(LatLon a, LatLon b, LatLon p);

} // namespace salvo::geodesy
