#include "atlas/Atlas.hpp"
#include "atlas/AtlasFixture.hpp"
#include "core/Utf8.hpp"
#include "geodesy/Geodesic.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <random>

using namespace salvo;
using salvo::test::worldAtlas;

namespace {
constexpr double kCityTolDeg = 0.1;
constexpr double kProvinceTolDeg = 0.75;
} // namespace

TEST_CASE("Atlas: literal tables answer point, name and crossing queries", "[atlas]") {
    atlas::AtlasData d = test::westEastData();
    // A lake (hole) in Westland.
    d.countries[0].shape.polygons[0].rings.push_back({{{4, 4}, {4, 6}, {6, 6}, {6, 4}}});
    d.countries[0].demonyms = {"Westish"};
    const atlas::Atlas a(std::move(d));

    SECTION("points fall in the right polygon and holes are outside") {
        CHECK(a.countryAt({1, 1}) == 0u);
        CHECK(a.countryAt({1, 15}) == 1u);
        CHECK_FALSE(a.countryAt({5, 5})); // in the lake
        CHECK_FALSE(a.countryAt({-1, 5}));
    }
    SECTION("names are found without diacritics and by alternate") {
        REQUIRE(a.lookup("hama").size() == 1);
        CHECK(a.lookup("HAMAH")[0].pos == LatLon{2, 2});
        CHECK(a.countryByDemonym("Westish") == 0u);
        CHECK(a.countryByDemonym("westishs") == 0u);
    }
    SECTION("a geodesic from west to east crosses the border at the right distance") {
        const std::vector<LatLon> route{{1, 5}, {1, 15}};
        const auto cr = a.crossings(route, atlas::Kind::Country, 1000, 10);
        REQUIRE(cr.size() == 2);
        CHECK(cr[0].region == 0u);
        CHECK(cr[1].region == 1u);
        const double toBorder = geodesy::distanceMeters({1, 5}, {1, 10});
        // The geodesic bulges slightly north of the parallel; the border at lon 10 is met within 100 m of this.
        CHECK(cr[0].exitMeters == Approx(toBorder).margin(100));
    }
}

TEST_CASE("Atlas: where on real geodata", "[atlas]") {
    const auto& a = worldAtlas();
    SECTION("Raqqa: Syria, Raqqa governorate, Ar Raqqah") {
        const auto info = a.locate({35.95, 39.01});
        REQUIRE(info.country);
        CHECK(a.countries()[*info.country].iso2 == "SY");
        REQUIRE(info.admin1);
        CHECK(a.admin1()[*info.admin1].name.find("Raqqa") != std::string::npos);
        REQUIRE(info.nearest);
        CHECK(a.places()[info.nearest->index].asciiName == "Ar Raqqah");
        CHECK(info.nearest->distanceMeters < 5000);
    }
    SECTION("Takab: Iran, West Azerbaijan") {
        const auto info = a.locate({36.40, 47.11});
        REQUIRE(info.country);
        CHECK(a.countries()[*info.country].iso2 == "IR");
        REQUIRE(info.admin1);
        CHECK(a.admin1()[*info.admin1].name == "West Azerbaijan");
        REQUIRE(info.nearest);
        CHECK(a.places()[info.nearest->index].asciiName == "Takab");
    }
    SECTION("the middle of the Caspian is sea, in no country") {
        const auto info = a.locate({40.0, 50.5});
        CHECK_FALSE(info.country);
        REQUIRE(info.sea);
        CHECK(a.features()[*info.sea].name == "Caspian Sea");
    }
    SECTION("a sea's edge is the sea's, not the ocean's whose wide extent reaches it") {
        const auto sea = a.seaAt({37.0, 0.5}); // the Balearic Sea, nearer the Atlantic's centre for its extent
        REQUIRE(sea);
        CHECK(a.features()[*sea].name == "Mediterranean Sea");
        const auto ocean = a.seaAt({30.0, -40.0});
        REQUIRE(ocean);
        CHECK(a.features()[*ocean].name == "Atlantic Ocean");
    }
    SECTION("antimeridian and southern hemisphere points") {
        CHECK(salvo::test::countryIso2At(a, {-17.8, 178.0}) == "FJ");
        CHECK(salvo::test::countryIso2At(a, {64.5, -173.0}) == "RU"); // Chukotka, east of 180°
        CHECK(salvo::test::countryIso2At(a, {65.0, 179.0}) == "RU");
        CHECK(salvo::test::countryIso2At(a, {-33.93, 18.47}) == "ZA");
    }
}

