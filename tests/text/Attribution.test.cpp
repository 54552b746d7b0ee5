// Attribution: the issuer as default speaker, and speaker noun phrases in the shapes strike reports use.
#include "text/Document.hpp"

#include <catch2/catch.hpp>

using namespace salvo;
using namespace salvo::text;

namespace {

Document parse(std::string_view body, std::string_view header = "Strike report\nU.S. Central Command, 2023-12-16\n\n") {
    auto r = parseDocument(std::string(header) + std::string(body) + "\n");
    REQUIRE(r);
    return std::move(*r);
}

// The explicit attribution of the sentence holding `needle` (not the issuer's default one).
const Attribution* speakerOf(const Document& d, std::string_view needle) {
    const size_t at = d.text.find(needle);
    REQUIRE(at != std::string::npos);
    const int s = d.sentenceAt(at);
    for (const auto& a : d.attributions)
        if (a.sentence == s && !a.implicit) return &a;
    return nullptr;
}

} // namespace

TEST_CASE("Attribution: the issuer speaks for whatever the release states without a speaker", "[text]") {
    const auto d = parse("In the early morning hours of December 16 the destroyer engaged 14 drones. Meyer said the "
                         "drones were shot down.");
    const auto* a = d.attributionAt(d.text.find("14 drones"));
    REQUIRE(a);
    CHECK(a->implicit);
    CHECK(a->speaker == "U.S. Central Command");
    CHECK(a->resolvedSpeaker == "U.S. Central Command");
    CHECK(a->sentence == -1);
    CHECK(d.slice(a->speakerStart, a->speakerEnd) == "U.S. Central Command");
    // A sentence with its own speaker keeps it.
    const auto* meyer = d.attributionAt(d.text.find("shot down"));
    REQUIRE(meyer);
    CHECK_FALSE(meyer->implicit);
    CHECK(meyer->speaker == "Meyer");
    SECTION("a signed statement: the signatory, via the issuer") {
        const auto s = parse("\"The aircraft was over the Strait of Hormuz.\"\n\n- Attributable to Lt. Gen. Joseph "
                             "Guastella, Commander, U.S. Air Forces Central Command",
                             "U.S. Air Forces Central Command Statement on the Shoot Down\nU.S. Central Command, "
                             "2019-06-20\n\n");
        const auto* g = s.attributionAt(s.text.find("Strait of Hormuz"));
        REQUIRE(g);
        CHECK(g->implicit);
        CHECK(g->speaker == "Lt. Gen. Joseph Guastella");
        CHECK(g->viaIntermediary);
        CHECK(g->intermediary == "U.S. Air Forces Central Command");
    }
    SECTION("no issuer, no default attribution") {
        auto r = parseDocument("Missiles hit Odesa\n\nRussia fired four cruise missiles at Odesa.\n");
        REQUIRE(r);
        CHECK(r->attributions.empty());
        CHECK(r->attributionAt(r->text.find("four")) == nullptr);
    }
}

TEST_CASE("Attribution: speakers in statements, reports and according-to phrases", "[text]") {
    struct Case {
        const char* body;
        const char* needle;
        const char* speaker;
    };
    const Case cases[] = {
        {"In a statement, Turkey's military said the plane ignored three warnings.", "three warnings",
         "Turkey's military"},
        {"Turkey's military said in a statement that the plane ignored three warnings.", "three warnings",
         "Turkey's military"},
        {"The drones were launched from Yemen, according to a U.S. official.", "launched", "a U.S. official"},
        {"A U.S. official says the drones were shot down.", "shot down", "A U.S. official"},
        {"The strike was conducted by two F-15 aircraft, said Secretary of Defense Lloyd J. Austin III in a "
         "statement yesterday.",
         "F-15", "Secretary of Defense Lloyd J. Austin III"},
        {"The Department of the Army announced today the results of its review.", "results",
         "The Department of the Army"},
        {"The United Kingdom, France, Italy and Canada already have announced that they are part of the coalition.",
         "part of", "The United Kingdom, France, Italy and Canada"},
        {"Russia attacked Ukraine overnight with what Ukrainian officials said Monday were waves of drones.", "waves",
         "Ukrainian officials"},
        {"Israeli and Western news media carried reports of an airstrike and said the target was a convoy.", "convoy",
         "Israeli and Western news media"},
        {"The former head of the Israeli intelligence agency Mossad, Amnon Sofin, says Israel is concerned.",
         "concerned", "Amnon Sofin"},
        // A name after the reported clause, then its description: the name speaks, not the clause's subject.
        {"Seven B-2 bombers dropped 14 bombs on Fordow early Sunday, Gen. Dan Caine, chairman of the Joint Chiefs of "
         "Staff, told reporters.",
         "14 bombs", "Gen. Dan Caine"},
        {"Carl Nilsson, a fellow at the institute, told VOA the drones were Iranian.", "Iranian", "Carl Nilsson"},
    };
    for (const auto& c : cases) {
        INFO(c.body);
        const auto d = parse(c.body);
        const auto* a = speakerOf(d, c.needle);
        REQUIRE(a);
        CHECK(a->speaker == c.speaker);
    }
}

