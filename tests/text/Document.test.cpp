#include "text/Document.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace salvo;
using namespace salvo::text;

namespace {

std::string readSample() {
    std::ifstream f(SALVO_SOURCE_DIR "/samples/voa-2015-10-08-russian-missiles-crash-in-iran.txt", std::ios::binary);
    REQUIRE(f);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

const Document& sample() {
    static const Document doc = [] {
        auto r = parseDocument(readSample());
        REQUIRE(r);
        return std::move(*r);
    }();
    return doc;
}

Document parse(std::string_view text, ParseOptions opt = {}) {
    auto r = parseDocument(text, opt);
    REQUIRE(r);
    return std::move(*r);
}

// The sentence holding `needle`, or -1.
int sentenceWith(const Document& d, std::string_view needle) {
    const size_t at = d.text.find(needle);
    return at == std::string::npos ? -1 : d.sentenceAt(at);
}

const NumberExpr* numberWith(const Document& d, double value) {
    for (const auto& n : d.numbers)
        if (n.value == value) return &n;
    return nullptr;
}

const TimeExpr* timeWith(const Document& d, std::string_view text) {
    for (const auto& t : d.times)
        if (t.text == text) return &t;
    return nullptr;
}

const Attribution* attributionIn(const Document& d, int sentence) {
    for (const auto& a : d.attributions)
        if (a.sentence == sentence) return &a;
    return nullptr;
}

// A Pentagon-style statement: zones, local times of a place, hedges, titles with periods, a copyright line.
constexpr std::string_view kPentagon = R"(Statement from Pentagon Press Secretary on U.S. Strike in Syria

Press Release | April 6, 2017

Share this

At the direction of the President, at 8:40 p.m. EDT on April 6, U.S. forces conducted a cruise missile strike against Shayrat Airfield in Homs Governorate, Syria. The strike targeted aircraft shelters and radars.

U.S. Navy destroyers fired a total of 59 Tomahawk land-attack missiles from the eastern Mediterranean Sea, Navy Capt. Jeff Davis said.

The strike was conducted at about 4:40 a.m., April 7, in Syria, according to the Pentagon. Lt. Col. J. Smith of the U.S. Army said more than a dozen aircraft were hit, and that nearly 1,500 kilometers were flown by some of the drones.

He added that the operation ended at 03:42 Moscow time and that a second wave was launched at 0340 GMT. About twenty-six sorties were flown in the past 48 hours.

(c) 2017 Department of Defense. All rights reserved.
)";

// A wire story: dateline prefix without a year, "it said", credit line.
constexpr std::string_view kReuters = R"(Israel strikes Iranian targets in Syria, army says

BEIRUT, Jan 21 (Reuters) - Israel's military said on Monday it had struck Iranian targets in Syria, and Syria said its air defences shot down dozens of incoming missiles.

At least 11 people were killed, including two Syrians, according to the Syrian Observatory for Human Rights. The army said the Iranian Quds Force had fired the missile. It said it hit weapons storage sites last week.

Reporting by Dan Williams; Editing by Angus MacSwan
)";

} // namespace

TEST_CASE("Document: bad input is refused with a one-line reason", "[text]") {
    SECTION("empty input") {
        auto r = parseDocument("");
        REQUIRE_FALSE(r);
        CHECK(r.error().code == "text.empty");
    }
    SECTION("invalid UTF-8 names the byte offset") {
        auto r = parseDocument(std::string_view("Missiles hit\xC3\x28 targets", 21));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == "text.invalid_utf8");
        CHECK_THAT(r.error().message, Catch::Contains("offset 12"));
    }
    SECTION("a NUL byte") {
        auto r = parseDocument(std::string_view("abc\0def", 7));
        REQUIRE_FALSE(r);
        CHECK_THAT(r.error().message, Catch::Contains("offset 3"));
    }
    SECTION("input over maxBytes") {
        ParseOptions opt;
        opt.maxBytes = 10;
        auto r = parseDocument("This article is longer than ten bytes.", opt);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == "text.too_large");
        CHECK(r.error().message.find('\n') == std::string::npos);
    }
}

