// Page layout: headers in the shapes releases and wire copy use, lines set aside, datelines, one-line texts.
#include "text/Document.hpp"

#include <catch2/catch.hpp>

using namespace salvo;
using namespace salvo::text;

namespace {

Document parse(std::string_view text) {
    auto r = parseDocument(text);
    REQUIRE(r);
    return std::move(*r);
}

std::string firstSentence(const Document& d) {
    return d.sentences.empty() ? std::string() : std::string(d.slice(d.sentences[0].start, d.sentences[0].end));
}

bool hasDiagnostic(const Document& d, std::string_view code) {
    for (const auto& g : d.diagnostics)
        if (g.code == code) return true;
    return false;
}

bool sentenceContains(const Document& d, std::string_view needle) {
    for (const auto& s : d.sentences)
        if (d.slice(s.start, s.end).find(needle) != std::string_view::npos) return true;
    return false;
}

} // namespace

TEST_CASE("Furniture: a source line names the publisher and dates the text", "[text]") {
    SECTION("'Organisation, YYYY-MM-DD' under the headline") {
        const auto d = parse("USS Carney engages 14 drones\nU.S. Central Command, 2023-12-16\n\nThe destroyer engaged "
                             "14 drones.\n");
        CHECK(d.publisher == "U.S. Central Command");
        CHECK(d.slice(d.publisherSpan.first, d.publisherSpan.second) == "U.S. Central Command");
        CHECK(d.issuer == "U.S. Central Command");
        CHECK(d.byline == "U.S. Central Command");
        REQUIRE(d.dateline);
        CHECK(formatIsoDate(*d.dateline) == "2023-12-16");
        REQUIRE(d.sentences.size() == 1);
        CHECK(firstSentence(d) == "The destroyer engaged 14 drones.");
    }
    SECTION("with a URL after the date, whose digits are no count") {
        const auto d = parse("USS Carney engages 14 drones\nU.S. Central Command, 2023-12-16, "
                             "https://www.centcom.mil/MEDIA/STATEMENTS/Article/3618788/\n\nThe destroyer engaged 14 "
                             "drones.\n");
        CHECK(d.publisher == "U.S. Central Command");
        REQUIRE(d.numbers.size() == 1);
        CHECK(d.numbers[0].value == 14);
    }
    SECTION("a label before the date is no publisher") {
        for (std::string_view line : {"Posted November 10th, 2011 at 11:40 am (UTC-5)", "Press Release | November 10, "
                                                                                          "2011"}) {
            INFO(line);
            const auto d = parse("Warplanes bomb a refugee camp\n\n" + std::string(line) +
                                 "\n\nOfficials say warplanes bombed a camp.\n");
            CHECK(d.publisher.empty());
            REQUIRE(d.dateline);
            CHECK(formatIsoDate(*d.dateline) == "2011-11-10");
            REQUIRE(d.sentences.size() == 1);
            CHECK(firstSentence(d) == "Officials say warplanes bombed a camp.");
        }
    }
    SECTION("the line above a source line is the title, whatever its punctuation") {
        for (std::string_view title : {"U.S. strikes ISIS in Syria.", "Missiles hit Kyiv. Ukraine says 20 dead",
                                       "Statement on the strikes of April 6, 2017"}) {
            INFO(title);
            const auto d = parse(std::string(title) + "\nU.S. Department of Defense, 2017-04-07\n\nThe strike hit "
                                                      "an air base.\n");
            CHECK(d.headline == title);
            CHECK(d.publisher == "U.S. Department of Defense");
            REQUIRE(d.dateline);
            CHECK(formatIsoDate(*d.dateline) == "2017-04-07");
            REQUIRE(d.sentences.size() == 1);
        }
    }
    SECTION("a one-word headline over a source line") {
        const auto d = parse("Report\nTest Desk, 2017-02-15\n\nThree strikes destroyed a bridge.\n");
        CHECK(d.headline == "Report");
        CHECK(d.publisher == "Test Desk");
        REQUIRE(d.sentences.size() == 1);
    }
}

