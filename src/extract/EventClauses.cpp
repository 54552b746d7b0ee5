// Event clauses: one sentence's triggers become frames, filled from that sentence by role cues.
//
// Triggers are verbs and nouns from the lexicon. A launch needs a munition in reach ("launched 18 strikes" is a strike,
// "launched an operation" nothing); weak launch words ("sent", "dropped", "a wave") need a munition as their object; a
// launch verb whose subject is an aircraft with no munition ("Israeli jets fired on a facility") is a strike; "engaged"
// and "destroyed" are intercepts only with munitions or aircraft as object or subject. A strike needs a count, a named
// target below country level, or a target and a time of its own.
// Places attach by their preposition: "from X" (not "not ... from X") is the origin, "targets in X", "aimed at X" the
// intended target, anything else the location of the nearest trigger; a dateline or a time-zone label is never an
// event place. Several counts of strikes in one sentence ("18 strikes in Iraq and two in Syria") make one frame each.
// Munitions fired or dropped by aircraft at a target make a strike, not a launch ("the drone fired two missiles at a
// compound"). Nothing is filled in that the sentence does not give.
#include "extract/EventFrames.hpp"

#include "core/Utf8.hpp"

#include <algorithm>
#include <climits>
#include <cmath>

namespace salvo::extract::detail {
namespace {

using Trig = lex::Trigger;

struct Clause {
    Context& ctx;
    scenario::Scenario& out;
    const std::vector<Tok>& T;
    int s;
    size_t a, b;
    std::vector<EventFrame> frames;
    std::vector<int> claims;   // claims of this sentence
    bool hasLaunch = false;
    std::vector<size_t> launchTriggers; // every launch trigger, also those after the first
};

bool isAircraft(const Context& ctx, size_t k) { return ctx.toks[k].lx.unit == lex::UnitClass::Aircraft; }

bool nearPred(const Clause& c, size_t t, int before, int after, bool (*pred)(const Context&, size_t)) {
    const size_t lo = t >= c.a + before ? t - before : c.a;
    const size_t hi = std::min(c.b, t + after + 1);
    for (size_t k = lo; k < hi; ++k)
        if (k != t && pred(c.ctx, k)) return true;
    return false;
}
constexpr auto isMunition = munitionToken;

// A munition (or an aircraft, for intercepts) as the object right after a verb, before the clause ends.
bool objectAfter(const Clause& c, size_t t, int reach, bool aircraftToo) {
    for (size_t k = t + 1; k < c.b && k <= t + reach; ++k) {
        const auto& w = c.T[k];
        if (munitionToken(c.ctx, k) || (aircraftToo && isAircraft(c.ctx, k))) return true;
        if (w.text == "," || w.text == ";" || w.is("that") || w.is("which")) return false;
        if (w.lx.preposition() && !w.is("than") && !w.is("of")) return false; // "a depot in ... used for drones"
    }
    return false;
}

// "all of them were destroyed", "the drones were destroyed": munitions as the subject of a passive.
bool munitionSubjectBefore(const Clause& c, size_t t, bool* all) {
    bool passive = false;
    for (size_t k = t; k > c.a && t - k < 6;) {
        --k;
        const auto w = c.T[k].lower;
        if (w == "were" || w == "was" || w == "been" || w == "be") passive = true;
        else if (passive && (munitionToken(c.ctx, k) || w == "them" || w == "they" || w == "those" ||
                             w == "these")) {
            *all = k >= c.a + 2 && c.T[k - 1].is("of") && c.T[k - 2].is("all");
            return true;
        } else if (w == "," || w == ";" || c.T[k].lx.trigger != Trig::None) return false;
    }
    return false;
}

// "A third fell harmlessly in the desert and a fourth landed in the Gulf": an ordinal standing for one more of the
// munitions told, as the subject of t.
bool ordinalSubject(const Clause& c, size_t t) {
    if (t < c.a + 2 || !(c.T[t - 2].is("a") || c.T[t - 2].is("the"))) return false;
    return lex::isOrdinal(c.T[t - 1].lower) || c.T[t - 1].is("last");
}

// Is a munition named from the start of the sentence `back` sentences before token t's up to token `upto`?
bool munitionToldSince(const Clause& c, size_t t, size_t upto, int back = 1) {
    const int s = std::max(0, c.T[t].sentence - back);
    for (size_t q = s < c.T[t].sentence ? c.ctx.sentenceTokens(s).first : c.a; q < upto; ++q)
        if (munitionToken(c.ctx, q)) return true;
    return false;
}

// "Patriot missiles intercepted nine of them over Riyadh, and one fell into the Persian Gulf": a bare count ("one",
// "two", "the rest", "the others") as the subject of t, in a sentence that told munitions before it.
bool countOfToldMunitions(const Clause& c, size_t t) {
    size_t k = t;
    while (k > c.a && t - k < 2 && (c.T[k - 1].lower == "later" || c.T[k - 1].lower == "also")) --k;
    if (k == c.a) return false;
    // "Most fell in open areas around Sderot": a quantifier standing for some of them, uncounted.
    const auto& s = c.T[k - 1];
    if (ordinalSubject(c, k)) return k >= 2 && munitionToldSince(c, t, k - 2); // this sentence or the one before
    const bool restWord = restQuantifier(s.lower);
    const bool count = s.number || smallCountWord(s.lower) || restWord;
    const bool opensClause = k - 1 == c.a || (k - 2 == c.a && c.T[c.a].is("the"));
    // "The rest fell short and landed inside Syria", opening the sentence after the launch: munitions told in the
    // sentence before.
    return count &&
           (nearPred(c, k - 1, 30, 0, isMunition) || (restWord && opensClause && munitionToldSince(c, t, k - 1)));
}

// "fired two missiles toward Eilat, but both fell into the Red Sea", "; all were intercepted": every one of the
// munitions told in this sentence or the one before, as the subject of t.
bool allOfToldMunitions(const Clause& c, size_t t) {
    size_t k = t;
    while (k > c.a && t - k < 3 &&
           (c.T[k - 1].is("later") || c.T[k - 1].is("also") || c.T[k - 1].is("then") || c.T[k - 1].is("were") ||
            c.T[k - 1].is("successfully")))
        --k;
    if (k == c.a || !(c.T[k - 1].is("both") || c.T[k - 1].is("all"))) return false;
    const size_t q = k - 1;
    const bool opensClause = q == c.a || c.T[q - 1].text == "," || c.T[q - 1].text == ";" || c.T[q - 1].is("but") ||
                             c.T[q - 1].is("and");
    return opensClause && munitionToldSince(c, t, q);
}

// "North Korea launched a missile on Saturday. ... It fell into the Sea of Japan", "Officials said it had been launched
// from Yemen": "it" or "they" as the subject of t, opening its clause (or the clause a speech verb reports), with
// munitions told in the sentence before or earlier in this one.
bool pronounOfToldMunitions(const Clause& c, size_t t) {
    static constexpr std::string_view kBetween[] = {"later", "also", "then", "eventually", "had", "has", "have",
                                                    "been",  "was",  "were", "is",         "are", "not", "never"};
    size_t k = t;
    while (k > c.a && t - k < 5 &&
           std::find(std::begin(kBetween), std::end(kBetween), c.T[k - 1].lower) != std::end(kBetween))
        --k;
    // "It flew 430 kilometers and fell into the East Sea": the pronoun is the subject of the first of two verbs.
    if (k > c.a + 1 && (c.T[k - 1].is("and") || c.T[k - 1].is("then")))
        for (size_t q = k - 1; q > c.a && k - q < 10;) {
            --q;
            if (c.T[q].text == ";" || c.T[q].lx.trigger == Trig::Launch) break;
            if (c.T[q].is("it") || c.T[q].is("they")) { k = q + 1; break; }
        }
    if (k == c.a || !(c.T[k - 1].is("it") || c.T[k - 1].is("they"))) return false;
    const size_t p = k - 1;
    const auto& before = c.T[p > c.a ? p - 1 : p];
    if (p > c.a && !(before.text == "," || before.is("and") || before.is("but") || before.is("that") ||
                     before.is("before") || before.is("until") || before.is("when") || before.lx.speechVerb()))
        return false;
    return munitionToldSince(c, t, p);
}

// "Both were intercepted, and debris fell in separate areas around the city": debris as the subject of t (what it
// came from may come between), with munitions told in the sentence before or earlier in this one, is of those munitions.
bool debrisOfToldMunitions(const Clause& c, size_t t) {
    for (size_t q = t; q > c.a && t - q < 7;) { // "debris from the interceptions fell"
        const auto& d = c.T[--q];
        if (d.lx.debris()) return munitionToldSince(c, t, q, 2); // "Both were intercepted. Debris fell ..."
        if (!d.word) return false;
    }
    return false;
}

// "debris from an intercepted missile", "fragments of the interceptions": t inside a phrase that says what debris
// came from.
bool debrisSource(const Clause& c, size_t t) {
    for (size_t q = t; q > c.a && t - q < 5;) {
        const auto& w = c.T[--q];
        if ((w.is("from") || w.is("of")) && q > c.a && c.T[q - 1].lx.debris()) return true;
        if (!w.word || w.lx.trigger != Trig::None) return false;
    }
    return false;
}

// "it had been launched from Yemen": a passive launch whose subject is a pronoun for the munitions told before.
bool passiveLaunchOfToldMunitions(const Clause& c, size_t t) {
    return t > c.a && (c.T[t - 1].is("been") || c.T[t - 1].is("was") || c.T[t - 1].is("were")) &&
           pronounOfToldMunitions(c, t);
}

// "Two of those were launched March 4 at M/V MSC Sky II" after "This is the fifth ASBM fired by the Houthis": a
// count "of those/them/these", or a quantifier opening the sentence ("Most were launched from Iran"), as the subject
// of t, with munitions told in the sentence before or earlier in this one.
bool partOfToldMunitions(const Clause& c, size_t t) {
    const auto& T = c.T;
    size_t k = t;
    while (k > c.a && t - k < 3 &&
           (T[k - 1].is("were") || T[k - 1].is("was") || T[k - 1].is("been") || T[k - 1].is("later") ||
            T[k - 1].is("also")))
        --k;
    // "Most were launched from Iran", "Some were fired from Iraq": a quantifier standing for the munitions told.
    const bool quantifier = k == c.a + 1 && (T[k - 1].is("most") || T[k - 1].is("some") || T[k - 1].is("many") ||
                                             T[k - 1].is("all") || T[k - 1].is("several"));
    const bool partitive = k >= c.a + 3 && (T[k - 1].is("those") || T[k - 1].is("them") || T[k - 1].is("these")) &&
                           T[k - 2].is("of") && (T[k - 3].number || smallCountWord(T[k - 3].lower));
    if (!quantifier && !partitive) return false;
    return munitionToldSince(c, t, partitive ? k - 3 : k - 1);
}

// An armed actor as the active subject: "forces (successfully) destroyed", "the military destroyed".
bool forcesSubjectBefore(const Clause& c, size_t t) {
    for (size_t k = t; k > c.a && t - k < 4;) {
        --k;
        const auto& w = c.T[k];
        if (w.is("were") || w.is("was") || w.is("been") || w.text == "," || w.lx.munitionHead())
            return false;
        if (w.lx.actorNoun() && w.lx.unit != lex::UnitClass::Strike) return true;
    }
    return false;
}

bool aircraftSubjectBefore(const Clause& c, size_t t) {
    for (size_t k = t; k > c.a && t - k < 4;) {
        --k;
        if (isAircraft(c.ctx, k)) return true;
        if (c.T[k].text == "," || c.T[k].is("from") || c.T[k].is("by")) return false;
    }
    return false;
}

// A time expression within `reach` tokens of token t ("the Sept. 14 attacks", "continued to attack ... yesterday").
bool timeNear(const Clause& c, size_t t, size_t reach) {
    for (const auto& x : c.ctx.doc.times) {
        if (x.sentence != c.s || x.datesFollowing) continue;
        size_t k = c.a;
        while (k < c.b && c.T[k].end <= x.start) ++k;
        if ((k > t ? k - t : t - k) <= reach) return true;
    }
    return false;
}

bool weakLaunchWord(std::string_view w) {
    return w == "sent" || w == "send" || w == "sends" || w == "dropped" || w == "drop" || w == "drops" ||
           w == "dropping" || w == "wave" || w == "waves";
}

// The kind a trigger token opens here, or None when the context says it is no event.
// "had not violated Iranian airspace", "did not launch": the text says it did not happen; "could be shot down",
// "will launch": it has not happened (yet).
bool negated(const Clause& c, size_t i) {
    // "was prepared to launch", "threatened to strike": an infinitive tells an intent, not a happening ("began to
    // fire" and "continued to attack" do happen).
    if (!c.T[i].lower.ends_with("s") && !c.T[i].lower.ends_with("ed") && !c.T[i].lower.ends_with("ing") &&
        intendedVerb(c.T, i, c.a))
        return true;
    for (size_t q = i; q > c.a && i - q <= 3;) {
        --q;
        const auto w = c.T[q].lower;
        if (w == "not" || w == "never" || w == "n't" || w == "cannot" || w == "no" || w == "could" || w == "would" ||
            w == "might" ||
            w == "may" || w == "will" || w == "should")
            return true;
        if (!c.T[q].word || c.T[q].lx.trigger != Trig::None) return false;
    }
    // "said its forces had struck no targets near the border", "fired no missiles": an object of none.
    return i + 1 < c.b && (c.T[i + 1].is("no") || c.T[i + 1].is("none"));
}

bool oneOf(std::string_view w, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), w) != words.end();
}

// "Iranian reports that the aircraft was shot down over Iran are categorically false", "claims that ... were not
// true": a report the sentence itself calls false tells no event.
bool deniedReport(const Clause& c, size_t i) {
    const auto& T = c.T;
    bool reported = false;
    for (size_t q = i; q > c.a + 1 && i - q <= 15 && !reported;) {
        --q;
        reported = T[q].is("that") && oneOf(T[q - 1].lower, {"reports", "report", "claims", "claim", "allegations",
                                                                  "allegation", "assertions", "accounts", "rumors",
                                                                  "rumours", "stories", "suggestions", "statements"});
    }
    if (!reported) return false;
    for (size_t q = i + 1; q + 1 < c.b; ++q) {
        if (!oneOf(T[q].lower, {"are", "is", "were", "was", "be", "been"})) continue;
        size_t k = q + 1;
        while (k + 1 < c.b && k <= q + 2 && T[k].lower.ends_with("ly")) ++k; // "categorically", "simply"
        if (oneOf(T[k].lower, {"false", "untrue", "baseless", "unfounded", "groundless", "fabricated", "inaccurate",
                               "incorrect", "wrong", "fake", "lies"}))
            return true;
        if (T[k].is("not") && k + 1 < c.b && oneOf(T[k + 1].lower, {"true", "accurate", "correct"})) return true;
    }
    return false;
}

