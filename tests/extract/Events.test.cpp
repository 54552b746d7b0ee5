// The event reader's mechanisms, each on a short made-up report: what a frame takes from its own clause, what the
// discourse carries to it, and what it must never take. Every case fails when its mechanism breaks.
#include "atlas/AtlasFixture.hpp"
#include "extract/Extractor.hpp"

#include <map>
#include <catch2/catch.hpp>

#include <cctype>

using namespace salvo;

namespace {

// A report with a headline and a dated byline.
scenario::Scenario readReport(const std::string& body, const std::string& date = "February 15, 2017") {
    const std::string text = "Strike report\n\nby Test Desk " + date + "\n\n" + body + "\n";
    auto doc = text::parseDocument(text);
    REQUIRE(doc.ok());
    return extract::extractScenario(*doc, test::worldAtlas());
}

std::vector<const scenario::Event*> eventsOfKind(const scenario::Scenario& sc, const std::string& kind) {
    std::vector<const scenario::Event*> out;
    for (const auto& e : sc.events)
        if (e.kind == kind) out.push_back(&e);
    return out;
}

std::string placeName(const scenario::Scenario& sc, const std::string& id) {
    const auto* p = sc.place(id);
    return p ? p->name : std::string{};
}

const scenario::Place* placeNamedIn(const scenario::Scenario& sc, const std::string& name) {
    for (const auto& p : sc.places)
        if (p.name == name) return &p;
    return nullptr;
}

bool targets(const scenario::Scenario& sc, const scenario::Event& e, const std::string& name) {
    for (const auto& id : e.to)
        if (placeName(sc, id).find(name) != std::string::npos) return true;
    return false;
}

bool onDay(const scenario::Event& e, int y, int m, int d) {
    if (!e.time) return false;
    const double day = utcFromParts(y, m, d, 0, 0).unixSeconds;
    return e.time->start.unixSeconds >= day - 1 && e.time->start.unixSeconds < day + 86400;
}

} // namespace

TEST_CASE("Events: a frame with no time of its own takes the time of the sentence that dated the incident",
          "[extract][events]") {
    const auto sc = readReport("U.S. and coalition forces continued to attack ISIS terrorists yesterday, officials "
                               "reported today.\n\nNear Mosul, three strikes destroyed a bridge.");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *strikes[0], "Mosul"));
    CHECK(strikes[0]->count == 3);
    CHECK(onDay(*strikes[0], 2017, 2, 14)); // "yesterday" against 15 February, not the speech's "today"
}

TEST_CASE("Events: frames of different days are different incidents", "[extract][events]") {
    const auto sc = readReport("Russia sent 40 drones toward Kyiv on Monday. Russia sent 45 drones toward Kyiv on "
                               "Saturday.", "January 02, 2023");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 2);
    CHECK(launches[0]->count == 40);
    CHECK(launches[1]->count == 45);
    CHECK(onDay(*launches[0], 2023, 1, 2));
    CHECK(onDay(*launches[1], 2022, 12, 31));
}

TEST_CASE("Events: munitions fired or dropped by aircraft at a target are a strike", "[extract][events]") {
    SECTION("a drone firing missiles") {
        const auto sc = readReport("Officials say the unmanned aircraft fired two missiles at a compound near Miran "
                                   "Shah on Thursday.", "October 13, 2011");
        CHECK(eventsOfKind(sc, "launch").empty());
        const auto strikes = eventsOfKind(sc, "strike");
        REQUIRE(strikes.size() == 1);
        CHECK(strikes[0]->count == 2);
        CHECK(targets(sc, *strikes[0], "Miran"));
    }
    SECTION("bombers dropping bombs, a measure without its unit after the count") {
        const auto sc = readReport("Seven B-2 bombers dropped two 30,000 GBU-57 bombs on a site near Isfahan "
                                   "yesterday, Caine said.", "June 22, 2025");
        const auto strikes = eventsOfKind(sc, "strike");
        REQUIRE(strikes.size() == 1);
        CHECK(strikes[0]->count == 2);
        for (const auto& c : sc.claims) CHECK(c.value != 30000);
    }
    SECTION("jets firing on a facility, with no munition named") {
        const auto sc = readReport("Syrian authorities say Israeli jets fired on a military research facility near "
                                   "Damascus on Wednesday.", "January 30, 2013");
        const auto strikes = eventsOfKind(sc, "strike");
        REQUIRE(strikes.size() == 1);
        CHECK(targets(sc, *strikes[0], "Damascus"));
        CHECK(strikes[0]->actor == "IL");
    }
}

TEST_CASE("Events: engaging drones launched from an area is an intercept and a launch of the same count",
          "[extract][events]") {
    const auto sc = readReport("On Saturday the destroyer, operating in the Red Sea, engaged 14 unmanned aerial "
                               "systems launched from Yemen.", "December 16, 2023");
    const auto intercepts = eventsOfKind(sc, "intercept");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(intercepts.size() == 1);
    REQUIRE(launches.size() == 1);
    CHECK(intercepts[0]->count == 14);
    CHECK(launches[0]->count == 14);
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Yemen");
    CHECK(targets(sc, *intercepts[0], "Red Sea"));
    CHECK(intercepts[0]->related == launches[0]->id);
}

TEST_CASE("Events: a launch that shares its intercept's count flies the counted munition", "[extract][events]") {
    // The nearest munition to "launched" is the uncounted drones; the count, three, is of the cruise missiles.
    const auto sc = readReport("The destroyer USS Carney, operating in the northern Red Sea, shot down three land "
                               "attack cruise missiles and several drones on Thursday that were launched by Houthi "
                               "forces in Yemen.",
                               "October 20, 2023");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 3);
    CHECK(launches[0]->munition.find("cruise missile") != std::string::npos);
}

TEST_CASE("Events: 'all of them were destroyed' counts what was launched", "[extract][events]") {
    const auto sc = readReport("The mayor said Monday that Russia sent 40 drones toward Kyiv overnight and that all "
                               "of them were destroyed.", "January 02, 2023");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->count == 40);
    for (const auto& c : sc.claims) CHECK(c.quantity != "destroyed");
}

TEST_CASE("Events: what did not or may not happen is no event", "[extract][events]") {
    CHECK(readReport("The drone had not violated Iranian airspace at any time.").events.empty());
    CHECK(readReport("Officials warned that Russian planes that cross the border into Turkey could be shot down.")
              .events.empty());
    const auto sc = readReport("The missiles were not launched from Iran but from Iraq, officials said Monday.");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Iraq");
}

TEST_CASE("Events: counts written without a numeral", "[extract][events]") {
    SECTION("a Scud missile") {
        const auto sc = readReport("On February 25, a Scud missile impacted into a barracks in Dhahran, Saudi Arabia.",
                                   "June 05, 1991");
        const auto strikes = eventsOfKind(sc, "strike");
        REQUIRE(strikes.size() == 1);
        CHECK(strikes[0]->count == 1);
        CHECK(targets(sc, *strikes[0], "Dhahran"));
        CHECK(onDay(*strikes[0], 1991, 2, 25));
    }
    SECTION("a missile before a past tense without -ed") {
        const auto sc = readReport("In neighboring Moldova, the Interior Ministry said a missile fell in a field near "
                                   "the northern town of Briceni.", "December 5, 2022");
        const auto crashes = eventsOfKind(sc, "crash");
        REQUIRE(crashes.size() == 1);
        CHECK(crashes[0]->count == 1);
        CHECK(targets(sc, *crashes[0], "Briceni"));
    }
    SECTION("one of the rockets, and no count from 'a missile defense system'") {
        const auto sc = readReport("Two rockets were fired toward Tel Aviv from Gaza on Thursday. The army said a "
                                   "missile defense system intercepted one of the rockets.", "March 14, 2019");
        const auto intercepts = eventsOfKind(sc, "intercept");
        REQUIRE(intercepts.size() == 1);
        CHECK(intercepts[0]->count == 1);
        const auto launches = eventsOfKind(sc, "launch");
        REQUIRE(launches.size() == 1);
        CHECK(launches[0]->count == 2);
        CHECK(intercepts[0]->related == launches[0]->id);
        CHECK(onDay(*intercepts[0], 2019, 3, 14));
    }
}

TEST_CASE("Events: a country that acts is not a target", "[extract][events]") {
    const auto sc = readReport("Officials lauded the U.S. Central Command's strike on a facility near Deir ez-Zor "
                               "used by Iran's Revolutionary Guard on Nov. 8.", "November 09, 2023");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    for (const auto& id : strikes[0]->to) {
        const auto* p = sc.place(id);
        REQUIRE(p);
        CHECK(p->country == "SY");
    }
}

TEST_CASE("Events: a clock time without its day happens on the day the discourse dated", "[extract][events]") {
    const auto sc = readReport("NATO air strikes began March 24 against targets in Serbia.\n\nCruise missiles began "
                               "striking targets throughout Serbia at about 2 p.m. EST, Cohen said.", "March 25, 1999");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE_FALSE(strikes.empty());
    const auto& last = *strikes.back();
    REQUIRE(last.time);
    CHECK(last.time->start == utcFromParts(1999, 3, 24, 19, 0));
}

TEST_CASE("Events: where a launch noun happened is its origin", "[extract][events]") {
    const auto sc = readReport("The launch of a single ballistic missile occurred at a land-based facility near "
                               "Hamhung on Wednesday.", "April 05, 2017");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 1);
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from).find("Hamh") != std::string::npos);
}

TEST_CASE("Events: each place takes the role of its own preposition", "[extract][events]") {
    const auto sc = readReport("Houthi rebels fired two anti-ship ballistic missiles from Yemen into the Gulf of Aden "
                               "on Friday, U.S. Central Command said.", "January 26, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Yemen");
    CHECK(targets(sc, *launches[0], "Gulf of Aden"));
    CHECK(launches[0]->count == 2);
    const auto bases = readReport("Iran fired missiles at U.S. bases in Iraq early Wednesday.", "January 08, 2020");
    const auto atBases = eventsOfKind(bases, "launch");
    REQUIRE(atBases.size() == 1);
    CHECK(atBases[0]->actor == "IR");
    REQUIRE(atBases[0]->to.size() == 1);
    CHECK(placeName(bases, atBases[0]->to[0]) == "Iraq"); // the owner of the bases is not where they are
}

TEST_CASE("Events: missiles that struck a city and were all shot down", "[extract][events]") {
    const auto sc = readReport("Russia struck Kyiv with 18 missiles early Tuesday, Ukraine's air force said, adding "
                               "that all of them were shot down.", "May 16, 2023");
    const auto strikes = eventsOfKind(sc, "strike");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(strikes.size() == 1);
    REQUIRE(intercepts.size() == 1);
    CHECK(strikes[0]->count == 18);
    CHECK(intercepts[0]->count == 18);
    CHECK(intercepts[0]->related == strikes[0]->id);
}

TEST_CASE("Events: forces that destroyed something struck it / a place named before another verb is not its target",
          "[extract][events]") {
    const auto sc = readReport("During a press conference at the Pentagon today, officials said U.S. forces "
                               "destroyed a missile system near Sanaa yesterday.", "September 03, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *strikes[0], "Sanaa"));
    CHECK_FALSE(targets(sc, *strikes[0], "Pentagon"));
    CHECK(onDay(*strikes[0], 2024, 9, 2));
}

TEST_CASE("Events: a launch or strike with no target of its own took place in the country told just before",
          "[extract][events]") {
    const auto sc = readReport("Russia sent 40 drones toward Kyiv overnight, officials in Ukraine said Monday. The "
                               "attack followed a wave on Saturday that included 45 drones.", "January 02, 2023");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 2);
    CHECK((targets(sc, *launches[0], "Kyiv") || targets(sc, *launches[0], "Kiev")));
    REQUIRE(launches[1]->to.size() == 1);
    CHECK(placeName(sc, launches[1]->to[0]) == "Ukraine"); // the country, never the other wave's city
    CHECK(launches[1]->count == 45);
    const bool noted = std::any_of(sc.diagnostics.begin(), sc.diagnostics.end(),
                                   [](const Diagnostic& d) { return d.code == "event.target_from_context"; });
    CHECK(noted);
    SECTION("no country is named: no target is made up") {
        const auto bare = readReport("Russia sent 40 drones toward Kyiv overnight. A wave on Saturday included 45 "
                                     "drones.", "January 02, 2023");
        const auto waves = eventsOfKind(bare, "launch");
        REQUIRE(waves.size() == 2);
        CHECK(waves[1]->to.empty());
    }
}

TEST_CASE("Events: munitions aimed at a place, and munitions from a platform that began the attack",
          "[extract][events]") {
    const auto sc = readReport("Coalition forces launched an operation against Libya today. The ordnance is aimed "
                               "at radars around the capital of Tripoli. Cruise missiles from U.S. submarines began "
                               "the attack on the air defense system.", "March 19, 2011");
    const auto strikes = eventsOfKind(sc, "strike");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *strikes[0], "Tripoli"));
    CHECK(onDay(*strikes[0], 2011, 3, 19)); // dated by the operation's "today", which is no event itself
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->munition.find("cruise") != std::string::npos);
    CHECK(targets(sc, *launches[0], "Libya"));
    CHECK_FALSE(launches[0]->from);
    SECTION("aims that are no munitions' are no event") {
        const auto talk = readReport("The talks are aimed at Tripoli's leaders.", "March 19, 2011");
        CHECK(talk.events.empty());
    }
}

TEST_CASE("Events: 'one or two strikes' is at most two strikes, and no count", "[extract][events]") {
    const auto sc = readReport("Israeli jets struck near Damascus on Wednesday. It remained unclear whether one or "
                               "two separate strikes occurred.", "January 31, 2013");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE_FALSE(strikes.empty());
    for (const auto* s : strikes) CHECK_FALSE(s->count);
    const auto range = std::find_if(sc.claims.begin(), sc.claims.end(), [](const auto& c) { return c.value == 2; });
    REQUIRE(range != sc.claims.end());
    CHECK(range->op == "<=");
    CHECK(range->text.find("one or two") != std::string::npos);
}

TEST_CASE("Events: a launch told as 'an attack of' munitions, and drones named before the verb that launched them",
          "[extract][events]") {
    const auto sc = readReport("On Jan. 9, Houthis launched a complex attack of one-way attack drones and an "
                               "anti-ship missile from Yemen into the Red Sea.", "January 10, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 2); // one per kind listed, each at its own speed
    CHECK(launches[0]->munition.find("drone") != std::string::npos);
    CHECK(launches[1]->munition == "anti-ship missile");
    for (const auto* l : launches) {
        REQUIRE(l->from);
        CHECK(placeName(sc, *l->from) == "Yemen");
        CHECK(targets(sc, *l, "Red Sea"));
    }
    CHECK_FALSE(launches[0]->count); // no numeral for the drones
    CHECK(launches[1]->count == 1);  // "an anti-ship missile": one
    CHECK(eventsOfKind(sc, "strike").empty());
    const auto drones = std::find_if(sc.claims.begin(), sc.claims.end(),
                                     [](const auto& c) { return c.text.find("attack drones") != std::string::npos; });
    CHECK(drones == sc.claims.end()); // no numeral: no claim, and "attack" is no unit of one
    SECTION("the drones Russia launched overnight are launched drones, not an air strike") {
        const auto ua = readReport("Ukraine's air force said it had shot down 12 of the 13 drones Russia launched "
                                   "overnight.", "May 25, 2024");
        const auto l = eventsOfKind(ua, "launch");
        REQUIRE(l.size() == 1);
        CHECK(l[0]->count == 13);
        CHECK(eventsOfKind(ua, "strike").empty());
        const auto shot = eventsOfKind(ua, "intercept");
        REQUIRE(shot.size() == 1);
        CHECK(shot[0]->count == 12); // "12 of the 13": the part shot down, of the set launched
        CHECK(shot[0]->related == l[0]->id);
    }
}

TEST_CASE("Events: places past an apposition keep their role / where a speaker is, is no event place",
          "[extract][events]") {
    const auto sc = readReport("On March 6, Houthi militants fired a missile from Yemen at M/V True Confidence, a "
                               "Barbados-flagged, Liberian-owned bulk carrier, in the Gulf of Aden.", "March 07, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(targets(sc, *launches[0], "Gulf of Aden"));
    CHECK_FALSE(targets(sc, *launches[0], "Barbados"));
    const auto kh = readReport("Russia struck Kharkiv, the second-largest city, in the afternoon, officials in Kyiv "
                               "said.", "May 25, 2024");
    const auto strikes = eventsOfKind(kh, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(kh, *strikes[0], "Kharkiv"));
    CHECK_FALSE(targets(kh, *strikes[0], "Kiev"));
}

TEST_CASE("Events: a local clock time told later makes the event's time finer than its day", "[extract][events]") {
    const auto sc = readReport("North Korea fired a ballistic missile into the sea on Thursday, South Korea's military "
                               "said. The missile was launched from the Pyongyang area at around 7:10 a.m. local time.",
                               "March 16, 2023");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    REQUIRE(launches[0]->time);
    CHECK(launches[0]->time->precision == TimePrecision::Minute);
    CHECK(launches[0]->time->start.unixSeconds == utcFromParts(2023, 3, 15, 22, 10).unixSeconds); // 07:10 KST
}

TEST_CASE("Events: one launch and one intercept per munition type, each with its own count", "[extract][events]") {
    const auto sc = readReport("Russia launched 127 missiles and 109 drones at Ukraine overnight, Zelenskyy said. "
                               "Ukraine's air force said it had destroyed 102 missiles and 99 drones.", "August 26, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(launches.size() == 2);
    REQUIRE(intercepts.size() == 2);
    CHECK(eventsOfKind(sc, "strike").empty()); // destroying munitions in flight is no strike
    for (const auto* i : intercepts) {
        const auto* l = sc.event(i->related);
        REQUIRE(l);
        CHECK(l->munition == i->munition);
        CHECK(*i->count < *l->count);
        CHECK(targets(sc, *l, "Ukraine"));
    }
    CHECK(launches[0]->count == 127);
    CHECK(launches[1]->count == 109);
}

TEST_CASE("Events: a named group right before the trigger is the actor", "[extract][events]") {
    const auto sc = readReport("Iran fired about 180 ballistic missiles at Israel on Tuesday. Hezbollah separately "
                               "fired about 100 rockets into northern Israel on Wednesday.", "October 02, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 2);
    CHECK(launches[0]->actor == "IR");
    CHECK(launches[1]->actor == "Hezbollah");
    const auto plain = readReport("Rockets fired from Gaza hit Tel Aviv on Monday.", "March 26, 2019");
    for (const auto& e : plain.events) CHECK(e.actor.empty()); // a sentence-initial noun is no actor
}

TEST_CASE("Events: a total and its per-ship parts / each ship's launch is its own, toward the total's target",
          "[extract][events]") {
    const auto sc = readReport(
        "U.S., British and French forces launched 105 weapons against three targets in Syria early today, the Pentagon "
        "said.\n\nFrom the Red Sea, the cruiser USS Monterey fired 30 Tomahawk missiles and the destroyer USS Laboon "
        "fired seven. The destroyer USS Higgins, in the North Arabian Gulf, fired 23 Tomahawks. Syria has used "
        "chemical weapons before.",
        "April 14, 2018");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 4);
    CHECK(launches[0]->count == 105);
    CHECK(launches[0]->actor == "US, GB, FR");
    CHECK(launches[1]->count == 30);
    CHECK(launches[2]->count == 7); // "fired seven": the second verb's own count, not a conflict with 30
    CHECK(launches[3]->count == 23);
    for (const auto* l : launches) CHECK(targets(sc, *l, "Syria"));
    REQUIRE(launches[1]->from);
    CHECK(placeName(sc, *launches[1]->from) == "Red Sea");
    REQUIRE(launches[2]->from);
    CHECK(placeName(sc, *launches[2]->from) == "Red Sea");
    CHECK(launches[3]->from);
}

TEST_CASE("Events: per-ship launches in one sentence cut at a semicolon, before the total they add up to",
          "[extract][events]") {
    // 7 + 23 = 30: the third ship's launch is no part of the first's; the fronted "From the Red Sea" stops at ";".
    const auto sc = readReport("From the Red Sea, the USS Monterey fired 30 Tomahawk missiles and the USS Laboon fired "
                               "seven; the USS Higgins, in the North Arabian Gulf, fired 23. A total of 60 Tomahawks "
                               "were launched at targets in Syria.",
                               "April 14, 2018");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 3); // the total is told by its parts
    const int counts[] = {30, 7, 23};
    const char* seas[] = {"Red Sea", "Red Sea", "Persian Gulf"};
    for (size_t i = 0; i < 3; ++i) {
        CHECK(launches[i]->count == counts[i]);
        REQUIRE(launches[i]->from);
        CHECK(placeName(sc, *launches[i]->from).find(seas[i]) != std::string::npos);
        CHECK(targets(sc, *launches[i], "Syria"));
        CHECK_FALSE(targets(sc, *launches[i], "Persian Gulf"));
    }
    CHECK(launches[1]->actor == "USS Laboon");
    // Each clause with a subject of its own has its own side; a clause that drops its subject keeps the sentence's.
    const auto mixed = readReport("In the Mediterranean, the French frigate Languedoc fired three naval cruise "
                                  "missiles, and the submarine USS John Warner fired six Tomahawks.",
                                  "April 14, 2018");
    const auto ships = eventsOfKind(mixed, "launch");
    REQUIRE(ships.size() == 2);
    CHECK(ships[0]->actor == "FR");
    CHECK(ships[1]->actor == "USS John Warner");
    const auto elided = readReport("Russia fired 40 missiles at Kyiv and launched 30 drones at Odesa on Monday.",
                                   "June 4, 2024");
    for (const auto* l : eventsOfKind(elided, "launch")) CHECK(l->actor == "RU");
    // A ship's launch from its own sea is not broken down by other ships' launches from another sea told after it
    // (3 + 6 <= 23): each is a part of the total, flying to its target.
    const auto briefing = readReport(
        "In the North Arabian Gulf, the USS Higgins fired 23 Tomahawks. In the Mediterranean, the French frigate "
        "Languedoc fired three naval cruise missiles, and the submarine USS John Warner fired six Tomahawks. In total, "
        "105 weapons were launched against three targets in Syria.",
        "April 14, 2018");
    const auto parts = eventsOfKind(briefing, "launch");
    REQUIRE(parts.size() == 4);
    for (size_t i = 0; i < 3; ++i) CHECK(targets(briefing, *parts[i], "Syria"));
    CHECK(parts[0]->count == 23);
    CHECK(parts[3]->count == 105);
}

TEST_CASE("Events: a launch without a target delivers the same-day strike told before it, by the same side",
          "[extract][events]") {
    const auto sc = readReport(
        "U.S. forces conducted a cruise missile strike against Shayrat Airfield in Syria at 8:40 p.m. EDT. The strike "
        "targeted aircraft and radars. U.S. forces launched 59 Tomahawk missiles from the destroyers USS Porter and USS "
        "Ross in the eastern Mediterranean Sea.",
        "April 6, 2017");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 59);
    CHECK(targets(sc, *launches[0], "Shayrat"));
    CHECK_FALSE(targets(sc, *launches[0], "Syria")); // the named target, not its country
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from).find("Mediterranean") != std::string::npos);
    // A strike by another side gives nothing: the launch keeps the country the discourse names, at most.
    const auto other = readReport("Israeli jets conducted a missile strike against Shayrat Airfield in Syria on "
                                  "Monday. Iran launched 12 ballistic missiles from Iran on Monday.",
                                  "April 6, 2017");
    for (const auto* l : eventsOfKind(other, "launch")) CHECK_FALSE(targets(other, *l, "Shayrat"));
    // A strike told without its munitions ("conducted a strike") is delivered by the passive launch after it.
    const auto unarmed = readReport("U.S. forces conducted a strike against Shayrat Airfield in Homs province, Syria. "
                                    "Fifty-nine Tomahawk land attack missiles were launched from the USS Porter and "
                                    "USS Ross in the eastern Mediterranean Sea.",
                                    "April 6, 2017");
    const auto delivery = eventsOfKind(unarmed, "launch");
    REQUIRE(delivery.size() == 1);
    CHECK(targets(unarmed, *delivery[0], "Shayrat"));
    CHECK_FALSE(targets(unarmed, *delivery[0], "Syria"));
    // Never a target in the country the launch came from: a strike on Khan Younis is not where rockets from Gaza flew.
    const auto home = readReport("Israeli jets struck targets in Khan Younis on Tuesday. Two rockets were launched "
                                 "from Gaza later that day.",
                                 "June 4, 2024");
    for (const auto* l : eventsOfKind(home, "launch")) CHECK_FALSE(targets(home, *l, "Khan Yunis"));
}

TEST_CASE("Events: attacks launched from a country take it as origin / a negated origin is never one",
          "[extract][events]") {
    const auto sc = readReport("The Sept. 14 attacks on Saudi Aramco facilities at Abqaiq were launched from Iran, a "
                               "U.S. official said.",
                               "September 17, 2019");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Iran");
    CHECK(targets(sc, *launches[0], "Abqaiq"));
    const auto neg = readReport("The drones were not launched from Yemen, the official said.", "September 17, 2019");
    for (const auto& e : neg.events) CHECK_FALSE(e.from);
}

TEST_CASE("Events: a trigger noun naming a site or a formation is no event", "[extract][events]") {
    const auto sc = readReport("U.S. forces struck radar systems and storage and launch sites for drones in Yemen on Friday. A "
                               "carrier strike group sailed in the Red Sea.",
                               "January 12, 2024");
    CHECK(eventsOfKind(sc, "launch").empty());
    CHECK(eventsOfKind(sc, "strike").size() == 1);
}

TEST_CASE("Events: a country heading a command's name is the actor", "[extract][events]") {
    const auto sc = readReport("U.S. Africa Command conducted an airstrike against militants near Jilib, about 60 "
                               "miles northwest of Kismayo, on Nov. 30.",
                               "December 2, 2019");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->actor == "US");
    CHECK(targets(sc, *strikes[0], "Jilib"));
    CHECK_FALSE(targets(sc, *strikes[0], "Kismayo")); // only the reference point of Jilib's distance and bearing
    // With no other place the reference point is the best the text gives.
    const auto alone = readReport("U.S. forces conducted an airstrike about 30 miles north of Kismayo on Nov. 30.",
                                  "December 2, 2019");
    const auto s2 = eventsOfKind(alone, "strike");
    REQUIRE(s2.size() == 1);
    CHECK(targets(alone, *s2[0], "Kismayo"));
    const auto away = readReport("U.S. forces conducted an airstrike 30 miles from Kismayo on Nov. 30.",
                                 "December 2, 2019");
    const auto s3 = eventsOfKind(away, "strike");
    REQUIRE(s3.size() == 1);
    CHECK(targets(away, *s3[0], "Kismayo"));
    CHECK_FALSE(s3[0]->from); // a distance from a place is no origin
}

TEST_CASE("Events: missiles fired at a ship fly to the sea where the sentence puts the ship", "[extract][events]") {
    const auto sc = readReport("The destroyer USS Mason detected two missiles fired from Yemen while operating in the "
                               "Red Sea on Oct. 9.",
                               "October 10, 2016");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 2);
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Yemen");
    CHECK(targets(sc, *launches[0], "Red Sea"));
}

TEST_CASE("Events: an area right after a finer place of its own country only locates it", "[extract][events]") {
    const auto sc = readReport("Eleven missiles hit Ain al-Asad air base in western Iraq and one hit a base in Erbil "
                               "on Wednesday.",
                               "January 8, 2020");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 2); // eleven at one base, one at the other
    CHECK(targets(sc, *strikes[0], "Asad"));
    CHECK(targets(sc, *strikes[1], "Erbil"));
    for (const auto* s : strikes) CHECK_FALSE(targets(sc, *s, "Iraq"));
}

TEST_CASE("Events: origins told through launch sites, an area's status and the agent's place", "[extract][events]") {
    const auto sites = readReport("The missiles were launched from three sites inside Iran on Wednesday.",
                                  "January 8, 2020");
    REQUIRE(sites.events.size() == 1);
    REQUIRE(sites.events[0].from);
    CHECK(placeName(sites, *sites.events[0].from) == "Iran");
    CHECK_FALSE(targets(sites, sites.events[0], "Iran"));
    const auto occupied = readReport("Russia fired two ballistic missiles at Odesa on Friday. The missiles were "
                                     "launched from occupied Crimea, the air force said.",
                                     "March 15, 2024");
    const auto l1 = eventsOfKind(occupied, "launch");
    REQUIRE(l1.size() == 1);
    REQUIRE(l1[0]->from);
    CHECK(placeName(occupied, *l1[0]->from) == "Crimea");
    // The ship that shot them down was in the sea; the launchers were not.
    const auto agent = readReport("Today the USS Carney, operating in the northern Red Sea, shot down three cruise "
                                  "missiles that were launched by Houthi forces in Yemen.",
                                  "October 19, 2023");
    const auto l2 = eventsOfKind(agent, "launch");
    REQUIRE(l2.size() == 1);
    REQUIRE(l2[0]->from);
    CHECK(placeName(agent, *l2[0]->from) == "Yemen");
    CHECK(l2[0]->actor == "Houthi forces");
}

TEST_CASE("Events: a plural reference back with a clock time dates every launch of the incident", "[extract][events]") {
    const auto sc = readReport("U.S. Navy ships in the Arabian Sea launched about 66 Tomahawk cruise missiles at camps "
                               "near Khost, Afghanistan, on Thursday. Two ships in the Red Sea fired 13 Tomahawks at "
                               "a plant in Khartoum, Sudan. The strikes began at about 1:30 p.m. EDT.",
                               "August 20, 1998");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 2);
    for (const auto* l : launches) {
        REQUIRE(l->time);
        CHECK(l->time->precision == TimePrecision::Minute);
        CHECK(l->time->start.unixSeconds == utcFromParts(1998, 8, 20, 17, 30).unixSeconds);
    }
}

TEST_CASE("Events: a launch told in an 'after' clause is its own event with its own actor", "[extract][events]") {
    const auto sc = readReport("Israeli warplanes struck Iranian targets in Syria early Monday, hours after a missile "
                               "was fired from Syria at the Golan Heights.",
                               "January 21, 2019");
    const auto strikes = eventsOfKind(sc, "strike");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(strikes.size() == 1);
    REQUIRE(launches.size() == 1);
    CHECK(strikes[0]->actor == "IL");
    CHECK(targets(sc, *strikes[0], "Syria"));
    CHECK_FALSE(targets(sc, *strikes[0], "Iran")); // whose targets, not where
    CHECK(launches[0]->actor.empty());
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Syria");
    CHECK(targets(sc, *launches[0], "Golan"));
}

TEST_CASE("Events: vague quantities are claims, never counts / a group of terrorists is an actor", "[extract][events]") {
    const auto sc = readReport("Dozens of rockets were fired into northern Israel on Sunday. Houthi terrorists "
                               "launched 37 drones toward the Gulf of Aden on Sunday.",
                               "January 21, 2019");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 2);
    CHECK_FALSE(launches[0]->count);
    bool claimed = false;
    for (const auto& c : sc.claims) claimed |= c.text.find("Dozens") != std::string::npos && c.op == ">=";
    CHECK(claimed);
    CHECK(launches[1]->count == 37);
    CHECK(launches[1]->actor == "Houthi terrorists");
}