TEST_CASE("Furniture: release numbers are set aside and their digits are never counts", "[text]") {
    for (std::string_view line : {"No. 275-M,", "Release Number 20170111-01", "Release No. 20170111-01", "17-010"}) {
        INFO(line);
        const auto d = parse("Army announces results of review (No. 275-M)\nU.S. Department of Defense, 1991-06-05\n\n" +
                             std::string(line) + "\nJune 5, 1991\n\nThe Army said 28 soldiers were killed.\n");
        REQUIRE(d.sentences.size() == 1);
        CHECK(firstSentence(d) == "The Army said 28 soldiers were killed.");
        REQUIRE(d.numbers.size() == 1);
        CHECK(d.numbers[0].value == 28);
        bool aside = false;
        for (auto [a, b] : d.boilerplate) aside = aside || d.slice(a, b) == line;
        CHECK(aside);
        CHECK(d.headings.empty()); // "June 5, 1991" is a date line, not a section heading
    }
}

TEST_CASE("Furniture: credit lines under the headline are not prose", "[text]") {
    const auto d = parse("First NATO Strikes Aimed at Serb Air Defenses\nU.S. Department of Defense, 1999-03-25\n\nBy "
                         "Linda D. Kozaryn\nAmerican Forces Press Service\n\nWASHINGTON, March 25, 1999 \xE2\x80\x93 The "
                         "first wave of NATO strikes targeted air defenses.\n");
    CHECK(d.byline == "Linda D. Kozaryn");
    CHECK(d.publisher == "U.S. Department of Defense");
    REQUIRE(d.sentences.size() == 1);
    CHECK(firstSentence(d) == "The first wave of NATO strikes targeted air defenses.");
    CHECK(d.slice(d.datelinePlaceSpan.first, d.datelinePlaceSpan.second) == "WASHINGTON");
    const auto o = parse("Officials Provide Details of Latest Strikes\nU.S. Department of Defense, 2017-02-15\n\nFrom a "
                         "Combined Joint Task Force Operation Inherent Resolve News Release\n\nSOUTHWEST ASIA, Feb. 15, "
                         "2017 \xE2\x80\x94 U.S. forces attacked ISIS terrorists yesterday.\n");
    CHECK(o.slice(o.datelinePlaceSpan.first, o.datelinePlaceSpan.second) == "SOUTHWEST ASIA");
    REQUIRE(o.sentences.size() == 1);
    CHECK(firstSentence(o) == "U.S. forces attacked ISIS terrorists yesterday.");
}