// "At the time of the intercept", "after the attack", "during the strikes": a definite event noun in a time phrase
// places something in the time of an event told before; it tells none of its own ("following the launch of 20
// missiles" does, with its count).
bool temporalReference(const Clause& c, size_t i) {
    const auto& T = c.T;
    // "the launch", and "their launch", "its launch" ("destroyed on the ground prior to their launch")
    if (i < c.a + 2 || (i + 1 < c.b && T[i + 1].is("of"))) return false;
    // Back over the noun's modifiers: "during the attempted attacks", "during the Oct. 1 missile attack".
    const auto determiner = [&](size_t k) { return T[k].is("the") || T[k].is("their") || T[k].is("its"); };
    size_t d = i - 1;
    while (d > c.a + 1 && i - d < 5 && !determiner(d) && T[d].word && !T[d].lx.preposition() &&
           T[d].lx.trigger == lex::Trigger::None)
        --d;
    if (!determiner(d)) return false;
    const auto p = T[d - 1].lower;
    if (oneOf(p, {"during", "after", "before", "following", "since", "amid"})) return true;
    if (p == "to" && d >= c.a + 2 && T[d - 2].is("prior")) return true;
    return p == "of" && d >= c.a + 4 && T[d - 2].is("time") && T[d - 3].is("the") && T[d - 4].is("at");
}

// "to degrade their ability to continue their illegal and reckless attacks on U.S. vessels": what the strikes aim
// to stop is no event. An attack noun after "ability/capability to" or "to degrade/deter/disrupt/prevent/stop".
bool purposeOfStopping(const Clause& c, size_t i) {
    const auto& T = c.T;
    const auto w = T[i].lower;
    if (!(w == "attacks" || w == "attack" || w == "strikes" || w == "launches")) return false;
    for (size_t k = i; k > c.a + 1 && i - k < 12;) {
        --k;
        if (T[k].text == "," || T[k].text == ";" || T[k].lx.speechVerb()) return false;
        const auto v = T[k].lower;
        const bool stop = v == "degrade" || v == "deter" || v == "disrupt" || v == "prevent" || v == "stop" ||
                          v == "halt" || v == "counter";
        if ((stop && T[k - 1].is("to")) || ((v == "ability" || v == "capability" || v == "capabilities") &&
                                            k + 1 < i && T[k + 1].is("to")))
            return true;
    }
    return false;
}

// "The attack involved 38 missiles", "Monday's assault used Shahed drones", "18 drones and seven cruise missiles were
// used in the attack": what a definite attack was made of. Its frame refers back to the attack told before (Events.cpp
// referredEvent) and brings that attack its munitions and their count.
bool madeOfMunitions(const Clause& c, size_t i) {
    const auto& T = c.T;
    if (i == c.a) return false;
    // "The first wave included ...", "the latest attack involved ...": an ordinal between the article and the noun.
    const auto& o = T[i - 1];
    const bool ordinal = i > c.a + 1 && T[i - 2].is("the") &&
                         (o.is("first") || o.is("second") || o.is("third") || o.is("initial") || o.is("latest") ||
                          o.is("last") || o.is("main") || o.is("overnight") || o.is("new"));
    const auto d = T[i - 1].lower;
    if (!(d == "the" || d == "this" || d == "that" || d.ends_with("'s") || ordinal)) return false;
    const auto composition = [](std::string_view w) {
        return w == "involved" || w == "included" || w == "used" || w == "employed" || w == "comprised" ||
               w == "consisted" || w == "featured";
    };
    size_t v = i + 1;
    if (v + 2 < c.b && T[v].text == "," && (T[v + 1].is("which") || T[v + 1].is("that"))) v += 2; // ", which involved"
    if (v + 1 < c.b && T[v].lower.ends_with("ly")) ++v; // "The attack reportedly involved"
    if (v < c.b && composition(T[v].lower)) return objectAfter(c, v, 8, false);
    // "were used in the attack": the munitions are the passive's subject.
    if (i < c.a + 4 || !T[i - 2].is("in") || !(T[i - 3].is("used") || T[i - 3].is("employed")) ||
        !(T[i - 4].is("were") || T[i - 4].is("was")))
        return false;
    for (size_t k = i - 4; k > c.a && i - k < 16;) {
        --k;
        if (T[k].text == ";" || T[k].lx.trigger != Trig::None || T[k].lx.speechVerb()) return false;
        if (munitionToken(c.ctx, k)) return true;
    }
    return false;
}

// "<munitions> from <source> began|opened|started|led the attack": the munitions' subject with its source, then an
// opening verb right before the attack noun.
bool opensAttack(const Clause& c, size_t i) {
    const auto& T = c.T;
    if (i < c.a + 2 || !T[i - 1].is("the")) return false;
    const auto v = T[i - 2].lower;
    if (v != "opened" && v != "started" && v != "led" && v != "began" && v != "begun") return false;
    for (size_t k = i - 2; k > c.a && i - k < 14;) {
        --k;
        if (T[k].text == "," || T[k].text == ";" || T[k].lx.trigger != Trig::None) return false;
        if (munitionToken(c.ctx, k)) return k + 1 < c.b && T[k + 1].is("from");
    }
    return false;
}

// "storage and launch sites for drones", "strike aircraft", "attack helicopters", "a carrier strike group": a bare
// trigger noun modifying a site, system, aircraft or formation names a thing, not an event.
bool modifiesFacility(const Clause& c, size_t i) {
    const auto& T = c.T;
    const auto w = T[i].lower;
    if (!(w == "launch" || w == "strike" || w == "attack" || w == "firing") || i + 1 >= c.b) return false;
    const auto& n = T[i + 1];
    if (!n.word || n.lx.munitionHead()) return false;
    return n.lx.unit == lex::UnitClass::Target || n.lx.unit == lex::UnitClass::Aircraft || n.is("pad") ||
           n.is("pads") || n.is("platform") || n.is("platforms") || n.is("group") ||
           n.is("groups") || n.is("vehicle") || n.is("vehicles") || n.is("area") ||
           n.is("areas") || n.is("point") || n.is("points") || n.is("capability") ||
           n.is("capabilities") || n.is("range");
}

// "only 23 of the missiles reached the air base", "all of them reached their targets", "The other three reached
// the western part of the base": munitions that reached a place or a target struck it. Not an altitude, orbit or
// speed ("reached an altitude of 4,500 kilometers"), and not a person ("a resident reached by telephone").
bool reachedTarget(const Clause& c, size_t i) {
    const auto& T = c.T;
    // "Rockets first reached Haifa on Thursday": when the attacks began to reach it, history rather than a strike.
    if (i > c.a && T[i - 1].is("first")) return false;
    const bool munitions = nearPred(c, i, 8, 0, isMunition) || partOfToldMunitions(c, i) ||
                           (i >= c.a + 2 && T[i - 2].is("other") && (T[i - 1].number || smallCountWord(T[i - 1].lower)));
    if (!munitions) return false;
    for (size_t k = i + 1; k < c.b && k <= i + 6; ++k) {
        if (c.ctx.mentionAtToken(k) >= 0 || T[k].lx.unit == lex::UnitClass::Target || T[k].lx.cue == lex::Cue::Base)
            return true;
        const bool filler = T[k].lx.determiner() || T[k].is("their") || T[k].is("its") || T[k].is("part") ||
                            T[k].is("of") || T[k].is("intended") || T[k].is("air") || lex::isCompassWord(T[k].lower);
        if (!filler) return false;
    }
    return false;
}

// The kind a word tells that the lexicon gives it no trigger for: "caused minor damage to the Nevatim air base" and
// "missiles damaged the port" (munitions damaging a place struck it); "coming down in the Sea of Japan" and "splashed
// down" (a munition's fall, as "landed" is).
// "More than 125 precision munitions were used against seven facilities", "More than 100 precision-guided munitions of
// various types were used, including ...": counted munitions used (not "used in the attack", which tells what a told
// attack was made of, nor "used by" or "used to") are the strike's.
bool usedMunitions(const Clause& c, size_t i) {
    const auto& T = c.T;
    const auto w = T[i].lower;
    if (!(w == "used" || w == "employed" || w == "expended") || i < c.a + 3 || !(T[i - 1].is("were") || T[i - 1].is("was")))
        return false;
    const bool after = i + 1 >= c.b || T[i + 1].is("against") || T[i + 1].is("on") || T[i + 1].text == "," ||
                       T[i + 1].text == ".";
    if (!after) return false;
    const auto& infos = c.ctx.claimInfo;
    for (size_t k = i - 1; k > c.a && i - k < 12;) {
        --k;
        if (T[k].text == ";" || T[k].text == "," || T[k].lx.trigger != Trig::None || T[k].lx.speechVerb()) return false;
        if (!T[k].lx.munitionHead()) continue;
        return std::any_of(infos.begin(), infos.end(), [&](const ClaimInfo& x) {
            return x.unit == lex::UnitClass::Munition && x.numberTok >= c.a && x.numberTok < k && k - x.numberTok <= 4;
        });
    }
    return false;
}

// "About 150 projectiles crossed from Lebanon into northern Israel", "drones flew in from Russia": munitions, as the
// subject, moving from a place were launched from it.
bool munitionsMovedFrom(const Clause& c, size_t i) {
    const auto& T = c.T;
    const auto w = T[i].lower;
    if (i <= c.a || i + 2 >= c.b || !T[i - 1].lx.munitionHead()) return false;
    const size_t from = T[i + 1].is("in") || T[i + 1].is("over") ? i + 2 : i + 1;
    return (w == "crossed" || w == "flew" || w == "came" || w == "entered") && T[from].is("from");
}

// "The missiles were heading north along the Red Sea, potentially toward targets in Israel", "the drones, headed for
// Kyiv": munitions, as the subject, on their way toward a place.
bool headingToward(const Clause& c, size_t i) {
    const auto& T = c.T;
    const auto w = T[i].lower;
    if (!(w == "heading" || w == "headed") || !nearPred(c, i, 6, 0, isMunition)) return false;
    for (size_t q = i + 1; q < c.b && q <= i + 8 && T[q].text != ";"; ++q)
        if (T[q].is("toward") || T[q].is("towards") || (q == i + 1 && T[q].is("for"))) return true;
    return false;
}

Trig phraseTrigger(const Clause& c, size_t i) {
    const auto& T = c.T;
    const auto w = T[i].lower;
    if (i + 1 >= c.b) return Trig::None;
    if (((w == "damage" && T[i + 1].is("to")) ||
         ((w == "damaged" || w == "damaging") && (T[i + 1].lx.determiner() || T[i + 1].cap))) &&
        nearPred(c, i, 10, 0, isMunition) && !negated(c, i))
        return Trig::Strike;
    // "a Russian missile tore through an apartment building", "ripped through", "smashed into", "plowed into".
    const bool through = T[i + 1].is("through") || T[i + 1].is("into");
    if (through && (w == "tore" || w == "tearing" || w == "ripped" || w == "ripping" || w == "smashed" ||
                    w == "smashing" || w == "plowed" || w == "ploughed" || w == "barreled" || w == "punched") &&
        nearPred(c, i, 8, 0, isMunition))
        return Trig::Strike;
    if (T[i + 1].is("down") && (w == "came" || w == "come" || w == "comes" || w == "coming" || w == "splashed" ||
                                w == "splashing" || w == "splash" || w == "splashes"))
        return Trig::Crash;
    if (w == "reached" && reachedTarget(c, i)) return Trig::Strike;
    if (headingToward(c, i)) return Trig::Strike; // where a launch told before went (see launchAimedAt)
    if (usedMunitions(c, i)) return Trig::Strike;

    // "a missile that flew 430 kilometers before landing in the East Sea": the participle, not the noun ("a landing
    // craft", "the landing site").
    if (w == "landing" && i > c.a && (T[i - 1].is("before") || T[i - 1].is("after") || T[i - 1].is("and") ||
                                      T[i - 1].text == ",") &&
        (T[i + 1].is("in") || T[i + 1].is("into") || T[i + 1].is("on") || T[i + 1].is("near") ||
         T[i + 1].is("off") || T[i + 1].is("about") || T[i + 1].is("some")))
        return Trig::Crash;
    return Trig::None;
}

// "This is the fifth ASBM fired by the Houthis in the past two days": a launch verb after an ordinal and its
// munition is a tally of earlier launches, no launch of its own.
bool ordinalTally(const Clause& c, size_t i) {
    const auto& T = c.T;
    if (i < c.a + 3 || !T[i - 1].lx.munitionHead()) return false;
    size_t q = i - 1;
    while (q > c.a && (T[q - 1].lx.munitionHead() || T[q - 1].lx.munitionModifier())) --q;
    return q >= c.a + 2 && T[q - 2].is("the") && (lex::isOrdinal(T[q - 1].lower) || T[q - 1].lower.ends_with("th"));
}

// Counted munitions aimed at a place were launched at it: "Seven of the missiles were aimed at Riyadh" is a part of
// the launch told before, not a strike that hit Riyadh; "The ordnance is aimed at radars around Tripoli" tells the
// strike; "aimed" with no munitions near is no event.
Trig aimedKind(const Clause& c, size_t i, Trig k) {
    // "Three of them were aimed at the capital": a part of the munitions told before.
    if (!(i + 1 < c.b && c.T[i + 1].is("at") && (nearPred(c, i, 8, 0, isMunition) || partOfToldMunitions(c, i))))
        return Trig::None;
    const bool counted = nearPred(c, i, 6, 0, [](const Context& x, size_t q) {
        return x.toks[q].number || smallCountWord(x.toks[q].lower);
    });
    return counted ? Trig::Launch : k;
}