TEST_CASE("Events: 'attacked with' munitions from the directions of places / 'destroyed N of them'",
          "[extract][events]") {
    const auto sc = readReport("On the night of March 24, the enemy attacked with 57 Shahed-type attack UAVs from the "
                               "directions of Kursk and Primorsko-Akhtarsk, the air force said. Air defense forces "
                               "destroyed 43 of them over the Kharkiv and Odesa regions.",
                               "March 24, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(launches.size() == 1);
    REQUIRE(intercepts.size() == 1);
    CHECK(launches[0]->count == 57);
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Kursk");
    CHECK(intercepts[0]->count == 43);
    CHECK(eventsOfKind(sc, "strike").empty());
}

TEST_CASE("Events: a heading after an origin is the target, never a second origin", "[extract][events]") {
    const auto sc = readReport("North Korea launched a ballistic missile from the Pyongyang area toward the East Sea "
                               "at 2:55 p.m. Sunday.",
                               "January 14, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Pyongyang");
    CHECK(targets(sc, *launches[0], "Sea of Japan"));
}

TEST_CASE("Events: a name the atlas lacks, qualified by its country, leaves the country as a coarse origin",
          "[extract][events]") {
    const auto sc = readReport("An IRGC surface to air missile was fired from a location in the vicinity of Goruk, "
                               "Iran, on Thursday. At the time of the intercept, the drone was 34 kilometers from the "
                               "Iranian coast.",
                               "June 20, 2019");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Iran");
    for (const auto& e : sc.events)
        if (e.kind == "intercept") CHECK_FALSE(e.from); // "34 kilometers from the Iranian coast" is a distance
}

TEST_CASE("Events: a country's ministry that speaks makes 'its forces' that country's", "[extract][events]") {
    const auto sc = readReport("The Russian Defense Ministry said on Sunday its forces had fired Kalibr cruise missiles "
                               "from ships in the Black Sea at a fuel depot near Kostiantynivka.",
                               "March 20, 2022");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->actor == "RU");
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Black Sea");
}

TEST_CASE("Events: actors settled by the discourse: pronoun subjects, victims who speak, interceptors",
          "[extract][events]") {
    // "they also fired": the side told last.
    const auto pronoun = readReport("Iran's Revolutionary Guards said they had struck a headquarters in Erbil with "
                                    "ballistic missiles late Monday. The Guards said they also fired missiles at "
                                    "targets in Idlib province in Syria.",
                                    "January 16, 2024");
    const auto l1 = eventsOfKind(pronoun, "launch");
    REQUIRE(l1.size() == 1);
    CHECK(l1[0]->actor == "IR");
    // The speaker's country is the target's: it is not the launcher; an intercept by it keeps it.
    const auto victim = readReport("The Israeli military said its air defense system intercepted a surface-to-surface "
                                   "missile fired from the Red Sea area toward Israeli territory on Thursday.",
                                   "November 9, 2023");
    const auto l2 = eventsOfKind(victim, "launch");
    const auto i2 = eventsOfKind(victim, "intercept");
    REQUIRE(l2.size() == 1);
    REQUIRE(i2.size() == 1);
    CHECK(l2[0]->actor.empty());
    CHECK(i2[0]->actor == "IL");
    // The launcher does not intercept its own missiles.
    const auto both = readReport("Russia fired 38 missiles across Ukraine on Saturday, and air defenses shot down 25 of "
                                 "them.",
                                 "January 14, 2023");
    const auto l3 = eventsOfKind(both, "launch");
    const auto i3 = eventsOfKind(both, "intercept");
    REQUIRE(l3.size() == 1);
    REQUIRE(i3.size() == 1);
    CHECK(l3[0]->actor == "RU");
    CHECK(i3[0]->actor != "RU");
    CHECK(i3[0]->count == 25);
}

TEST_CASE("Places: a country named exactly beats a place that lists its name as an alternate", "[extract][events]") {
    const auto sc = readReport("Iran's Revolutionary Guards struck Erbil, the capital of Iraq's Kurdistan region, with "
                               "ballistic missiles late Monday.",
                               "January 16, 2024");
    for (const auto& p : sc.places) CHECK(p.name != "Arak");
}

TEST_CASE("Events: a launch broken down by launch area becomes its parts, each flying to the whole's targets",
          "[extract][events]") {
    // Made-up figures: 20 = 12 + 8, each part with a sea of its own; "12 of the missiles" is a part of the set.
    const auto sc = readReport("Navy ships fired 20 Tomahawk cruise missiles at an airfield near Homs on Tuesday. The "
                               "destroyer USS Example, sailing in the Red Sea, launched 12 of the missiles, and the "
                               "cruiser USS Sample fired eight from the Persian Gulf.");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 2); // the whole its parts add up to leaves
    int total = 0;
    for (const auto* e : launches) {
        CHECK(targets(sc, *e, "Homs"));
        CHECK(onDay(*e, 2017, 2, 14));
        CHECK(e->munition.find("omahawk") != std::string::npos); // "of the missiles": of the Tomahawks told before
        total += e->count.value_or(0);
    }
    CHECK(total == 20);
    const bool redSea12 = placeName(sc, launches[0]->from.value_or("")) == "Red Sea" && launches[0]->count == 12;
    const bool gulf8 = placeName(sc, launches[1]->from.value_or("")) == "Persian Gulf" && launches[1]->count == 8;
    CHECK(redSea12);
    CHECK(gulf8);
    for (const auto* e : launches) CHECK_FALSE(targets(sc, *e, "Sea")); // a launch area is never a target
}

TEST_CASE("Events: parts that do not add up to the whole keep it / a launch area belongs to its own clause",
          "[extract][events]") {
    const auto sc = readReport("Allied forces launched 90 weapons against two depots near Homs on Tuesday. Two "
                               "bombers flying from Qatar fired 30 cruise missiles, and the cruiser USS Sample in the "
                               "Red Sea fired 25 Tomahawks.");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 3);
    CHECK(launches[0]->count == 90);
    CHECK_FALSE(launches[0]->from.has_value());
    // Qatar is where the bombers flew from, the Red Sea where the cruiser sailed: neither crosses the comma.
    CHECK(placeName(sc, launches[1]->from.value_or("")) == "Qatar");
    CHECK(placeName(sc, launches[2]->from.value_or("")) == "Red Sea");
    for (const auto* e : launches) {
        CHECK(targets(sc, *e, "Homs"));
        CHECK_FALSE(targets(sc, *e, "Red Sea"));
    }
    // "bombers ... fired 30 cruise missiles": a stand-off weapon's firing is a launch, not an air strike.
    CHECK(launches[1]->munition.find("cruise") != std::string::npos);
}

TEST_CASE("Events: 'the missiles hit X' is the impact of the launch told before, on the launch's side",
          "[extract][events]") {
    const auto sc = readReport("Rebel forces fired 12 cruise missiles at targets in western Syria on Tuesday. The "
                               "missiles hit radar sites near Latakia and Tartus.");
    const auto launches = eventsOfKind(sc, "launch");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(launches.size() == 1);
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *launches[0], "western Syria")); // the launch keeps what its own sentence says
    CHECK(targets(sc, *strikes[0], "Latakia"));
    CHECK(targets(sc, *strikes[0], "Tart")); // GeoNames spells it "Tartouss"
    CHECK(strikes[0]->actor == launches[0]->actor);
    CHECK(strikes[0]->munition.find("cruise") != std::string::npos);
    CHECK(onDay(*strikes[0], 2017, 2, 14));
    // One that names no place is the impact at the launch's targets: "16 of the missiles hit the compound".
    const auto part = readReport("Warships fired 20 cruise missiles at a compound in Baghdad on Tuesday. Officials "
                                 "said 16 of the missiles hit the compound.");
    const auto partLaunches = eventsOfKind(part, "launch");
    const auto partStrikes = eventsOfKind(part, "strike");
    REQUIRE(partLaunches.size() == 1);
    REQUIRE(partStrikes.size() == 1);
    CHECK(partLaunches[0]->count == 20);
    CHECK(partStrikes[0]->count == 16);
    CHECK(partStrikes[0]->related == partLaunches[0]->id);
    CHECK(targets(part, *partStrikes[0], "Baghdad"));
}

TEST_CASE("Events: parts of a salvo aimed at or striking places / 'the capital, X' is X", "[extract][events]") {
    const auto sc = readReport("Rebels fired six ballistic missiles at Saudi Arabia on Tuesday, the coalition said. "
                               "Two of the missiles were aimed at the capital, Riyadh. The other missiles targeted "
                               "Najran and Jizan.");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 6);
    // Aimed at: where the launch went (whether they hit is not told); targeted: the salvo's impacts.
    bool riyadh = targets(sc, *launches[0], "Riyadh"), najran = false, jizan = false;
    for (const auto* e : eventsOfKind(sc, "strike")) {
        CHECK_FALSE(targets(sc, *e, "Riyadh"));
        najran |= targets(sc, *e, "Najran");
        jizan |= targets(sc, *e, "Jizan");
        CHECK(e->munition.find("ballistic") != std::string::npos); // the salvo's munitions, not a new salvo
    }
    CHECK(riyadh);
    CHECK(najran);
    CHECK(jizan);
}

TEST_CASE("Events: a list of ships in a sea is one launch platform / 'The targets included' is a strike",
          "[extract][events]") {
    const auto sc = readReport("Allied ships launched 40 cruise missiles against air defense sites in Libya on "
                               "Tuesday. The targets included radar sites near Tripoli and Misrata. The missiles were "
                               "fired from the USS Example, HMS Sample, and two submarines in the Mediterranean Sea.");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(placeName(sc, launches[0]->from.value_or("")) == "Mediterranean Sea");
    CHECK_FALSE(targets(sc, *launches[0], "Mediterranean"));
    // What the targets included is what the strike hit, as an event of its own.
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *strikes[0], "Tripoli"));
    CHECK(targets(sc, *strikes[0], "Misrat"));
}

TEST_CASE("Events: an organisation's acronym heading an actor noun acts, not a plane told of", "[extract][events]") {
    const auto sc = readReport("Later, NATO aircraft struck radar sites near Banja Luka on Tuesday.");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->actor == "NATO");
    const auto told = readReport("Officials denied reports that a NATO plane had been shot down near Banja Luka on "
                                 "Tuesday.");
    for (const auto& e : told.events) CHECK(e.actor != "NATO");
}

TEST_CASE("Events: a place in the launchers' phrase is the origin / one in an interceptor's phrase is no target",
          "[extract][events]") {
    const auto sc = readReport("Militants in Gaza fired 40 rockets at Ashkelon on Tuesday. Most of the rockets were "
                               "intercepted by Israeli batteries and by U.S. destroyers in the eastern Mediterranean.");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(placeName(sc, launches[0]->from.value_or("")) == "Gaza");
    CHECK(targets(sc, *launches[0], "Ash"));
    for (const auto& e : sc.events) CHECK_FALSE(targets(sc, e, "Mediterranean"));
}

TEST_CASE("Events: an intent to launch is no launch / a cause 'in retaliation for' is another incident",
          "[extract][events]") {
    const auto sc = readReport("U.S. forces struck a cruise missile in Houthi-controlled areas of Yemen on Tuesday. "
                               "The missile was prepared to launch against ships in the Red Sea.");
    CHECK(eventsOfKind(sc, "launch").empty());
    for (const auto& e : sc.events) CHECK_FALSE(targets(sc, e, "Red Sea"));
    const auto began = readReport("Rebels began to fire rockets at Ashkelon on Tuesday.");
    CHECK(eventsOfKind(began, "launch").size() == 1);
    const auto cause = readReport("Israel carried out airstrikes on military targets in Iran on Tuesday in "
                                  "retaliation for Iran's missile attack on Israel, the military said.");
    const auto strikes = eventsOfKind(cause, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(cause, *strikes[0], "Iran"));
    CHECK_FALSE(targets(cause, *strikes[0], "Israel"));
}

TEST_CASE("Events: a sponsor's compound before the target's place does not end its phrase", "[extract][events]") {
    for (const std::string sponsor : {"Iranian-backed", "Iran-supported", "Saudi-led"}) {
        const auto sc = readReport("U.S. and U.K. forces conducted strikes on 8 Houthi targets in " + sponsor +
                                       " Houthi-controlled areas of Yemen.",
                                   "January 22, 2024");
        const auto strikes = eventsOfKind(sc, "strike");
        REQUIRE(strikes.size() == 1);
        CHECK(targets(sc, *strikes[0], "Houthi-controlled Yemen"));
    }
}

TEST_CASE("Events: 'its air defenses' after the speaker are the speaker's side", "[extract][events]") {
    const auto sc = readReport("Russia launched 90 missiles and 60 drones at Ukraine overnight, Ukraine's air force "
                               "said, adding that its air defenses shot down 76 missiles and 59 drones.",
                               "March 22, 2024");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 2);
    for (const auto* e : intercepts) CHECK(e->actor == "UA"); // not Russia, whose launch they downed
    for (const auto* e : eventsOfKind(sc, "launch")) CHECK(e->actor == "RU");
    // A group speaking of its own fighters is the actor, as when it says "it fired".
    const auto group = readReport("Hamas said its fighters fired 20 rockets at Ashkelon.", "May 10, 2021");
    const auto launches = eventsOfKind(group, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->actor == "Hamas");
}

TEST_CASE("Events: 'X said it had destroyed' is the speaker, not the side told last", "[extract][events]") {
    const auto sc = readReport("Russia launched 40 missiles at Ukraine on Tuesday. The air force said it had "
                               "destroyed 30 missiles.");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->actor != "RU");
    CHECK(intercepts[0]->count == 30);
}

TEST_CASE("Events: a report the text calls false tells no event / 'at the time of the intercept' refers back",
          "[extract][events]") {
    const auto sc = readReport("A drone was shot down over the Strait of Hormuz by a surface to air missile fired "
                               "from Iran on Tuesday. Iranian reports that the drone was shot down over Oman are "
                               "categorically false. At the time of the intercept, the drone was 30 kilometers from "
                               "the coast of Iran.");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(targets(sc, *intercepts[0], "Hormuz"));
    for (const auto& e : sc.events) CHECK_FALSE(targets(sc, e, "Oman"));
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->munition == "surface-to-air missile"); // the spaced compound is the catalogue's modifier
    // Without the denial the report is an event of its own.
    const auto plain = readReport("Iranian officials said that the drone was shot down over Oman on Tuesday.");
    REQUIRE(eventsOfKind(plain, "intercept").size() == 1);
    CHECK(targets(plain, *eventsOfKind(plain, "intercept")[0], "Oman"));
}

TEST_CASE("Events: '<demonym> militants' and a name opening the sentence act / a place flown over is no target / "
          "'cannot intercept' is no intercept",
          "[extract][events]") {
    const auto militants = readReport("Palestinian militants fired 20 rockets at Israel on Monday.");
    REQUIRE(eventsOfKind(militants, "launch").size() == 1);
    CHECK(eventsOfKind(militants, "launch")[0]->actor == "Palestinian militants"); // a group, not the state
    const auto forces = readReport("Palestinian forces fired 20 rockets at Israel on Monday.");
    CHECK(eventsOfKind(forces, "launch")[0]->actor == "PS");
    const auto named = readReport("Hezbollah fired 20 rockets at Israel on Monday.");
    CHECK(eventsOfKind(named, "launch")[0]->actor == "Hezbollah");
    const auto possessive = readReport("Russia fired 20 missiles at Kyiv on Monday. Monday's strike killed two.");
    for (const auto& e : possessive.events) CHECK(e.actor != "Monday's");

    const auto over = readReport("North Korea fired a missile from Jagang province on Tuesday. Japan said the "
                                 "missile passed over Aomori prefecture and landed in the Pacific Ocean.");
    const auto launches = eventsOfKind(over, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(targets(over, *launches[0], "Pacific"));
    CHECK_FALSE(targets(over, *launches[0], "Aomori"));
    for (const auto* c : eventsOfKind(over, "crash")) CHECK_FALSE(targets(over, *c, "Aomori"));

    const auto cannot = readReport("Russia fired six Kinzhal missiles at Kyiv on Thursday, which Ukraine cannot "
                                   "intercept.");
    CHECK(eventsOfKind(cannot, "intercept").empty());
}

TEST_CASE("Events: a clause coordinated with a subject of its own tells another event", "[extract][events]") {
    const auto sc = readReport("Palestinian militants fired 200 rockets toward Israel on Monday, the military said, "
                               "and Israel responded with airstrikes on militant targets in Gaza.");
    const auto launches = eventsOfKind(sc, "launch");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(launches.size() == 1);
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *launches[0], "Israel"));
    CHECK(targets(sc, *strikes[0], "Gaza"));
    CHECK(strikes[0]->actor == "IL");
    // Without a subject of its own the strike verb is the launch reaching its target.
    const auto same = readReport("Militants fired 200 rockets toward Israel on Monday, and struck Ashkelon.");
    CHECK(eventsOfKind(same, "strike").empty());
}

TEST_CASE("Events: a bare plural of munitions opening a sentence after their launch is its impact",
          "[extract][events]") {
    const auto sc = readReport("Russia launched 81 missiles at cities across Ukraine overnight, officials said. "
                               "Missiles struck energy facilities in Kharkiv and Odesa.");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->actor == "RU"); // the launch's side
    CHECK(strikes[0]->related == eventsOfKind(sc, "launch")[0]->id);
    CHECK(targets(sc, *strikes[0], "Kharkiv"));
}

TEST_CASE("Events: soldiers killed in an attack did not carry it out / a border near the target only locates it / "
          "a compass part of a country is that country's",
          "[extract][events]") {
    const auto sc = readReport("On January 28, three U.S. soldiers were killed during a drone attack on a base in "
                               "northeast Jordan near the Syrian border.");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->actor != "US");
    REQUIRE(strikes[0]->to.size() == 1);
    const auto* target = sc.place(strikes[0]->to[0]);
    REQUIRE(target);
    CHECK(target->country == "JO"); // not Jordan, Minnesota, under the document's focus on the United States
    CHECK(target->kind == "region");
    CHECK_FALSE(targets(sc, *strikes[0], "Syria"));
    // The same words as the attackers' stay the actor.
    const auto actor = readReport("On January 28, U.S. aircraft struck a base in northeast Syria.");
    REQUIRE(eventsOfKind(actor, "strike").size() == 1);
    CHECK(eventsOfKind(actor, "strike")[0]->actor == "US");
}

TEST_CASE("Events: a country in the possessive before a finer place of its own only says whose it is",
          "[extract][events]") {
    const auto sc = readReport("Russia attacked overnight with 23 drones launched from Russia's Kursk region.");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    REQUIRE(launches[0]->from);
    CHECK(sc.place(*launches[0]->from)->kind == "admin1");
    CHECK(placeName(sc, *launches[0]->from).find("Kursk") != std::string::npos);
    const auto hit = readReport("Russian missiles struck Ukraine's Kharkiv region on Monday.");
    const auto strikes = eventsOfKind(hit, "strike");
    REQUIRE(strikes.size() == 1);
    REQUIRE(strikes[0]->to.size() == 1);
    CHECK(placeName(hit, strikes[0]->to[0]).find("Kharkiv") != std::string::npos);
}

TEST_CASE("Events: the munitions of a strike told first are launched from where the next sentence says",
          "[extract][events]") {
    SECTION("the launch flies to the strike's target with its count; the strike is its impact") {
        const auto sc = readReport("Three rockets struck near the airport in Ashdod on Friday, the army said. "
                                   "The rockets were fired from Gaza, the statement said.");
        const auto launches = eventsOfKind(sc, "launch");
        REQUIRE(launches.size() == 1);
        CHECK(placeName(sc, *launches[0]->from) == "Gaza");
        CHECK(targets(sc, *launches[0], "Ashdod"));
        CHECK(launches[0]->count == 3);
        CHECK(launches[0]->sentences == std::vector<int>{0, 1}); // the count's sentence is evidence too
        const auto strikes = eventsOfKind(sc, "strike");
        REQUIRE(strikes.size() == 1);
        CHECK(strikes[0]->related == launches[0]->id);
    }
    SECTION("after a launch of the same munitions, 'the missiles' is that launch, not the strikes") {
        const auto sc = readReport("Iran fired 16 ballistic missiles at two bases in Iraq early Wednesday. Eleven "
                                   "missiles hit Ain al-Asad air base and one hit a base in Erbil. The missiles were "
                                   "launched from three sites inside Iran.");
        for (const auto* l : eventsOfKind(sc, "launch")) CHECK((!l->count || *l->count == 16));
    }
}

TEST_CASE("Events: where the aircraft or ship that fired was is the launch's origin, not a flight of the munition",
          "[extract][events]") {
    SECTION("the agent of a passive, flying over a region") {
        const auto sc = readReport("The air force said the missile was fired by a Tu-22M3 bomber flying over the "
                                   "Kursk region of Russia.");
        const auto launches = eventsOfKind(sc, "launch");
        REQUIRE(launches.size() == 1);
        REQUIRE(launches[0]->from);
        CHECK(placeName(sc, *launches[0]->from) == "Kursk Oblast");
        CHECK(eventsOfKind(sc, "flight").empty());
    }
    SECTION("'from' bombers over a sea, and a munition that did fly over a country") {
        const auto sc = readReport("The cruise missiles were launched from Tu-95 bombers flying over the Caspian Sea "
                                   "at Kyiv. Two of the missiles flew over Moldova.");
        const auto launches = eventsOfKind(sc, "launch");
        REQUIRE(launches.size() == 1);
        REQUIRE(launches[0]->from);
        CHECK(placeName(sc, *launches[0]->from) == "Caspian Sea");
        CHECK(targets(sc, *launches[0], "Kiev"));
        const auto flights = eventsOfKind(sc, "flight");
        REQUIRE(flights.size() == 1);
        CHECK(targets(sc, *flights[0], "Moldova"));
    }
}

TEST_CASE("Events: a ship struck in a sea makes that sea the target / a merchant ship's name is no place",
          "[extract][events]") {
    const auto sc = readReport("Houthi militants fired one anti-ship ballistic missile and struck the M/V Marlin "
                               "Luanda, a British-operated oil tanker, in the Gulf of Aden.");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(targets(sc, *launches[0], "Gulf of Aden"));
    const auto plain = readReport("A missile struck the M/V Marlin Luanda in the Gulf of Aden on Friday.");
    for (const auto* s : {&sc, &plain})
        for (const auto& p : s->places) CHECK(p.name != "Luanda"); // the tanker, not Angola's capital
}

TEST_CASE("Events: launches set against each other, whose cities, passive reports and passive agents",
          "[extract][events]") {
    SECTION("'..., while drones were launched from X' is a second launch with its own munition and origin") {
        const auto sc = readReport("Russia launched 30 cruise missiles and 40 drones against Ukrainian cities "
                                   "overnight. Bombers fired the cruise missiles from over the Caspian Sea, while "
                                   "Shahed drones were launched from Russia's Kursk region.");
        const auto launches = eventsOfKind(sc, "launch");
        REQUIRE(launches.size() == 2);
        for (const auto* l : launches) {
            REQUIRE(l->from);
            CHECK(targets(sc, *l, "Ukraine")); // "against Ukrainian cities"
            if (l->count == 30) CHECK(placeName(sc, *l->from) == "Caspian Sea");
            if (l->count == 40) CHECK(placeName(sc, *l->from) == "Kursk Oblast");
        }
    }
    SECTION("'Strikes were reported in X': nobody speaks, the strikes were there") {
        const auto sc = readReport("Strikes were reported in Kyiv and Lviv on Friday.");
        const auto strikes = eventsOfKind(sc, "strike");
        REQUIRE(strikes.size() == 1);
        CHECK(targets(sc, *strikes[0], "Kiev"));
    }
    SECTION("the defender's air defenses intercept what the passive agent right after 'fired' launched") {
        const auto sc = readReport("Saudi air defenses intercepted seven ballistic missiles fired by Yemen's Houthi "
                                   "rebels late Sunday.");
        const auto intercepts = eventsOfKind(sc, "intercept");
        const auto launches = eventsOfKind(sc, "launch");
        REQUIRE(intercepts.size() == 1);
        REQUIRE(launches.size() == 1);
        CHECK(intercepts[0]->actor == "SA");
        CHECK(launches[0]->actor == "Houthi rebels"); // the group the possessive names, not the state
    }
}

TEST_CASE("Events: 'land attack' written without its hyphen is the modifier 'land-attack'", "[extract][events]") {
    const auto sc = readReport("Tomahawk land attack missiles were launched from surface ships in the Red Sea at "
                               "Houthi targets in Yemen.");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->munition == "tomahawk land-attack missile"); // as the hyphenated spelling reads
    SECTION("counted after the verb, and delivering the strike told before") {
        // The count's noun is the missiles, not the weapon's name before "land attack"; so the launch is the
        // delivery of the missile strike on the airfield and flies there, not just to the country.
        const auto shayrat = readReport("U.S. forces conducted a missile strike against Shayrat Airfield in Syria on "
                                        "April 6. The destroyers USS Porter and USS Ross fired 59 Tomahawk land "
                                        "attack missiles from the eastern Mediterranean Sea.",
                                        "April 7, 2017");
        const auto fired = eventsOfKind(shayrat, "launch");
        REQUIRE(fired.size() == 1);
        CHECK(fired[0]->count == 59);
        CHECK(fired[0]->munition == "tomahawk land-attack missile");
        CHECK(targets(shayrat, *fired[0], "Shayrat"));
        for (const auto& c : shayrat.claims)
            if (c.value == 59) CHECK(c.unit == "missile");
    }
}

TEST_CASE("Events: 'the missile' is one, and names the launch told before whoever reports it",
          "[extract][events]") {
    SECTION("a definite singular munition subject counts one; a mass noun does not") {
        const auto sc = readReport("Houthi militants fired one anti-ship cruise missile from Yemen toward the Red "
                                   "Sea on Tuesday. The missile was shot down by USS Gravely.");
        const auto intercepts = eventsOfKind(sc, "intercept");
        REQUIRE(intercepts.size() == 1);
        CHECK(intercepts[0]->count == 1);
        const auto mass = readReport("The ordnance is aimed at radars around Tripoli and Misrata on Saturday.");
        for (const auto& e : mass.events) CHECK_FALSE(e.count);
    }
    SECTION("the speaker's country does not keep 'the missile was launched' apart from the launch") {
        const auto sc = readReport("North Korea fired an intercontinental ballistic missile on Friday that landed in "
                                   "the sea, Japan's defense minister said. South Korea's Joint Chiefs of Staff said "
                                   "the missile was launched from the Sunan area of Pyongyang.");
        const auto launches = eventsOfKind(sc, "launch");
        REQUIRE(launches.size() == 1);
        CHECK(launches[0]->actor == "KP");
        REQUIRE(launches[0]->from);
        CHECK(placeName(sc, *launches[0]->from) == "Sunan");
    }
}

TEST_CASE("Events: a finer origin in the same country refines the launch / another incident's time does not date it",
          "[extract][events]") {
    const auto sc = readReport("Iran's Revolutionary Guards fired six ballistic missiles from western Iran at targets "
                               "in eastern Syria on Sunday, June 18. The Guards said the missiles were launched from "
                               "the Kermanshah and Kurdistan provinces in retaliation for attacks in Tehran earlier "
                               "this month.",
                               "June 18, 2017");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Kermanshah Province");
    CHECK(onDay(*launches[0], 2017, 6, 18));
    REQUIRE(launches[0]->time);
    CHECK(launches[0]->time->precision == TimePrecision::Day); // not the month of "earlier this month"
}

TEST_CASE("Events: a country coordinated with a demonym before a ship noun says whose ships, not where they were",
          "[extract][events]") {
    const auto sc = readReport("Cruise missiles launched from U.S. and British ships in the Adriatic Sea hit targets "
                               "near Belgrade on Thursday.");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Adriatic Sea");
    const auto* us = placeNamedIn(sc, "United States");
    REQUIRE(us);
    CHECK(us->mentions.at(0).role == "modifier");
}

TEST_CASE("Events: counts that stand alone, temporal clauses, an origin per munition, a definite repeated count",
          "[extract][events]") {
    SECTION("'and one fell into the Persian Gulf' is a crash of one of the munitions told") {
        const auto sc = readReport("Iraq fired 10 Scud missiles at Saudi Arabia late Sunday. Patriot missiles "
                                   "intercepted nine of them over Riyadh and Dhahran, and one fell into the Persian Gulf.");
        const auto crashes = eventsOfKind(sc, "crash");
        REQUIRE(crashes.size() == 1);
        CHECK(crashes[0]->count == 1);
        CHECK(targets(sc, *crashes[0], "Persian Gulf"));
        const auto intercepts = eventsOfKind(sc, "intercept");
        REQUIRE(intercepts.size() == 1);
        CHECK_FALSE(targets(sc, *intercepts[0], "Persian Gulf"));
    }
    SECTION("'a day after ...' tells another incident, a strike of its own, whose places are not the strike's") {
        const auto sc = readReport("Israeli fighter jets struck the port of Hodeidah in Yemen on Saturday, a day after "
                                   "a Houthi drone attack killed one person in Tel Aviv, the military said.");
        const auto strikes = eventsOfKind(sc, "strike");
        REQUIRE(strikes.size() == 2);
        const bool israeliFirst = strikes[0]->actor == "IL";
        const auto& jets = *strikes[israeliFirst ? 0 : 1];
        const auto& drone = *strikes[israeliFirst ? 1 : 0];
        CHECK(jets.actor == "IL");
        CHECK(targets(sc, jets, "Hudaydah"));
        CHECK_FALSE(targets(sc, jets, "Tel Aviv"));
        CHECK(jets.munition.empty()); // the drone is the other incident's
        CHECK(drone.actor == "Houthi");
        CHECK(drone.munition == "drone");
        CHECK(targets(sc, drone, "Tel Aviv"));
        CHECK_FALSE(targets(sc, drone, "Hudaydah"));
    }
    SECTION("a launch told after two incidents of one sentence flies at the one of its own munition") {
        const auto sc = readReport("Israeli fighter jets struck the port of Hodeidah in Yemen on Saturday, a day after "
                                   "a Houthi drone attack killed one person in Tel Aviv. The drone was launched from "
                                   "Yemen and flew for hours, the military said.");
        const auto launches = eventsOfKind(sc, "launch");
        REQUIRE(launches.size() == 1);
        CHECK(targets(sc, *launches[0], "Tel Aviv"));
        CHECK_FALSE(targets(sc, *launches[0], "Yemen")); // was its own origin, taken from the jets' strike
    }
    SECTION("each munition of a sentence takes the origin written in its own phrase") {
        const auto sc = readReport("Russia attacked Ukraine with 22 Shahed drones launched from Russia's Kursk region "
                                   "and with two Iskander-M ballistic missiles fired from occupied Crimea. The two "
                                   "missiles hit port infrastructure in Odesa region.");
        const auto launches = eventsOfKind(sc, "launch");
        REQUIRE(launches.size() == 2);
        for (const auto* l : launches) {
            REQUIRE(l->from);
            CHECK(placeName(sc, *l->from) == (l->count == 22 ? "Kursk Oblast" : "Crimea"));
        }
        const auto strikes = eventsOfKind(sc, "strike");
        REQUIRE(strikes.size() == 1);
        const auto* missiles = launches[0]->count == 2 ? launches[0] : launches[1];
        CHECK(strikes[0]->related == missiles->id); // the impact of the missiles' launch
    }
}

TEST_CASE("Events: an aircraft's designation names one aircraft / 'the aircraft' counts the one that fell",
          "[extract][events]") {
    const auto sc = readReport("A U.S. Navy RQ-4 was flying over the Strait of Hormuz when it was shot down by an "
                               "Iranian surface to air missile on Thursday. The aircraft was over the Strait of Hormuz "
                               "and fell into international waters.");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->count == 1); // the RQ-4
    const auto crashes = eventsOfKind(sc, "crash");
    REQUIRE(crashes.size() == 1);
    CHECK(crashes[0]->count == 1);
    // Before another noun a designation is a modifier: the aircraft are counted by the noun, the bombs by theirs.
    const auto raid = readReport("Two F-117 stealth fighters dropped four 2,000-pound bombs on a compound in Baghdad.");
    const auto strikes = eventsOfKind(raid, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->count == 4);
}

