#include "core/Time.hpp"

#include <catch2/catch.hpp>

using namespace salvo;

TEST_CASE("Time: ISO-8601 UTC round-trips and offsets are applied", "[core]") {
    SECTION("a date alone is midnight UTC") {
        auto t = parseIsoUtc("2015-10-07");
        REQUIRE(t);
        CHECK(formatIsoUtc(*t) == "2015-10-07T00:00:00Z");
    }
    SECTION("an offset moves the instant to UTC") {
        auto t = parseIsoUtc("2017-04-07T03:40:00+03:00");
        REQUIRE(t);
        CHECK(formatIsoUtc(*t) == "2017-04-07T00:40:00Z");
    }
    SECTION("invalid dates and zone-less times are refused") {
        CHECK_FALSE(parseIsoUtc("2015-02-29"));
        CHECK(parseIsoUtc("2016-02-29"));
        CHECK_FALSE(parseIsoUtc("2015-10-07T12:00"));
        CHECK_FALSE(parseIsoUtc("2015-13-01"));
        CHECK_FALSE(parseIsoUtc("garbage"));
    }
    SECTION("days from civil matches the Unix epoch and a known date") {
        CHECK(daysFromCivil(1970, 1, 1) == 0);
        CHECK(utcFromParts(2015, 10, 8).unixSeconds == Approx(1444262400.0));
    }
}