TEST_CASE("Attribution: pronouns resolve by number and person", "[text]") {
    SECTION("'they' in the same sentence is the plural speaker just named") {
        const auto d = parse("U.S. officials have never publicly acknowledged the strikes, but privately they have "
                             "confirmed them.");
        std::vector<const Attribution*> as;
        for (const auto& a : d.attributions)
            if (!a.implicit) as.push_back(&a);
        REQUIRE(as.size() == 2);
        CHECK(as[0]->speaker == "U.S. officials");
        CHECK(as[1]->pronoun);
        CHECK(as[1]->resolvedSpeaker == "U.S. officials");
    }
    SECTION("'he' skips plural speakers") {
        const auto d = parse("Officials say warplanes bombed a camp. A local journalist tells VOA that planes bombed "
                             "the camp. He says up to 20 people were killed.");
        const auto* he = speakerOf(d, "up to 20");
        REQUIRE(he);
        CHECK(he->pronoun);
        CHECK(he->resolvedSpeaker == "A local journalist");
    }
    SECTION("a surname first seen with a title is a person") {
        const auto d = parse("Shelton and Defense Secretary William S. Cohen addressed reporters. The strikes began at "
                             "2 p.m. EST, Cohen said. The campaign was carefully calibrated, he said.");
        const auto* he = speakerOf(d, "carefully calibrated");
        REQUIRE(he);
        CHECK(he->resolvedSpeaker == "Cohen");
    }
}

TEST_CASE("Attribution: a speaker after a semicolon covers only the clause after it", "[text]") {
    const auto d = parse("Russia launched 40 drones at Ukraine overnight; Ukraine's air force said 35 were shot down.");
    const auto* told = d.attributionAt(d.text.find("35 were"));
    REQUIRE(told);
    CHECK(told->speaker == "Ukraine's air force");
    // The launch before the ';' falls back to the issuer, not to the air force.
    const auto* launch = d.attributionAt(d.text.find("40 drones"));
    REQUIRE(launch);
    CHECK(launch->implicit);
    // A trailing speaker after the ';' is bounded the same way; one before the ';' covers the whole sentence.
    const auto trailing = parse("Russia launched 40 drones at Kyiv overnight; 35 were shot down, the air force said.");
    CHECK(trailing.attributionAt(trailing.text.find("40 drones"))->implicit);
    CHECK(trailing.attributionAt(trailing.text.find("35 were"))->speaker == "the air force");
    const auto before = parse("Russia fired four cruise missiles at Odesa, the military said; two were intercepted.");
    CHECK(before.attributionAt(before.text.find("two were"))->speaker == "the military");
    CHECK(before.attributionAt(before.text.find("four cruise"))->speaker == "the military");
}

TEST_CASE("Attribution: a passive speech verb has no speaker, with or without an adverb before it", "[text]") {
    // "explosions were also reported in Lviv": the explosions are what was reported, not who reported it.
    for (const char* body : {"Missiles struck Kyiv, and explosions were also reported in Lviv and Dnipro.",
                             "Explosions were reported in Lviv.", "The strike was later confirmed in Kyiv."}) {
        INFO(body);
        const auto d = parse(body);
        CHECK(speakerOf(d, body[0] == 'T' ? "Kyiv" : "Lviv") == nullptr);
    }
}