TEST_CASE("Events: firing interceptors is an intercept, and the defenders' place is no origin of the attack",
          "[extract][events]") {
    const auto sc = readReport("Iran fired about 180 ballistic missiles at Israel on Tuesday evening, the military "
                               "said. Two U.S. Navy destroyers in the eastern Mediterranean fired about a dozen "
                               "interceptors, the Pentagon said.");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->munition == "ballistic missile");
    CHECK_FALSE(launches[0]->from); // not the destroyers' sea: the text gives no launch area
    CHECK(eventsOfKind(sc, "intercept").size() == 1);
}

TEST_CASE("Events: 'both missiles' are two of those told / a participle after a target says where the target is",
          "[extract][events]") {
    SECTION("'Both missiles were fired from X' counts two and tells the launch") {
        const auto sc = readReport("The destroyer detected two inbound missiles on Saturday. Both missiles were fired "
                                   "from Houthi-controlled territory in Yemen.");
        const auto launches = eventsOfKind(sc, "launch");
        REQUIRE(launches.size() == 1);
        CHECK(launches[0]->count == 2);
        const auto later = readReport("The destroyer USS Mason detected two missiles fired from Yemen while operating "
                                      "in the Red Sea on Saturday. Both missiles impacted the water before reaching "
                                      "the ship.");
        CHECK(eventsOfKind(later, "strike").empty()); // "both" refers back: no new event without a place
    }
    SECTION("'infrastructure utilized by militant groups in eastern Syria': the strike's target") {
        const auto sc = readReport("U.S. military forces earlier this evening conducted airstrikes against "
                                   "infrastructure utilized by Iranian-backed militant groups in eastern Syria.");
        const auto strikes = eventsOfKind(sc, "strike");
        REQUIRE(strikes.size() == 1);
        CHECK(targets(sc, *strikes[0], "eastern Syria"));
    }
}

TEST_CASE("Events: a launch with no target flew at the ship the sentence before puts in a sea", "[extract][events]") {
    const auto sc = readReport("The destroyer USS Mason employed countermeasures after detecting two inbound missiles "
                               "while operating in the Red Sea on Saturday. Both missiles were fired from "
                               "Houthi-controlled territory in Yemen.");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(targets(sc, *launches[0], "Red Sea"));
    CHECK(launches[0]->sentences == std::vector<int>{0, 1});
    // Without a ship the sea is only where something else happened.
    const auto noShip = readReport("Fishermen were working in the Red Sea on Saturday. Two missiles were fired from "
                                   "Houthi-controlled territory in Yemen.");
    for (const auto* l : eventsOfKind(noShip, "launch")) CHECK_FALSE(targets(noShip, *l, "Red Sea"));
}

TEST_CASE("Events: a calibre and a hedged dozen are no counts / a designation before the actor noun keeps the side, slashed too",
          "[extract][events]") {
    SECTION("'The 107mm Katyusha rockets' and 'More than a dozen rockets' count nothing") {
        const auto sc = readReport("More than a dozen rockets struck Camp Taji north of Baghdad on Wednesday. The "
                                   "107mm Katyusha rockets were fired from a truck near the base, the military said.");
        for (const auto& e : sc.events) CHECK_FALSE(e.count);
        bool hedge = false;
        for (const auto& c : sc.claims) hedge |= c.value == 12 && c.op == ">"; // still a claim of the text
        CHECK(hedge);
    }
    SECTION("'two Israeli F-15 jets fired' is Israel's launch; 'the other three missiles' its impact") {
        const auto sc = readReport("Russia's Defense Ministry said that two Israeli F-15 jets fired eight missiles at "
                                   "the T-4 air base in Homs province early Monday. The other three missiles hit the "
                                   "western part of the base.");
        REQUIRE(sc.events.size() == 1); // jets firing at a base: an air strike; its missiles' impact adds to it
        CHECK(sc.events[0].actor == "IL");
        CHECK(sc.events[0].count == 8);
    }
    SECTION("a designator written with a slash: 'U.S. F/A-18 fighters' act for the U.S. and are no armed group") {
        const auto sc = readReport("U.S. F/A-18 fighters shot down 12 drones over the southern Red Sea on Tuesday.");
        REQUIRE(sc.events.size() == 1);
        CHECK(sc.events[0].kind == "intercept");
        CHECK(sc.events[0].actor == "US");
        const auto bare = readReport("F/A-18 fighters shot down 12 drones over the southern Red Sea on Tuesday.");
        REQUIRE(bare.events.size() == 1);
        CHECK(bare.events[0].actor.empty()); // was "A-18 fighters", read like "Hamas fighters"
    }
}

TEST_CASE("Events: 'and nine from the destroyer in the Red Sea' is a launch of its own / Hamas opening a sentence acts",
          "[extract][events]") {
    SECTION("a breakdown whose second part has no verb") {
        const auto sc = readReport("U.S. Navy ships fired 23 Tomahawk cruise missiles at the intelligence headquarters "
                                   "in Baghdad on Saturday. Fourteen of the missiles were launched from the cruiser USS "
                                   "Chancellorsville in the Persian Gulf and nine from the destroyer USS Peterson in "
                                   "the Red Sea.");
        const auto launches = eventsOfKind(sc, "launch");
        REQUIRE(launches.size() == 2); // the parts; the whole they add up to leaves
        for (const auto* l : launches) {
            REQUIRE(l->from);
            CHECK(placeName(sc, *l->from) == (l->count == 14 ? "Persian Gulf" : "Red Sea"));
            CHECK(targets(sc, *l, "Baghdad"));
        }
        CHECK(launches[0]->count.value_or(0) + launches[1]->count.value_or(0) == 23);
    }
    SECTION("'Hamas militants fired' names its group though the word opens the sentence") {
        const auto sc = readReport("Hamas militants fired seven rockets toward Jerusalem on Monday, the military said.");
        const auto launches = eventsOfKind(sc, "launch");
        REQUIRE(launches.size() == 1);
        CHECK(launches[0]->actor == "Hamas militants");
    }
}

TEST_CASE("Events: 'coming down in' a sea is where the launch went / 'an ICBM early Wednesday' counts one",
          "[extract][events]") {
    const auto sc = readReport("North Korea fired an intercontinental ballistic missile early Wednesday from near its "
                               "capital, Pyongyang. The missile flew for about 53 minutes before coming down in the "
                               "Sea of Japan.",
                               "November 29, 2017");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 1);
    CHECK(targets(sc, *launches[0], "Sea of Japan"));
    CHECK(onDay(*launches[0], 2017, 11, 28)); // early Wednesday in Korea is Tuesday evening UTC
    const auto splash = readReport("A ballistic missile launched from Yemen splashed down in the Red Sea on Tuesday.");
    bool fell = false;
    for (const auto& e : splash.events) fell |= targets(splash, e, "Red Sea");
    CHECK(fell);
}

TEST_CASE("Events: a country written as a sponsor or maker is not the actor", "[extract][events]") {
    const auto agent = readReport("The coalition said the missiles were launched by the Iran-backed Houthi rebels "
                                  "from Saada province on Sunday.");
    REQUIRE(agent.events.size() == 1);
    CHECK(agent.events[0].actor == "Houthi rebels");
    const auto subject = readReport("Iran-backed Houthis launched two drones at a tanker in the Red Sea on Sunday.");
    REQUIRE(subject.events.size() == 1);
    CHECK(subject.events[0].actor != "IR");
    const auto maker = readReport("Russia fired Iranian-made drones at Kyiv overnight on Sunday.");
    REQUIRE_FALSE(maker.events.empty());
    CHECK(maker.events[0].actor == "RU");
}

TEST_CASE("Events: munitions 'fired from' after another verb's object are not fired by that verb's subject",
          "[extract][events]") {
    const auto sc = readReport("Saudi air defenses intercepted seven ballistic missiles fired from Yemen late Sunday, "
                               "the coalition said. Its spokesman said the missiles were launched by the Iran-backed "
                               "Houthi rebels from Saada province shortly before midnight.",
                               "March 26, 2018");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1); // "the missiles were launched" repeats the launch, now with its actor and area
    CHECK(launches[0]->actor == "Houthi rebels");
    CHECK(launches[0]->count == 7);
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) != "Yemen"); // the finer area, Saada
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->actor == "SA");
}

TEST_CASE("Events: a sea naming the kind of place after it is neither the origin nor a target", "[extract][events]") {
    const auto sc = readReport("Russia attacked the Black Sea port city of Odesa overnight with waves of Shahed "
                               "drones, Ukrainian officials said.");
    REQUIRE(sc.events.size() == 1);
    CHECK_FALSE(sc.events[0].from);
    CHECK(targets(sc, sc.events[0], "Odessa")); // the gazetteer's spelling
    CHECK_FALSE(targets(sc, sc.events[0], "Black Sea"));
    // A sea before the launch verb is still where the launchers were.
    const auto ships = readReport("Warships in the Black Sea fired cruise missiles at Odesa overnight.");
    REQUIRE_FALSE(ships.events.empty());
    REQUIRE(ships.events[0].from);
    CHECK(placeName(ships, *ships.events[0].from) == "Black Sea");
}

TEST_CASE("Events: a launch told from two coordinated areas is a whole with its count and a launch from each area",
          "[extract][events]") {
    const auto sc = readReport("Ukraine's Air Force said Russia launched 84 cruise missiles at Ukrainian territory on "
                               "Monday. The missiles were fired from Tu-95 bombers flying over the Caspian Sea and "
                               "from warships in the Black Sea.",
                               "October 10, 2022");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 3);
    CHECK(launches[0]->count == 84);
    CHECK_FALSE(launches[0]->from); // no one area is the origin of all 84
    std::vector<std::string> areas;
    for (const auto* l : {launches[1], launches[2]}) {
        CHECK_FALSE(l->count); // the text does not split the 84
        REQUIRE(l->from);
        areas.push_back(placeName(sc, *l->from));
        CHECK(targets(sc, *l, "Ukraine"));
    }
    CHECK(areas == std::vector<std::string>{"Caspian Sea", "Black Sea"});
    for (const auto* l : {launches[1], launches[2]}) {
        CHECK(l->related == launches[0]->id); // each refines the whole, and flies for its side
        CHECK(l->actor == "RU");
    }
    // A place seen from is no launch area: "launched from Gaza toward Israel as seen from the city of Ashkelon".
    const auto seen = readReport("Rockets are launched from Gaza toward Israel as seen from the city of Ashkelon, "
                                 "Israel, on Oct. 27.");
    for (const auto& e : seen.events)
        if (e.from) CHECK(placeName(seen, *e.from).find("Ash") == std::string::npos);
}

TEST_CASE("Events: an abbreviation defined after a munition noun is that munition where it recurs",
          "[extract][events]") {
    const auto sc = readReport("The destroyer shot down an anti-ship ballistic missile (ASBM) on Monday. Houthi "
                               "militants later fired two ASBMs from Houthi-controlled areas of Yemen into the Gulf of "
                               "Aden.");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 2);
    CHECK(targets(sc, *launches[0], "Gulf of Aden"));
    // Undefined, the same letters are no munition.
    const auto bare = readReport("Houthi militants later fired two ASBMs into the Gulf of Aden on Monday.");
    CHECK(eventsOfKind(bare, "launch").empty());
}

TEST_CASE("Events: the subject of a passive strike verb is what was hit, never the actor", "[extract][events]") {
    const auto base = readReport("Al Asad Air Base was struck by two rockets on Monday.");
    REQUIRE(base.events.size() == 1);
    CHECK(targets(base, base.events[0], "Al Asad"));
    CHECK(base.events[0].actor.empty());
    const auto ship = readReport("The attack came a week after HSV-2 Swift, a vessel leased by the United Arab "
                                 "Emirates, was struck by a missile off the port of Mocha on Oct. 1.");
    for (const auto& e : ship.events) CHECK(e.actor != "AE");
}

TEST_CASE("Events: 'a drone and missile attack' counts no munition", "[extract][events]") {
    const auto sc = readReport("Officials said a drone and missile attack hit the oil processing facility at Abqaiq "
                               "on Saturday.");
    REQUIRE_FALSE(sc.events.empty());
    for (const auto& e : sc.events) CHECK_FALSE(e.count);
}

TEST_CASE("Events: 'Most were launched from Iran' gives the munitions just told their origin", "[extract][events]") {
    const auto sc = readReport("The spokesman said Iran fired about 170 drones at Israel overnight. Most were "
                               "launched from Iran, he said.",
                               "April 14, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Iran");
    CHECK(launches[0]->count == 170);
}

TEST_CASE("Events: the start of a tally dates no incident told after it", "[extract][events]") {
    const auto sc = readReport("U.S. ships fired 12 Tomahawk cruise missiles at a site near Tripoli on Monday. That "
                               "brings to 159 the number of Tomahawks fired since the operation began Saturday. "
                               "Coalition aircraft also hit air defense launchers outside Misrata.",
                               "March 22, 2011");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(onDay(*strikes[0], 2011, 3, 21)); // Monday, as the launch told before; not Saturday, the tally's start
}

TEST_CASE("Events: bombers that flew from a base and dropped munitions struck from that base", "[extract][events]") {
    const auto sc = readReport("Three B-2 Spirit stealth bombers flew nonstop from Whiteman Air Force Base, Mo., on a "
                               "round trip of about 25 hours, and dropped 45 Joint Direct Attack Munitions on aircraft "
                               "shelters at an airfield near Sirte early Sunday.",
                               "March 22, 2011");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(eventsOfKind(sc, "launch").empty());
    REQUIRE(strikes[0]->from);
    CHECK(placeName(sc, *strikes[0]->from).find("Whiteman") != std::string::npos);
    CHECK(strikes[0]->count == 45);
    CHECK(targets(sc, *strikes[0], "Sirte"));
}

TEST_CASE("Events: 'Gaza City' alone is read, and ', as warplanes struck' opens a clause of its own",
          "[extract][events]") {
    const auto alone = readReport("Israeli warplanes struck Gaza City on Wednesday.", "July 9, 2014");
    REQUIRE(alone.events.size() == 1);
    CHECK(targets(alone, alone.events[0], "Gaza"));
    const auto sc = readReport("Palestinian militants in the Gaza Strip fired rockets at Tel Aviv on Wednesday, "
                               "sending residents running for shelters, as Israeli warplanes struck Gaza City.",
                               "July 9, 2014");
    const auto launches = eventsOfKind(sc, "launch");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(launches.size() == 1);
    REQUIRE(strikes.size() == 1);
    CHECK_FALSE(targets(sc, *launches[0], "Gaza"));
    CHECK(targets(sc, *strikes[0], "Gaza"));
    CHECK(strikes[0]->actor == "IL");
}

TEST_CASE("Events: aircraft as actors and as victims of an intercept", "[extract][events]") {
    SECTION("'Turkish F-16s shot down a Russian Su-24': Turkey's, one aircraft downed") {
        const auto sc = readReport("Two Turkish F-16s shot down a Russian Su-24 near the Syrian border on Tuesday.");
        REQUIRE(sc.events.size() == 1);
        CHECK(sc.events[0].kind == "intercept");
        CHECK(sc.events[0].actor == "TR");
        CHECK(sc.events[0].count == 1); // the two F-16s are the shooters
    }
    SECTION("'Two Russian jets were shot down': the jets' country suffered it") {
        const auto sc = readReport("Two Russian jets were shot down on Tuesday.");
        REQUIRE(sc.events.size() == 1);
        CHECK(sc.events[0].actor != "RU");
        CHECK(sc.events[0].count == 2);
    }
    SECTION("'Russian missiles were fired at Kyiv': the munitions' country fired them") {
        const auto sc = readReport("Russian missiles were fired at Kyiv on Tuesday.");
        REQUIRE(sc.events.size() == 1);
        CHECK(sc.events[0].actor == "RU");
    }
}

TEST_CASE("Events: a ship whose name reads as an adverb, and a group named after 'by the', act", "[extract][events]") {
    const auto sc = readReport("On Jan. 31, the USS Gravely shot down an anti-ship cruise missile launched by the "
                               "Houthis from Yemen toward the Gulf of Aden.",
                               "February 1, 2024");
    const auto intercepts = eventsOfKind(sc, "intercept");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(intercepts.size() == 1);
    REQUIRE(launches.size() == 1);
    CHECK(intercepts[0]->actor == "USS Gravely");
    CHECK(launches[0]->actor == "Houthis");
}

TEST_CASE("Events: an aircraft's type name after its designation names it ('an F-15E Strike Eagle crashed')",
          "[extract][events]") {
    const auto sc = readReport("A U.S. Air Force F-15E Strike Eagle crashed about 25 miles east of Benghazi at about "
                               "10:30 p.m. local time Monday.",
                               "March 22, 2011");
    REQUIRE(sc.events.size() == 1);
    CHECK(sc.events[0].kind == "crash"); // "Strike" in the name opens no strike
    CHECK(sc.events[0].count == 1);
    REQUIRE_FALSE(sc.events[0].to.empty());
}

TEST_CASE("Events: 'the gulf' is the gulf named before / a place qualifying another never acts / ships that fired "
          "are no target",
          "[extract][events]") {
    const auto sc = readReport("All 17 were Tomahawks launched from destroyers, officials said. All four ships are "
                               "operating in the Persian Gulf. On Tuesday two B-52H bombers that flew from Andersen "
                               "Air Force Base, Guam, fired 13 cruise missiles, and the cruiser USS Shiloh fired 14 "
                               "Tomahawks from the gulf.",
                               "September 4, 1996");
    const scenario::Event* gulf = nullptr;
    for (const auto* l : eventsOfKind(sc, "launch")) {
        CHECK(l->actor != "GU");                      // Guam only says where Andersen is
        CHECK_FALSE(targets(sc, *l, "Persian Gulf")); // the ships there fired; nothing flew at them
        if (l->count == 14) gulf = l;
    }
    REQUIRE(gulf);
    REQUIRE(gulf->from);
    CHECK(placeName(sc, *gulf->from) == "Persian Gulf");
}

TEST_CASE("Events: 'Patriot batteries destroyed nine of them' intercepts / 'at Saudi Arabia Sunday night' is a target",
          "[extract][events]") {
    const auto sc = readReport("Iraq fired 10 Scud missiles at Saudi Arabia Sunday night, and U.S. Army Patriot air "
                               "defense batteries destroyed nine of them in flight.",
                               "January 21, 1991");
    const auto launches = eventsOfKind(sc, "launch");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(launches.size() == 1);
    REQUIRE(intercepts.size() == 1);
    CHECK(targets(sc, *launches[0], "Saudi Arabia"));
    CHECK(intercepts[0]->count == 9);
    CHECK(eventsOfKind(sc, "strike").empty());
}

TEST_CASE("Events: a caption's label and an 'as' clause's subject are no targets", "[extract][events]") {
    const auto sc = readReport("Iran fired about 180 ballistic missiles at Israel on Tuesday. (Photo caption: "
                               "Projectiles streak over Jerusalem as Iran fires missiles at Israel, Oct. 1, 2024.)",
                               "October 1, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(targets(sc, *launches[0], "Israel"));
    CHECK_FALSE(targets(sc, *launches[0], "Iran"));
    CHECK_FALSE(targets(sc, *launches[0], "Jerusalem")); // flown over in a photo, not aimed at
}

TEST_CASE("Events: what strikes aim to stop is no event and lends them no place", "[extract][events]") {
    const auto sc = readReport("U.S. forces conducted strikes on Houthi radar sites near Hodeidah on Friday to degrade "
                               "their ability to continue their reckless attacks on U.S. and international vessels in "
                               "the Red Sea.",
                               "January 12, 2024");
    REQUIRE(sc.events.size() == 1);
    CHECK(sc.events[0].kind == "strike");
    CHECK(targets(sc, sc.events[0], "Hudaydah"));
    CHECK_FALSE(targets(sc, sc.events[0], "Red Sea"));
    CHECK_FALSE(targets(sc, sc.events[0], "United States"));
}

TEST_CASE("Events: the April 2018 strike's breakdown: fronted sea, counted clauses, spelled-out standoff weapons",
          "[extract][events]") {
    const auto sc = readReport("In the Red Sea, the cruiser USS Monterey fired 30 Tomahawk land attack missiles and the "
                               "destroyer USS Laboon fired seven. Two B-1B bombers launched 19 Joint Air-to-Surface "
                               "Standoff Missiles, and British aircraft fired eight cruise missiles. Twenty-two struck "
                               "the storage facility west of Homs.",
                               "April 14, 2018");
    const auto launches = eventsOfKind(sc, "launch");
    std::vector<int> counts;
    for (const auto* l : launches) counts.push_back(l->count.value_or(-1));
    CHECK(counts == std::vector<int>{30, 7, 19, 8});
    REQUIRE(launches.size() == 4);
    for (const auto* l : {launches[0], launches[1]}) {
        REQUIRE(l->from); // "In the Red Sea," fronts both clauses, past "land attack" in the first
        CHECK(placeName(sc, *l->from) == "Red Sea");
    }
    for (const auto& e : sc.events) CHECK(e.actor != "Twenty-two");
}

TEST_CASE("Events: munitions fired from a country's ships are that country's launch", "[extract][events]") {
    const auto sc = readReport("Cruise missiles from U.S. submarines and frigates began the attack on the "
                               "anti-aircraft system in Libya on Saturday.",
                               "March 19, 2011");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->actor == "US");
}

TEST_CASE("Events: 'fired the other nine from the Persian Gulf' is the rest of the launch told before",
          "[extract][events]") {
    const auto sc = readReport("Two U.S. Navy warships launched 23 Tomahawk cruise missiles at Baghdad on Saturday. "
                               "The destroyer USS Peterson fired 14 of the missiles from the Red Sea, and the cruiser "
                               "USS Chancellorsville fired the other nine from the Persian Gulf. President Clinton "
                               "announced the attack in a televised address from the White House at about 7:40 p.m. "
                               "EDT.",
                               "June 27, 1993");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 2); // the parts add up to the whole, which leaves
    CHECK(launches[0]->count == 14);
    CHECK(launches[1]->count == 9);
    REQUIRE(launches[1]->from);
    CHECK(placeName(sc, *launches[1]->from) == "Persian Gulf");
    CHECK(targets(sc, *launches[1], "Baghdad"));
    for (const auto* l : launches) CHECK(onDay(*l, 1993, 6, 26)); // not the time of the President's address
}

TEST_CASE("Events: a part of the munitions that crashed, told by officials of another side", "[extract][events]") {
    const auto sc = readReport("Russia says four of its warships in the Caspian Sea fired 26 cruise missiles at "
                               "targets in Syria on Wednesday. On Thursday, two U.S. officials told reporters that at "
                               "least four of the missiles malfunctioned and crashed in Iran before reaching Syria.",
                               "October 8, 2015");
    const auto crashes = eventsOfKind(sc, "crash");
    REQUIRE(crashes.size() == 1);
    CHECK(crashes[0]->count == 4);    // "four of the missiles ... crashed": the part's own verb
    CHECK(crashes[0]->actor == "RU"); // the munitions' side, not the speakers' country
    REQUIRE(crashes[0]->from);
    CHECK(placeName(sc, *crashes[0]->from) == "Caspian Sea");
    CHECK(onDay(*crashes[0], 2015, 10, 7)); // the day of the launch, not of the telling
}

TEST_CASE("Events: a place flown over on the way is no target", "[extract][events]") {
    const auto sc = readReport("Russia says its warships in the Caspian Sea fired 26 cruise missiles at targets in "
                               "Syria on Wednesday. Defense Minister Sergei Shoigu said the missiles hit 11 targets "
                               "after flying nearly 1,500 kilometers over Iran and Iraq.",
                               "October 8, 2015");
    for (const auto& e : sc.events) {
        CHECK_FALSE(targets(sc, e, "Iran"));
        CHECK_FALSE(targets(sc, e, "Iraq"));
    }
    // Where an aircraft flew when it was shot down is where it was shot down.
    const auto down = readReport("A U.S. Navy drone was flying over the Strait of Hormuz when it was shot down by an "
                                 "Iranian surface-to-air missile.",
                                 "June 20, 2019");
    bool placed = false;
    for (const auto& e : down.events) placed |= targets(down, e, "Strait of Hormuz");
    CHECK(placed);
}

TEST_CASE("Events: an earlier incident told 'N days after' keeps its own day and dates nothing after it",
          "[extract][events]") {
    const auto sc = readReport("A dozen ballistic missiles struck the northern Iraqi city of Erbil early Sunday. The "
                               "attack came six days after an Israeli airstrike near Damascus killed two officers. "
                               "Iran fired the missiles from neighboring Iran, a U.S. official said.",
                               "March 13, 2022");
    const scenario::Event* damascus = nullptr;
    for (const auto& e : sc.events)
        if (targets(sc, e, "Damascus")) damascus = &e;
    REQUIRE(damascus);
    CHECK(onDay(*damascus, 2022, 3, 7));
    for (const auto* l : eventsOfKind(sc, "launch")) {
        REQUIRE(l->from); // "from neighboring Iran"
        CHECK(placeName(sc, *l->from) == "Iran");
        CHECK_FALSE(onDay(*l, 2022, 3, 7));
    }
}

TEST_CASE("Events: 'fired from outside the borders of X' rules X out as the origin", "[extract][events]") {
    const auto sc = readReport("Twelve missiles were fired at Erbil from outside the borders of Iraq, officials said.",
                               "March 13, 2022");
    for (const auto& e : sc.events) CHECK_FALSE(e.from);
}

TEST_CASE("Events: the owner of a struck facility ('used by Iran's Guard') is not the actor", "[extract][events]") {
    const auto sc = readReport("The strikes hit four facilities in Syria used by Iran's Islamic Revolutionary Guard "
                               "Corps.",
                               "February 2, 2024");
    REQUIRE(!sc.events.empty());
    for (const auto& e : sc.events) CHECK(e.actor != "IR");
    // A passive agent of the trigger itself still acts.
    const auto fired = readReport("Seven missiles were fired by Yemen's Houthi rebels at Riyadh.", "March 26, 2018");
    REQUIRE(!fired.events.empty());
    CHECK(fired.events[0].actor == "Houthi rebels");
}

TEST_CASE("Events: munitions dropped by aircraft that flew from a country are an air strike from there",
          "[extract][events]") {
    const auto sc = readReport("U.S. forces struck 85 targets in Iraq and Syria on Friday. Aircraft, including "
                               "long-range B-1B bombers that flew from the United States, dropped more than 125 "
                               "precision munitions in about 30 minutes, Sims said.",
                               "February 3, 2024");
    CHECK(eventsOfKind(sc, "launch").empty());
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1); // the munitions are the strike's, told again
    CHECK(strikes[0]->count == 125);
    CHECK(targets(sc, *strikes[0], "Syria"));
}

TEST_CASE("Events: strikes on other towns, each told in its own sentence, stay apart", "[extract][events]") {
    const auto sc = readReport("Russia fired 84 cruise missiles at Ukraine on Monday. In Lviv, the mayor said "
                               "strikes on energy facilities left a third of the city without power. In Dnipro, the "
                               "governor said several missiles hit the city. Strikes were also reported in "
                               "Zaporizhzhia.",
                               "October 10, 2022");
    int lviv = 0, dnipro = 0, zaporizhzhia = 0;
    for (const auto* s : eventsOfKind(sc, "strike")) {
        const bool l = targets(sc, *s, "L'viv"), d = targets(sc, *s, "Dnipro"), z = targets(sc, *s, "Zaporizhzhya");
        CHECK(int(l) + int(d) + int(z) <= 1); // one town each
        lviv += l;
        dnipro += d;
        zaporizhzhia += z;
    }
    CHECK(lviv == 1);         // the place the sentence opens with sets its strike
    CHECK(dnipro == 1);       // "hit the city": the city the sentence opens with
    CHECK(zaporizhzhia == 1); // "were also reported in": a passive report, nobody speaks
}

TEST_CASE("Events: '13 of those were destroyed' counts an intercept of the drones just told", "[extract][events]") {
    const auto sc = readReport("The air force said Russia also sent 24 attack drones on Monday, and that 13 of those "
                               "were destroyed.",
                               "October 10, 2022");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->count == 13);
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 24);
}

TEST_CASE("Events: counted munitions 'aimed at' a city are the launch told before, not a strike", "[extract][events]") {
    const auto sc = readReport("Iraq fired 10 Scud missiles at Saudi Arabia Sunday night. Seven of the missiles were "
                               "aimed at Riyadh, the Saudi capital, and three at the Dhahran area.",
                               "January 21, 1991");
    CHECK(eventsOfKind(sc, "strike").empty());
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 10);
    CHECK(targets(sc, *launches[0], "Riyadh"));
    CHECK(targets(sc, *launches[0], "Dhahran"));
}

TEST_CASE("Events: munitions that 'hit the water' came down / 'both' counts the whole launch", "[extract][events]") {
    const auto sc = readReport("The destroyer detected two missiles launched from Houthi-controlled territory on "
                               "Sunday. Both incoming missiles hit the water before reaching the ship, officials said.",
                               "October 13, 2016");
    CHECK(eventsOfKind(sc, "strike").empty());
    const auto crashes = eventsOfKind(sc, "crash");
    REQUIRE(crashes.size() == 1);
    CHECK(crashes[0]->count == 2);
    CHECK(onDay(*crashes[0], 2016, 10, 9));
}

TEST_CASE("Events: a launch told 'hours after' is dated by its own clause / 'the North' is North Korea",
          "[extract][events]") {
    const auto sc = readReport("The United States and South Korea fired four missiles into the sea off South Korea's "
                               "east coast early Wednesday, hours after North Korea launched an intermediate-range "
                               "missile over Japan. South Korea's Joint Chiefs of Staff said the North fired the "
                               "missile at 7:23 a.m. Tuesday from Jagang province. Japanese officials said the missile "
                               "passed over northern Japan before falling into the Pacific Ocean.",
                               "October 5, 2022");
    const scenario::Event* north = nullptr;
    for (const auto* l : eventsOfKind(sc, "launch"))
        if (l->actor == "KP") {
            CHECK_FALSE(north); // one launch by the North, told twice
            north = l;
        }
    REQUIRE(north);
    CHECK(onDay(*north, 2022, 10, 3)); // 7:23 a.m. Tuesday in Korea: Monday in UTC, not early Wednesday
    REQUIRE(north->from);
    CHECK(placeName(sc, *north->from) == "Chagang");
    const auto crashes = eventsOfKind(sc, "crash");
    REQUIRE(crashes.size() == 1);
    CHECK(crashes[0]->related == north->id); // the launch told last, not the allies' salvo
}