// The water the seas' division gives a sea: its neighbours' water is not its own, the seas nested in it are.
TEST_CASE("Atlas: a sea's share of the water ends where a neighbour's begins", "[atlas]") {
    const auto& a = worldAtlas();
    const auto red = a.seaFeature("Red Sea", {20.0, 38.5});
    const auto med = a.seaFeature("Mediterranean Sea", {35.0, 18.0});
    REQUIRE(red);
    REQUIRE(med);
    CHECK_FALSE(a.seaFeature("Red Sea", {25.0, 38.5})); // another position: not the curated sea
    CHECK(a.seaShareHolds(*red, {15.0, 41.5}));         // off Eritrea
    CHECK_FALSE(a.seaShareHolds(*red, {12.3, 45.5}));   // the Gulf of Aden, within the Red Sea's 1,100 km
    CHECK(a.seaShareHolds(*med, {34.0, 32.0}));         // the Levantine Sea, a sea nested in the Mediterranean
    CHECK(a.seaShareHolds(*med, {39.5, 25.0}));         // the Aegean
    CHECK_FALSE(a.seaShareHolds(*med, {43.0, 33.0}));   // the Black Sea, its own water
    SECTION("the outline keeps the Red Sea's share west of the Gulf of Aden and reaches its far ends") {
        const auto outline = a.seaShareOutline(*red);
        REQUIRE(outline.size() == 128);
        double maxLonSouth = -180, maxLat = -90, minLat = 90;
        for (const auto p : outline) {
            if (p.lat < 14) maxLonSouth = std::max(maxLonSouth, p.lon);
            if (p.lon < 44) maxLat = std::max(maxLat, p.lat), minLat = std::min(minLat, p.lat);
        }
        CHECK(maxLonSouth < 45.0); // the full disc reaches 47°E at 14°N
        CHECK(maxLat > 27.7);  // Ras Muhammad, 27.7°N, where the gulfs of Suez and Aqaba fork off
        CHECK(minLat < 12.7);  // Bab-el-Mandeb, 12.6°N
    }
    SECTION("the outline is water: the Gulf of Oman does not cover the Omani coast") {
        const auto oman = a.seaFeature("Gulf of Oman", {24.5, 58.5});
        REQUIRE(oman);
        const auto outline = a.seaShareOutline(*oman);
        // Even-odd ray casting in lon/lat, enough at this scale.
        const auto inside = [&](LatLon q) {
            bool in = false;
            for (size_t i = 0, j = outline.size() - 1; i < outline.size(); j = i++) {
                const LatLon u = outline[i], v = outline[j];
                if ((u.lat > q.lat) != (v.lat > q.lat) &&
                    q.lon < (v.lon - u.lon) * (q.lat - u.lat) / (v.lat - u.lat) + u.lon)
                    in = !in;
            }
            return in;
        };
        CHECK(inside({24.5, 58.5}));
        CHECK(inside({25.0, 57.8}));   // water off Jask
        CHECK_FALSE(inside({23.61, 58.59})); // Muscat
        CHECK_FALSE(inside({24.35, 56.71})); // Sohar
    }
}

TEST_CASE("Atlas: a ring that jumps the antimeridian is cut there, not drawn across the map", "[atlas]") {
    // world-atlas draws one Russian ring from Chukotka to the Finnish border with edges from -180° to 28.8°E
    // between 65° and 69°N: drawn as is, Canada and Greenland were Russian there and central Siberia was not.
    const auto& a = salvo::test::worldAtlas();
    CHECK(salvo::test::countryIso2At(a, {66.0, 100.0}) == "RU");
    CHECK(salvo::test::countryIso2At(a, {67.0, -100.0}) == "CA");
    CHECK(salvo::test::countryIso2At(a, {66.0, -40.0}) == "GL");
    CHECK(salvo::test::countryIso2At(a, {68.0, 20.0}) == "SE");
    int jumps = 0; // edges longer than half the map, Antarctica's polar ring aside
    for (const auto& c : a.countries())
        for (const auto& poly : c.shape.polygons)
            for (const auto& ring : poly.rings)
                for (size_t i = 0; i + 1 < ring.points.size() && c.iso2 != "AQ"; ++i)
                    jumps += std::abs(ring.points[i + 1].lon - ring.points[i].lon) > 180;
    CHECK(jumps == 0);
}