// "Both incoming missiles hit the water before reaching the ship": munitions striking water or ground came down;
// "Both" and "All" make it every munition of the launch.
bool intoWaterOrGround(const Clause& c, size_t i, bool* countAll) {
    const auto& T = c.T;
    const auto w = T[i].lower;
    if (!((w == "hit" || w == "struck" || w == "impacted") && i + 2 < c.b && T[i + 1].is("the") &&
          (T[i + 2].is("water") || T[i + 2].is("sea") || T[i + 2].is("ground") || T[i + 2].is("desert")) &&
          nearPred(c, i, 6, 0, isMunition)))
        return false;
    for (size_t q = i; q > c.a && i - q < 6;) {
        --q;
        if (T[q].is("both") || T[q].is("all")) *countAll = true;
    }
    return true;
}

// "a television broadcast showing file footage of a North Korean missile launch", "a file photo of a Tomahawk
// launch": an archive picture of an event is no report of one.
bool archiveDepiction(const Clause& c, size_t i) {
    static constexpr std::string_view kPictures[] = {"footage", "photo",  "photograph", "photos", "image",
                                                     "images",  "picture", "pictures",  "video",  "videos"};
    const auto& T = c.T;
    for (size_t q = i; q > c.a + 1 && i - q < 8;) {
        --q;
        if (T[q].text == "," || T[q].text == ";") return false;
        if (std::find(std::begin(kPictures), std::end(kPictures), T[q].lower) != std::end(kPictures))
            return T[q - 1].is("file") || T[q - 1].is("archive") || T[q - 1].is("archival");
    }
    return false;
}

// "the drone crashed into a building": a munition that crashed into a structure struck it (into the sea, or an
// aircraft into anything, stays a crash).
bool crashedIntoStructure(const Clause& c, size_t i) {
    const auto& T = c.T;
    if (i + 2 >= c.b || !T[i + 1].is("into") || !nearPred(c, i, 8, 0, isMunition) || nearPred(c, i, 8, 0, isAircraft))
        return false;
    for (size_t q = i + 2; q < c.b && q < i + 6; ++q) {
        if (T[q].lx.unit == lex::UnitClass::Target) return true;
        if (!T[q].word || T[q].lx.preposition() || T[q].lx.trigger != Trig::None) return false;
    }
    return false;
}

// "Rockets fell on the city", "The first bombs fell at about 12:30 p.m.": munitions that fell on a place, or bombs
// that fell (dropped, they fall on what they were aimed at), struck. "fell short", "fell harmlessly", "fell in open
// areas", "fell on open ground", "fell into the sea" and debris that fell stay crashes.
bool fellOnTarget(const Clause& c, size_t i) {
    const auto& T = c.T;
    const auto w = T[i].lower;
    if (!(w == "fell" || w == "fall" || w == "falls" || w == "falling") || i + 1 >= c.b) return false;
    // "Fragments from one of the missiles intercepted over Riyadh fell on a house": debris, a crash.
    for (size_t q = i; q > c.a && i - q <= 10;) {
        const auto& d = T[--q];
        if (d.lx.debris()) return false;
    }
    if (T[i + 1].is("on") || T[i + 1].is("upon")) { // not "fell on open ground", "on an empty field"
        size_t q = i + 2;
        while (q < c.b && T[q].lx.determiner()) ++q;
        const bool open = q < c.b && (T[q].is("open") || T[q].is("empty") || T[q].is("vacant") ||
                                      T[q].is("uninhabited") || T[q].is("unpopulated") || T[q].is("farmland"));
        return !open && nearPred(c, i, 8, 0, isMunition);
    }
    if (T[i + 1].is("short") || T[i + 1].is("harmlessly") || T[i + 1].is("into") || T[i + 1].is("in") ||
        T[i + 1].is("outside") || T[i + 1].is("near") || T[i + 1].is("off"))
        return false;
    for (size_t q = i; q > c.a && i - q <= 8;)
        if (T[--q].is("bombs") || T[q].is("bomb")) return true;
    return false;
}

// "had postponed a Minuteman III test launch from Vandenberg": a launch called off did not happen.
bool calledOff(const Clause& c, size_t i) {
    for (size_t q = i; q > c.a && i - q < 10;) {
        const auto p = c.T[--q].lower;
        if (p == "postponed" || p == "canceled" || p == "cancelled" || p == "delayed" || p == "scrapped" ||
            p == "suspended" || p == "postpone" || p == "cancel")
            return true;
        if (p == "," || p == ";" || c.T[q].lx.trigger != Trig::None) return false;
    }
    return false;
}

// "the drone was not intercepted", "air defenses detected the drone, but it was not intercepted", "failed to
// intercept the missile": a told fact that munitions got through, an engagement that downed none (counted 0). Not a
// modal ("could not intercept" may be a capability) and not one with no munition.
bool failedIntercept(const Clause& c, size_t i) {
    const auto& T = c.T;
    bool failed = false;
    for (size_t q = i; q > c.a && i - q <= 3;) {
        const auto w = T[--q].lower;
        failed |= w == "not" || w == "n't" || w == "never" || (w == "to" && q > c.a && T[q - 1].is("failed"));
        if (w == "could" || w == "would" || w == "might" || w == "may" || w == "will" || w == "can") return false;
        if (!T[q].word) break;
    }
    return failed && (nearPred(c, i, 8, 6, isMunition) || pronounOfToldMunitions(c, i));
}

// "destroyed": munitions destroyed in flight (an intercept), or forces that destroyed a site (a strike); nullopt when
// the word is no "destroyed" of either kind.
std::optional<Trig> destroyedKind(Clause& c, size_t i, bool* countAll) {
    const auto& T = c.T;
    const auto w = T[i].lower;
    // "The strikes destroyed rockets and drones": what a strike destroyed on the ground is its damage, no event.
    size_t s = i;
    while (s > c.a && (T[s - 1].is("also") || T[s - 1].is("had") || T[s - 1].is("have") || T[s - 1].is("has") ||
                       (T[s - 1].lower.ends_with("ly") && !T[s - 1].cap)))
        --s;
    if (s > c.a && T[s - 1].lx.unit == lex::UnitClass::Strike) return std::nullopt;
    if (w == "destroyed" && munitionSubjectBefore(c, i, countAll)) return Trig::Intercept;
    // "the air force said it had destroyed 102 missiles and 99 drones": munitions destroyed in flight.
    // "destroyed more than 80 one-way attack drones": the object's count and modifiers can run long.
    if ((w == "destroyed" || w == "destroy" || w == "destroying") && objectAfter(c, i, 8, false))
        return Trig::Intercept;
    // "Air defense forces destroyed 43 of them": a part of the munitions just told.
    if ((w == "destroyed" || w == "intercepted" || w == "downed") && i + 3 < c.b &&
        (T[i + 1].number || smallCountWord(T[i + 1].lower)) && T[i + 2].is("of") &&
        (T[i + 3].is("them") || T[i + 3].is("those")))
        return Trig::Intercept;
    if ((w == "destroyed" || w == "destroy" || w == "destroying") && forcesSubjectBefore(c, i))
        return Trig::Strike; // "U.S. Central Command forces successfully destroyed a missile system in X"
    return std::nullopt;
}

// An attack noun that names a kind of thing, no attack: "Tomahawk Land Attack Missiles", "Naval Strike Missile" (a
// weapon), "Air raid sirens sounded", "an air strike warning" (an alarm or a shelter).
bool namesAKind(const Clause& c, size_t i, Trig k) {
    const auto& T = c.T;
    if (i + 1 >= c.b) return false;
    const auto& n = T[i + 1];
    // "one-way attack drones", "land attack cruise missiles": the attack word is part of the munition's name.
    const bool modifiedHead = n.lx.munitionModifier() && i + 2 < c.b && T[i + 2].lx.munitionHead();
    if ((T[i].is("attack") || T[i].is("strike")) && (n.lx.munitionHead() || modifiedHead)) return true;
    return k == Trig::Strike &&
           (n.is("siren") || n.is("sirens") || n.is("alert") || n.is("alerts") || n.is("warning") ||
            n.is("warnings") || n.is("alarm") || n.is("alarms") || n.is("shelter") || n.is("shelters") ||
            n.is("drill") || n.is("drills"));
}

// Firing at munitions is engaging them, an intercept, where the clause says so: "fired two Standard Missile-2s to
// intercept two cruise missiles" (a purpose infinitive of an intercept verb) and "fired three missiles at two
// incoming drones" (the object of "at" is itself a munition, not a place or a target). What was engaged keeps its
// own launch: "... cruise missiles launched from Yemen" opens one.
// The munition a purpose infinitive engages, at most 8 words on: "to intercept two cruise missiles".
size_t interceptedObject(const Clause& c, size_t k) {
    for (size_t q = k; q < c.b && q < k + 8; ++q) {
        if (!c.T[q].word) return SIZE_MAX;
        if (!c.T[q].number && munitionToken(c.ctx, q)) return q;
    }
    return SIZE_MAX;
}

size_t firedToIntercept(const Clause& c, size_t t) {
    for (size_t k = t + 1; k + 1 < c.b && k <= t + 16; ++k) {
        const Tok& w = c.T[k];
        if (w.text == ";" || (w.lx.trigger != Trig::None && w.lx.trigger != Trig::Intercept)) return SIZE_MAX;
        if (!w.is("to")) continue;
        const Tok& v = c.T[k + 1];
        if (v.lx.trigger == Trig::Intercept || v.is("counter") || v.is("destroy")) return interceptedObject(c, k + 2);
        if (v.is("shoot") && k + 2 < c.b && c.T[k + 2].is("down")) return interceptedObject(c, k + 3);
        return SIZE_MAX;
    }
    return SIZE_MAX;
}

// "Russian" in "fired at Russian drones": a demonym modifying what was fired at.
bool demonymAt(const Context& ctx, size_t q) {
    const int mi = ctx.mentionAtToken(q);
    return mi >= 0 && ctx.mentions[static_cast<size_t>(mi)].demonym;
}

size_t firedAtMunitions(const Clause& c, size_t t) {
    for (size_t k = t + 1; k < c.b && k <= t + 10; ++k) {
        const Tok& w = c.T[k];
        if (w.text == "," || w.text == ";" || w.lx.trigger != Trig::None) return SIZE_MAX;
        if (!w.is("at")) continue;
        size_t q = k + 1;
        while (q < c.b && (c.T[q].number || c.T[q].lx.determiner() || smallCountWord(c.T[q].lower) ||
                           c.T[q].lx.munitionModifier() || c.T[q].is("incoming") || c.T[q].is("inbound") ||
                           c.T[q].is("hostile") || c.T[q].is("enemy") || demonymAt(c.ctx, q)) &&
               !c.T[q].lx.munitionHead())
            ++q;
        if (q >= c.b || !munitionToken(c.ctx, q) || c.T[q].number) return SIZE_MAX;
        // "at drone factories", "at missile sites": the munition word modifies a target noun.
        const bool head = q + 1 >= c.b || !c.T[q + 1].word || c.T[q + 1].lx.preposition() ||
                          c.T[q + 1].lx.trigger != Trig::None || c.T[q + 1].is("that") || c.T[q + 1].is("and");
        return head ? q : SIZE_MAX;
    }
    return SIZE_MAX;
}

// The munition a launch verb's clause engages ("fired ... to intercept X", "fired ... at X"), or SIZE_MAX.
size_t engagedMunition(const Clause& c, size_t t) {
    const size_t purpose = firedToIntercept(c, t);
    return purpose != SIZE_MAX ? purpose : firedAtMunitions(c, t);
}