TEST_CASE("Events: 'One of the missiles struck the vessel' is one of the launch's arriving / 'The second missile "
          "impacted the water' came down in the launch's water",
          "[extract][events]") {
    const auto sc = readReport("Houthi terrorists launched two anti-ship ballistic missiles from Houthi-controlled "
                               "areas of Yemen toward a bulk carrier near the Bab al-Mandeb Strait on Feb. 18. One of "
                               "the missiles struck the vessel, causing damage. The second missile impacted the water "
                               "without effect.",
                               "February 19, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 2);
    const auto hits = eventsOfKind(sc, "strike"); // the hit is that launch arriving at its target
    REQUIRE(hits.size() == 1);
    CHECK(hits[0]->count == 1);
    CHECK(hits[0]->related == launches[0]->id);
    CHECK(hits[0]->to == launches[0]->to);
    const auto crashes = eventsOfKind(sc, "crash");
    REQUIRE(crashes.size() == 1);
    CHECK(crashes[0]->count == 1);
    CHECK(crashes[0]->to == launches[0]->to);
}

TEST_CASE("Events: 'a fourth landed in the Persian Gulf' is one more of the munitions coming down",
          "[extract][events]") {
    const auto sc = readReport("Iraq fired missiles toward northern Kuwait on Thursday. Patriot batteries intercepted "
                               "two of the missiles. A third fell harmlessly in the desert and a fourth landed in the "
                               "waters of the Persian Gulf, officials said.",
                               "March 20, 2003");
    const auto crashes = eventsOfKind(sc, "crash");
    REQUIRE(crashes.size() == 1);
    CHECK(crashes[0]->count == 1);
    CHECK(targets(sc, *crashes[0], "Persian Gulf"));
    CHECK(crashes[0]->actor == "IQ");
}

TEST_CASE("Events: 'The missile struck M/V X' is the launch's impact / an ordinal tally is no launch / 'Two of those' "
          "counts the munitions named before",
          "[extract][events]") {
    const auto sc = readReport("Houthi militants fired an anti-ship ballistic missile (ASBM) from Houthi-controlled "
                               "areas of Yemen into the Gulf of Aden on March 6. The missile struck M/V True "
                               "Confidence, a bulk carrier, about 50 nautical miles southwest of Aden. This is the "
                               "fifth ASBM fired by the "
                               "Houthis in the past two days. Two of those were launched March 4 at M/V MSC Sky II, a "
                               "Liberian-flagged, Swiss-owned container ship, in the Gulf of Aden.",
                               "March 6, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    REQUIRE(strikes[0]->from); // the impact's munitions came from the launch's area
    CHECK(placeName(sc, *strikes[0]->from) == "Houthi-controlled Yemen");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 2); // March 6 and March 4; the tally of five is none
    CHECK(launches[1]->count == 2);
    CHECK(onDay(*launches[1], 2024, 3, 4));
    CHECK(targets(sc, *launches[1], "Gulf of Aden"));
}

TEST_CASE("Events: another speaker's count of the munitions striking is the launch's impact / two wordings of one "
          "class of missile are one salvo",
          "[extract][events]") {
    const auto sc = readReport("Iran launched more than a dozen ballistic missiles against U.S. forces in Iraq on "
                               "Tuesday. Iraq's military said in a statement that 22 missiles struck Ain al-Asad and "
                               "Erbil. Iranian state television said the Revolutionary Guard had fired dozens of "
                               "surface-to-surface missiles.",
                               "January 8, 2020");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1); // the Guard's "surface-to-surface missiles" are the ballistic missiles
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->related == launches[0]->id);
    CHECK(strikes[0]->actor == "IR"); // not Iraq, whose military told it
    CHECK(strikes[0]->count == 22);
}

TEST_CASE("Events: munitions that 'caused damage to' a base struck it, as the impact of their launch",
          "[extract][events]") {
    const auto sc = readReport("Iran fired more than 120 ballistic missiles at Israel from Iran overnight. A few "
                               "ballistic missiles got through and caused minor damage to the Nevatim air base in "
                               "southern Israel. No damage to civilian homes was reported.",
                               "April 14, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *strikes[0], "Nevatim Airbase"));
    CHECK(strikes[0]->actor == "IR");
    REQUIRE(strikes[0]->from);
    CHECK(placeName(sc, *strikes[0]->from) == "Iran");
}

TEST_CASE("Events: 'one-way attack unmanned aerial vehicles' are counted drones, not attacks", "[extract][events]") {
    const auto sc = readReport("On March 6, a U.S. Navy destroyer shot down three one-way attack unmanned aerial "
                               "vehicles over the Gulf of Aden.",
                               "March 7, 2024");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->count == 3);
    CHECK(intercepts[0]->munition == "drone");
    CHECK(eventsOfKind(sc, "strike").empty());
}

TEST_CASE("Events: Tomahawks retold are the cruise missiles told before / ships put in a sea by the next sentence "
          "launched from it",
          "[extract][events]") {
    const auto sc = readReport("U.S. forces fired 17 more cruise missiles at air defense sites in southern Iraq early "
                               "today. All 17 were Tomahawks launched from the destroyers USS Russell and USS Hewitt "
                               "and the attack submarine USS Jefferson City, officials said. All four ships are "
                               "operating in the Persian Gulf.",
                               "September 4, 1996");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 17);
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Persian Gulf");
    CHECK(targets(sc, *launches[0], "southern Iraq"));
}

TEST_CASE("Events: a day that names another attack ('the April 5 bombing') dates no later event", "[extract][events]") {
    const auto sc = readReport("U.S. warplanes struck Tripoli early Tuesday. Shultz tied Libya to the April 5 bombing "
                               "of a discotheque in West Berlin. Italian officials said two missiles fired from Libya "
                               "had been aimed at Lampedusa.",
                               "April 15, 1986");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK_FALSE(onDay(*launches[0], 1986, 4, 5));
    REQUIRE(launches[0]->time);
    CHECK(launches[0]->time->text == "early Tuesday"); // carried from the raid told before
}

TEST_CASE("Events: an ocean next to a smaller area inside it adds no target", "[extract][events]") {
    const auto sc = readReport("North Korea fired an intermediate-range missile from Jagang province on Tuesday. The "
                               "missile fell into the Pacific Ocean about 3,200 kilometers east of Japan.",
                               "October 4, 2022");
    for (const auto& e : sc.events) {
        CHECK_FALSE(targets(sc, e, "Pacific Ocean")); // its centre is thousands of kilometres from where it fell
        if (e.kind == "crash" || e.kind == "launch") CHECK(e.to.size() == 1);
    }
}

TEST_CASE("Events: a named sea stays a target beside the waters off a coast that the text only describes",
          "[extract][events]") {
    const auto sc = readReport("North Korea fired two short-range ballistic missiles into the sea off its east coast "
                               "early Thursday, South Korea's military said. The missiles were launched from near the "
                               "coastal city of Wonsan and flew northeast into the East Sea, also known as the Sea of "
                               "Japan.",
                               "July 25, 2019");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(targets(sc, *launches[0], "Sea of Japan"));
    CHECK(targets(sc, *launches[0], "waters off the east coast of North Korea"));
    SECTION("'launched two missiles off its east coast' with no 'into': the coastal waters are where they fell") {
        const auto off = readReport("North Korea launched two short-range ballistic missiles off its east coast on "
                                    "Thursday. The missiles were fired from the Sunan area in Pyongyang.",
                                    "January 18, 2024");
        const auto fired = eventsOfKind(off, "launch");
        REQUIRE(fired.size() == 1);
        CHECK(targets(off, *fired[0], "waters off the east coast of North Korea"));
        // Ships off a coast that fire are there: the waters are their origin, not a target.
        const auto ships = readReport("Russian warships off the coast of Syria fired cruise missiles at Aleppo.",
                                      "January 18, 2024");
        for (const auto* l : eventsOfKind(ships, "launch"))
            CHECK_FALSE(targets(ships, *l, "waters off the coast of Syria"));
    }
}

TEST_CASE("Events: an intercept of munitions that struck, told beside a launch of others, is engaged where they "
          "flew", "[extract][events]") {
    const auto sc = readReport("The ministry said the drones targeted the Dyagilevo air base in the Ryazan region. \"The "
                               "drones were intercepted by Russian air defenses,\" the ministry said. Hours later, Russia "
                               "fired more than 70 cruise missiles at Ukraine from the Black Sea.",
                               "December 5, 2022");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(targets(sc, *intercepts[0], "Dyagilevo"));
    CHECK_FALSE(targets(sc, *intercepts[0], "Ukraine")); // not of the cruise missiles
}

TEST_CASE("Events: a division after a town it does not contain is the list's next target", "[extract][events]") {
    const auto sc = readReport("Saree said U.S. aircraft carried out 73 strikes on Hodeidah, Taizz, Hajjah and Saada "
                               "provinces.", "January 12, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->to.size() == 4);
    CHECK(targets(sc, *strikes[0], "izz")); // Ta'izz, which Hodeidah does not lie in
}

TEST_CASE("Events: explosions reported in places are strikes there, and a blast with no place is no event",
          "[extract][events]") {
    const auto sc = readReport("Russia fired 84 cruise missiles at Ukraine on Monday. Explosions were reported in Lviv, "
                               "Dnipro and Kharkiv.", "October 10, 2022");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *strikes[0], "Dnipro"));
    CHECK(targets(sc, *strikes[0], "Kharkiv"));
    CHECK(strikes[0]->to.size() == 3);
    const auto quiet = readReport("Hamas fired a rocket at Tel Aviv on Saturday. Witnesses saw two interceptors rise over "
                                  "the southern edge of the city, followed by a loud blast.", "November 17, 2012");
    CHECK(eventsOfKind(quiet, "strike").empty());
    for (const auto& e : quiet.events) CHECK(e.count != 2); // interceptors count no event of the attack
}

TEST_CASE("Events: 'one missile ..., and others struck' counts a part, not the strike", "[extract][events]") {
    const auto sc = readReport("Russian missiles hit Kyiv on Monday. One missile left a deep crater next to a "
                               "playground in the city center, and others struck near government buildings.",
                               "October 10, 2022");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE_FALSE(strikes.empty());
    for (const auto* e : strikes) CHECK_FALSE(e->count == 1);
}

TEST_CASE("Events: a launch's count stands when 'others' struck elsewhere", "[extract][events]") {
    const auto sc = readReport("About 75 Tomahawk cruise missiles were fired from Navy ships in the Arabian Sea at "
                               "camps near Khost, Afghanistan, while others struck a pharmaceutical plant in "
                               "Khartoum, Sudan.", "August 21, 1998");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 75);
    CHECK(targets(sc, *launches[0], "Khost"));
    CHECK_FALSE(targets(sc, *launches[0], "Khartoum"));
}

TEST_CASE("Events: a launch at targets inside an earlier strike's, that day, is by that strike's side",
          "[extract][events]") {
    const std::string strike = "The United States launched cruise missile strikes on Thursday against terrorist "
                               "camps in Afghanistan. ";
    const auto sc = readReport(strike + "About 75 Tomahawk cruise missiles were fired from Navy ships in the Arabian "
                                        "Sea at camps near Khost, Afghanistan.", "August 21, 1998");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->actor == "US");
    // Another day, or a target outside the strike's, is not the same incident: no side is lent.
    const auto later = readReport(strike + "On Saturday, cruise missiles were fired from ships in the Arabian Sea at "
                                           "camps near Khost, Afghanistan.", "August 21, 1998");
    REQUIRE(eventsOfKind(later, "launch").size() == 1);
    CHECK(eventsOfKind(later, "launch")[0]->actor.empty());
    const auto elsewhere = readReport(strike + "Cruise missiles were fired from ships in the Arabian Sea at a plant "
                                               "in Khartoum, Sudan.", "August 21, 1998");
    REQUIRE(eventsOfKind(elsewhere, "launch").size() == 1);
    CHECK(eventsOfKind(elsewhere, "launch")[0]->actor.empty());
}

TEST_CASE("Events: per-ship launches before 'In total, 105 weapons' are parts of that total, and a ship is no side",
          "[extract][events]") {
    const auto sc = readReport(
        "U.S., British and French forces struck three chemical weapons facilities in Syria early Saturday. From the "
        "Red Sea, the cruiser USS Monterey fired 30 Tomahawk missiles and the destroyer USS Laboon fired seven "
        "Tomahawks. In the North Arabian Gulf, the destroyer USS Higgins fired 23 Tomahawks. The submarine USS John "
        "Warner, also in the Mediterranean, fired six Tomahawks. Two B-1 bombers fired 19 joint air-to-surface "
        "standoff missiles. In total, 105 weapons were fired.", "April 14, 2018");
    const auto launches = eventsOfKind(sc, "launch");
    const scenario::Event* total = nullptr;
    for (const auto* e : launches) if (e->count == 105) total = e;
    REQUIRE(total != nullptr);
    int parts = 0, sum = 0;
    for (const auto* e : launches) {
        if (e->related != total->id) continue;
        ++parts;
        sum += e->count.value_or(0);
        if (e->count == 6) CHECK(e->actor == "USS John Warner"); // the subject before ", also in the ...,"
        if (e->count == 19) {
            CHECK(e->munition == "air-to-surface standoff missile");
            CHECK(e->actor == "US, GB, FR"); // the side of the incident, not the submarine told before
        }
    }
    CHECK(parts == 5);
    CHECK(sum == 85);
}

TEST_CASE("Events: every place of a passive strike's subject was hit, past an apposition and an adverb",
          "[extract][events]") {
    const auto sc = readReport("The Taliban said Kandahar, the movement's headquarters, and the eastern city of "
                               "Jalalabad were also hit.", "October 8, 2001");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *strikes[0], "Kandahar"));
    CHECK(targets(sc, *strikes[0], "Jalalabad"));
    const auto base = readReport("Officials said Nevatim Air Base in southern Israel was hit.", "October 2, 2024");
    const auto hit = eventsOfKind(base, "strike");
    REQUIRE(hit.size() == 1);
    CHECK(targets(base, *hit[0], "Nevatim"));
    CHECK_FALSE(targets(base, *hit[0], "southern Israel")); // it only says where the base is
}

TEST_CASE("Events: an area of control and a division after it are the targets listed, active or passive",
          "[extract][events]") {
    const auto active = readReport("Twelve Ukrainian drones hit Russian-occupied Crimea and Kherson province on "
                                   "Tuesday.", "May 6, 2025");
    const auto passive = readReport("Russian-occupied Crimea and Kherson province were hit by 12 Ukrainian drones on "
                                    "Tuesday.", "May 6, 2025");
    for (const auto* sc : {&active, &passive}) {
        const auto strikes = eventsOfKind(*sc, "strike");
        REQUIRE(strikes.size() == 1);
        const auto& e = *strikes[0];
        CHECK(targets(*sc, e, "Russian-occupied Crimea"));
        CHECK(targets(*sc, e, "Kherson"));
        // The area of control stands for the name it spans: Crimea is not a second target.
        CHECK(e.to.size() == 2);
        CHECK(e.count == 12);
    }
    // A division's type word after the subject's name: "Kherson province was hit".
    const auto single = readReport("Kherson province was hit by 12 Ukrainian drones on Tuesday.", "May 6, 2025");
    const auto hit = eventsOfKind(single, "strike");
    REQUIRE(hit.size() == 1);
    CHECK(targets(single, *hit[0], "Kherson"));
}

TEST_CASE("Events: the far side of a border locates a target and is no origin", "[extract][events]") {
    const auto sc = readReport("A defense official said two Air Force F-15E Strike Eagles dropped seven precision-guided "
                               "munitions on the site, which lies near the Syrian town of Abu Kamal, across the border "
                               "from the Iraqi town of al-Qaim.", "February 26, 2021");
    REQUIRE(sc.events.size() == 1);
    CHECK_FALSE(sc.events[0].from);
    CHECK(targets(sc, sc.events[0], "Kamal"));
    CHECK(sc.events[0].count == 7);
}

TEST_CASE("Events: munitions that reached a place struck it, and an altitude reached is no strike",
          "[extract][events]") {
    const auto sc = readReport("The United States fired 59 Tomahawk missiles at Shayrat air base on Friday. Moscow called "
                               "the strike an act of aggression. Officials met. They talked. They met again. Nothing "
                               "changed. Russia's Defense Ministry said only 23 of the missiles reached the air base.",
                               "April 7, 2017");
    bool reached = false;
    for (const auto* e : eventsOfKind(sc, "strike")) reached |= e->count == 23 && targets(sc, *e, "Shayrat");
    CHECK(reached); // "the air base" is the one base the report named, seven sentences before
    const auto altitude = readReport("North Korea fired a missile from Wonsan on Thursday. The missile reached an altitude "
                                     "of about 50 kilometers.", "July 25, 2019");
    CHECK(eventsOfKind(altitude, "strike").empty());
}

TEST_CASE("Events: where a missile came down, told after its flight", "[extract][events]") {
    for (const char* text : {"North Korea fired a missile on Thursday. It flew 430 kilometers and fell into the East Sea.",
                             "North Korea fired a missile on Thursday. It flew 430 kilometers before it fell into the "
                             "East Sea.",
                             "North Korea fired a missile on Thursday that flew 430 kilometers before landing in the "
                             "East Sea."}) {
        INFO(text);
        const auto sc = readReport(text, "July 25, 2019");
        const auto launches = eventsOfKind(sc, "launch");
        REQUIRE(launches.size() == 1);
        CHECK(targets(sc, *launches[0], "Sea of Japan"));
        const auto crashes = eventsOfKind(sc, "crash");
        REQUIRE(crashes.size() == 1);
        CHECK(crashes[0]->related == launches[0]->id);
    }
}

TEST_CASE("Events: an intercept lends no origin to a launch told from several areas", "[extract][events]") {
    const auto sc = readReport("Yesterday evening, U.S. forces intercepted dozens of missiles that were launched toward "
                               "Israel from Iran, Iraq, Syria and Yemen.", "April 14, 2024");
    int parts = 0;
    for (const auto* l : eventsOfKind(sc, "launch")) {
        if (l->related.empty()) {
            CHECK_FALSE(l->from); // the whole: its parts fly from each area
        } else {
            REQUIRE(l->from);
            ++parts;
        }
    }
    CHECK(parts == 4);
}

TEST_CASE("Events: a bare count ('Three were shot down', 'destroyed three', 'Two crashed') counts the munitions told "
          "before", "[extract][events]") {
    const std::string launch = "Russia fired four cruise missiles at Odesa from the Black Sea on Monday, the Ukrainian "
                               "air force said. ";
    for (const char* follow : {"Three were shot down.", "Air defenses shot down three.",
                               "The air force said it destroyed three over the Odesa region."}) {
        INFO(follow);
        const auto sc = readReport(launch + follow, "March 3, 2024");
        const auto intercepts = eventsOfKind(sc, "intercept");
        REQUIRE(intercepts.size() == 1);
        CHECK(intercepts[0]->count == 3);
        CHECK(intercepts[0]->munition == "cruise missile"); // of the launch, not "drone"
        const auto launches = eventsOfKind(sc, "launch");
        REQUIRE(launches.size() == 1);
        CHECK(intercepts[0]->related == launches[0]->id);
        CHECK(launches[0]->count == 4);
    }
    const auto crashed = readReport(launch + "Two crashed in a field near Odesa.", "March 3, 2024");
    const auto crashes = eventsOfKind(crashed, "crash");
    REQUIRE(crashes.size() == 1);
    CHECK(crashes[0]->count == 2);
    // A bare number that is no count of anything stays out of the events.
    const auto plain = readReport(launch + "Officials said 2024 would be hard.", "March 3, 2024");
    CHECK(eventsOfKind(plain, "intercept").empty());
    CHECK(eventsOfKind(plain, "crash").empty());
    // "One was ...": the singular bare count, opening its clause.
    const auto one = readReport(launch + "One was shot down over the sea.", "March 3, 2024");
    const auto oneDown = eventsOfKind(one, "intercept");
    REQUIRE(oneDown.size() == 1);
    CHECK(oneDown[0]->count == 1);
    // "one" that counts nothing told is no claim.
    const auto person = readReport(launch + "One was a fisherman, officials said.", "March 3, 2024");
    CHECK(std::none_of(person.claims.begin(), person.claims.end(), [](const auto& c) { return c.value == 1; }));
}

TEST_CASE("Events: munitions of two kinds, a count out of a counted set and a passive agent keep what the text says",
          "[extract][events]") {
    // "Several ballistic missiles struck" after a launch of drones: ballistic missiles, not the launch's drones.
    const auto mixed = readReport("Iran launched more than 300 drones and missiles at Israel on Saturday. Several "
                                  "ballistic missiles struck Nevatim Air Base.",
                                  "April 14, 2024");
    const auto strikes = eventsOfKind(mixed, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->munition == "ballistic missile");
    REQUIRE(!mixed.claims.empty());
    CHECK(mixed.claims[0].text == "more than 300 drones and missiles"); // the whole count, as told
    // "20 cruise and ballistic missiles and 30 drones": two launches, each with its own count and munition; "two
    // missiles and the drones were destroyed": two missiles.
    const auto kyiv = readReport("Russia fired 20 cruise and ballistic missiles and 30 drones at Kyiv overnight. "
                                 "Ukraine said two missiles and the drones were destroyed.",
                                 "March 21, 2024");
    const auto launches = eventsOfKind(kyiv, "launch");
    REQUIRE(launches.size() == 2);
    CHECK(launches[0]->count == 20);
    CHECK(launches[0]->munition == "cruise and ballistic missile");
    CHECK(launches[1]->count == 30);
    CHECK(launches[1]->munition == "drone");
    const auto intercepts = eventsOfKind(kyiv, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->count == 2);
    CHECK(intercepts[0]->munition == "missile");
    // "shot down 26 of 33 missiles": 26 intercepted.
    const auto lviv = readReport("Ukraine's air force said it shot down 26 of 33 missiles launched overnight.",
                                 "September 4, 2024");
    const auto downed = eventsOfKind(lviv, "intercept");
    REQUIRE(downed.size() == 1);
    CHECK(downed[0]->count == 26);
    // "drones launched by Houthi militants": the agent launches, not the subject of the sentence that shot them down.
    for (const char* agent : {"Houthi militants", "the Houthis", "Hezbollah"}) {
        INFO(agent);
        const auto sc = readReport(std::string("U.S. warships shot down 14 drones launched by ") + agent +
                                       " from Yemen on Saturday.",
                                   "December 16, 2023");
        const auto fired = eventsOfKind(sc, "launch");
        REQUIRE(fired.size() == 1);
        CHECK(fired[0]->actor != "US");
        CHECK(fired[0]->actor.find(std::string(agent).substr(std::string(agent).rfind(' ') + 1)) != std::string::npos);
    }
}

TEST_CASE("Events: a launch told with no place it flew to flies where its impacts struck, split as they count",
          "[extract][events]") {
    // The places come only with the impact, in the next sentence.
    const auto bases = readReport("Iran fired more than a dozen ballistic missiles at two Iraqi military bases housing "
                                  "U.S. troops early Wednesday, the Pentagon said. The missiles targeted Ain al-Asad air "
                                  "base in Anbar province and a base in Irbil.",
                                  "January 8, 2020");
    const auto launches = eventsOfKind(bases, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(targets(bases, *launches[0], "Al Asad"));
    CHECK(targets(bases, *launches[0], "Erbil"));
    // "targeted" tells where they were aimed, not that anything struck: no impact of its own.
    CHECK(eventsOfKind(bases, "strike").empty());
    REQUIRE(launches[0]->time);
    // "early Wednesday" in Iraq's zone, not the whole day in every zone
    CHECK(launches[0]->time->end.unixSeconds - launches[0]->time->start.unixSeconds <= 12 * 3600);
    // "Eleven hit Al Asad and one hit Irbil": a strike per count, each at its own place, both the launch's.
    const auto split = readReport("The Pentagon said Iran launched 16 short-range ballistic missiles from inside Iran. "
                                  "Eleven hit Al Asad Air Base and one hit Irbil; four failed.",
                                  "January 8, 2020");
    const auto fired = eventsOfKind(split, "launch");
    REQUIRE(fired.size() == 1);
    CHECK(fired[0]->count == 16);
    const auto hits = eventsOfKind(split, "strike");
    REQUIRE(hits.size() == 2);
    CHECK(hits[0]->count == 11);
    CHECK(targets(split, *hits[0], "Al Asad"));
    CHECK_FALSE(targets(split, *hits[0], "Erbil"));
    CHECK(hits[1]->count == 1);
    CHECK(targets(split, *hits[1], "Erbil"));
    for (const auto* h : hits) {
        CHECK(h->related == fired[0]->id);
        CHECK(h->munition == "short-range ballistic missile");
    }
    for (const auto& c : split.claims) CHECK(c.text.find("hit") == std::string::npos); // "one hit" is no count of hits
}

TEST_CASE("Events: intercepts of a listed launch meet the launch of their own kind, UAVs being drones",
          "[extract][events]") {
    const auto sc = readReport("On Jan. 9, Houthis launched one-way attack drones, anti-ship cruise missiles, and an "
                               "anti-ship ballistic missile from Yemen into the Red Sea. Eighteen OWA UAVs, two anti-ship "
                               "cruise missiles, and one anti-ship ballistic missile were shot down by U.S. and British "
                               "warships.",
                               "January 10, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 3);
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 3);
    const std::pair<int, const char*> expected[] = {{18, "drone"}, {2, "cruise"}, {1, "ballistic"}};
    for (size_t i = 0; i < 3; ++i) {
        INFO(i);
        CHECK(intercepts[i]->count == expected[i].first);
        const auto* launch = sc.event(intercepts[i]->related);
        REQUIRE(launch);
        CHECK(launch->munition.find(expected[i].second) != std::string::npos);
        CHECK(targets(sc, *intercepts[i], "Red Sea"));
    }
}

TEST_CASE("Events: a long list of target regions is read whole, and an intercept takes its launch's zone",
          "[extract][events]") {
    const auto sc = readReport("Russia launched 40 missiles at Ukraine overnight, targeting energy infrastructure in the "
                               "Kyiv, Kharkiv, Odesa and Dnipropetrovsk regions, Ukraine's air force said Friday. Air "
                               "defenses destroyed 30 missiles.",
                               "March 22, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    for (const char* region : {"Kyiv", "Kharkiv", "Odesa", "Dnipropetrovsk"}) {
        INFO(region);
        CHECK(targets(sc, *launches[0], region));
    }
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->count == 30);
    REQUIRE(intercepts[0]->time);
    REQUIRE(launches[0]->time);
    // "overnight" read in Ukraine's zone for both, not a whole day in every zone for the intercept
    CHECK(intercepts[0]->time->start.unixSeconds == launches[0]->time->start.unixSeconds);
    CHECK(intercepts[0]->time->end.unixSeconds - intercepts[0]->time->start.unixSeconds <= 14 * 3600);
}

TEST_CASE("Events: an air strike by aircraft 'from' a carrier or base comes from there, by those aircraft",
          "[extract][events]") {
    for (const char* text :
         {"F/A-18 aircraft from the USS Dwight D. Eisenhower in the Red Sea struck seven targets near Sanaa on Feb. 3.",
          "U.S. forces conducted strikes against seven targets near Sanaa on Feb. 3. The strikes were carried out by "
          "F/A-18 aircraft from the USS Dwight D. Eisenhower in the Red Sea."}) {
        INFO(text);
        const auto sc = readReport(text, "February 4, 2024");
        const auto strikes = eventsOfKind(sc, "strike");
        REQUIRE(strikes.size() == 1);
        REQUIRE(strikes[0]->from);
        CHECK(placeName(sc, *strikes[0]->from) == "Red Sea");
        CHECK(targets(sc, *strikes[0], "Sanaa"));
        CHECK(strikes[0]->munition == "F/A-18 aircraft"); // what flew, for its speed
    }
    // Missiles "from" a place are no aircraft: the strike's origin stays untold.
    const auto missiles = readReport("Missiles from the north struck Sanaa on Feb. 3.", "February 4, 2024");
    for (const auto& e : missiles.events) CHECK_FALSE((e.kind == "strike" && e.from.has_value()));
}

TEST_CASE("Events: 'destroyed' with a long munition object is an intercept, 'the country' of origin is the one that "
          "fired, and ships' names 'operating in' a sea launch from it",
          "[extract][events]") {
    const auto tally = readReport("Iran launched more than 300 drones and missiles at Israel on Saturday. U.S. forces "
                                  "destroyed more than 80 one-way attack drones and at least six ballistic missiles "
                                  "intended to strike Israel from Iran and Yemen.",
                                  "April 14, 2024");
    CHECK(eventsOfKind(tally, "strike").empty()); // "intended to strike Israel" is where they were going
    const auto intercepts = eventsOfKind(tally, "intercept");
    REQUIRE(intercepts.size() == 2);
    CHECK(intercepts[0]->count == 80);
    CHECK(intercepts[0]->munition.find("drone") != std::string::npos);
    CHECK(intercepts[1]->count == 6);
    CHECK(intercepts[1]->munition == "ballistic missile");
    const auto country = readReport("Iran fired 16 missiles at Iraq. The missiles were fired from three locations "
                                    "inside the country, Milley said.",
                                    "January 8, 2020");
    const auto launches = eventsOfKind(country, "launch");
    REQUIRE(launches.size() == 1);
    REQUIRE(launches[0]->from);
    CHECK(placeName(country, *launches[0]->from) == "Iran"); // not Iraq, its target
    const auto ships = readReport("The destroyers USS Porter and USS Ross, operating in the eastern Mediterranean Sea, "
                                  "launched 59 Tomahawks at Shayrat Airfield.",
                                  "April 7, 2017");
    const auto fired = eventsOfKind(ships, "launch");
    REQUIRE(fired.size() == 1);
    REQUIRE(fired[0]->from);
    CHECK(placeName(ships, *fired[0]->from).find("Mediterranean") != std::string::npos);
    CHECK(targets(ships, *fired[0], "Shayrat"));
    CHECK_FALSE(targets(ships, *fired[0], "Mediterranean"));
}

TEST_CASE("Events: 'fired 14 ... the remaining nine' are parts of the salvo, 'Thirteen more' is a launch of its own, "
          "'Three others fell short' a crash",
          "[extract][events]") {
    const auto parts = readReport("U.S. ships launched 23 Tomahawk missiles at Baghdad on Saturday. The destroyer USS "
                                  "Peterson fired 14 from the Red Sea. The cruiser USS Chancellorsville fired the "
                                  "remaining nine from the Persian Gulf.",
                                  "June 27, 1993");
    const auto launches = eventsOfKind(parts, "launch");
    REQUIRE(launches.size() == 2); // the whole of 23 is told by its two parts
    CHECK(launches[0]->count == 14);
    REQUIRE(launches[0]->from);
    CHECK(placeName(parts, *launches[0]->from) == "Red Sea");
    CHECK(launches[1]->count == 9);
    REQUIRE(launches[1]->from);
    CHECK(placeName(parts, *launches[1]->from) == "Persian Gulf");
    for (const auto* l : launches) {
        CHECK(targets(parts, *l, "Baghdad"));
        CHECK(l->munition.find("tomahawk") != std::string::npos);
    }
    const auto more = readReport("Navy ships fired 66 Tomahawk missiles at Khost. Thirteen more were fired at Khartoum "
                                 "by two destroyers in the Red Sea.",
                                 "August 20, 1998");
    const auto two = eventsOfKind(more, "launch");
    REQUIRE(two.size() == 2);
    CHECK(two[0]->count == 66);
    CHECK_FALSE(two[0]->from); // the Red Sea is the destroyers' of the second launch
    CHECK(targets(more, *two[0], "Khost"));
    CHECK(two[1]->count == 13);
    CHECK(targets(more, *two[1], "Khartoum"));
    CHECK_FALSE(targets(more, *two[1], "Khost"));
    REQUIRE(two[1]->from);
    CHECK(placeName(more, *two[1]->from) == "Red Sea");
    CHECK(two[1]->munition.find("tomahawk") != std::string::npos);
    const auto shortfall = readReport("Twenty-three missiles were launched at Baghdad. Three others fell short and "
                                      "landed in a residential neighborhood nearby.",
                                      "June 27, 1993");
    const auto crashes = eventsOfKind(shortfall, "crash");
    REQUIRE(crashes.size() == 1);
    CHECK(crashes[0]->count == 3);
    CHECK(crashes[0]->munition == "missile");
}