TEST_CASE("Document: quotes, dashes and spaces are normalised and offsets refer to the normalised text", "[text]") {
    const auto d = parse("Headline here\n\n\xE2\x80\x9CWe struck\xC2\xA0" "five sites,\xE2\x80\x9D the army said\xE2\x80\x94"
                         "it\xE2\x80\x99s final.\n");
    CHECK(d.text.find("\"We struck five sites,\" the army said - it's final.") != std::string::npos);
    REQUIRE(d.sentences.size() == 1);
    CHECK(d.slice(d.sentences[0].start, d.sentences[0].end).starts_with("\"We struck"));
    const auto* n = numberWith(d, 5);
    REQUIRE(n);
    CHECK(d.slice(n->start, n->end) == "five sites");
    REQUIRE(d.attributions.size() == 1);
    CHECK(d.attributions[0].speaker == "the army");
    CHECK(d.attributions[0].quote);
}

TEST_CASE("Document: the sample's page furniture, headline, byline and dateline", "[text]") {
    const Document& d = sample();
    CHECK(d.headline == "US Official: Russian Missiles Aimed at Syria Crash in Iran");
    CHECK(d.byline == "VOA News");
    REQUIRE(d.dateline);
    CHECK(formatIsoDate(*d.dateline) == "2015-10-08");
    std::vector<std::string> furniture;
    for (auto [a, b] : d.boilerplate) furniture.emplace_back(d.slice(a, b));
    CHECK_THAT(furniture, Catch::VectorContains(std::string("Join the mailing list")));
    bool banner = false;
    for (const auto& f : furniture) banner = banner || f.find("JOIN NOW") != std::string::npos;
    CHECK(banner);
    SECTION("no sentence comes from furniture, the headline or the byline") {
        for (const auto& s : d.sentences) {
            for (auto [a, b] : d.boilerplate) CHECK((s.end <= a || s.start >= b));
            CHECK((s.end <= d.headlineSpan.first || s.start >= d.headlineSpan.second));
        }
        CHECK(d.slice(d.sentences.front().start, d.sentences.front().end).starts_with("Four Russian cruise missiles"));
        CHECK(d.slice(d.sentences.back().start, d.sentences.back().end).starts_with("Some material for this report"));
    }
}

TEST_CASE("Document: section headings are headings, not sentences", "[text]") {
    const Document& d = sample();
    std::vector<std::string> headings;
    for (auto [a, b] : d.headings) headings.emplace_back(d.slice(a, b));
    CHECK_THAT(headings, Catch::VectorContains(std::string("NATO rapid response force")));
    CHECK_THAT(headings, Catch::VectorContains(std::string("Military risks")));
    for (const auto& s : d.sentences) CHECK(d.slice(s.start, s.end) != "NATO rapid response force");
    const int si = sentenceWith(d, "After noting the 'troubling escalation'");
    REQUIRE(si >= 0);
    CHECK(d.sentences[static_cast<size_t>(si)].heading == "NATO rapid response force");
    const int first = sentenceWith(d, "Four Russian cruise missiles");
    REQUIRE(first >= 0);
    CHECK(d.sentences[static_cast<size_t>(first)].heading.empty());
    // A quoted heading keeps its text without the quotes.
    const int cold = sentenceWith(d, "He said the increase in the rapid response force");
    REQUIRE(cold >= 0);
    CHECK(d.sentences[static_cast<size_t>(cold)].heading == "End of Cold War");
}