TEST_CASE("Atlas: geocoding real names", "[atlas]") {
    const auto& a = worldAtlas();
    SECTION("Sinjar exists in Iraq and in Syria") {
        const auto hits = a.lookup("Sinjar");
        bool iq = false, sy = false;
        for (const auto& c : hits) {
            iq = iq || (c.iso2 == "IQ" && std::fabs(c.pos.lat - 36.32) < kCityTolDeg);
            sy = sy || c.iso2 == "SY";
        }
        CHECK(iq);
        CHECK(sy);
    }
    SECTION("Hama finds the city and the province") {
        bool city = false, province = false;
        for (const auto& c : a.lookup("Hama")) {
            city = city || (c.kind == atlas::Kind::City && std::fabs(c.pos.lat - 35.1318) < kCityTolDeg &&
                            std::fabs(c.pos.lon - 36.7578) < kCityTolDeg);
            province = province || (c.kind == atlas::Kind::Admin1 && c.iso2 == "SY" &&
                                    std::fabs(c.pos.lat - 35.2) < kProvinceTolDeg);
        }
        CHECK(city);
        CHECK(province);
    }
    SECTION("Baiji finds Bayji through an alternate name") {
        const auto hits = a.lookup("Baiji", {.country = "IQ"});
        REQUIRE_FALSE(hits.empty());
        CHECK(std::fabs(hits[0].pos.lat - 34.93) < kCityTolDeg);
    }
    SECTION("countries by name, alias and demonym") {
        REQUIRE_FALSE(a.lookup("Syria").empty());
        CHECK(a.lookup("Syria")[0].kind == atlas::Kind::Country);
        REQUIRE_FALSE(a.lookup("U.S.").empty());
        CHECK(a.lookup("U.S.")[0].iso2 == "US");
        const auto ru = a.countryByDemonym("Russian");
        REQUIRE(ru);
        CHECK(a.countries()[*ru].iso2 == "RU");
    }
    SECTION("Arabic names are found without their article (Hodeidah for Al Hudaydah)") {
        const auto hits = a.lookup("Hodeidah", {.country = "YE"});
        REQUIRE_FALSE(hits.empty());
        CHECK(std::fabs(hits[0].pos.lat - 14.80) < kCityTolDeg);
        CHECK(std::fabs(hits[0].pos.lon - 42.95) < kCityTolDeg);
    }
    SECTION("codes among GeoNames alternates are not names (RAS is Rasht's airport code, not 'Ras')") {
        for (const auto& c : a.lookup("Ras")) CHECK(c.name != "Rasht");
        REQUIRE_FALSE(a.lookup("Resht").empty()); // its real alternate names still are
        CHECK(a.lookup("Resht")[0].name == "Rasht");
    }
    SECTION("a name nobody has returns nothing") { CHECK(a.lookup("Qwxzlandia").empty()); }
    SECTION("regions news names that no gazetteer table has (curated)") {
        const auto region = [&](const char* name, const char* iso2, double lat, double lon) {
            for (const auto& c : a.lookup(name))
                if (c.kind == atlas::Kind::Region && c.iso2 == iso2 && std::fabs(c.pos.lat - lat) < 1.5 &&
                    std::fabs(c.pos.lon - lon) < 1.5)
                    return true;
            return false;
        };
        CHECK(region("Negev", "IL", 30.8, 34.9));
        CHECK(region("Galilee", "IL", 32.9, 35.4));
        CHECK(region("Puntland", "SO", 9.0, 49.0));
        CHECK(region("Kashmir", "", 34.5, 75.5)); // disputed: no country
        // Islands (GeoNames' populated places do not hold them) that missile and strike reports name.
        CHECK(region("Yeonpyeong Island", "KR", 37.67, 125.70));
        CHECK(region("Snake Island", "UA", 45.26, 30.20));
        CHECK(region("Kharg Island", "IR", 29.24, 50.31));
    }
    SECTION("a country's capital (the PPLC; the most populous where GeoNames marks several)") {
        const auto at = [&](const char* iso2, double lat, double lon) {
            const auto c = a.capitalOf(iso2);
            return c && std::fabs(a.places()[*c].pos.lat - lat) < kCityTolDeg &&
                   std::fabs(a.places()[*c].pos.lon - lon) < kCityTolDeg;
        };
        CHECK(at("AF", 34.53, 69.17));  // Kabul
        CHECK(at("SY", 33.51, 36.29));  // Damascus
        CHECK(at("YE", 15.35, 44.21));  // Sanaa
        CHECK_FALSE(a.capitalOf("XX"));
    }
    SECTION("a country's spellings: its places and divisions only, sorted, romanisations meeting") {
        const auto& so = a.spellingsIn("SO");
        REQUIRE(so.size() > 50);
        CHECK(std::is_sorted(so.begin(), so.end(), [](const auto& x, const auto& y) { return x.joined < y.joined; }));
        bool place = false, division = false;
        for (const auto& sp : so) {
            const bool isPlace = sp.ref.table == atlas::EntryRef::Table::Place;
            CHECK((isPlace ? a.places()[sp.ref.index].iso2 : a.admin1()[sp.ref.index].iso2) == "SO");
            place |= isPlace;
            division |= sp.ref.table == atlas::EntryRef::Table::Admin1;
        }
        CHECK(place);
        CHECK(division);
        // "Dhusamareb" in the text spells Dhuusamarreeb: the same skeleton, found by its joined key.
        const std::string key = spellingSkeleton("Dhusamareb");
        const auto hit = std::lower_bound(so.begin(), so.end(), key,
                                          [](const atlas::Spelling& sp, const std::string& k) { return sp.joined < k; });
        REQUIRE(hit != so.end());
        CHECK(hit->skeleton == key);
        CHECK(a.places()[hit->ref.index].asciiName == "Dhuusamarreeb");
        CHECK(&a.spellingsIn("SO") == &so); // built once, kept
        CHECK(a.spellingsIn("XX").empty());
    }
    SECTION("airports and air bases by their names in news text (OurAirports)") {
        const auto near = [&](const char* name, double lat, double lon) {
            for (const auto& c : a.lookup(name))
                if (c.kind == atlas::Kind::Base && std::fabs(c.pos.lat - lat) < 0.05 && std::fabs(c.pos.lon - lon) < 0.05)
                    return true;
            return false;
        };
        CHECK(near("Abha International Airport", 18.24, 42.66));
        CHECK(near("Abha Airport", 18.24, 42.66));
        CHECK(near("Najran airport", 17.61, 44.42));                 // the town's name and "airport"
        CHECK(near("Royal Air Force Lakenheath", 52.41, 0.56));       // "RAF Lakenheath"
        CHECK(near("Sunan International Airport", 39.22, 125.67));    // "Pyongyang Sunan International Airport"
        CHECK(near("Baghdad International Airport", 33.26, 44.23));   // one part of "A / B"
        CHECK(a.lookup("Air Force Base").empty());                    // facility words alone name nothing
    }
}

