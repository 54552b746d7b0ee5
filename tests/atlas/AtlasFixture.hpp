#pragma once
// The real atlas from geodata/, loaded once for all tests that need it (SALVO_DATA_DIR is set by CTest).
#include "atlas/Atlas.hpp"
#include "io/AtlasLoader.hpp"
#include "io/DataDir.hpp"

namespace salvo::test {

inline const atlas::Atlas& worldAtlas() {
    static const atlas::Atlas a = io::loadAtlas(io::findDataDir());
    return a;
}

inline std::string countryIso2At(const atlas::Atlas& a, LatLon p) {
    const auto c = a.countryAt(p);
    return c ? a.countries()[*c].iso2 : std::string();
}

} // namespace salvo::test