Trig triggerKind(Clause& c, size_t i, bool* countAll) {
    const auto& T = c.T;
    const auto w = T[i].lower;
    Trig k = T[i].lx.trigger;
    if (k == Trig::None) k = phraseTrigger(c, i);
    if ((k == Trig::None || k == Trig::ViolationVerb || k == Trig::Flight) && munitionsMovedFrom(c, i)) k = Trig::Launch;
    // "in retaliation for the attack" (a cause with a day and place of its own, 2, is told as an event of its own)
    if (!c.ctx.otherIncident.empty() && c.ctx.otherIncident[i] == 1) return Trig::None;
    if (k == Trig::ViolationVerb && negated(c, i)) return Trig::None;
    if (k != Trig::None && (deniedReport(c, i) || temporalReference(c, i) || purposeOfStopping(c, i)))
        return Trig::None;
    if (k != Trig::None && (calledOff(c, i) || archiveDepiction(c, i))) return Trig::None;
    // "were not launched from X but from Y": the negation is the origin's, not the launch's.
    const bool originNegated = i + 1 < c.b && T[i + 1].is("from");
    if (k == Trig::Intercept && failedIntercept(c, i)) return k;
    // "debris from an intercepted missile fell on him", "fragments of the interceptions": the engagement names what
    // the debris came from; the debris falling is the event.
    if (k == Trig::Intercept && debrisSource(c, i)) return Trig::None;
    if (k != Trig::None && k != Trig::Airspace && negated(c, i) && !originNegated) return Trig::None;
    if (const auto d = destroyedKind(c, i, countAll)) return *d;
    if (k == Trig::Launch && engagedMunition(c, i) != SIZE_MAX) return Trig::Intercept;
    // "The targets included missile sites near Tripoli and Misrata": what the strike just told hit.
    // "The main target was the western city of Lutsk": past an adjective of rank.
    const bool ranked = i > c.a + 1 && (T[i - 1].is("main") || T[i - 1].is("primary") || T[i - 1].is("principal") ||
                                        T[i - 1].is("chief") || T[i - 1].is("intended"));
    const size_t det = ranked ? i - 2 : i - 1;
    if (T[i].lx.unit == lex::UnitClass::Target && i > c.a && T[det].is("the") && i + 1 < c.b &&
        (T[i + 1].is("included") || T[i + 1].is("include") || T[i + 1].is("were") || T[i + 1].is("was") ||
         T[i + 1].is("comprised")))
        return Trig::Strike;
    if (k == Trig::None || k == Trig::ViolationVerb) return Trig::None;
    if (c.ctx.blocked[i] && T[i].cap) return Trig::None; // inside an organisation's name
    if (modifiesFacility(c, i) || namesAKind(c, i, k)) return Trig::None;
    if (k == Trig::Intercept || w == "shot") munitionSubjectBefore(c, i, countAll); // "all of them were shot down"
    if (k == Trig::Intercept && allOfToldMunitions(c, i)) *countAll = true;           // "; all were intercepted"
    // "... and the cruiser fired the other nine": a count of munitions right after the verb, its noun told before.
    // Claims are in text order: one binary search.
    const auto& infos = c.ctx.claimInfo;
    const auto next = std::lower_bound(infos.begin(), infos.end(), i + 1,
                                       [](const ClaimInfo& x, size_t tok) { return x.numberTok < tok; });
    const bool countedMunitions = k == Trig::Launch && next != infos.end() && next->numberTok <= i + 3 &&
                                  next->unit == lex::UnitClass::Munition;
    // "... The Revolutionary Guard says it fired them from Iran": the munitions told before, as the launch's object.
    const bool objectOfTold = k == Trig::Launch && i + 1 < c.b && c.T[i + 1].is("them") && munitionToldSince(c, i, i);
    const bool munitionClose = nearPred(c, i, 8, 6, isMunition) || partOfToldMunitions(c, i) || countedMunitions ||
                               objectOfTold || (k == Trig::Launch && passiveLaunchOfToldMunitions(c, i));
    if (w == "shot" || w == "shoot" || w == "shooting") {
        if (i + 1 < c.b && T[i + 1].is("down")) return Trig::Intercept;
        // "had shot some of them down", "shot it down", "shot two of the drones down": the particle after its object.
        for (size_t q = i + 1; q < c.b && q <= i + 6 && T[q].word && !isVerbLike(T[q]); ++q)
            if (T[q].is("down") && q > i + 1) return Trig::Intercept;
        if (!munitionClose) return Trig::None;
    }
    if (k == Trig::Intercept && w.starts_with("engag") && !objectAfter(c, i, 6, true)) return Trig::None;
    if (w == "aimed" || w == "aiming") return aimedKind(c, i, k); // munitions and where they go
    // "Cruise missiles from U.S. submarines began the attack on ...": munitions from somewhere opening an attack are
    // its launch.
    if ((w == "attack" || w == "assault") && opensAttack(c, i)) return Trig::Launch;
    // "the enemy attacked with 57 Shahed-type drones from the directions of Kursk": the munitions' launch.
    if ((w == "attacked" || w == "attacks" || w == "attack") && i + 1 < c.b && c.T[i + 1].is("with") &&
        nearPred(c, i + 1, 0, 6, isMunition))
        return Trig::Launch;
    // "The attack involved 38 missiles", "The barrage included 40 Kalibr cruise missiles and 50 Kh-101 missiles".
    if ((w == "attack" || w == "attacks" || w == "assault" || w == "raid" || w == "barrage" || w == "salvo" ||
         w == "wave") &&
        madeOfMunitions(c, i))
        return Trig::Strike;
    const bool verb = i > c.a && T[i - 1].is("to"); // "continued to attack ... yesterday"
    // "attacks on shipping" is too vague; "drone attacks", "attacked ... yesterday" and "Israeli aircraft kept up
    // their attacks on the Gaza Strip" (aircraft that attack) are not.
    if ((w == "attack" || w == "attacks") && !nearPred(c, i, 3, 0, isMunition) && !timeNear(c, i, verb ? 40 : 4) &&
        !nearPred(c, i, 5, 0, isAircraft))
        return Trig::None;
    if (k == Trig::Launch) {
        if (ordinalTally(c, i)) return Trig::None;
        // "launched 18 strikes" is strikes; "launched a complex attack of drones and missiles" is their launch.
        bool attackOfMunitions = false;
        for (size_t q = i + 1; q < c.b && q < i + 4; ++q) {
            if (T[q].lx.unit != lex::UnitClass::Strike) continue;
            if (!nearPred(c, q, 0, 8, isMunition)) return Trig::Strike;
            attackOfMunitions = true;
        }
        if (w.starts_with("wave")) { // "a drone wave", "a wave of drones", "a wave ... that included 45 drones"
            // Not "the first wave of retaliation for last Sunday's drone attack": the cause's drones are not its own.
            const auto& other = c.ctx.otherIncident;
            for (size_t q = i >= c.a + 3 ? i - 3 : c.a; q < std::min(c.b, i + 15); ++q)
                if (q != i && isMunition(c.ctx, q) && (other.empty() || !other[q])) return k;
            return Trig::None;
        }
        if (weakLaunchWord(w)) return objectAfter(c, i, w.starts_with("drop") ? 12 : 6, false) ? k : Trig::None;
        if (w == "fire" && i > c.a && (T[i - 1].is("under") || T[i - 1].is("open"))) return Trig::None;
        // "The Sept. 14 attacks on X were launched from Iran": the attack nouns are what was launched.
        const bool passive = i > c.a && (T[i - 1].is("were") || T[i - 1].is("was")) && i + 1 < c.b &&
                             T[i + 1].is("from");
        if (passive && nearPred(c, i, 12, 0, [](const Context& x, size_t q) {
                return x.toks[q].lx.unit == lex::UnitClass::Strike;
            }))
            return k;
        if (!munitionClose && !attackOfMunitions) {
            // "Israeli jets fired on a military research facility": aircraft attacking a place.
            const bool on = i + 1 < c.b && (T[i + 1].is("on") || T[i + 1].is("at"));
            return on && aircraftSubjectBefore(c, i) ? Trig::Strike : Trig::None;
        }
    }
    if (k == Trig::Strike && intoWaterOrGround(c, i, countAll)) k = Trig::Crash;
    if (k == Trig::Crash && (crashedIntoStructure(c, i) || fellOnTarget(c, i))) k = Trig::Strike;
    if (k == Trig::Crash && !nearPred(c, i, 10, 3, isMunition) && !nearPred(c, i, 10, 0, isAircraft) &&
        !countOfToldMunitions(c, i) && !pronounOfToldMunitions(c, i) && !debrisOfToldMunitions(c, i) &&
        !allOfToldMunitions(c, i))
        return Trig::None;
    if (k == Trig::Crash && allOfToldMunitions(c, i)) *countAll = true;
    if (k == Trig::Airspace) {
        bool violation = false;
        for (size_t q = i >= c.a + 5 ? i - 5 : c.a; q < std::min(c.b, i + 3); ++q)
            violation |= T[q].lx.trigger == Trig::ViolationVerb && !negated(c, q);
        if (!violation) return Trig::None;
    }
    if (k == Trig::Flight) {
        // "flew over Iraq": only for munitions or aircraft, and only with "over"/"across".
        // "fired by a bomber flying over the Kursk region": where the launcher flew, not the munition.
        const bool over = i + 1 < c.b && (T[i + 1].lower == "over" || T[i + 1].lower == "across");
        if (!over || !munitionClose || platformParticiple(c.ctx, i)) return Trig::None;
    }
    if (k == Trig::Strike && (w == "strike" || w == "strikes") && i > c.a && T[i - 1].lx.munitionHead()) {
        // "cruise missile strikes launched from ...": the launch itself when one follows.
        for (size_t q = i + 1; q < c.b && q < i + 4; ++q)
            if (T[q].lx.trigger == Trig::Launch) return Trig::None;
    }
    return k;
}

// "Two of the drones crashed in Belarus, and one fell in Moldova": a crash or intercept verb at i after one of its kind
// at `prev`, in a clause of its own (", and", ";", ", while") whose subject is a count. Returns where that clause
// starts, or SIZE_MAX.
size_t countedClauseAfter(const Clause& c, size_t prev, size_t i) {
    const auto& T = c.T;
    if (T[i].lx.trigger != Trig::Crash && T[i].lx.trigger != Trig::Intercept) return SIZE_MAX;
    for (size_t q = i; q > prev + 1;) {
        --q;
        const bool open = T[q].text == ";" || (T[q].text == "," && q + 1 < i &&
                                                (T[q + 1].is("and") || T[q + 1].is("while") || T[q + 1].is("but")));
        if (!open) continue;
        const size_t from = T[q].text == ";" ? q + 1 : q + 2;
        const bool counted = std::any_of(c.ctx.claimInfo.begin(), c.ctx.claimInfo.end(), [&](const ClaimInfo& x) {
            return x.numberTok >= from && x.numberTok < i && x.numberTok <= from + 2;
        });
        return counted ? q : SIZE_MAX;
    }
    return SIZE_MAX;
}

// "it had struck Iranian targets in Syria after a rocket was fired from Syria toward the Golan Heights on Sunday": a
// bare "after" between a strike or launch and a clause of its own, whose verb fires or strikes, tells the incident
// that came before ("The missile exploded after it was hit", of one incident, has no strike or launch before it).
bool afterClause(const Clause& c, size_t q) {
    const auto firesOrStrikes = [&](const Tok& t) {
        const auto k = t.lx.trigger;
        return (k == lex::Trigger::Launch || k == lex::Trigger::Strike) && t.word && !t.cap;
    };
    const auto& next = c.T[q + 1];
    if (next.number || next.lx.timeWord() || next.lower.ends_with("ing") || next.is("that")) return false;
    bool before = false;
    for (size_t k = c.a; k < q && !before; ++k) before = firesOrStrikes(c.T[k]);
    if (!before) return false;
    for (size_t k = q + 1; k < c.b && k <= q + 8 && c.T[k].text != "," && c.T[k].text != ";"; ++k) {
        const auto v = c.T[k].lower;
        if (firesOrStrikes(c.T[k]) && (v.ends_with("ed") || v == "struck" || v == "hit" || v == "shot")) return true;
    }
    return false;
}

// "a day after", "hours before", ", following" at token q: a temporal clause that tells another incident, not
// "hours after midnight".
bool temporalClauseAt(const Clause& c, size_t q) {
    static constexpr std::string_view kLead[] = {"day", "days", "hour", "hours", "week", "weeks", "minutes",
                                                 "months", "shortly", "just", "soon", ","};
    if (q <= c.a || q + 1 >= c.b) return false;
    const auto w = c.T[q].lower;
    if (w != "after" && w != "before" && w != "following") return false;
    const auto lead = c.T[q - 1].text == "," ? std::string_view(",") : c.T[q - 1].lower;
    if (std::find(std::begin(kLead), std::end(kLead), lead) == std::end(kLead)) return w == "after" && afterClause(c, q);
    return !(c.T[q + 1].number || c.T[q + 1].lx.timeWord());
}

void openFrames(Clause& c) {
    for (size_t i = c.a; i < c.b; ++i) {
        bool countAll = false;
        const Trig k = triggerKind(c, i, &countAll);
        if (k == Trig::None) continue;
        if (k == Trig::Launch) c.launchTriggers.push_back(i);
        // One frame per kind per sentence, except strikes and launches split by counts below, and a crash or
        // intercept told again in a coordinated clause with a count of its own.
        const auto same = std::find_if(c.frames.rbegin(), c.frames.rend(), [&](const EventFrame& e) { return e.kind == k; });
        size_t boundary = same == c.frames.rend() ? SIZE_MAX : countedClauseAfter(c, same->trig, i);
        // "Israeli jets struck Sanaa on Saturday, a day after a Houthi drone struck Tel Aviv": a verb of the same
        // kind inside a temporal clause tells another incident, a frame of its own.
        bool temporal = false;
        for (size_t q = same == c.frames.rend() ? i : same->trig + 1; q < i && boundary == SIZE_MAX; ++q)
            if (temporalClauseAt(c, q)) boundary = q, temporal = true;
        if (same != c.frames.rend() && boundary == SIZE_MAX) continue;
        if (boundary != SIZE_MAX) same->scopeEnd = std::min(same->scopeEnd, boundary);
        EventFrame e;
        e.kind = k;
        e.trig = i;
        e.sentence = c.s;
        e.scopeStart = boundary == SIZE_MAX ? c.a : boundary;
        if (temporal) e.actorStart = boundary; // "a day after a Houthi drone struck": not the Israeli jets'
        e.scopeEnd = c.b;
        e.countAll = countAll;
        e.pronounMunitions = k == Trig::Launch && passiveLaunchOfToldMunitions(c, i);
        e.aircraftDown = (k == Trig::Crash || k == Trig::Intercept) && nearPred(c, i, 10, 6, isAircraft) &&
                         !nearPred(c, i, 10, 3, isMunition);
        c.frames.push_back(e);
        c.hasLaunch |= k == Trig::Launch;
    }
}

bool hasStrikeCount(const Clause& c) {
    return std::any_of(c.claims.begin(), c.claims.end(),
                       [&](int k) { return c.ctx.claimInfo[k].unit == lex::UnitClass::Strike; });
}

// "The missiles were launched ... and targeted X": with a launch in the sentence, an uncounted strike verb is the
// launch reaching its target, not a second event. Several strike counts split the strike frame, one per count.
// "Israeli warplanes struck X early Monday, hours after a missile was fired from Syria at Y": a launch in a clause a
// temporal connective opens is another event, and so is one in a clause coordinated with a subject of its own
// ("militants fired 200 rockets toward Israel, and Israel responded with airstrikes on Gaza"). Returns the
// connective's token between a strike and a launch of the sentence, or SIZE_MAX.
size_t clauseSplit(const Clause& c) {
    const auto strike = std::find_if(c.frames.begin(), c.frames.end(), [](auto& e) { return e.kind == Trig::Strike; });
    const auto launch = std::find_if(c.frames.begin(), c.frames.end(), [](auto& e) { return e.kind == Trig::Launch; });
    if (strike == c.frames.end() || launch == c.frames.end()) return SIZE_MAX;
    const size_t x = std::min(strike->trig, launch->trig), y = std::max(strike->trig, launch->trig);
    for (size_t q = x + 1; q < y; ++q) {
        const auto w = c.T[q].lower;
        if (w == "after" || w == "before" || w == "following" || w == "when" || w == "while") return q;
        // ", and Israel responded", ", but ...", ", as Israeli warplanes struck ...", "; ..."
        const bool joined = (c.T[q].text == "," && q + 2 < y &&
                             (c.T[q + 1].is("and") || c.T[q + 1].is("but") || c.T[q + 1].is("as"))) ||
                            c.T[q].text == ";";
        const size_t subject = c.T[q].text == ";" ? q + 1 : q + 2;
        if (joined && subject < y && c.T[subject].word && c.T[subject].cap && !c.T[subject].lx.munitionHead())
            return q + 1;
    }
    return SIZE_MAX;
}

