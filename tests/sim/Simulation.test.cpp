#include "sim/Simulation.hpp"

#include "geodesy/Geodesic.hpp"
#include "sim/SimTestSupport.hpp"
#include "sim/SimulationImpl.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace salvo;
using namespace salvo::testsupport;
using Catch::Matchers::WithinAbs;

namespace {

// One launch from a point to one target, simulated over the square atlas (or an empty one).
scenario::Scenario pointToPoint(LatLon from, LatLon to, int count, double speedMps) {
    scenario::Scenario s;
    s.places.push_back(place("from", "point", from.lat, from.lon));
    s.places.push_back(place("to", "point", to.lat, to.lon));
    scenario::Event e;
    e.id = "e1";
    e.kind = "launch";
    e.munition = "test munition";
    e.count = count;
    e.from = "from";
    e.to = {"to"};
    e.time = scenario::EventTime{*parseIsoUtc("2020-01-01T12:00:00Z"), *parseIsoUtc("2020-01-01T12:00:00Z"),
                                 TimePrecision::Minute, "noon"};
    s.events.push_back(e);
    scenario::Assumption v = assumption("munition.speed_mps", speedMps, "e1");
    v.min = speedMps * 0.9;
    v.max = speedMps * 1.1;
    s.assumptions.push_back(v);
    s.assumptions.push_back(assumption("launch.interval_s", 10.0, "e1"));
    return s;
}

const atlas::Atlas& emptyAtlas() {
    static const atlas::Atlas a{atlas::AtlasData{}};
    return a;
}

} // namespace

TEST_CASE("Simulation: a direct geodesic from the south Caspian to Raqqa has the reference length", "[sim]") {
    // facts.md: great-circle distance 38.5N 50.5E -> Raqqa about 1,055 km; the ellipsoidal value is 1,055-1,060 km.
    const auto s = pointToPoint({38.5, 50.5}, {35.95, 39.01}, 1, 250);
    Diagnostics d;
    const auto sim = sim::simulate(s, emptyAtlas(), sim::SimOptions{}, &d);
    REQUIRE(sim.tracks().size() == 1);
    const double L = sim.tracks()[0].lengthMeters();
    CHECK(L > 1055e3);
    CHECK(L < 1060e3);
    CHECK(sim.tracks()[0].routeKind == sim::RouteKind::Direct);
}

TEST_CASE("Simulation: stateAt is exact at launch, arrival and in between", "[sim]") {
    const LatLon a{38.5, 50.5}, b{35.95, 39.01};
    const auto s = pointToPoint(a, b, 3, 250);
    const auto sim = sim::simulate(s, emptyAtlas(), sim::SimOptions{}, nullptr);
    REQUIRE(sim.tracks().size() == 3);
    const auto& t = sim.tracks()[1];
    CHECK(t.launchTime == *parseIsoUtc("2020-01-01T12:00:10Z")); // second launch after the 10 s interval

    SECTION("before launch the munition is inactive at the launch point") {
        const auto st = sim.stateAt(1, t.launchTime + -1.0);
        CHECK_FALSE(st.active);
        CHECK(st.phase == sim::MunitionState::NotLaunched);
        CHECK(geodesy::distanceMeters(st.pos, a) < 1e-3);
    }
    SECTION("at launch it is at the launch point, at arrival at the target") {
        CHECK(geodesy::distanceMeters(sim.stateAt(1, t.launchTime).pos, a) < 1e-3);
        const auto end = sim.stateAt(1, t.endTime());
        CHECK(geodesy::distanceMeters(end.pos, b) < 1e-3 /* m */);
        CHECK_FALSE(end.active);
        CHECK(end.phase == sim::MunitionState::Impact);
        CHECK(sim.stateAt(1, t.endTime() + 3600.0).phase == sim::MunitionState::Impact);
    }
    SECTION("halfway in time it is at the geodesic midpoint, not an interpolation of samples") {
        const double half = 0.5 * t.lengthMeters() / t.speed.nominalMps;
        const auto st = sim.stateAt(1, t.launchTime + half);
        const LatLon mid = geodesy::GeodesicLine(a, b).position(0.5 * t.lengthMeters());
        CHECK(st.active);
        CHECK(geodesy::distanceMeters(st.pos, mid) < 1e-3);
        CHECK_THAT(geodesy::distanceMeters(a, st.pos), WithinAbs(0.5 * t.lengthMeters(), 1e-3));
    }
    SECTION("distance flown is monotone and the speed is the assumed one") {
        double last = -1;
        for (double dt = -60; dt < 6000; dt += 37) {
            const auto st = sim.stateAt(1, t.launchTime + dt);
            CHECK(st.distanceMeters >= last);
            last = st.distanceMeters;
        }
        CHECK(t.speed.nominalMps == 250);
        CHECK(sim.timeSpan().start == sim.tracks()[0].launchTime);
        CHECK(sim.timeSpan().end == sim.tracks()[2].endTime());
    }
}

