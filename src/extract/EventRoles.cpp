// Event roles: the places, actor, munition, time and speaker of one sentence's frames, by role cues.
//
// Places: the preposition chain before a name says its role — "from warships in the Caspian Sea" (origin; "were not
// launched from X" is no origin), "targets in Syria" and "aimed at X" (intended target), "at/on/against/into X" (hit),
// "in X" (setting). Origins are read first, so a sea before the launch verb is the launch area only when the sentence
// names no origin of its own and no other trigger stands between them. A border named as a landmark ("close to the
// border with Iraq"), a dateline ("TAMPA, Fla. -") and a time-zone label ("(Sanaa time)") are no event places.
// Actors: a country or demonym heading an actor noun ("Russian jets", "U.S.-led coalition"), a country as the subject
// right before the trigger, a group ("Houthi rebels"), or the agent of a passive ("launched by Russian warships");
// weak: the speaker's country. Times: the nearest time expression of the sentence that does not date the speech.
#include "extract/EventFrames.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

namespace salvo::extract::detail {
namespace {

using Trig = lex::Trigger;

struct Chain {
    bool from = false, negated = false, intended = false, located = false, aimed = false;
    bool agentIn = false; // "launched by Houthi forces in Yemen": where the launch's agent is
    bool agent = false;   // "intercepted by U.S. Navy destroyers in the eastern Mediterranean": where the agent was
    size_t overflownBy = SIZE_MAX; // "after flying nearly 1,500 kilometers over Iran": the flight verb's token
    size_t fromTok = SIZE_MAX;     // the chain's "from"
    bool intentOf = false; // "missiles that were prepared to launch against ships in the Red Sea": the place is
                           // that of an intended launch, told only as an intent
};


// "Russian-occupied Crimea": a mention whose span ends where mention mi ends and starts before it (an area of control
// spans the name it governs) stands for both; returns that mention, else mi.
int widestEndingWith(const Context& ctx, int mi) {
    const auto& m = ctx.mentions[static_cast<size_t>(mi)];
    if (m.first == 0) return mi;
    const int outer = ctx.mentionAtToken(m.first - 1);
    return outer >= 0 && outer != mi && ctx.mentions[static_cast<size_t>(outer)].end >= m.end ? outer : mi;
}

// The preposition chain before mention m: "from warships in the Caspian Sea", "targets in Syria".
// The comma that opens an apposition closed by the comma at `close` (", a ... ,", ", the ... ,"), or `close` when none.
size_t appositionStart(const Context& ctx, size_t close, size_t a) {
    const auto& T = ctx.toks;
    for (size_t q = close; q > a + 1 && close - q < 12;) {
        --q;
        if (T[q].text == ";" || T[q].lx.trigger != Trig::None || T[q].lx.speechVerb()) break;
        if (T[q].text == "," && (T[q + 1].is("a") || T[q + 1].is("an") || T[q + 1].is("the")))
            return T[q - 1].word && T[q - 1].cap ? q : close; // after a name only
    }
    return close;
}

// The last token of a ship in a list: a ship noun ("three submarines") or a named vessel ("USS Stout").
bool shipItem(const Context& ctx, size_t q, size_t a) {
    const auto& T = ctx.toks;
    if (T[q].lx.unit == lex::UnitClass::Ship) return true; // "three submarines"
    if (!T[q].cap) return false;
    for (size_t p = q; p > a && q - p < 3; --p)
        if (!lex::navyOfShipPrefix(T[p - 1].lower).empty()) return true;
    return false;
}

// Where the preposition chain resumes past the comma at k right after the place, or SIZE_MAX: "in the vicinity of
// Goruk, Iran" (a name the atlas lacks, qualified by this place, stands in its phrase) and "aimed at the capital,
// Riyadh" or "near the Yemeni port city, Hodeidah" (the name in apposition to its place-type noun).
size_t pastQualifiedName(const Context& ctx, size_t k, size_t a) {
    const auto& T = ctx.toks;
    if (k <= a + 1 || ctx.mentionAtToken(k - 1) >= 0) return SIZE_MAX;
    if (T[k - 1].cap && T[k - 1].word && !T[k - 1].number && !T[k - 1].sentenceInitial && !ctx.blocked[k - 1] &&
        T[k - 1].lx.flags == 0) {
        size_t q = k - 1;
        while (q > a + 1 && T[q - 1].cap && T[q - 1].word && T[q - 1].lx.flags == 0 &&
               ctx.mentionAtToken(q - 1) < 0 && k - q < 3)
            --q;
        return q;
    }
    if (T[k - 1].lx.cue != lex::Cue::None) {
        size_t q = k - 1;
        while (q > a && k - q < 4 &&
               (T[q - 1].lx.determiner() || T[q - 1].lx.cue != lex::Cue::None || ctx.demonymOf(q - 1) ||
                (T[q - 1].word && !T[q - 1].cap && !T[q - 1].number && !T[q - 1].lx.preposition() &&
                 T[q - 1].lx.trigger == Trig::None && !isVerbLike(T[q - 1]))))
            --q;
        return q;
    }
    return SIZE_MAX;
}

// "infrastructure utilized by Iranian-backed militant groups in eastern Syria": a participle right after a noun, before
// "by" at k, describes the target; the place says where the target is, and the chain goes on past the noun.
bool describesNounBefore(const Context& ctx, size_t k, size_t a) {
    const auto& T = ctx.toks;
    return k >= a + 2 && T[k - 1].lower.ends_with("ed") && T[k - 1].lx.trigger == Trig::None && T[k - 2].word &&
           !T[k - 2].lx.determiner() && !isVerbLike(T[k - 2]) && T[k - 2].lower != "been" &&
           T[k - 2].lower != "being";
}

// Between "by" at k and the place: who acts (forces, ships, a group), not a munition ("hit by a missile in Kharkiv")
// nor aircraft, which strike where they fly ("militants were struck by Israeli jets in Gaza").
bool agentPhrase(const Context& ctx, size_t k, size_t placeFirst) {
    const auto& T = ctx.toks;
    bool who = false, munition = false;
    for (size_t q = k + 1; q < placeFirst; ++q) {
        const bool aircraft = T[q].lx.unit == lex::UnitClass::Aircraft;
        who |= T[q].lx.groupNoun() || T[q].lx.unit == lex::UnitClass::Ship ||
               (T[q].lx.actorNoun() && !T[q].lx.munitionHead() && !aircraft);
        munition |= T[q].lx.munitionHead() || aircraft;
    }
    return who && !munition;
}

// "made it unlikely that the missile had been fired from Russia", "ruled out that it was launched from X", "we have
// no indication that the attack was directed at the United States": is token k in a clause judged improbable?
bool doubtedClause(const Context& ctx, size_t k, size_t a) {
    const auto& T = ctx.toks;
    for (size_t q = k; q > a && k - q < 14;) {
        --q;
        if (T[q].text == ";") return false;
        if (!T[q].is("that") || q == a) continue;
        const auto before = T[q - 1].lower;
        if (before == "unlikely" || before == "improbable" || before == "out" || before == "denied") return true;
        // "no indication (at this point) that": the noun a few words before, "no" or "not" before it.
        for (size_t n = q; n > a && q - n < 5;) {
            --n;
            if (!(T[n].is("indication") || T[n].is("evidence") || T[n].is("sign") || T[n].is("proof"))) continue;
            for (size_t d = n; d > a && n - d < 4;)
                if (T[--d].is("no") || T[d].is("not") || T[d].is("n't")) return true;
        }
        return false;
    }
    return false;
}

// The chain reached "from" at k: "30 miles from Kismayo" (a distance from the place, not an origin); "fired from
// outside the borders of Iraq" and "were not launched from X" (the text rules the origin out); else an origin.
void fromPhrase(const Context& ctx, size_t k, size_t a, bool outside, Chain& ch) {
    const auto& T = ctx.toks;
    if (k > a && T[k - 1].lx.unit == lex::UnitClass::Distance) {
        ch.located = ch.aimed = true;
        return;
    }
    // "intercepted ... with help from the United States", "support from Australia": a contributor, not an origin.
    static constexpr std::string_view kAid[] = {"help", "support", "assistance", "backing", "aid", "cooperation",
                                                "participation", "contributions", "contribution", "input"};
    if (k > a && std::find(std::begin(kAid), std::end(kAid), T[k - 1].lower) != std::end(kAid)) {
        ch.agent = true;
        return;
    }
    ch.from = ch.located = true;
    ch.fromTok = k;
    // "near the Syrian town of Abu Kamal, across the border from the Iraqi town of al-Qaim": the far side of a border
    // locates a place; it is no origin.
    ch.negated = outside || (k > a && (T[k - 1].is("border") || T[k - 1].is("frontier")));
    for (size_t q = k; q > a && k - q < 4;) {
        --q;
        if (T[q].is("not") || T[q].is("never") || T[q].is("n't")) ch.negated = true;
    }
    if (doubtedClause(ctx, k, a)) ch.negated = true;
}

// "as it moved along", "while they were traveling on", "while the ship was operating in": a clause of the target's
// motion, its verb at k. Returns the conjunction that opens it, or SIZE_MAX when k is no such verb.
size_t targetMotionClause(const std::vector<Tok>& T, size_t k, size_t a) {
    static constexpr std::string_view kMotion[] = {
        "moved",  "moving",  "traveled", "traveling", "travelled", "travelling", "drove",     "driving",
        "rode",   "riding",  "passed",   "passing",   "sailed",    "sailing",    "headed",    "heading",
        "operating", "transiting", "patrolling"};
    const auto w = T[k].lower; // asked at every step of a chain: the endings first
    if (!(w.ends_with("ing") || w.ends_with("ed") || w == "drove" || w == "rode") ||
        std::find(std::begin(kMotion), std::end(kMotion), w) == std::end(kMotion))
        return SIZE_MAX;
    size_t q = k;
    if (q > a && (T[q - 1].is("was") || T[q - 1].is("were"))) --q;
    if (q > a + 1 && T[q - 1].lx.unit == lex::UnitClass::Ship && T[q - 2].is("the")) q -= 2; // "the ship"
    else if (q > a && (T[q - 1].is("it") || T[q - 1].is("they"))) --q;
    else return SIZE_MAX;
    if (q == a || !(T[q - 1].is("as") || T[q - 1].is("while") || T[q - 1].is("when"))) return SIZE_MAX;
    return q - 1;
}

// The chain at k is the verb of the target's motion clause (the place after a preposition or as its object): the
// place is aimed at. Sets the chain and returns true then.
bool targetMotion(const std::vector<Tok>& T, size_t k, size_t a, size_t place, Chain& ch) {
    const bool objectOf = k + 1 == place || (k + 2 == place && T[k + 1].is("the"));
    if (!(ch.located || objectOf) || targetMotionClause(T, k, a) == SIZE_MAX) return false;
    ch.located = ch.aimed = true;
    return true;
}

// "hit air bases, including the Nevatim air base": k at "including" (moved back over its comma) names one of the
// targets, bases, cities or places before it.
bool oneOfNamed(const Context& ctx, size_t& k, size_t a) {
    const auto& T = ctx.toks;
    if (k > a + 1 && T[k - 1].text == ",") --k;
    if (k == a) return false;
    const auto& noun = T[k - 1];
    return noun.lx.unit == lex::UnitClass::Target || noun.lx.cue != lex::Cue::None || ctx.mentionAtToken(k - 1) >= 0;
}

// "launched by Russian warships in the Caspian Sea", "fired by a bomber (flying) over the Kursk region": a place in a
// launch's agent phrase is where the launcher was.
void launchAgentPlace(const Context& ctx, const PlaceMention& m, size_t a, Chain& ch) {
    const auto& T = ctx.toks;
    size_t p = m.first;
    if (p > a && T[p - 1].lower == "the") --p;
    const auto before = p > a ? T[p - 1].lower : std::string_view{};
    ch.agentIn = before == "in" || before == "over" || before == "above" || before == "off";
}

// "was launched from the north and unquestionably sponsored by Iran": the participle before "by" (at k) is coordinated
// with the trigger, a predicate of its own whose agent is no origin of the launch.
bool coordinatedParticipleBefore(const Context& ctx, size_t k, size_t a) {
    const auto& T = ctx.toks;
    size_t q = k - 1;
    while (q > a && !T[q - 1].cap && T[q - 1].lower.ends_with("ly")) --q;
    return q > a && (T[q - 1].is("and") || T[q - 1].is("or") || T[q - 1].is("but"));
}

// "from three sites inside Iran", "from launchers in Crimea": the target noun at k ("sites") in a phrase of origin;
// returns where "from" stands (the chain goes on from it), or SIZE_MAX.
size_t fromSitesStart(const Context& ctx, size_t k, size_t a) {
    const auto& T = ctx.toks;
    size_t p = k;
    while (p > a && k - p < 3 && T[p - 1].word && !T[p - 1].lx.preposition() && T[p - 1].lx.trigger == Trig::None)
        --p; // "three", "mobile launch", "the"
    return p > a && T[p - 1].is("from") ? p : SIZE_MAX;
}

// The first word of the list item that ends right before the separator at k.
size_t listItemStart(const Context& ctx, size_t k, size_t a) {
    const auto& T = ctx.toks;
    size_t q = k - 1;
    while (q > a && k - q < 5 && T[q - 1].text != "," && !T[q - 1].is("and") && !T[q - 1].lx.preposition()) --q;
    return q;
}

// A word that names a vessel: "ship", "tanker", "M/V", "USS".
bool vesselWord(const Context& ctx, size_t k, size_t a) {
    const auto& T = ctx.toks;
    const auto w = T[k].lower;
    return T[k].lx.unit == lex::UnitClass::Ship || w == "tanker" || w == "freighter" ||
           (T[k].cap && (w == "mv" || (w == "v" && k > a + 1 && T[k - 1].text == "/") ||
                         !lex::navyOfShipPrefix(w).empty()));
}

// "in the southern Israeli city of Eilat", "at the port of Hodeidah": a descriptor of the place before "of" (a kind of
// place, its modifiers, a demonym, an article) names the place itself. Returns where it starts, or m.first.
size_t placeDescriptorStart(const Context& ctx, const PlaceMention& m, size_t a) {
    const auto& T = ctx.toks;
    if (m.first < a + 3 || !T[m.first - 1].is("of") || T[m.first - 2].lx.cue == lex::Cue::None) return m.first;
    size_t q = m.first - 2;
    while (q > a && m.first - 2 - q < 4 && T[q - 1].word && T[q - 1].lx.trigger == Trig::None &&
           !T[q - 1].lx.preposition() && !T[q - 1].lx.determiner() &&
           ((!T[q - 1].cap && !isVerbLike(T[q - 1])) || ctx.demonymOf(q - 1)))
        --q; // "southern", "Israeli", "port"
    if (q > a && (T[q - 1].is("the") || T[q - 1].is("a"))) return q - 1;
    return m.first;
}

// What a comma or conjunction does to a preposition chain walking back from token k.
enum class Step { Read, Next, Stop }; // Read: read the token on; Next: walk on from k; Stop: the chain ends

Step listStep(const Context& ctx, size_t& k, size_t a, int& steps, bool afterName, bool& pastName, const Chain& ch) {
    const auto& T = ctx.toks;
    const auto w = T[k].lower;
    if (w != "," && w != ";" && w != "and" && w != "or") return Step::Read;
    // "fired from the USS Barry, USS Stout, and three submarines in the Mediterranean Sea": a list of ships is one
    // platform phrase.
    if (w != ";" && ch.located && k > a && shipItem(ctx, k - 1, a)) {
        k = listItemStart(ctx, k, a); // "USS Stout", "the destroyer USS Barry"
        --steps; // a list of ships does not count against the chain's reach
        return Step::Next;
    }
    // Lists continue through commas and conjunctions ("near six cities: A, B, C"); other commas end it.
    const int prev = ctx.mentionAtToken(k > a ? k - 1 : k);
    if (prev >= 0) {
        k = ctx.mentions[widestEndingWith(ctx, prev)].first;
        return Step::Next;
    }
    // "in the Golis Mountains, Puntland, Somalia": names the atlas lacks, each qualified by the next.
    if (w == "," && (steps == 1 || afterName))
        if (const size_t q = pastQualifiedName(ctx, k, a); q != SIZE_MAX) {
            k = q;
            pastName = true;
            return Step::Next;
        }
    // An apposition between a name and this place is skipped: "at M/V True Confidence, a Barbados-flagged,
    // Liberian-owned bulk carrier, in the Gulf of Aden".
    if (const size_t open = appositionStart(ctx, k, a); w == "," && open < k) {
        k = open;
        return Step::Next;
    }
    return w == "," || w == ";" ? Step::Stop : Step::Read;
}

Chain prepositionChain(const Context& ctx, const PlaceMention& m, size_t a) {
    const auto& T = ctx.toks;
    Chain ch;
    size_t k = placeDescriptorStart(ctx, m, a);
    ch.located = k != m.first; // past the descriptor's "of"
    int steps = 0;
    bool pastVessel = false; // "struck the tanker Marlin Luanda in the Gulf of Aden": the ship was hit there
    bool over = false;       // the chain passed "over", "across" or "above"
    bool outside = false;    // the chain passed "outside" or "beyond"
    int listed = 0; // "in the Kyiv, Kharkiv, Odesa and Dnipropetrovsk regions": names listed before it, not counted
    bool pastName = false; // the last step went back over a name the atlas lacks ("in Puntland, Somalia")
    while (k > a && steps - listed < 10) {
        --k;
        ++steps;
        const bool afterName = std::exchange(pastName, false);
        const auto w = T[k].lower;
        const auto& lw = T[k].lx;
        // "On Friday Russia struck", "On Friday the United States struck": the preposition before a time word is
        // the time's, and the name after it opens the clause.
        if (!ch.located && lw.timeWord()) break;
        if (!ch.located && steps > 1 && (T[k].text == "," || w == "and" || w == "or" || ctx.mentionAtToken(k) >= 0))
            ++listed;
        // "targeted X"; "only 23 of the missiles reached the air base" (a strike only with munitions as subject)
        const bool strikeVerb = lw.trigger == Trig::Strike || w == "reached";
        if (strikeVerb && (steps - listed <= 6 || pastVessel)) { ch.located = ch.aimed = true; break; }
        pastVessel = pastVessel || vesselWord(ctx, k, a);
        if (w == "by" && lw.preposition() && k > a && T[k - 1].lx.trigger == Trig::Launch) {
            launchAgentPlace(ctx, m, a, ch);
            break;
        }
        // "fired a missile at the vehicle as it moved along a road in Marib province", "while it was transiting the
        // Gulf of Aden": where the target was moving is where it was hit.
        if (targetMotion(T, k, a, m.first, ch)) break;
        if (platformParticiple(ctx, k)) continue; // "from bombers flying over the Caspian Sea"
        if (w == "including" || w == "notably") { // "hit air bases, including the Nevatim air base": one of them
            if (!oneOfNamed(ctx, k, a)) break;
            ch.located = true;
            continue;
        }
        // "... and by U.S. Navy destroyers in the eastern Mediterranean": a place in the agent's phrase of another
        // verb is where the agent was, never a target ("hit by a missile in Kharkiv" names a munition: a setting).
        if (w == "by" && lw.preposition()) {
            if (!describesNounBefore(ctx, k, a)) {
                ch.agent = agentPhrase(ctx, k, m.first);
                break;
            }
            if (coordinatedParticipleBefore(ctx, k, a)) break;
            k -= 1;
            continue;
        }
        if (lw.trigger == Trig::Flight && over) ch.overflownBy = k;
        if (lw.trigger != Trig::None && lw.trigger != Trig::ViolationVerb) {
            ch.intentOf = intendedVerb(T, k, a);
            break;
        }
        over |= w == "over" || w == "across" || w == "above";
        outside |= w == "outside" || w == "beyond";
        if (w == "from") {
            fromPhrase(ctx, k, a, outside, ch);
            break;
        }
        // "from three sites inside Iran", "from launchers in Crimea": the sites are where the launch came from.
        if (const size_t p = lw.unit == lex::UnitClass::Target && ch.located ? fromSitesStart(ctx, k, a) : SIZE_MAX;
            p != SIZE_MAX) {
            k = p;
            continue;
        }
        if (w == "aimed" || w == "bound" || w == "targeting" || w == "intended" || lw.unit == lex::UnitClass::Target) {
            if (ch.located) ch.intended = true;
            break;
        }
        // Another place before this name's preposition has its own ("from Yemen into the Gulf of Aden"); one that
        // modifies a noun ("at U.S. bases in Iraq") does not end the chain.
        if (const int other = ctx.mentionAtToken(k); ch.located && other >= 0 && w != "," && w != ";") {
            const size_t after = ctx.mentions[other].last + 1;
            if (after < T.size() && T[after].lx.preposition()) break;
            k = ctx.mentions[other].first;
            continue;
        }
        // "streak over Jerusalem as Iran fires": a conjunction opens the clause the name is the subject of.
        if (w == "as" || w == "while" || w == "when" || w == "whereas") break;
        // A colon introduces places after a place or target noun ("near six cities: A, B"), not after a caption's
        // label ("Photo caption: Projectiles streak over Jerusalem").
        if (w == ":" && !(k > a && (T[k - 1].lx.cue != lex::Cue::None || T[k - 1].lx.unit == lex::UnitClass::Target)))
            break;
        if (lw.preposition() || w == ":") ch.located = true;
        // "launched two ballistic missiles off its east coast": coastal waters a launch went "off" are where it fell.
        const bool offCoast = w == "off" && steps == 1 && m.best() && m.best()->kind == atlas::Kind::Sea &&
                              ctx.doc.slice(m.start, m.end).find("coast") != std::string_view::npos;
        if (w == "at" || w == "on" || w == "against" || w == "toward" || w == "towards" || w == "into" ||
            w == "near" || w == ":" || offCoast)
            ch.aimed = true;
        // "from the Pyongyang area toward the East Sea": a heading opens its own phrase; the origin before it is
        // another place's.
        if (w == "toward" || w == "towards" || w == "into") break;
        if (const Step st = listStep(ctx, k, a, steps, afterName, pastName, ch); st != Step::Read) {
            if (st == Step::Stop) break;
            continue;
        }
        // "from occupied Crimea", "into annexed Crimea": a participle naming the area's status is part of its name.
        // "launched from neighboring Iran": an adjective of nearness after "from", too.
        const bool nearness = (w == "neighboring" || w == "neighbouring") && k > a && T[k - 1].is("from");
        const bool status = steps == 1 && (w == "occupied" || w == "annexed" || w == "liberated" || w == "disputed" ||
                                           w == "contested" || w == "besieged" || w == "russian-occupied" || nearness);
        // "in Iranian-backed Houthi-controlled areas of Yemen": a sponsor's compound is an adjective, not a verb.
        const size_t hyphen = w.rfind('-');
        const bool sponsorCompound = hyphen != std::string_view::npos && hyphen > 0 &&
                                     (sponsorSuffix(w.substr(hyphen + 1)) || w.substr(hyphen + 1) == "led");
        if (isVerbLike(T[k]) && !lw.preposition() && !status && !sponsorCompound) break;
    }
    return ch;
}

// "near Jilib, about 60 miles northwest of Kismayo": a distance and a bearing from a place, right after another place
// the sentence names, make the second one a reference point for the first; q is where the mention's phrase starts.
bool offsetReference(const Context& ctx, const PlaceMention& m, size_t q, size_t a) {
    const auto& T = ctx.toks;
    const auto w = q >= a + 2 ? T[q - 2].lower : std::string_view{};
    const bool bearing = w == "north" || w == "south" || w == "east" || w == "west" || w == "northeast" ||
                         w == "northwest" || w == "southeast" || w == "southwest" || w == "north-east" ||
                         w == "north-west" || w == "south-east" || w == "south-west";
    if (q < a + 3 || !T[q - 1].is("of") || !bearing) return false;
    // "in the Red Sea north of the strait": a bearing from a water body right after another refines that one; the
    // strait is no place of the event. (A town after a bearing, "on the coast northwest of Hodeidah", is the nearest
    // point the text gives, and stays.)
    const auto water = [](const PlaceMention& x) { return x.best() && x.best()->kind == atlas::Kind::Sea; };
    if (const int prev = ctx.mentionAtToken(q - 3); prev >= 0 && &ctx.mentions[prev] != &m &&
                                                   !ctx.mentions[prev].demonym &&
                                                   ctx.mentions[prev].last == q - 3 && water(ctx.mentions[prev]) &&
                                                   water(m))
        return true;
    // "the Ramat David air base southeast of Haifa": a base or town named right before the bearing is the place; the
    // one after it only says where that is.
    const auto site = [](const PlaceMention& x) {
        return x.best() && (x.best()->kind == atlas::Kind::Base || x.best()->kind == atlas::Kind::City ||
                            x.best()->kind == atlas::Kind::Point);
    };
    size_t named = q - 3; // back over the site's type words ("air base", "airfield") to its name
    while (named > a && q - 3 - named < 2 && T[named].word && !T[named].cap &&
           (T[named].lx.cue == lex::Cue::Base || T[named].is("air")))
        --named;
    if (const int prev = ctx.mentionAtToken(named); prev >= 0 && &ctx.mentions[prev] != &m &&
                                                   !ctx.mentions[prev].demonym && ctx.mentions[prev].last == named &&
                                                   site(ctx.mentions[prev]))
        return true;
    if (T[q - 3].lx.unit != lex::UnitClass::Distance) return false;
    // Back over the number and its hedge to the comma that sets the offset after the other place's name.
    size_t k = q - 3;
    const auto hedge = [](std::string_view w) {
        return w == "about" || w == "some" || w == "approximately" || w == "roughly" || w == "nearly" ||
               w == "around" || w == "almost";
    };
    while (k > a && (T[k - 1].number || hedge(T[k - 1].lower))) --k;
    if (k <= a || T[k - 1].text != ",") return false;
    const int other = ctx.mentionAtToken(k - 2);
    return other >= 0 && &ctx.mentions[other] != &m && !ctx.mentions[other].demonym &&
           ctx.mentions[other].last == k - 2;
}

// "200 kilometers west of Oshima-Oshima, a small island off Hokkaido", "Chasiv Yar, a town near Bakhmut": a place in
// an apposition that describes the name before it (a comma, "a/an", a kind of place, a preposition) only locates
// that name; q is where the mention's phrase starts.
bool inPlaceApposition(const Context& ctx, size_t q, size_t a) {
    const auto& T = ctx.toks;
    if (q < a + 4 || !T[q - 1].lx.preposition()) return false;
    size_t k = q - 2; // the kind of place: "island", "town", "port city"
    const auto placeNoun = [&](size_t i) {
        return T[i].lx.cue != lex::Cue::None || T[i].is("island") || T[i].is("islet") || T[i].is("peninsula");
    };
    if (!placeNoun(k)) return false;
    while (k > a && q - 2 - k < 3 && T[k - 1].word && !T[k - 1].cap && !T[k - 1].is("a") && !T[k - 1].is("an"))
        --k; // "small", "port"
    return k >= a + 3 && (T[k - 1].is("a") || T[k - 1].is("an")) && T[k - 2].text == "," && T[k - 3].cap;
}

// "close to the border with Iraq", "along the frontier of Turkey", "bordering Jordan", and a place that only gives
// another's distance (and bearing).
bool isLandmark(const Context& ctx, const PlaceMention& m, size_t a) {
    const auto& T = ctx.toks;
    size_t q = m.first;
    if (q > a && T[q - 1].is("the")) --q;
    if (inPlaceApposition(ctx, q, a)) return true;
    const auto before = [&](size_t back) { return q >= a + back ? T[q - back].lower : std::string_view{}; };
    if (before(1) == "bordering" || ((before(1) == "with" || before(1) == "of") &&
                                     (before(2) == "border" || before(2) == "borders" || before(2) == "frontier")))
        return true;
    // "a base in northeast Jordan near the Syrian border": a border near which something lies only locates it.
    const auto after = m.last + 1 < ctx.toks.size() ? T[m.last + 1].lower : std::string_view{};
    if ((after == "border" || after == "frontier") && (before(1) == "near" || before(1) == "by" ||
                                                       (before(1) == "to" && before(2) == "close")))
        return true;
    // "near the village of Hrabove, about 40 kilometers from the Russian border": a distance with no bearing from a
    // border or a country says how far outside it something was. (From a town, "an airstrike 30 miles from
    // Kismayo", the town is the nearest point the text gives, and stays.)
    const bool country = m.best() && m.best()->kind == atlas::Kind::Country;
    if (before(1) == "from" && q >= a + 2 && (country || after == "border" || after == "frontier")) {
        const size_t unit = T[q - 2].is("away") && q >= a + 3 ? q - 3 : q - 2;
        if (T[unit].lx.unit == lex::UnitClass::Distance) return true;
    }
    return offsetReference(ctx, m, q, a);
}

// "landed about 3,200 kilometers east of Japan": a place given by distance and bearing says where, with or without
// a preposition before it.
bool offsetArea(const Context& ctx, const PlaceMention& m) {
    return std::any_of(ctx.offsetAreas.begin(), ctx.offsetAreas.end(),
                       [&](const Context::OffsetArea& o) { return o.slotKey == m.key; });
}

// Only the airspace's owner: "Turkish airspace", "the airspace of Turkey", "Turkey's airspace", "its airspace".
bool ownsAirspace(const Context& ctx, const PlaceMention& m, size_t a, size_t b) {
    const auto& T = ctx.toks;
    const auto nx = m.last + 1 < b ? T[m.last + 1].lower : std::string_view{};
    return (m.demonym && nx == "airspace") || (T[m.last].lower.ends_with("'s") && nx == "airspace") ||
           (nx == "'s" && m.last + 2 < b && T[m.last + 2].is("airspace")) ||
           (m.first >= a + 2 && T[m.first - 1].is("of") &&
            (T[m.first - 2].is("airspace") ||
             (T[m.first - 2].is("the") && m.first >= a + 3 && T[m.first - 3].is("airspace"))));
}

// Place of a country by ISO2, created from a demonym if needed ("Turkish airspace", "at Syrian targets").
int countryPlace(Context& ctx, scenario::Scenario& out, const PlaceMention& m) {
    if (m.place >= 0) return m.place;
    const auto* c = m.best();
    if (!c) return -1;
    for (size_t p = 0; p < out.places.size(); ++p)
        if (out.places[p].kind == "country" && out.places[p].country == c->iso2) return static_cast<int>(p);
    scenario::Place p;
    p.id = "p" + std::to_string(out.places.size() + 1);
    p.name = c->name;
    p.kind = "country";
    p.pos = c->pos;
    p.country = c->iso2;
    p.precision = "country";
    p.radiusMeters = c->radiusKm * 1000.0;
    p.candidates.push_back({c->name, "country", c->pos, c->iso2, {}, 1.0, 0});
    p.mentions.push_back({m.start, m.end, m.sentence, std::string(ctx.doc.slice(m.start, m.end)), "modifier"});
    out.places.push_back(std::move(p));
    return static_cast<int>(out.places.size() - 1);
}

bool inSpan(const PlaceMention& m, std::pair<size_t, size_t> span) {
    return span.second > span.first && m.start < span.second && m.end > span.first;
}

// A country that acts or owns rather than is hit: the agent of a passive ("used by Iran's Revolutionary Guard"), a
// possessive before a non-place noun ("Iran's Islamic Revolutionary Guard Corps"), a country heading an organisation
// or an actor noun ("the U.S. Central Command's strike", "U.S. forces").
bool actorRole(const Context& ctx, const PlaceMention& m, size_t a, size_t b) {
    const auto* c = m.best();
    if (!c || c->kind != atlas::Kind::Country) return false;
    const auto& T = ctx.toks;
    if (m.first > a && T[m.first - 1].is("by")) return true;
    size_t n = m.last + 1;
    while (n < b && T[n].text == "." && T[n].start == T[n - 1].end) ++n; // "U.S." split as "U.S" "."
    const bool possessive = T[m.last].lower.ends_with("'s") || (n < b && T[n].is("'s"));
    if (n < b && T[n].is("'s")) ++n;
    if (n >= b) return false;
    const Tok& next = T[n];
    // "U.S. bases in Iraq", "the U.S. embassy", "a small U.S. outpost", "Russian warships": the owner, not where
    // they are.
    const auto w = next.lower;
    if (next.lx.cue == lex::Cue::Base || w == "embassy" || w == "consulate" || w == "troops" || w == "personnel" ||
        w == "ships" || w == "warships" || w == "vessels" || w == "citizens" || w == "interests" || w == "assets" ||
        w == "outpost" || w == "outposts" || w == "garrison")
        return true;
    const bool placeNoun = next.lx.cue != lex::Cue::None || w == "territory" || w == "airspace" || w == "soil" ||
                           w == "border" || w == "capital";
    if (placeNoun) return false;
    // "11 Israeli military sites", "Iranian air defense sites": sites of the country's own, where it was hit (not
    // "U.S. military bases", which the owner keeps abroad too).
    size_t q = n;
    while (q < b && q < n + 3 && (T[q].is("military") || T[q].is("air") || T[q].is("defense") || T[q].is("defence") ||
                                  T[q].is("naval") || T[q].is("energy") || T[q].is("power") || T[q].is("critical") ||
                                  T[q].is("civilian") || T[q].is("electricity") || T[q].is("port")))
        ++q;
    if (q > n && q < b && T[q].lx.unit == lex::UnitClass::Target && T[q].lx.cue != lex::Cue::Base) return false;
    // "at Ukraine's energy infrastructure", "Ukraine's power grid", "Israel's cities": what the country owns and
    // was struck at, where it lies.
    const auto struckThing = [&](const Tok& t) {
        return t.is("infrastructure") || t.is("grid") || t.is("grids") || t.is("cities") || t.is("towns") ||
               t.is("plants") || t.is("plant") || t.is("network") || t.is("ports") ||
               (t.lx.unit == lex::UnitClass::Target && t.lx.cue != lex::Cue::Base && t.lx.trigger == Trig::None);
    };
    if (possessive && q < b && struckThing(T[q])) return false;
    if (possessive) return true;
    // "Israel Defense Forces" ... but "at Saudi Arabia Sunday night": a weekday or month is no name.
    return (next.cap && next.word && ctx.mentionAtToken(n) < 0 && !next.lx.timeWord()) ||
           (next.lx.actorNoun() && !next.lx.munitionHead() && !next.is("strikes") && !next.is("strike"));
}

// "officials in Seoul and Tokyo said": the places listed with m ("and", "or", a comma) count as one, so the list's
// last token stands for m's end and the list's words for the words between it and the speaker.
size_t listEnd(const Context& ctx, size_t last) {
    const auto& T = ctx.toks;
    while (last + 2 < T.size() && (T[last + 1].is("and") || T[last + 1].is("or") || T[last + 1].is(","))) {
        const int next = ctx.mentionAtToken(last + 2);
        if (next < 0) break;
        last = ctx.mentions[static_cast<size_t>(next)].last;
    }
    return last;
}

// A dateline ("TAMPA, Fla. -") or a time-zone label ("(Sanaa time)", "local Somalia time") names no event place.
// "officials in Kyiv said", "a spokesman at the Pentagon told": where the speaker is, not where the event was. The
// place is inside the speaker's phrase, or joined to its end by a preposition with the speech verb right after it.
bool inSpeaker(const Context& ctx, const PlaceMention& m) {
    if (insideSpeakerPhrase(ctx, m)) return true;
    const auto& T = ctx.toks;
    // "In Washington, Pentagon spokesman Bryan Whitman confirmed that U.S. forces had carried out a strike ...": a
    // national capital opening the sentence, with the speaker right after its comma, is where the speaker spoke ("In
    // Lviv, the mayor said strikes ... left the city without power" keeps the town; "the capital" reads it again).
    const size_t a = ctx.sentenceTokens(m.sentence).first;
    if (m.first == a + 1 && T[a].is("in") && m.last + 2 < T.size() && T[m.last + 1].text == "," && m.best() &&
        ctx.isCapital(*m.best()))
        for (const auto& at : ctx.doc.attributions)
            if (at.sentence == m.sentence && at.speakerEnd > at.speakerStart && at.speakerStart == T[m.last + 2].start)
                return true;
    const size_t last = listEnd(ctx, m.last);
    const bool verbAfter = last + 1 < T.size() && T[last + 1].lx.speechVerb();
    for (const auto& at : ctx.doc.attributions) {
        if (at.sentence != m.sentence || at.speakerEnd <= at.speakerStart || m.start < at.speakerStart) continue;
        bool joined = verbAfter;
        for (size_t k = m.first; k > 0 && joined;) {
            if (T[--k].end <= at.speakerEnd) break;
            joined = T[k].lx.preposition() || T[k].lx.determiner() || ctx.mentionAtToken(k) >= 0 || T[k].is("and") ||
                     T[k].is("or") || T[k].is(",");
        }
        if (joined && m.start - at.speakerEnd < 12) return true;
    }
    return false;
}

bool isLabel(const Context& ctx, const PlaceMention& m, size_t a, size_t b) {
    if (inSpan(m, ctx.doc.datelinePlaceSpan) || inSpan(m, ctx.doc.bylineSpan)) return true;
    const auto& T = ctx.toks;
    if (m.last + 1 < b && T[m.last + 1].is("time")) return true;
    // "4 p.m. EST, which was midnight in Baghdad and Damascus": the places a clock time is read in, listed or not.
    size_t q = m.first;
    while (q > a + 1 && (T[q - 1].is("the") || T[q - 1].is("and") || T[q - 1].text == "," ||
                         ctx.mentionAtToken(q - 1) >= 0))
        --q;
    if (q < a + 2 || !T[q - 1].is("in")) return false;
    const size_t clock = q - 2;
    const bool isClock = T[clock].is("midnight") || T[clock].is("noon") ||
                         std::any_of(ctx.doc.times.begin(), ctx.doc.times.end(), [&](const text::TimeExpr& t) {
                             return t.start <= T[clock].start && T[clock].end <= t.end && t.localHour >= 0;
                         });
    // Only a second reading of the same moment: "which was midnight in", "or 1:30 a.m. Wednesday in", "(4:40 a.m.",
    // "at 5:30 a.m. local time today, Wednesday night in Washington" (a comma right after another time).
    const auto endsTime = [&](size_t k) {
        return std::any_of(ctx.doc.times.begin(), ctx.doc.times.end(),
                           [&](const text::TimeExpr& t) { return t.start < T[k].end && T[k].end <= t.end; });
    };
    bool second = false;
    for (size_t k = clock; k > a && clock - k < 6 && !second;) {
        --k;
        const bool separator = T[k].text == "," || T[k].text == "-" || T[k].text == "--"; // dashes come normalised
        second = T[k].is("was") || T[k].is("or") || T[k].text == "(" || (separator && k > a && endsTime(k - 1));
    }
    return isClock && second;
}

struct Roles {
    Context& ctx;
    scenario::Scenario& out;
    int s;
    size_t a, b;
    std::vector<EventFrame>& frames;
    bool hasLaunch;
};

// The place index a mention stands for in an event role, or -1 with `located` false.
int rolePlace(Roles& r, const PlaceMention& m, Chain& ch) {
    if (!m.demonym) return m.place;
    // Only "Turkish airspace", "Syrian targets", "Iranian territory", "Ukrainian cities" make a demonym a location.
    // Also a target noun past a few modifiers: "11 Israeli military sites", "Ukrainian energy facilities".
    const auto& T = r.ctx.toks;
    size_t q = m.last + 1;
    while (q < r.b && q < m.last + 4 && T[q].word && !T[q].cap && T[q].lx.unit == lex::UnitClass::None &&
           T[q].lx.trigger == Trig::None && !T[q].lx.preposition() && !T[q].lx.determiner())
        ++q;
    const bool targetNoun = q < r.b && T[q].lx.unit == lex::UnitClass::Target;
    if (!targetNoun) q = m.last + 1;
    const auto n = q < r.b ? T[q].lower : std::string_view{};
    if (!(targetNoun || n == "airspace" || n == "targets" || n == "territory" || n == "soil" || n == "positions" ||
          n == "waters" || n == "coast" || n == "border" || n == "cities" || n == "towns" || n == "villages" ||
          n == "regions" || n == "infrastructure"))
        return -1;
    // "Iranian targets in Syria", "Russian bases near Latakia": the demonym says whose targets, the place after says
    // where they are.
    const bool whose = targetNoun || n == "targets" || n == "positions";
    if (whose && q + 1 < r.b && (T[q + 1].is("in") || T[q + 1].is("near") || T[q + 1].is("inside"))) return -1;
    ch.located = true;
    if (whose) ch.intended = true;
    return countryPlace(r.ctx, r.out, m);
}

// Does the place mention m reach frame e? A sentence cut into one launch per clause ("B-52s flying from Guam fired 13
// ..., and USS Shiloh in the Persian Gulf fired 14") gives each clause its own places; a phrase fronted before the
// first clause and closed by a comma ("From the Red Sea, USS Monterey fired 30 ... and USS Laboon fired 7") is
// shared by all of them.
bool reaches(const Roles& r, const PlaceMention& m, const EventFrame& e) {
    if (m.first >= e.scopeStart && m.first < e.scopeEnd) return true;
    const auto& T = r.ctx.toks;
    size_t open = r.a; // past a list item's bullet: "-- In the Red Sea, the cruiser ... fired"
    while (open < m.first && !T[open].word) ++open;
    size_t q = m.first;
    while (q > open && q + 4 > m.first && T[q - 1].word && (!T[q - 1].cap || q - 1 == open)) --q; // "From the"
    const bool fronted = q == open && m.last + 1 < r.b && T[m.last + 1].text == ",";
    if (!fronted || !std::all_of(r.frames.begin(), r.frames.end(), [&](const EventFrame& x) { return x.trig > m.last; }))
        return false;
    // "...; the USS Higgins, in the North Arabian Gulf, fired 23": a semicolon ends what the fronted phrase governs.
    for (size_t k = m.last + 1; k < e.trig; ++k)
        if (T[k].text == ";") return false;
    return true;
}

// "from Russia's Kursk region", "struck Ukraine's Kharkiv region": a country in the possessive right before a finer
// place of its own only says whose that place is.
// Returns that finer place's mention, or null.
const PlaceMention* possessiveQualifier(const Context& ctx, const PlaceMention& m) {
    const auto& T = ctx.toks;
    const auto* c = m.best();
    if (!c || c->kind != atlas::Kind::Country || m.last + 2 >= T.size()) return nullptr;
    if (!possessiveMention(ctx, m)) return nullptr;
    const size_t next = T[m.last + 1].is("'s") ? m.last + 2 : m.last + 1;
    const int fi = ctx.mentionAtToken(next);
    if (fi < 0 || &ctx.mentions[static_cast<size_t>(fi)] == &m) return nullptr;
    const PlaceMention& f = ctx.mentions[static_cast<size_t>(fi)];
    const auto* finer = f.best();
    return finer && !f.dropped && finer->kind != atlas::Kind::Country && finer->iso2 == c->iso2 ? &f : nullptr;
}

// "from bombers over the Caspian Sea and from warships in the Black Sea", "ships in the Red Sea and the Arabian Sea":
// a second launch area coordinated with the origin the frame has ("and" between them, no verb), in
// another country or water, is a launch area of its own. Not "launched from Gaza ... as seen from Ashkelon".
bool addCoordinatedArea(Roles& r, EventFrame& e, const PlaceMention& m, int place) {
    const auto& T = r.ctx.toks;
    if (e.fromEnd == 0 || m.first <= e.fromEnd || !distinctAreas(r.out, e.from, place) ||
        std::find(e.moreFrom.begin(), e.moreFrom.end(), place) != e.moreFrom.end())
        return false;
    bool joined = false;
    for (size_t q = e.fromEnd + 1; q < m.first; ++q) {
        if (T[q].is("and")) joined = true;
        else if (T[q].is("as") || (isVerbLike(T[q]) && !platformParticiple(r.ctx, q)) || T[q].lx.speechVerb())
            return false;
    }
    // "from Iran, Iraq, Syria and Yemen": the items before the "and" are coordinated with the origin too.
    if (const int origin = r.ctx.mentionAtToken(e.fromEnd); !joined && origin >= 0 && m.list >= 0)
        joined = r.ctx.mentions[static_cast<size_t>(origin)].list == m.list;
    if (joined) e.moreFrom.push_back(place);
    return joined;
}

// "F/A-18s from the USS Eisenhower in the Red Sea struck ...", "bombers flying from Whiteman": a "from" right after
// aircraft tells where an air strike came from.
// Returns the aircraft as written ("F/A-18 aircraft", "B-2 bombers"), or "" when no aircraft comes before the "from".
std::string aircraftFrom(const Context& ctx, size_t fromTok, size_t a) {
    const auto& T = ctx.toks;
    if (fromTok == SIZE_MAX) return {};
    size_t q = fromTok;
    while (q > a && (T[q - 1].is("flying") || T[q - 1].is("flown") || T[q - 1].is("launched") ||
                     T[q - 1].is("operating") || T[q - 1].is("that") || T[q - 1].is("took") || T[q - 1].is("off")))
        --q;
    if (q == a || T[q - 1].lx.unit != lex::UnitClass::Aircraft) return {};
    const size_t head = q - 1;
    size_t start = head;
    while (start > a && head - start < 4 && !T[start - 1].lx.determiner() &&
           (T[start - 1].cap || T[start - 1].number || T[start - 1].text == "/" || T[start - 1].text == "-"))
        --start; // "F/A-18", "B-2"
    return std::string(ctx.doc.slice(T[start].start, T[head].end));
}

void attachOrigins(Roles& r, const std::vector<int>& mentions) {
    for (int mi : mentions) {
        const auto& m = r.ctx.mentions[mi];
        if (possessiveQualifier(r.ctx, m)) continue;
        Chain ch = prepositionChain(r.ctx, m, r.a);
        // "were fired at Khartoum by two destroyers in the Red Sea": where a launch's passive agent was, it came from.
        const bool launchAgent = ch.agent && std::any_of(r.frames.begin(), r.frames.end(), [&](const EventFrame& e) {
            return e.kind == Trig::Launch && e.trig < m.first && reaches(r, m, e);
        });
        if (!(ch.from || ch.agentIn || launchAgent) || ch.negated) continue;
        const int place = rolePlace(r, m, ch);
        if (place < 0) continue;
        // Origin of the launch, and of the crash or intercept said to come from it in the same breath.
        for (auto& e : r.frames) {
            if (launchAgent && !ch.from && e.kind != Trig::Launch) continue; // the agent launched, not engaged
            const std::string aircraft = e.kind == Trig::Strike ? aircraftFrom(r.ctx, ch.fromTok, r.a) : "";
            if ((e.kind == Trig::Launch || e.kind == Trig::Crash || e.kind == Trig::Intercept ||
                 e.kind == Trig::Flight || !aircraft.empty()) && e.from < 0 && reaches(r, m, e)) {
                e.from = place;
                e.fromEnd = m.last;
                e.aircraft = aircraft;
            } else if (e.kind == Trig::Launch && e.from >= 0 && reaches(r, m, e)) {
                addCoordinatedArea(r, e, m, place);
            }
        }
    }
}

// A place before the trigger with another main verb between belongs to another clause ("During a press conference at
// the Pentagon, Hegseth lauded the strike on ...").
bool mainVerbBetween(const Context& ctx, size_t place, size_t trig) {
    const auto& T = ctx.toks;
    // "Shelton told reporters at the Pentagon that six targets were struck": where the telling took place.
    bool complement = false;
    for (size_t q = place + 1; q < trig && !complement; ++q) complement = T[q].is("that");
    for (size_t k = place; complement && k > 0 && place - k < 8 && T[k - 1].sentence == T[place].sentence;) {
        --k;
        if (T[k].lx.speechVerb()) return true;
        if (T[k].lx.trigger != lex::Trigger::None) break;
    }
    for (size_t q = place + 1; q < trig; ++q) {
        const auto w = T[q].lower;
        const bool aux = w == "has" || w == "have" || w == "had" || w == "was" || w == "were" || w == "is" ||
                         w == "are" || w == "been" || w == "be" || w == "will";
        if (!aux && isVerbLike(T[q]) && !T[q].cap && T[q].lx.trigger == lex::Trigger::None &&
            !(q > 0 && T[q - 1].text == "-"))
            return true;
    }
    return false;
}

// "the launch of", "a missile launch", "the launches": the noun, not the verb.
bool launchNoun(const Context& ctx, size_t trig, size_t a) {
    const auto& T = ctx.toks;
    const auto w = T[trig].lower;
    if (w != "launch" && w != "launches") return false;
    return trig > a && (T[trig - 1].lx.determiner() || T[trig - 1].lx.munitionHead() || T[trig - 1].cap);
}

// Another event's trigger between x and y: a word the lexicon calls a trigger, or a frame of another kind ("shot
// down" is told with a launch word).
bool triggerBetween(const Roles& r, size_t x, size_t y) {
    const auto& T = r.ctx.toks;
    for (size_t q = x + 1; q < y; ++q) {
        // "Tomahawk land attack missiles": a trigger word inside a munition's name is no other event.
        if (T[q].lx.munitionModifier() && q + 1 < y && (T[q + 1].lx.munitionHead() || T[q + 1].lx.munitionModifier()))
            continue;
        const auto k = T[q].lx.trigger;
        if (k != Trig::None && k != Trig::ViolationVerb && k != Trig::Launch) return true;
    }
    return std::any_of(r.frames.begin(), r.frames.end(),
                       [&](const EventFrame& e) { return e.kind != Trig::Launch && e.trig > x && e.trig < y; });
}

// "hit Nevatim Air Base in southern Israel", "struck Ain al-Asad air base in western Iraq": an area right after a
// finer place of its own country, joined by "in" or a comma, only says where that place is.
// Returns the mention of that finer place, or -1.
int enclosedPrevious(const Roles& r, const PlaceMention& m) {
    const auto& T = r.ctx.toks;
    size_t q = m.first;
    if (q > r.a && T[q - 1].is("the")) --q;
    if (q < r.a + 2 || !(T[q - 1].is("in") || T[q - 1].text == ",")) return -1;
    size_t e = q - 2; // back over the type words of the name before: "Ain al-Asad air base"
    while (e > r.a && r.ctx.mentionAtToken(e) < 0 && (T[e].lx.cue != lex::Cue::None || T[e].is("air"))) --e;
    const int prev = r.ctx.mentionAtToken(e);
    if (prev < 0 || m.place < 0) return -1;
    const auto& pm = r.ctx.mentions[prev];
    if (pm.last != e || pm.place < 0 || pm.demonym) return -1;
    const auto& outer = r.out.places[m.place];
    const auto& inner = r.out.places[pm.place];
    const bool coarse = outer.kind == "country" || outer.kind == "admin1" || outer.kind == "region";
    const bool fine = inner.kind != "country" && inner.kind != "admin1" && inner.kind != "region" && inner.kind != "sea";
    // "on Hodeidah, Taizz, Hajjah and Saada provinces": a division the place before does not lie in is the next item
    // of a list.
    const bool otherDivision = outer.kind == "admin1" && !inner.admin1.empty() && inner.admin1 != outer.admin1;
    return coarse && fine && !otherDivision && !outer.country.empty() && outer.country == inner.country ? prev : -1;
}

bool enclosesPrevious(const Roles& r, const PlaceMention& m) { return enclosedPrevious(r, m) >= 0; }

// "from USS Arleigh Burke (DDG 51) and USS Philippine Sea (CG 58), which were operating": a ship after "from"
// between the launch verb and the token `upTo`.
bool launchingShipBefore(const Context& ctx, size_t trig, size_t upTo) {
    const auto& T = ctx.toks;
    for (size_t k = trig + 1; k + 1 < upTo; ++k) {
        if (!T[k].is("from")) continue;
        const size_t ship = T[k + 1].is("the") ? k + 2 : k + 1; // "from the USS Porter and USS Ross"
        if (ship < upTo && (ctx.isShipName(ship) || !lex::navyOfShipPrefix(T[ship].lower).empty())) return true;
        // "from two Navy ships", "from the guided-missile destroyer": a ship noun after a few modifiers.
        for (size_t q = k + 1; q < upTo && q <= k + 4; ++q) {
            if (T[q].lx.unit == lex::UnitClass::Ship) return true;
            if (!(T[q].lx.determiner() || T[q].number || T[q].cap || T[q].lower.find('-') != std::string_view::npos ||
                  T[q].is("two") || T[q].is("three") || T[q].is("four") || T[q].is("several")))
                break;
        }
    }
    return false;
}

// "On Sunday, while sailing in international waters in the Red Sea, the Mason detected two missiles fired toward
// it": a sea in a ship's movement ("sailing/operating/patrolling in X") says where the ship was, and a launch told
// passively ("missiles fired toward it", "were launched") came from someone else, so the sea is not its origin.
bool shipSettingOfPassiveLaunch(const Context& ctx, const PlaceMention& m, const EventFrame& e, size_t a) {
    const auto& T = ctx.toks;
    if (e.trig <= a) return false;
    const auto& before = T[e.trig - 1];
    if (!(before.lx.munitionHead() || before.is("was") || before.is("were") || before.is("been"))) return false;
    for (size_t k = m.first; k > a && m.first - k < 8;) {
        const auto w = T[--k].lower;
        if (w == "sailing" || w == "operating" || w == "patrolling" || w == "transiting" || w == "steaming" ||
            w == "cruising")
            return true;
        if (T[k].text == "," || T[k].lx.trigger != lex::Trigger::None || (isVerbLike(T[k]) && !T[k].lx.preposition()))
            return false;
    }
    return false;
}

// "militants in Gaza", "forces at Al Dhafra Air Base", "batteries based in Crimea": the place follows a noun of who
// acts (forces, militants, ships, batteries) through "in/at/near/based in".
bool inLaunchersPhrase(const Context& ctx, const PlaceMention& m, size_t a) {
    const auto& T = ctx.toks;
    size_t q = m.first;
    if (q > a && T[q - 1].is("the")) --q;
    if (q < a + 2) return false;
    const auto p = T[q - 1].lower;
    if (p != "in" && p != "at" && p != "near") return false;
    size_t n = q - 2;
    if (T[n].is("based") || T[n].is("stationed") || T[n].is("deployed")) {
        if (n == a) return false;
        --n;
    }
    const auto& w = T[n].lx;
    return !w.munitionHead() && (w.groupNoun() || w.unit == lex::UnitClass::Ship ||
                                 (w.actorNoun() && !w.speakerNoun() && !T[n].is("military")));
}

void attachTargets(Roles& r, const std::vector<int>& mentions) {
    const auto& T = r.ctx.toks;
    for (int mi : mentions) {
        const auto& m = r.ctx.mentions[mi];
        Chain ch = prepositionChain(r.ctx, m, r.a);
        // A place flown over on the way is not where a strike of the sentence landed ("hit 11 targets after
        // flying nearly 1,500 kilometers over Iran and Iraq"), unless the flight is an event of its own or ended
        // there ("was flying over the Strait of Hormuz when it was shot down").
        // Not a flight that ended elsewhere: "flew 4,600 kilometers over northern Japan before falling into the
        // Pacific Ocean" came down at the place told after the crash verb.
        const auto placeAfter = [&](size_t trig) {
            return std::any_of(mentions.begin(), mentions.end(), [&](int x) {
                if (r.ctx.mentions[x].first <= trig) return false;
                const Chain at = prepositionChain(r.ctx, r.ctx.mentions[x], r.a); // not "fired from Iran"
                return at.located && !at.from && !at.negated;
            });
        };
        const bool overflown = ch.overflownBy != SIZE_MAX &&
                               std::none_of(r.frames.begin(), r.frames.end(), [&](const EventFrame& e) {
                                   return e.trig == ch.overflownBy ||
                                          ((e.kind == Trig::Intercept || e.kind == Trig::Crash) &&
                                           !(e.trig > m.last && placeAfter(e.trig)));
                               });
        if (ch.from || ch.agent || ch.intentOf || overflown || actorRole(r.ctx, m, r.a, r.b)) continue;
        // "at Ukraine's Kharkiv region": the country's preposition leads to the finer place.
        const PlaceMention* finer = possessiveQualifier(r.ctx, m);
        const int place = rolePlace(r, finer ? *finer : m, ch);
        if (place < 0 || !(ch.located || offsetArea(r.ctx, m)) || isLandmark(r.ctx, m, r.a) ||
            enclosesPrevious(r, m))
            continue;
        // A sea named before the launch verb is where the launchers were ("destroyers in the eastern Mediterranean
        // fired ..."), and so is any place in the launchers' own noun phrase ("Palestinian militants in Gaza fired",
        // "U.S. forces at Al Dhafra Air Base fired"), unless the sentence gives the origin or another event stands
        // between.
        // Not a sea that names a kind of place after it: "the Black Sea port city of Odesa".
        const size_t after = m.last + 1;
        const bool placeModifier = after < r.b && T[after].word && !T[after].cap &&
                                   (T[after].lx.cue == lex::Cue::City || T[after].lx.cue == lex::Cue::Base ||
                                    T[after].is("port") || T[after].is("ports") || T[after].is("coast") ||
                                    T[after].is("coastal") || T[after].is("resort"));
        if (placeModifier && m.best()->kind == atlas::Kind::Sea) continue; // it only says where the port is
        if (!ch.intended && !placeModifier &&
            (m.best()->kind == atlas::Kind::Sea || inLaunchersPhrase(r.ctx, m, r.a))) {
            bool placed = false;
            for (auto& e : r.frames)
                if (e.kind == Trig::Launch && m.last < e.trig && reaches(r, m, e) &&
                    !triggerBetween(r, m.last, e.trig) && !shipSettingOfPassiveLaunch(r.ctx, m, e, r.a)) {
                    bool speech = false;
                    for (size_t q = m.last + 1; q < e.trig; ++q) speech |= T[q].lx.speechVerb() || T[q].text == "\"";
                    if (speech) continue;
                    // "ships in the Red Sea and the Arabian Sea fired": a second sea of the launchers' phrase.
                    if (e.from < 0) {
                        e.from = place;
                        e.fromEnd = m.last;
                        placed = true;
                    } else {
                        placed |= addCoordinatedArea(r, e, m, place);
                    }
                }
            if (placed) continue;
        }
        // "a rocket fired from Gaza toward Jerusalem landed in an open area": a heading right after the launch verb
        // and its origin is where the launch was aimed, whatever the clause's main verb.
        size_t h = m.first;
        if (h > r.a && T[h - 1].is("the")) --h;
        const bool heading = h > r.a && (T[h - 1].is("toward") || T[h - 1].is("towards")) &&
                             std::any_of(r.frames.begin(), r.frames.end(), [&](const EventFrame& x) {
                                 return x.kind == Trig::Launch && x.trig < h && h - x.trig <= 8;
                             });
        EventFrame* e = frameOwning(r.ctx, r.frames, m.first, (ch.intended || heading) && r.hasLaunch);
        if (!e || e->from == place || mainVerbBetween(r.ctx, m.last, e->trig) || doubtedClause(r.ctx, m.first, r.a))
            continue;
        // "The launch of a single ballistic missile occurred at a facility near Sinpo": where a launch noun happened
        // is its origin.
        if (e->kind == Trig::Launch && launchNoun(r.ctx, e->trig, r.a) && e->from < 0 &&
            m.first > e->trig) {
            const auto p = T[m.first - 1].lower;
            // Only in the noun's own phrase: not "the launch today and are consulting with South Korea".
            bool ownPhrase = p == "at" || p == "near" || p == "in" || p == "from";
            for (size_t q = e->trig + 1; q + 1 < m.first && ownPhrase; ++q)
                ownPhrase = !T[q].is("and") && !T[q].lx.speechVerb() &&
                            (!isVerbLike(T[q]) || T[q].lower.find('-') != std::string_view::npos || // "land-based"
                             T[q - 1].lx.determiner() || T[q].is("occurred") || T[q].is("happened") ||
                             T[q].is("took"));
            if (ownPhrase) {
                e->from = place;
                continue;
            }
        }
        // "launched 47 Tomahawks at Syria from USS Arleigh Burke, which was operating in the Red Sea": the sea of the
        // launching ship.
        if (e->kind == Trig::Launch && e->from < 0 && !ch.intended && m.best()->kind == atlas::Kind::Sea &&
            m.first > e->trig && launchingShipBefore(r.ctx, e->trig, m.first)) {
            e->from = place;
            continue;
        }
        // A launch's target needs "at/on/against/toward/into X" or "targets in X"; "in X" alone is a setting.
        if (e->kind == Trig::Launch && !ch.intended && !ch.aimed) continue;
        if (e->kind == Trig::Airspace && !ownsAirspace(r.ctx, m, r.a, r.b)) continue;
        if (ch.intended && !r.hasLaunch && e->kind != Trig::Strike) continue; // "aimed at Syria" but crashed elsewhere
        addTarget(*e, place);
    }
}

// "intruded into its airspace": the airspace of the country that is the frame's actor.
void possessiveAirspace(Roles& r) {
    const auto& T = r.ctx.toks;
    for (size_t k = r.a; k + 1 < r.b; ++k) {
        if (!(T[k].is("its") && (T[k + 1].is("airspace") || T[k + 1].is("territory")))) continue;
        for (auto& e : r.frames) {
            if (!e.to.empty() || (e.kind != Trig::Airspace && e.kind != Trig::Intercept)) continue;
            for (size_t m = 0; m < r.ctx.mentions.size(); ++m) {
                const auto& pm = r.ctx.mentions[m];
                if (pm.sentence != r.s || pm.first >= k || pm.dropped || !pm.best() || pm.demonym ||
                    pm.best()->kind != atlas::Kind::Country)
                    continue;
                const int place = countryPlace(r.ctx, r.out, pm);
                if (place >= 0) e.to.push_back(place);
                break;
            }
        }
    }
}

// "USS Mason detected two missiles fired from Yemen while operating in the Red Sea", "Two of those were launched at
// M/V MSC Sky II, a Liberian-flagged container ship, in the Gulf of Aden": a launch with no target, told with a ship,
// flew at the ship, which is where the sentence places it (a sea the launch did not come from).
// Is a ship the subject of the launch verb at trig, and the place at `place` after it ("The guided-missile cruiser USS
// Philippine Sea launches a Tomahawk cruise missile in the Arabian Gulf")?
bool shipSubjectOf(const Context& ctx, size_t trig, size_t a, size_t place) {
    const auto& T = ctx.toks;
    if (trig <= a || place <= trig) return false;
    if (ctx.isShipName(trig - 1) || T[trig - 1].lx.unit == lex::UnitClass::Ship) return true;
    for (size_t q = trig; q > a && trig - q < 5 && T[q - 1].cap;) // "USS Philippine Sea", "HMS Diamond"
        if (!lex::navyOfShipPrefix(T[--q].lower).empty()) return true;
    return false;
}

void targetAtShip(Roles& r, const std::vector<int>& mentions) {
    if (!tellsOfShip(r.ctx, r.a, r.b)) return;
    for (auto& e : r.frames) {
        if (e.kind != Trig::Launch || !e.to.empty()) continue;
        for (int mi : mentions) {
            const auto& m = r.ctx.mentions[mi];
            if (m.demonym || m.best()->kind != atlas::Kind::Sea || m.place < 0 || !reaches(r, m, e)) continue;
            // "launched 47 Tomahawks from USS Arleigh Burke, which was operating in the Red Sea", "from two Navy
            // ships: USS Arleigh Burke, operating in the Red Sea, and USS Philippine Sea, operating in the North
            // Arabian Gulf", "USS Philippine Sea launches a Tomahawk in the Arabian Gulf": the sea of each
            // launching ship is a launch area.
            if (shipSubjectOf(r.ctx, e.trig, r.a, m.first) || launchingShipBefore(r.ctx, e.trig, m.first)) {
                if (e.from < 0) {
                    e.from = m.place;
                    e.fromEnd = m.last;
                } else if (e.from != m.place && distinctAreas(r.out, e.from, m.place) &&
                           std::find(e.moreFrom.begin(), e.moreFrom.end(), m.place) == e.moreFrom.end()) {
                    e.moreFrom.push_back(m.place);
                }
                continue;
            }
            // A sea another clause's launch came from is not where this one flew.
            if (std::any_of(r.frames.begin(), r.frames.end(), [&](const EventFrame& x) { return x.from == m.place; }))
                continue;
            const Chain ch = prepositionChain(r.ctx, m, r.a);
            if (ch.from || !ch.located) continue;
            e.to.push_back(m.place);
            break;
        }
    }
}

} // namespace

bool distinctAreas(const scenario::Scenario& out, int x, int y) {
    if (x < 0 || y < 0 || x == y) return false;
    const auto& p = out.places[static_cast<size_t>(x)];
    const auto& q = out.places[static_cast<size_t>(y)];
    if (p.country.empty() && q.country.empty()) return p.kind == "sea" && q.kind == "sea";
    return p.country != q.country;
}

bool tellsOfShip(const Context& ctx, size_t a, size_t b) {
    const auto& T = ctx.toks;
    for (size_t k = a; k < b; ++k)
        if (T[k].lx.unit == lex::UnitClass::Ship || ctx.isShipName(k)) return true;
    return false;
}

bool insideSpeakerPhrase(const Context& ctx, const PlaceMention& m) {
    for (const auto& at : ctx.doc.attributions)
        if (at.sentence == m.sentence && at.speakerEnd > at.speakerStart && m.start >= at.speakerStart &&
            m.end <= at.speakerEnd)
            return true;
    return false;
}

// "Kandahar, the movement's headquarters, and the eastern city of Jalalabad were also hit": the places of a subject
// that ends with `last`, the first named first. Back over "and", commas, "the eastern city of" and an apposition
// after a name; any other word ends the subject.
std::vector<int> subjectList(const Roles& r, const PlaceMention& last) {
    const auto& T = r.ctx.toks;
    std::vector<int> places{last.place};
    size_t k = last.first;
    while (k > r.a) {
        const size_t q = k - 1;
        const Tok& t = T[q];
        if (const int mi = r.ctx.mentionAtToken(q); mi >= 0) {
            const auto& m = r.ctx.mentions[static_cast<size_t>(mi)];
            if (m.dropped || m.demonym || m.place < 0) break;
            // "Russian-occupied Crimea": the area of control stands for the name it spans.
            if (const int after = r.ctx.mentionAtToken(k); after >= 0 && widestEndingWith(r.ctx, after) == mi)
                places.front() = m.place;
            else
                places.insert(places.begin(), m.place);
            k = m.first;
            continue;
        }
        const bool joiner = t.is("and") || t.text == "," || t.is("the") || t.is("of") ||
                            (t.word && !t.cap && (t.lx.cue == lex::Cue::City || lex::isCompassWord(t.lower)));
        if (joiner) { k = q; continue; }
        // ", the movement's headquarters,": an apposition after a name, closed by the comma just passed.
        if (k < T.size() && T[k].text == ",") {
            const size_t open = appositionStart(r.ctx, k, r.a);
            if (open < k && open > r.a && r.ctx.mentionAtToken(open - 1) >= 0) { k = open; continue; }
        }
        break;
    }
    // A list, not a qualifier: each named place once, and only when the subject opens the clause.
    const size_t first = k;
    const bool opensClause = first == r.a || T[first - 1].lx.speechVerb() || T[first - 1].is("that") ||
                             T[first - 1].text == "," || T[first - 1].is("also");
    return opensClause ? places : std::vector<int>{last.place};
}

// "Al Asad Air Base was struck by two rockets", "Israel was hit by rockets fired from Gaza": the subject of a passive
// strike verb is what was hit.
void passiveSubjectTarget(Roles& r) {
    const auto& T = r.ctx.toks;
    for (auto& e : r.frames) {
        if (e.kind != Trig::Strike || e.trig < r.a + 2 || T[e.trig].lower.ends_with("ing")) continue;
        size_t q = e.trig;
        // "were also hit", "was reportedly struck"
        if (q > r.a + 2 && (T[q - 1].is("also") || T[q - 1].is("then") || T[q - 1].lower.ends_with("ly"))) --q;
        if (T[q - 1].is("been") || T[q - 1].is("being")) --q;
        if (!(T[q - 1].is("was") || T[q - 1].is("were") || T[q - 1].is("is") || T[q - 1].is("are"))) continue;
        size_t nameEnd = q - 2; // "Kherson province was hit": back over the name's type word
        if (nameEnd > r.a && r.ctx.mentionAtToken(nameEnd) < 0 && !T[nameEnd].cap && T[nameEnd].lx.cue != lex::Cue::None)
            --nameEnd;
        const int mi = r.ctx.mentionAtToken(nameEnd);
        if (mi < 0) continue;
        const auto& m = r.ctx.mentions[static_cast<size_t>(mi)];
        if (m.dropped || m.demonym || m.place < 0 || m.last != nameEnd || m.sentence != r.s) continue;
        // "Nevatim Air Base in southern Israel was hit": the area only says where the base is.
        if (const int inner = enclosedPrevious(r, m); inner >= 0) {
            const int place = r.ctx.mentions[static_cast<size_t>(inner)].place;
            addTarget(e, place);
            continue;
        }
        for (const int place : subjectList(r, m))
            addTarget(e, place);
    }
}

// "In Dnipro, in the center of the country, the governor said several missiles hit the city": a place the sentence
// opens with ("In X,") is the setting of all it tells; a strike or crash of the sentence with no place of its own
// happened there (an intercept happens in the air on the way, wherever that was).
// "In Syria, U.S. forces conducted 12 airstrikes", "Near Mosul, coalition aircraft struck": the country heading the
// subject's actor noun is no place of the strike, so the strike has none of its own and takes the setting.
void frontedSetting(Roles& r, const std::vector<int>& mentions) {
    const auto& T = r.ctx.toks;
    if (mentions.empty() || !(T[r.a].is("in") || T[r.a].is("near"))) return;
    const auto& m = r.ctx.mentions[static_cast<size_t>(mentions.front())];
    const size_t first = T[r.a + 1].is("the") ? r.a + 2 : r.a + 1;
    if (m.first != first || m.last + 1 >= r.b || T[m.last + 1].text != "," || m.place < 0) return;
    std::vector<int> subjects; // places of mentions heading an actor noun
    for (int mi : mentions) {
        const auto& o = r.ctx.mentions[static_cast<size_t>(mi)];
        if (o.first > m.last && o.place >= 0 && headsActorNoun(r.ctx, o, r.b)) subjects.push_back(o.place);
    }
    const auto ownPlace = [&](int p) { return std::find(subjects.begin(), subjects.end(), p) == subjects.end(); };
    for (auto& e : r.frames)
        if (std::none_of(e.to.begin(), e.to.end(), ownPlace) && e.trig > m.last &&
            (e.kind == Trig::Strike || e.kind == Trig::Crash)) {
            std::erase_if(e.to, [&](int p) { return !ownPlace(p); });
            e.to.push_back(m.place);
        }
}

// The places of a dated cause ("a response to Iran's strike on Tuesday in Pakistan's Balochistan province") are its
// frame's alone, and its frame has no others.
void keepCausePlacesApart(const Context& ctx, const scenario::Scenario& out, std::vector<EventFrame>& frames) {
    if (ctx.otherIncident.empty()) return;
    std::vector<char> inCause(out.places.size(), 0), outside(out.places.size(), 0);
    for (const auto& m : ctx.mentions) {
        if (m.place < 0 || m.dropped) continue;
        (ctx.otherIncident[m.first] == 2 ? inCause : outside)[static_cast<size_t>(m.place)] = 1;
    }
    for (auto& e : frames) {
        const auto foreign = [&](int p) {
            return p >= 0 && (e.causeIncident ? !inCause[static_cast<size_t>(p)]
                                               : inCause[static_cast<size_t>(p)] && !outside[static_cast<size_t>(p)]);
        };
        std::erase_if(e.to, foreign);
        if (foreign(e.from)) e.from = -1;
    }
}

void attachPlaces(Context& ctx, scenario::Scenario& out, int s, std::vector<EventFrame>& frames, bool hasLaunch) {
    const auto [a, b] = ctx.sentenceTokens(s);
    Roles r{ctx, out, s, a, b, frames, hasLaunch};
    std::vector<int> mentions;
    const auto [m0, m1] = ctx.sentenceMentions(s);
    for (size_t m = m0; m < m1; ++m) {
        const auto& pm = ctx.mentions[m];
        if (pm.sentence != s || pm.dropped || pm.ranked.empty()) continue;
        if (pm.role == "metonymic" || (pm.role != "literal" && !pm.demonym) || isLabel(ctx, pm, a, b)) continue;
        // A name inside a described area ("waters East of the Korean Peninsula") is its reference point, not a place
        // of the event.
        const bool inner = std::any_of(ctx.mentions.begin() + m0, ctx.mentions.begin() + m1, [&](const PlaceMention& o) {
            return &o != &pm && !o.dropped && o.sentence == s && o.start <= pm.start && o.end >= pm.end &&
                   o.end - o.start > pm.end - pm.start;
        });
        if (inner || inSpeaker(ctx, pm)) continue;
        // "in retaliation for ... on Israel" (a dated, placed cause keeps its places for its own frame)
        if (!ctx.otherIncident.empty() && ctx.otherIncident[pm.first] == 1) continue;
        mentions.push_back(static_cast<int>(m));
    }
    attachOrigins(r, mentions);
    attachTargets(r, mentions);
    keepCausePlacesApart(ctx, out, frames);
    targetAtShip(r, mentions);
    possessiveAirspace(r);
    passiveSubjectTarget(r);
    frontedSetting(r, mentions);
}

} // namespace salvo::extract::detail
