// Reading gold annotations: the fields scoring uses, the dates a date_note accepts, and errors that name the field.
#include "eval/Gold.hpp"

#include <catch2/catch.hpp>

using namespace salvo;
using Catch::Matchers::Contains;

namespace {

const char* kGold = R"json({
  "article": "x.txt", "dateline": "2023-01-02",
  "places": [
    {"name": "Kyiv", "kind": "city", "lat": 50.45, "lon": 30.52, "country_iso2": "UA", "mention": "noun"},
    {"name": "Russia", "kind": "country", "lat": 61.52, "lon": 105.32, "country_iso2": "RU", "mention": "metonymic",
     "also_written": ["Russian (adj.)"], "note": "blamed; optional for scoring"},
    {"name": "Red Sea", "kind": "sea", "lat": 20.0, "lon": 38.5, "country_iso2": null, "mention": "noun", "tolerance_deg": 4}
  ],
  "counts": [{"what": "drones", "value": 40}, {"what": "days", "value": 3, "strike_related": false}],
  "events": [
    {"id": "e1", "kind": "launch", "from_place": null, "to_place": "Kyiv", "count": 40, "date": "2023-01-01",
     "date_note": "night of 31 Dec 2022 to 1 Jan 2023; accept either date", "note": "one wave (accept count null)"},
    {"id": "e2", "kind": "intercept", "from_place": null, "to_place": ["Kyiv", "Red Sea"], "count": null, "date": null,
     "date_note": "as e1", "note": "optional for scoring"}
  ]
})json";

} // namespace

TEST_CASE("Gold: a corpus-style annotation reads into places, counts and events", "[eval]") {
    const auto gold = eval::parseGold(kGold, "x.gold.json");
    REQUIRE(gold.ok());
    REQUIRE(gold->places.size() == 3);
    CHECK(gold->places[0].scored());
    SECTION("a metonymic place noted 'optional for scoring' is left out of the main figure") {
        CHECK(gold->places[1].optional);
        CHECK_FALSE(gold->places[1].scored());
        CHECK(gold->places[1].countryIso2 == "RU");
    }
    SECTION("tolerance_deg is kept; null country_iso2 is empty") {
        REQUIRE(gold->places[2].toleranceDeg);
        CHECK(*gold->places[2].toleranceDeg == 4);
        CHECK(gold->places[2].countryIso2.empty());
    }
    SECTION("a count not about the strike is marked") {
        CHECK(gold->counts[0].strikeRelated);
        CHECK_FALSE(gold->counts[1].strikeRelated);
    }
    SECTION("to_place reads as a string or a list; the note's dates join date") {
        CHECK(gold->events[0].toPlaces == std::vector<std::string>{"Kyiv"});
        CHECK(gold->events[1].toPlaces == std::vector<std::string>{"Kyiv", "Red Sea"});
        CHECK(gold->events[0].acceptedDays == std::vector<std::string>{"2022-12-31", "2023-01-01"});
        CHECK_FALSE(gold->events[0].noDateAccepted);
    }
    SECTION("'as e1' takes e1's accepted days; a null date accepts no time") {
        CHECK(gold->events[1].acceptedDays == std::vector<std::string>{"2022-12-31", "2023-01-01"});
        CHECK(gold->events[1].noDateAccepted);
        CHECK(gold->events[1].optional);
    }
    SECTION("a note that accepts a null count says so for that event only") {
        CHECK(gold->events[0].noCountAccepted);
        CHECK_FALSE(gold->events[1].noCountAccepted);
    }
}

TEST_CASE("Gold: date notes accept the dates written after 'accept'", "[eval]") {
    SECTION("ISO dates and 'or null' (13_voa_2019_gaza_rockets_tel_aviv e6)") {
        const auto d = eval::parseDateNote("its day is not stated. Accept 2019-03-09, 2019-03-10 or null");
        CHECK(d.days == std::vector<std::string>{"2019-03-09", "2019-03-10"});
        CHECK(d.acceptsNoDate);
    }
    SECTION("an ISO range accepts every day of it (20_state_2025_kurdistan_drone_attacks)") {
        const auto d = eval::parseDateNote("a series of attacks; accept any date 2025-07-14..2025-07-16");
        CHECK(d.days == std::vector<std::string>{"2025-07-14", "2025-07-15", "2025-07-16"});
        CHECK_FALSE(d.acceptsNoDate);
    }
    SECTION("dates before 'accept' are not accepted when the clause names its own") {
        const auto d = eval::parseDateNote("posted 2019-06-21, the shoot-down was 20 Jun 2019. Accept 2019-06-20");
        CHECK(d.days == std::vector<std::string>{"2019-06-20"});
    }
    SECTION("a note without 'accept' accepts nothing more") {
        CHECK(eval::parseDateNote("year 2016 inferred from the release date 2017-01-11").days.empty());
    }
    SECTION("'as e1' names the event whose note applies") {
        CHECK(eval::parseDateNote("as e1").sameAs == "e1");
    }
}

TEST_CASE("Gold: a problem names the file and the JSON path", "[eval]") {
    SECTION("an event target that is not a place") {
        const auto g = eval::parseGold(R"({"article": "x.txt", "places": [], "events": [{"id": "e1", "kind": "strike",
            "from_place": null, "to_place": "Atlantis", "count": null, "date": null}]})", "x.gold.json");
        REQUIRE_FALSE(g.ok());
        CHECK_THAT(g.error().message, Contains("x.gold.json") && Contains("events[0].to_place") && Contains("Atlantis"));
    }
    SECTION("a latitude that is not a number") {
        const auto g = eval::parseGold(R"({"article": "x.txt", "places": [{"name": "A", "kind": "city", "lat": "north",
            "lon": 1}], "events": []})", "x.gold.json");
        REQUIRE_FALSE(g.ok());
        CHECK_THAT(g.error().message, Contains("places[0].lat"));
    }
    SECTION("text that is not JSON") {
        CHECK_FALSE(eval::parseGold("{", "x.gold.json").ok());
    }
}