TEST_CASE("Simulation: at its end instant a munition has ended, on the ground when it crashed", "[sim]") {
    // Regression (the Caspian sample): at t == endTime() itself, (t − launch)·speed fell a rounding error short of
    // the crash distance for two of the four crashed tracks, which stayed in cruise 100 m up.
    const auto sc = fixture("caspian-2015.json");
    const auto sim = sim::simulate(sc, realAtlas(), options(), nullptr);
    size_t crashed = 0;
    for (size_t i = 0; i < sim.tracks().size(); ++i) {
        const auto& t = sim.tracks()[i];
        INFO(t.id);
        const auto s = sim.stateAt(i, t.endTime());
        CHECK_FALSE(s.active);
        CHECK(s.distanceMeters == t.endMeters());
        if (t.outcome != sim::Outcome::Crashed) continue;
        ++crashed;
        CHECK(s.phase == sim::MunitionState::Crashed);
        CHECK(s.altitudeMeters == 0);
    }
    CHECK(crashed == 4);
}

TEST_CASE("Simulation: an event without a speed source is reported, not given a silent default", "[sim]") {
    auto s = pointToPoint({0, 0}, {1, 1}, 2, 250);
    s.assumptions.clear();
    Diagnostics d;
    const auto sim = sim::simulate(s, emptyAtlas(), sim::SimOptions{}, &d);
    CHECK(sim.tracks().empty());
    CHECK(std::any_of(d.begin(), d.end(), [](const Diagnostic& x) { return x.code == "sim.no_speed"; }));
}

TEST_CASE("Simulation: an event without a count gives one representative track", "[sim]") {
    auto s = pointToPoint({0, 0}, {1, 1}, 2, 250);
    s.events[0].count.reset();
    const auto sim = sim::simulate(s, emptyAtlas(), sim::SimOptions{}, nullptr);
    REQUIRE(sim.tracks().size() == 1);
    CHECK(sim.tracks()[0].countUnknown);
}