TEST_CASE("Document: sentences split at the right periods", "[text]") {
    const Document& d = sample();
    SECTION("abbreviations and initialisms do not end a sentence") {
        const int s = sentenceWith(d, "U.S. Defense Secretary Ash Carter, a participant");
        REQUIRE(s >= 0);
        CHECK(d.slice(d.sentences[static_cast<size_t>(s)].start, d.sentences[static_cast<size_t>(s)].end)
                  .ends_with("Syrian President Bashar al-Assad."));
        CHECK(sentenceWith(d, "Washington, D.C., told VOA") == sentenceWith(d, "Carl Hvenmark Nilsson"));
    }
    SECTION("a quote ending a sentence keeps its closing mark") {
        const int s = sentenceWith(d, "'We believe this is a fundamental mistake.'");
        REQUIRE(s >= 0);
        CHECK(d.slice(d.sentences[static_cast<size_t>(s)].start, d.sentences[static_cast<size_t>(s)].end) ==
              "'We believe this is a fundamental mistake.'");
    }
    SECTION("tokens: thousands separators, possessives and hyphenated words stay whole") {
        std::vector<std::string> toks;
        for (const auto& t : d.tokens) toks.emplace_back(d.tokenText(t));
        CHECK_THAT(toks, Catch::VectorContains(std::string("40,000")));
        CHECK_THAT(toks, Catch::VectorContains(std::string("U.S.-led")));
        CHECK_THAT(toks, Catch::VectorContains(std::string("al-Assad")));
        CHECK_THAT(toks, Catch::VectorContains(std::string("Russia's")));
        CHECK_THAT(toks, Catch::VectorContains(std::string("D.C.")));
    }
    SECTION("titles, initials and decimals") {
        const auto p = parse(kPentagon);
        const int s = sentenceWith(p, "Lt. Col. J. Smith");
        REQUIRE(s >= 0);
        CHECK(p.slice(p.sentences[static_cast<size_t>(s)].start, p.sentences[static_cast<size_t>(s)].end)
                  .starts_with("Lt. Col. J. Smith of the U.S. Army said"));
        const auto q = parse("Headline of a story\n\nThe rocket flew 1.5 km. It fell near No. 5 Street.\n");
        REQUIRE(q.sentences.size() == 2);
        CHECK(q.slice(q.sentences[1].start, q.sentences[1].end) == "It fell near No. 5 Street.");
    }
}

TEST_CASE("Document: numbers in the sample carry value, hedge and unit", "[text]") {
    const Document& d = sample();
    const auto* n26 = numberWith(d, 26);
    REQUIRE(n26);
    CHECK(n26->unit == "missile");
    CHECK(n26->op == "=");
    CHECK(d.slice(n26->unitStart, n26->unitEnd) == "cruise missiles");
    const auto* n4 = numberWith(d, 4);
    REQUIRE(n4);
    CHECK(d.slice(n4->valueStart, n4->valueEnd) == "Four");
    CHECK(n4->unit == "missile");
    const auto* troops = numberWith(d, 40000);
    REQUIRE(troops);
    CHECK(troops->unit == "troop");
    const auto* n11 = numberWith(d, 11);
    REQUIRE(n11);
    CHECK(n11->unit == "target");
    const auto* n18 = numberWith(d, 18);
    REQUIRE(n18);
    CHECK(n18->unit == "strike");
    SECTION("years, ordinals, 'one of' and 'a few' are not counts") {
        CHECK(numberWith(d, 2015) == nullptr);
        CHECK(numberWith(d, 1) == nullptr);
        CHECK(numberWith(d, 3) == nullptr);
    }
}

