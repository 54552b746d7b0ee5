#pragma once
// LatLon: a position on the WGS84 ellipsoid in decimal degrees, latitude first (as everywhere in Salvo).
// Valid latitudes are -90..90, longitudes -180..180 (inclusive); `isValid` checks that and finiteness.
//   salvo::LatLon raqqa{35.95, 39.01};
//   if (!raqqa.isValid()) { /* report */ }
#include <cmath>

namespace salvo {

struct LatLon {
    double lat = 0; // degrees north; range -90..90
    double lon = 0; // degrees east; range -180..180

    bool isValid() const {
        return std::isfinite(lat) && std::isfinite(lon) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }
    friend bool operator==(const LatLon&, const LatLon&) = default;
};

// Wraps a longitude into -180..180 (180 stays 180).
inline double wrapLon(double lonDeg) {
    if (lonDeg >= -180 && lonDeg <= 180) return lonDeg;
    double w = std::fmod(lonDeg + 180.0, 360.0);
    if (w < 0) w += 360.0;
    return w - 180.0;
}

struct BBox {
    double minLat = 90, minLon = 180, maxLat = -90, maxLon = -180; // degrees; empty when min > max

    bool empty() const { return minLat > maxLat; }
    void extend(LatLon p) {
        minLat = std::fmin(minLat, p.lat); maxLat = std::fmax(maxLat, p.lat);
        minLon = std::fmin(minLon, p.lon); maxLon = std::fmax(maxLon, p.lon);
    }
    void extend(const BBox& b) {
        if (b.empty()) return;
        extend(LatLon{b.minLat, b.minLon});
        extend(LatLon{b.maxLat, b.maxLon});
    }
    bool contains(LatLon p) const {
        return p.lat >= minLat && p.lat <= maxLat && p.lon >= minLon && p.lon <= maxLon;
    }
    bool intersects(const BBox& b) const {
        return !(b.minLat > maxLat || b.maxLat < minLat || b.minLon > maxLon || b.maxLon < minLon);
    }
};

} // namespace salvo
