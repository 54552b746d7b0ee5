#pragma once
// Shared helpers for the sim and export tests: the real atlas and catalogue (loaded once per test process from
// $SALVO_DATA_DIR, which CTest sets to the repository root), fixture scenarios, and a small literal atlas of square
// countries for tests that must not depend on geodata.
#include "atlas/Atlas.hpp"
#include "io/AtlasLoader.hpp"
#include "io/Catalogue.hpp"
#include "io/Files.hpp"
#include "scenario/Scenario.hpp"
#include "sim/Simulation.hpp"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace salvo::testsupport {

inline std::filesystem::path dataDir() {
    if (const char* d = std::getenv("SALVO_DATA_DIR"); d && *d) return d;
    return SALVO_SOURCE_DIR;
}

inline const atlas::Atlas& realAtlas() {
    static const atlas::Atlas a = io::loadAtlas(dataDir());
    return a;
}

inline std::shared_ptr<const sim::Catalogue> catalogue() {
    static const auto c = io::loadCatalogue(dataDir());
    return c;
}

inline sim::SimOptions options() {
    sim::SimOptions o;
    o.catalogue = catalogue();
    return o;
}

inline scenario::Scenario fixture(const std::string& name) {
    const std::string text = io::readFile(std::filesystem::path(SALVO_FIXTURES_DIR) / "scenarios" / name);
    auto r = scenario::fromJsonText(text);
    if (!r) throw std::runtime_error(name + ": " + r.error().message + " at " + r.error().where);
    return *r;
}

// A square country [lat0, lat1] x [lon0, lon1].
inline atlas::Region square(std::string name, std::string iso2, double lat0, double lat1, double lon0, double lon1) {
    atlas::Region r;
    r.kind = atlas::Kind::Country;
    r.name = std::move(name);
    r.iso2 = r.code = std::move(iso2);
    atlas::Ring ring;
    ring.points = {{lat0, lon0}, {lat0, lon1}, {lat1, lon1}, {lat1, lon0}, {lat0, lon0}};
    atlas::Polygon poly;
    poly.rings.push_back(ring);
    r.shape.polygons.push_back(poly);
    return r;
}

// AA: 0..10N 0..10E, BB: 0..10N 10..20E, CC: 10..20N 0..20E; everything else is water.
inline const atlas::Atlas& squareAtlas() {
    static const atlas::Atlas a = [] {
        atlas::AtlasData d;
        d.countries.push_back(square("Aland", "AA", 0, 10, 0, 10));
        d.countries.push_back(square("Bland", "BB", 0, 10, 10, 20));
        d.countries.push_back(square("Cland", "CC", 10, 20, 0, 20));
        return atlas::Atlas(std::move(d));
    }();
    return a;
}

inline scenario::Place place(std::string id, std::string kind, double lat, double lon, std::string iso2 = {},
                             double radiusMeters = 0) {
    scenario::Place p;
    p.id = std::move(id);
    p.name = p.id;
    p.kind = kind;
    p.pos = {lat, lon};
    p.country = std::move(iso2);
    p.precision = kind == "sea" ? "sea" : kind == "country" ? "country" : "point";
    p.radiusMeters = radiusMeters;
    return p;
}

inline scenario::Assumption assumption(std::string key, nlohmann::json value, std::string appliesTo = {}) {
    scenario::Assumption a;
    a.key = std::move(key);
    a.value = std::move(value);
    a.source = "test";
    a.appliesTo = std::move(appliesTo);
    return a;
}

} // namespace salvo::testsupport