TEST_CASE("Furniture: wire datelines in many shapes / the place is set apart from the first sentence", "[text]") {
    struct Case {
        const char* line;
        const char* place;    // expected dateline place, "" when none
        const char* sentence; // expected first sentence start
    };
    const Case cases[] = {
        {"TAMPA, Fla. \xE2\x80\x93 The U.S. military conducted strikes in Yemen.", "TAMPA, Fla.", "The U.S. military"},
        {"KABUL, Afghanistan, April 13, 2017 \xE2\x80\x94 At 7:32 p.m. local time today, U.S. forces struck.",
         "KABUL, Afghanistan", "At 7:32 p.m."},
        {"WASHINGTON (AP) \xE2\x80\x94 The Pentagon said four missiles crashed.", "WASHINGTON", "The Pentagon said"},
        {"SOUTHWEST ASIA, Feb. 15, 2017 \xE2\x80\x94 U.S. forces struck.", "SOUTHWEST ASIA", "U.S. forces struck."},
        {"BEIRUT, Jan. 13, 2021 -- Israeli warplanes struck targets.", "BEIRUT", "Israeli warplanes"},
        // Not datelines: a photo caption's marker, and a sentence whose subject is an initialism.
        {"FILE - The Iron Dome system fires interceptors, Oct. 27, 2018.", "", "FILE - The Iron Dome"},
        {"U.S. and coalition forces - backed by drones - struck targets.", "", "U.S. and coalition forces"},
    };
    for (const auto& c : cases) {
        INFO(c.line);
        const auto d = parse("Strike report\nU.S. Central Command, 2017-04-13\n\n" + std::string(c.line) + "\n");
        CHECK(d.slice(d.datelinePlaceSpan.first, d.datelinePlaceSpan.second) == c.place);
        CHECK_THAT(firstSentence(d), Catch::StartsWith(c.sentence));
        if (*c.place) CHECK(d.slice(d.bylineSpan.first, d.bylineSpan.second).starts_with(c.place));
    }
    SECTION("a dateline on a line of its own") {
        const auto d = parse("Pacific Command tracks a launch\nU.S. Pacific Command, 2017-04-04\n\nCAMP H.M. SMITH, "
                             "Hawaii \xE2\x80\x94\n\nU.S. Pacific Command detected a missile launch.\n");
        CHECK(d.slice(d.datelinePlaceSpan.first, d.datelinePlaceSpan.second) == "CAMP H.M. SMITH, Hawaii");
        REQUIRE(d.sentences.size() == 1);
        CHECK(firstSentence(d) == "U.S. Pacific Command detected a missile launch.");
    }
    SECTION("a dateline with its date on a line of its own is no source line") {
        for (std::string_view line : {"WASHINGTON, April 14, 2018 \xE2\x80\x94", "MOGADISHU, Somalia, Dec. 2, 2019 -"}) {
            INFO(line);
            const auto d = parse("Strikes in Syria\n" + std::string(line) + "\n\nAllied forces struck three sites.\n");
            CHECK(d.publisher.empty());
            CHECK(d.issuer.empty());
            CHECK(d.slice(d.datelinePlaceSpan.first, d.datelinePlaceSpan.second) ==
                  (line.starts_with("WASHINGTON") ? "WASHINGTON" : "MOGADISHU, Somalia"));
            REQUIRE(d.dateline);
            CHECK(formatIsoDate(*d.dateline) == (line.starts_with("WASHINGTON") ? "2018-04-14" : "2019-12-02"));
            CHECK(firstSentence(d) == "Allied forces struck three sites.");
        }
    }
}

TEST_CASE("Furniture: a text with no prose under its title is body", "[text]") {
    SECTION("one line without a final period") {
        const auto d = parse("Russia fired four cruise missiles at Odesa");
        CHECK(d.headline.empty());
        REQUIRE(d.sentences.size() == 1);
        CHECK(firstSentence(d) == "Russia fired four cruise missiles at Odesa");
        CHECK_FALSE(hasDiagnostic(d, "text.no_body"));
        REQUIRE(d.numbers.size() == 1);
        CHECK(d.numbers[0].value == 4);
        CHECK(d.numbers[0].unit == "missile");
    }
    SECTION("one line ending with '!'") {
        const auto d = parse("Russia fired four cruise missiles at Odesa!\n");
        CHECK(d.headline.empty());
        REQUIRE(d.sentences.size() == 1);
    }
    SECTION("two sentences on one line, the last without a period") {
        const auto d = parse("Explosions were heard in Kyiv. Air defenses shot down 12 drones");
        CHECK(d.headline.empty());
        CHECK(d.sentences.size() == 2);
    }
    SECTION("a title with prose under it stays a title") {
        const auto d = parse("Missiles hit Odesa\n\nRussia fired four cruise missiles at Odesa.\n");
        CHECK(d.headline == "Missiles hit Odesa");
        REQUIRE(d.sentences.size() == 1);
    }
}