void shapeStrikes(Clause& c) {
    if (const size_t cut = clauseSplit(c); cut != SIZE_MAX) {
        for (auto& e : c.frames) {
            if (e.trig < cut) e.scopeEnd = std::min(e.scopeEnd, cut);
            else e.scopeStart = e.actorStart = cut;
        }
        return;
    }
    if (c.hasLaunch && !hasStrikeCount(c)) {
        // "fired dozens of cruise missiles at cities across Ukraine on Monday, hitting central Kyiv": a participle
        // after the launch's clause tells where some of them struck, an impact of its own.
        const auto participleImpact = [&](const EventFrame& e) {
            return e.kind == Trig::Strike && e.trig > c.a + 1 && c.T[e.trig - 1].text == "," &&
                   c.T[e.trig].lower.ends_with("ing") &&
                   std::any_of(c.frames.begin(), c.frames.end(),
                               [&](const EventFrame& l) { return l.kind == Trig::Launch && l.trig < e.trig; });
        };
        for (auto& e : c.frames)
            if (participleImpact(e)) {
                for (auto& l : c.frames)
                    if (l.kind == Trig::Launch && l.trig < e.trig) l.scopeEnd = std::min(l.scopeEnd, e.trig - 1);
                e.scopeStart = e.actorStart = e.trig;
                e.impact = true;
            }
        std::erase_if(c.frames, [&](const EventFrame& e) { return e.kind == Trig::Strike && !e.impact; });
    }
    std::vector<int> counts;
    for (int k : c.claims)
        if (c.ctx.claimInfo[k].unit == lex::UnitClass::Strike) counts.push_back(k);
    if (counts.size() < 2) return;
    auto it = std::find_if(c.frames.begin(), c.frames.end(), [](auto& e) { return e.kind == Trig::Strike; });
    if (it == c.frames.end()) return;
    const EventFrame base = *it;
    c.frames.erase(it);
    for (size_t q = 0; q < counts.size(); ++q) {
        EventFrame e = base;
        e.scopeStart = q == 0 ? c.a : c.ctx.claimInfo[counts[q]].numberTok;
        e.scopeEnd = q + 1 < counts.size() ? c.ctx.claimInfo[counts[q + 1]].numberTok : c.b;
        e.trig = c.ctx.claimInfo[counts[q]].numberTok;
        c.frames.push_back(e);
    }
}

// "Five missiles struck Kharkiv and three struck Odesa", "Eleven hit Al Asad and one hit Irbil": munition counts that
// each have a strike verb of their own before the next count are one strike each, with the places of its own part.
void splitStrikesByMunitionCount(Clause& c) {
    if (c.hasLaunch) return; // "launched 16 missiles; 11 hit": the launch and its impact, read elsewhere
    auto it = std::find_if(c.frames.begin(), c.frames.end(), [](auto& e) { return e.kind == Trig::Strike; });
    if (it == c.frames.end()) return;
    std::vector<size_t> starts, verbs;
    for (int k : c.claims) {
        const auto& info = c.ctx.claimInfo[k];
        // "Two hit Tel Aviv and one struck Haifa": a count of the munitions told before, its noun left out.
        const bool bare = info.numberTok + 1 < c.b && c.T[info.numberTok + 1].lx.trigger == Trig::Strike;
        if ((info.unit != lex::UnitClass::Munition && !info.elided && !bare) || info.implicit || info.vague) continue;
        if (!starts.empty() && info.numberTok <= verbs.back()) return; // two counts before one verb
        size_t q = bare ? info.numberTok + 1 : std::max(info.numberTok, info.headTok) + 1;
        while (q < c.b && c.T[q].lx.trigger != Trig::Strike && !c.T[q].lx.munitionHead() && !c.T[q].number) ++q;
        if (q >= c.b || c.T[q].lx.trigger != Trig::Strike) continue; // "four failed"
        starts.push_back(info.numberTok);
        verbs.push_back(q);
    }
    if (starts.size() < 2) return;
    const EventFrame base = *it;
    c.frames.erase(it);
    for (size_t q = 0; q < starts.size(); ++q) {
        EventFrame e = base;
        e.scopeStart = q == 0 ? c.a : starts[q];
        e.scopeEnd = q + 1 < starts.size() ? starts[q + 1] : c.b;
        e.trig = verbs[q];
        c.frames.push_back(e);
    }
}

// "The Barzah research center in Damascus was hit by 76 missiles, and the Him Shinshar storage facility west of Homs
// was hit by 22": strike verbs in the passive, each with a count of munitions as its agent, in clauses of their own,
// are one strike each with the places of its own clause.
void splitPassiveStrikesByCount(Clause& c) {
    const auto& T = c.T;
    if (c.hasLaunch) return;
    auto it = std::find_if(c.frames.begin(), c.frames.end(), [](auto& e) { return e.kind == Trig::Strike; });
    if (it == c.frames.end()) return;
    std::vector<size_t> verbs;
    for (int k : c.claims) {
        const auto& info = c.ctx.claimInfo[k];
        const size_t n = info.numberTok;
        if (info.implicit || info.vague || (info.unit != lex::UnitClass::Munition && !info.elided)) continue;
        if (n >= c.a + 2 && T[n - 1].is("by") && T[n - 2].lx.trigger == Trig::Strike) verbs.push_back(n - 2);
    }
    if (verbs.size() < 2) return;
    std::vector<size_t> opens{c.a}; // where each clause starts: after the ", and" or ";" before its subject
    for (size_t q = 1; q < verbs.size(); ++q) {
        size_t open = SIZE_MAX;
        for (size_t k = verbs[q - 1] + 2; k < verbs[q] && open == SIZE_MAX; ++k)
            if (T[k].text == ";" || (T[k].text == "," && k + 1 < verbs[q] && T[k + 1].is("and"))) open = k + 1;
        if (open == SIZE_MAX) return; // one clause with two verbs: read as it stands
        opens.push_back(open);
    }
    const EventFrame base = *it;
    c.frames.erase(it);
    for (size_t q = 0; q < verbs.size(); ++q) {
        EventFrame e = base;
        e.scopeStart = e.actorStart = opens[q];
        e.scopeEnd = q + 1 < opens.size() ? opens[q + 1] : c.b;
        e.trig = verbs[q];
        c.frames.push_back(e);
    }
}

// "Bombers fired cruise missiles from over the Caspian Sea, while Shahed drones were launched from Kursk": two launch
// verbs in clauses set against each other ("while", "whereas", ";", ", and" before munitions of its own) are two
// launches, each with its own clause's munition, places and actor. Returns whether it cut the sentence.
bool splitContrastedLaunches(Clause& c) {
    const auto& L = c.launchTriggers;
    for (size_t i = 0; i + 1 < L.size(); ++i)
        for (size_t q = L[i] + 1; q < L[i + 1]; ++q) {
            const auto w = c.T[q].lower;
            // ", and Kalibr cruise missiles were launched from warships in the Black Sea": a clause with munitions
            // of its own as the subject of the second launch verb.
            bool ownSubject = false;
            if (w == "and" && c.T[q - 1].text == ",")
                for (size_t k = q + 1; k < L[i + 1]; ++k) ownSubject |= c.T[k].lx.munitionHead();
            if (w != "while" && w != "whereas" && c.T[q].text != ";" && !ownSubject) continue;
            auto it = std::find_if(c.frames.begin(), c.frames.end(), [](auto& e) { return e.kind == Trig::Launch; });
            if (it == c.frames.end()) return false;
            EventFrame second = *it;
            it->scopeEnd = std::min(it->scopeEnd, q);
            second.trig = L[i + 1];
            second.scopeStart = second.actorStart = q;
            c.frames.push_back(second);
            return true;
        }
    return false;
}

// "Israeli jets struck the port of Hodeidah on Saturday, a day after a Houthi drone attack killed one person in Tel
// Aviv": a temporal clause ("a day after", "hours before", ", following") tells another incident; the places in it
// are not those of a frame outside it, and a frame inside it has only its own clause.
void cutAtTemporalClauses(Clause& c) {
    std::vector<size_t> cuts, temporal;
    for (size_t q = c.a + 1; q + 1 < c.b; ++q)
        if (temporalClauseAt(c, q)) {
            cuts.push_back(q);
            temporal.push_back(q);
        }
    // A frame inside such a clause happened at another time than the sentence's ("early Wednesday, hours after North
    // Korea launched a missile"): only its own clause dates it.
    for (auto& e : c.frames) {
        e.temporalClause = std::any_of(temporal.begin(), temporal.end(), [&](size_t q) { return q < e.trig; });
        e.beforeTemporalClause = std::any_of(temporal.begin(), temporal.end(), [&](size_t q) { return q > e.trig; });
    }
    // "conducted joint strikes on Houthi targets to degrade their ability to continue their ... attacks on U.S.
    // vessels in the Red Sea": a purpose clause tells what the strikes aim to stop; its places are not theirs.
    for (size_t q = c.a + 1; q + 1 < c.b; ++q) {
        const auto v = c.T[q + 1].lower;
        if (c.T[q].is("to") && (v == "degrade" || v == "deter" || v == "disrupt" || v == "prevent" || v == "stop"))
            cuts.push_back(q);
        // "launch sites ... used by the Iranian-backed Houthis to attack merchant vessels in the Red Sea": what the
        // target was used for is another activity.
        else if (c.T[q].is("to") && c.T[q + 1].word && !c.T[q + 1].cap)
            for (size_t k = q; k > c.a && q - k < 7;) {
                --k;
                if (c.T[k].is("used") || c.T[k].is("employed")) { cuts.push_back(q); break; }
                if (c.T[k].text == "," || c.T[k].lx.trigger != Trig::None) break;
            }
    }
    std::sort(cuts.begin(), cuts.end());
    for (auto& e : c.frames)
        for (const size_t q : cuts) {
            if (q > e.trig) { e.scopeEnd = std::min(e.scopeEnd, q); break; }
            e.scopeStart = std::max(e.scopeStart, q);
        }
}

// A claim's value as an event count. One beyond int saturates (never wraps to 0 or a negative count), so the
// scenario reader refuses it like any count past its limit ("99999999999999999999999999999999 missiles").
int eventCount(double value) {
    if (!(value < static_cast<double>(INT_MAX))) return INT_MAX;
    return static_cast<int>(std::lround(std::max(0.0, value)));
}

// "Fourteen of the missiles were launched from the cruiser USS Chancellorsville in the Persian Gulf and nine from the
// destroyer USS Peterson in the Red Sea": one launch verb, then counts with "from" and no verb of their own. Returns
// the token that opens each launch (the verb, then each later count), or nothing when the sentence is not so shaped.
std::vector<size_t> ellipticalLaunches(const Clause& c) {
    if (c.launchTriggers.size() != 1) return {};
    const size_t verb = c.launchTriggers.front();
    std::vector<size_t> opens{verb};
    for (int k : c.claims) {
        const auto& info = c.ctx.claimInfo[k];
        const size_t n = info.numberTok;
        if (info.unit != lex::UnitClass::Munition || n <= verb + 1 || n + 1 >= c.b || c.T[n + 1].lower != "from")
            continue;
        if (c.T[n - 1].lower != "and" && c.T[n - 1].text != ",") continue; // coordinated after the first launch
        opens.push_back(n);
    }
    return opens.size() >= 2 ? opens : std::vector<size_t>{};
}

// "USS Monterey fired 30 Tomahawk missiles and the destroyer USS Laboon fired seven": several launch verbs, each with
// its own count right after it, are one launch each (the sentence is cut between them at the last comma or "and").
void splitLaunches(Clause& c) {
    std::vector<size_t> counted;
    for (size_t t : c.launchTriggers)
        for (int k : c.claims) {
            const auto& info = c.ctx.claimInfo[k];
            if (info.unit == lex::UnitClass::Munition && info.numberTok > t && info.numberTok <= t + 3) {
                counted.push_back(t);
                break;
            }
        }
    // Launch verbs each with a count cut the sentence at every one of them, also across ";" ("A fired 30 and B fired
    // seven; C fired 23"); clauses set against each other without such counts are cut once.
    if (counted.size() < 2 && splitContrastedLaunches(c)) return;
    const bool elliptical = counted.size() < 2;
    if (elliptical) counted = ellipticalLaunches(c);
    if (counted.size() < 2) return;
    auto it = std::find_if(c.frames.begin(), c.frames.end(), [](auto& e) { return e.kind == Trig::Launch; });
    if (it == c.frames.end()) return;
    const EventFrame base = *it;
    // The launch frames opened before (one per clause a ";" began) give way to one per counted verb.
    std::erase_if(c.frames, [](const EventFrame& e) { return e.kind == Trig::Launch; });
    size_t start = c.a;
    for (size_t q = 0; q < counted.size(); ++q) {
        size_t end = c.b;
        if (q + 1 < counted.size()) {
            end = counted[q + 1];
            // At a semicolon between the verbs, else the last comma or "and" ("; the USS Higgins, in the North
            // Arabian Gulf, fired 23": the subject and its apposition are the next launch's).
            const auto semicolon = std::find_if(c.T.begin() + static_cast<long>(counted[q] + 1),
                                                c.T.begin() + static_cast<long>(counted[q + 1]),
                                                [](const Tok& t) { return t.text == ";"; });
            if (semicolon != c.T.begin() + static_cast<long>(counted[q + 1]))
                end = static_cast<size_t>(semicolon - c.T.begin());
            else
                for (size_t k = counted[q + 1]; k > counted[q] + 1; --k)
                    if (c.T[k - 1].text == "," || c.T[k - 1].is("and")) { end = k - 1; break; }
        }
        EventFrame e = base;
        e.trig = counted[q];
        e.scopeStart = start;
        e.scopeEnd = end;
        // ", and the submarine USS John Warner fired six": a clause with a subject of its own takes its actor there
        // (not the French frigate's side told before it); "and launched 30 drones" keeps the sentence's subject.
        size_t subject = start;
        while (subject < e.trig && (!c.T[subject].word || c.T[subject].is("and") || c.T[subject].is("then") ||
                                    c.T[subject].is("also") || c.T[subject].is("but")))
            ++subject;
        if (q > 0 && subject < e.trig) e.actorStart = start;
        // A count with no verb of its own ("and nine from ...") counts the launch of its clause.
        for (int k : c.claims)
            if (const auto& info = c.ctx.claimInfo[k]; elliptical && !e.count && !info.implicit && !info.vague &&
                info.unit == lex::UnitClass::Munition && info.numberTok >= start && info.numberTok < end)
                e.count = eventCount(c.out.claims[k].value);
        c.frames.push_back(e);
        start = end;
    }
}

