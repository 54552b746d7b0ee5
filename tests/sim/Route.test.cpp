#include "sim/Route.hpp"

#include "geodesy/Geodesic.hpp"
#include "sim/SimTestSupport.hpp"

#include <catch2/catch.hpp>

using namespace salvo;
using namespace salvo::testsupport;

namespace {
// Samples a polyline every stepMeters and returns the ISO2 codes met.
std::vector<std::string> countriesAlong(const atlas::Atlas& atlas, const std::vector<LatLon>& route, double step) {
    std::vector<std::string> out;
    for (size_t k = 0; k + 1 < route.size(); ++k)
        for (const auto& p : geodesy::GeodesicLine(route[k], route[k + 1]).densify(step))
            if (auto c = atlas.countryAt(p)) {
                const auto& iso = atlas.countries()[*c].iso2;
                if (out.empty() || out.back() != iso) out.push_back(iso);
            }
    return out;
}
} // namespace

TEST_CASE("Route: a forbidden square is flown around on the square atlas", "[sim]") {
    const auto& atlas = squareAtlas();
    const LatLon from{5, -3}, to{5, 23};
    sim::AirspaceRule rule;
    rule.forbidden = {"BB"};
    auto r = sim::constrainedRoute(atlas, from, to, rule, {});
    REQUIRE(r.ok());
    CHECK(r->front() == from);
    CHECK(r->back() == to);
    CHECK(r->size() >= 3);
    const auto met = countriesAlong(atlas, *r, 2000);
    CHECK(std::find(met.begin(), met.end(), "BB") == met.end());
    CHECK(sim::airspaceViolations(atlas, *r, rule).empty());
    SECTION("without constraints the direct geodesic crosses BB, which the check reports") {
        CHECK(sim::airspaceViolations(atlas, {from, to}, rule) == std::vector<std::string>{"BB"});
    }
    SECTION("the detour is longer than the direct route but not absurdly so") {
        const double direct = geodesy::distanceMeters(from, to);
        const double detour = sim::cumulativeLengths(*r).back();
        CHECK(detour > direct);
        CHECK(detour < 2.0 * direct);
    }
}

TEST_CASE("Route: only permitted countries (plus water) are admissible", "[sim]") {
    const auto& atlas = squareAtlas();
    sim::AirspaceRule rule;
    rule.permitted = {"CC"};
    CHECK(sim::admissible(atlas, rule, {15, 5}));
    CHECK(sim::admissible(atlas, rule, {-5, 5}));   // water
    CHECK_FALSE(sim::admissible(atlas, rule, {5, 5}));
    rule.alwaysAllowed = {"AA"};
    CHECK(sim::admissible(atlas, rule, {5, 5}));
}

TEST_CASE("Route: no admissible path is an error value, not a crash", "[sim]") {
    atlas::AtlasData d;
    d.countries.push_back(square("Wall", "WW", -80, 80, -179, 179));
    const atlas::Atlas walled(std::move(d));
    sim::AirspaceRule rule;
    rule.forbidden = {"WW"};
    rule.alwaysAllowed = {};
    auto r = sim::constrainedRoute(walled, {0, 0}, {0, 10}, rule, {});
    CHECK_FALSE(r.ok());
}

TEST_CASE("Route: south Caspian to Raqqa with Turkey forbidden stays out of Turkey on the real atlas", "[sim]") {
    const auto& atlas = realAtlas();
    sim::AirspaceRule rule;
    rule.permitted = {"IR", "IQ"};
    rule.forbidden = {"TR"};
    rule.alwaysAllowed = {"SY"};
    auto r = sim::constrainedRoute(atlas, {38.5, 50.5}, {35.95, 39.01}, rule, {});
    REQUIRE(r.ok());
    const auto met = countriesAlong(atlas, *r, 1000);
    CHECK(std::find(met.begin(), met.end(), "TR") == met.end());
    CHECK(std::find(met.begin(), met.end(), "IR") != met.end());
    CHECK(std::find(met.begin(), met.end(), "IQ") != met.end());
    for (const auto& iso : met) {
        INFO("country met: '" << iso << "'");
        CHECK((iso == "IR" || iso == "IQ" || iso == "SY"));
    }
    const double len = sim::cumulativeLengths(*r).back();
    CHECK(len >= 1055e3);
    CHECK(len < 1300e3);
}