TEST_CASE("Furniture: statement headlines name the issuer / closing lines name the signatory", "[text]") {
    SECTION("'X Statement on ...' and '- Attributable to ...'") {
        const auto d = parse("U.S. Air Forces Central Command Statement on the Shoot Down of a U.S. RQ-4\nU.S. Central "
                             "Command, 2019-06-20\n\n\"The aircraft was over the Strait of Hormuz.\"\n\n- Attributable "
                             "to Lt. Gen. Joseph Guastella, Commander, U.S. Air Forces Central Command\n");
        CHECK(d.issuer == "U.S. Air Forces Central Command");
        CHECK(d.slice(d.issuerSpan.first, d.issuerSpan.second) == "U.S. Air Forces Central Command");
        CHECK(d.publisher == "U.S. Central Command");
        CHECK(d.signatory == "Lt. Gen. Joseph Guastella");
        CHECK(d.slice(d.signatorySpan.first, d.signatorySpan.second) == "Lt. Gen. Joseph Guastella");
        CHECK_FALSE(sentenceContains(d, "Attributable"));
    }
    SECTION("'UPDATE: X statement on ...' and '- Name, title'") {
        const auto d = parse("UPDATE: U.S. Central Command statement on defensive strike in Kabul\nU.S. Central Command, "
                             "2021-08-29\n\nWe are aware of reports of civilian casualties.\n\n- Capt. Bill Urban, USN, "
                             "U.S. Central Command Spokesman\n");
        CHECK(d.issuer == "U.S. Central Command");
        CHECK(d.signatory == "Capt. Bill Urban");
        CHECK_FALSE(sentenceContains(d, "Urban"));
    }
    SECTION("'Statement by X on ...'") {
        const auto d = parse("Statement by Secretary of Defense Lloyd J. Austin III on U.S. Military Strikes in Eastern "
                             "Syria\n\nU.S. forces conducted strikes on two facilities.\n");
        CHECK(d.issuer == "Secretary of Defense Lloyd J. Austin III");
    }
    SECTION("'Statement by the X'") {
        const auto d = parse("Statement by the Department of Defense\nJan. 7, 2020\n\nIran launched missiles.\n");
        CHECK(d.issuer == "Department of Defense");
    }
    SECTION("a qualifier is no issuer") {
        const auto d = parse("Joint Statement on the Strikes in Yemen\nU.S. Department of State, 2024-01-11\n\nThe "
                             "strikes targeted radar sites.\n");
        CHECK(d.issuer == "U.S. Department of State");
    }
    SECTION("a list item closing a release is no signature") {
        const auto d = parse("Strikes in Iraq\nU.S. Department of Defense, 2017-02-15\n\nFighter aircraft conducted "
                             "five strikes:\n\n-- Near Kisik, two strikes damaged a tunnel.\n");
        CHECK(d.signatory.empty());
        CHECK(sentenceContains(d, "Near Kisik"));
        const auto e = parse("Coalition partners\nU.S. Department of Defense, 2017-02-15\n\nThe partners "
                             "are:\n\n- Russia, Iran and Turkey\n");
        CHECK(e.signatory.empty());
    }
}

TEST_CASE("Furniture: a Navy release's labelled fields and US numeric date", "[text]") {
    const auto d = parse("USS Mason Defeats Incoming Missiles\nStory Number: NNS161016-01 Release Date: 10/16/2016 "
                         "9:45:00 AM\n\nFrom U.S. Naval Forces Central Command Public Affairs\n\nMANAMA, Bahrain (NNS) -- "
                         "The destroyer detected two inbound missiles Oct. 15.\n");
    REQUIRE(d.dateline);
    CHECK(formatIsoDate(*d.dateline) == "2016-10-16");
    CHECK(d.publisher.find("Story") == std::string::npos); // labelled fields name nobody
    CHECK(d.issuer == "U.S. Naval Forces Central Command");   // the credit line "From ... Public Affairs"
    for (const auto& n : d.numbers) CHECK(n.value != 161016); // the story number is no count
    const auto dayFirst = parse("Strike report\nReleased 16/10/2016\n\nThe destroyer detected two missiles.\n");
    REQUIRE(dayFirst.dateline);
    CHECK(formatIsoDate(*dayFirst.dateline) == "2016-10-16");
    const auto never = parse("Strike report\nOctober 16, 2016\n\nThe base runs a 24/7 watch over 2016 missiles.\n");
    for (const auto& t : never.times) CHECK(t.text.find("24/7") == std::string::npos);
}