TEST_CASE("Document: hedged and spelled-out numbers", "[text]") {
    const auto p = parse(kPentagon);
    const auto* dozen = numberWith(p, 12);
    REQUIRE(dozen);
    CHECK(dozen->op == ">");
    CHECK(dozen->unit == "aircraft");
    CHECK(p.slice(dozen->start, dozen->end) == "more than a dozen aircraft");
    const auto* km = numberWith(p, 1500);
    REQUIRE(km);
    CHECK(km->op == "~");
    CHECK(km->unit == "km");
    const auto* sorties = numberWith(p, 26);
    REQUIRE(sorties);
    CHECK(sorties->op == "~");
    CHECK(sorties->unit == "sortie");
    const auto* tomahawks = numberWith(p, 59);
    REQUIRE(tomahawks);
    CHECK(tomahawks->unit == "missile");
    const auto r = parse(kReuters);
    const auto* dozens = numberWith(r, 24);
    REQUIRE(dozens);
    CHECK(dozens->op == ">=");
    CHECK(dozens->vague);
    CHECK(dozens->unit == "missile");
    const auto* killed = numberWith(r, 11);
    REQUIRE(killed);
    CHECK(killed->op == ">=");
    CHECK(killed->unit == "people");
}

TEST_CASE("Document: a text with dates, clock times and ordinals but no counts has no numbers", "[text]") {
    const auto d = parse("Quiet day on the front\n\nOn April 7, 2015, at 8:40 the first convoy moved for the second "
                         "time in 2015. No one was hurt, one of the officers said at 0340 GMT on 8 October.\n");
    CHECK(d.numbers.empty());
    CHECK(d.sentences.size() == 2);
}

TEST_CASE("Document: weekdays and relative times resolve against the dateline", "[text]") {
    const Document& d = sample();
    const int s = sentenceWith(d, "Russia on Wednesday ramped up");
    const TimeExpr* wed = nullptr;
    for (const auto& t : d.times)
        if (t.sentence == s && t.text == "Wednesday") wed = &t;
    REQUIRE(wed);
    CHECK(wed->resolved);
    CHECK(wed->relative);
    CHECK(formatIsoUtc(wed->interval.start) == "2015-10-07T00:00:00Z");
    CHECK(formatIsoUtc(wed->interval.end) == "2015-10-08T00:00:00Z");
    CHECK(wed->interval.precision == TimePrecision::Day);
    const auto* thu = timeWith(d, "Thursday");
    REQUIRE(thu);
    CHECK(formatIsoDate(thu->interval.start) == "2015-10-08");
    // "overnight" is local wall time, 18:00 the day before the dateline to 06:00 on it, in the place's zone.
    const auto* overnight = timeWith(d, "overnight");
    REQUIRE(overnight);
    CHECK(overnight->needsZone);
    CHECK(overnight->interval.contains(parseIsoUtc("2015-10-07T18:00:00Z").value()));
    const auto syria = resolveInZone(*overnight, "Asia/Damascus"); // UTC+3 in October 2015
    REQUIRE(syria);
    CHECK(formatIsoUtc(syria->start) == "2015-10-07T15:00:00Z");
    CHECK(formatIsoUtc(syria->end) == "2015-10-08T03:00:00Z");
    CHECK(syria->precision == TimePrecision::Hour);
    const auto* day24 = timeWith(d, "in the previous 24 hours");
    REQUIRE(day24);
    CHECK(formatIsoUtc(day24->interval.start) == "2015-10-07T00:00:00Z");
    CHECK(formatIsoUtc(day24->interval.end) == "2015-10-09T00:00:00Z");
    const auto* week = timeWith(d, "this week");
    REQUIRE(week);
    CHECK(formatIsoDate(week->interval.start) == "2015-10-05"); // Monday
    CHECK(week->interval.precision == TimePrecision::Week);
}