TEST_CASE("Simulation: crashes are placed inside the named territory on the square atlas", "[sim]") {
    // West of Aland over water, across Aland and Bland, to water east of Bland: 4 launched, 2 crash "in Bland".
    auto s = pointToPoint({5, -3}, {5, 23}, 4, 250);
    s.places.push_back(place("bb", "country", 5, 15, "BB", 500e3));
    scenario::Event c;
    c.id = "c1";
    c.kind = "crash";
    c.count = 2;
    c.to = {"bb"};
    c.related = "e1";
    s.events.push_back(c);
    Diagnostics d;
    const auto sim = sim::simulate(s, squareAtlas(), sim::SimOptions{}, &d);
    REQUIRE(sim.tracks().size() == 4);
    int crashed = 0;
    for (size_t i = 0; i < 4; ++i) {
        const auto& t = sim.tracks()[i];
        if (t.outcome != sim::Outcome::Crashed) continue;
        ++crashed;
        const auto st = sim.stateAt(i, t.endTime() + 1.0);
        CHECK(st.phase == sim::MunitionState::Crashed);
        const auto c = squareAtlas().countryAt(st.pos);
        REQUIRE(c);
        CHECK(squareAtlas().countries()[*c].iso2 == "BB");
        CHECK(t.crashEventId == "c1");
    }
    CHECK(crashed == 2);
    SECTION("overflights list the countries in order with times") {
        const auto& ov = sim.tracks()[0].overflights;
        std::vector<std::string> names;
        for (const auto& o : ov)
            if (o.level == sim::OverflightLevel::Country && o.regionIndex) names.push_back(o.iso2);
        REQUIRE(names.size() == 2);
        CHECK(names[0] == "AA");
        CHECK(names[1] == "BB");
        for (const auto& o : ov) CHECK(o.exitTime >= o.entryTime);
    }
    SECTION("a crash in a country the direct route misses bends the flown route through it") {
        auto s2 = s;
        s2.places.back() = place("bb", "country", 15, 10, "CC", 500e3);
        const auto sim2 = sim::simulate(s2, squareAtlas(), sim::SimOptions{}, nullptr);
        int inCC = 0;
        for (size_t i = 0; i < sim2.tracks().size(); ++i) {
            const auto& t = sim2.tracks()[i];
            CHECK(t.routeKind == sim::RouteKind::ViaCountries);
            if (t.outcome != sim::Outcome::Crashed) continue;
            const auto c = squareAtlas().countryAt(sim2.stateAt(i, t.endTime()).pos);
            inCC += c && squareAtlas().countries()[*c].iso2 == "CC";
        }
        CHECK(inCC == 2);
    }
    SECTION("a crash in a country no permitted route may cross is a finding") {
        auto s2 = s;
        s2.places.back() = place("bb", "country", 15, 10, "CC", 500e3);
        s2.assumptions.push_back({"airspace.forbidden", nlohmann::json::array({"CC"}), "", {}, {}, "test", "e1"});
        Diagnostics d2;
        const auto sim2 = sim::simulate(s2, squareAtlas(), sim::SimOptions{}, &d2);
        CHECK(std::any_of(d2.begin(), d2.end(), [](const Diagnostic& x) { return x.code == "sim.crash_off_route"; }));
        CHECK(std::none_of(sim2.tracks().begin(), sim2.tracks().end(),
                           [](const sim::MunitionTrack& t) { return t.outcome == sim::Outcome::Crashed; }));
    }
}

TEST_CASE("Simulation: the Caspian salvo fixture on the real atlas", "[sim]") {
    const auto sc = fixture("caspian-2015.json");
    const auto& atlas = realAtlas();
    Diagnostics d;
    const auto sim = sim::simulate(sc, atlas, options(), &d);
    REQUIRE(sim.tracks().size() == 26);

    SECTION("26 munitions split round-robin over three target places, staggered by the default interval") {
        CHECK(sim.tracks()[0].targetPlaceId == "raqqa");
        CHECK(sim.tracks()[1].targetPlaceId == "aleppo");
        CHECK(sim.tracks()[2].targetPlaceId == "idlib");
        CHECK(sim.tracks()[3].targetPlaceId == "raqqa");
        CHECK(sim.tracks()[1].launchTime - sim.tracks()[0].launchTime == 10.0);
        CHECK(sim.tracks()[0].launchTimeApproximate);
        CHECK(sim.tracks()[0].munitionKey == "cruise_missile");
        CHECK(sim.tracks()[0].speed.estimate);
    }
    SECTION("the launch point is the sourced assumption and the direct route has the reference length") {
        CHECK(geodesy::distanceMeters(sim.tracks()[0].route.front(), {38.5, 50.5}) < 1e-3);
        const auto& routes = sim.routes();
        const auto direct = std::find_if(routes.begin(), routes.end(), [](const sim::RouteHypothesis& r) {
            return r.kind == sim::RouteKind::Direct && r.targetPlaceId == "raqqa";
        });
        REQUIRE(direct != routes.end());
        CHECK(direct->lengthMeters() > 1055e3);
        CHECK(direct->lengthMeters() < 1060e3);
    }
    SECTION("the airspace-constrained route is used and never enters Turkey") {
        for (const auto& t : sim.tracks()) {
            CHECK(t.routeKind == sim::RouteKind::AirspaceConstrained);
        }
        const auto tr = *atlas.countryByIso2("TR");
        for (size_t i = 0; i < 3; ++i)
            for (const auto& p : sim.densifiedRoute(i, 2000)) {
                const auto c = atlas.countryAt(p);
                CHECK((!c || *c != tr));
            }
    }
    SECTION("four crashes are placed in Iran") {
        int crashed = 0;
        const auto ir = *atlas.countryByIso2("IR");
        for (size_t i = 0; i < sim.tracks().size(); ++i) {
            const auto& t = sim.tracks()[i];
            if (t.outcome != sim::Outcome::Crashed) continue;
            ++crashed;
            const auto c = atlas.countryAt(sim.stateAt(i, t.endTime()).pos);
            REQUIRE(c);
            CHECK(*c == ir);
        }
        CHECK(crashed == 4);
        CHECK(sim.events().at(0).crashed == 4);
    }
    SECTION("overflight of the used route names Iran and Iraq with increasing times") {
        std::vector<std::string> isos;
        for (const auto& o : sim.tracks()[0].overflights)
            if (o.level == sim::OverflightLevel::Country && o.regionIndex) isos.push_back(o.iso2);
        CHECK(std::find(isos.begin(), isos.end(), "IR") != isos.end());
        CHECK(std::find(isos.begin(), isos.end(), "IQ") != isos.end());
        CHECK(isos.back() == "SY");
        CHECK(std::find(isos.begin(), isos.end(), "TR") == isos.end());
    }
    SECTION("the reported crash site is measured against every route hypothesis") {
        REQUIRE(sim.reportedSites().size() == 1);
        const auto& site = sim.reportedSites()[0];
        CHECK(site.offsets.size() == sim.routes().size());
        for (const auto& o : site.offsets) {
            CHECK(o.crossTrackMeters > 0);
            CHECK(o.crossTrackMeters < 400e3);
        }
    }
    SECTION("key instants are sorted and start with the first launch") {
        const auto& k = sim.keyInstants();
        REQUIRE(!k.empty());
        CHECK(k.front().kind == sim::KeyInstant::Kind::FirstLaunch);
        CHECK(std::is_sorted(k.begin(), k.end(), [](const auto& x, const auto& y) { return x.time < y.time; }));
    }
}