TEST_CASE("Events: munitions destroyed 'prior to their launch' were never launched, and an armed group is no place",
          "[extract][events]") {
    const auto sc = readReport("Iran launched more than 300 drones and missiles at Israel on Saturday. This included "
                               "one ballistic missile on its launcher vehicle and seven drones destroyed on the ground "
                               "prior to their launch in Houthi-controlled areas of Yemen.",
                               "April 14, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 300);
    CHECK_FALSE(launches[0]->from); // not the Houthi areas where drones were destroyed before launch
    const auto group = readReport("U.S. and British forces struck installations of the Taliban regime in Afghanistan "
                                  "today.",
                                  "October 7, 2001");
    for (const auto& p : group.places) CHECK(p.name != "Taliban"); // a town in Turkey by that name is not meant
}

TEST_CASE("Events: 'The remaining 14 were Tomahawks, fired by ...' counts its launch, and a later wave with no target "
          "flies at the area struck before",
          "[extract][events]") {
    const auto sc = readReport("U.S. forces struck air defense sites in southern Iraq early Tuesday with 27 cruise "
                               "missiles, Pentagon officials said. Two B-52H bombers that flew from Andersen Air Force "
                               "Base, Guam, launched 13 conventional air-launched cruise missiles. The remaining 14 were "
                               "Tomahawk land-attack missiles, fired by the destroyer USS Laboon and the cruiser USS "
                               "Shiloh in the Persian Gulf. Late Tuesday, a second wave of 17 Tomahawks was launched "
                               "from ships in the Persian Gulf against sites that survived the first attack.",
                               "September 3, 1996");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 3);
    CHECK(launches[1]->count == 14);
    CHECK(launches[2]->count == 17);
    for (const auto* l : launches) CHECK(targets(sc, *l, "southern Iraq"));
    for (size_t i = 1; i < 3; ++i) {
        REQUIRE(launches[i]->from);
        CHECK(placeName(sc, *launches[i]->from) == "Persian Gulf");
    }
}

TEST_CASE("Events: a strike told before the launch that flew to it comes from where the launch did", "[extract][events]") {
    const auto sc = readReport("Russia struck the western Ukrainian city of Lviv with cruise missiles early Thursday, "
                               "officials said. Ukraine's air force said Russia launched 10 Kalibr cruise missiles from "
                               "the Black Sea overnight.",
                               "July 6, 2023");
    const auto strikes = eventsOfKind(sc, "strike");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(strikes.size() == 1);
    REQUIRE(launches.size() == 1);
    CHECK(strikes[0]->related == launches[0]->id);
    REQUIRE(strikes[0]->from);
    CHECK(placeName(sc, *strikes[0]->from) == "Black Sea");
    // Aircraft that struck are no launch's munitions: their strike stays apart.
    const auto air = readReport("Israeli jets struck Damascus on Monday. Iran launched 10 ballistic missiles at Israel "
                                "on Monday from Kermanshah.",
                                "July 6, 2023");
    for (const auto* s : eventsOfKind(air, "strike")) CHECK_FALSE(s->from);
}

TEST_CASE("Events: a per-platform breakdown keeps each count with its own weapon, and sorties are no strikes",
          "[extract][events]") {
    const auto sc = readReport("From the Red Sea, the destroyer USS Porter fired 12 Tomahawks. Four B-52 bombers "
                               "launched 20 Joint Air-to-Surface Standoff Missiles. Italian Tornado jets fired six Storm "
                               "Shadow missiles, and French Rafale and Mirage aircraft launched nine SCALP missiles. Navy "
                               "jets flew more than 300 strike and support sorties.",
                               "April 14, 2018");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 4);
    const std::pair<int, std::string> expected[] = {
        {12, "tomahawk"}, {20, "joint air-to-surface"}, {6, "storm shadow"}, {9, "scalp"}};
    for (size_t i = 0; i < 4; ++i) {
        CHECK(launches[i]->count == expected[i].first);
        std::string munition = launches[i]->munition;
        for (auto& ch : munition) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        CHECK(munition.find(expected[i].second) != std::string::npos);
    }
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Red Sea");
    for (const auto& e : sc.events) CHECK(e.count != 300); // sorties are aircraft flights
    for (const auto& p : sc.places) CHECK(p.country != "US"); // "Mirage aircraft" is no town (El Mirage, Arizona)
}

TEST_CASE("Events: 'hit air bases, including X' strikes X, and 'including Russia firing' makes no target",
          "[extract][events]") {
    const auto sc = readReport("Iran fired about 180 missiles at Israel on Tuesday. The military acknowledged that some "
                               "missiles hit air bases, including the Nevatim air base, but said no aircraft were "
                               "damaged.",
                               "October 1, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *strikes[0], "Nevatim"));
    const auto cities = readReport("Russian missiles hit several cities, including Kharkiv and Dnipro, on Monday.",
                                   "July 8, 2024");
    const auto hit = eventsOfKind(cities, "strike");
    REQUIRE(hit.size() == 1);
    CHECK(targets(cities, *hit[0], "Kharkiv"));
    CHECK(targets(cities, *hit[0], "Dnipro"));
    const auto clause = readReport("Tensions kept allies on edge, including Russia firing cruise missiles at Syrian "
                                   "targets this week.",
                                   "October 8, 2015");
    for (const auto& e : clause.events)
        for (const auto& id : e.to) CHECK(placeName(clause, id) != "Russia");
}

TEST_CASE("Events: a launch at a country flies also to where its impact struck inside it, and a bulleted sentence's "
          "fronted sea is every launch's origin",
          "[extract][events]") {
    const auto sc = readReport("U.S. warships fired 59 Tomahawk missiles at Syria on Friday. The missiles struck Homs.",
                               "April 7, 2017");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(targets(sc, *launches[0], "Syria"));
    CHECK(targets(sc, *launches[0], "Homs"));
    const auto listed = readReport("The ships fired in three groups:\n\n-- In the Arabian Sea, the destroyer USS Stout "
                                   "fired 12 Tomahawks and the submarine USS Florida fired nine.",
                                   "April 7, 2017");
    const auto parts = eventsOfKind(listed, "launch");
    REQUIRE(parts.size() == 2);
    for (const auto* l : parts) {
        REQUIRE(l->from);
        CHECK(placeName(listed, *l->from) == "Arabian Sea");
    }
}

TEST_CASE("Events: the places of a speakers' list are where they spoke, and a word of a name is no speech verb",
          "[extract][events]") {
    const auto spoke = readReport("North Korea launched a missile on Saturday that splashed down in the sea, officials "
                                  "in Seoul and Tokyo said.",
                                  "February 18, 2023");
    REQUIRE_FALSE(spoke.events.empty());
    for (const auto& e : spoke.events) {
        CHECK_FALSE(targets(spoke, e, "Seoul"));
        CHECK_FALSE(targets(spoke, e, "Tokyo"));
    }
    // "States" in "the United States on Friday" neither opens nor dates a speech: the launch keeps its day.
    const auto states = readReport("The United States on Friday fired missiles at Iraq.", "February 3, 2024");
    const auto launches = eventsOfKind(states, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(onDay(*launches[0], 2024, 2, 2));
    CHECK(targets(states, *launches[0], "Iraq"));
}

TEST_CASE("Events: a name after a fronted time is the clause's subject, not a target of the time's preposition",
          "[extract][events]") {
    const auto sc = readReport("On Friday Russia struck targets in Kharkiv.", "March 4, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *strikes[0], "Kharkiv"));
    CHECK_FALSE(targets(sc, *strikes[0], "Russia"));
    CHECK(strikes[0]->actor == "RU");
    CHECK(onDay(*strikes[0], 2024, 3, 1));
}

TEST_CASE("Events: an incident named as the cause neither dates nor places the retaliation", "[extract][events]") {
    const auto sc = readReport("The United States on Friday struck more than 85 targets in Iraq and Syria, the first "
                               "wave of retaliation for last Sunday's drone attack that killed three soldiers in "
                               "Jordan. The airstrikes began at 4 p.m. Eastern time.",
                               "February 3, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE_FALSE(strikes.empty());
    CHECK(targets(sc, *strikes[0], "Iraq"));
    CHECK(targets(sc, *strikes[0], "Syria"));
    for (const auto& e : sc.events) {
        CHECK_FALSE(targets(sc, e, "Jordan"));
        CHECK_FALSE(onDay(e, 2024, 1, 28)); // last Sunday's attack is not this report's incident
        CHECK(e.kind != "launch");          // "drone attack" of the cause is no launch
    }
    // The clock time takes the strikes' day (Friday), not the cause's.
    const double fourPm = utcFromParts(2024, 2, 2, 21, 0).unixSeconds; // 4 p.m. EST
    bool clocked = false;
    for (const auto* s : strikes) clocked |= s->time && s->time->start.unixSeconds == fourPm;
    CHECK(clocked);
    // The cause told later on its own is an event of its day, at the outpost, not at its owner.
    const auto cause = readReport("The Jan. 28 attack on Tower 22, a small U.S. outpost in northeastern Jordan, "
                                  "wounded more than 40 troops.",
                                  "February 3, 2024");
    REQUIRE_FALSE(cause.events.empty());
    for (const auto& e : cause.events) CHECK_FALSE(targets(cause, e, "United States"));
}

TEST_CASE("Events: a ship's sea in a passive launch is where it flew, and a sea of another day's ship hit is no "
          "origin",
          "[extract][events]") {
    const auto sailing = readReport("On Sunday, while sailing in international waters in the Red Sea north of the "
                                    "strait, the destroyer USS Mason detected two missiles fired toward it.",
                                    "October 10, 2016");
    const auto launches = eventsOfKind(sailing, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 2);
    CHECK_FALSE(launches[0]->from); // the text names no launch area
    CHECK(targets(sailing, *launches[0], "Red Sea"));
    CHECK_FALSE(targets(sailing, *launches[0], "Mandeb")); // "north of the strait" only places the Red Sea
    const auto other = readReport("The destroyer USS Nitze launched Tomahawk cruise missiles at radar sites in Yemen "
                                  "early this morning. The radars were active during the Oct. 1 missile attack that "
                                  "badly damaged the vessel Swift-2 near the Bab el-Mandeb strait.",
                                  "October 13, 2016");
    const auto nitze = eventsOfKind(other, "launch");
    REQUIRE(nitze.size() == 1);
    CHECK_FALSE(nitze[0]->from);
    CHECK(targets(other, *nitze[0], "Yemen"));
    // "during the attempted attacks": a time phrase of an incident told elsewhere tells none of its own.
    const auto during = readReport("The radars were active during the attempted attacks on the destroyer USS Mason.",
                                   "October 13, 2016");
    CHECK(during.events.empty());
}

TEST_CASE("Events: 'it' for the munitions just told crashes where it fell", "[extract][events]") {
    const auto sc = readReport("North Korea launched a missile on Saturday. It fell into the Sea of Japan.",
                               "February 18, 2023");
    const auto crashes = eventsOfKind(sc, "crash");
    REQUIRE(crashes.size() == 1);
    CHECK(targets(sc, *crashes[0], "Sea of Japan"));
    CHECK(crashes[0]->actor == "KP");
}

TEST_CASE("Events: people killed after a count of strikes are casualties, not more strikes", "[extract][events]") {
    const auto sc = readReport("U.S. and British forces struck targets in Yemen early today. A Houthi military "
                               "spokesman said 73 strikes had killed five of the group's fighters and wounded six.",
                               "January 12, 2024");
    for (const auto& e : sc.events) {
        CHECK(e.count != 5);
        CHECK(e.count != 6);
    }
    int casualties = 0;
    for (const auto& c : sc.claims)
        if (c.value == 5 || c.value == 6) {
            CHECK(c.quantity == "casualties");
            ++casualties;
        }
    CHECK(casualties == 2);
}

TEST_CASE("Events: a strike told in the past tense at targets or with munitions is kept, a habit is not",
          "[extract][events]") {
    const auto told = readReport("The United States launched cruise missile strikes against what President Bill "
                                 "Clinton described as terrorist facilities in Afghanistan and Sudan.",
                                 "August 20, 1998");
    const auto strikes = eventsOfKind(told, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(told, *strikes[0], "Afghanistan")); // "what X described as" wraps the object; nobody speaks
    CHECK(targets(told, *strikes[0], "Sudan"));
    const auto plain = readReport("The United States struck targets in Iraq.", "August 20, 1998");
    REQUIRE(eventsOfKind(plain, "strike").size() == 1);
    const auto habit = readReport("Israel has struck targets in Syria for years.", "August 20, 1998");
    CHECK(habit.events.empty());
}

TEST_CASE("Events: strikes conducted or carried out in a country are told, strikes planned or habitual are not",
          "[extract][events]") {
    const auto conducted = readReport("U.S. forces conducted strikes in Iraq and Syria against militia groups.",
                                      "February 3, 2024");
    const auto strikes = eventsOfKind(conducted, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(conducted, *strikes[0], "Iraq"));
    CHECK(targets(conducted, *strikes[0], "Syria"));
    const auto series = readReport("Coalition aircraft carried out a series of airstrikes in Syria.", "May 1, 2017");
    REQUIRE(eventsOfKind(series, "strike").size() == 1);
    CHECK(targets(series, *eventsOfKind(series, "strike")[0], "Syria"));
    CHECK(readReport("U.S. forces have conducted strikes in Iraq and Syria for years.", "May 1, 2017").events.empty());
    CHECK(readReport("The Pentagon plans to carry out strikes in Iraq.", "May 1, 2017").events.empty());
}

TEST_CASE("Events: 'the missiles' repeats a launch of a named missile weapon and refines its time",
          "[extract][events]") {
    const auto sc = readReport("Two Navy destroyers in the eastern Mediterranean Sea fired 59 Tomahawk land attack "
                               "missiles at Shayrat Airfield in Syria last night. The destroyers USS Porter and USS "
                               "Ross launched the missiles at about 8:40 p.m. EDT Thursday.",
                               "April 7, 2017");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 59);
    REQUIRE(launches[0]->time);
    CHECK(launches[0]->time->start.unixSeconds == utcFromParts(2017, 4, 7, 0, 40).unixSeconds);
}

TEST_CASE("Events: a place in an apposition of a name only locates that name", "[extract][events]") {
    const auto town = readReport("Russian missiles hit Chasiv Yar, a town near Bakhmut, on Monday.", "July 10, 2023");
    const auto strikes = eventsOfKind(town, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(town, *strikes[0], "Chasiv Yar"));
    CHECK(strikes[0]->to.size() == 1); // not Bakhmut
    // The island the landing is given from is unknown; Hokkaido only says where that island is.
    const auto sea = readReport("North Korea launched an intercontinental ballistic missile on Saturday. It fell into "
                                "the Sea of Japan, some 200 kilometers west of Oshima-Oshima, a small island off "
                                "Hokkaido.",
                                "February 18, 2023");
    REQUIRE_FALSE(sea.events.empty());
    for (const auto& e : sea.events) CHECK_FALSE(targets(sea, e, "Hokkaido"));
}

TEST_CASE("Events: 'the weapons' repeats munitions told before, and the speaker's side did not launch them from "
          "another country",
          "[extract][events]") {
    const auto sc = readReport("Saudi officials said 18 drones and seven cruise missiles struck Abqaiq on Saturday. "
                               "U.S. officials say the weapons were launched from inside Iran.",
                               "September 18, 2019");
    const scenario::Event* fromIran = nullptr;
    for (const auto& e : sc.events)
        if (e.from && placeName(sc, *e.from) == "Iran") fromIran = &e;
    REQUIRE(fromIran != nullptr);
    CHECK(fromIran->actor != "US"); // the speakers are American; the launch was not
    CHECK(fromIran->actor != "SA");
    // Without munitions told before, "weapons" stays a word of the text ("chemical weapons ... the weapons").
    const auto chem = readReport("Syria used chemical weapons in Douma. The weapons were launched from Barzah.",
                                 "April 14, 2018");
    CHECK(chem.events.empty());
}

TEST_CASE("Events: munitions downed 'launched into' a sea were launched by someone else, not dropped by the "
          "interceptors",
          "[extract][events]") {
    const auto sc = readReport("U.S. warships shot down 14 drones launched into the Red Sea on Tuesday.",
                               "January 12, 2024");
    CHECK(eventsOfKind(sc, "strike").empty()); // the drones are not aircraft that struck the sea
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->actor == "US");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 14);
    CHECK(launches[0]->actor.empty()); // the warships downed them; who launched them is not told
}

TEST_CASE("Events: the agent of 'shot down by' an armed group's or a country's missile is the intercept's actor",
          "[extract][events]") {
    const auto sc = readReport("A U.S. Navy drone was shot down by an IRGC surface to air missile fired from Iran, "
                               "U.S. officials said. The aircraft fell into international waters.",
                               "June 20, 2019");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->actor == "IRGC"); // not the U.S., whose drone it was
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->actor == "IRGC"); // the interceptor's launch is the interceptor's side
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Iran");
    for (const auto* crash : eventsOfKind(sc, "crash"))
        CHECK(crash->actor != "IRGC"); // what fell was the drone, not the missile
    // A demonym before the missile names its country.
    const auto iranian = readReport("The drone was shot down by an Iranian surface-to-air missile, officials said.",
                                    "June 20, 2019");
    const auto downed = eventsOfKind(iranian, "intercept");
    REQUIRE(downed.size() == 1);
    CHECK(downed[0]->actor == "IR");
}

TEST_CASE("Events: the sea a launching ship was operating in is the launch's origin", "[extract][events]") {
    const auto sc = readReport("The U.S. launched 47 TLAMs at Syria from USS Arleigh Burke, which was operating in "
                               "the Red Sea.",
                               "September 23, 2014");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 47); // "TLAMs" are munitions
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Red Sea");
    CHECK(targets(sc, *launches[0], "Syria"));
    CHECK_FALSE(targets(sc, *launches[0], "Red Sea"));
    // Without a target the ship's sea is still where the launch came from, not where it flew.
    const auto open = readReport("The U.S. launched 47 Tomahawk missiles from USS Arleigh Burke, which was operating "
                                 "in the Red Sea.",
                                 "September 23, 2014");
    const auto openLaunches = eventsOfKind(open, "launch");
    REQUIRE(openLaunches.size() == 1);
    REQUIRE(openLaunches[0]->from);
    CHECK(placeName(open, *openLaunches[0]->from) == "Red Sea");
    CHECK(openLaunches[0]->to.empty());
}

TEST_CASE("Events: a day's possessive before an attack names no actor", "[extract][events]") {
    for (const std::string day : {"Saturday's", "Saturday\u2019s"}) {
        const auto sc = readReport("Officials showed wreckage of drones used in " + day + " attack on Abqaiq.",
                                   "September 18, 2019");
        const auto strikes = eventsOfKind(sc, "strike");
        REQUIRE(strikes.size() == 1);
        CHECK(strikes[0]->actor.empty());
        CHECK(onDay(*strikes[0], 2019, 9, 14));
    }
}

TEST_CASE("Events: 'the missile struck the vessel' is the impact at the launch's target", "[extract][events]") {
    const auto sc = readReport("Houthi terrorists fired an anti-ship ballistic missile from Houthi-controlled areas "
                               "of Yemen at M/V True Confidence, a bulk carrier, in the Gulf of Aden on March 6. The "
                               "missile struck the vessel, and the crew reports three fatalities.",
                               "March 6, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(launches.size() == 1);
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->related == launches[0]->id); // the launch's tracks show it; no second flight
    CHECK(targets(sc, *strikes[0], "Gulf of Aden"));
    CHECK(strikes[0]->from == launches[0]->from);
    CHECK(onDay(*strikes[0], 2024, 3, 6));
    // Strikes that name no place and repeat no munition stay part of the launch.
    const auto plain = readReport("Houthi terrorists fired an anti-ship ballistic missile at a ship in the Gulf of "
                                  "Aden on March 6. Officials said the attack caused damage.",
                                  "March 6, 2024");
    CHECK(eventsOfKind(plain, "strike").empty());
}

TEST_CASE("Events: air defenses that downed a launch told in an earlier sentence are not the launcher",
          "[extract][events]") {
    const auto sc = readReport("Russia fired a barrage of missiles at Kyiv on Monday. A Ukrainian general said that "
                               "Russia had fired 75 missiles and that air defenses had shot down 41 of them.",
                               "October 10, 2022");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->count == 41);
    CHECK(intercepts[0]->actor != "RU");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE_FALSE(launches.empty());
    CHECK(launches[0]->actor == "RU");
}

TEST_CASE("Events: the passive agent after the origin fires / a coalition spokesman's coalition does not",
          "[extract][events]") {
    const auto sc = readReport("Saudi Arabia says its air defenses intercepted seven ballistic missiles fired from "
                               "Yemen by Houthi rebels late Sunday.",
                               "March 26, 2018");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->actor == "Houthi rebels");
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Yemen");
    const auto gaza = readReport("Rockets were fired from the Gaza Strip by Hamas at Ashkelon on Monday.");
    const auto gazaLaunches = eventsOfKind(gaza, "launch");
    REQUIRE(gazaLaunches.size() == 1);
    CHECK(gazaLaunches[0]->actor == "Hamas"); // not "the Gaza Strip", which only follows "from the"
    const auto spoken = readReport("Houthi rebels fired missiles at Saudi Arabia late Sunday. Coalition spokesman Col. "
                                   "Turki al-Maliki said four missiles were aimed at Jizan.",
                                   "March 26, 2018");
    for (const auto& e : spoken.events) CHECK(e.actor != "coalition");
}

TEST_CASE("Places: a demonym is no other place that an alternate spelling needs support against",
          "[extract][events]") {
    const auto sc = readReport("Syrian militants fired rockets at Ashkelon on Monday.");
    const auto* ashkelon = placeNamedIn(sc, "Ashqelon");
    REQUIRE(ashkelon != nullptr);
    CHECK(ashkelon->country == "IL");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(targets(sc, *launches[0], "Ashqelon"));
}

TEST_CASE("Events: 'three of them were aimed at X' aims a part of the launch told before at X", "[extract][events]") {
    const auto sc = readReport("Houthi rebels fired seven ballistic missiles from Yemen late Sunday. Three of them "
                               "were aimed at the capital, Riyadh.",
                               "March 26, 2018");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE_FALSE(launches.empty());
    CHECK(launches[0]->count == 7);
    bool aimedAtRiyadh = false;
    for (const auto* l : launches) aimedAtRiyadh |= targets(sc, *l, "Riyadh");
    CHECK(aimedAtRiyadh);
}

TEST_CASE("Events: 'Attack' or 'Strike' inside a weapon's name is no trigger and its words no actor",
          "[extract][events]") {
    const auto sc = readReport("Fourteen Tomahawk Land Attack Missiles left the two ships on Sept. 3.",
                               "September 4, 1996");
    CHECK(sc.events.empty());
    const auto told = readReport("The destroyer fired 14 Tomahawk Land Attack Missiles at Iraq on Sept. 3.",
                                 "September 4, 1996");
    const auto launches = eventsOfKind(told, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 14);
    CHECK(eventsOfKind(told, "strike").empty());
    for (const auto& e : told.events) CHECK(e.actor != "Land");
}

TEST_CASE("Events: munitions counted right after a wave are the wave's, not only those that struck",
          "[extract][events]") {
    const auto sc = readReport("A second wave of 17 Tomahawks struck air defense sites in southern Iraq early today. "
                               "The missiles were fired from Navy ships in the Persian Gulf.",
                               "September 4, 1996");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 17);
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Persian Gulf");
    // A count told after the launch's target is how many arrived, not how many were launched.
    const auto later = readReport("Russia launched a wave of missiles at Kyiv on Monday, and 16 struck the city.");
    for (const auto* l : eventsOfKind(later, "launch")) CHECK(l->count != 16);
}

TEST_CASE("Events: 'attacked ... three times' counts three strikes, 'three times as far' counts nothing",
          "[extract][events]") {
    const auto sc = readReport("U.S. military aircraft attacked ISIL targets in northern Iraq three times today, the "
                               "Pentagon said.",
                               "August 8, 2014");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->count == 3);
    const auto ratio = readReport("Russia attacked Kyiv on Monday with a missile that flies three times as far as "
                                  "the old one.");
    for (const auto& c : ratio.claims) CHECK(c.value != 3);
}

TEST_CASE("Events: a strike on no targets did not happen", "[extract][events]") {
    const auto sc = readReport("Russia's Defense Ministry denied any involvement and said its forces had struck no "
                               "targets near the Ukrainian-Polish border on Tuesday.",
                               "November 16, 2022");
    CHECK(sc.events.empty());
    const auto told = readReport("Russia's Defense Ministry said its forces had struck targets near the "
                                 "Ukrainian-Polish border on Tuesday.",
                                 "November 16, 2022");
    CHECK(eventsOfKind(told, "strike").size() == 1);
}

TEST_CASE("Events: where a target was moving or operating is where it was aimed at", "[extract][events]") {
    const auto car = readReport("A drone fired a missile at the vehicle on Sunday as it moved along a desert road in "
                                "Marib province, officials said.",
                                "November 5, 2002");
    REQUIRE(car.events.size() == 1);
    CHECK(targets(car, car.events[0], "Ma"));
    // The ship's water is the target's place, never a second origin, even after the origin is told.
    const auto ship = readReport("Two missiles were launched at the destroyer USS Mason from Houthi-controlled "
                                 "territory in Yemen Oct. 9 while the ship was operating in international waters in the "
                                 "Red Sea, Navy and Pentagon officials said.",
                                 "October 10, 2016");
    const auto launches = eventsOfKind(ship, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(targets(ship, *launches[0], "Red Sea"));
    REQUIRE(launches[0]->from);
    CHECK(placeName(ship, *launches[0]->from).find("Yemen") != std::string::npos);
    CHECK(launches[0]->speaker == "Navy and Pentagon officials"); // not "Red Sea, Navy and Pentagon officials"
}

TEST_CASE("Events: munitions told before as the subject of 'targeted' give the launch its targets",
          "[extract][events]") {
    const auto sc = readReport("Iran fired more than a dozen ballistic missiles early Wednesday at two military bases "
                               "in Iraq that house U.S. and coalition troops. They targeted Ain al-Asad air base in "
                               "Anbar province and a facility in Irbil, the capital of Iraq's Kurdistan region.",
                               "January 8, 2020");
    REQUIRE(sc.events.size() == 1);
    const auto& launch = sc.events[0];
    CHECK(launch.kind == "launch");
    CHECK(targets(sc, launch, "Al Asad"));
    CHECK(targets(sc, launch, "Erbil"));
    CHECK_FALSE(targets(sc, launch, "United States")); // "U.S. and coalition troops" only qualifies the troops
    // "Iraq's Kurdistan region" is in Iraq, not Iran's Kurdistan Province.
    const auto* kurdistan = placeNamedIn(sc, "Kurdistan Region");
    REQUIRE(kurdistan);
    CHECK(kurdistan->country == "IQ");
}

TEST_CASE("Events: the subject of ', saying' is the speaker, not the side that fired", "[extract][events]") {
    const auto sc = readReport("Iraq's military gave different figures, saying 22 missiles were fired at Ain "
                               "al-Asad.",
                               "January 8, 2020");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 22);
    CHECK(launches[0]->speaker == "Iraq's military");
    CHECK(launches[0]->actor.empty());
}

TEST_CASE("Events: 'local time' with no place of its own is the zone of the incident told before",
          "[extract][events]") {
    const auto sc = readReport("Two missiles were launched at the USS Mason from Houthi-controlled territory in Yemen "
                               "Oct. 9, officials said. The ship detected the two inbound missiles over a period of "
                               "about an hour, beginning at approximately 7 p.m. local time. The destroyer fired two "
                               "interceptors, officials said.",
                               "October 10, 2016");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    REQUIRE(intercepts[0]->time);
    // 7 p.m. in Yemen (UTC+3) is 16:00 UTC: one hour, not the 28 hours of every zone.
    CHECK(intercepts[0]->time->start.unixSeconds == utcFromParts(2016, 10, 9, 16, 0).unixSeconds);
    CHECK(intercepts[0]->time->end.unixSeconds - intercepts[0]->time->start.unixSeconds <= 3600);
}

TEST_CASE("Events: missiles that slammed into a city struck it, at the finer time told next", "[extract][events]") {
    const auto sc = readReport("Russian cruise missiles slammed into the center of the Ukrainian city of Vinnytsia on "
                               "Thursday, Ukrainian officials said. The missiles struck at about 10:50 a.m. Kyiv time, "
                               "according to emergency services. National police said three missiles hit a nine-story "
                               "office building.",
                               "July 14, 2022");
    REQUIRE(sc.events.size() == 1);
    const auto& strike = sc.events[0];
    CHECK(strike.kind == "strike");
    CHECK(targets(sc, strike, "Vinn"));
    CHECK(strike.count == 3);
    REQUIRE(strike.time);
    CHECK(strike.time->start.unixSeconds == utcFromParts(2022, 7, 14, 7, 50).unixSeconds); // 10:50 EEST
}

TEST_CASE("Events: the country of the ships munitions were fired from fires them", "[extract][events]") {
    const auto sc = readReport("Four Kalibr cruise missiles were fired from Russian warships in the Black Sea.",
                               "July 14, 2022");
    REQUIRE(sc.events.size() == 1);
    CHECK(sc.events[0].actor == "RU");
    REQUIRE(sc.events[0].from);
    CHECK(placeName(sc, *sc.events[0].from) == "Black Sea");
    // The ships' country fires, not the target's: a place after "at" is no launcher.
    const auto at = readReport("Four missiles were fired at Ukrainian warships in the Black Sea.", "July 14, 2022");
    for (const auto& e : at.events) CHECK(e.actor != "UA");
}

TEST_CASE("Events: '-ing' nouns do not end a target's phrase, and where a speaker told it is no target",
          "[extract][events]") {
    const auto sc = readReport("U.S. Navy ships fired cruise missiles at a terrorist training complex in eastern "
                               "Afghanistan and at a pharmaceutical plant in Sudan today.",
                               "August 20, 1998");
    REQUIRE(sc.events.size() == 1);
    CHECK(targets(sc, sc.events[0], "eastern Afghanistan"));
    CHECK(targets(sc, sc.events[0], "Sudan"));
    const auto told = readReport("Army Gen. Henry H. Shelton told reporters at the Pentagon that six targets were "
                                 "struck in Afghanistan.",
                                 "August 20, 1998");
    REQUIRE(told.events.size() == 1);
    CHECK(targets(told, told.events[0], "Afghanistan"));
    CHECK_FALSE(targets(told, told.events[0], "Pentagon"));
}

TEST_CASE("Events: 'several dozen' is no count, and a relative clause does not hide the speaker",
          "[extract][events]") {
    const auto sc = readReport("A defense official who asked not to be named said \"several dozen\" Tomahawk land "
                               "attack missiles were launched from ships in the Arabian Sea.",
                               "August 20, 1998");
    REQUIRE(sc.events.size() == 1);
    CHECK_FALSE(sc.events[0].count);
    CHECK(sc.events[0].speaker == "A defense official");
    const auto witnesses = readReport("Residents who witnessed the attack said two missiles hit the market in Idlib.",
                                      "August 20, 2018");
    REQUIRE(witnesses.events.size() == 1);
    CHECK(witnesses.events[0].speaker == "Residents");
    CHECK(witnesses.events[0].count == 2);
}

TEST_CASE("Events: munitions intercepted and fired in one phrase count the launch whole, a part aimed after it "
          "does not replace it",
          "[extract][events]") {
    const auto sc = readReport("Saudi air defenses intercepted seven ballistic missiles fired by Yemen's Houthi rebels "
                               "late Sunday, three of them aimed at the capital, Riyadh, the coalition said.",
                               "March 26, 2018");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 7);
    CHECK(targets(sc, *launches[0], "Riyadh"));
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->count == 7);
}