// "intercepted three drones over the Moscow region and two over the Bryansk region": one intercept verb, then counts
// of munitions, each placed by its own "over"/"in"/"near"/"above" phrase with no verb of its own, are one intercept
// each, with the places of its own part.
void splitEllipticalIntercepts(Clause& c) {
    auto it = std::find_if(c.frames.begin(), c.frames.end(), [](auto& e) { return e.kind == Trig::Intercept; });
    if (it == c.frames.end() || std::count_if(c.frames.begin(), c.frames.end(), [](auto& e) {
                                     return e.kind == Trig::Intercept;
                                 }) != 1)
        return;
    const auto placedBy = [&](size_t k) {
        return k < c.b && (c.T[k].is("over") || c.T[k].is("in") || c.T[k].is("near") || c.T[k].is("above"));
    };
    std::vector<size_t> opens;
    for (int k : c.claims) {
        const auto& info = c.ctx.claimInfo[k];
        const size_t n = info.numberTok;
        if ((info.unit != lex::UnitClass::Munition && !info.elided) || info.implicit || info.vague || n <= it->trig)
            continue;
        if (!placedBy(std::max(n, info.headTok) + 1)) continue;
        if (opens.empty()) opens.push_back(n); // the first count, right after the verb
        else if (c.T[n - 1].is("and") || c.T[n - 1].text == ",") opens.push_back(n);
    }
    if (opens.size() < 2) return;
    const EventFrame base = *it;
    c.frames.erase(it);
    for (size_t q = 0; q < opens.size(); ++q) {
        EventFrame e = base;
        e.scopeStart = q == 0 ? base.scopeStart : opens[q] - 1;
        e.scopeEnd = q + 1 < opens.size() ? opens[q + 1] - 1 : base.scopeEnd;
        if (q > 0) e.trig = opens[q];
        e.count.reset();
        c.frames.push_back(e);
    }
}


bool countsFor(Trig kind, const std::string& quantity) {
    return (kind == Trig::Launch && quantity == "launched") ||
           (kind == Trig::Crash && (quantity == "crashed" || quantity == "fell" || quantity == "landed")) ||
           (kind == Trig::Intercept && (quantity == "intercepted" || quantity == "destroyed")) ||
           (kind == Trig::Strike && quantity == "strikes");
}

// A strike counts munitions when the text gives them ("dropped two bombs"), else strikes ("seven strikes"). An upper
// bound is kept as a claim of the event but gives it no count.
void takeCount(EventFrame& e, const scenario::Claim& cl) {
    if (cl.op == "<" || cl.op == "<=") return; // "one or two strikes", "up to 30 missiles": a bound, not a count
    // "Witnesses saw two interceptors rise ..., followed by a loud blast", "fired about a dozen interceptors": the
    // defence's own munitions count no strike, launch or crash of the attack (nor the attack munitions they downed).
    if (cl.unit.starts_with("interceptor")) return;
    const int value = eventCount(cl.value);
    const bool munitions = cl.quantity == "launched" || cl.quantity == "munitions" || cl.quantity == "reached";
    if (e.kind == Trig::Strike && munitions && (!e.count || e.countIsStrikes)) {
        e.count = value;
        e.countIsStrikes = false;
    } else if (!e.count && e.kind == Trig::Launch && cl.quantity == "munitions") {
        e.count = value; // "The remaining 14 were Tomahawk land-attack missiles, fired by ...": the launch's own
    } else if (!e.count && e.kind == Trig::Crash && (cl.quantity == "munitions" || cl.quantity == "reached")) {
        e.count = value; // "The second missile impacted the water": the munitions that came down
    } else if (!e.count && (e.kind == Trig::Intercept || e.kind == Trig::Crash) && cl.quantity == "aircraft") {
        e.count = value; // "shot down an aircraft", "The aircraft ... fell into international waters"
    } else if (!e.count && countsFor(e.kind, cl.quantity)) {
        e.count = value;
        e.countIsStrikes = cl.quantity == "strikes";
    }
}

// "One missile left a deep crater ..., and others struck near government buildings": a count that "others" or "the
// rest" go on from later in the sentence is one part of the munitions, not all of them.
bool partBeforeOthers(const Clause& c, size_t numberTok) {
    for (size_t k = numberTok + 1; k + 1 < c.b; ++k) {
        if (c.T[k].text == ";") return false;
        if (!(c.T[k].is("and") || c.T[k].text == "," || c.T[k].is("while") || c.T[k].is("but"))) continue;
        const auto& n = c.T[k + 1];
        if (n.is("others") || (n.is("the") && k + 2 < c.b && (c.T[k + 2].is("rest") || c.T[k + 2].is("others"))))
            return true;
    }
    return false;
}

void attachClaims(Clause& c) {
    for (int k : c.claims) {
        const auto& cl = c.out.claims[k];
        const auto& info = c.ctx.claimInfo[k];
        Trig want = Trig::None;
        if (cl.quantity == "launched") want = Trig::Launch;
        else if (cl.quantity == "crashed" || cl.quantity == "fell" || cl.quantity == "landed") want = Trig::Crash;
        else if (cl.quantity == "intercepted" || cl.quantity == "destroyed") want = Trig::Intercept;
        else if (cl.quantity == "strikes") want = Trig::Strike;
        EventFrame* e = nullptr;
        // "fired three missiles to intercept two cruise missiles launched from Yemen": the interceptors counted right
        // after the engaging verb are that intercept's claim, not the launch's (interceptorsFired sets its count).
        for (auto& x : c.frames)
            if (x.kind == Trig::Intercept && c.T[x.trig].lx.trigger == Trig::Launch && info.numberTok > x.trig &&
                info.numberTok <= x.trig + 3)
                e = &x;
        for (auto& x : c.frames)
            if (!e && x.kind == want && info.numberTok >= x.scopeStart && info.numberTok < x.scopeEnd) { e = &x; break; }
        if (!e && info.unit != lex::UnitClass::Troop && info.unit != lex::UnitClass::None) e = frameOwning(c.ctx, c.frames, info.numberTok, false);
        if (!e && info.unit == lex::UnitClass::None && info.anaphorOf >= 0) e = frameOwning(c.ctx, c.frames, info.numberTok, false);
        // "All 21 were shot down": every one of the munitions told, counted, as the subject of the verb.
        if (!e && info.unit == lex::UnitClass::None && info.numberTok > c.a && c.T[info.numberTok - 1].is("all")) {
            for (auto& x : c.frames)
                if ((x.kind == Trig::Intercept || x.kind == Trig::Crash) && x.trig > info.numberTok &&
                    x.trig <= info.numberTok + 3)
                    e = &x;
            if (e && !e->count && !info.vague && cl.op != "<" && cl.op != "<=") {
                e->count = eventCount(cl.value);
                e->countAll = true;
            }
        }
        if (!e) continue;
        // "Two Turkish F-16s shot down a Russian jet": aircraft counted before an active intercept are the shooters.
        if (e->kind == Trig::Intercept && info.unit == lex::UnitClass::Aircraft && info.numberTok < e->trig &&
            !(e->trig > c.a && (c.T[e->trig - 1].is("were") || c.T[e->trig - 1].is("was") ||
                                c.T[e->trig - 1].is("been"))))
            continue;
        e->claims.push_back(k);
        // "Dozens of rockets were fired": a claim, not a count of 24; "launched drones, cruise missiles, and an
        // anti-ship ballistic missile": one of a list, not the launch's count.
        const bool listedOne = info.implicit && e->kind == Trig::Launch && cl.quantity == "munitions";
        // "About 75 missiles were fired at camps near Khost, while others struck a plant in Khartoum": a launch's
        // count is what that launch sent, even when others went elsewhere.
        const bool onePart = e->kind != Trig::Launch && partBeforeOthers(c, info.numberTok);
        if (!info.vague && !listedOne && !onePart) takeCount(*e, cl);
        // "A second wave of 17 Tomahawks struck ...": munitions counted right after the launch's noun are its own,
        // even as the subject of their strike.
        if (!e->count && !info.vague && e->kind == Trig::Launch && cl.quantity == "reached" && cl.op != "<" &&
            cl.op != "<=" && info.numberTok > e->trig && info.numberTok <= e->trig + 3)
            e->count = eventCount(cl.value);
    }
    // One noun phrase between a launch (or a violation) and an intercept or crash is counted once for both:
    // "engaged 14 drones launched from X", "a wave that included 45 drones that his forces shot down", "shot down an
    // aircraft that had intruded into its airspace".
    // A smaller count the launch took after both ("intercepted seven missiles fired by X, three of them aimed at Y")
    // is a part of the whole the shared phrase counts.
    for (auto& l : c.frames) {
        if (l.kind != Trig::Launch && l.kind != Trig::Airspace) continue;
        for (const auto& o : c.frames) {
            if ((o.kind != Trig::Intercept && o.kind != Trig::Crash) || !o.count || (l.count && *l.count >= *o.count))
                continue;
            for (int k : o.claims) {
                const size_t n = c.ctx.claimInfo[k].numberTok;
                // "a rocket fired from Gaza toward Jerusalem landed": the one munition of the subject, the launch a
                // participle in it. ("Four missiles launched from X crashed" may be four of a larger launch.)
                const bool subjectWithParticiple = n < l.trig && l.trig - n <= 4 && l.trig < o.trig &&
                                                   *o.count == 1 && (c.T[n].is("a") || c.T[n].is("an"));
                if (c.out.claims[k].value == *o.count &&
                    ((n > std::min(l.trig, o.trig) && n < std::max(l.trig, o.trig)) || subjectWithParticiple)) {
                    l.count = o.count;
                    if (c.ctx.claimInfo[k].unit == lex::UnitClass::Munition && c.ctx.claimInfo[k].headTok != n)
                        l.sharedCountHead = c.ctx.claimInfo[k].headTok;
                }
            }
        }
    }
}


// "the 13 drones Russia launched", "drones that they fired": the drones before the verb are what it launched, when
// only its subject (names, a pronoun, "that", an auxiliary) stands between them.
bool launchedInRelative(const Clause& c, size_t trig) {
    for (size_t k = trig; k > c.a && trig - k <= 5;) {
        --k;
        const auto& t = c.T[k];
        if (t.is("drone") || t.is("drones")) return k + 1 < trig;
        const bool subject = (t.word && t.cap) || t.is("that") || t.is("which") || t.is("they") ||
                             t.is("it") || t.is("he") || t.is("she") || t.is("we") ||
                             t.is("had") || t.is("has") || t.is("have");
        if (!subject) return false;
    }
    return false;
}

// The place of the first "from X" ("from occupied Crimea", "from the Kursk region") in tokens [from, to), or -1.
int originIn(const Clause& c, size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) {
        if (c.T[k].lower != "from") continue;
        size_t q = k + 1;
        while (q < to && q < k + 3 && (c.T[q].lower == "the" || c.T[q].lower == "occupied" || c.T[q].lower == "annexed"))
            ++q;
        int mi = q < to ? c.ctx.mentionAtToken(q) : -1;
        if (mi < 0) continue;
        // "from Russia's Kursk region": the country in the possessive only says whose the region is.
        if (const size_t after = c.ctx.mentions[static_cast<size_t>(mi)].last + 1;
            after + 1 < to && (c.T[after - 1].lower.ends_with("'s") || c.T[after].lower == "'s"))
            if (const int finer = c.ctx.mentionAtToken(c.T[after].lower == "'s" ? after + 1 : after); finer >= 0)
                mi = finer;
        const auto& m = c.ctx.mentions[static_cast<size_t>(mi)];
        if (!m.dropped && !m.demonym && m.place >= 0) return m.place;
    }
    return -1;
}

// "Russia launched 127 missiles and 109 drones", "destroyed 102 missiles and 99 drones": one launch (intercept,
// crash) per munition type, each with its own count and the same places, actor and time, so that each flies at its
// own speed and each intercept meets its own launch.
// "Russia attacked Ukraine overnight with 43 drones and two ballistic missiles": a strike verb whose instrument,
// within a few words, is counted munitions.
bool strikeWithMunitions(const Clause& c, size_t t) {
    for (size_t k = t + 1; k + 1 < c.b && k <= t + 8; ++k) {
        if (c.T[k].text == ";" || c.T[k].lx.trigger != Trig::None) return false;
        if (!c.T[k].is("with")) continue;
        // "with more than 40 missiles": a munition count whose expression, hedge included, opens right after "with".
        return std::any_of(c.claims.begin(), c.claims.end(), [&](int q) {
            return c.ctx.claimInfo[q].unit == lex::UnitClass::Munition && c.out.claims[q].start == c.T[k + 1].start;
        });
    }
    return false;
}

void splitByMunition(Clause& c) {
    std::vector<EventFrame> added;
    for (auto& e : c.frames) {
        // "18 drones and seven cruise missiles were used in the attack": one frame per munition, as for a launch.
        const bool armedStrike = e.kind == Trig::Strike && strikeWithMunitions(c, e.trig);
        if (e.kind != Trig::Launch && e.kind != Trig::Intercept && e.kind != Trig::Crash && !e.madeOf && !armedStrike)
            continue;
        std::vector<std::pair<int, std::string>> parts; // claim, munition
        for (int k : e.claims) {
            const auto& cl = c.out.claims[k];
            const auto& info = c.ctx.claimInfo[k];
            if (info.unit != lex::UnitClass::Munition || cl.op == "<" || cl.op == "<=" || info.implicit) continue;
            auto m = munitionNear(c.ctx, info.headTok, c.a, c.b);
            const bool seen = std::any_of(parts.begin(), parts.end(), [&](const auto& p) { return p.second == m; });
            if (!m.empty() && !seen) parts.emplace_back(k, std::move(m));
        }
        // "two missiles and the drones were destroyed": the munition counted is the event's, not the one nearest.
        if (parts.size() == 1 && !c.ctx.claimInfo[parts[0].first].elided &&
            e.count == eventCount(c.out.claims[parts[0].first].value))
            e.munition = parts[0].second;
        if (parts.size() < 2) continue;
        for (size_t q = 0; q < parts.size(); ++q) {
            EventFrame part = e;
            part.claims = {parts[q].first};
            part.count = eventCount(c.out.claims[parts[q].first].value);
            part.munition = parts[q].second;
            // "22 drones launched from Kursk ..., and two missiles fired from occupied Crimea": each its own origin.
            const size_t segEnd = q + 1 < parts.size() ? c.ctx.claimInfo[parts[q + 1].first].numberTok : c.b;
            if (const int own = originIn(c, c.ctx.claimInfo[parts[q].first].numberTok, segEnd); own >= 0)
                part.from = own;
            if (q == 0) e = part;
            else added.push_back(std::move(part));
        }
    }
    for (auto& e : added) c.frames.push_back(std::move(e));
}