TEST_CASE("Atlas: a geodesic from the south Caspian to Raqqa crosses Iran, Iraq, Syria in order", "[atlas]") {
    const auto& a = worldAtlas();
    const std::vector<LatLon> route{{38.5, 50.5}, {35.95, 39.01}};
    const auto cr = a.crossings(route, atlas::Kind::Country);
    std::vector<std::string> order;
    for (const auto& c : cr)
        if (c.region && (order.empty() || order.back() != a.countries()[*c.region].iso2))
            order.push_back(a.countries()[*c.region].iso2);
    REQUIRE(order.size() >= 3);
    CHECK(order.front() == "IR");
    CHECK(order.back() == "SY");
    // The direct geodesic clips Turkey's south-east (DESIGN: why airspace routing matters).
    CHECK(std::find(order.begin(), order.end(), "TR") != order.end());
    // The stretches tile the route without gaps.
    for (size_t i = 1; i < cr.size(); ++i) CHECK(cr[i].entryMeters == Approx(cr[i - 1].exitMeters));
    CHECK(cr.back().exitMeters == Approx(geodesy::distanceMeters(route[0], route[1])).epsilon(1e-9));
}

TEST_CASE("Atlas: described parts of regions", "[atlas]") {
    const auto& a = salvo::test::worldAtlas();
    const auto countryIndex = [&](const char* iso2) { return *a.countryByIso2(iso2); };
    SECTION("the eastern third of Syria is around Deir ez-Zor, inside Syria") {
        const auto part = a.regionPart(salvo::atlas::Kind::Country, countryIndex("SY"), salvo::atlas::Sector::East);
        REQUIRE(part);
        CHECK(std::abs(part->centre.lat - 35.0) < 1.5);
        CHECK(std::abs(part->centre.lon - 40.0) < 1.5);
        CHECK(salvo::test::countryIso2At(a, part->centre) == "SY");
        CHECK(part->radiusKm > 50);
    }
    SECTION("the north-west of Pakistan lies north and west of its label") {
        const auto i = countryIndex("PK");
        const auto part = a.regionPart(salvo::atlas::Kind::Country, i, salvo::atlas::Sector::NorthWest);
        REQUIRE(part);
        CHECK(part->centre.lat > a.countries()[i].label.lat);
        CHECK(part->centre.lon < a.countries()[i].label.lon);
    }
    SECTION("central Yemen is its populated heartland, not the empty middle of the map") {
        const auto part = a.regionPart(salvo::atlas::Kind::Country, countryIndex("YE"), salvo::atlas::Sector::Central);
        REQUIRE(part);
        CHECK(std::abs(part->centre.lat - 14.5) < 1.5);
        CHECK(std::abs(part->centre.lon - 45.0) < 1.5);
    }
    SECTION("Syria and Lebanon share a border east of Beirut; Syria and Iran share none") {
        const auto b = a.sharedBorder(salvo::atlas::Kind::Country, countryIndex("SY"), salvo::atlas::Kind::Country,
                                      countryIndex("LB"));
        REQUIRE(b);
        CHECK(std::abs(b->centre.lat - 33.9) < 0.6);
        CHECK(std::abs(b->centre.lon - 36.1) < 0.6);
        CHECK_FALSE(a.sharedBorder(salvo::atlas::Kind::Country, countryIndex("SY"), salvo::atlas::Kind::Country,
                                   countryIndex("IR")));
    }
    SECTION("Libya's Mediterranean coast") {
        std::optional<uint32_t> med;
        for (uint32_t f = 0; f < a.features().size(); ++f)
            if (a.features()[f].name == "Mediterranean Sea") med = f;
        REQUIRE(med);
        const auto c = a.coastOn(countryIndex("LY"), *med);
        REQUIRE(c);
        CHECK(c->centre.lat > 30.0);
        CHECK(c->centre.lat < 33.5);
        CHECK(c->centre.lon > 11.0);
        CHECK(c->centre.lon < 25.0);
    }
    SECTION("a province's label avoids the hole its capital city cuts out of it") {
        const auto hits = a.lookup("Kyiv Oblast");
        REQUIRE_FALSE(hits.empty());
        CHECK(hits[0].kind == salvo::atlas::Kind::Admin1);
        CHECK(std::abs(hits[0].pos.lat - 50.29) < 0.3);
        CHECK(std::abs(hits[0].pos.lon - 30.45) < 0.75);
        CHECK(salvo::test::countryIso2At(a, hits[0].pos) == "UA");
    }
}