TEST_CASE("Events: the time at the end of the speaker's clause dates the telling, not the event",
          "[extract][events]") {
    const auto sc = readReport("The airliner was likely shot down by a surface-to-air missile launched from territory "
                               "held by separatists in eastern Ukraine, Ambassador Samantha Power told an emergency "
                               "meeting of the Security Council on July 18.",
                               "July 18, 2014");
    REQUIRE_FALSE(sc.events.empty());
    for (const auto& e : sc.events) CHECK_FALSE(e.time);
}

TEST_CASE("Events: a launch told from two areas without per-area counts is a whole and a launch from each area",
          "[extract][events]") {
    const auto sc = readReport("Russia launched 84 cruise missiles on Monday, the General Staff said. According to the "
                               "air force, many of the missiles were fired from bombers flying over the Caspian Sea, and "
                               "Kalibr cruise missiles were launched from warships in the Black Sea.",
                               "October 10, 2022");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 3);
    int wholes = 0;
    std::vector<std::string> areas;
    for (const auto* l : launches) {
        if (l->count == 84) {
            ++wholes;
            CHECK_FALSE(l->from); // from both seas: no single origin
        } else {
            CHECK_FALSE(l->count); // the text does not split the 84
            REQUIRE(l->from);
            areas.push_back(placeName(sc, *l->from));
        }
    }
    CHECK(wholes == 1);
    std::sort(areas.begin(), areas.end());
    CHECK(areas == std::vector<std::string>{"Black Sea", "Caspian Sea"});
}

TEST_CASE("Events: ', hitting X' after a launch at a wider area is where some of them struck", "[extract][events]") {
    const auto sc = readReport("Russia fired dozens of cruise missiles at cities across Ukraine on Monday, hitting "
                               "central Kyiv during the morning rush hour.",
                               "October 10, 2022");
    const auto launches = eventsOfKind(sc, "launch");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(launches.size() == 1);
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *launches[0], "Ukraine"));
    CHECK(targets(sc, *strikes[0], "Kiev"));
    CHECK(strikes[0]->actor == "RU");
    CHECK(strikes[0]->related == launches[0]->id);
}

TEST_CASE("Events: what a target was used for and the forces fighting alongside are no targets",
          "[extract][events]") {
    const auto sc = readReport("U.S. Central Command forces, together with the armed forces of the United Kingdom, "
                               "struck Houthi military targets in Yemen on Jan. 12. The strikes hit radar systems and "
                               "launch sites used by the Houthis to attack merchant vessels in the Red Sea.",
                               "January 12, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *strikes[0], "Yemen"));
    CHECK_FALSE(targets(sc, *strikes[0], "United Kingdom"));
    CHECK_FALSE(targets(sc, *strikes[0], "Red Sea"));
    const auto* uk = placeNamedIn(sc, "United Kingdom");
    REQUIRE(uk);
    CHECK(uk->mentions.front().role == "modifier");
}

TEST_CASE("Events: a country named as a partner of the strikers is no target, in any of the usual phrasings",
          "[extract][events]") {
    for (const std::string partner :
         {"together with the United Kingdom", "in coordination with the United Kingdom", "alongside Britain",
          "with support from Australia, Canada and the Netherlands", "joined by the United Kingdom and Bahrain"}) {
        CAPTURE(partner);
        const auto sc = readReport("U.S. forces, " + partner + ", struck 60 targets in Yemen on Thursday.",
                                   "January 12, 2024");
        const auto strikes = eventsOfKind(sc, "strike");
        REQUIRE(strikes.size() == 1);
        CHECK(targets(sc, *strikes[0], "Yemen"));
        CHECK(strikes[0]->to.size() == 1);
        CHECK(strikes[0]->actor == "US");
    }
    // A country struck after "with" is still struck: "struck Yemen with missiles" names no partner.
    const auto struck = readReport("U.S. forces struck Yemen and Iraq with missiles on Thursday.", "January 12, 2024");
    const auto strikes = eventsOfKind(struck, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->to.size() == 2);
}

TEST_CASE("Events: a facility named after a far place is struck where the text places it", "[extract][events]") {
    // "Dnipro" names the plant (after the river); the plant is in Zaporizhzhia, 70 km from the city of Dnipro.
    const auto sc = readReport("A missile struck the Dnipro hydroelectric power plant in Zaporizhzhia on Friday. A "
                               "drone hit the Zaporizhzhia nuclear power plant near Enerhodar.",
                               "March 22, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 2);
    CHECK(targets(sc, *strikes[0], "Zaporizh"));
    CHECK_FALSE(targets(sc, *strikes[0], "Dnipro"));
    CHECK(targets(sc, *strikes[1], "Enerhodar"));
    CHECK_FALSE(targets(sc, *strikes[1], "Zaporizh"));
    // A name inside the place that locates it stays: the Ryazan refinery is in the Ryazan region.
    const auto near = readReport("Drones struck the Ryazan oil refinery in the Ryazan region on Friday.", "March 22, 2024");
    const auto struck = eventsOfKind(near, "strike");
    REQUIRE(struck.size() == 1);
    CHECK(struck[0]->to.size() == 2);
}

TEST_CASE("Events: forces attacked in the passive suffered the strike, and it is no strike of theirs",
          "[extract][events]") {
    const auto sc = readReport("U.S. forces struck two facilities in eastern Syria on Friday. Since then, U.S. and "
                               "coalition forces have been attacked at least 19 times by drones and rockets, the "
                               "Pentagon said.",
                               "October 27, 2023");
    // The 19 attacks are a tally since the strike ("Since then, ... have been attacked"), no incident of their own,
    // and not the U.S. strike's.
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->actor == "US");
    CHECK_FALSE(strikes[0]->count);
    const auto tally = std::find_if(sc.claims.begin(), sc.claims.end(), [](const auto& c) { return c.value == 19; });
    REQUIRE(tally != sc.claims.end());
    CHECK(tally->event.empty());
    for (const std::string subject : {"U.S. forces in Syria were", "U.S. troops in Syria have been"}) {
        CAPTURE(subject);
        const auto one = readReport(subject + " attacked by drones on Friday.", "October 27, 2023");
        const auto attacks = eventsOfKind(one, "strike");
        REQUIRE(attacks.size() == 1);
        CHECK(attacks[0]->actor.empty());
        CHECK(targets(one, *attacks[0], "Syria"));
    }
    // Munitions told in the passive are still their country's: "Russian missiles were fired".
    const auto fired = readReport("Russian missiles were fired at Kyiv on Friday.", "October 27, 2023");
    REQUIRE(eventsOfKind(fired, "launch").size() == 1);
    CHECK(eventsOfKind(fired, "launch")[0]->actor == "RU");
}

TEST_CASE("Events: a launch told in another year is an incident of its own, and lends nothing", "[extract][events]") {
    const auto sc = readReport("North Korea fired a ballistic missile into the sea off its east coast on Sunday. North "
                               "Korea conducted five launches of intercontinental ballistic missiles in 2023.",
                               "January 14, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 2);
    CHECK(launches[0]->munition == "ballistic missile"); // not the other year's ICBMs
    REQUIRE(launches[1]->time);
    CHECK(launches[1]->time->precision == TimePrecision::Year);
    CHECK(launches[1]->to.empty()); // not Sunday's sea
}

TEST_CASE("Events: a speaker's own forces strike for it even where its country was struck before",
          "[extract][events]") {
    const auto sc = readReport("Hezbollah fired more than 200 rockets at northern Israel on Wednesday. The Israeli "
                               "army said its fighter jets later struck Hezbollah launchers in southern Lebanon.",
                               "June 13, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->actor == "IL"); // not cleared as the side of northern Israel, struck before
    CHECK(targets(sc, *strikes[0], "southern Lebanon"));
}

TEST_CASE("Events: aircraft named as the passive agent strike where the place after them says", "[extract][events]") {
    for (const std::string agent : {"Israeli jets", "Israeli warplanes"}) {
        CAPTURE(agent);
        const auto sc = readReport("Hamas militants were struck by " + agent + " in Gaza on Friday.", "June 13, 2024");
        const auto strikes = eventsOfKind(sc, "strike");
        REQUIRE(strikes.size() == 1); // there was no event: Gaza was read as where the jets were
        CHECK(targets(sc, *strikes[0], "Gaza"));
        CHECK(strikes[0]->actor == "IL");
    }
}

TEST_CASE("Events: munitions listed among what was struck are no strike's munition", "[extract][events]") {
    for (const std::string told :
         {"The United States struck 85 targets in Iraq and Syria on Friday, including rocket and missile storage sites.",
          "The United States struck 85 targets in Iraq and Syria on Friday, the U.S. military said. The targets "
          "included command centers, rockets, missiles and drone storage sites, the military said."}) {
        CAPTURE(told);
        const auto sc = readReport(told, "February 3, 2024");
        const auto strikes = eventsOfKind(sc, "strike");
        REQUIRE(strikes.size() == 1);
        CHECK(strikes[0]->munition.empty()); // was "rocket", which the sim flies at a rocket's speed
    }
    // A munition fired is still one: "fired rockets and missiles at targets including ..."
    const auto fired = readReport("Hezbollah fired rockets and missiles at targets in northern Israel, including a "
                                  "base near Safed.",
                                  "February 3, 2024");
    const auto launches = eventsOfKind(fired, "launch"); // one per munition named
    REQUIRE(launches.size() == 2);
    CHECK(launches[0]->munition == "rocket");
    CHECK(launches[1]->munition == "missile");
}

TEST_CASE("Events: what strikes destroyed on the ground is no intercept", "[extract][events]") {
    const auto sc = readReport("The United States struck 85 targets in Iraq and Syria on Friday. The strikes destroyed "
                               "rockets and drones.",
                               "February 3, 2024");
    CHECK(eventsOfKind(sc, "intercept").empty());
    CHECK(eventsOfKind(sc, "strike").size() == 1);
    const auto downed = readReport("Air defenses destroyed 12 missiles over Kyiv on Friday.", "February 3, 2024");
    CHECK(eventsOfKind(downed, "intercept").size() == 1);
}

TEST_CASE("Events: the next strike of a series is by the side of the one before", "[extract][events]") {
    for (const std::string next : {"A second airstrike", "Another strike"}) {
        CAPTURE(next);
        const auto sc = readReport("U.S. Africa Command conducted an airstrike against al-Shabaab militants near "
                                   "Kismayo on Feb. 24. " + next + " near Jilib on Feb. 25 destroyed a weapons cache, "
                                   "the command said.",
                                   "February 26, 2024");
        const auto strikes = eventsOfKind(sc, "strike");
        REQUIRE(strikes.size() == 2);
        CHECK(strikes[1]->actor == "US");
    }
    // Not across years: "a second strike in 2019" is no part of a series told for 2024.
    const auto other = readReport("U.S. Africa Command conducted an airstrike near Kismayo on Feb. 24. A second strike "
                                  "near Jilib in 2019 had killed a commander.",
                                  "February 26, 2024");
    const auto strikes = eventsOfKind(other, "strike");
    REQUIRE(strikes.size() == 2);
    CHECK(strikes[1]->actor.empty());
}

TEST_CASE("Events: the aircraft a joined sentence names give an air strike with no munition its speed",
          "[extract][events]") {
    const auto sc = readReport("The United States on Friday struck more than 85 targets in Iraq and Syria. The strikes "
                               "were carried out by several aircraft, including long-range B-1 bombers flown from the "
                               "United States, and used more than 125 precision munitions, the U.S. military said.",
                               "February 3, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->munition == "B-1 bombers"); // empty before: the strike was not simulated
    CHECK(strikes[0]->count == 125);
}

TEST_CASE("Events: a passive agent that names aircraft from a ship acts for the ship's navy", "[extract][events]") {
    const auto sc = readReport("The Houthi drones were shot down by F/A-18 jets from the USS Dwight D. Eisenhower on "
                               "Tuesday. Two more were shot down by the destroyer HMS Diamond on Wednesday.",
                               "January 12, 2024");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 2);
    CHECK(intercepts[0]->actor == "US"); // not "F", the letter before the slash
    CHECK(intercepts[1]->actor == "GB");
}

TEST_CASE("Events: an origin judged unlikely is no origin", "[extract][events]") {
    const auto sc = readReport("President Joe Biden said preliminary information made it unlikely that the missile had "
                               "been fired from Russia.",
                               "November 16, 2022");
    for (const auto& e : sc.events) CHECK_FALSE(e.from);
    const auto told = readReport("Officials said the missile had been fired from Russia.", "November 16, 2022");
    REQUIRE(told.events.size() == 1);
    REQUIRE(told.events[0].from);
    CHECK(placeName(told, *told.events[0].from) == "Russia");
}

TEST_CASE("Events: a name with a possessive inside it, the owner of a launch noun, and no origin outside its phrase",
          "[extract][events]") {
    const auto sc = readReport("U.S. Indo-Pacific Command is aware of the Democratic People's Republic of Korea's "
                               "intercontinental ballistic missile launch today and is consulting closely with our "
                               "Republic of Korea and Japanese allies.",
                               "November 17, 2022");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->actor == "KP"); // not South Korea, not the command that is aware of it
    CHECK_FALSE(launches[0]->from);    // "consulting with ... Republic of Korea" is no launch site
    REQUIRE(placeNamedIn(sc, "North Korea"));
}

TEST_CASE("Events: the places a second reading of the clock is given in are no targets", "[extract][events]") {
    const auto sc = readReport("U.S. forces struck more than 85 targets at seven facilities in Iraq and Syria today, "
                               "officials said. The airstrikes began at 4 p.m. EST, which was midnight in Baghdad and "
                               "Damascus.",
                               "February 2, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *strikes[0], "Iraq"));
    CHECK(targets(sc, *strikes[0], "Syria"));
    CHECK_FALSE(targets(sc, *strikes[0], "Baghdad"));
    CHECK_FALSE(targets(sc, *strikes[0], "Damascus"));
    // A place after the clock with no second reading stays the strike's setting.
    const auto hama = readReport("The missiles struck Hama at 4:40 a.m. in Syria.", "February 2, 2024");
    REQUIRE(hama.events.size() == 1);
    CHECK(targets(hama, hama.events[0], "Ham"));
}

TEST_CASE("Events: rockets that landed in a town struck it, and an armed group's rockets are its own",
          "[extract][events]") {
    const auto sc = readReport("A Hezbollah rocket smashed into a railway depot in Haifa on Sunday. Police said at least "
                               "20 rockets landed in and around Haifa. Israeli military officials said the rockets were "
                               "launched from southern Lebanon.",
                               "July 16, 2006");
    CHECK(eventsOfKind(sc, "crash").empty());
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE_FALSE(strikes.empty());
    CHECK(strikes[0]->actor == "Hezbollah");
    CHECK(strikes[0]->munition == "rocket");
    bool twenty = false;
    for (const auto* s : strikes) twenty |= s->count == 20 && targets(sc, *s, "Haifa");
    CHECK(twenty);
    // Landing in open fields or the sea is a crash.
    const auto fields = readReport("Two rockets landed in open fields near Sderot.", "July 16, 2006");
    CHECK(eventsOfKind(fields, "crash").size() == 1);
}

TEST_CASE("Events: a heading after a launch participle is the launch's target, its single munition its count",
          "[extract][events]") {
    const auto sc = readReport("On Friday, a rocket fired from Gaza toward Jerusalem landed in an open area south of "
                               "the city, in the West Bank, causing no injuries.",
                               "November 17, 2012");
    const auto launches = eventsOfKind(sc, "launch");
    const auto crashes = eventsOfKind(sc, "crash");
    REQUIRE(launches.size() == 1);
    REQUIRE(crashes.size() == 1);
    CHECK(targets(sc, *launches[0], "Jerusalem"));
    CHECK(launches[0]->count == 1);
    CHECK(crashes[0]->count == 1);
    CHECK(targets(sc, *crashes[0], "West Bank"));
    CHECK(crashes[0]->related == launches[0]->id);
}

TEST_CASE("Events: the seas of the ships a launch came from are its areas, and a firing ship's sea is its origin",
          "[extract][events]") {
    const auto sc = readReport("In all, 47 Tomahawks were fired from two Navy ships: the guided-missile destroyer USS "
                               "Arleigh Burke, operating in international waters in the Red Sea, and the guided-missile "
                               "cruiser USS Philippine Sea, operating in the North Arabian Gulf.",
                               "September 23, 2014");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 3); // the whole, and one launch from each ship's sea
    std::vector<std::string> areas;
    for (const auto* l : launches) {
        CHECK(l->to.empty()); // the ships' seas are where they were, not targets
        if (l->count == 47) CHECK_FALSE(l->from);
        else if (l->from) areas.push_back(placeName(sc, *l->from));
    }
    CHECK(areas.size() == 2);
    const auto caption = readReport("The guided-missile cruiser USS Philippine Sea launches a Tomahawk cruise missile "
                                    "in the Arabian Gulf, Sept. 23, 2014.",
                                    "September 23, 2014");
    REQUIRE(caption.events.size() == 1);
    REQUIRE(caption.events[0].from);
    CHECK(placeName(caption, *caption.events[0].from) == "Persian Gulf");
    CHECK(caption.events[0].to.empty());
}

TEST_CASE("Events: 'Islamic State of Iraq and the Levant' is a group, not two places", "[extract][events]") {
    const auto sc = readReport("U.S. forces struck Islamic State of Iraq and the Levant targets in Syria overnight.",
                               "September 23, 2014");
    REQUIRE(sc.events.size() == 1);
    CHECK(targets(sc, sc.events[0], "Syria"));
    CHECK_FALSE(placeNamedIn(sc, "Levant"));
    CHECK_FALSE(placeNamedIn(sc, "Iraq"));
}

TEST_CASE("Events: the water a targeted ship was transiting is the launch's target, and an armed group's missile names "
          "no weapon",
          "[extract][events]") {
    const auto sc = readReport("Iran-backed Houthi militants fired an anti-ship ballistic missile from Houthi-controlled "
                               "areas of Yemen at M/V True Confidence, a bulk carrier, while it was transiting the Gulf "
                               "of Aden. The missile struck the vessel. The M/V Rubymar, a cargo ship struck by a Houthi "
                               "missile in the Bab al-Mandeb Strait on Feb. 18, sank in the Red Sea on March 2.",
                               "March 6, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(targets(sc, *launches[0], "Gulf of Aden"));
    // "a Houthi missile" later in the text does not make "Houthi" a weapon's name that hides the group.
    CHECK(launches[0]->actor == "Houthi militants");
}

TEST_CASE("Events: 'since Jan. 17, when ships fired ...' dates the clause on that day", "[extract][events]") {
    const auto sc = readReport("It was the first combat use of Tomahawks since Jan. 17, when ships in the Persian Gulf "
                               "fired more than 40 of the missiles at a facility near Baghdad.",
                               "June 27, 1993");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE_FALSE(launches.empty());
    REQUIRE(launches[0]->time);
    CHECK(onDay(*launches[0], 1993, 1, 17));
    CHECK(launches[0]->time->end.unixSeconds - launches[0]->time->start.unixSeconds <= 86400);
}

TEST_CASE("Events: 'it fired them from Iran' after missiles landed is their launch, to where they struck",
          "[extract][events]") {
    const auto sc = readReport("A dozen ballistic missiles landed in Erbil shortly after 1 a.m. local time on Sunday. "
                               "The Revolutionary Guard says it fired them from Iran.",
                               "March 13, 2022");
    const auto launches = eventsOfKind(sc, "launch");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(launches.size() == 1);
    REQUIRE(strikes.size() == 1);
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Iran");
    CHECK(targets(sc, *launches[0], "Erbil"));
    CHECK(strikes[0]->related == launches[0]->id);
    CHECK(strikes[0]->count == 12);
}

TEST_CASE("Events: a target in a clause judged unlikely is none, and 'three of the targets' counts targets",
          "[extract][events]") {
    const auto sc = readReport("The missiles were launched from inside Iran, and we have no indication at this point "
                               "that the attack was directed at the United States.",
                               "March 13, 2022");
    for (const auto& e : sc.events) CHECK_FALSE(targets(sc, e, "United States"));
    const auto parts = readReport("U.S. forces today struck five facilities of the militia. Three of the targets were "
                                  "in Iraq and two were in Syria, a spokesman said.",
                                  "December 29, 2019");
    const auto strikes = eventsOfKind(parts, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK_FALSE(strikes[0]->count); // targets, not munitions
    CHECK(targets(parts, *strikes[0], "Iraq"));
    CHECK(targets(parts, *strikes[0], "Syria"));
}

TEST_CASE("Events: a subject of its own is not the speaker's side, and 'at the building' is the strike told before",
          "[extract][events]") {
    const auto sc = readReport("Syria's Defense Ministry said Israeli warplanes struck the Iranian consular building in "
                               "Damascus on Monday. The building was destroyed. Iran's ambassador said that F-35 jets "
                               "fired six missiles at the building.",
                               "April 2, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->actor == "IL"); // not Iran, whose ambassador tells it
    CHECK(targets(sc, *strikes[0], "Damascus"));
}

TEST_CASE("Events: a seat of government as the subject of a verb is no target", "[extract][events]") {
    const auto sc = readReport("U.S. and British forces struck military and security targets across Iraq overnight in "
                               "an operation the Pentagon has named Desert Fox, Defense Secretary William S. Cohen said.",
                               "December 17, 1998");
    REQUIRE(sc.events.size() == 1);
    CHECK(targets(sc, sc.events[0], "Iraq"));
    CHECK_FALSE(targets(sc, sc.events[0], "Pentagon"));
}

TEST_CASE("Events: the passive agent of a launch participle is not the interceptor", "[extract][events]") {
    const auto sc = readReport("The United Arab Emirates said it intercepted and destroyed two ballistic missiles fired "
                               "at Abu Dhabi by Yemen's Houthi rebels early Monday.",
                               "January 24, 2022");
    const auto intercepts = eventsOfKind(sc, "intercept");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(intercepts.size() == 1);
    REQUIRE(launches.size() == 1);
    CHECK(intercepts[0]->actor != "YE");
    CHECK(launches[0]->actor == "Houthi rebels");
    CHECK(targets(sc, *launches[0], "Abu Dhabi"));
}

TEST_CASE("Events: a launch called off did not happen", "[extract][events]") {
    const auto sc = readReport("He said the Pentagon had postponed a Minuteman III intercontinental ballistic missile "
                               "test launch from Vandenberg Space Force Base, California, to avoid any misunderstanding.",
                               "August 4, 2022");
    CHECK(eventsOfKind(sc, "launch").empty());
    const auto held = readReport("The Air Force launched a Minuteman III intercontinental ballistic missile from "
                                 "Vandenberg Space Force Base, California, on Tuesday.",
                                 "August 4, 2022");
    CHECK(eventsOfKind(held, "launch").size() == 1);
}

TEST_CASE("Events: names the atlas lacks, each qualified by the next, keep the strike on the place it knows",
          "[extract][events]") {
    const auto sc = readReport("U.S. Africa Command conducted airstrikes against ISIS in the Golis Mountains, Puntland, "
                               "Somalia, on Feb. 1, 2025.",
                               "February 1, 2025");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    // Puntland (a curated region) is the finest place the atlas knows; Somalia only says where it is.
    CHECK(targets(sc, *strikes[0], "Puntland"));
    CHECK(onDay(*strikes[0], 2025, 2, 1));
}

TEST_CASE("Events: 'it had been launched from X' gives the munition told before its origin", "[extract][events]") {
    const auto sc = readReport("A drone launched by the rebel group slammed into an apartment building in central Tel "
                               "Aviv on Friday, killing one man. Israeli officials said it had been launched from Yemen "
                               "and approached the city from the west.",
                               "July 20, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Yemen");
    CHECK(launches[0]->count == 1);
    // The active "they launched" is the actors', not the munitions': no origin for a drone from it.
    const auto actors = readReport("A drone slammed into an apartment building in Tel Aviv on Friday. Officials said "
                                   "they had launched a search from Haifa.",
                                   "July 20, 2024");
    for (const auto* l : eventsOfKind(actors, "launch"))
        CHECK_FALSE((l->from && placeName(actors, *l->from) == "Haifa"));
}

TEST_CASE("Events: a drone that crashed into a building struck it, one that crashed into the sea did not",
          "[extract][events]") {
    const auto building = readReport("A Houthi drone crashed into an apartment building in Tel Aviv on Friday.",
                                     "July 20, 2024");
    CHECK(eventsOfKind(building, "crash").empty());
    const auto strikes = eventsOfKind(building, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(building, *strikes[0], "Tel Aviv"));
    const auto sea = readReport("A Houthi drone crashed into the sea off Tel Aviv on Friday.", "July 20, 2024");
    CHECK(eventsOfKind(sea, "strike").empty());
}

TEST_CASE("Events: a munition told as not intercepted is an intercept of none", "[extract][events]") {
    const auto sc = readReport("A drone launched from Yemen slammed into a building in Tel Aviv on Friday. Officials "
                               "said air defenses detected the drone, but it was not intercepted because of human "
                               "error.",
                               "July 20, 2024");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->count == 0);
    REQUIRE(intercepts[0]->from);
    CHECK(placeName(sc, *intercepts[0]->from) == "Yemen");
    // A capability is no event: "could not intercept".
    const auto modal = readReport("A drone launched from Yemen slammed into a building in Tel Aviv on Friday. Officials "
                                  "said air defenses could not intercept such drones.",
                                  "July 20, 2024");
    CHECK(eventsOfKind(modal, "intercept").empty());
}

TEST_CASE("Events: file footage of a launch is no launch, and a slashed ship prefix after a ship noun names the ship",
          "[extract][events]") {
    const auto caption = readReport("People watch a television news broadcast showing file footage of a North Korean "
                                    "missile launch, at a railway station in Seoul, July 25, 2019.",
                                    "July 25, 2019");
    CHECK(eventsOfKind(caption, "launch").empty());
    const auto shown = readReport("A television broadcast showed a North Korean missile launch from Wonsan on "
                                  "Thursday.",
                                  "July 25, 2019");
    CHECK(eventsOfKind(shown, "launch").size() == 1);
    const auto ship = readReport("A Houthi anti-ship ballistic missile struck the Marshall Islands-flagged tanker M/V "
                                 "Marlin Luanda in the Gulf of Aden on Friday.",
                                 "January 27, 2024");
    CHECK_FALSE(placeNamedIn(ship, "Luanda"));
    const auto strikes = eventsOfKind(ship, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(ship, *strikes[0], "Gulf of Aden"));
}

TEST_CASE("Events: a second reading of the clock after a comma is a label, and 'the city' is the city told before",
          "[extract][events]") {
    const auto sc = readReport("U.S. forces struck a compound on the southern edge of Baghdad. Warships fired about 40 "
                               "Tomahawk missiles at the same site and at other targets in the city at about 5:30 a.m. "
                               "local time today, Wednesday night in Washington, the official added.",
                               "March 20, 2003");
    for (const auto& e : sc.events) CHECK_FALSE(targets(sc, e, "Washington"));
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(targets(sc, *launches[0], "Baghdad"));
    REQUIRE(launches[0]->time);
    CHECK(launches[0]->time->start == utcFromParts(2003, 3, 20, 2, 30)); // 5:30 in Baghdad, UTC+3
    // A city council is no city.
    const auto council = readReport("Rockets struck Kharkiv on Monday. The city council met on Tuesday.",
                                    "May 2, 2022");
    REQUIRE(council.events.size() == 1);
    CHECK(council.events[0].to.size() == 1);
}

TEST_CASE("Events: aircraft that each dropped bombs dropped them all, on the compound told before",
          "[extract][events]") {
    const auto sc = readReport("U.S. forces struck a compound on the southern edge of Baghdad. Sirens sounded across "
                               "the city at dawn. Two Air Force F-117A Nighthawk stealth fighters each dropped two "
                               "2,000-pound satellite-guided bunker-buster bombs on the compound, an official said.",
                               "March 20, 2003");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *strikes[0], "Baghdad"));
    REQUIRE(strikes[0]->count);
    CHECK(*strikes[0]->count == 4);
    const auto each = readReport("The two destroyers fired 30 missiles each at Houthi targets in Yemen.",
                                 "January 12, 2024");
    REQUIRE(each.events.size() == 1);
    REQUIRE(each.events[0].count);
    CHECK(*each.events[0].count == 60);
    // Without "each" the count is the total.
    const auto total = readReport("The two destroyers fired 30 missiles at Houthi targets in Yemen.",
                                  "January 12, 2024");
    REQUIRE(total.events.size() == 1);
    REQUIRE(total.events[0].count);
    CHECK(*total.events[0].count == 30);
}

TEST_CASE("Events: the passive agent after a time, and an organisation of a country, is the launch's actor",
          "[extract][events]") {
    const auto sc = readReport("An Israeli military spokesman told reporters that about 20 rockets were launched "
                               "shortly after midnight local time by the Quds Force of Iran's Revolutionary Guards.",
                               "May 10, 2018");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->actor == "IR");
    const auto plain = readReport("An Israeli military spokesman said about 20 rockets were launched shortly after "
                                  "midnight.",
                                  "May 10, 2018");
    REQUIRE(plain.events.size() == 1);
    CHECK(plain.events[0].actor != "IR");
}

TEST_CASE("Events: 'a shopping mall' is a noun phrase, not a clause, so the town after it is the target",
          "[extract][events]") {
    const auto sc = readReport("A rocket fired from the Gaza Strip slammed into a shopping mall in Ashkelon on "
                               "Wednesday, wounding at least 14 people.",
                               "May 14, 2008");
    REQUIRE(sc.events.size() == 1);
    CHECK(targets(sc, sc.events[0], "Ashqelon"));
    CHECK(placeName(sc, sc.events[0].from.value_or("")) == "Gaza Strip");
}

TEST_CASE("Events: 'the rest' is the launch less its parts told, and 'most' of them is an uncounted part",
          "[extract][events]") {
    const auto sc = readReport("About 20 rockets were launched at Israel. Four of the rockets were intercepted by the "
                               "Iron Dome air defense system, he said. The rest fell short and landed inside Syria.",
                               "May 10, 2018");
    const auto crashes = eventsOfKind(sc, "crash");
    REQUIRE(crashes.size() == 1);
    REQUIRE(crashes[0]->count);
    CHECK(*crashes[0]->count == 16);
    CHECK(targets(sc, *crashes[0], "Syria"));
    CHECK(std::any_of(sc.claims.begin(), sc.claims.end(),
                      [](const scenario::Claim& c) { return c.text == "The rest" && c.value == 16; }));
    const auto most = readReport("Militants fired at least 10 other rockets and mortar shells at southern Israel. "
                                 "Most fell in open areas around the town of Sderot.",
                                 "May 14, 2008");
    const auto launches = eventsOfKind(most, "launch");
    REQUIRE(launches.size() == 1); // one launch of rockets and mortar shells
    REQUIRE(launches[0]->count);
    CHECK(*launches[0]->count == 10);
    const auto fell = eventsOfKind(most, "crash");
    REQUIRE(fell.size() == 1);
    CHECK_FALSE(fell[0]->count);
    CHECK(targets(most, *fell[0], "Sederot"));
}

TEST_CASE("Events: a strike from an area of its own on some of a strike's targets is told apart", "[extract][events]") {
    const auto sc = readReport("U.S. warplanes struck targets in Tripoli and Benghazi, the Pentagon said. Navy A-6 "
                               "Intruders from the aircraft carrier USS America, operating in the Mediterranean Sea, "
                               "attacked the targets in Benghazi.",
                               "April 15, 1986");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 2);
    CHECK(targets(sc, *strikes[0], "Tripoli"));
    CHECK(targets(sc, *strikes[0], "Benghazi"));
    CHECK_FALSE(strikes[0]->from); // the whole: only a part came from the sea
    CHECK(placeName(sc, strikes[1]->from.value_or("")) == "Mediterranean Sea");
    CHECK_FALSE(targets(sc, *strikes[1], "Tripoli"));
}