// The munitions a launch lists without counting them ("launched one-way attack drones, anti-ship cruise missiles, and
// an anti-ship ballistic missile"): each list item's munition in text order, or fewer than two when there is no list.
// Items are joined by commas, "and" or "or", with no preposition, verb or number between them.
std::vector<std::string> listedMunitions(const Clause& c, const EventFrame& e) {
    std::vector<std::string> items;
    size_t last = SIZE_MAX;
    bool joined = false;
    for (size_t k = std::max(c.a, e.scopeStart); k < std::min(c.b, e.scopeEnd); ++k) {
        const Tok& t = c.T[k];
        if (last != SIZE_MAX && (t.lx.preposition() || t.number || t.lx.trigger != Trig::None || k - last > 10)) {
            if (items.size() >= 2) break;
            items.clear(), last = SIZE_MAX;
        }
        if (t.is(",") || t.is("and") || t.is("or")) joined = true;
        const bool modifierOfNext = t.lx.munitionModifier() && k + 1 < c.b && c.T[k + 1].lx.munitionHead();
        if (!munitionToken(c.ctx, k) || t.number || modifierOfNext) continue;
        if (!(last == SIZE_MAX || joined)) continue; // "cruise missile" twice in one phrase
        auto m = munitionNear(c.ctx, k, c.a, c.b);
        if (!m.empty() && std::find(items.begin(), items.end(), m) == items.end()) items.push_back(std::move(m));
        last = k;
        joined = false;
    }
    return items;
}

// "Houthis launched drones, anti-ship cruise missiles, and an anti-ship ballistic missile": a launch of munitions of
// several kinds, none counted, is one launch per kind (each flies at its own speed and meets its own intercepts).
void splitListedMunitions(Clause& c) {
    std::vector<EventFrame> added;
    for (auto& e : c.frames) {
        if (e.kind != Trig::Launch) continue;
        const bool counted = std::any_of(e.claims.begin(), e.claims.end(), [&](int k) {
            return c.ctx.claimInfo[k].unit == lex::UnitClass::Munition && !c.ctx.claimInfo[k].implicit;
        });
        const bool single = std::any_of(e.claims.begin(), e.claims.end(), [&](int k) {
            return c.ctx.claimInfo[k].unit == lex::UnitClass::Munition && c.ctx.claimInfo[k].implicit;
        });
        // "launched drones and a missile": the one counted by its article is one item's count, not the launch's.
        if (counted || (e.count && !single)) continue;
        const auto items = listedMunitions(c, e);
        if (items.size() < 2) continue;
        for (size_t q = 0; q < items.size(); ++q) {
            EventFrame part = e;
            part.munition = items[q];
            part.count.reset();
            // "... and an anti-ship ballistic missile": the item written as one counts one.
            for (int k : e.claims) {
                const auto& info = c.ctx.claimInfo[k];
                if (info.implicit && info.unit == lex::UnitClass::Munition && c.out.claims[k].value == 1 &&
                    munitionNear(c.ctx, info.headTok, c.a, c.b) == items[q])
                    part.count = 1;
            }
            if (q == 0) e = part;
            else added.push_back(std::move(part));
        }
    }
    for (auto& e : added) c.frames.push_back(std::move(e));
}

// "Two U.S. Navy destroyers fired about a dozen interceptors": firing interceptors is engaging what came, an
// intercept, not a launch at a target. Its count is of interceptors, not of what was shot down: it stays a claim;
// the defenders' place ("destroyers in the eastern Mediterranean") is no origin of what they engaged.
void interceptorsFired(Clause& c) {
    for (auto& e : c.frames) {
        // "fired three interceptors at two cruise missiles": the intercept is of what it engaged, and so is its count.
        if (e.kind == Trig::Intercept && c.T[e.trig].lx.trigger == Trig::Launch) {
            const size_t q = engagedMunition(c, e.trig);
            if (q == SIZE_MAX) continue;
            size_t first = q;
            while (first > c.a && c.T[first - 1].word && !c.T[first - 1].is("at") && !c.T[first - 1].number &&
                   c.T[first - 1].lx.trigger == Trig::None)
                --first;
            e.munition = munitionNear(c.ctx, q, first, q + 1);
            e.count.reset();
            for (int k : c.claims) { // "two incoming drones": the count's number lies in the engaged phrase
                const auto& info = c.ctx.claimInfo[k];
                if (info.headTok == q || (info.numberTok >= first && info.numberTok < q))
                    e.count = static_cast<int>(c.out.claims[k].value);
            }
            continue;
        }
        if (e.kind != Trig::Launch) continue;
        const size_t space = e.munition.rfind(' ');
        const std::string_view head = std::string_view(e.munition).substr(space == std::string::npos ? 0 : space + 1);
        if (head != "interceptor") continue;
        e.kind = Trig::Intercept;
        e.count.reset();
        e.munition.clear(); // what it engaged is the other side's munition
        e.from = -1;        // where the defenders were, never where what they engaged came from
    }
}

// Munitions fired or dropped by aircraft at a target are an air strike: a bomb, or an aircraft as the subject.
// "Three B-2 Spirit stealth bombers flew nonstop from Whiteman Air Force Base ... and dropped 45 JDAMs": a verb
// coordinated with the clause's first one shares its subject, here aircraft.
// So does a subject whose aircraft a relative clause says flew from somewhere: "Aircraft, including long-range B-1B
// bombers that flew from the United States, dropped more than 125 precision munitions".
bool relativeFlownAircraftSubject(const Clause& c, size_t t) {
    if (t < c.a + 4 || c.T[t - 1].text != ",") return false;
    bool aircraft = false;
    for (size_t k = c.a; k + 2 < t; ++k) {
        aircraft |= isAircraft(c.ctx, k);
        if (aircraft && (c.T[k].is("that") || c.T[k].is("which")) && c.T[k + 1].lx.trigger == Trig::Flight)
            for (size_t q = k + 2; q < t && q < k + 5; ++q)
                if (c.T[q].is("from")) return true;
        if (!aircraft && c.T[k].lx.trigger != Trig::None) return false;
    }
    return false;
}

bool coordinatedAircraftSubject(const Clause& c, size_t t) {
    if (relativeFlownAircraftSubject(c, t)) return true;
    if (t < c.a + 2 || !c.T[t - 1].is("and")) return false;
    for (size_t k = c.a; k < t; ++k) {
        if (isAircraft(c.ctx, k)) return true;
        if (isVerbLike(c.T[k]) || c.T[k].text == ",") return false;
    }
    return false;
}

void markAirDelivered(Clause& c) {
    for (auto& e : c.frames) {
        if (e.kind != Trig::Launch) continue;
        bool bomb = false, aircraft = false, standoff = false;
        for (size_t k = e.trig + 1; k < c.b && k < e.trig + 14; ++k) {
            if (c.T[k].text == "," || c.T[k].text == ";") break;
            bomb |= c.T[k].is("bomb") || c.T[k].is("bombs");
            standoff |= k < e.trig + 6 && c.T[k].lx.standoff(); // "B-52s launched 13 air-launched cruise missiles"
        }
        if (standoff && !bomb) continue;
        for (size_t k = e.trig; k > c.a && e.trig - k < 12;) {
            --k;
            if (c.T[k].text == ";" || c.T[k].is("from")) break;
            aircraft |= isAircraft(c.ctx, k) || c.T[k].is("drone") || c.T[k].is("drones");
        }
        // Aircraft that flew from a base and dropped munitions: an air strike from that base.
        const bool flownFrom = coordinatedAircraftSubject(c, e.trig);
        if (!bomb && !flownFrom && (!aircraft || e.from >= 0)) continue;
        if (!bomb && launchedInRelative(c, e.trig)) continue; // "the 13 drones Russia launched overnight"
        // "shot down 14 drones launched into the Red Sea": a participle of the munitions with no object of its own
        // tells their launch; drones that fire something carry it ("drones fired missiles at ...").
        if (!bomb && e.trig > c.a && c.T[e.trig - 1].lx.munitionHead() && !objectAfter(c, e.trig, 4, false))
            continue;
        // The drone is the munition when it is what was launched ("launched 40 drones"): no air strike then.
        if (!bomb && !c.T[e.trig].is("dropped") && objectAfter(c, e.trig, 4, false)) {
            size_t head = e.trig + 1;
            while (head < c.b && !c.T[head].lx.munitionHead()) ++head;
            if (head < c.b && (c.T[head].is("drone") || c.T[head].is("drones"))) continue;
        }
        e.airDelivered = true;
        e.kind = Trig::Strike;
    }
}

// "U.S. forces conducted strikes in Iraq and Syria", "carried out a series of airstrikes", "launched retaliatory
// strikes": a strike noun as the object of a verb of doing, in the simple past, tells one. Not "has conducted strikes
// for years", "will conduct", "plans to carry out strikes".
bool performedStrike(const Clause& c, size_t trig) {
    const auto& T = c.T;
    size_t k = trig;
    for (int skipped = 0; k > c.a && skipped < 4; ++skipped) {
        const Tok& t = T[k - 1];
        const bool modifier = t.lx.determiner() || t.number || smallCountWord(t.lower) || t.is("series") ||
                              t.is("of") || t.is("wave") || t.is("waves") || t.is("round") || t.is("new") ||
                              t.is("more") || t.is("additional") || t.is("several") || t.is("multiple") ||
                              t.is("retaliatory") || t.is("precision") || t.is("air") || t.is("coalition");
        if (!modifier) break;
        --k;
    }
    if (k == c.a) return false;
    size_t verb = k - 1;
    if (T[verb].is("out") && verb > c.a) --verb; // "carried out"
    const Tok& v = T[verb];
    const bool doing = v.is("conducted") || v.is("launched") || v.is("executed") || v.is("mounted") ||
                       v.is("staged") || v.is("undertook") || (v.is("carried") && T[verb + 1].is("out"));
    if (!doing || verb == c.a) return doing;
    const Tok& before = T[verb - 1];
    return !(before.is("has") || before.is("have") || before.is("had") || before.is("to"));
}

// "About 100 cruise missiles have been fired since the operation began", "Russia has launched more than 9,000 missiles
// since February 2022": a perfect with "since" after it counts up a campaign. Its count is a claim; it is no one
// launch or strike, and lends no count or time to one.
bool tallySince(const Clause& c, const EventFrame& e) {
    const auto& T = c.T;
    size_t q = e.trig;
    if (q > c.a && T[q - 1].is("been")) --q;
    while (q > c.a && q + 3 > e.trig && T[q - 1].lower.ends_with("ly")) --q; // "have reportedly been fired"
    if (q == c.a || !(T[q - 1].is("have") || T[q - 1].is("has"))) return false;
    // "Since Monday, militants have fired more than 1,000 rockets at Israel": the tally's start opens the clause.
    for (size_t k = c.a; k + 1 < q; ++k)
        if (T[k].is("since") && (k == c.a || T[k - 1].text == "," || T[k - 1].text == ";")) return true;
    for (size_t k = e.trig + 1; k < c.b && k < e.trig + 12; ++k) {
        if (T[k].text == ";" || T[k].lx.speechVerb()) return false;
        if (T[k].is("since")) return true;
    }
    return false;
}

// Filters: a strike needs a count, a target below country level, or a target and a time of its own; a crash its place
// or count; a flight or a violation its place.
bool keepFrame(const Clause& c, const EventFrame& e) {
    if (tallySince(c, e)) return false;
    // "explosions were reported in Lviv, Dnipro and Kharkiv" tells where strikes landed; "two interceptors rose,
    // followed by a loud blast" tells of no place at all: an explosion is an event of its own only where it was.
    const auto w = c.T[e.trig].lower;
    if ((w.starts_with("explosion") || w.starts_with("blast")) && e.to.empty()) return false;
    if (e.kind == Trig::Strike) {
        bool specific = false;
        for (int p : e.to) specific |= c.out.places[p].kind != "country";
        bool counted = false;
        for (int k : e.claims) {
            const auto u = c.ctx.claimInfo[k].unit;
            counted |= u == lex::UnitClass::Strike || u == lex::UnitClass::Target || u == lex::UnitClass::Munition ||
                       c.ctx.claimInfo[k].anaphorOf >= 0;
        }
        // A dated strike on a named place: "drone attacks ... since July 14", "an airstrike in Somalia ... on Tuesday".
        const bool dated = !e.to.empty() && e.time >= 0;
        // A told strike, not a habit: "launched cruise missile strikes against facilities in Afghanistan", "struck
        // targets in Iraq", but not "has struck targets in Syria for years".
        const auto& T = c.T;
        // "The Israeli military said it had struck Iranian targets in Syria": a past perfect after a speech verb is
        // the told past, reported.
        bool reportedPast = false;
        for (size_t k = e.trig - 1; e.trig > c.a + 1 && k > c.a && e.trig - k <= 4 && !reportedPast; --k)
            reportedPast = T[e.trig - 1].is("had") && T[k - 1].lx.speechVerb();
        const bool perfect = e.trig > c.a && !reportedPast &&
                             (T[e.trig - 1].is("has") || T[e.trig - 1].is("have") || T[e.trig - 1].is("had"));
        bool targetsNamed = false;
        // "struck Iranian Quds Force targets": the object's head, past its modifiers and a name of a few words.
        for (size_t k = e.trig + 1; k < c.b && k <= e.trig + 6 && T[k].word && !T[k].lx.preposition(); ++k)
            targetsNamed |= T[k].lx.unit == lex::UnitClass::Target;
        const bool told =
            !e.to.empty() && !perfect && (!e.munition.empty() || targetsNamed || performedStrike(c, e.trig));
        return specific || counted || dated || told;
    }
    if (e.kind == Trig::Crash) return !e.to.empty() || e.count || e.countAll;
    if (e.kind == Trig::Flight || e.kind == Trig::Airspace) return !e.to.empty();
    return true;
}

} // namespace