TEST_CASE("Atlas: the nearest place equals a scan of every place, near the poles too", "[atlas]") {
    // Regression: a point at 89.9°N walked 180 full squares of 1° cells (0.1 s per point), and past ring 180 the
    // same column twice. The answer must be what a scan of all places gives: of the three nearest by the cheap
    // metric within 1.01 × the limit, the nearest on the ellipsoid within the limit.
    const auto& a = worldAtlas();
    constexpr double kLimitM = 200e3;
    std::mt19937 rng(89);
    std::uniform_real_distribution<double> lat(-90, 90), lon(-180, 180), polar(80, 90);
    std::vector<LatLon> pts{{89.9, 0}, {-89.9, 45}, {78.22, 15.65}, {67.0, 179.9}, {0, 0}, {33.5, 36.3}};
    for (int i = 0; i < 150; ++i) pts.push_back({lat(rng), lon(rng)});
    for (int i = 0; i < 50; ++i) pts.push_back({(i % 2 ? 1 : -1) * polar(rng), lon(rng)});
    const auto cheap = [](LatLon p, LatLon q) { // the atlas's equirectangular metric
        double dLon = std::fabs(q.lon - p.lon);
        if (dLon > 180) dLon = 360 - dLon;
        const double x = dLon * std::cos(0.5 * (p.lat + q.lat) * 3.14159265358979323846 / 180), y = q.lat - p.lat;
        return std::sqrt(x * x + y * y) * 111195.0;
    };
    size_t found = 0;
    for (const LatLon p : pts) {
        std::vector<std::pair<double, uint32_t>> all;
        for (uint32_t i = 0; i < a.places().size(); ++i)
            if (const double d = cheap(p, a.places()[i].pos); d <= kLimitM * 1.01) all.emplace_back(d, i);
        std::sort(all.begin(), all.end());
        std::optional<uint32_t> want;
        double wantM = 0;
        for (size_t k = 0; k < std::min<size_t>(3, all.size()); ++k) {
            const double d = geodesy::distanceMeters(p, a.places()[all[k].second].pos);
            if (d <= kLimitM && (!want || d < wantM)) { want = all[k].second; wantM = d; }
        }
        const auto got = a.nearestPlace(p, kLimitM);
        INFO("point " << p.lat << ", " << p.lon);
        REQUIRE(got.has_value() == want.has_value());
        if (got) CHECK(got->index == *want);
        found += got.has_value();
    }
    CHECK(found > 20);
    const auto svalbard = a.nearestPlace({78.22, 15.65});
    REQUIRE(svalbard);
    CHECK(a.places()[svalbard->index].iso2 == "SJ");
}