TEST_CASE("Simulation: the Shayrat fixture launches 59 Tomahawks at 00:40Z from the eastern Mediterranean", "[sim]") {
    const auto sc = fixture("shayrat-2017.json");
    const auto& atlas = realAtlas();
    Diagnostics d;
    const auto sim = sim::simulate(sc, atlas, options(), &d);
    REQUIRE(sim.tracks().size() == 59);
    const auto& t = sim.tracks()[0];
    CHECK(t.munitionKey == "land_attack_cruise_missile");
    CHECK(t.launchTime == *parseIsoUtc("2017-04-07T00:40:00Z"));
    CHECK_FALSE(t.launchTimeApproximate);
    // The sea rule: the nominal launch point is the sea's own position (over water), the centre of its launch area,
    // not the shore nearest the target.
    CHECK_FALSE(atlas.countryAt(t.route.front()));
    CHECK(geodesy::distanceMeters({34.0, 30.0}, t.route.front()) < 1e-3);
    CHECK(geodesy::distanceMeters(t.route.back(), {34.49, 36.91}) < 1e-3);
    CHECK(t.lengthMeters() == Approx(geodesy::distanceMeters({34.0, 30.0}, {34.49, 36.91})).margin(1));
}

TEST_CASE("Simulation: a launch at a country flies to the impacts the text tells inside it", "[sim]") {
    // "Country A fired 4 missiles at country B ... Some struck near the base": the strike related to the launch
    // refines its coarse target; a strike at a place of another country leaves it alone.
    auto s = pointToPoint({32.0, 45.0}, {31.5, 35.0}, 4, 1500);
    s.places[1] = place("to", "country", 31.5, 35.0, "IL");
    s.places.push_back(place("base", "base", 31.21, 35.01, "IL"));
    s.places.push_back(place("elsewhere", "city", 33.9, 35.5, "LB"));
    scenario::Event impact;
    impact.id = "e2";
    impact.kind = "strike";
    impact.related = "e1";
    impact.to = {"base", "elsewhere"};
    s.events.push_back(impact);
    const auto sim = sim::simulate(s, emptyAtlas(), sim::SimOptions{}, nullptr);
    REQUIRE(sim.tracks().size() == 4);
    for (const auto& t : sim.tracks()) CHECK(t.targetPlaceId == "base");
    // Without the impact the launch flies to the country.
    s.events.pop_back();
    const auto plain = sim::simulate(s, emptyAtlas(), sim::SimOptions{}, nullptr);
    REQUIRE(plain.tracks().size() == 4);
    for (const auto& t : plain.tracks()) CHECK(t.targetPlaceId == "to");
}