TEST_CASE("Document: clock times with zones, and local times that need a place's zone", "[text]") {
    const auto p = parse(kPentagon);
    REQUIRE(p.dateline);
    CHECK(formatIsoDate(*p.dateline) == "2017-04-06");
    const auto* edt = timeWith(p, "8:40 p.m. EDT on April 6");
    REQUIRE(edt);
    CHECK(edt->resolved);
    CHECK(formatIsoUtc(edt->interval.start) == "2017-04-07T00:40:00Z");
    CHECK(edt->interval.precision == TimePrecision::Minute);
    // Undated clock times take the day of the last event date before them: April 7, in the sentence before.
    const auto* moscow = timeWith(p, "03:42 Moscow time");
    REQUIRE(moscow);
    CHECK(moscow->zone == "Europe/Moscow");
    CHECK(formatIsoUtc(moscow->interval.start) == "2017-04-07T00:42:00Z"); // UTC+3
    CHECK(moscow->localPlaceIsZone);
    CHECK(moscow->localPlace == "Moscow");
    const auto* gmt = timeWith(p, "0340 GMT");
    REQUIRE(gmt);
    CHECK(formatIsoUtc(gmt->interval.start) == "2017-04-07T03:40:00Z");
    SECTION("a local time in a named place waits for the place's zone") {
        const auto* syria = timeWith(p, "4:40 a.m., April 7, in Syria");
        REQUIRE(syria);
        CHECK(syria->needsZone);
        CHECK_FALSE(syria->resolved);
        CHECK(syria->localPlace == "Syria");
        CHECK(p.slice(syria->localPlaceStart, syria->localPlaceEnd) == "Syria");
        CHECK(syria->localDay == 7);
        CHECK(syria->localHour == 4);
        CHECK(syria->interval.contains(parseIsoUtc("2017-04-07T01:40:00Z").value()));
        const auto damascus = resolveInZone(*syria, "Asia/Damascus"); // UTC+3 in April 2017
        REQUIRE(damascus);
        CHECK(formatIsoUtc(damascus->start) == "2017-04-07T01:40:00Z");
        CHECK_FALSE(resolveInZone(*syria, "Not/AZone"));
    }
    const auto* window = timeWith(p, "in the past 48 hours");
    REQUIRE(window);
    CHECK(formatIsoUtc(window->interval.start) == "2017-04-04T00:00:00Z");
}

TEST_CASE("Document: absolute dates in all common spellings / a missing year comes from the dateline", "[text]") {
    for (std::string_view byline : {"By Jane Roe, Oct. 8, 2015", "October 08, 2015", "8 October 2015", "2015-10-08"}) {
        const auto d = parse(std::string("A missile story headline\n\n") + std::string(byline) +
                             "\n\nThe missiles were fired on Jan. 7 and on Dec. 30 and on 7 April 2017.\n");
        INFO(byline);
        REQUIRE(d.dateline);
        CHECK(formatIsoDate(*d.dateline) == "2015-10-08");
        const auto* jan = timeWith(d, "Jan. 7");
        REQUIRE(jan);
        CHECK(formatIsoDate(jan->interval.start) == "2015-01-07");
        const auto* dec = timeWith(d, "Dec. 30");
        REQUIRE(dec);
        CHECK(formatIsoDate(dec->interval.start) == "2014-12-30"); // Dec. 30, 2015 would be after the dateline
        const auto* apr = timeWith(d, "7 April 2017");
        REQUIRE(apr);
        CHECK_FALSE(apr->relative);
        CHECK(formatIsoDate(apr->interval.start) == "2017-04-07");
    }
}