TEST_CASE("Events: munitions that fell on a town struck it, and a dashed second clock is a label",
          "[extract][events]") {
    const auto fell = readReport("Two rockets fell on Sderot on Monday. Fragments of an intercepted rocket fell on a "
                                 "house in Ashkelon. Another rocket fell on open ground.",
                                 "May 14, 2008");
    const auto strikes = eventsOfKind(fell, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(fell, *strikes[0], "Sederot"));
    CHECK(eventsOfKind(fell, "crash").size() >= 1); // debris and open ground stay crashes
    const auto dashed = readReport("The first bombs fell on Kandahar at about 12:30 p.m. EDT - 9 p.m. in Kabul - "
                                   "officials said.",
                                   "October 7, 2001");
    for (const auto& e : dashed.events) CHECK_FALSE(targets(dashed, e, "Kabul"));
    REQUIRE(eventsOfKind(dashed, "strike").size() == 1);
}

TEST_CASE("Events: a missile that tore through a building struck it", "[extract][events]") {
    const auto sc = readReport("A Russian missile tore through an apartment building in the central Ukrainian city of "
                               "Dnipro on Saturday, regional officials said.",
                               "January 16, 2023");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *strikes[0], "Dnipro"));
    CHECK(strikes[0]->actor == "RU");
    const auto paper = readReport("Protesters tore through the police line in Dnipro on Saturday.", "January 16, 2023");
    CHECK(paper.events.empty()); // no munition, no strike
}

TEST_CASE("Events: 'the strikes' standing for 'the Sept. 14 attacks' take that date, and a coordinated participle's "
          "agent is no origin",
          "[extract][events]") {
    const auto sc = readReport("Saudi Arabia on Wednesday displayed what it said were the remains of drones used in "
                               "the Sept. 14 attacks on its oil facilities, and said the strikes were launched from "
                               "the north and unquestionably sponsored by Iran.",
                               "September 18, 2019");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(onDay(*launches[0], 2019, 9, 14));
    CHECK_FALSE(launches[0]->from); // "from the north" names no place; Iran sponsored, it is not where they flew from
}

TEST_CASE("Events: a cause told with its own day and place is an event of its own, kept to its phrase",
          "[extract][events]") {
    const auto sc = readReport("Pakistan says it carried out strikes early this morning against terrorist hideouts in "
                               "Iran's Sistan and Baluchestan province. Pakistan says this was a response to Iran's "
                               "strike on Tuesday in Pakistan's Balochistan province.",
                               "January 18, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 2);
    CHECK(targets(sc, *strikes[0], "Sistan"));
    CHECK_FALSE(targets(sc, *strikes[0], "Balochistan"));
    CHECK(strikes[1]->actor == "IR");
    CHECK(targets(sc, *strikes[1], "Balochistan"));
    CHECK(onDay(*strikes[1], 2024, 1, 16));
    // A cause with no day of its own stays no event: "in retaliation for the attack on Israel".
    const auto plain = readReport("Israeli jets struck Gaza on Friday in retaliation for the attack on Israel.",
                                  "January 18, 2024");
    REQUIRE(plain.events.size() == 1);
    CHECK_FALSE(targets(plain, plain.events[0], "Israel"));
}

TEST_CASE("Events: a capital opening the sentence before its speaker is where the speaker spoke", "[extract][events]") {
    const auto sc = readReport("In Washington, Pentagon spokesman Bryan Whitman confirmed that U.S. forces had carried "
                               "out a strike against a militia leader in Somalia on Thursday.",
                               "May 1, 2008");
    REQUIRE(sc.events.size() == 1);
    CHECK_FALSE(targets(sc, sc.events[0], "Washington"));
    CHECK(targets(sc, sc.events[0], "Somalia"));
    // A town that is no capital stays the place the sentence tells of.
    const auto lviv = readReport("In Lviv, the mayor said missile strikes on energy facilities left the city without "
                                 "power on Monday.",
                                 "October 10, 2022");
    REQUIRE(lviv.events.size() == 1);
    CHECK(targets(lviv, lviv.events[0], "L'viv"));
}

TEST_CASE("Events: a pronoun subject takes the side that acted, not a speaker's guess told later", "[extract][events]") {
    const auto sc = readReport("North Korea fired at least 23 missiles on Wednesday. Japan's Defense Ministry said it had "
                               "detected at least two ballistic missiles, which fell outside Japan's exclusive economic "
                               "zone. North Korea has launched a record number of missiles this year. On Oct. 4, it "
                               "fired an intermediate-range ballistic missile over Japan and into the Pacific Ocean.",
                               "November 2, 2022");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE_FALSE(launches.empty());
    const auto* october = launches.back();
    REQUIRE(onDay(*october, 2022, 10, 4));
    CHECK(october->actor == "KP");
}

TEST_CASE("Events: debris of the munitions told that fell is a crash where it fell, not an engagement there",
          "[extract][events]") {
    // Debris names no munition of its own: the munitions told before are what came apart.
    const auto sc = readReport("Yemen's Houthi rebels fired two ballistic missiles at Abu Dhabi early Monday. Both were "
                               "intercepted. The ministry said debris from the interceptions fell in separate areas "
                               "around the city.",
                               "January 24, 2022");
    const auto crashes = eventsOfKind(sc, "crash");
    REQUIRE(crashes.size() == 1);
    CHECK(targets(sc, *crashes[0], "Abu Dhabi"));
    CHECK_FALSE(crashes[0]->related.empty());
    CHECK(eventsOfKind(sc, "intercept").size() == 1);
    // "an intercepted missile" inside the debris phrase is what the debris came from, no engagement over Jericho.
    const auto jericho = readReport("Iran fired about 180 ballistic missiles at Israel on Tuesday. A man was killed in "
                                    "Jericho when debris from an intercepted missile fell on him.",
                                    "October 1, 2024");
    const auto fallen = eventsOfKind(jericho, "crash");
    REQUIRE(fallen.size() == 1);
    CHECK(targets(jericho, *fallen[0], "Jericho"));
    for (const auto* i : eventsOfKind(jericho, "intercept")) CHECK_FALSE(targets(jericho, *i, "Jericho"));
    // With no munitions told, "Debris" opening a sentence is neither a crash nor a group that acted.
    const auto none = readReport("Debris fell on a house in Jericho on Tuesday.", "October 1, 2024");
    CHECK(eventsOfKind(none, "crash").empty());
}

TEST_CASE("Events: aircraft that keep up their attacks on a place strike it", "[extract][events]") {
    const auto sc = readReport("Israeli aircraft kept up their attacks on the Gaza Strip overnight and into Saturday.",
                               "November 17, 2012");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *strikes[0], "Gaza Strip"));
    CHECK(strikes[0]->actor == "IL");
    // Attacks with nothing that attacks, no munition and no time stay too vague for an event.
    CHECK(readReport("The attacks on shipping have raised insurance costs.", "November 17, 2012").events.empty());
}

TEST_CASE("Events: a border a distance from which something fell only measures it", "[extract][events]") {
    const auto sc = readReport("Russia fired two missiles at Kharkiv on Monday. Debris fell across fields near a "
                               "village about 40 kilometers from the Russian border.",
                               "November 16, 2022");
    for (const auto& e : sc.events) CHECK_FALSE(targets(sc, e, "Russia"));
    // With a bearing, the distance is an offset from the place, which the offset pass places.
    const auto bearing = readReport("Russia fired two missiles on Monday. One struck a village about 40 kilometers "
                                    "north of Kharkiv.",
                                    "November 16, 2022");
    bool offset = false;
    for (const auto& p : bearing.places) offset |= p.name.find("north of Kharkiv") != std::string::npos;
    CHECK(offset);
}

TEST_CASE("Events: a day after a toll that rose dates the count, not the strike", "[extract][events]") {
    const auto sc = readReport("The number of people killed when a Russian missile tore through an apartment building "
                               "in Dnipro rose to at least 40 on Monday, regional officials said. The missile struck "
                               "the nine-story building on Saturday afternoon.",
                               "January 17, 2023");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1); // the definite repeat is the same strike, once the toll's day no longer parts them
    CHECK(targets(sc, *strikes[0], "Dnipro"));
    CHECK(onDay(*strikes[0], 2023, 1, 14));
    // A day right after the strike's own words still dates it.
    const auto plain = readReport("A Russian missile struck an apartment building in Dnipro on Saturday.",
                                  "January 17, 2023");
    REQUIRE(plain.events.size() == 1);
    CHECK(onDay(plain.events[0], 2023, 1, 14));
}

TEST_CASE("Events: a munition in quotation marks after 'a' is still one", "[extract][events]") {
    const auto sc = readReport("Coalition spokesman Col. Turki al-Maliki said a \"projectile\" struck the arrivals hall "
                               "of Abha International Airport on Wednesday.",
                               "June 12, 2019");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    REQUIRE(strikes[0]->count);
    CHECK(*strikes[0]->count == 1);
}

TEST_CASE("Events: 'the town' stands for the town named last, with a time or an adverb after it", "[extract][events]") {
    const auto sc = readReport("The commander was killed in a U.S. airstrike on the town of Jilib in Somalia, residents "
                               "say. Residents said several missiles slammed into a house in the town shortly before "
                               "3 a.m. local time Thursday.",
                               "May 1, 2008");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1); // one strike, told twice
    CHECK(targets(sc, *strikes[0], "Jilib"));
    CHECK(onDay(*strikes[0], 2008, 5, 1));
    // "the town council" is no town.
    const auto council = readReport("Missiles struck Jilib on Thursday. The town council met on Friday.", "May 2, 2008");
    for (const auto& p : council.places)
        for (const auto& m : p.mentions) CHECK(m.text != "town");
}

TEST_CASE("Events: the country before a strike noun owns it after a preposition, and a wanted man's old bombing is "
          "no target",
          "[extract][events]") {
    const auto sc = readReport("The commander of the Islamist insurgent group al-Shabab has been killed in a U.S. "
                               "airstrike on the town of Jilib in Somalia, residents say.",
                               "May 1, 2008");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->actor == "US");
    const auto wanted = readReport("On March 3, two Tomahawk cruise missiles fired from a U.S. Navy vessel hit a house "
                                   "in Jilib, Somalia. Washington said that strike targeted a man wanted for the 2002 "
                                   "bombing of an Israeli-owned hotel near Mombasa, Kenya.",
                                   "May 1, 2008");
    for (const auto& e : wanted.events)
        if (!e.time || e.time->start.unixSeconds > 1.1e9) CHECK_FALSE(targets(wanted, e, "Mombasa")); // not 2002's
}

TEST_CASE("Events: every area of an origin list is a launch area, the items before the 'and' too", "[extract][events]") {
    const auto sc = readReport("Dozens of missiles were launched toward Israel from Iran, Iraq, Syria and Yemen on "
                               "Saturday.",
                               "April 14, 2024");
    std::vector<std::string> origins;
    for (const auto* l : eventsOfKind(sc, "launch"))
        if (l->from) origins.push_back(sc.place(*l->from)->name);
    std::sort(origins.begin(), origins.end());
    CHECK(origins == std::vector<std::string>{"Iran", "Iraq", "Syria", "Yemen"});
}

TEST_CASE("Events: an attack noun naming an alarm or a shelter is no attack", "[extract][events]") {
    const auto sc = readReport("Air raid sirens sounded on Ulleung Island at 8:55 a.m., and residents were told to take "
                               "shelter.",
                               "November 2, 2022");
    CHECK(sc.events.empty());
    const auto raid = readReport("An air raid on Ulleung Island killed two people on Wednesday.", "November 2, 2022");
    CHECK(eventsOfKind(raid, "strike").size() == 1);
}

TEST_CASE("Events: 'the airfield' stands for the air base named last, not for a building the atlas keeps as a base",
          "[extract][events]") {
    const auto sc = readReport("Two U.S. Navy destroyers fired 59 Tomahawk missiles at Shayrat Airfield in Syria, a "
                               "Pentagon spokesman said. The missiles targeted aircraft and radars at the airfield. "
                               "Tonight, I ordered a targeted military strike on the airfield in Syria, the president "
                               "said.",
                               "April 7, 2017");
    for (const auto& e : sc.events) CHECK_FALSE(targets(sc, e, "The Pentagon"));
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE_FALSE(strikes.empty());
    for (const auto* s : strikes) CHECK(targets(sc, *s, "Shayrat Airbase"));
}

TEST_CASE("Events: what a definite attack was made of counts the attack told before", "[extract][events]") {
    const auto sc = readReport("Russian forces attacked Kharkiv with missiles on Monday. The attack involved 38 "
                               "missiles, the Ukrainian air force said.", "March 4, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *strikes[0], "Kharkiv"));
    CHECK(strikes[0]->count == 38);
    // A barrage told after its launch is the same launch.
    const auto barrage = readReport("Iran launched ballistic missiles at Israel on Tuesday. The barrage included 180 "
                                    "ballistic missiles.", "October 1, 2024");
    const auto launches = eventsOfKind(barrage, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 180);
    // Made of no munitions: nothing to count.
    const auto none = readReport("Russian forces attacked Kharkiv with missiles on Monday. Officials said the attack "
                                 "involved no military targets.", "March 4, 2024");
    REQUIRE(eventsOfKind(none, "strike").size() == 1);
    CHECK_FALSE(eventsOfKind(none, "strike")[0]->count);
}

TEST_CASE("Events: munitions of two kinds used in an attack told before are two parts of it", "[extract][events]") {
    const auto sc = readReport("The attacks on the port of Eilat were launched from Yemen on Friday, officials said. "
                               "Israeli officials said 12 drones and four cruise missiles were used in the attack. "
                               "Two of the cruise missiles fell into the sea.", "June 7, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 2);
    const scenario::Event* drones = nullptr;
    const scenario::Event* cruise = nullptr;
    for (const auto* e : launches) (e->munition.find("cruise") != std::string::npos ? cruise : drones) = e;
    REQUIRE(drones);
    REQUIRE(cruise);
    CHECK(drones->count == 12);
    CHECK(drones->munition.find("drone") != std::string::npos);
    CHECK(cruise->count == 4);
    for (const auto* e : launches) {
        REQUIRE(e->from);
        CHECK(placeName(sc, *e->from) == "Yemen");
        CHECK(targets(sc, *e, "Eilat"));
        CHECK(onDay(*e, 2024, 6, 7));
    }
    // The crash of two cruise missiles belongs to the cruise missiles' part.
    const auto crashes = eventsOfKind(sc, "crash");
    REQUIRE(crashes.size() == 1);
    CHECK(crashes[0]->related == cruise->id);
}

TEST_CASE("Events: 'both' or 'all' of the munitions just told falling or intercepted is every one of them",
          "[extract][events]") {
    const auto sc = readReport("Houthi militants fired two missiles toward Eilat on Thursday, but both fell into the "
                               "Red Sea.", "November 9, 2023");
    const auto launches = eventsOfKind(sc, "launch");
    const auto crashes = eventsOfKind(sc, "crash");
    REQUIRE(launches.size() == 1);
    REQUIRE(crashes.size() == 1);
    CHECK(targets(sc, *launches[0], "Eilat"));
    CHECK_FALSE(targets(sc, *launches[0], "Red Sea")); // where they fell, not where they were fired at
    CHECK(targets(sc, *crashes[0], "Red Sea"));
    CHECK(crashes[0]->count == 2);
    CHECK(crashes[0]->related == launches[0]->id);
    const auto all = readReport("Hamas fired 30 rockets at Ashkelon on Monday; all were intercepted.", "May 10, 2021");
    const auto intercepts = eventsOfKind(all, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->count == 30);
}

TEST_CASE("Events: a spaced 'land attack' inside a listed munition's name counts that munition", "[extract][events]") {
    const auto sc = readReport("The U.S. military said it shot down 12 one-way attack drones, three anti-ship "
                               "ballistic missiles and two land attack cruise missiles in the Red Sea on Friday.",
                               "January 26, 2024");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 3);
    int drones = 0, ballistic = 0, cruise = 0;
    for (const auto* e : intercepts) {
        CHECK(targets(sc, *e, "Red Sea"));
        REQUIRE(e->count);
        if (e->munition.find("drone") != std::string::npos) drones = *e->count;
        else if (e->munition.find("ballistic") != std::string::npos) ballistic = *e->count;
        else if (e->munition.find("cruise") != std::string::npos) cruise = *e->count;
    }
    CHECK(drones == 12);
    CHECK(ballistic == 3);
    CHECK(cruise == 2);
}

TEST_CASE("Events: a running total since a campaign began is a claim, not one launch's count or day",
          "[extract][events]") {
    const auto sc = readReport("B-52 bombers flying from RAF Fairford launched air-launched cruise missiles at targets "
                               "near Belgrade on Thursday night. Officials said about 100 cruise missiles have been "
                               "fired since the operation began Wednesday night.", "March 25, 1999");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK_FALSE(launches[0]->count);
    CHECK(onDay(*launches[0], 1999, 3, 25));
    // The tally stays in the ledger as a claim of its speaker.
    bool tally = false;
    for (const auto& c : sc.claims) tally |= c.value == 100 && c.event.empty();
    CHECK(tally);
}

TEST_CASE("Events: a speaker after a semicolon does not speak for the launch told before it", "[extract][events]") {
    const auto sc = readReport("Russia launched 40 drones at Ukraine overnight; Ukraine's air force said 35 were shot "
                               "down.",
                               "March 3, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(launches.size() == 1);
    REQUIRE(intercepts.size() == 1);
    const auto* launch = launches[0];
    const auto* intercept = intercepts[0];
    CHECK(launch->count == 40);
    CHECK(launch->speaker.empty());
    CHECK(intercept->speaker == "Ukraine's air force");
    CHECK(intercept->count == 35);
    for (const auto& c : sc.claims)
        if (c.value == 40) CHECK(c.speaker.empty());
}

TEST_CASE("Events: firing at munitions or to intercept them is an intercept of what was engaged, whose launch "
          "stays its own",
          "[extract][events]") {
    const auto sc = readReport("The destroyer USS Mason fired two Standard Missile-2s and one Evolved Sea Sparrow "
                               "Missile to intercept two cruise missiles launched from Yemen, the Pentagon said.",
                               "October 10, 2016");
    const auto intercepts = eventsOfKind(sc, "intercept");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(intercepts.size() == 1);
    REQUIRE(launches.size() == 1);
    CHECK(intercepts[0]->count == 2);
    CHECK(intercepts[0]->munition == "cruise missile");
    CHECK(launches[0]->count == 2);
    CHECK(launches[0]->munition == "cruise missile");
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Yemen");
    CHECK(launches[0]->actor.empty()); // not the destroyer that engaged them

    // Counted interceptors are the intercept's claim: the launch keeps the count of what it sent.
    const auto counted = readReport("The USS Mason fired three missiles to intercept two anti-ship cruise missiles "
                                    "launched from Houthi-controlled territory in Yemen on Saturday.",
                                    "October 15, 2016");
    REQUIRE(eventsOfKind(counted, "launch").size() == 1);
    CHECK(eventsOfKind(counted, "launch")[0]->count == 2);
    CHECK(eventsOfKind(counted, "launch")[0]->munition == "anti-ship cruise missile");
    REQUIRE(eventsOfKind(counted, "intercept").size() == 1);
    CHECK(eventsOfKind(counted, "intercept")[0]->count == 2);

    const auto at = readReport("The destroyer fired three interceptors at two incoming drones over the Red Sea.",
                               "October 10, 2016");
    REQUIRE(eventsOfKind(at, "intercept").size() == 1);
    CHECK(eventsOfKind(at, "launch").empty());
    CHECK(eventsOfKind(at, "intercept")[0]->count == 2);
    CHECK(eventsOfKind(at, "intercept")[0]->munition == "drone");

    // Firing at places or at targets named by a munition word stays a launch.
    const auto factories = readReport("Russia fired missiles at drone factories in Kyiv.", "October 10, 2016");
    REQUIRE(eventsOfKind(factories, "launch").size() == 1);
    CHECK(eventsOfKind(factories, "intercept").empty());
}

TEST_CASE("Events: an armed group named by a country's possessive, or saying it acted, is the actor",
          "[extract][events]") {
    const auto hez = readReport("Two missiles were fired by Lebanon's Hezbollah at Haifa.", "October 8, 2023");
    REQUIRE(eventsOfKind(hez, "launch").size() == 1);
    CHECK(eventsOfKind(hez, "launch")[0]->actor == "Hezbollah");
    // The possessive of a country with no group after it still names the country.
    const auto fleet = readReport("The missiles were fired by Russia's Black Sea Fleet at Odesa.", "July 20, 2023");
    REQUIRE(eventsOfKind(fleet, "launch").size() == 1);
    CHECK(eventsOfKind(fleet, "launch")[0]->actor == "RU");
    // "saying they had launched 10 drones": the group speaking acted, and the same group under another name
    // ("Houthi rebels", "Houthis") is one side, so the launch keeps the attack's targets.
    const auto claimed = readReport("A drone attack by Yemen's Houthi rebels struck the Abqaiq oil processing facility "
                                    "in Saudi Arabia early Saturday. The Iranian-backed Houthis claimed responsibility, "
                                    "saying they had launched 10 drones.",
                                    "September 14, 2019");
    const auto launches = eventsOfKind(claimed, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->actor == "Houthis");
    CHECK(launches[0]->count == 10);
    CHECK(targets(claimed, *launches[0], "Abqaiq"));
}

TEST_CASE("Events: a strike made with counted munitions of two kinds is one part per kind", "[extract][events]") {
    const auto sc = readReport("Russia attacked Ukraine overnight with 43 drones and two Iskander-M ballistic "
                               "missiles, Ukraine's air force said Sunday.",
                               "May 5, 2024");
    REQUIRE(sc.events.size() == 2);
    CHECK(sc.events[0].count == 43);
    CHECK(sc.events[0].munition == "drone");
    CHECK(sc.events[1].count == 2);
    CHECK(sc.events[1].munition == "Iskander-M ballistic missile");
    for (const auto& e : sc.events) CHECK(targets(sc, e, "Ukraine"));
}

TEST_CASE("Events: a hedged count after 'with' still makes a strike with counted munitions", "[extract][events]") {
    const auto sc = readReport("Russia attacked Ukraine overnight with more than 40 missiles and 50 drones, the "
                               "Ukrainian air force said.",
                               "May 5, 2024");
    REQUIRE(sc.events.size() == 2);
    CHECK(sc.events[0].count == 40);
    CHECK(sc.events[0].munition == "missile");
    CHECK(sc.events[1].count == 50);
    CHECK(sc.events[1].munition == "drone");
    for (const auto& e : sc.events) CHECK(targets(sc, e, "Ukraine"));
}

TEST_CASE("Events: bare counts with strike verbs of their own are one impact each, and the launch flies to both",
          "[extract][events]") {
    const auto sc = readReport("Iraq fired eight Scud missiles at Israel early Friday. Two hit Tel Aviv and one "
                               "struck Haifa, Israeli officials said.",
                               "January 18, 1991");
    const auto strikes = eventsOfKind(sc, "strike");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(strikes.size() == 2);
    REQUIRE(launches.size() == 1);
    CHECK(strikes[0]->count == 2);
    CHECK(targets(sc, *strikes[0], "Tel Aviv"));
    CHECK_FALSE(targets(sc, *strikes[0], "Haifa"));
    CHECK(strikes[1]->count == 1);
    CHECK(targets(sc, *strikes[1], "Haifa"));
    CHECK(targets(sc, *launches[0], "Tel Aviv"));
    CHECK(targets(sc, *launches[0], "Haifa"));
    for (const auto& c : sc.claims) CHECK(c.text != "one struck"); // "struck" is the verb, not what was counted
}

TEST_CASE("Events: a place the sentence opens in is where the strikes were, and the country heading the subject acts",
          "[extract][events]") {
    const auto sc = readReport("U.S. and partner nation military forces conducted 12 airstrikes against ISIL in Syria "
                               "on Saturday. In Iraq, U.S. military forces conducted three airstrikes. Near Mosul, "
                               "U.S. forces conducted two airstrikes.",
                               "September 29, 2014");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 3);
    CHECK(strikes[1]->count == 3);
    CHECK(strikes[1]->actor == "US");
    CHECK(targets(sc, *strikes[1], "Iraq"));
    CHECK_FALSE(targets(sc, *strikes[1], "United States"));
    CHECK(strikes[2]->count == 2);
    CHECK(strikes[2]->actor == "US");
    CHECK(targets(sc, *strikes[2], "Mosul"));
    // A list of countries heading an actor noun still needs its "and": "U.S., British and French forces".
    const auto allies = readReport("U.S., British and French forces launched 105 weapons against Syria.",
                                   "April 14, 2018");
    REQUIRE(eventsOfKind(allies, "launch").size() == 1);
    CHECK(eventsOfKind(allies, "launch")[0]->actor == "US, GB, FR");
}

TEST_CASE("Events: a launch that names no side, in the theatre of the strike told before, is by the strike's side",
          "[extract][events]") {
    const auto sc = readReport("U.S. and British forces struck Iraq on Wednesday. More than 200 cruise missiles were "
                               "fired from ships in the Persian Gulf.",
                               "December 17, 1998");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->actor == "US, GB");
    CHECK(targets(sc, *launches[0], "Iraq"));
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Persian Gulf");
}

TEST_CASE("Events: a sentence breaking a counted launch down by area gives its areas, not its count, to one part",
          "[extract][events]") {
    const auto sc = readReport("Russia launched about 90 missiles at Ukraine on Tuesday. Kh-101 cruise missiles were "
                               "launched from Tu-95 bombers over the Caspian Sea, and Kalibr missiles were fired from "
                               "ships in the Black Sea.",
                               "November 15, 2022");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 3);
    int counted = 0;
    for (const auto* l : launches) {
        if (!l->count) {
            REQUIRE(l->from); // each part has its area and no share of the count
            continue;
        }
        ++counted;
        CHECK(*l->count == 90);
        CHECK_FALSE(l->from); // the whole came from both areas
    }
    CHECK(counted == 1);
}

TEST_CASE("Events: a listed munition written with an article counts one, and only that item",
          "[extract][events]") {
    const auto sc = readReport("Houthis launched drones and a missile at the tanker in the Red Sea.", "January 10, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 2);
    CHECK(launches[0]->munition == "drone");
    CHECK_FALSE(launches[0]->count); // not the missile's one
    CHECK(launches[1]->munition == "missile");
    CHECK(launches[1]->count == 1);
}

TEST_CASE("Events: counts placed each by its own 'over' phrase after one intercept verb are one intercept each",
          "[extract][events]") {
    const auto sc = readReport("Russia's defense ministry said it had intercepted three drones over the Moscow region "
                               "and two over the Bryansk region on Sunday.",
                               "August 20, 2023");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 2);
    CHECK(intercepts[0]->count == 3);
    CHECK(targets(sc, *intercepts[0], "Moscow Oblast"));
    CHECK_FALSE(targets(sc, *intercepts[0], "Bryansk Oblast"));
    CHECK(intercepts[1]->count == 2);
    CHECK(targets(sc, *intercepts[1], "Bryansk Oblast"));
    // One count over a list of regions stays one intercept.
    const auto list = readReport("Air defenses shot down 27 drones over the Kharkiv, Sumy and Kyiv regions.",
                                 "May 5, 2024");
    CHECK(eventsOfKind(list, "intercept").size() == 1);
}

TEST_CASE("Events: ships named after 'from the' put their sea as the launch area, and the launch takes the strike's side",
          "[extract][events]") {
    const auto sc = readReport("U.S. forces conducted a cruise missile strike against Shayrat Airfield in Homs "
                               "Governorate, Syria. Fifty-nine Tomahawk missiles were launched from the USS Porter and "
                               "USS Ross, which were operating in the eastern Mediterranean Sea.",
                               "April 7, 2017");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 59);
    REQUIRE(launches[0]->from);
    CHECK(placeName(sc, *launches[0]->from) == "Eastern Mediterranean");
    CHECK(targets(sc, *launches[0], "Shayrat"));
    CHECK_FALSE(targets(sc, *launches[0], "Eastern Mediterranean"));
    CHECK(launches[0]->actor == "US");
}

TEST_CASE("Events: what a counted attack included, item by item, stands for the attack", "[extract][events]") {
    SECTION("three kinds, two sharing the head noun 'missiles', replace a total told as a lower bound") {
        const auto sc = readReport("Iran launched more than 300 drones and missiles at Israel overnight, the Israeli "
                                   "military said. The attack included 170 drones, more than 30 cruise missiles and "
                                   "more than 120 ballistic missiles.",
                                   "April 14, 2024");
        const auto launches = eventsOfKind(sc, "launch");
        REQUIRE(launches.size() == 3);
        std::map<std::string, int> byMunition;
        for (const auto* e : launches) {
            CHECK(targets(sc, *e, "Israel"));
            CHECK(e->actor == "IR");
            if (e->count) byMunition[e->munition] = *e->count;
        }
        CHECK(byMunition["drone"] == 170);
        CHECK(byMunition["cruise missile"] == 30);
        CHECK(byMunition["ballistic missile"] == 120);
    }
    SECTION("the barrage's items are parts of the missiles, not of the drones told with them") {
        const auto sc = readReport("Russia attacked Ukraine overnight with 90 missiles and 60 drones. The barrage "
                                   "included 40 Kalibr cruise missiles and 50 Kh-101 missiles.",
                                   "May 5, 2024");
        REQUIRE(sc.events.size() == 3);
        int total = 0;
        for (const auto& e : sc.events) total += e.count.value_or(0);
        CHECK(total == 150); // 60 drones + 40 + 50 missiles, never the 90 as well
        bool drones = false;
        for (const auto& e : sc.events) drones |= e.munition == "drone" && e.count == 60;
        CHECK(drones);
    }
    SECTION("an uncounted attack takes its items without merging two kinds of missile") {
        const auto sc = readReport("Iran launched an attack on Israel overnight. The first wave included 170 drones, "
                                   "30 cruise missiles and 120 ballistic missiles.",
                                   "April 14, 2024");
        REQUIRE(sc.events.size() == 3);
        CHECK(sc.events[1].count == 30);
        CHECK(sc.events[1].munition == "cruise missile");
        CHECK(sc.events[2].count == 120);
        CHECK(sc.events[2].munition == "ballistic missile");
    }
}

TEST_CASE("Events: counted munitions told hitting no named place strike the launch's targets", "[extract][events]") {
    const auto sc = readReport("Twenty-three Tomahawk cruise missiles were launched from the USS Peterson in the Red "
                               "Sea at the headquarters of the Iraqi Intelligence Service in Baghdad on June 26. "
                               "Defense officials said 16 missiles hit the target, while three struck a residential "
                               "neighborhood nearby.",
                               "June 27, 1993");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 2);
    for (const auto* s : strikes) {
        CHECK(targets(sc, *s, "Baghdad"));
        CHECK(placeName(sc, s->from.value_or("")) == "Red Sea");
        CHECK(onDay(*s, 1993, 6, 26));
    }
    CHECK(strikes[0]->count == 16);
    CHECK(strikes[1]->count == 3);
    SECTION("not when more are told striking than the launch sent") {
        const auto more = readReport("Three cruise missiles were launched at Baghdad on June 26. Officials said 16 "
                                     "missiles hit the target.",
                                     "June 27, 1993");
        for (const auto* s : eventsOfKind(more, "strike")) CHECK_FALSE(targets(more, *s, "Baghdad"));
    }
}