TEST_CASE("Simulation: a country origin beyond the munition's range launches from its part nearest the target",
          "[sim]") {
    // "shot down by a surface-to-air missile fired from Aland" at a drone over the sea 7 degrees south of Aland's
    // centre: a 250 km missile cannot come from the centre; it comes from Aland's south coast.
    auto s = pointToPoint({5.0, 5.0}, {-2.0, 5.0}, 1, 1000);
    s.places[0] = place("from", "country", 5.0, 5.0, "AA", 550e3);
    s.places[0].precision = "country";
    s.events[0].munition = "surface-to-air missile";
    std::erase_if(s.assumptions, [](const scenario::Assumption& a) { return a.key == "munition.speed_mps"; });
    Diagnostics d;
    const auto sim = sim::simulate(s, squareAtlas(), options(), &d);
    REQUIRE(sim.tracks().size() == 1);
    const LatLon start = sim.tracks()[0].route.front();
    CHECK_THAT(start.lon, WithinAbs(5.0, 1e-6));
    CHECK(start.lat > 0.05); // at least 10 km inside the coast at 0 N...
    CHECK(start.lat < 0.15); // ...and no further
    REQUIRE(sim.launchAreas().size() == 1);
    CHECK(sim.launchAreas()[0].rule.find("nearest") != std::string::npos);
    const auto& pool = sim.impl().launchPools[0];
    REQUIRE(!pool.empty());
    for (const auto& p : pool) {
        CHECK(geodesy::distanceMeters(p.pos, {-2.0, 5.0}) <= 250e3 + 1);
        CHECK(squareAtlas().countryAt(p.pos) == squareAtlas().countryByIso2("AA"));
    }

    // A cruise missile reaches from the centre: the area's position stays the launch point.
    s.events[0].munition = "cruise missile";
    const auto far = sim::simulate(s, squareAtlas(), options(), &d);
    REQUIRE(far.tracks().size() == 1);
    CHECK(geodesy::distanceMeters(far.tracks()[0].route.front(), {5.0, 5.0}) < 1.0);
}

TEST_CASE("Simulation: impacts that count what struck each place split the launch's tracks so", "[sim]") {
    // "Iran launched 16 missiles. Eleven hit Al Asad and one hit Irbil; four failed."
    auto s = pointToPoint({34.3, 47.1}, {33.79, 42.44}, 16, 1500);
    s.places.push_back(place("erbil", "point", 36.19, 44.01));
    s.events[0].to = {"to", "erbil"};
    const auto impact = [&](std::string id, std::string target, int count) {
        scenario::Event e = s.events[0];
        e.id = std::move(id);
        e.kind = "strike";
        e.count = count;
        e.to = {std::move(target)};
        e.related = "e1";
        return e;
    };
    s.events.push_back(impact("e2", "to", 11));
    s.events.push_back(impact("e3", "erbil", 1));
    const auto countTo = [](const sim::Simulation& sim, const std::string& id) {
        return std::count_if(sim.tracks().begin(), sim.tracks().end(),
                             [&](const auto& t) { return t.targetPlaceId == id; });
    };
    const auto told = sim::simulate(s, emptyAtlas(), sim::SimOptions{}, nullptr);
    REQUIRE(told.tracks().size() == 16); // the impacts are the launch's tracks arriving, not tracks of their own
    CHECK(countTo(told, "to") == 13);    // 11 told, and two of the four untold round-robin
    CHECK(countTo(told, "erbil") == 3);
    // Impacts that add up to more than the launch tell no split: round-robin.
    s.events[1].count = 20;
    const auto over = sim::simulate(s, emptyAtlas(), sim::SimOptions{}, nullptr);
    CHECK(countTo(over, "to") == 8);
    CHECK(countTo(over, "erbil") == 8);
}