TEST_CASE("Document: a wire-service dateline, and no dateline at all", "[text]") {
    SECTION("the place and the agency prefix are not part of the first sentence") {
        const auto r = parse(kReuters);
        CHECK(r.slice(r.datelinePlaceSpan.first, r.datelinePlaceSpan.second) == "BEIRUT");
        REQUIRE_FALSE(r.sentences.empty());
        CHECK(r.slice(r.sentences[0].start, r.sentences[0].end).starts_with("Israel's military said"));
        bool credit = false;
        for (auto [a, b] : r.boilerplate) credit = credit || r.slice(a, b).starts_with("Reporting by");
        CHECK(credit);
        SECTION("without a year the times stay unresolved, with a warning") {
            CHECK_FALSE(r.dateline);
            bool warned = false;
            for (const auto& g : r.diagnostics) warned = warned || g.code == "text.no_dateline";
            CHECK(warned);
            const auto* monday = timeWith(r, "Monday");
            REQUIRE(monday);
            CHECK_FALSE(monday->resolved);
        }
    }
    SECTION("a dated wire dateline resolves the times") {
        const auto w = parse("Strike report\n\nWASHINGTON, Oct. 8, 2015 (Reuters) - The Pentagon said on Wednesday "
                             "that four missiles crashed.\n");
        REQUIRE(w.dateline);
        CHECK(formatIsoDate(*w.dateline) == "2015-10-08");
        CHECK(w.slice(w.datelinePlaceSpan.first, w.datelinePlaceSpan.second) == "WASHINGTON");
        const auto* wed = timeWith(w, "Wednesday");
        REQUIRE(wed);
        CHECK(formatIsoDate(wed->interval.start) == "2015-10-07");
    }
    SECTION("a dateline given by the caller") {
        ParseOptions opt;
        opt.dateline = utcFromParts(2019, 1, 21);
        const auto r = parse(kReuters, opt);
        const auto* monday = timeWith(r, "Monday");
        REQUIRE(monday);
        CHECK(formatIsoDate(monday->interval.start) == "2019-01-21");
        const auto* lastWeek = timeWith(r, "last week");
        REQUIRE(lastWeek);
        CHECK(formatIsoDate(lastWeek->interval.start) == "2019-01-14");
    }
}

TEST_CASE("Document: attribution finds the speaker noun phrase", "[text]") {
    const Document& d = sample();
    SECTION("'Russian officials had said 26 ...'") {
        const auto* a = attributionIn(d, sentenceWith(d, "26 cruise missiles"));
        REQUIRE(a);
        CHECK(a->speaker == "Russian officials");
        CHECK(a->verb == "said");
        const auto* n26 = numberWith(d, 26);
        REQUIRE(n26);
        REQUIRE(d.attributionAt(n26->start));
        CHECK(d.attributionAt(n26->start)->speaker == "Russian officials");
    }
    SECTION("'..., a U.S official confirmed to VOA'") {
        const auto* a = attributionIn(d, sentenceWith(d, "Four Russian cruise missiles"));
        REQUIRE(a);
        CHECK_THAT(a->speaker, Catch::Contains("U.S official"));
        CHECK(a->verb == "confirmed");
    }
    SECTION("'Interfax news agency quoted the Russian defense ministry as saying'") {
        const auto* a = attributionIn(d, sentenceWith(d, "27 Islamic State targets"));
        REQUIRE(a);
        CHECK(a->speaker == "the Russian defense ministry");
        CHECK(a->viaIntermediary);
        CHECK(a->intermediary == "Interfax news agency");
    }
    SECTION("a subject with a post-modifier and one with an appositive") {
        const auto* a = attributionIn(d, sentenceWith(d, "launched 18 strikes"));
        REQUIRE(a);
        CHECK(a->speaker == "The U.S.-led coalition");
        const auto* b = attributionIn(d, sentenceWith(d, "Carl Hvenmark Nilsson"));
        REQUIRE(b);
        CHECK(b->speaker == "Carl Hvenmark Nilsson");
        CHECK(b->verb == "told");
        const auto* c = attributionIn(d, sentenceWith(d, "a participant in Thursday's meeting"));
        REQUIRE(c);
        CHECK(c->speaker == "U.S. Defense Secretary Ash Carter");
    }
    SECTION("a quote over two sentences belongs to the speaker after it") {
        const size_t inQuote = d.text.find("This will have consequences");
        const auto* a = d.attributionAt(inQuote);
        REQUIRE(a);
        CHECK(a->speaker == "Carter");
        CHECK(a->quote);
        CHECK(a->clauseEnd > d.text.find("In coming days"));
    }
    SECTION("a quote-only sentence after an attributed quote keeps its speaker") {
        const auto* a = d.attributionAt(d.text.find("We believe this is a fundamental mistake"));
        REQUIRE(a);
        CHECK(a->speaker == "Carter");
    }
    SECTION("'He said' resolves to the previous person") {
        const auto* a = attributionIn(d, sentenceWith(d, "He said the increase in the rapid response force"));
        REQUIRE(a);
        CHECK(a->pronoun);
        CHECK(a->speaker == "He");
        CHECK(a->resolvedSpeaker == "Stoltenberg");
        const auto* b = attributionIn(d, sentenceWith(d, "He announced the beginning"));
        REQUIRE(b);
        CHECK(b->verb == "announced");
        CHECK_THAT(b->resolvedSpeaker, Catch::Contains("Ayoub"));
    }
}

