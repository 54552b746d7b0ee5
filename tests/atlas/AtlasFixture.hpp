#pragma once
// The real atlas from geodata/, loaded once for all tests that need it (SALVO_DATA_DIR is set by CTest), and a literal
// two-country table for tests that must not depend on geodata.
#include "atlas/Atlas.hpp"
#include "io/AtlasLoader.hpp"
#include "io/DataDir.hpp"

#include <string>

namespace salvo::test {

inline const atlas::Atlas& worldAtlas() {
    static const atlas::Atlas a = io::loadAtlas(io::findDataDir());
    return a;
}

inline std::string countryIso2At(const atlas::Atlas& a, LatLon p) {
    const auto c = a.countryAt(p);
    return c ? a.countries()[*c].iso2 : std::string();
}

// A square country with its south-west corner at (lat0, lon0), `sizeDeg` degrees on each side.
inline atlas::Region squareCountry(std::string name, std::string iso2, double lat0, double lon0, double sizeDeg) {
    atlas::Region r;
    r.name = std::move(name);
    r.iso2 = std::move(iso2);
    atlas::Polygon p;
    p.rings.push_back({{{lat0, lon0}, {lat0, lon0 + sizeDeg}, {lat0 + sizeDeg, lon0 + sizeDeg}, {lat0 + sizeDeg, lon0}}});
    r.shape.polygons.push_back(std::move(p));
    return r;
}

// Westland (WL, 0..10 N 0..10 E) and Eastland (EL, 0..10 N 10..20 E), and one town in Westland at (2, 2) named
// "Ḩamāh" (ASCII "Hamah", also "Hama"), 500,000 people.
inline atlas::AtlasData westEastData() {
    atlas::AtlasData d;
    d.countries.push_back(squareCountry("Westland", "WL", 0, 0, 10));
    d.countries.push_back(squareCountry("Eastland", "EL", 0, 10, 10));
    atlas::Place town;
    town.name = "Ḩamāh";
    town.asciiName = "Hamah";
    town.altNames = {"Hama"};
    town.pos = {2, 2};
    town.iso2 = "WL";
    town.population = 500000;
    d.places.push_back(town);
    return d;
}

} // namespace salvo::test
