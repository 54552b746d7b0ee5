// When a scenario place stands for a gold place: name forms, tolerance by kind, countries by ISO code.
#include "eval/PlaceMatch.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace salvo;

namespace {

eval::GoldPlace goldPlace(std::string name, std::string kind, double lat, double lon, std::string iso2 = {},
                          std::vector<std::string> alsoWritten = {}) {
    eval::GoldPlace g;
    g.name = std::move(name);
    g.kind = std::move(kind);
    g.pos = {lat, lon};
    g.countryIso2 = std::move(iso2);
    g.alsoWritten = std::move(alsoWritten);
    return g;
}

scenario::Place readPlace(std::string name, std::string kind, double lat, double lon, std::vector<std::string> written,
                          std::string iso2 = {}) {
    scenario::Place p;
    p.id = "p1";
    p.name = std::move(name);
    p.kind = std::move(kind);
    p.pos = {lat, lon};
    p.country = std::move(iso2);
    for (auto& w : written) p.mentions.push_back({0, 0, 0, std::move(w), "literal"});
    return p;
}

bool hasKey(const std::vector<std::string>& keys, const std::string& key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

} // namespace

TEST_CASE("PlaceMatch: name keys fold the spellings a report and a gazetteer disagree on", "[eval]") {
    CHECK(hasKey(eval::nameKeys("al-Baydah Governorate"), "baydah"));
    CHECK(hasKey(eval::nameKeys("al-Baydah Governorate"), "al baydah governorate"));
    CHECK(hasKey(eval::nameKeys("TAMPA, Fla."), "tampa"));
    CHECK(hasKey(eval::nameKeys("Okinawa Prefecture"), "okinawa")); // Japan's divisions, as the text writes them
    CHECK_FALSE(hasKey(eval::nameKeys("Okinawa Prefecture"), "prefecture"));
    CHECK(hasKey(eval::nameKeys("the Pentagon"), "pentagon"));
    CHECK(hasKey(eval::nameKeys("North Korean (adj.)"), "north korean"));
    CHECK(hasKey(eval::nameKeys("Yugoslavia's"), "yugoslavia"));
    CHECK(hasKey(eval::nameKeys("Ḩamāh"), "hamah"));
    CHECK(eval::nameKeys("U.S.") == eval::nameKeys("US"));
    CHECK(hasKey(eval::nameKeys("CAMP H.M. SMITH, Hawaii"), "camp hm smith"));
    CHECK(hasKey(eval::nameKeys("Camp H. M. Smith"), "camp hm smith"));
    CHECK(hasKey(eval::nameKeys("Ain al-Asad air base"), "ain al asad")); // a base with or without its type word
    CHECK(hasKey(eval::nameKeys("Shayrat Airfield"), "shayrat"));
    CHECK(eval::nameKeys("...").empty());
}

TEST_CASE("PlaceMatch: a city is found within its 0.1° tolerance and not beyond it", "[eval]") {
    const auto sinjar = goldPlace("Sinjar", "city", 36.3209, 41.8754, "IQ");
    CHECK(eval::isFound(readPlace("Sinjar", "city", 36.33, 41.90, {"Sinjar"}), sinjar));
    SECTION("0.15° of latitude away is outside") {
        CHECK_FALSE(eval::isFound(readPlace("Sinjar", "city", 36.47, 41.8754, {"Sinjar"}), sinjar));
    }
    SECTION("longitude differences shrink with the cosine of the latitude (0.12° of longitude at 36°N ≈ 0.097°)") {
        CHECK(eval::offsetDeg({36.3209, 41.8754}, {36.3209, 41.9954}) == Approx(0.0968).margin(1e-3));
        CHECK(eval::isFound(readPlace("Sinjar", "city", 36.3209, 41.9954, {"Sinjar"}), sinjar));
    }
    SECTION("the right point under another name is not found") {
        CHECK_FALSE(eval::isFound(readPlace("Balad Sinjar", "city", 36.3209, 41.8754, {"Balad"}), sinjar));
    }
}

TEST_CASE("PlaceMatch: an also_written form matches a mention", "[eval]") {
    const auto miranShah = goldPlace("Miran Shah", "city", 33.0, 70.07, "PK", {"Miranshah"});
    CHECK(eval::isNamedAs(readPlace("Miram Shah", "city", 33.0, 70.07, {"Miranshah"}), miranShah));
    CHECK_FALSE(eval::isNamedAs(readPlace("Mir Ali", "city", 33.0, 70.07, {"Mir Ali"}), miranShah));
}

TEST_CASE("PlaceMatch: tolerance comes from tolerance_deg, else from the kind", "[eval]") {
    auto g = goldPlace("X", "base", 0, 0);
    CHECK(eval::toleranceDeg(g) == 0.05);
    g.kind = "province";
    CHECK(eval::toleranceDeg(g) == 0.75);
    g.kind = "region";
    CHECK(eval::toleranceDeg(g) == 1.5);
    g.kind = "sea";
    CHECK(eval::toleranceDeg(g) == 3);
    g.toleranceDeg = 0.4;
    CHECK(eval::toleranceDeg(g) == 0.4);
}

TEST_CASE("PlaceMatch: a country is located by its ISO code, not its centroid", "[eval]") {
    const auto russia = goldPlace("Russia", "country", 61.52, 105.32, "RU");
    CHECK(eval::isFound(readPlace("Russia", "country", 57.76, 83.87, {"Russia"}, "RU"), russia));
    SECTION("a neighbour within 3° of the centroid is not the country") {
        const auto syria = goldPlace("Syria", "country", 34.8, 38.99, "SY");
        CHECK_FALSE(eval::standsFor(readPlace("Lebanon", "country", 33.9, 35.9, {"Lebanon"}, "LB"), syria));
    }
}

TEST_CASE("PlaceMatch: a place stands for a gold place of a compatible kind under another name", "[eval]") {
    const auto homs = goldPlace("Homs", "province", 34.55, 37.6, "SY");
    CHECK(eval::standsFor(readPlace("Homs Governorate", "admin1", 34.34, 38.24, {"Hims"}), homs));
    CHECK_FALSE(eval::standsFor(readPlace("Tadmur", "city", 34.56, 38.27, {"Palmyra"}), homs));
    CHECK(eval::kindsCompatible("point", "city"));
    CHECK(eval::kindsCompatible("city", "base"));
    CHECK_FALSE(eval::kindsCompatible("country", "city"));
}
