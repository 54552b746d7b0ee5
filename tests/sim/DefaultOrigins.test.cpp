#include "sim/DefaultOrigins.hpp"

#include "geodesy/Geodesic.hpp"
#include "sim/SimTestSupport.hpp"
#include "sim/SimulationImpl.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace salvo;
using namespace salvo::testsupport;

namespace {

const sim::LaunchAreaCatalogue& launchAreas() {
    static const auto c = io::loadLaunchAreas(dataDir(), *catalogue());
    return *c;
}

const char* const kBlackSea = "Black Sea (Black Sea Fleet, off Crimea and Novorossiysk)";

// "Russia launched 12 Kalibr cruise missiles at Odesa on Monday." as extraction gives it: no origin.
scenario::Scenario kalibrAt(const std::string& target, LatLon pos) {
    scenario::Scenario s;
    s.sentences.push_back({0, 0, 62, "Russia launched 12 Kalibr cruise missiles at " + target + " on Monday.", ""});
    s.places.push_back(place("p1", "city", pos.lat, pos.lon));
    scenario::Event e;
    e.id = "e1";
    e.kind = "launch";
    e.actor = "RU";
    e.munition = "Kalibr cruise missile";
    e.count = 12;
    e.to = {"p1"};
    e.time = scenario::EventTime{*parseIsoUtc("2023-07-17T00:00:00Z"), *parseIsoUtc("2023-07-18T00:00:00Z"),
                                 TimePrecision::Day, "on Monday"};
    e.sentences = {0};
    s.events.push_back(e);
    return s;
}

const Diagnostic* findCode(const scenario::Scenario& s, const std::string& code) {
    for (const auto& d : s.diagnostics)
        if (d.code == code) return &d;
    return nullptr;
}

} // namespace

TEST_CASE("DefaultOrigins: a Kalibr launch by RU with no origin gets the catalogued launch area as an assumption",
          "[sim]") {
    auto s = kalibrAt("Odesa", {46.48, 30.73});
    sim::addDefaultOrigins(s, launchAreas(), *catalogue());

    CHECK_FALSE(s.events[0].from.has_value()); // the text gave none, so the event keeps none
    REQUIRE(s.assumptions.size() == 1);
    const scenario::Assumption* a = s.assumption("launch.point", "e1");
    REQUIRE(a);
    CHECK(a->appliesTo == "e1");
    CHECK(a->unit == "deg");
    CHECK(a->source.find("default launch area for RU Kalibr cruise missile: ") == 0);
    CHECK(a->source.find("Black Sea") != std::string::npos);
    CHECK(a->source.find("(assumption, not reported)") != std::string::npos);
    CHECK(a->value.at("name") == kBlackSea);
    CHECK(a->value.at("radius_m").get<double>() == 250e3);
    CHECK(a->value.at("lat").get<double>() == 44.2);
    CHECK(a->value.at("lon").get<double>() == 35.0);
    CHECK(a->value.at("over_water") == true);

    const Diagnostic* d = findCode(s, "origin.assumed");
    REQUIRE(d);
    CHECK(d->severity == Severity::Note);
    CHECK(d->message.find("no origin") != std::string::npos);
    CHECK(d->message.find(kBlackSea) != std::string::npos);
    CHECK(d->span.start == 0);
    CHECK(d->span.end == 62);
    CHECK(findCode(s, "origin.unknown") == nullptr);

    SECTION("a second call adds nothing") {
        sim::addDefaultOrigins(s, launchAreas(), *catalogue());
        CHECK(s.assumptions.size() == 1);
        CHECK(std::count_if(s.diagnostics.begin(), s.diagnostics.end(),
                            [](const Diagnostic& x) { return x.code.rfind("origin.", 0) == 0; }) == 1);
    }
    SECTION("the assumption survives a save and a reload") {
        auto back = scenario::fromJson(scenario::toJson(s));
        REQUIRE(back.ok());
        const auto* b = back->assumption("launch.point", "e1");
        REQUIRE(b);
        CHECK(b->value == a->value);
        CHECK(b->source == a->source);
        CHECK_FALSE(back->events[0].from.has_value());
    }
}