TEST_CASE("Document: attribution in other shapes", "[text]") {
    const auto p = parse(kPentagon);
    const auto* capt = attributionIn(p, sentenceWith(p, "59 Tomahawk"));
    REQUIRE(capt);
    CHECK(capt->speaker == "Navy Capt. Jeff Davis");
    const auto* pentagon = attributionIn(p, sentenceWith(p, "4:40 a.m."));
    REQUIRE(pentagon);
    CHECK(pentagon->verb == "according to");
    CHECK(pentagon->speaker == "the Pentagon");
    const auto r = parse(kReuters);
    const auto* observatory = attributionIn(r, sentenceWith(r, "At least 11 people"));
    REQUIRE(observatory);
    CHECK(observatory->speaker == "the Syrian Observatory for Human Rights");
    const auto* it = attributionIn(r, sentenceWith(r, "It said it hit"));
    REQUIRE(it);
    CHECK(it->pronoun);
    CHECK(it->resolvedSpeaker == "The army");
    // A trailing ", it said" resolves like a sentence-initial "It said".
    const auto tail = parse("Drone attack\n\nThe coalition said 16 drones were launched. Air defenses intercepted 12 of "
                            "the drones, it said.\n");
    const auto* trailing = attributionIn(tail, sentenceWith(tail, "intercepted 12"));
    REQUIRE(trailing);
    CHECK(trailing->pronoun);
    CHECK(trailing->resolvedSpeaker == "The coalition");
    const auto s = parse("Strike report\n\n\"We hit 12 targets,\" said Maj. Gen. Ann Roe, the commander.\n");
    REQUIRE(s.attributions.size() == 1);
    CHECK(s.attributions[0].speaker == "Maj. Gen. Ann Roe");
}

TEST_CASE("Document: a period before a comma ends no sentence", "[text]") {
    const auto d = parse("Strike report\nDoD News, 2011-03-22\n\nThree B-2 bombers flew from Whiteman Air Force Base, "
                         "Mo., and dropped 45 munitions near Sirte. They returned safely.\n");
    REQUIRE(d.sentences.size() >= 2);
    const int s = sentenceWith(d, "Three B-2 bombers");
    REQUIRE(s >= 0);
    CHECK(d.slice(d.sentences[static_cast<size_t>(s)].start, d.sentences[static_cast<size_t>(s)].end)
              .ends_with("dropped 45 munitions near Sirte."));
}

TEST_CASE("Document: a bracketed reading in another zone dates nothing after it", "[text]") {
    const auto p = parse("North Korea Fires Missiles\nVOA News, 2022-11-02\n\nSEOUL — North Korea fired missiles "
                         "Wednesday. Three were fired toward the East Sea at 8:51 a.m. local time (2351 GMT Tuesday), "
                         "the JCS said.\n\nAir raid "
                         "sirens sounded on Ulleung Island at 8:55 a.m., and residents took shelter.\n");
    const auto* gmt = timeWith(p, "2351 GMT Tuesday");
    REQUIRE(gmt);
    CHECK(formatIsoUtc(gmt->interval.start) == "2022-11-01T23:51:00Z");
    const auto* sirens = timeWith(p, "8:55 a.m.");
    REQUIRE(sirens);
    CHECK(sirens->localDay == 2); // Wednesday, Nov. 2 (a local clock), not the GMT reading's Tuesday
}
