#include "sim/Simulation.hpp"

#include "geodesy/Geodesic.hpp"
#include "sim/SimTestSupport.hpp"

#include <catch2/catch.hpp>

using namespace salvo;
using namespace salvo::testsupport;

namespace {
bool sameNumbers(const sim::Ensemble& a, const sim::Ensemble& b) {
    if (a.runs != b.runs || a.tracks.size() != b.tracks.size() || a.crashDensity.size() != b.crashDensity.size())
        return false;
    for (size_t i = 0; i < a.tracks.size(); ++i) {
        const auto &x = a.tracks[i], &y = b.tracks[i];
        if (x.arrivalP05 != y.arrivalP05 || x.arrivalP50 != y.arrivalP50 || x.arrivalP95 != y.arrivalP95 ||
            x.leftOffsetMeters != y.leftOffsetMeters || x.rightOffsetMeters != y.rightOffsetMeters ||
            x.lengthP50Meters != y.lengthP50Meters)
            return false;
    }
    for (size_t i = 0; i < a.crashDensity.size(); ++i)
        if (a.crashDensity[i].weight != b.crashDensity[i].weight || !(a.crashDensity[i].pos == b.crashDensity[i].pos))
            return false;
    return true;
}
} // namespace

TEST_CASE("Ensemble: the Caspian salvo is reproducible for a seed and varies with it", "[sim]") {
    const auto sc = fixture("caspian-2015.json");
    const auto sim = sim::simulate(sc, realAtlas(), options(), nullptr);
    REQUIRE(sim.tracks().size() == 26);
    const auto a = sim::runEnsemble(sim, 400, 42, 2);
    const auto b = sim::runEnsemble(sim, 400, 42, 2);
    const auto c = sim::runEnsemble(sim, 400, 43, 2);
    const auto d = sim::runEnsemble(sim, 400, 42, 3);
    REQUIRE(a.runs == 400);
    CHECK(sameNumbers(a, b));
    CHECK(sameNumbers(a, d)); // thread count does not change the numbers
    CHECK_FALSE(sameNumbers(a, c));

    SECTION("arrival percentiles are ordered and bracket the nominal flight") {
        for (size_t i = 0; i < a.tracks.size(); ++i) {
            const auto& e = a.tracks[i];
            CHECK(e.arrivalP05 <= e.arrivalP50);
            CHECK(e.arrivalP50 <= e.arrivalP95);
            CHECK(e.arrivalP95 - e.arrivalP05 > 0);
        }
    }
    SECTION("corridors have a left and a right edge that start around the launch area") {
        const auto& e = a.tracks[0];
        REQUIRE(e.left.size() >= 2);
        CHECK(e.left.size() == e.right.size());
        CHECK(e.leftOffsetMeters.front() < -1000);
        CHECK(e.rightOffsetMeters.front() > 1000);
        CHECK(e.leftOffsetMeters.front() >= -100e3 - 1);
        CHECK(e.rightOffsetMeters.front() <= 100e3 + 1);
    }
    SECTION("crash density covers Iran and sums to one") {
        REQUIRE(!a.crashDensity.empty());
        double sum = 0, inIran = 0;
        const auto ir = *realAtlas().countryByIso2("IR");
        for (const auto& p : a.crashDensity) {
            sum += p.weight;
            if (realAtlas().countryAt(p.pos) == ir) inIran += p.weight;
        }
        CHECK(sum == Approx(1.0).epsilon(1e-9));
        CHECK(inIran > 0.9); // cells are 0.05°: a few straddle the border
    }
}

TEST_CASE("Ensemble: a cancelled run says so and keeps what it finished", "[sim]") {
    const auto sc = fixture("shayrat-2017.json");
    const auto sim = sim::simulate(sc, realAtlas(), options(), nullptr);
    std::atomic<bool> cancel{true};
    const auto e = sim::runEnsemble(sim, 1000, 1, 2, {}, &cancel);
    CHECK(e.cancelled);
    CHECK(e.runs < 1000);
    int calls = 0, last = 0;
    const auto f = sim::runEnsemble(sim, 300, 1, 2, [&](int done, int total) {
        ++calls;
        CHECK(total == 300);
        last = done;
    });
    CHECK(calls > 0);
    CHECK(last == 300);
    CHECK(f.runs == 300);
}