TEST_CASE("Simulation: a country listed beside a finer target inside it takes no tracks of its own", "[sim]") {
    // "fired 59 Tomahawks at Syria. The missiles struck Homs.": Syria told Homs coarsely; no track flies to the
    // country's centre.
    auto s = pointToPoint({34.0, 34.0}, {35.0, 38.5}, 6, 250);
    s.places[1].kind = "country";
    s.places[1].country = "SY";
    s.places.push_back(place("homs", "point", 34.73, 36.72));
    s.places.back().country = "SY";
    s.places.push_back(place("baghdad", "point", 33.31, 44.36));
    s.places.back().country = "IQ";
    s.events[0].to = {"to", "homs"};
    const auto sim = sim::simulate(s, emptyAtlas(), sim::SimOptions{}, nullptr);
    REQUIRE(sim.tracks().size() == 6);
    for (const auto& t : sim.tracks()) CHECK(t.targetPlaceId == "homs");
    // A place of another country leaves the country a target of its own.
    s.events[0].to = {"to", "baghdad"};
    const auto other = sim::simulate(s, emptyAtlas(), sim::SimOptions{}, nullptr);
    REQUIRE(other.tracks().size() == 6);
    CHECK(std::count_if(other.tracks().begin(), other.tracks().end(),
                        [](const auto& t) { return t.targetPlaceId == "to"; }) == 3);
}

TEST_CASE("Simulation: a sea listed beside waters inside it takes no tracks, and its route is not flown", "[sim]") {
    // "into the sea off its east coast ... into the East Sea": the sea's label point is no aim.
    auto s = pointToPoint({39.15, 127.44}, {40.0, 135.0}, 2, 250);
    s.places[1].kind = "sea";
    s.places[1].radiusMeters = 1000e3;
    s.places.push_back(place("off", "sea", 40.14, 129.06));
    s.places.back().radiusMeters = 100e3;
    s.events[0].to = {"off", "to"};
    const auto sim = sim::simulate(s, emptyAtlas(), sim::SimOptions{}, nullptr);
    REQUIRE(sim.tracks().size() == 2);
    for (const auto& t : sim.tracks()) CHECK(t.targetPlaceId == "off");
    for (const auto& r : sim.routes())
        if (r.targetPlaceId == "to") CHECK_FALSE(r.used);
}

TEST_CASE("Simulation: a place struck with no track arriving there is a target area all the same", "[sim]") {
    // "a U.S. airstrike on the town of X": no origin, no track, but the struck town is on the map.
    scenario::Scenario s;
    s.places.push_back(place("town", "city", 5.54, 46.39, "SO"));
    scenario::Event strike;
    strike.id = "e1";
    strike.kind = "strike";
    strike.to = {"town"};
    s.events.push_back(strike);
    const auto sim = sim::simulate(s, emptyAtlas(), sim::SimOptions{}, nullptr);
    CHECK(sim.tracks().empty());
    REQUIRE(sim.targetAreas().size() == 1);
    CHECK(sim.targetAreas()[0].placeId == "town");
    CHECK(sim.targetAreas()[0].nominal.lat == Approx(5.54));
    // A launch with no origin puts nothing on the map: where it was aimed is not where anything arrived.
    s.events[0].kind = "launch";
    CHECK(sim::simulate(s, emptyAtlas(), sim::SimOptions{}, nullptr).targetAreas().empty());
    // Beside a replay, an untracked strike elsewhere is no target area: it would read as the salvo's target.
    auto replay = pointToPoint({32.0, 45.0}, {31.5, 35.0}, 2, 1500);
    replay.places.push_back(place("elsewhere", "city", 33.9, 35.5, "LB"));
    scenario::Event other;
    other.id = "e9";
    other.kind = "strike";
    other.to = {"elsewhere"};
    replay.events.push_back(other);
    const auto withReplay = sim::simulate(replay, emptyAtlas(), sim::SimOptions{}, nullptr);
    REQUIRE_FALSE(withReplay.tracks().empty());
    for (const auto& a : withReplay.targetAreas()) CHECK(a.placeId != "elsewhere");
}
