// Scoring on small hand-made gold and scenario objects: each figure moves when the feature it measures breaks.
#include "eval/Score.hpp"

#include "sim/SimTestSupport.hpp"

#include <catch2/catch.hpp>

using namespace salvo;

namespace {

eval::GoldPlace goldPlace(std::string name, std::string kind, double lat, double lon, std::string iso2 = {}) {
    eval::GoldPlace g;
    g.name = std::move(name);
    g.kind = std::move(kind);
    g.pos = {lat, lon};
    g.countryIso2 = std::move(iso2);
    return g;
}

eval::GoldEvent goldEvent(std::string id, std::string kind, std::optional<std::string> from, std::vector<std::string> to,
                          std::optional<int> count, std::optional<std::string> date) {
    eval::GoldEvent e;
    e.id = std::move(id);
    e.kind = std::move(kind);
    e.fromPlace = std::move(from);
    e.toPlaces = std::move(to);
    e.count = count;
    e.date = date;
    if (date) e.acceptedDays = {*date};
    e.noDateAccepted = !date;
    return e;
}

scenario::Place readPlace(std::string id, std::string name, std::string kind, double lat, double lon, std::string iso2 = {}) {
    scenario::Place p;
    p.id = std::move(id);
    p.name = name;
    p.kind = std::move(kind);
    p.pos = {lat, lon};
    p.country = std::move(iso2);
    p.mentions.push_back({0, 0, 0, name, "literal"});
    return p;
}

scenario::Event readEvent(std::string id, std::string kind, std::optional<std::string> from, std::vector<std::string> to,
                          std::optional<int> count, const char* day) {
    scenario::Event e;
    e.id = std::move(id);
    e.kind = std::move(kind);
    e.from = std::move(from);
    e.to = std::move(to);
    e.count = count;
    if (day) {
        const UtcTime start = *parseIsoUtc(day);
        e.time = scenario::EventTime{start, start + 86400.0, TimePrecision::Day, "on Wednesday"};
    }
    return e;
}

// A gold with a sea launch area and two targets, the shape of the bundled sample.
eval::Gold caspianGold() {
    eval::Gold g;
    g.places = {goldPlace("Caspian Sea", "sea", 41.7, 50.6), goldPlace("Syria", "country", 34.8, 38.99, "SY"),
                goldPlace("Raqqa", "city", 35.9594, 39.0079, "SY"), goldPlace("Iran", "country", 32.43, 53.69, "IR")};
    g.events = {goldEvent("e1", "launch", "Caspian Sea", {"Syria"}, 26, "2015-10-07")};
    return g;
}

scenario::Scenario caspianScenario() {
    scenario::Scenario sc;
    sc.places = {readPlace("p1", "Caspian Sea", "sea", 41.7, 50.6), readPlace("p2", "Syria", "country", 35.0, 38.5, "SY"),
                 readPlace("p3", "Raqqa", "city", 35.95, 39.01, "SY"), readPlace("p4", "Iran", "country", 32.6, 53.8, "IR"),
                 readPlace("p5", "Dome", "city", 5.65, -0.24, "GH")};
    sc.events = {readEvent("e1", "launch", "p1", {"p2"}, 26, "2015-10-07")};
    return sc;
}

eval::ArticleScore scoreEventsOnly(const eval::Gold& gold, const scenario::Scenario& sc) {
    eval::ArticleScore out;
    eval::scoreEvents(gold, sc, sim::Simulation{}, {}, out);
    return out;
}

bool explains(const eval::ArticleScore& s, eval::Finding::Section section, const std::string& words) {
    for (const auto& f : s.findings)
        if (f.section == section && f.text.find(words) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("Score: places found, and scenario places that stand for none", "[eval]") {
    eval::ArticleScore s;
    eval::scorePlaces(caspianGold(), caspianScenario(), s);
    CHECK(s.places.recall.hits == 4);
    CHECK(s.places.recall.total == 4);
    CHECK(s.places.precision.hits == 4);
    CHECK(s.places.precision.total == 5);
    CHECK(explains(s, eval::Finding::Section::PlaceUnmatched, "'Dome'"));
    SECTION("a place read under its name but 0.5° away is missed, and the explanation says how far") {
        auto sc = caspianScenario();
        sc.places[2].pos = {36.45, 39.01};
        eval::ArticleScore moved;
        eval::scorePlaces(caspianGold(), sc, moved);
        CHECK(moved.places.recall.hits == 3);
        CHECK(explains(moved, eval::Finding::Section::PlaceMissed, "Raqqa (city): read as p3"));
    }
    SECTION("a place named only as a modifier ('Russian') is neither right nor wrong in precision") {
        auto sc = caspianScenario();
        sc.places[4].mentions[0].role = "modifier";
        eval::ArticleScore withDemonym;
        eval::scorePlaces(caspianGold(), sc, withDemonym);
        CHECK(withDemonym.places.precision.total == 4);
    }
}

TEST_CASE("Score: an event right in kind, target, origin, count and date is right in full", "[eval]") {
    const auto s = scoreEventsOnly(caspianGold(), caspianScenario());
    CHECK(s.events.full == 1);
    CHECK(s.events.part == 1);
    CHECK(s.events.gold == 1);
    CHECK(s.events.times.hits == 1);
    SECTION("a wrong count leaves it right in part") {
        auto sc = caspianScenario();
        sc.events[0].count = 4;
        const auto p = scoreEventsOnly(caspianGold(), sc);
        CHECK(p.events.full == 0);
        CHECK(p.events.part == 1);
        CHECK(explains(p, eval::Finding::Section::Event, "count 4, gold 26"));
    }
    SECTION("a time on the next day is wrong; a day in UTC+3 that touches the gold day is right") {
        auto sc = caspianScenario();
        sc.events[0].time->start = *parseIsoUtc("2015-10-08T00:00:00Z") + 1;
        sc.events[0].time->end = sc.events[0].time->start + 86400.0;
        CHECK(scoreEventsOnly(caspianGold(), sc).events.full == 0);
        sc.events[0].time->start = *parseIsoUtc("2015-10-06T21:00:00Z");
        sc.events[0].time->end = sc.events[0].time->start + 86400.0;
        const auto local = scoreEventsOnly(caspianGold(), sc);
        CHECK(local.events.full == 1);
        CHECK(local.events.times.hits == 1);
    }
    SECTION("an event of another kind at the same target does not match") {
        auto sc = caspianScenario();
        sc.events[0].kind = "strike";
        const auto k = scoreEventsOnly(caspianGold(), sc);
        CHECK(k.events.part == 0);
        CHECK(explains(k, eval::Finding::Section::EventUnmatched, "e1 strike"));
    }
    SECTION("a target that stands for no gold target is not even right in part") {
        auto sc = caspianScenario();
        sc.events[0].to = {"p5"};
        CHECK(scoreEventsOnly(caspianGold(), sc).events.part == 0);
    }
}

TEST_CASE("Score: an origin the gold does not give is invented", "[eval]") {
    auto gold = caspianGold();
    gold.events.push_back(goldEvent("e2", "strike", std::nullopt, {"Raqqa"}, std::nullopt, "2015-10-07"));
    auto sc = caspianScenario();
    sc.events.push_back(readEvent("e2", "strike", "p5", {"p3"}, std::nullopt, "2015-10-07"));
    const auto s = scoreEventsOnly(gold, sc);
    CHECK(s.events.inventedOrigins == 1);
    CHECK(s.events.full == 1); // e1 only: the strike's invented origin keeps it from full
    CHECK(s.events.part == 2);
    CHECK(explains(s, eval::Finding::Section::OriginInvented, "e2 strike from p5 'Dome'"));
    SECTION("a country that contains the gold origin is coarse, not invented") {
        auto coarse = caspianScenario();
        gold.places.push_back(goldPlace("Goruk", "city", 27.1, 56.1, "IR"));
        gold.events[1].fromPlace = "Goruk";
        coarse.events.push_back(readEvent("e2", "strike", "p4", {"p3"}, std::nullopt, "2015-10-07"));
        const auto c = scoreEventsOnly(gold, coarse);
        CHECK(c.events.inventedOrigins == 0);
        CHECK(c.events.full == 1); // still not the gold origin
    }
}

TEST_CASE("Score: a date that only the date_note accepts makes the time right", "[eval]") {
    auto gold = caspianGold();
    auto sc = caspianScenario();
    sc.events[0].time->start = *parseIsoUtc("2015-10-09T00:00:00Z");
    sc.events[0].time->end = sc.events[0].time->start + 86400.0;
    CHECK(scoreEventsOnly(gold, sc).events.times.hits == 0);
    gold.events[0].acceptedDays = {"2015-10-07", "2015-10-09"}; // as parseGold fills it from "Accept 2015-10-09"
    const auto s = scoreEventsOnly(gold, sc);
    CHECK(s.events.times.hits == 1);
    CHECK(s.events.full == 1);
}

TEST_CASE("Score: an aggregate is right when its total or all of its parts are", "[eval]") {
    eval::Gold gold;
    gold.places = {goldPlace("Syria", "country", 34.8, 38.99, "SY"), goldPlace("Abu Kamal", "city", 34.45, 40.92, "SY"),
                   goldPlace("Raqqa", "city", 35.9594, 39.0079, "SY")};
    gold.events = {goldEvent("e1", "strike", std::nullopt, {"Syria"}, 11, "2017-02-14"),
                   goldEvent("e2", "strike", std::nullopt, {"Abu Kamal"}, 7, "2017-02-14"),
                   goldEvent("e3", "strike", std::nullopt, {"Raqqa"}, 4, "2017-02-14")};
    gold.events[0].aggregateOf = {"e2", "e3"};
    scenario::Scenario sc;
    sc.places = {readPlace("p1", "Syria", "country", 35.0, 38.5, "SY"), readPlace("p2", "Abu Kamal", "city", 34.45, 40.92),
                 readPlace("p3", "Raqqa", "city", 35.95, 39.01)};
    const auto total = readEvent("e1", "strike", std::nullopt, {"p1"}, 11, "2017-02-14");
    const auto abuKamal = readEvent("e2", "strike", std::nullopt, {"p2"}, 7, "2017-02-14");
    const auto raqqa = readEvent("e3", "strike", std::nullopt, {"p3"}, 4, "2017-02-14");

    SECTION("the total alone") {
        sc.events = {total};
        const auto s = scoreEventsOnly(gold, sc);
        CHECK(s.events.gold == 1);
        CHECK(s.events.full == 1);
    }
    SECTION("all the parts") {
        sc.events = {abuKamal, raqqa};
        const auto s = scoreEventsOnly(gold, sc);
        CHECK(s.events.full == 1);
        CHECK(s.events.times.hits == 1);
    }
    SECTION("one part only is not enough") {
        sc.events = {abuKamal};
        CHECK(scoreEventsOnly(gold, sc).events.part == 0);
    }
    SECTION("the total and the parts: the parts are extra, not unmatched") {
        sc.events = {total, abuKamal, raqqa};
        const auto s = scoreEventsOnly(gold, sc);
        CHECK(s.events.full == 1);
        CHECK(explains(s, eval::Finding::Section::EventExtra, "matches e2 (part of e1)"));
        CHECK_FALSE(explains(s, eval::Finding::Section::EventUnmatched, "e2"));
    }
}

TEST_CASE("Score: counts found by value, and event counts no gold number supports", "[eval]") {
    auto gold = caspianGold();
    gold.counts = {{"cruise missiles launched", 26, true}, {"troops", 40000, false}};
    auto sc = caspianScenario();
    sc.claims.push_back({"c1", "launched", 26, "=", "missile", "", "stated", "e1", 0, "26 cruise missiles", 0, 0});
    sc.claims.push_back({"c2", "troops", 40000, "=", "troop", "", "stated", "e2", 0, "40,000 troops", 0, 0});
    sc.events.push_back(readEvent("e2", "launch", std::nullopt, {"p2"}, 40000, nullptr));
    eval::ArticleScore s;
    eval::scoreCounts(gold, sc, s);
    CHECK(s.counts.recall.hits == 1);
    CHECK(s.counts.recall.total == 1); // the troop count is not about the strike
    CHECK(s.counts.claims == 2);
    CHECK(s.counts.inventedNumbers == 1);
    CHECK(explains(s, eval::Finding::Section::NumberInvented, "e2 launch count 40000, claim c2 '40,000 troops'"));
}

TEST_CASE("Score: a launch is replayed when its tracks leave the gold origin for a gold target, as many as the gold count",
          "[eval]") {
    // On the square atlas: a sea launch point at 5N 25E (east of Bland), the target inside Aland.
    eval::Gold gold;
    gold.places = {goldPlace("East Sea", "sea", 5, 25), goldPlace("Aland", "country", 5, 5, "AA")};
    gold.events = {goldEvent("e1", "launch", "East Sea", {"Aland"}, 3, "2020-01-01")};
    scenario::Scenario sc;
    sc.places = {readPlace("p1", "East Sea", "sea", 5, 25), readPlace("p2", "Aland", "country", 5, 5, "AA")};
    sc.events = {readEvent("e1", "launch", "p1", {"p2"}, 3, "2020-01-01")};
    sc.assumptions.push_back({"munition.speed_mps", 250, "m/s", std::nullopt, std::nullopt, "test", "e1"});
    const auto replay = [&](const scenario::Scenario& s) {
        eval::ArticleScore out;
        eval::scoreEvents(gold, s, sim::simulate(s, testsupport::squareAtlas(), sim::SimOptions{}), {}, out);
        return out;
    };
    const auto s = replay(sc);
    CHECK(s.events.launches.total == 1);
    CHECK(s.events.launches.hits == 1);
    SECTION("tracks that leave from 5° away are not a replay of the gold origin") {
        auto moved = sc;
        moved.places[0].pos = {5, 31};
        const auto m = replay(moved);
        CHECK(m.events.launches.hits == 0);
        CHECK(explains(m, eval::Finding::Section::Launch, "starts"));
    }
    SECTION("one track for an unknown count is not the gold's three") {
        auto unknown = sc;
        unknown.events[0].count.reset();
        CHECK(replay(unknown).events.launches.hits == 0);
    }    SECTION("from a country: anywhere within the country the gold names, not only near the gold's one point") {
        eval::Gold byCountry = gold;
        byCountry.places.push_back(goldPlace("Bland", "country", 9, 19, "BB")); // 5.6 degrees from where it starts
        byCountry.events[0].fromPlace = "Bland";
        auto fromBland = sc;
        fromBland.places.push_back(readPlace("p3", "Bland", "country", 5, 15, "BB"));
        fromBland.places.back().radiusMeters = 700e3;
        fromBland.events[0].from = "p3";
        eval::ArticleScore out;
        eval::scoreEvents(byCountry, fromBland, sim::simulate(fromBland, testsupport::squareAtlas(), sim::SimOptions{}),
                          {}, out);
        CHECK(out.events.launches.hits == 1);
        fromBland.places.back().country = "CC"; // another country far from the gold's point is no replay of it
        eval::ArticleScore narrow;
        eval::scoreEvents(byCountry, fromBland, sim::simulate(fromBland, testsupport::squareAtlas(), sim::SimOptions{}),
                          {}, narrow);
        CHECK(narrow.events.launches.hits == 0);
    }
}

TEST_CASE("Score: a read place at the gold's relative location stands for the target and is no extra place",
          "[eval]") {
    // "The operation occurred 60 miles northwest of the capital, Mogadishu": gold to_place Somalia, offset point.
    eval::Gold gold;
    gold.places = {goldPlace("Somalia", "country", 5.15, 46.2, "SO"), goldPlace("Mogadishu", "city", 2.04, 45.34, "SO")};
    gold.events = {goldEvent("e1", "strike", std::nullopt, {"Somalia"}, std::nullopt, "2017-11-14")};
    gold.events[0].offsetPoint = LatLon{2.652, 44.73};
    gold.events[0].offsetDistanceKm = 96.6;
    scenario::Scenario sc;
    sc.places = {readPlace("p1", "60 miles northwest of Mogadishu", "region", 2.654, 44.73, "SO")};
    sc.events = {readEvent("e1", "strike", std::nullopt, {"p1"}, std::nullopt, "2017-11-14")};
    CHECK(scoreEventsOnly(gold, sc).events.full == 1);
    eval::ArticleScore places;
    eval::scorePlaces(gold, sc, places);
    CHECK(places.places.precision.hits == 1);
    // Half a degree off (beyond a 320th of 96.6 km) it is neither.
    sc.places[0].pos = {3.15, 44.23};
    CHECK(scoreEventsOnly(gold, sc).events.part == 0);
    eval::ArticleScore off;
    eval::scorePlaces(gold, sc, off);
    CHECK(off.places.precision.hits == 0);
}