// "the missiles were fired from Tu-95 bombers over the Caspian Sea and from warships in the Black Sea": a launch
// told from several areas is a whole (its count, no origin) and one launch from each area, whose counts the text
// does not give. Each part keeps the whole's targets, time, actor and munition.
void splitOrigins(Clause& c) {
    std::vector<EventFrame> parts;
    for (auto& e : c.frames) {
        if (e.kind != Trig::Launch || e.moreFrom.empty()) continue;
        std::vector<int> areas{e.from};
        areas.insert(areas.end(), e.moreFrom.begin(), e.moreFrom.end());
        for (int area : areas) {
            EventFrame part = e;
            part.from = area;
            part.moreFrom.clear();
            part.count.reset();
            part.claims.clear();
            part.countAll = false;
            part.areaPart = true;
            parts.push_back(std::move(part));
        }
        e.from = -1;
        e.moreFrom.clear();
        e.wholeOfAreas = true;
    }
    for (auto& part : parts) c.frames.push_back(std::move(part));
}

// "At least 20 rockets landed in and around Haifa": munitions that landed in a town struck it; "landed in the sea",
// "landed in open fields near X" are crashes.
void landedOnTowns(Clause& c) {
    for (auto& e : c.frames) {
        const auto w = c.T[e.trig].lower;
        if (e.kind != Trig::Crash || e.to.empty() || (w != "landed" && w != "land" && w != "lands")) continue;
        bool towns = true;
        for (int p : e.to) {
            const auto& kind = c.out.places[static_cast<size_t>(p)].kind;
            towns &= kind == "city" || kind == "base";
        }
        for (size_t q = e.trig + 1; q < std::min(c.b, e.trig + 8) && towns; ++q)
            towns = !(c.T[q].is("open") || c.T[q].is("fields") || c.T[q].is("field") || c.T[q].is("desert") ||
                      c.T[q].is("uninhabited") || c.T[q].is("unpopulated") || c.T[q].is("harmlessly") ||
                      c.T[q].lx.cue == lex::Cue::Sea);
        if (towns) e.kind = Trig::Strike;
    }
}

std::vector<EventFrame> readSentenceFrames(Context& ctx, scenario::Scenario& out, int s, std::vector<int>& datedTimes) {
    const auto [a, b] = ctx.sentenceTokens(s);
    Clause c{ctx, out, ctx.toks, s, a, b, {}, {}, false, {}};
    openFrames(c);
    if (c.frames.empty()) {
        // "Coalition forces launched Operation Odyssey Dawn today": no event of its own, but it dates what follows;
        // so does a sentence that tells munitions seen ("after detecting two inbound missiles ... Oct. 15").
        for (size_t i = a; i < b; ++i)
            if ((c.T[i].lx.trigger != Trig::None && c.T[i].lx.trigger != Trig::ViolationVerb && !negated(c, i)) ||
                ((c.T[i].lower.starts_with("detect") || c.T[i].lower == "spotted" || c.T[i].lower == "tracked") &&
                 nearPred(c, i, 0, 6, isMunition))) {
                addDatingTimes(ctx, s, datedTimes);
                break;
            }
        return {};
    }
    for (size_t k = 0; k < out.claims.size(); ++k)
        if (out.claims[k].sentence == s) c.claims.push_back(static_cast<int>(k));
    shapeStrikes(c);
    splitStrikesByMunitionCount(c);
    splitPassiveStrikesByCount(c);
    splitLaunches(c);
    splitEllipticalIntercepts(c);
    cutAtTemporalClauses(c);
    attachClaims(c);
    for (auto& e : c.frames) {
        if (e.kind == Trig::Crash && !e.count && ordinalSubject(c, e.trig)) e.count = 1; // "a fourth landed"
        if (e.kind == Trig::Intercept && failedIntercept(c, e.trig)) e.count = 0;
        e.causeIncident = !c.ctx.otherIncident.empty() && c.ctx.otherIncident[e.trig] == 2;
        e.madeOf = e.kind == Trig::Strike && madeOfMunitions(c, e.trig);
    }
    attachPlaces(ctx, out, s, c.frames, c.hasLaunch);
    attachActorsAndTimes(ctx, s, c.frames, datedTimes);
    landedOnTowns(c);
    markAirDelivered(c);
    splitByMunition(c);
    splitListedMunitions(c);
    interceptorsFired(c);
    splitOrigins(c);
    // A country does not violate its own airspace: "Turkey says ... an aircraft ... had intruded into its airspace".
    for (auto& e : c.frames)
        if (e.kind == Trig::Airspace)
            for (int p : e.to)
                if (!e.actor.empty() && out.places[p].country == e.actor) e.actor.clear();
    for (auto& e : c.frames) e.standalone = keepFrame(c, e);
    return std::move(c.frames);
}

// A count written as a word, one to ninety ("two", "Three", "twenty-three").
bool restQuantifier(std::string_view lower) {
    static constexpr std::string_view kRest[] = {"rest", "others", "remainder", "remaining", "most", "many", "some",
                                                 "several"};
    return std::find(std::begin(kRest), std::end(kRest), lower) != std::end(kRest);
}

bool smallCountWord(std::string_view lower) {
    static constexpr std::string_view kCounts[] = {
        "one",      "two",     "three",    "four",     "five",      "six",     "seven",   "eight",  "nine",
        "ten",      "eleven",  "twelve",   "thirteen", "fourteen",  "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty",  "thirty",   "forty",     "fifty",   "sixty",   "seventy", "eighty",
        "ninety"};
    const auto known = [&](std::string_view w) { return std::find(std::begin(kCounts), std::end(kCounts), w) != std::end(kCounts); };
    // "twenty-three"
    const size_t dash = lower.find('-');
    if (dash != std::string_view::npos) return known(lower.substr(0, dash)) && known(lower.substr(dash + 1));
    return known(lower);
}

bool elidedMunitionCount(const Context& ctx, size_t k) {
    const auto& T = ctx.toks;
    if (!T[k].number && !smallCountWord(T[k].lower)) return false;
    const auto& infos = ctx.claimInfo; // in text order: one binary search
    const auto at = std::lower_bound(infos.begin(), infos.end(), k,
                                     [](const ClaimInfo& x, size_t tok) { return x.numberTok < tok; });
    return at != infos.end() && at->numberTok == k && at->elided;
}

namespace {
// "the weapons", "these weapons" with munitions told in an earlier sentence: the generic word repeats them. Within
// one sentence the munitions are there to be read themselves ("drones and cruise missiles used in Saturday's attack
// ... said the weapons could not have been fired from Yemen").
bool repeatsToldMunitions(const Context& ctx, size_t k) {
    const auto& T = ctx.toks;
    if (k == 0 || !(T[k - 1].is("the") || T[k - 1].is("these") || T[k - 1].is("those"))) return false;
    for (size_t j = k - 1; j-- > 0;)
        if (T[j].sentence != T[k].sentence && T[j].lx.munitionHead() && !T[j].is("weapons")) return true;
    return false;
}
} // namespace

// "the targets included command centers, rockets, missiles and drone storage sites", "struck 85 targets, including
// rocket launchers": a munition listed after "included" or "including" that follows a target noun is among what was
// hit, not what hit it.
bool listedAsTarget(const Context& ctx, size_t k) {
    const auto& T = ctx.toks;
    for (size_t q = k; q > 0 && k - q < 10;) {
        --q;
        if (T[q].sentence != T[k].sentence || T[q].text == ";" || T[q].lx.trigger != lex::Trigger::None) return false;
        if (!(T[q].is("included") || T[q].is("include") || T[q].is("includes") || T[q].is("including"))) continue;
        size_t head = q;
        while (head > 0 && (T[head - 1].text == "," || T[head - 1].number) && q - head < 3) --head;
        return head > 0 && T[head - 1].lx.unit == lex::UnitClass::Target;
    }
    return false;
}

bool munitionToken(const Context& ctx, size_t k) {
    const auto& T = ctx.toks;
    if (T[k].number || smallCountWord(T[k].lower)) return elidedMunitionCount(ctx, k);
    if (k > 0 && lex::isVehicleBomb(T[k - 1].lower, T[k].lower)) return false; // "destroying two vehicle bombs"
    if (!T[k].lx.munitionHead()) {
        // "unmanned aerial systems", "unmanned aerial vehicles": drones.
        const auto w = T[k].lower;
        return (w.starts_with("system") || w.starts_with("vehicle")) && k > 0 &&
               (T[k - 1].is("aerial") || T[k - 1].is("unmanned"));
    }
    // "weapons" is a munition only where the text counts them ("launched 105 weapons") or repeats munitions told
    // before ("18 drones and seven cruise missiles ... the weapons were launched from inside Iran"), not in "chemical
    // weapons".
    if (T[k].is("weapons") &&
        std::none_of(ctx.claimInfo.begin(), ctx.claimInfo.end(), [&](const ClaimInfo& c) { return c.headTok == k; }) &&
        !repeatsToldMunitions(ctx, k))
        return false;
    if (listedAsTarget(ctx, k)) return false;
    if (k + 1 >= T.size() || T[k + 1].sentence != T[k].sentence) return true;
    const Tok& n = T[k + 1]; // compared through Tok::is: in line, no memcmp
    // "rocket and missile storage sites": a singular munition noun coordinated with one that modifies a place.
    if ((n.is("and") || n.is("or")) && !T[k].lower.ends_with("s") && k + 2 < T.size() &&
        T[k + 2].sentence == T[k].sentence && T[k + 2].lx.munitionHead() && !munitionToken(ctx, k + 2))
        return false;
    return !(n.is("defense") || n.is("defence") || n.is("system") || n.is("systems") || n.is("parts") ||
             n.is("program") || n.is("programme") || n.is("factory") || n.is("factories") || n.is("production") ||
             n.is("launcher") || n.is("launchers") || n.is("battery") || n.is("batteries") || n.is("site") ||
             n.is("sites") || n.is("base") || n.is("bases") || n.is("unit") || n.is("units") || n.is("threat") ||
             n.is("threats") || n.is("facility") || n.is("facilities") || n.is("storage") || n.is("depot") ||
             n.is("depots") || n.is("cache") || n.is("caches") || n.is("warehouse") || n.is("warehouses") ||
             n.is("plant") || n.is("plants") || n.is("workshop") || n.is("workshops") || n.is("components"));
}

// "against what President Bill Clinton described as terrorist facilities in Afghanistan": a speaker's naming of the
// object ("what X described as", "what X called") wraps it; it opens no speech of its own.
bool namingFrame(const Context& ctx, size_t x, size_t verb) {
    const auto& T = ctx.toks;
    if (verb + 1 >= T.size() || !(T[verb + 1].is("as") || T[verb].is("called") || T[verb].is("termed"))) return false;
    for (size_t k = verb; k > x + 1 && verb - k < 7;) {
        --k;
        if (T[k].is("what")) return true;
        if (T[k].text == "," || T[k].lx.trigger != lex::Trigger::None) return false;
    }
    return false;
}

bool intendedVerb(const std::vector<Tok>& T, size_t k, size_t a) {
    if (k < a + 2 || !T[k - 1].is("to")) return false;
    const auto v = T[k - 2].lower;
    return !(v == "began" || v == "begun" || v == "begin" || v == "started" || v == "continued" || v == "continue" ||
             v == "went" || v == "proceeded");
}

bool speechBetween(const Context& ctx, size_t x, size_t y) {
    const auto& T = ctx.toks;
    if (x > y) std::swap(x, y);
    for (size_t q = x + 1; q < y; ++q) {
        // "Strikes were (also) reported in Kyiv": a passive speech verb tells of the event; nobody speaks.
        size_t aux = q - 1;
        while (aux > x && (T[aux].is("also") || T[aux].is("widely") || T[aux].is("later"))) --aux;
        const auto before = T[aux].lower;
        const bool passive = before == "was" || before == "were" || before == "been" || before == "is" || before == "are";
        // "fired missiles at what it said were militant bases": the speech only names what was hit.
        const bool whatSaid = q + 1 < y && q >= x + 3 && T[q - 2].is("what") &&
                              (T[q + 1].is("were") || T[q + 1].is("was") || T[q + 1].is("are") || T[q + 1].is("is"));
        if (T[q].lx.speechVerb() && !passive && !whatSaid && !namingFrame(ctx, x, q)) return true;
        if (T[q].text == "\"") {
            size_t close = q + 1;
            while (close < y && close <= q + 5 && T[close].text != "\"") ++close;
            if (close < y && T[close].text == "\"" && close <= q + 5) { q = close; continue; } // a quoted name
            return true;
        }
        if (T[q].text == "'" && !T[q].word) return true;
    }
    return false;
}

EventFrame* frameOwning(const Context& ctx, std::vector<EventFrame>& frames, size_t tok, bool preferLaunch) {
    EventFrame* best = nullptr;
    long bestD = LONG_MAX;
    for (auto& e : frames) {
        if (tok < e.scopeStart || tok >= e.scopeEnd || speechBetween(ctx, e.trig, tok)) continue;
        if (preferLaunch && e.kind == Trig::Launch) return &e;
        const long d = tok >= e.trig ? long(tok - e.trig) : 2 * long(e.trig - tok);
        if (d < bestD) { bestD = d; best = &e; }
    }
    return best;
}

const char* kindName(lex::Trigger t) {
    switch (t) {
    case Trig::Launch: return "launch";
    case Trig::Strike: return "strike";
    case Trig::Crash: return "crash";
    case Trig::Intercept: return "intercept";
    case Trig::Airspace: return "airspace_violation";
    case Trig::Flight: return "flight";
    default: return "strike";
    }
}

namespace {
// The armed group an actor text names, singular and lower case: "Houthi rebels", "Houthis" -> "houthi"; or "".
std::string armedGroupKey(const std::string& actor) {
    std::string first = asciiLower(std::string_view(actor).substr(0, actor.find(' ')));
    if (!lex::isArmedGroupName(first)) return {};
    if (first.size() > 3 && first.back() == 's' && lex::isArmedGroupName(first.substr(0, first.size() - 1)))
        first.pop_back();
    return first;
}
} // namespace

bool compatibleText(const std::string& x, const std::string& y) {
    if (x.empty() || y.empty() || x == y || x.find(y) != std::string::npos || y.find(x) != std::string::npos)
        return true;
    const std::string gx = armedGroupKey(x);
    return !gx.empty() && gx == armedGroupKey(y);
}

} // namespace salvo::extract::detail