TEST_CASE("Events: a country that helped is neither the origin nor the target", "[extract][events]") {
    const auto sc = readReport("Iran fired about 180 ballistic missiles at Israel on Tuesday evening, the Israeli "
                               "military said. Most of the missiles were intercepted by Israeli air defenses with "
                               "help from the United States.",
                               "October 1, 2024");
    for (const auto& e : sc.events) {
        CHECK(placeName(sc, e.from.value_or("")) != "United States");
        CHECK_FALSE(targets(sc, e, "United States"));
    }
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(targets(sc, *intercepts[0], "Israel"));
}

TEST_CASE("Events: counted munitions 'were used' count the strike told sentences before", "[extract][events]") {
    const auto sc = readReport("U.S. forces struck more than 85 targets in Iraq and Syria on Friday, the Pentagon "
                               "said. The strikes, which began at 4 p.m. EST, hit command and control centers. Lt. "
                               "Gen. Douglas Sims said the strikes were conducted by numerous aircraft. More than 125 "
                               "precision munitions were used against seven facilities, three in Iraq and four in "
                               "Syria.",
                               "February 2, 2024");
    REQUIRE(sc.events.size() == 1);
    const auto& e = sc.events[0];
    CHECK(e.kind == "strike");
    CHECK(e.count == 125);
    CHECK(targets(sc, e, "Iraq"));
    CHECK(targets(sc, e, "Syria"));
    CHECK(onDay(e, 2024, 2, 2));
    SECTION("munitions used by someone, or to do something, are no strike") {
        const auto other = readReport("The sites stored 40 drones that were used by the militias.", "February 2, 2024");
        CHECK(other.events.empty());
    }
}

TEST_CASE("Events: 'air to surface missiles' written with spaces are counted munitions", "[extract][events]") {
    const auto sc = readReport("Two B-1 bombers fired 19 air to surface missiles at the Barzah research center in "
                               "Damascus. Syrian air defenses fired 40 surface to air missiles.",
                               "April 14, 2018");
    bool nineteen = false, forty = false;
    for (const auto& e : sc.events) {
        nineteen |= e.count == 19 && e.munition == "air-to-surface missile" && targets(sc, e, "Damascus");
        forty |= e.count == 40 && e.munition == "surface-to-air missile";
    }
    CHECK(nineteen);
    CHECK(forty);
    for (const auto& e : sc.events) CHECK(e.count != 2); // the bombers are aircraft, not munitions
}

TEST_CASE("Events: a place told only as an intended launch's target is no target of the event told",
          "[extract][events]") {
    const auto sc = readReport("At approximately 4:30 p.m., U.S. forces struck and destroyed four anti-ship cruise "
                               "missiles that were prepared to launch against ships in the Red Sea.",
                               "February 6, 2024");
    REQUIRE_FALSE(sc.events.empty());
    for (const auto& e : sc.events) CHECK_FALSE(targets(sc, e, "Red Sea"));
    SECTION("a verb that happens ('began to fire') keeps its places") {
        const auto fired = readReport("The destroyers began to fire Tomahawk missiles at targets in Syria.",
                                      "February 6, 2024");
        REQUIRE(fired.events.size() == 1);
        CHECK(targets(fired, fired.events[0], "Syria"));
    }
}

TEST_CASE("Events: a place flown over before the munition fell elsewhere is not where it came down",
          "[extract][events]") {
    const auto sc = readReport("North Korea launched an intermediate-range ballistic missile from Jagang Province at "
                               "7:23 a.m. local time Tuesday. The missile flew about 4,600 kilometers over northern "
                               "Japan before falling into the Pacific Ocean, Japanese officials said.",
                               "October 4, 2022");
    const auto crashes = eventsOfKind(sc, "crash");
    REQUIRE(crashes.size() == 1);
    CHECK(targets(sc, *crashes[0], "Pacific Ocean"));
    for (const auto& e : sc.events) CHECK_FALSE(targets(sc, e, "Japan"));
    SECTION("an aircraft shot down while flying over a strait came down there") {
        const auto down = readReport("A U.S. Navy RQ-4 surveillance aircraft was flying over the Strait of Hormuz "
                                     "when it was shot down by a surface to air missile fired from a location near "
                                     "Bandar Abbas, Iran.",
                                     "June 20, 2019");
        const auto intercepts = eventsOfKind(down, "intercept");
        REQUIRE(intercepts.size() == 1);
        CHECK(targets(down, *intercepts[0], "Strait of Hormuz"));
    }
}

TEST_CASE("Events: a demonym before a target noun places the target in that country", "[extract][events]") {
    SECTION("past modifiers: military sites, energy facilities, air defense sites") {
        const auto sc = readReport("Hezbollah fired 320 rockets from Lebanon at 11 Israeli military sites. Russian "
                                   "drones struck Ukrainian energy facilities overnight.",
                                   "August 25, 2024");
        const auto launches = eventsOfKind(sc, "launch");
        REQUIRE(launches.size() == 1);
        CHECK(targets(sc, *launches[0], "Israel"));
        CHECK(placeName(sc, launches[0]->from.value_or("")) == "Lebanon");
        const auto strikes = eventsOfKind(sc, "strike");
        REQUIRE(strikes.size() == 1);
        CHECK(targets(sc, *strikes[0], "Ukraine"));
    }
    SECTION("not bases a country keeps abroad, nor sites the text places elsewhere") {
        const auto sc = readReport("Iran fired missiles at U.S. military bases in Iraq. Israeli jets struck Iranian "
                                   "weapons sites in Syria.",
                                   "August 25, 2024");
        for (const auto& e : sc.events) {
            CHECK_FALSE(targets(sc, e, "United States"));
            CHECK_FALSE(targets(sc, e, "Iran"));
        }
    }
}

TEST_CASE("Events: 'The main target was X' tells where the attack told before struck", "[extract][events]") {
    const auto sc = readReport("Russia launched 728 drones and 13 missiles at Ukraine overnight, the Ukrainian air "
                               "force said. The main target was the western city of Lutsk.",
                               "July 9, 2025");
    bool lutsk = false;
    for (const auto& e : sc.events) lutsk |= targets(sc, e, "Luts") && e.actor == "RU"; // the atlas writes Luts'k
    CHECK(lutsk);
}

TEST_CASE("Events: a crash told again in a counted clause of its own is a crash of its own", "[extract][events]") {
    const auto sc = readReport("Russia launched 40 drones at Ukraine overnight. Two of the drones crashed in Belarus, "
                               "and one fell in Moldova.",
                               "September 10, 2025");
    const auto crashes = eventsOfKind(sc, "crash");
    REQUIRE(crashes.size() == 2);
    CHECK(crashes[0]->count == 2);
    CHECK(targets(sc, *crashes[0], "Belarus"));
    CHECK_FALSE(targets(sc, *crashes[0], "Moldova"));
    CHECK(crashes[1]->count == 1);
    CHECK(targets(sc, *crashes[1], "Moldova"));
    SECTION("one crash verb with a list of places stays one crash") {
        const auto one = readReport("Two of the drones crashed in Belarus and Moldova.", "September 10, 2025");
        CHECK(eventsOfKind(one, "crash").size() == 1);
    }
}

TEST_CASE("Events: 'The bombers flew from X' told after an air strike is where that strike came from",
          "[extract][events]") {
    const auto sc = readReport("Seven B-2 bombers dropped 14 bombs on the Fordow site in Iran early Sunday. A "
                               "submarine fired two dozen Tomahawk missiles at Isfahan. The bombers flew for 18 hours "
                               "from Whiteman Air Force Base in Missouri.",
                               "June 22, 2025");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(placeName(sc, strikes[0]->from.value_or("")) == "Whiteman Air Force Base");
    // The submarine's launch, told between, is no air strike: the bombers' base is not its origin.
    for (const auto* l : eventsOfKind(sc, "launch"))
        CHECK(placeName(sc, l->from.value_or("")) != "Whiteman Air Force Base");
    SECTION("an aircraft noun in the strike's sentence makes it an air strike") {
        const auto libya = readReport("F-111 bombers struck targets in Tripoli and Benghazi early Tuesday. The "
                                      "aircraft took off from Lakenheath in Britain.",
                                      "April 15, 1986");
        REQUIRE(eventsOfKind(libya, "strike").size() == 1);
        CHECK(placeName(libya, eventsOfKind(libya, "strike")[0]->from.value_or("")) == "Lakenheath");
    }
    SECTION("a ground launch takes no base from aircraft told after it") {
        const auto ground = readReport("Iran fired 14 ballistic missiles at Al Udeid Air Base in Qatar. The jets "
                                       "took off from Doha.",
                                       "June 23, 2025");
        for (const auto& e : ground.events) CHECK(placeName(ground, e.from.value_or("")) != "Doha");
    }
}

TEST_CASE("Events: 'and the other three fell into the Gulf' after an intercept is a crash of three", "[extract][events]") {
    const auto sc = readReport("Iraqi forces fired five missiles toward Kuwait on Thursday. Patriot batteries "
                               "intercepted two of them, and the other three fell into the Persian Gulf.",
                               "March 22, 2003");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->count == 2);
    CHECK_FALSE(targets(sc, *intercepts[0], "Persian Gulf"));
    const auto crashes = eventsOfKind(sc, "crash");
    REQUIRE(crashes.size() == 1);
    CHECK(crashes[0]->count == 3);
    CHECK(targets(sc, *crashes[0], "Persian Gulf"));
}

TEST_CASE("Events: 'but some struck X' after an intercept by a named side is the launcher's, not the interceptor's",
          "[extract][events]") {
    const auto sc = readReport("Iran launched about 180 ballistic missiles at Israel on Tuesday evening. Most were "
                               "intercepted by Israel's air defenses, but some struck central and southern Israel.",
                               "October 1, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->actor == "IR");
    CHECK(targets(sc, *strikes[0], "central Israel"));
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->actor == "IL");
}

TEST_CASE("Events: a strike split by munition stays split when the counts are equal", "[extract][events]") {
    const auto sc = readReport("Russia attacked the port city of Odesa with 19 missiles and 19 drones overnight, "
                               "Ukraine's air force said.",
                               "July 20, 2023");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 2);
    CHECK(strikes[0]->count == 19);
    CHECK(strikes[1]->count == 19);
    CHECK(strikes[0]->munition != strikes[1]->munition);
}

TEST_CASE("Events: 'The Katyusha rocket was fired from X' two sentences after its strike is that strike's launch",
          "[extract][events]") {
    const auto sc = readReport("A rocket slammed into Baghdad's heavily fortified Green Zone on Sunday night, landing "
                               "less than a mile from the U.S. Embassy, Iraqi military officials said. There were no "
                               "casualties. The Katyusha rocket was fired from eastern Baghdad, the Iraqi military "
                               "said in a statement.",
                               "January 27, 2019");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 1);
    CHECK(targets(sc, *launches[0], "Baghdad")); // it flies to what the rocket struck
    CHECK(std::find(launches[0]->sentences.begin(), launches[0]->sentences.end(), 0) != launches[0]->sentences.end());
}

TEST_CASE("Events: a base or town right before 'southeast of X' is the target and X only locates it",
          "[extract][events]") {
    const auto sc = readReport("Hezbollah fired rockets at the Ramat David air base southeast of Haifa on Sunday. "
                               "Later it fired rockets at Kiryat Bialik northeast of Haifa.",
                               "September 22, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE_FALSE(launches.empty());
    for (const auto* l : launches) CHECK_FALSE(targets(sc, *l, "Haifa"));
    CHECK(targets(sc, *launches[0], "Ramat David"));
    SECTION("a region before the bearing is coarser: the town after it stays the nearest point told") {
        const auto coast = readReport("Houthi fighters fired two missiles at ships in the Red Sea west of Hodeidah "
                                      "on Sunday.",
                                      "September 22, 2024");
        bool hodeidah = false;
        for (const auto& e : coast.events) hodeidah |= targets(coast, e, "Hudaydah");
        CHECK(hodeidah);
    }
}

TEST_CASE("Events: 'destroying two vehicle bombs' counts targets, not the strikes' munitions", "[extract][events]") {
    const auto sc = readReport("Coalition aircraft conducted 11 strikes near Mosul on Monday, destroying four ISIL "
                               "tactical units, two vehicle bombs and a mortar system, officials said.",
                               "October 18, 2016");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->count == 11);
    CHECK(strikes[0]->munition.empty());
    for (const auto& c : sc.claims)
        if (c.value == 2) CHECK(c.quantity == "targets");
}

TEST_CASE("Events: a strike on a town inside the region a launch targeted is that launch's side", "[extract][events]") {
    const auto sc = readReport("Hezbollah fired about 85 rockets into northern Israel early Sunday, the Israeli "
                               "military said. Most were intercepted, but several hit homes in Kiryat Bialik, "
                               "wounding three people.",
                               "September 22, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->actor == "Hezbollah");
    SECTION("a town outside that region takes no side from it") {
        const auto far = readReport("Hezbollah fired about 85 rockets into northern Israel early Sunday. Most were "
                                    "intercepted, but several hit homes in Eilat.",
                                    "September 22, 2024");
        for (const auto* s : eventsOfKind(far, "strike"))
            if (targets(far, *s, "Eilat")) CHECK(s->actor.empty());
    }
}

TEST_CASE("Events: 'Israel said its fighter jets struck' is Israel's strike", "[extract][events]") {
    const auto sc = readReport("Israel said its fighter jets struck a dozen Iranian and Syrian targets in Syria on "
                               "Saturday after an Iranian drone entered Israeli airspace.",
                               "February 10, 2018");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->actor == "IL");
    SECTION("jets of no owner named are not the speaker's") {
        const auto other = readReport("Iran's ambassador said that F-35 jets fired six missiles at the building.",
                                      "February 10, 2018");
        for (const auto& e : other.events) CHECK(e.actor != "IR");
    }
}

TEST_CASE("Events: 'struck a hotel in the southern Israeli city of Eilat' reaches Eilat past its descriptor",
          "[extract][events]") {
    const auto sc = readReport("A drone launched from Iraq struck a hotel in the southern Israeli city of Eilat early "
                               "Friday, the Israeli military said.",
                               "October 4, 2024");
    bool eilat = false;
    for (const auto& e : sc.events) eilat |= targets(sc, e, "Eilat");
    CHECK(eilat);
}

TEST_CASE("Events: strikes on an armed group's targets with no place named struck the country it holds",
          "[extract][events]") {
    const auto sc = readReport("In the early morning hours of Jan. 12, U.S. Central Command forces, in coordination "
                               "with the United Kingdom and support from Australia, Bahrain, Canada and the "
                               "Netherlands, conducted joint strikes on Houthi targets to degrade their ability to "
                               "continue their attacks on vessels and commercial shipping in the Red Sea.",
                               "January 12, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(targets(sc, *strikes[0], "Yemen"));
    CHECK_FALSE(targets(sc, *strikes[0], "Red Sea"));
    SECTION("the group as a fighting side is no place") {
        const auto fired = readReport("Houthi rebels fired two missiles at a tanker in the Gulf of Aden.",
                                      "January 12, 2024");
        CHECK(placeNamedIn(fired, "Yemen") == nullptr);
        REQUIRE(eventsOfKind(fired, "launch").size() == 1);
        CHECK(eventsOfKind(fired, "launch")[0]->actor == "Houthi rebels");
    }
}

TEST_CASE("Events: 'X's military said it intercepted a missile launched from Yemen' is X's intercept",
          "[extract][events]") {
    const auto sc = readReport("Israel's military said it intercepted a surface-to-surface missile launched from "
                               "Yemen toward central Israel early Saturday.",
                               "December 21, 2024");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->actor == "IL");
    // The speaker's side did not launch from Yemen.
    for (const auto* l : eventsOfKind(sc, "launch")) CHECK(l->actor != "IL");
}

TEST_CASE("Events: 'fired missiles at what it said were militant bases in Pakistan' targets Pakistan",
          "[extract][events]") {
    const auto sc = readReport("Iran fired missiles at what it said were militant bases in Pakistan on Tuesday.",
                               "January 17, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(targets(sc, *launches[0], "Pakistan"));
}

TEST_CASE("Events: an official who tells of another side's attack lends it no side, and a facility's operator is "
          "no agent",
          "[extract][events]") {
    const auto sc = readReport("Drones attacked two major oil facilities run by Saudi Aramco early Saturday, the "
                               "interior ministry said. A U.S. official later said the attack was carried out with "
                               "cruise missiles launched from the north.",
                               "September 14, 2019");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(strikes[0]->actor.empty()); // not Saudi Arabia, which runs the facilities
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE_FALSE(launches.empty());
    for (const auto* l : launches) CHECK(l->actor.empty()); // not the U.S., whose official speaks
    // The side that intercepts stays the speaker's.
    const auto intercepted = readReport("A U.S. official said the missile was intercepted over the Red Sea.",
                                        "September 14, 2019");
    REQUIRE(eventsOfKind(intercepted, "intercept").size() == 1);
    CHECK(eventsOfKind(intercepted, "intercept")[0]->actor == "US");
}

TEST_CASE("Events: the owner of a named weapon system, and a ship named before with its prefix, intercept",
          "[extract][events]") {
    const auto sc = readReport("Israel's Iron Dome system intercepted most of the rockets fired from Gaza.",
                               "May 11, 2021");
    REQUIRE(eventsOfKind(sc, "intercept").size() == 1);
    CHECK(eventsOfKind(sc, "intercept")[0]->actor == "IL");
    const auto ship = readReport("Houthi militants fired two anti-ship ballistic missiles toward the USS Carney, a "
                                 "U.S. Navy destroyer, in the Gulf of Aden. One was shot down by the Carney.",
                                 "March 6, 2024");
    const auto intercepts = eventsOfKind(ship, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->actor == "US"); // not "Carney"
}

TEST_CASE("Events: a strike told before a clause of the incident that came first is not dated or armed by it",
          "[extract][events]") {
    const auto sc = readReport("The Israeli military said it had struck Iranian Quds Force targets in Syria after a "
                               "rocket was fired from Syria toward the Golan Heights on Sunday.",
                               "January 21, 2019");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1); // a past perfect after "said" is the told past, not a habit
    CHECK(strikes[0]->actor == "IL");
    CHECK(strikes[0]->munition.empty()); // the rocket is the launch's
    CHECK_FALSE(onDay(*strikes[0], 2019, 1, 20));
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->munition == "rocket");
    CHECK(onDay(*launches[0], 2019, 1, 20));
    // "Israel has struck targets in Syria for years" stays a habit.
    CHECK(eventsOfKind(readReport("Israel has struck targets in Syria for years.", "January 21, 2019"), "strike").empty());
}

TEST_CASE("Events: a tally since a day that opens its clause is no launch of its own", "[extract][events]") {
    const auto sc = readReport("Palestinian militants in Gaza fired more than 130 rockets at Tel Aviv on Tuesday "
                               "evening, the Israeli military said. Since Monday, militants have fired more than 1,000 "
                               "rockets at Israel, according to the military.",
                               "May 11, 2021");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 130);
    const auto tally = std::find_if(sc.claims.begin(), sc.claims.end(), [](const auto& c) { return c.value == 1000; });
    REQUIRE(tally != sc.claims.end());
    CHECK(tally->event.empty());
}

TEST_CASE("Events: ships of no side named fire for the side whose ships fired just before", "[extract][events]") {
    const auto sc = readReport("U.S. Navy ships in the Arabian Sea fired about 75 Tomahawk cruise missiles at training "
                               "camps near Khost in eastern Afghanistan on Thursday. At the same time, ships in the Red "
                               "Sea launched a smaller number of missiles at a pharmaceutical plant in Khartoum, Sudan.",
                               "August 20, 1998");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 2);
    CHECK(launches[0]->actor == "US");
    CHECK(targets(sc, *launches[1], "Khartoum"));
    CHECK(launches[1]->actor == "US");
    // Not ships that suffered the strike.
    const auto hit = readReport("Houthi militants fired missiles at ships in the Red Sea on Thursday. Ships in the "
                                "Gulf of Aden were also struck by drones.",
                                "August 20, 1998");
    for (const auto* s : eventsOfKind(hit, "strike")) CHECK(s->actor != "Houthi militants");
}

TEST_CASE("Events: munitions that crossed or flew in from a place were launched from it", "[extract][events]") {
    const auto sc = readReport("About 150 projectiles crossed from Lebanon into northern Israel on Monday.", "June 3, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->count == 150);
    CHECK(placeName(sc, launches[0]->from.value_or("")) == "Lebanon");
    CHECK(targets(sc, *launches[0], "Israel"));
    const auto flew = readReport("Two drones flew in from Russia on Monday.", "June 3, 2024");
    REQUIRE(eventsOfKind(flew, "launch").size() == 1);
    CHECK(placeName(flew, eventsOfKind(flew, "launch")[0]->from.value_or("")) == "Russia");
    // A flight of aircraft is no launch.
    CHECK(eventsOfKind(readReport("Two bombers flew from Russia on Monday.", "June 3, 2024"), "launch").empty());
}

TEST_CASE("Events: a passive launch's agent after its places, and no intercept by it", "[extract][events]") {
    const auto sc = readReport("Dozens of rockets were fired at Israel by Hezbollah fighters in southern Lebanon on "
                               "Monday.",
                               "June 3, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(launches[0]->actor.find("Hezbollah") != std::string::npos);
    const auto gaza = readReport("Rockets were fired from Gaza toward Tel Aviv by Hamas on Monday.", "June 3, 2024");
    REQUIRE(eventsOfKind(gaza, "launch").size() == 1);
    CHECK(eventsOfKind(gaza, "launch")[0]->actor == "Hamas");
    // The launch participle's agent in an intercept's subject launched the drone; it did not down it.
    const auto downed = readReport("A drone launched at Eilat by militants in Iraq was shot down.", "June 3, 2024");
    REQUIRE(eventsOfKind(downed, "intercept").size() == 1);
    CHECK(eventsOfKind(downed, "intercept")[0]->actor.find("militants") == std::string::npos);
}

TEST_CASE("Events: countries that repelled an attack, as a relative clause's subject, intercept and are no targets",
          "[extract][events]") {
    const auto sc = readReport("Iran fired about 180 ballistic missiles at Israel on Tuesday, an attack that Israel "
                               "and the United States largely repelled.",
                               "October 1, 2024");
    const auto intercepts = eventsOfKind(sc, "intercept");
    REQUIRE(intercepts.size() == 1);
    CHECK(intercepts[0]->actor == "IL, US");
    CHECK(targets(sc, *intercepts[0], "Israel")); // named as the launch's target too
    CHECK_FALSE(targets(sc, *intercepts[0], "United States"));
    REQUIRE(eventsOfKind(sc, "launch").size() == 1);
    CHECK(eventsOfKind(sc, "launch")[0]->actor == "IR");
}

TEST_CASE("Events: strikes told as launched from a place come from it, and a speaker's side does not keep them apart",
          "[extract][events]") {
    const auto sc = readReport("U.S. and British warplanes struck five radar and command sites near Baghdad on Friday, "
                               "Pentagon officials said. About 24 aircraft took part in the strikes, which were launched "
                               "from carriers in the Persian Gulf. Iraqi television said two people were killed in the "
                               "raids, which began at about 12:30 p.m. EST.",
                               "February 16, 2001");
    CHECK(eventsOfKind(sc, "launch").empty()); // no launch of its own, with no side and no target
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 1);
    CHECK(placeName(sc, strikes[0]->from.value_or("")) == "Persian Gulf");
    CHECK(strikes[0]->munition == "warplanes"); // flown at the speed of the aircraft its subject names
    REQUIRE(strikes[0]->time);
    CHECK(strikes[0]->time->precision == TimePrecision::Minute); // "the raids, which began at about 12:30 p.m. EST"
    CHECK(strikes[0]->time->start.unixSeconds == utcFromParts(2001, 2, 16, 17, 30).unixSeconds);
}

TEST_CASE("Events: air defenses of no side named are the speaking side's, and 'shot some of them down' intercepts",
          "[extract][events]") {
    const auto sc = readReport("Russia launched 415 drones at Ukraine overnight, Ukraine's air force said. Air "
                               "defenses shot down 386 of the drones, it said.",
                               "September 10, 2025");
    REQUIRE(eventsOfKind(sc, "intercept").size() == 1);
    CHECK(eventsOfKind(sc, "intercept")[0]->actor == "UA");
    // An observer's country is not the defenses' side.
    const auto observed = readReport("A U.S. official said air defenses shot down most of the missiles.",
                                     "September 10, 2025");
    for (const auto* e : eventsOfKind(observed, "intercept")) CHECK(e->actor.empty());
    const auto poland = readReport("Poland said several drones had entered its airspace and that Polish and allied "
                                   "aircraft had shot some of them down.",
                                   "September 10, 2025");
    const auto downed = eventsOfKind(poland, "intercept");
    REQUIRE(downed.size() == 1);
    CHECK(downed[0]->actor == "PL");
    CHECK(downed[0]->munition == "drone");
}

TEST_CASE("Events: munitions heading toward a place give the launch told before its target, not the way there",
          "[extract][events]") {
    const auto sc = readReport("The USS Carney shot down three cruise missiles launched by Houthi forces in Yemen on "
                               "Thursday. The missiles were heading north along the Red Sea, potentially toward "
                               "targets in Israel, he said.",
                               "October 19, 2023");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(targets(sc, *launches[0], "Israel"));
    CHECK_FALSE(targets(sc, *launches[0], "Red Sea")); // along the way
    CHECK(eventsOfKind(sc, "strike").empty());          // nothing struck there
    // With no launch told before, nothing happened where they were heading.
    const auto alone = readReport("The drones were heading toward Kyiv on Thursday.", "October 19, 2023");
    CHECK(eventsOfKind(alone, "strike").empty());
}

TEST_CASE("Events: places hit by counts of munitions in passive clauses of their own are one strike each",
          "[extract][events]") {
    const auto sc = readReport("The Barzah research center in Damascus was hit by 76 missiles, and the Him Shinshar "
                               "storage facility west of Homs was hit by 22.",
                               "April 14, 2018");
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 2);
    CHECK(strikes[0]->count == 76);
    CHECK(targets(sc, *strikes[0], "Damascus"));
    CHECK_FALSE(targets(sc, *strikes[0], "Homs"));
    CHECK(strikes[1]->count == 22);
    CHECK(targets(sc, *strikes[1], "Homs"));
}

TEST_CASE("Events: a ship named a dozen tokens into the passive agent's phrase gives the interception its side",
          "[extract][events]") {
    const auto downed = readReport("Eighteen drones were shot down by a combined effort of F/A-18s from USS Dwight D. "
                                   "Eisenhower and USS Gravely.",
                                   "January 9, 2024");
    REQUIRE(eventsOfKind(downed, "intercept").size() == 1);
    CHECK(eventsOfKind(downed, "intercept")[0]->actor == "US");
}

TEST_CASE("Events: counted warships of a navy fire for its country, and impacts of a launch from two seas have no "
          "single origin",
          "[extract][events]") {
    const auto sc = readReport("Two U.S. Navy warships fired 23 Tomahawk cruise missiles at the headquarters of the "
                               "Iraqi Intelligence Service in Baghdad on Saturday. The missiles were launched from the "
                               "destroyer USS Peterson in the Red Sea and the cruiser USS Chancellorsville in the Persian "
                               "Gulf. Sixteen of the missiles hit the target, but three struck a residential "
                               "neighborhood nearby.",
                               "June 27, 1993");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE_FALSE(launches.empty());
    for (const auto* l : launches) CHECK(l->actor == "US"); // "Two U.S. Navy warships": not hidden by the count
    const auto strikes = eventsOfKind(sc, "strike");
    REQUIRE(strikes.size() == 2);
    for (const auto* s : strikes) {
        CHECK_FALSE(s->from); // not the Persian Gulf, where only one of the two ships was
        REQUIRE_FALSE(s->related.empty());
        const auto* whole = sc.event(s->related);
        REQUIRE(whole);
        CHECK(whole->count == 23);
    }
}

TEST_CASE("Events: 'the drone that hit Tel Aviv', with no day of its own, is the drone attack told a day before",
          "[extract][events]") {
    const auto sc = readReport("Israeli fighter jets struck the port of Hodeidah in Yemen on Saturday, a day after a "
                               "Houthi drone attack killed one person in Tel Aviv, the Israeli military said. The "
                               "strikes hit fuel depots and a power station. The Houthis said the drone that hit Tel "
                               "Aviv was a new type called Jaffa.",
                               "July 20, 2024");
    const auto strikes = eventsOfKind(sc, "strike");
    int onTelAviv = 0;
    for (const auto* s : strikes)
        if (targets(sc, *s, "Tel Aviv")) {
            ++onTelAviv;
            CHECK(onDay(*s, 2024, 7, 19));
        }
    CHECK(onTelAviv == 1);
}

TEST_CASE("Events: the owner of what was struck is where it was struck, and no side", "[extract][events]") {
    const auto sc = readReport("Russia fired 93 missiles at Ukraine's energy infrastructure overnight. Eleven Kalibr "
                               "cruise missiles were launched from the Black Sea.",
                               "December 13, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 2);
    CHECK(launches[0]->count == 93);
    CHECK(launches[0]->actor == "RU");
    CHECK(targets(sc, *launches[0], "Ukraine")); // "Ukraine's energy infrastructure": where it was struck
    CHECK_FALSE(launches[0]->from);
    CHECK(launches[1]->count == 11);
    CHECK(placeName(sc, launches[1]->from.value_or("")) == "Black Sea");
    const auto struck = readReport("Russian missiles struck Ukraine's power grid on Friday.", "December 13, 2024");
    REQUIRE(eventsOfKind(struck, "strike").size() == 1);
    CHECK(targets(struck, *eventsOfKind(struck, "strike")[0], "Ukraine"));
}

TEST_CASE("Events: rockets launched after a strike by a part that names no place fly to the strike that names one",
          "[extract][events]") {
    const auto sc = readReport("Five Katyusha rockets slammed into the Green Zone in Baghdad on Sunday evening, and at "
                               "least one hit the U.S. Embassy compound, Iraqi security officials said. The rockets "
                               "were launched from the Zafraniyah district in southeastern Baghdad at about 7:30 p.m.",
                               "January 26, 2020");
    const auto launches = eventsOfKind(sc, "launch");
    REQUIRE(launches.size() == 1);
    CHECK(targets(sc, *launches[0], "Baghdad"));
    CHECK(launches[0]->count == 5);
}

TEST_CASE("Events: an incident told in a temporal clause lends no target to a launch told after it",
          "[extract][events]") {
    const auto sc = readReport("Hezbollah fired more than 200 rockets and several drones at military positions in "
                               "northern Israel on Wednesday, a day after an Israeli airstrike in southern Lebanon "
                               "killed one of its senior commanders. The Israeli military said about 150 projectiles "
                               "crossed from Lebanon, some of which were intercepted by the Iron Dome air defense "
                               "system.",
                               "June 13, 2024");
    const auto launches = eventsOfKind(sc, "launch");
    const auto crossed = std::find_if(launches.begin(), launches.end(), [](const auto* l) { return l->count == 150; });
    REQUIRE(crossed != launches.end());
    CHECK(placeName(sc, (*crossed)->from.value_or("")) == "Lebanon");
    CHECK(targets(sc, **crossed, "northern Israel"));
    CHECK_FALSE(targets(sc, **crossed, "southern Lebanon")); // the airstrike's, a day before
}