TEST_CASE("DefaultOrigins: the catalogued area nearest the targets is chosen", "[sim]") {
    auto raqqa = kalibrAt("Raqqa", {35.95, 39.01});
    sim::addDefaultOrigins(raqqa, launchAreas(), *catalogue());
    REQUIRE(raqqa.assumption("launch.point", "e1"));
    CHECK(raqqa.assumption("launch.point", "e1")->value.at("name") == "Eastern Mediterranean");

    auto untargeted = kalibrAt("Odesa", {46.48, 30.73});
    untargeted.events[0].to.clear();
    sim::addDefaultOrigins(untargeted, launchAreas(), *catalogue());
    REQUIRE(untargeted.assumption("launch.point", "e1"));
    CHECK(untargeted.assumption("launch.point", "e1")->value.at("name") == kBlackSea); // listed first
}

TEST_CASE("DefaultOrigins: a launch the text gives an origin for gets nothing", "[sim]") {
    SECTION("a stated origin place") {
        auto s = kalibrAt("Odesa", {46.48, 30.73});
        s.places.push_back(place("sea", "sea", 43.0, 34.0, "", 300e3));
        s.events[0].from = "sea";
        sim::addDefaultOrigins(s, launchAreas(), *catalogue());
        CHECK(s.assumptions.empty());
        CHECK(s.diagnostics.empty());
        CHECK(*s.events[0].from == "sea");
    }
    SECTION("a launch.point assumption already there (the analyst's)") {
        auto s = kalibrAt("Odesa", {46.48, 30.73});
        s.assumptions.push_back(assumption("launch.point", nlohmann::json::array({45.0, 33.0}), "e1"));
        sim::addDefaultOrigins(s, launchAreas(), *catalogue());
        REQUIRE(s.assumptions.size() == 1);
        CHECK(s.assumptions[0].source == "test");
        CHECK(s.diagnostics.empty());
    }
    SECTION("a strike that refines a launch: the launch carries the origin") {
        auto s = kalibrAt("Odesa", {46.48, 30.73});
        scenario::Event strike = s.events[0];
        strike.id = "e2";
        strike.kind = "strike";
        strike.related = "e1";
        s.events.push_back(strike);
        sim::addDefaultOrigins(s, launchAreas(), *catalogue());
        CHECK(s.assumption("launch.point", "e1"));
        CHECK(std::none_of(s.assumptions.begin(), s.assumptions.end(),
                           [](const scenario::Assumption& x) { return x.appliesTo == "e2"; }));
    }
}

TEST_CASE("DefaultOrigins: a launch no entry matches gets an origin.unknown note and no assumption", "[sim]") {
    auto s = kalibrAt("Odesa", {46.48, 30.73});
    s.events[0].actor = "FR";
    s.events[0].munition = "SCALP cruise missile";
    sim::addDefaultOrigins(s, launchAreas(), *catalogue());
    CHECK(s.assumptions.empty());
    CHECK_FALSE(s.events[0].from.has_value());
    const Diagnostic* d = findCode(s, "origin.unknown");
    REQUIRE(d);
    CHECK(d->severity == Severity::Note);
    CHECK(d->message.find("names no launch area") != std::string::npos);
    CHECK(d->message.find("FR SCALP cruise missile") != std::string::npos);
    CHECK(findCode(s, "origin.assumed") == nullptr);
}

TEST_CASE("DefaultOrigins: the simulation starts the launch's tracks within the default area", "[sim]") {
    auto s = kalibrAt("Odesa", {46.48, 30.73});
    SECTION("without the default the launch has no origin and is not simulated") {
        const auto bare = sim::simulate(s, realAtlas(), options(), nullptr);
        CHECK(bare.tracks().empty());
    }
    sim::addDefaultOrigins(s, launchAreas(), *catalogue());
    const LatLon centre{44.2, 35.0};
    constexpr double kRadiusMeters = 250e3, kToleranceMeters = 1.0;
    Diagnostics diags;
    const auto sim = sim::simulate(s, realAtlas(), options(), &diags);
    REQUIRE(sim.tracks().size() == 12);
    for (const auto& tr : sim.tracks()) {
        CHECK(tr.launchPlaceId.empty());
        CHECK(geodesy::inverse(centre, tr.route.front()).s12 <= kRadiusMeters + kToleranceMeters);
    }
    REQUIRE(sim.launchAreas().size() == 1);
    const auto& area = sim.launchAreas()[0];
    CHECK(area.name == kBlackSea);
    CHECK(area.radiusMeters == kRadiusMeters);
    CHECK(area.waterOnly);
    CHECK(area.rule.find("assumption, not reported") != std::string::npos);

    SECTION("every ensemble launch sample lies in the area and over water") {
        const auto& pool = sim.impl().launchPools[0];
        REQUIRE(pool.size() > 100);
        for (const auto& p : pool) {
            CHECK(geodesy::inverse(centre, p.pos).s12 <= kRadiusMeters + kToleranceMeters);
            CHECK_FALSE(realAtlas().countryAt(p.pos).has_value());
        }
        const auto ens = sim::runEnsemble(sim, 200, 7, 2);
        REQUIRE(ens.tracks.size() == 12);
        const auto& env = ens.tracks[0];
        REQUIRE(!env.left.empty());
        CHECK(env.leftOffsetMeters.front() < -1000); // the launch point varies over the area
        CHECK(geodesy::inverse(centre, env.left.front()).s12 <= kRadiusMeters + kToleranceMeters);
        CHECK(geodesy::inverse(centre, env.right.front()).s12 <= kRadiusMeters + kToleranceMeters);
    }
}

