#include "sim/RouteClaims.hpp"

#include "geodesy/Geodesic.hpp"
#include "io/InputLoader.hpp"
#include "sim/SimTestSupport.hpp"
#include "sim/SimulationImpl.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace salvo;
using namespace salvo::testsupport;

namespace {

const io::LoadedInput& sampleInput() {
    static const io::LoadedInput in = io::loadInput(
        dataDir() / "samples" / "voa-2015-10-08-russian-missiles-crash-in-iran.txt", realAtlas(),
        io::loadInputDefaults(dataDir()));
    return in;
}

// Whether every point of a circle of radiusMeters around p (every 5°) lies in the country: an independent test of
// "at least radiusMeters inside", by the atlas's point-in-polygon alone.
bool circleInside(const atlas::Atlas& atlas, uint32_t country, LatLon p, double radiusMeters) {
    for (int az = -180; az < 180; az += 5) {
        const auto c = atlas.countryAt(geodesy::direct(p, az, radiusMeters));
        if (!c || *c != country) return false;
    }
    return true;
}

} // namespace

TEST_CASE("RouteClaims: depth inside a square country is the distance to its nearest side", "[sim]") {
    atlas::AtlasData data;
    data.countries.push_back(square("Squareland", "SQ", -1, 1, 10, 12));
    const atlas::Atlas atlas(std::move(data));
    // Reference: one degree of latitude at the equator is 110,574 m (WGS84 meridian arc), one of longitude 111,320 m.
    CHECK_THAT(sim::depthInside(atlas, atlas::Kind::Country, 0, {0, 11}), Catch::WithinRel(110574.0, 0.005));
    CHECK_THAT(sim::depthInside(atlas, atlas::Kind::Country, 0, {0, 11.9}), Catch::WithinRel(11132.0, 0.005));
    CHECK(sim::depthInside(atlas, atlas::Kind::Country, 0, {0, 12.5}) == 0);

    SECTION("the via point is deep enough and close to the geodesic it bends") {
        const auto p = sim::viaPoint(atlas, atlas::Kind::Country, 0, {3, 9}, {3, 13}, 40e3);
        REQUIRE(p);
        CHECK(sim::depthInside(atlas, atlas::Kind::Country, 0, *p) >= 40e3);
        CHECK(p->lat > 0.5); // the northern part: the geodesic at 3°N passes north of the square
    }
}

TEST_CASE("RouteClaims: the sample's flown route satisfies '4 crashed in Iran' with every crash 20 km inside Iran",
          "[sim]") {
    const auto& atlas = realAtlas();
    const auto& sc = sampleInput().scenario;
    const auto sim = sim::simulate(sc, atlas, options(), nullptr);
    REQUIRE(sim.tracks().size() == 26);
    const uint32_t iran = *atlas.countryByIso2("IR");

    int crashed = 0;
    for (size_t i = 0; i < sim.tracks().size(); ++i) {
        const auto& t = sim.tracks()[i];
        if (t.outcome != sim::Outcome::Crashed) continue;
        ++crashed;
        const LatLon p = sim.stateAt(i, t.endTime()).pos;
        INFO(t.id << " crashes at " << p.lat << ", " << p.lon);
        CHECK(circleInside(atlas, iran, p, sim::kCrashDepthMeters));
    }
    CHECK(crashed == 4);

    SECTION("the flown hypothesis satisfies the crash claim, and the direct one, which misses Iran, is kept") {
        bool flownSatisfies = false, directKept = false;
        for (const auto& r : sim.routes()) {
            directKept |= r.kind == sim::RouteKind::Direct;
            if (!r.used) continue;
            REQUIRE(!r.checks.empty());
            CHECK(r.checks.front().claim.find("crashed in Iran") != std::string::npos);
            flownSatisfies = r.checks.front().satisfied;
        }
        CHECK(flownSatisfies);
        CHECK(directKept);
    }
    // The ensemble draws every run's launch point from this pool (Ensemble.cpp), so the pool is every sample it uses.
    SECTION("the launch point is the Caspian's own position, over water, and every launch sample is off land") {
        const auto& areas = sim.launchAreas();
        REQUIRE(areas.size() == 1);
        CHECK_FALSE(atlas.countryAt(areas[0].nominal));
        CHECK(geodesy::distanceMeters(areas[0].nominal, areas[0].centre) < 1);
        const auto& pool = sim.impl().launchPools.at(0);
        CHECK(pool.size() >= 1000);
        size_t onLand = 0;
        for (const auto& p : pool) onLand += atlas.countryAt(p.pos).has_value();
        CHECK(onLand == 0);
    }
}

// The ensemble draws every run's aim point from the target pool (Ensemble.cpp): a sea's radius reaches its coasts, but
// the ships the munitions were fired at are on its water.
TEST_CASE("RouteClaims: every ensemble aim point in a sea targeted is over water", "[sim]") {
    const auto& atlas = realAtlas();
    const auto in = io::loadInput(dataDir() / "tests" / "corpus" / "18_centcom_2023_carney_14_uas_red_sea.txt",
                                  atlas, io::loadInputDefaults(dataDir()));
    const auto sim = sim::simulate(in.scenario, atlas, options(), nullptr);
    const auto& areas = sim.targetAreas();
    const auto red = std::find_if(areas.begin(), areas.end(), [](const auto& a) { return a.name == "Red Sea"; });
    REQUIRE(red != areas.end());
    CHECK(red->radiusMeters > 300e3); // wide enough to reach Egypt, Sudan, Eritrea and Saudi Arabia
    const auto& pool = sim.impl().targetPools.at(static_cast<size_t>(red - areas.begin()));
    CHECK(pool.size() >= 1000);
    size_t onLand = 0, gulfOfAden = 0;
    for (const auto& p : pool) {
        onLand += atlas.countryAt(p.pos).has_value();
        gulfOfAden += p.pos.lat < 13.0 && p.pos.lon > 43.6; // east of Bab-el-Mandeb: the Red Sea's disc reaches it
    }
    CHECK(onLand == 0);
    CHECK(gulfOfAden == 0);
}
