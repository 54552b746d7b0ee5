// The place reader's mechanisms, each on a short made-up report: what is not a place (ships, weapons, people,
// organisations, partial names), how a written form reaches its entry (spellings, typos, qualifiers, datelines), and
// the areas built from the atlas (parts of countries, borders, coasts, offshore waters, areas under control).
// Every case fails when its mechanism breaks.
#include "atlas/AtlasFixture.hpp"
#include "extract/Extractor.hpp"
#include "geodesy/Geodesic.hpp"
#include "scenario/Scenario.hpp"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <cmath>

using namespace salvo;

namespace {

// A report with a headline and a dated source line, as the corpus stores them.
scenario::Scenario readReport(const std::string& body) {
    const std::string text = "Strike report\nTest Desk, 2017-02-15\n\n" + body + "\n";
    auto doc = text::parseDocument(text);
    REQUIRE(doc.ok());
    return extract::extractScenario(*doc, test::worldAtlas());
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// The place one of whose mentions is written `text` (case-insensitive), or nullptr.
const scenario::Place* placeWritten(const scenario::Scenario& sc, const std::string& text) {
    for (const auto& p : sc.places)
        for (const auto& m : p.mentions)
            if (lower(m.text) == lower(text)) return &p;
    return nullptr;
}

const scenario::Place* placeNamed(const scenario::Scenario& sc, const std::string& name) {
    for (const auto& p : sc.places)
        if (p.name == name) return &p;
    return nullptr;
}

bool near(const scenario::Place& p, double lat, double lon, double tolDeg) {
    return std::abs(p.pos.lat - lat) <= tolDeg && std::abs(wrapLon(p.pos.lon - lon)) <= tolDeg;
}

bool hasDiagnostic(const scenario::Scenario& sc, const std::string& code) {
    for (const auto& d : sc.diagnostics)
        if (d.code == code) return true;
    return false;
}

} // namespace

TEST_CASE("Places: ship names and classes are not places, nor their later bare uses", "[extract][places]") {
    const auto sc = readReport("The task force is commanded aboard the command ship USS Mount Whitney. The Mount "
                               "Whitney joins 24 other ships from Italy. The Arleigh Burke-class destroyer USS Carney "
                               "engaged drones in the Red Sea, and Carney returned to port.");
    CHECK_FALSE(placeNamed(sc, "Whitney"));
    CHECK_FALSE(placeNamed(sc, "Mount Whitney"));
    CHECK_FALSE(placeNamed(sc, "Burke"));
    CHECK_FALSE(placeNamed(sc, "Carney"));
    CHECK(placeWritten(sc, "Italy"));
    CHECK(placeWritten(sc, "Red Sea"));
    const auto tanker = readReport("The Houthis fired a missile at the tanker Marlin Luanda in the Gulf of Aden.");
    CHECK_FALSE(placeNamed(tanker, "Luanda"));
}

TEST_CASE("Places: a weapon's name before a weapon word is not a place", "[extract][places]") {
    const auto sc = readReport("Israel's Iron Dome missile defense system intercepted one of the rockets over Israel. "
                               "Kyiv drone attacks continued.");
    CHECK_FALSE(placeNamed(sc, "Dome"));
    CHECK(placeWritten(sc, "Israel"));
    CHECK(placeWritten(sc, "Kyiv")); // a big city before a weapon word stays a place
    const auto sling = readReport("Most were intercepted by the Arrow and David's Sling air defense systems over Israel.");
    CHECK_FALSE(placeNamed(sling, "David")); // David, Panama
    // A town before a bare munition noun is the place attacked, not a weapon's name.
    const auto uman = readReport("The Uman missile strike killed 23 people in Ukraine.");
    CHECK(placeWritten(uman, "Uman"));
}

TEST_CASE("Places: a news outlet's name is no place, though a province has it", "[extract][places]") {
    const auto sc = readReport("Iran's Fars news agency and the Saba news agency in Yemen reported the attack. "
                               "Later, jets struck targets in Fars province.");
    CHECK_FALSE(placeNamed(sc, "Saba")); // Saba, Honduras
    const auto* fars = placeWritten(sc, "Fars");
    REQUIRE(fars); // only the province
    REQUIRE(fars->mentions.size() == 1);
    CHECK(fars->kind == "admin1");
}

TEST_CASE("Places: names inside organisations and groups are not places", "[extract][places]") {
    const auto sc = readReport("In coordination with the Federal Government of Somalia, U.S. forces conducted an "
                               "airstrike in Somalia. The strikes targeted al-Qa'ida in the Arabian Peninsula "
                               "operatives in Yemen. It fought Tehrik-e Taliban Pakistan in Afghanistan.");
    CHECK_FALSE(placeNamed(sc, "Federal"));
    CHECK_FALSE(placeNamed(sc, "Arabian Peninsula"));
    CHECK_FALSE(placeNamed(sc, "Pakistan"));
    CHECK(placeWritten(sc, "Somalia"));
    CHECK(placeWritten(sc, "Yemen"));
}

TEST_CASE("Places: a country before an organisation's name is its modifier", "[extract][places]") {
    const auto sc = readReport("U.S. Pacific Command detected a missile launch from North Korea.");
    const auto* us = placeWritten(sc, "U.S.");
    REQUIRE(us);
    for (const auto& m : us->mentions) CHECK(m.role == "modifier");
}

TEST_CASE("Places: people's names are blocked, the place before a title is not", "[extract][places]") {
    SECTION("a titled name written with an abbreviation's period blocks the bare surname later") {
        const auto sc = readReport("\"The threat is considerable,\" said U.S. Army Gen. Hugh Shelton, chairman of the "
                                   "Joint Chiefs of Staff. Shelton and Defense Secretary William Cohen spoke in Brussels.");
        CHECK_FALSE(placeNamed(sc, "Shelton"));
        CHECK(placeWritten(sc, "Brussels"));
    }
    SECTION("'Kyiv Mayor Vitali Klitschko said': Kyiv is no surname") {
        const auto sc = readReport("Kyiv Mayor Vitali Klitschko said 40 drones were destroyed. Russia attacked the "
                                   "capital, Kyiv, overnight.");
        const auto* kyiv = placeWritten(sc, "Kyiv");
        REQUIRE(kyiv);
        CHECK(kyiv->kind == "city");
        CHECK(near(*kyiv, 50.45, 30.52, 0.1));
    }
}

TEST_CASE("Places: abbreviated months and pronouns in capitals", "[extract][places]") {
    const auto sc = readReport("On Jan. 8, one strike killed an operative in Yemen. The US destroyer engaged drones.");
    CHECK_FALSE(placeNamed(sc, "Anyang"));
    const auto* us = placeWritten(sc, "US");
    REQUIRE(us);
    CHECK(us->country == "US");
}

TEST_CASE("Places: a partial or alternate reading in a country nothing else is about is dropped",
          "[extract][places]") {
    SECTION("a window inside an unknown longer name") {
        const auto sc = readReport("Syrian rebels fought government forces in the Ain Tarma neighborhood of "
                                   "Damascus on Wednesday, Syria's state media said.");
        CHECK_FALSE(placeNamed(sc, "Al Ain"));
        CHECK_FALSE(placeNamed(sc, "Tarma"));
        CHECK(placeWritten(sc, "Damascus"));
        CHECK(hasDiagnostic(sc, "geocode.dropped"));
    }
    SECTION("a division's own name is no alternate: its seat stays, with nothing else in that country") {
        const auto sc = readReport("Russian drones attacked Odesa overnight, officials said. Russia denied it.");
        CHECK(placeWritten(sc, "Odesa"));
    }
    SECTION("an organisation's country label supports nothing") {
        const auto sc = readReport("A strike in the Bay region of Somalia near Qunya Barrow hit a compound, "
                                   "U.S. Africa Command said.");
        CHECK_FALSE(placeNamed(sc, "Barrow")); // Barrow, Alaska
        CHECK(placeWritten(sc, "Somalia"));
    }
    SECTION("an alternate name of a faraway city") {
        const auto sc = readReport("Planes bombed the Yida refugee camp in South Sudan's Unity state. Sudan denied it.");
        CHECK_FALSE(placeNamed(sc, "Jeddah"));
        const auto* unity = placeWritten(sc, "Unity");
        REQUIRE(unity); // a common word, with its division word after it
        CHECK(unity->kind == "admin1");
        CHECK(unity->country == "SS");
    }
}

TEST_CASE("Places: a transliteration of a town's own name stays, and an air defence system is no place",
          "[extract][places]") {
    // "Ashkelon" is a spelling GeoNames lists for Ashqelon; nothing else in the text is in Israel.
    const auto sc = readReport("Hamas fired 30 rockets at Ashkelon on Monday. All were intercepted by Iron Dome. Egypt "
                               "called for calm.");
    const auto* town = placeWritten(sc, "Ashkelon");
    REQUIRE(town);
    CHECK(town->country == "IL");
    CHECK(geodesy::distanceMeters(town->pos, {31.67, 34.57}) < 10e3);
    CHECK_FALSE(placeNamed(sc, "Dome")); // Dome, Ghana
    CHECK_FALSE(placeWritten(sc, "Dome"));
}

TEST_CASE("Places: a small town far from every place told beside it is a namesake", "[extract][places]") {
    SECTION("Mount Hermon beside the Golan Heights is not the Virginia town, though the United States is named") {
        const auto sc = readReport("A rocket slammed into a soccer field in the Golan Heights. The attack hit a town "
                                   "at the foot of Mount Hermon. Dozens were wounded. Netanyahu cut short a visit to the "
                                   "United States.");
        CHECK_FALSE(placeNamed(sc, "Mount Hermon"));
        CHECK(placeWritten(sc, "Golan Heights"));
        CHECK(hasDiagnostic(sc, "geocode.dropped"));
    }
    SECTION("a window of a longer name: 'the Green Zone' in Baghdad is not Green, Ohio (25,000 people)") {
        const auto sc = readReport("Rockets landed near the U.S. Embassy in the Green Zone of Baghdad on Friday. The "
                                   "United States blamed militias.");
        CHECK_FALSE(placeNamed(sc, "Green"));
        CHECK(placeWritten(sc, "Baghdad"));
    }
    SECTION("a small town with a neighbour in its own country stays") {
        const auto sc = readReport("The drone took off from Mount Hermon, Virginia, and flew toward Richmond.");
        const auto* town = placeNamed(sc, "Mount Hermon");
        REQUIRE(town);
        CHECK(near(*town, 36.68, -79.42, 0.1));
    }
}

TEST_CASE("Places: transliterations and typos of divisions reach the division", "[extract][places]") {
    SECTION("'al-Baydah Governorate' is the atlas's Al Bayda") {
        const auto sc = readReport("On Dec. 29, one strike killed two operatives in the al-Baydah Governorate of Yemen.");
        const auto* p = placeWritten(sc, "al-Baydah");
        REQUIRE(p);
        CHECK(p->kind == "admin1");
        CHECK(near(*p, 14.3, 45.37, 0.75));
    }
    SECTION("'Singh province' in a report on Pakistan is Sindh") {
        const auto sc = readReport("A drone strike killed four militants in Pakistan. Gunmen attacked a convoy of "
                                   "tankers in southern Singh province.");
        const auto* p = placeWritten(sc, "Singh");
        REQUIRE(p);
        CHECK(p->name == "Sindh");
        CHECK(hasDiagnostic(sc, "geocode.spelling"));
    }
}

TEST_CASE("Places: a compass word before a country makes a region of that part", "[extract][places]") {
    SECTION("eastern Syria") {
        const auto sc = readReport("U.S. forces struck a weapons depot in eastern Syria on Nov. 8.");
        const auto* p = placeWritten(sc, "eastern Syria");
        REQUIRE(p);
        CHECK(p->kind == "region");
        CHECK(near(*p, 35.0, 40.0, 1.5));
    }
    SECTION("central Israel: the populated heartland") {
        const auto sc = readReport("Rockets set off air raid sirens across much of central Israel.");
        const auto* p = placeWritten(sc, "central Israel");
        REQUIRE(p);
        CHECK(near(*p, 32.0, 34.9, 0.3)); // Tel Aviv and Gush Dan, not the Negev
    }
    SECTION("a city of the same name as a faraway division stays the city") {
        const auto sc = readReport("Israeli strikes hit southern Gaza as Palestinians fled the Israeli bombardment.");
        const auto* p = placeWritten(sc, "southern Gaza");
        REQUIRE(p);
        CHECK(p->country == "PS");
    }
    SECTION("the southern Red Sea is the sea's south, not Eritrea's Southern Red Sea region") {
        const auto sc = readReport("The destroyer shot down the missile over the southern Red Sea near Yemen.");
        const auto* p = placeWritten(sc, "southern Red Sea");
        REQUIRE(p);
        CHECK(p->kind == "sea");
        CHECK(p->pos.lat < 20.0);
        // in the water, not inland Eritrea due south of the sea's label point
        CHECK_FALSE(test::worldAtlas().countryAt(p->pos).has_value());
        CHECK(p->pos.lon > 40.5); // halfway between the Eritrean and Yemeni shores, not on either
        CHECK(p->pos.lon < 42.5);
    }
    SECTION("a division with its type word keeps its own reading") {
        const auto sc = readReport("Marines fought in southern Helmand province of Afghanistan.");
        const auto* p = placeWritten(sc, "Helmand");
        REQUIRE(p);
        CHECK(p->kind == "admin1");
    }
}

TEST_CASE("Places: a division's seat, a list of cities and transliterations reach the city", "[extract][places]") {
    const auto sc = readReport("Russian forces fired missiles at cities across Ukraine, including Kyiv, Lviv, "
                               "Zaporizhzhia and Kharkiv. Drones hit Odesa. Fighting continued near Berdiansk. "
                               "Officials in Sana'a said.");
    const auto* z = placeWritten(sc, "Zaporizhzhia"); // GeoNames 2013: the oblast, and the city as Zaporizhia
    REQUIRE(z);
    CHECK(z->kind == "city");
    CHECK(near(*z, 47.82, 35.19, 0.1));
    const auto* odesa = placeWritten(sc, "Odesa"); // the city as Odessa
    REQUIRE(odesa);
    CHECK(odesa->kind == "city");
    CHECK(near(*odesa, 46.48, 30.73, 0.1));
    const auto* b = placeWritten(sc, "Berdiansk"); // GeoNames: Berdyans'k
    REQUIRE(b);
    CHECK(near(*b, 46.77, 36.80, 0.1));
    const auto* sanaa = placeWritten(sc, "Sana'a");
    REQUIRE(sanaa);
    CHECK(near(*sanaa, 15.35, 44.21, 0.1));
}

TEST_CASE("Places: 'the X region' is the division of that name", "[extract][places]") {
    const auto sc = readReport("Russia sent 40 drones toward the Kyiv region, officials in Ukraine said.");
    const auto* p = placeWritten(sc, "Kyiv");
    REQUIRE(p);
    CHECK(p->kind == "admin1");
    CHECK(near(*p, 50.29, 30.45, 0.75)); // the oblast's label lies outside the hole Kyiv City cuts in it
}

TEST_CASE("Places: borders, coasts, offshore waters and controlled areas become regions", "[extract][places]") {
    SECTION("the Syrian-Lebanese border") {
        const auto sc = readReport("Israeli jets struck a convoy close to the Syrian-Lebanese border.");
        const auto* p = placeWritten(sc, "Syrian-Lebanese border");
        REQUIRE(p);
        CHECK(p->kind == "region");
        CHECK(near(*p, 33.65, 36.05, 1.0));
    }
    SECTION("the Mediterranean coast of the country in focus") {
        const auto sc = readReport("Missiles hit radar sites in Libya around Tripoli and along the Mediterranean "
                                   "coast. Libya's air defenses were degraded.");
        const auto* p = placeWritten(sc, "Mediterranean coast");
        REQUIRE(p);
        CHECK(p->kind == "region");
        CHECK(p->country == "LY");
        CHECK(near(*p, 31.5, 17.0, 3.0));
    }
    SECTION("waters east of the Korean Peninsula") {
        const auto sc = readReport("The missile landed in waters East of the Korean Peninsula after a launch near "
                                   "Sinpo, North Korea.");
        const auto* p = placeWritten(sc, "waters East of the Korean Peninsula");
        REQUIRE(p);
        CHECK(p->kind == "sea");
        CHECK(near(*p, 40.0, 129.5, 3.0));
        CHECK_FALSE(test::worldAtlas().countryAt(p->pos)); // offshore
        CHECK(placeWritten(sc, "Korean Peninsula"));
        const auto* sinpo = placeWritten(sc, "Sinpo");
        REQUIRE(sinpo);
        CHECK(near(*sinpo, 40.04, 128.19, 0.1));
    }
    SECTION("a named ocean east of a country is the part of it off that country") {
        const auto sc = readReport("The missile fell into the Pacific Ocean east of Japan on Tuesday.");
        const auto* p = placeWritten(sc, "Pacific Ocean east of Japan");
        REQUIRE(p);
        CHECK(p->kind == "sea");
        CHECK_FALSE(test::worldAtlas().countryAt(p->pos));
        CHECK(near(*p, 38.5, 142.5, 2.5)); // off Japan's east coast, not the ocean's label point in the far Pacific
        CHECK_FALSE(placeNamed(sc, "Pacific Ocean")); // replaced by its part
    }
    SECTION("the sea off a country's coast, named by a pronoun") {
        const auto sc = readReport("North Korea fired two ballistic missiles into the sea off its east coast on Thursday.");
        const auto* p = placeWritten(sc, "sea off its east coast");
        REQUIRE(p);
        CHECK(p->kind == "sea");
        CHECK_FALSE(test::worldAtlas().countryAt(p->pos));
        CHECK(near(*p, 40.1, 129.1, 0.5)); // just off the east coast, not the Pacific or Japan's side
        REQUIRE(sc.events.size() == 1);
        CHECK(sc.events[0].to == std::vector<std::string>{p->id});
    }
    SECTION("off the coast of a coastal city: its nearest shore") {
        const auto sc = readReport("A missile struck a tanker off the coast of Hodeidah on Tuesday.");
        const auto* p = placeWritten(sc, "the coast of Hodeidah");
        REQUIRE(p);
        CHECK(p->kind == "sea");
        CHECK_FALSE(test::worldAtlas().countryAt(p->pos));
        CHECK(near(*p, 14.6, 42.7, 0.4)); // the Red Sea off the city, within 60 km of it
        CHECK(placeWritten(sc, "Hodeidah"));
    }
    SECTION("Houthi-controlled areas of Yemen") {
        const auto sc = readReport("The destroyer engaged 14 drones launched from Houthi-controlled areas of Yemen.");
        const auto* p = placeWritten(sc, "Houthi-controlled areas of Yemen");
        REQUIRE(p);
        CHECK(near(*p, 15.6, 44.0, 1.5));
        CHECK(placeWritten(sc, "Yemen"));
        // Written with another noun and "in": the same curated area, not the whole of Yemen (whose label point
        // lies in the east, far from the Houthis' west).
        const auto other = readReport("Both missiles were fired from Houthi-controlled territory in Yemen.");
        const auto* q = placeWritten(other, "Houthi-controlled territory in Yemen");
        REQUIRE(q);
        CHECK(near(*q, 15.6, 44.0, 0.5));
    }
}

TEST_CASE("Places: a village the atlas lacks is placed at the town it is near", "[extract][places]") {
    const auto sc = readReport("The drone fired two missiles at a compound in the village of Dande Darpa Khel, near "
                               "the region's main town Miran Shah in Pakistan.");
    const auto* p = placeWritten(sc, "Dande Darpa Khel");
    REQUIRE(p);
    CHECK(p->kind == "city");
    CHECK(near(*p, 33.01, 70.07, 0.1));
    CHECK(hasDiagnostic(sc, "geocode.approximate"));
}

TEST_CASE("Places: a comma-qualified division or state beats the population prior", "[extract][places]") {
    SECTION("Paris, Texas") {
        const auto sc = readReport("A tornado hit Paris, Texas on Monday.");
        const auto* p = placeWritten(sc, "Paris, Texas");
        REQUIRE(p);
        CHECK(p->country == "US");
        CHECK(near(*p, 33.66, -95.56, 0.1));
    }
    SECTION("Arlington, VA: a postal code") {
        const auto sc = readReport("The meeting took place in Arlington, VA last week.");
        const auto* p = placeWritten(sc, "Arlington, VA");
        REQUIRE(p);
        CHECK(near(*p, 38.88, -77.10, 0.1));
    }
    SECTION("a qualifier read first as a city stays a place of its own") {
        const auto sc = readReport("A car bomb exploded in Abu Ghraib, Baghdad, police in Iraq said.");
        const auto* b = placeWritten(sc, "Baghdad");
        REQUIRE(b);
        CHECK(b->kind == "city");
        CHECK(placeWritten(sc, "Abu Ghraib"));
    }
    SECTION("a division qualifier never reads the town as the division itself") {
        for (const char* text : {"Coalition aircraft struck Mosul, Nineveh province, on Monday.",
                                 "Aircraft struck targets near Kirkuk, Kirkuk province, on Monday."}) {
            INFO(text);
            const auto sc = readReport(text);
            REQUIRE(sc.places.size() == 1);
            CHECK(sc.places[0].kind == "city"); // Nineveh is also written Mosul; Kirkuk names both
            CHECK(sc.places[0].country == "IQ");
        }
    }
    SECTION("a country qualifier narrows the city and stays a place") {
        const auto sc = readReport("A Scud hit a barracks in Dhahran, Saudi Arabia.");
        const auto* p = placeWritten(sc, "Dhahran");
        REQUIRE(p);
        CHECK(p->country == "SA");
        CHECK(placeWritten(sc, "Saudi Arabia"));
    }
}

TEST_CASE("Places: an Arabic article written as a word of its own may part a name elsewhere", "[extract][places]") {
    const auto sc = readReport("Syrian state media reported attacks in the desert around Al Bukamal and Mayadin in "
                               "Syria's Deir el-Zour province.");
    const auto* p = placeWritten(sc, "Al Bukamal");
    REQUIRE(p);
    CHECK(near(*p, 34.45, 40.92, 0.1)); // Albu Kamal, not Al in Norway
    CHECK(p->country == "SY");
}

TEST_CASE("Places: the divisions of the other places vote for an ambiguous town", "[extract][places]") {
    const auto sc = readReport("Storms hit Worcester, Chicopee and Holyoke overnight. Springfield was also flooded.");
    const auto* p = placeWritten(sc, "Springfield");
    REQUIRE(p);
    CHECK(p->admin1 == "Massachusetts"); // not the larger prior of Springfield, Illinois
}

TEST_CASE("Places: the dateline place is found with its qualifier and marked as the dateline", "[extract][places]") {
    const std::string text = "U.S. Central Command announces strikes in Yemen\nU.S. Central Command, 2017-01-11\n\n"
                             "TAMPA, Fla. - The U.S. military conducted strikes in central Yemen on Jan. 8.\n";
    auto doc = text::parseDocument(text);
    REQUIRE(doc.ok());
    const auto sc = extract::extractScenario(*doc, test::worldAtlas());
    const scenario::Place* tampa = nullptr;
    for (const auto& p : sc.places)
        if (p.name == "Tampa") tampa = &p;
    REQUIRE(tampa);
    CHECK(near(*tampa, 27.95, -82.46, 0.1)); // Tampa, Florida
    REQUIRE_FALSE(tampa->mentions.empty());
    CHECK(tampa->mentions.front().text.starts_with("TAMPA, Fla"));
    if (doc->datelinePlaceSpan.second > doc->datelinePlaceSpan.first)
        CHECK(tampa->mentions.front().role == "dateline");
    // The scenario reader takes the role back.
    const auto back = scenario::fromJsonText(scenario::toJson(sc).dump());
    REQUIRE(back.ok());
    CHECK(back->places.size() == sc.places.size());
}

TEST_CASE("Places: a curated name written with its lower-case type word", "[extract][places]") {
    const auto sc = readReport("U.S. warships launched 59 Tomahawk missiles at Shayrat airfield near Homs, Syria.");
    const auto* p = placeWritten(sc, "Shayrat airfield");
    REQUIRE(p);
    CHECK(p->kind == "base");
    CHECK(near(*p, 34.49, 36.91, 0.05));
}

TEST_CASE("Places: a base named by its short name, and with its lower-case type word, is the base", "[extract][places]") {
    const auto sc = readReport("Iran's missiles targeted two Iraqi bases at Al Asad and Irbil. Later a rocket hit "
                               "Al Asad air base again.");
    const auto* shortName = placeWritten(sc, "Al Asad");
    REQUIRE(shortName);
    CHECK(shortName->kind == "base");
    CHECK(near(*shortName, 33.7856, 42.4412, 0.05));
    const auto* typed = placeWritten(sc, "Al Asad air base"); // the type word belongs to the name
    REQUIRE(typed);
    CHECK(typed->id == shortName->id);
    SECTION("written with a doubled consonant the atlas writes single") {
        const auto doubled = readReport("Iran targeted two Iraqi bases hosting U.S. personnel at Al-Assad and Irbil.");
        const auto* b = placeWritten(doubled, "Al-Assad");
        REQUIRE(b);
        CHECK(b->kind == "base");
        CHECK(near(*b, 33.7856, 42.4412, 0.05));
    }
}

TEST_CASE("Places: two names joined by a hyphen are the division the atlas writes with 'and'", "[extract][places]") {
    const auto sc = readReport("Pakistan's air force carried out strikes against militant hideouts in Iran's "
                               "Sistan-Baluchestan province on Thursday.");
    const auto* p = placeWritten(sc, "Sistan-Baluchestan");
    REQUIRE(p);
    CHECK(p->kind == "admin1");
    CHECK(p->country == "IR");
    CHECK(near(*p, 27.8, 60.7, 1.0));
    bool struck = false;
    for (const auto& e : sc.events) struck |= e.kind == "strike" && !e.to.empty() && e.to[0] == p->id;
    CHECK(struck);
}

TEST_CASE("Places: historical countries and nuclear sites are in the gazetteer", "[extract][places]") {
    const auto sc = readReport("Cruise missiles struck targets throughout Yugoslavia. Years later, bombers struck "
                               "the sites of Fordo, Natanz and Isfahan in Iran.");
    const auto* y = placeWritten(sc, "Yugoslavia");
    REQUIRE(y);
    CHECK(y->kind == "country");
    CHECK(near(*y, 43.86, 20.59, 3.0));
    const auto* fordo = placeWritten(sc, "Fordo");
    REQUIRE(fordo);
    CHECK(fordo->kind == "base");
    CHECK(near(*fordo, 34.8846, 50.9957, 0.05));
    REQUIRE(placeWritten(sc, "Natanz"));
    CHECK(near(*placeWritten(sc, "Natanz"), 33.7245, 51.727, 0.3));
}

TEST_CASE("Places: a name that says it is water is the water / a capitalised compass word takes the sea's part",
          "[extract][places]") {
    // Sudan in focus made "the Red Sea" Sudan's Red Sea state.
    const auto sc = readReport("U.S. Navy ships in the Arabian Sea and the Red Sea launched about 75 Tomahawk cruise "
                               "missiles today at camps in Afghanistan and a facility in Khartoum, Sudan.");
    const auto* red = placeWritten(sc, "Red Sea");
    REQUIRE(red);
    CHECK(red->kind == "sea");
    // "the Southern Red Sea" in a CENTCOM release is the sea's south, not Eritrea's Southern Red Sea region.
    const auto houthi = readReport("Houthis launched drones from Houthi-controlled areas of Yemen into the Southern "
                                   "Red Sea.");
    const auto* south = placeWritten(houthi, "Southern Red Sea");
    REQUIRE(south);
    CHECK(south->kind == "sea");
    CHECK(south->pos.lat < 20.0); // south of the sea's label point (20 N)
    CHECK(south->country.empty());
}

TEST_CASE("Places: a compass part of a country is that part, never a place whose alternate name is the country's",
          "[extract][places]") {
    // Arak (Iran) lists "Iraq" among its alternate names; "western Iraq" chose it over Iraq's west.
    const auto sc = readReport("Eleven missiles hit a base in western Iraq on Wednesday.");
    const auto* west = placeWritten(sc, "western Iraq");
    REQUIRE(west);
    CHECK(west->country == "IQ");
    CHECK(west->kind == "region");
    CHECK(west->pos.lon < 43.7); // west of Iraq's centre
}

TEST_CASE("Places: 'AI-' typed for the Arabic article 'Al-' still names the place", "[extract][places]") {
    const auto sc = readReport("Five drones crashed into the sea near the Bab AI-Mandeb Strait on Saturday.");
    const auto* strait = placeWritten(sc, "Bab AI-Mandeb Strait");
    REQUIRE(strait);
    CHECK(strait->kind == "sea");
    CHECK(std::abs(strait->pos.lat - 12.6) < 1.0);
    CHECK(std::abs(strait->pos.lon - 43.4) < 1.0);
    CHECK_FALSE(placeNamed(sc, "Al Bab"));
}

TEST_CASE("Places: a small town never takes a country's or area's name from the document's focus alone",
          "[extract][places]") {
    // A U.S. release: the United States is the document's focus, yet "England" is England, not England, Arkansas,
    // and "the White House" that speaks is the building in Washington, not White House, Tennessee.
    const auto sc = readReport("U.S. aircraft struck targets in Libya on Tuesday, the White House said. The United "
                               "States said 18 bombers took off from bases in England.");
    const auto* england = placeWritten(sc, "England");
    REQUIRE(england);
    CHECK(england->country == "GB");
    CHECK(std::abs(england->pos.lat - 52.6) < 2.0);
    const auto* house = placeWritten(sc, "White House");
    REQUIRE(house);
    CHECK(house->kind == "base");
    CHECK(std::abs(house->pos.lat - 38.90) < 0.05);
    CHECK(std::abs(house->pos.lon + 77.04) < 0.05);
    // A town that is the document's own subject still wins when the text places it: "England, Ark." is the town.
    const auto town = readReport("A tornado damaged a U.S. Air Force depot near England, Ark., officials in the "
                                 "United States said.");
    const scenario::Place* ark = nullptr;
    for (const auto& p : town.places)
        if (p.name == "England") ark = &p;
    REQUIRE(ark);
    CHECK(ark->country == "US");
}

TEST_CASE("Places: a distance and a bearing from a place make a place of their own, placed from the resolved one",
          "[extract][places]") {
    const auto sc = readReport("The missile landed about 200 kilometers west of Hokkaido on Friday. U.S. forces "
                               "conducted an airstrike 60 miles northwest of the capital, Mogadishu, on Friday.");
    const auto* sea = placeWritten(sc, "about 200 kilometers west of Hokkaido");
    REQUIRE(sea);
    CHECK(sea->kind == "sea"); // west of Hokkaido is the Sea of Japan
    const auto* hokkaido = placeNamed(sc, "Hokkaido");
    REQUIRE(hokkaido);
    CHECK(std::abs(sea->pos.lat - hokkaido->pos.lat) < 0.05);
    CHECK(sea->pos.lon < hokkaido->pos.lon - 2.0);
    CHECK(sea->pos.lon > hokkaido->pos.lon - 3.0);
    const auto* offset = placeWritten(sc, "60 miles northwest of the capital, Mogadishu");
    REQUIRE(offset);
    CHECK(offset->kind == "region");
    CHECK(offset->country == "SO");
    CHECK(near(*offset, 2.652, 44.73, 0.05)); // 96.6 km at 315 degrees from Mogadishu (2.04 N, 45.34 E)
    // The events happen at the offset places; the named places are only where the distances are measured from.
    for (const auto& e : sc.events)
        for (const auto& id : e.to) {
            CHECK(id != hokkaido->id);
            CHECK(sc.place(id)->name != "Mogadishu");
        }
    REQUIRE(sc.events.size() == 2);
    CHECK(sc.events[0].to == std::vector<std::string>{sea->id});
    CHECK(sc.events[1].to == std::vector<std::string>{offset->id});
}

TEST_CASE("Places: a distance is measured from the town, not from the province of the same name",
          "[extract][places]") {
    const auto sc = readReport("The airfield lies about 30 kilometers southeast of Homs in western Syria.");
    const auto* homs = placeNamed(sc, "Homs");
    REQUIRE(homs);
    CHECK(homs->kind == "city");
    CHECK(near(*homs, 34.73, 36.71, 0.1));
    const auto* offset = placeWritten(sc, "about 30 kilometers southeast of Homs");
    REQUIRE(offset);
    CHECK(near(*offset, 34.54, 36.95, 0.1)); // 30 km at 135 degrees from the town
}

TEST_CASE("Places: a name with a number in it, and an offset measured from a place a modifier stands before",
          "[extract][places]") {
    const auto sc = readReport("A drone struck Tower 22, a small base in northeastern Jordan, on Sunday. Tower 22 sits "
                               "roughly 20 kilometers south of the U.S. garrison at al-Tanf.");
    const auto* tower = placeWritten(sc, "Tower 22");
    REQUIRE(tower);
    CHECK(tower->kind == "base");
    CHECK(near(*tower, 33.32, 38.69, 0.05));
    const auto* offset = placeWritten(sc, "roughly 20 kilometers south of the U.S. garrison at al-Tanf");
    REQUIRE(offset);
    CHECK(near(*offset, 33.32, 38.66, 0.05)); // 20 km south of the garrison, not of the United States' centre
}

TEST_CASE("Places: a compass part of a sea with the sea's generic word is the area of that name",
          "[extract][places]") {
    const auto sc = readReport("Two destroyers in the eastern Mediterranean Sea fired 59 Tomahawk missiles.");
    const auto* sea = placeWritten(sc, "eastern Mediterranean Sea");
    REQUIRE(sea);
    CHECK(sea->kind == "sea");
    CHECK(near(*sea, 34.3, 31.5, 1.0)); // the Levantine basin, not a point half the sea's extent east of its label
}

TEST_CASE("Places: a name of several words is the entry of that name, not another that lists it as an alternate",
          "[extract][places]") {
    const auto sc = readReport("Militants fired 200 rockets from the Gaza Strip toward Israel on Monday.");
    const auto* strip = placeWritten(sc, "Gaza Strip");
    REQUIRE(strip);
    CHECK(strip->name == "Gaza Strip");
    CHECK(strip->kind == "admin1"); // the territory, not Gaza city
}

TEST_CASE("Places: an area heading 'city of', 'port of' or 'province of' says where the named place is",
          "[extract][places]") {
    // A report about a U.S.-led defence, so the document's focus leans to the United States, where a town named
    // Jericho also stands (Jericho, New York).
    const auto sc = readReport("U.S. Navy destroyers fired interceptors, the Pentagon said. U.S. officials said U.S. "
                               "forces helped. A man in the West Bank city of Jericho was killed by falling debris.");
    const auto* p = placeWritten(sc, "Jericho");
    REQUIRE(p);
    CHECK(p->country == "PS");
    CHECK(near(*p, 31.87, 35.45, 0.1));
}

TEST_CASE("Places: an Arabic name written with another form of the article or its vowels is still found",
          "[extract][places]") {
    const auto sc = readReport("Iran fired six ballistic missiles at Islamic State targets in Deir el-Zour, Syria, on "
                               "Sunday, and at a camp in Tal al-Qarnoush.");
    const auto* p = placeWritten(sc, "Deir el-Zour"); // the atlas has Deir ez-Zor, also written Dayr az Zawr
    REQUIRE(p);
    CHECK(p->country == "SY");
    CHECK(near(*p, 35.25, 40.2, 0.2));
    CHECK_FALSE(placeWritten(sc, "Tal al-Qarnoush")); // no form of it is in the atlas: nothing is made up
}

TEST_CASE("Places: a place before 'and' is not swallowed by an organisation's name after it", "[extract][places]") {
    const auto sc = readReport("Air Force F-111 bombers flying from bases in England and Navy A-6 aircraft from "
                               "carriers in the Mediterranean struck targets in Tripoli and Benghazi.");
    const auto* p = placeWritten(sc, "England");
    REQUIRE(p);
    CHECK(p->country == "GB");
    const auto org = readReport("The Ministry of Foreign and Commonwealth Affairs condemned the strike on Tripoli.");
    CHECK_FALSE(placeWritten(org, "Foreign"));
    CHECK(placeWritten(org, "Tripoli"));
}

TEST_CASE("Places: an offset in nautical miles is measured in nautical miles", "[extract][places]") {
    const auto sc = readReport("The missile struck a bulk carrier about 50 nautical miles southwest of Aden.");
    const auto* offset = placeWritten(sc, "about 50 nautical miles southwest of Aden");
    REQUIRE(offset);
    CHECK(offset->kind == "sea");
    CHECK(near(*offset, 12.19, 44.44, 0.05)); // 92.6 km at 225 degrees from Aden (12.78 N, 45.04 E)
    REQUIRE(sc.events.size() == 1);
    CHECK(sc.events[0].to == std::vector<std::string>{offset->id});
}

TEST_CASE("Places: 'central and southern Israel' names two parts of Israel", "[extract][places]") {
    const auto sc = readReport("A small number of missiles struck central and southern Israel on Tuesday.");
    const auto* central = placeWritten(sc, "central");
    const auto* south = placeWritten(sc, "southern Israel");
    REQUIRE(central);
    REQUIRE(south);
    CHECK(central->kind == "region");
    CHECK(central->country == "IL");
    CHECK(central->pos.lat > south->pos.lat); // the centre lies north of the south
    REQUIRE(sc.events.size() == 1);
    CHECK(sc.events[0].to.size() == 2);
}

TEST_CASE("Places: 'the country' is the country of the place told just before, not the side that acts",
          "[extract][places]") {
    const auto sc = readReport("Ukraine's air force said Russia fired 38 missiles at targets across the country on "
                               "Saturday, and that air defenses shot down 25 of them.");
    const auto* country = placeWritten(sc, "country");
    REQUIRE(country);
    CHECK(country->name == "Ukraine");
    REQUIRE(!sc.events.empty());
    CHECK(sc.events[0].to == std::vector<std::string>{country->id});
    // A town stands for its country; an adjective of another country does not ("Polish officials").
    const auto town = readReport("Polish officials said no missile crossed the border. In Dnipro, in the center of "
                                 "the country, several missiles hit the city.");
    const auto* inTown = placeWritten(town, "country");
    REQUIRE(inTown);
    CHECK(inTown->country == "UA");
}

TEST_CASE("Places: a kunya ('Abu Nabil') is a person, 'Abu Dhabi' a place", "[extract][places]") {
    const auto sc = readReport("The strike in Derna killed Abu Nabil, the group's leader, officials in Abu Dhabi said.");
    CHECK_FALSE(placeWritten(sc, "Nabil"));
    CHECK(placeWritten(sc, "Abu Dhabi"));
}

TEST_CASE("Places: a sentence opening 'In X, a/an ...' keeps its place", "[extract][places]") {
    // The capitalised preposition and the name before ", an" once looked like a person's name and its apposition.
    const auto sc = readReport("In Kyiv, an airstrike on a family home killed at least seven people, police said.");
    const auto* kyiv = placeWritten(sc, "Kyiv");
    REQUIRE(kyiv);
    CHECK(kyiv->country == "UA");
    REQUIRE(sc.events.size() == 1);
    CHECK(sc.events[0].to == std::vector<std::string>{kyiv->id});
}

TEST_CASE("Places: a town a hundred times smaller than a city of its name takes nothing from the document's focus",
          "[extract][places]") {
    const auto sc = readReport("U.S. warplanes struck Libya on Tuesday. Shultz said the United States had evidence "
                               "tying Libya to the bombing of a discotheque in West Berlin.");
    const auto* berlin = placeWritten(sc, "West Berlin");
    REQUIRE(berlin);
    CHECK(berlin->country == "DE"); // not Berlin, New Hampshire
}

TEST_CASE("Places: the parts of an Arabic name the atlas does not know are no places", "[extract][places]") {
    const auto sc = readReport("U.S. bombers struck the Bab al-Aziziya barracks in Tripoli, Libya, and targets in Deir "
                               "ez-Zor, Syria.");
    CHECK_FALSE(placeWritten(sc, "Bab"));         // not Al Bab, Syria
    CHECK_FALSE(placeWritten(sc, "al-Aziziya"));  // not Al Aziziyah, Iraq
    CHECK(placeWritten(sc, "Tripoli"));
    CHECK(placeWritten(sc, "Deir ez-Zor"));       // a name the atlas knows stays whole
}

TEST_CASE("Places: a camp the atlas does not know is not the city it is named after", "[extract][places]") {
    const auto sc = readReport("Patriot batteries intercepted a missile headed toward Camp Doha, west of Kuwait City, "
                               "and U.S. forces at Camp Lemonnier were on alert.");
    for (const auto& p : sc.places) CHECK(p.country != "QA"); // not Doha, Qatar
    const auto* lemonnier = placeWritten(sc, "Camp Lemonnier");
    REQUIRE(lemonnier); // a camp the atlas knows is found whole
    CHECK(lemonnier->country == "DJ");
}

TEST_CASE("Places: a town's own name beats another city's old name, and a name told once casts no vote for itself",
          "[extract][places]") {
    // Engels (Russia) lists "Pokrovsk" among its former names; the text names the Ukrainian town among others of
    // Ukraine, while Russia, the attacker, is the country named most.
    const auto sc = readReport("Russia fired a barrage of missiles at Ukraine on Monday, Ukrainian officials said. "
                               "Russia said its forces hit military targets. Russia's Defense Ministry denied hitting "
                               "civilians. Russian bombers took part. Missiles also struck Dnipro, Pokrovsk, Kramatorsk "
                               "and Sloviansk.");
    const auto* pokrovsk = placeWritten(sc, "Pokrovsk");
    REQUIRE(pokrovsk);
    CHECK(pokrovsk->country == "UA");
    CHECK(std::abs(pokrovsk->pos.lat - 48.28) < 0.1);
    CHECK(std::abs(pokrovsk->pos.lon - 37.18) < 0.1);
}

TEST_CASE("Places: a name ending in 'Operations' is an organisation's, its words no places", "[extract][places]") {
    const auto sc = readReport("The United Kingdom Maritime Trade Operations center said a missile hit the ship about "
                               "54 nautical miles southwest of Aden.");
    CHECK_FALSE(placeWritten(sc, "Maritime"));       // not Maritime region, Togo
    CHECK_FALSE(placeWritten(sc, "United Kingdom")); // inside the organisation's name
    CHECK(placeWritten(sc, "Aden"));
}

TEST_CASE("Places: 'central' before a large city's name is the city, before a country its central part",
          "[extract][places]") {
    const auto sc = readReport("Missiles struck central Tel Aviv and central Israel on Monday.");
    const auto* city = placeNamed(sc, "Tel Aviv");
    REQUIRE(city);
    CHECK(city->kind == "city");
    CHECK(near(*city, 32.08, 34.78, 0.1));
    const auto* part = placeNamed(sc, "central Israel");
    REQUIRE(part);
    CHECK(part->kind == "region");
}

TEST_CASE("Places: an airport named in the text is the airport, not its town", "[extract][places]") {
    const auto sc = readReport("A Houthi cruise missile struck the arrivals hall of Abha International Airport in "
                               "southwestern Saudi Arabia on Wednesday, wounding 26 civilians.");
    const auto* airport = placeWritten(sc, "Abha International Airport");
    REQUIRE(airport);
    CHECK(airport->kind == "base");
    CHECK(near(*airport, 18.24, 42.66, 0.05));
    REQUIRE(sc.events.size() == 1);
    CHECK(std::find(sc.events[0].to.begin(), sc.events[0].to.end(), airport->id) != sc.events[0].to.end());
}

TEST_CASE("Places: the last word of a vessel's name, after 'the', is the vessel", "[extract][places]") {
    const auto sc = readReport("A jet launched from the aircraft carrier USS Theodore Roosevelt in the Adriatic Sea. "
                               "More than 60 aircraft from Aviano Air Base, Italy, and from the Roosevelt flew in the "
                               "first wave over Bosnia.");
    CHECK_FALSE(placeNamed(sc, "Roosevelt"));
    CHECK(placeWritten(sc, "Adriatic Sea"));
    CHECK(placeWritten(sc, "Bosnia"));
    // A country's name after "the" stays the country even when a vessel's name ends with it.
    const auto korea = readReport("The destroyer USS South Korea sailed. The missile flew over the Korean Peninsula.");
    CHECK(placeWritten(korea, "Korean Peninsula"));
}

TEST_CASE("Places: the airport of a town is the airport the atlas knows by the town's name", "[extract][places]") {
    for (const char* text : {"Houthi rebels fired a missile at the airport in the southwestern Saudi city of Abha.",
                             "Houthi rebels fired a missile at Abha airport.",
                             "Houthi rebels fired a missile at Abha's airport."}) {
        const auto sc = readReport(text);
        const scenario::Place* airport = nullptr;
        for (const auto& p : sc.places)
            if (p.kind == "base") airport = &p;
        REQUIRE(airport);
        CHECK(near(*airport, 18.24, 42.66, 0.05));
        CHECK_FALSE(placeNamed(sc, "Abha")); // the town itself is not read
    }
    // A town with no airport of its name stays the town.
    const auto sc = readReport("Rockets hit the airport road in Sderot.");
    CHECK(placeWritten(sc, "Sderot"));
}

TEST_CASE("Places: 'the Afghan capital' is Kabul, and 'the city where' is the city told before", "[extract][places]") {
    const auto sc = readReport("Zawahiri was killed in a U.S. counterterrorism strike in the Afghan capital over the "
                               "weekend.");
    const auto* kabul = placeNamed(sc, "Kabul");
    REQUIRE(kabul);
    CHECK(near(*kabul, 34.53, 69.17, 0.1));
    const auto named = readReport("The strike hit Kabul. An unmanned aircraft fired two missiles at a house in the city "
                                  "where he had been living.");
    REQUIRE(named.events.size() >= 1);
    for (const auto& e : named.events)
        for (const auto& id : e.to) CHECK(named.place(id)->name == "Kabul");
    // With the name after it, the name is the place: no second reading.
    const auto apposed = readReport("The strike hit the Afghan capital, Kabul, on Sunday.");
    int kabuls = 0;
    for (const auto& p : apposed.places) kabuls += p.name == "Kabul";
    CHECK(kabuls == 1);
}

TEST_CASE("Places: a country's possessive before an Arabic article ends the name ('Yemen's al-Jawf province')",
          "[extract][places]") {
    const auto sc = readReport("An F-16 destroyed the launcher in Yemen's al-Jawf province, about 1,300 kilometers from "
                               "Abu Dhabi.");
    const auto* jawf = placeWritten(sc, "al-Jawf");
    REQUIRE(jawf);
    CHECK(jawf->country == "YE");
    CHECK(jawf->kind == "admin1");
    CHECK(placeWritten(sc, "Yemen"));
    // A name of several words with the article inside stays one unknown name.
    const auto person = readReport("Abu Bakr al-Baghdadi was killed in Syria's Idlib province.");
    CHECK_FALSE(placeNamed(person, "Bakr"));
    CHECK(placeWritten(person, "Idlib"));
}

TEST_CASE("Places: another transliteration after a country's possessive ('Syria's Deir el-Zour province')",
          "[extract][places]") {
    const auto sc = readReport("State media reported attacks around Mayadin in eastern Syria's Deir el-Zour province.");
    const auto* deir = placeWritten(sc, "Deir el-Zour");
    REQUIRE(deir);
    CHECK(deir->country == "SY");
    CHECK(near(*deir, 35.16, 40.28, 0.75));
}

TEST_CASE("Places: an ocean is its water beyond the place named before it, not its label point", "[extract][places]") {
    const auto sc = readReport("North Korea has launched a record number of missiles this year. On Oct. 4, it fired "
                               "an intermediate-range ballistic missile over Japan and into the Pacific Ocean.");
    const auto* pacific = placeWritten(sc, "Pacific Ocean");
    REQUIRE(pacific);
    CHECK(pacific->kind == "sea");
    // East of Japan, not the mid-Pacific label (0, -160)
    const double fromJapan = geodesy::distanceMeters(pacific->pos, {38.5, 139.8});
    CHECK(fromJapan < 1000e3);
    CHECK(fromJapan > 100e3); // water, off the coast
    // An offset told after the ocean says where, and water on the way that is no part of the ocean is no shore.
    const auto offset = readReport("The missile flew over Japan and landed in the Pacific Ocean about 3,200 kilometers "
                                   "east of Japan.");
    for (const auto& p : offset.places)
        if (p.name == "Pacific Ocean") CHECK(geodesy::distanceMeters(p.pos, {38.5, 139.8}) > 2000e3);
}

TEST_CASE("Places: a small town in a list of places or struck by name is read, and a list is no qualifier",
          "[extract][places]") {
    // Gorazde (under 20,000 people in GeoNames) is also a canton's name: after "Sarajevo," it is the list's next
    // item, not the division Sarajevo lies in.
    const auto list = readReport("Jets also hit Serb air defenses near Sarajevo, Gorazde and Mostar.");
    const auto* gorazde = placeWritten(list, "Gorazde");
    REQUIRE(gorazde);
    CHECK(near(*gorazde, 43.67, 18.98, 0.1));
    CHECK(placeWritten(list, "Sarajevo"));
    const auto object = readReport("NATO jets hit Gorazde on Monday.");
    REQUIRE(placeWritten(object, "Gorazde"));
    // A comma and a name that is no place ("Palm Beach, Florida, Trump said") still qualifies the town.
    const auto florida = readReport("Speaking today in Palm Beach, Florida, Trump said the strike was justified.");
    const auto* palm = placeWritten(florida, "Palm Beach, Florida"); // the qualifier joins the mention
    REQUIRE(palm);
    CHECK(palm->country == "US");
    CHECK(near(*palm, 26.71, -80.04, 0.2));
}

TEST_CASE("Places: another romanisation of a town or division of the country the text is about",
          "[extract][places]") {
    // GeoNames writes Dhuusamarreeb and Galguduud; news copy writes Dhusamareb and Galgadud.
    const auto sc = readReport("A U.S. airstrike in Somalia killed a militia leader in Dhusamareb, in the central "
                               "Galgadud region, residents said.");
    const auto* town = placeWritten(sc, "Dhusamareb");
    REQUIRE(town);
    CHECK(town->country == "SO");
    CHECK(near(*town, 5.54, 46.39, 0.1));
    const auto* region = placeWritten(sc, "Galgadud");
    REQUIRE(region);
    CHECK(region->kind == "admin1");
    // Where no place is expected, or in a country the text does not name, an unknown word stays unread.
    const auto person = readReport("Dhusamareb said the strike in Somalia killed a militia leader.");
    CHECK_FALSE(placeWritten(person, "Dhusamareb"));
    const auto elsewhere = readReport("A drone struck a house in Dhusamareb, officials in Kenya said.");
    CHECK_FALSE(placeWritten(elsewhere, "Dhusamareb"));
}

TEST_CASE("Places: a name whose last word the text uses again alone is a person's, though it starts with a place",
          "[extract][places]") {
    const auto sc = readReport("The commander of al-Shabab, Aden Hashi Ayro, has been killed in a U.S. airstrike in "
                               "Somalia. Al-Shabab vowed to avenge Ayro's death.");
    CHECK_FALSE(placeWritten(sc, "Aden"));
    CHECK(placeWritten(sc, "Somalia"));
    // A place's last word used alone is the place again, not a surname ("Tel Aviv ... Aviv" never happens, but a
    // two-word place whose second word the atlas knows alone stays): "Gaza City ... Gaza".
    const auto gaza = readReport("Rockets were fired from Gaza City on Monday. Israel struck Gaza in response.");
    CHECK(placeWritten(gaza, "Gaza City"));
}

TEST_CASE("Places: a named part of a town is inside the town, not a namesake far away", "[extract][places]") {
    const auto sc = readReport("The Taliban confirmed that an airstrike had hit a residential house in the Sherpur area "
                               "of Kabul on July 31.");
    const auto* sherpur = placeWritten(sc, "Sherpur");
    REQUIRE(sherpur);
    CHECK(sherpur->country == "AF"); // not Sherpur, Bangladesh
    CHECK(near(*sherpur, 34.53, 69.17, 0.1));
    // A part the atlas knows near the town keeps its own reading.
    const auto mazzeh = readReport("The strike hit a building in the Mazzeh district of Damascus.");
    const auto* m = placeWritten(mazzeh, "Mazzeh");
    REQUIRE(m);
    CHECK(near(*m, 33.50, 36.25, 0.1));
}

TEST_CASE("Places: a name before a munition modifier is a weapon's only when a munition follows",
          "[extract][places]") {
    const auto sc = readReport("Bombers struck the Fordow and Natanz nuclear sites.");
    const auto* natanz = placeWritten(sc, "Natanz");
    REQUIRE(natanz);
    CHECK(near(*natanz, 33.72, 51.73, 0.2));
    REQUIRE(placeWritten(sc, "Fordow"));
    // "Kalibr cruise missiles": the modifier chain ends in a munition, so the name is the weapon's.
    const auto kalibr = readReport("Russia fired Kalibr cruise missiles at Kyiv.");
    CHECK_FALSE(placeWritten(kalibr, "Kalibr"));
    REQUIRE(placeWritten(kalibr, "Kyiv"));
}