TEST_CASE("DefaultOrigins: with no catalogued area, a country's own territory facing the targets within range",
          "[sim]") {
    // "Iran launched 30 cruise missiles at Israel": no entry for IR cruise missiles.
    auto s = kalibrAt("Israel", {31.05, 34.85});
    s.events[0].actor = "IR";
    s.events[0].munition = "cruise missile";
    sim::addDefaultOrigins(s, launchAreas(), *catalogue(), &realAtlas());
    REQUIRE(s.assumptions.size() == 1);
    CHECK_FALSE(s.events[0].from.has_value()); // the text gave none
    const auto& v = s.assumptions[0].value;
    const LatLon p{v["lat"].get<double>(), v["lon"].get<double>()};
    const auto iran = realAtlas().countryByIso2("IR");
    REQUIRE(iran);
    CHECK(realAtlas().countryAt(p) == iran);
    CHECK(p.lon < 49.0); // western Iran, facing Israel
    CHECK(geodesy::distanceMeters(p, {31.05, 34.85}) < 1500e3);
    CHECK(s.assumptions[0].source.find("not reported") != std::string::npos);
    REQUIRE(findCode(s, "origin.assumed"));
    // Out of range (a drone of about 2,500 km at most cannot come from the U.S.), and a target inside the actor's
    // own country: nothing is assumed.
    auto far = kalibrAt("Damascus", {33.51, 36.29});
    far.events[0].actor = "US";
    far.events[0].munition = "cruise missile";
    sim::addDefaultOrigins(far, launchAreas(), *catalogue(), &realAtlas());
    CHECK(far.assumptions.empty());
    CHECK(findCode(far, "origin.unknown"));
    auto home = kalibrAt("Tehran", {35.69, 51.39});
    home.events[0].actor = "IR";
    home.events[0].munition = "cruise missile";
    sim::addDefaultOrigins(home, launchAreas(), *catalogue(), &realAtlas());
    CHECK(home.assumptions.empty());
}

TEST_CASE("Simulation: an event with no time takes the article's whole day, never an instant or 1970", "[sim]") {
    auto s = fixture("caspian-2015.json");
    for (auto& e : s.events) e.time.reset();
    s.source.published = "2015-10-07";
    Diagnostics d;
    const auto sim = sim::simulate(s, realAtlas(), options(), &d);
    REQUIRE_FALSE(sim.tracks().empty());
    const double day = parseIsoUtc("2015-10-07T00:00:00Z")->unixSeconds;
    for (const auto& m : sim.impl().models) {
        CHECK(m.windowStart >= day);
        CHECK(m.windowEnd - m.windowStart == Approx(86400.0));
    }
    for (const auto& t : sim.tracks()) CHECK(t.launchTimeApproximate);
    bool said = false;
    for (const auto& g : d) said |= g.code == "sim.time_from_dateline" && g.message.find("whole day") != std::string::npos;
    CHECK(said);
}

TEST_CASE("DefaultOrigins: a launch from several areas is flown by the launches from each and gets no default area",
          "[sim]") {
    auto s = kalibrAt("Odesa", {46.48, 30.73});
    s.places.push_back(place("caspian", "sea", 41.7, 50.6, "", 650e3));
    s.places.push_back(place("black", "sea", 43.4, 34.3, "", 600e3));
    for (const char* area : {"caspian", "black"}) {
        scenario::Event part = s.events[0];
        part.id = std::string("e-") + area;
        part.count.reset(); // the text does not split the 12
        part.from = area;
        part.related = "e1";
        s.events.push_back(part);
    }
    sim::addDefaultOrigins(s, launchAreas(), *catalogue());
    CHECK(s.assumptions.empty()); // no catalogued area is invented for the whole
    const Diagnostic* d = findCode(s, "origin.several_areas");
    REQUIRE(d);
    CHECK(d->message.find("e-caspian, e-black") != std::string::npos);
}
