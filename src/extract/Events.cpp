// Events: the frames of every sentence (EventClauses.cpp) joined into the scenario's events through the discourse.
//
// Time carries: a frame with no time of its own takes the time of the latest sentence that dated an event-like clause
// ("continued to attack ... yesterday. ... Near Mosul, three strikes ..."). Frames merge in text order when they are
// compatible: same kind, no conflicting actor, munition or origin, no different counts, and no different days — two
// incidents are never joined and a slot is never filled from another incident; strikes also need a shared target
// country, count or place within a few sentences. An uncounted definite "the strikes" refers back to the launch or
// strike just told. Then a crash or an intercept is linked to the launch it belongs to and fills what the other
// lacks (origin, day, "all of them"); stances are settled against the event's actor.
#include "extract/EventFrames.hpp"

#include "core/Utf8.hpp"

#include <algorithm>
#include <cmath>

namespace salvo::extract::detail {
namespace {

using Trig = lex::Trigger;

struct Built {
    EventFrame e;
    std::vector<int> sentences;
    int lastSentence = -1;
    int partOf = -1; // the index of the larger launch this one is a part of ("14 of the missiles")
    int refines = -1; // after takeWholes: the index of the launch from several areas this one is the part from one of
    int madeOfSentence = -1; // the sentence whose list of what the attack was made of gave it its munition
};

int effectiveTime(const EventFrame& e) { return e.time >= 0 ? e.time : e.carriedTime; }

// The local wall-clock stretch of a time expression that waits for its zone, in seconds as if local were UTC.
// A calendar day written with no zone ("on Saturday") is its own label, so local too.
std::optional<std::pair<double, double>> localStretch(const text::TimeExpr& t) {
    if (!t.needsZone && t.zone.empty() && t.resolved && t.interval.precision == TimePrecision::Day &&
        t.interval.end.unixSeconds - t.interval.start.unixSeconds <= 86400.0)
        return std::make_pair(t.interval.start.unixSeconds, t.interval.end.unixSeconds);
    if (!t.needsZone || t.localYear < 0 || t.localMonth < 0 || t.localDay < 0) return std::nullopt;
    const bool wholeDay = t.localHour < 0;
    const double start =
        utcFromParts(t.localYear, t.localMonth, t.localDay, wholeDay ? 0 : t.localHour, std::max(0, t.localMinute))
            .unixSeconds;
    return std::make_pair(start, start + (wholeDay ? 86400.0 : 60.0 * t.localSpanMinutes));
}

// Two time expressions that cannot be the same happening: their intervals, widened by half a day for zones, are
// apart; two local stretches ("overnight" and "the night before", "overnight" and "on Saturday") are compared in
// local time.
bool differentDays(const Context& ctx, int x, int y) {
    if (x < 0 || y < 0 || x == y) return false;
    if (const auto lx = localStretch(ctx.doc.times[x]), ly = localStretch(ctx.doc.times[y]); lx && ly) {
        // "on Saturday" in a Washington release and "2:22 a.m. local time on Sunday" in Baghdad: stretches written
        // for different zones may be up to half a day apart and still meet.
        const double slack = ctx.doc.times[x].zone != ctx.doc.times[y].zone ? 12 * 3600.0 : 0.0;
        return lx->second + slack <= ly->first || ly->second + slack <= lx->first;
    }
    const auto& p = ctx.doc.times[x].interval;
    const auto& q = ctx.doc.times[y].interval;
    if (p.precision == TimePrecision::Unknown || q.precision == TimePrecision::Unknown) return false;
    const double slack = 12 * 3600.0;
    return p.end.unixSeconds + slack < q.start.unixSeconds || q.end.unixSeconds + slack < p.start.unixSeconds;
}

// How finely a place locates an origin: a country, a part of one ("western Iran"), a division, a point.
int originPrecision(const scenario::Place& p) {
    if (p.kind == "country") return 0;
    if (p.kind == "region") return 1;
    return p.kind == "admin1" ? 2 : 3;
}

// Origins agree when they are the same place or one is the country, or a part of the country, of the other ("near
// Sinpo" and "from North Korea"; "from western Iran" and "from the Kermanshah and Kurdistan provinces").
bool compatibleOrigins(const scenario::Scenario& out, int x, int y) {
    if (x < 0 || y < 0 || x == y) return true;
    const auto& p = out.places[x];
    const auto& q = out.places[y];
    return p.country == q.country && !p.country.empty() && std::min(originPrecision(p), originPrecision(q)) <= 1;
}

// Is the frame's subject a definite munition noun right before its trigger ("the missile was launched")?
// The munition noun phrase right before a frame's trigger, past auxiliaries ("Three of the missiles were aimed at"):
// its first token and the token after it (the auxiliaries' start). first == verb when there is none.
struct MunitionSubject {
    size_t first = 0, verb = 0;
};

MunitionSubject munitionSubject(const Context& ctx, const EventFrame& m) {
    const auto& T = ctx.toks;
    size_t k = m.trig;
    while (k > 0 && m.trig - k < 3 && T[k - 1].sentence == m.sentence &&
           (T[k - 1].is("were") || T[k - 1].is("was") || T[k - 1].is("been") || T[k - 1].is("had") ||
            T[k - 1].is("also") || T[k - 1].is("that") || T[k - 1].is("which"))) // "the drone that hit Tel Aviv"
        --k;
    const size_t verb = k;
    // "The Katyusha rocket", "the Kalibr missiles": a weapon's name in capitals before the munition noun is part of it.
    while (k > 0 && verb - k < 4 && T[k - 1].sentence == m.sentence &&
           (T[k - 1].lx.munitionHead() || T[k - 1].lx.munitionModifier() ||
            (k < verb && T[k - 1].cap && !T[k - 1].sentenceInitial && ctx.mentionAtToken(k - 1) < 0 &&
             !ctx.demonymOf(k - 1))))
        --k;
    return {k, verb};
}

bool definiteMunitionSubject(const Context& ctx, const EventFrame& m) {
    const auto& T = ctx.toks;
    const auto [k, verb] = munitionSubject(ctx, m);
    return k < verb && k > 0 && T[k - 1].sentence == m.sentence &&
           (T[k - 1].is("the") || T[k - 1].is("this") || T[k - 1].is("these"));
}

// The head noun of a munition text, singular: "cruise missiles" -> "missile".
std::string_view munitionHead(std::string_view m) {
    const size_t space = m.rfind(' ');
    if (space != std::string_view::npos) m.remove_prefix(space + 1);
    if (m.size() > 1 && m.back() == 's') m.remove_suffix(1);
    return m;
}

// "22 missiles struck": a count right before the munition noun the strike verb follows. "A few ballistic missiles got
// through and caused minor damage to X": a munition noun opening the sentence, with no other event verb or comma
// between it and the strike's.
bool countedMunitionSubject(const Context& ctx, const EventFrame& m) {
    const auto& T = ctx.toks;
    const auto [k, verb] = munitionSubject(ctx, m);
    if (k < verb && k > 0 && T[k - 1].sentence == m.sentence && T[k - 1].number) return true;
    const size_t first = ctx.sentenceTokens(m.sentence).first;
    if (m.trig > first && elidedMunitionCount(ctx, m.trig - 1)) return true; // "Eleven hit Al Asad"
    for (size_t q = m.trig; q > first && m.trig - q < 10;) {
        --q;
        if (T[q].text == "," || (T[q].lx.trigger != lex::Trigger::None && q != m.trig)) return false;
        if (!T[q].lx.munitionHead()) continue;
        size_t start = q;
        while (start > first && (T[start - 1].lx.munitionModifier() || T[start - 1].lx.munitionHead() ||
                                 T[start - 1].lx.determiner() || T[start - 1].is("few")))
            --start;
        return start == first;
    }
    return false;
}

// Munition words: a class word ("cruise"), or a particular weapon with its class when it has one ("Tomahawk":
// cruise; "JASSM": none told). Scanned in this order, first match first.
struct MunitionWord {
    std::string_view name, cls;
    bool weapon;
};
constexpr MunitionWord kMunitionWords[] = {
    {"cruise", "cruise", false},        {"tomahawk", "cruise", true},    {"tlam", "cruise", true},
    {"kalibr", "cruise", true},         {"kh-101", "cruise", true},      {"kh-555", "cruise", true},
    {"kh-22", "", true},                {"storm shadow", "cruise", true}, {"scalp", "cruise", true},
    {"jassm", "", true},                {"joint air-to-surface", "", true}, {"air-to-surface standoff", "", true},
    {"alcm", "", true},
    {"ballistic", "ballistic", false},  {"scud", "ballistic", true},     {"iskander", "ballistic", true},
    {"kinzhal", "", true},              {"fateh", "ballistic", true},    {"shahab", "ballistic", true},
    {"hwasong", "ballistic", true},     {"atacms", "ballistic", true},   {"surface-to-air", "sam", false},
    {"air-to-air", "air-to-air", false}, {"anti-ship", "anti-ship", false}, {"drone", "drone", false},
    {"uav", "drone", false},            {"uas", "drone", false},         {"unmanned", "drone", false},
    {"shahed", "drone", true},          {"geran", "drone", true},        {"qassam", "", true},
    {"grad", "", true},                 {"hellfire", "", true}};

// The class a munition text names, by a class word or a weapon of that class ("Tomahawk": cruise), or "".
std::string_view munitionClass(std::string_view m) {
    const std::string lower = asciiLower(m);
    for (const auto& w : kMunitionWords)
        if (!w.cls.empty() && lower.find(w.name) != std::string::npos) return w.cls;
    return {};
}

// The particular weapon a munition text names ("Tomahawk", "Storm Shadow", "JASSM"), or "": a class word ("cruise")
// or a head noun ("missiles") names none.
std::string_view namedWeapon(std::string_view m) {
    const std::string lower = asciiLower(m);
    for (const auto& w : kMunitionWords)
        if (w.weapon && lower.find(w.name) != std::string::npos) return w.name == "tlam" ? "tomahawk" : w.name;
    return {};
}

// Munitions told in two wordings of one kind: one of them named only by its class and range, and the same class
// or head noun ("ballistic missiles" and "surface-to-surface missiles", "17 more cruise missiles" and "All 17 were
// Tomahawks"); never two classes ("cruise" and "ballistic"), nor two particular weapons ("Tomahawk land attack
// missiles" and "Joint Air-to-Surface Standoff Missiles", "Tomahawks" and "SCALP missiles").
bool compatibleMunition(const std::string& x, const std::string& y) {
    if (compatibleText(x, y)) return true;
    // "23 Tomahawks" and "nine SCALP missiles": two particular weapons, however short their names.
    const auto wx = namedWeapon(x), wy = namedWeapon(y);
    if (!wx.empty() && !wy.empty()) return wx == wy;
    static constexpr std::string_view kGeneric[] = {
        "cruise",     "ballistic", "surface-to-surface", "short-range", "medium-range", "intermediate-range",
        "long-range", "guided",    "attack",             "one-way",     "owa",          "unmanned",
        "aerial",     "suicide",   "kamikaze",           "explosive"};
    const auto generic = [&](const std::string& text) {
        const std::string lower = asciiLower(text);
        const std::string_view m = lower;
        const size_t head = m.rfind(' ');
        if (head == std::string_view::npos) return true;
        for (size_t a = 0; a < head;) {
            const size_t b = std::min(m.find(' ', a), head);
            if (std::find(std::begin(kGeneric), std::end(kGeneric), m.substr(a, b - a)) == std::end(kGeneric))
                return false;
            a = b + 1;
        }
        return true;
    };
    if (!generic(x) && !generic(y)) return false;
    const auto cx = munitionClass(x), cy = munitionClass(y);
    if (!cx.empty() && !cy.empty()) return cx == cy;
    if (munitionHead(x) == munitionHead(y)) return true;
    // "59 Tomahawk missiles" told as "tomahawk", then "launched the missiles": a weapon of a missile class is a
    // missile (a drone's class, a drone), so the bare head noun repeats it.
    const auto kindNoun = [](const std::string& text) {
        const auto cls = munitionClass(text);
        if (cls.empty() || namedWeapon(text).empty()) return std::string(munitionHead(text));
        return std::string(cls == "drone" ? "drone" : "missile");
    };
    return kindNoun(x) == kindNoun(y);
}

// Did the side `actor` suffer frame e ("U.S. forces have been attacked")? Then e is none of that side's doing.
bool sufferedBy(const EventFrame& e, const std::string& actor) { return !e.victim.empty() && e.victim == actor; }

bool sameIncident(const Context& ctx, const scenario::Scenario& out, const EventFrame& e, const EventFrame& m) {
    // A weak actor, the speaker's country, is only a guess and does not keep "the missile" apart from the launch it
    // names: "South Korea's Joint Chiefs of Staff said the missile was launched from Sunan" tells North Korea's launch.
    if (!compatibleText(e.actor, m.actor) && !((!e.actorStrong || !m.actorStrong) && definiteMunitionSubject(ctx, m)))
        return false;
    // For an air strike the "munition" found may be the platform ("a drone strike", "the drone fired two missiles").
    if (e.kind != Trig::Strike && !compatibleMunition(e.munition, m.munition)) return false;
    // "U.S. forces struck two facilities ... U.S. and coalition forces have been attacked 19 times": who suffered
    // one did not carry out the other.
    if (sufferedBy(m, e.actor) || sufferedBy(e, m.actor)) return false;
    // "attacked Odesa with 19 missiles and 19 drones": one verb split by munition stays split, even at equal counts.
    if (e.sentence == m.sentence && e.trig == m.trig && !compatibleMunition(e.munition, m.munition)) return false;
    if (!compatibleOrigins(out, e.from, m.from)) return false;
    // "The Houthis said the drone that hit Tel Aviv was a new type": a definite reference with no time of its own is
    // not kept apart by the day the sentence before it carried.
    const bool undatedReference = m.time < 0 && definiteMunitionSubject(ctx, m);
    if (!undatedReference && differentDays(ctx, effectiveTime(e), effectiveTime(m))) return false;
    bool anaphor = false;
    for (int c : m.claims)
        if (ctx.claimInfo[c].anaphorOf >= 0)
            anaphor |= std::find(e.claims.begin(), e.claims.end(), ctx.claimInfo[c].anaphorOf) != e.claims.end();
    // A definite repeat ("the two strikes") must agree; different counts of strikes are different events. Different
    // counts of one launch are claims that disagree (they become a conflict in the ledger), unless their days differ.
    return !(e.kind == Trig::Strike && e.count && m.count && *e.count != *m.count && !anaphor &&
             e.countIsStrikes == m.countIsStrikes);
}

// "F-35 jets fired six missiles at the building", "dropped two 2,000-pound satellite-guided bunker-buster bombs on
// the compound": a definite target noun with no place, the one told before (up to a comma or the next trigger).
bool definiteTargetObject(const Context& ctx, const EventFrame& m) {
    const auto& T = ctx.toks;
    const auto [a, b] = ctx.sentenceTokens(m.sentence);
    for (size_t q = m.trig + 1; q + 2 < b && q <= m.trig + 14; ++q) {
        if (T[q].text == "," || T[q].text == ";" || T[q].lx.trigger != lex::Trigger::None) break;
        if ((T[q].is("at") || T[q].is("on")) && T[q + 1].is("the") && T[q + 2].lx.unit == lex::UnitClass::Target)
            return true;
    }
    return false;
}

// Two times more than a week apart ("on Sunday" and "in 2023"): the events are not of one campaign, and one lends
// the other nothing (waves of drones on consecutive nights share their targets).
bool differentCampaigns(const Context& ctx, int x, int y) {
    if (x < 0 || y < 0 || x == y) return false;
    const auto& p = ctx.doc.times[x].interval;
    const auto& q = ctx.doc.times[y].interval;
    if (p.precision == TimePrecision::Unknown || q.precision == TimePrecision::Unknown) return false;
    const double week = 7 * 86400.0;
    return p.end.unixSeconds + week < q.start.unixSeconds || q.end.unixSeconds + week < p.start.unixSeconds;
}

// How well frame m joins event ev, or nothing when it may not.
bool sumsUp(const Context& ctx, int sentence);

std::optional<double> joinScore(const Context& ctx, const scenario::Scenario& out, const Built& ev, const EventFrame& m) {
    const auto& e = ev.e;
    if (e.kind != m.kind || !sameIncident(ctx, out, e, m)) return std::nullopt;
    // A launch told from several areas and its parts from each stay apart; the whole takes no single area.
    if ((e.wholeOfAreas && (m.from >= 0 || m.areaPart)) || (e.areaPart && m.wholeOfAreas)) return std::nullopt;
    // "Two B-1B bombers launched 19 ..., and British aircraft fired 17 ...": launches the sentence counts apart.
    if (e.kind == Trig::Launch && m.sentence == e.sentence && e.count && m.count && *e.count != *m.count)
        return std::nullopt;
    // "the frigate fired three naval cruise missiles. Two B-1B bombers launched 19 Joint Air-to-Surface Standoff
    // Missiles": a count of a particular weapon and another count of munitions named otherwise are two launches of a
    // breakdown, not two figures for one.
    const bool otherWeapon =
        !compatibleText(e.munition, m.munition) && namedWeapon(e.munition) != namedWeapon(m.munition);
    if (e.kind == Trig::Launch && e.count && m.count && *e.count != *m.count && otherWeapon) return std::nullopt;
    // "... fired 30 ... fired seven ... fired 23. A total of 60 Tomahawks were launched": a total is no part's figure.
    if (e.kind == Trig::Launch && e.count && m.count && *m.count > *e.count && sumsUp(ctx, m.sentence))
        return std::nullopt;
    const auto countryOf = [&](int p) { return out.places[p].country; };
    bool anaphor = false;
    for (int c : m.claims)
        if (ctx.claimInfo[c].anaphorOf >= 0)
            anaphor |= std::find(e.claims.begin(), e.claims.end(), ctx.claimInfo[c].anaphorOf) != e.claims.end();
    // "struck targets in Tripoli and Benghazi ... Navy A-6s from carriers in the Mediterranean attacked the targets
    // in Benghazi": a strike from an area of its own on some of a strike's targets is a part of it, told apart (the
    // whole keeps no origin, which only one part has).
    if (m.kind == Trig::Strike && m.from >= 0 && e.from < 0 && e.to.size() > 1 && !m.to.empty() &&
        m.to.size() < e.to.size() &&
        std::all_of(m.to.begin(), m.to.end(),
                    [&](int p) { return std::find(e.to.begin(), e.to.end(), p) != e.to.end(); }))
        return std::nullopt;
    if (m.kind == Trig::Strike) {
        // Far apart, only the same named place on the same day ("a strike, Nov. 8, on a facility in eastern Syria"
        // ... "the Nov. 8 strikes in eastern Syria").
        bool samePlaceAndDay = false;
        for (int p : m.to)
            for (int q : e.to)
                samePlaceAndDay |= p == q && out.places[p].kind != "country" && effectiveTime(e) >= 0 &&
                                   effectiveTime(m) >= 0;
        if (m.sentence - ev.lastSentence > 2 && !samePlaceAndDay) return std::nullopt;
        // Uncounted places on one side: the next sentence may still tell the same strike ("a drone strike has killed
        // four militants. ... the drone fired two missiles at a compound in X").
        bool shared = (m.to.empty() && e.to.empty()) ||
                      ((m.to.empty() || e.to.empty()) && m.sentence - ev.lastSentence <= 1) ||
                      (m.to.empty() && !e.to.empty() && definiteTargetObject(ctx, m)); // "at the building"
        for (int p : m.to)
            for (int q : e.to) shared |= p == q || (!countryOf(p).empty() && countryOf(p) == countryOf(q));
        if (!(shared || anaphor)) return std::nullopt;
        // "In Lviv, strikes on energy facilities ... In Dnipro, several missiles hit the city": strikes told in their
        // own sentences on other towns are strikes of their own, not one strike on all of them.
        const auto towns = [&](const std::vector<int>& places) {
            return std::any_of(places.begin(), places.end(), [&](int p) {
                const auto& k = out.places[p].kind;
                return k != "country" && k != "admin1" && k != "region" && k != "sea";
            });
        };
        bool samePlace = false;
        for (int p : m.to) samePlace |= std::find(e.to.begin(), e.to.end(), p) != e.to.end();
        if (!anaphor && m.sentence != e.sentence && towns(m.to) && towns(e.to) && !samePlace) return std::nullopt;
    }
    // "66 Tomahawks at Khost. Thirteen missiles were fired at Khartoum": counted launches at places of different
    // countries are two launches, not one told twice.
    if (m.kind == Trig::Launch && e.count && m.count && *e.count != *m.count && !m.to.empty() && !e.to.empty()) {
        bool sameCountry = false;
        for (int p : m.to)
            for (int q : e.to) sameCountry |= p == q || (!countryOf(p).empty() && countryOf(p) == countryOf(q));
        if (!sameCountry && !anaphor) return std::nullopt;
    }
    if (m.kind == Trig::Crash || m.kind == Trig::Airspace || m.kind == Trig::Intercept) {
        bool overlap = m.to.empty() || e.to.empty();
        for (int p : m.to)
            for (int q : e.to) overlap |= p == q;
        if (!overlap) return std::nullopt;
    }
    // Best match: shared places, then shared countries, a repeated count, then the nearest in the text.
    double score = -0.1 * (m.sentence - ev.lastSentence);
    for (int p : m.to)
        for (int q : e.to) score += p == q ? 2.0 : (countryOf(p) == countryOf(q) ? 0.5 : 0.0);
    if (anaphor) score += 3.0;
    return score;
}


// "The strikes hit radar installations ...": an uncounted definite strike noun that merges with no strike refers back
// to the launch or strike just told (same actor or none) and adds its targets to it.
// Is one of the frame's counts a part of a set told before ("14 of the missiles", "12 of them")?
bool countsPartOfSet(const Context& ctx, const EventFrame& m) {
    // "14 of the missiles", and a bare count of the munitions just told ("fired 14 from the Red Sea")
    return std::any_of(m.claims.begin(), m.claims.end(),
                       [&](int c) { return ctx.claimInfo[c].partOfSet || ctx.claimInfo[c].elided; });
}

// "The missiles hit radar sites near Kut", "16 of the missiles hit the compound": a strike verb whose subject is the
// munitions told before (a definite or partitive munition noun right before it, or a bare plural opening the
// sentence).
bool munitionsToldBefore(const Context& ctx, const EventFrame& m) {
    const auto& T = ctx.toks;
    const auto [k, verb] = munitionSubject(ctx, m);
    if (k == verb) return false;
    // "Missiles struck energy facilities in Kharkiv": a bare plural opening the sentence, after a launch of them.
    if (k == 0 || T[k - 1].sentence != m.sentence) return !m.count && T[verb - 1].lower.ends_with("s");
    // "The two missiles hit port infrastructure", "The other three missiles hit": a definite repeat of a count told.
    if (k >= 2 && T[k - 2].sentence == m.sentence &&
        (T[k - 2].lower == "the" || T[k - 2].lower == "these" ||
         (T[k - 2].lower == "other" && k >= 3 && T[k - 3].lower == "the")) &&
        (T[k - 1].number || T[k - 1].lower == "two" || T[k - 1].lower == "three" || T[k - 1].lower == "four" ||
         T[k - 1].lower == "five"))
        return true;
    const auto d = T[k - 1].lower;
    if (d == "both") return true; // "Both missiles impacted the water"
    const bool partitive = countsPartOfSet(ctx, m);
    const bool other = d == "other" && k > 1 && T[k - 2].is("the"); // "The other missiles targeted"
    const bool some = d == "some" || d == "most" || d == "several" || d == "many" || // "Some missiles struck near X"
                      (d == "few" && k >= 2 && T[k - 2].is("a"));                      // "A few ballistic missiles"
    // "The missile struck M/V True Confidence": the one a definite singular counts is the one told before.
    const bool definiteOne = d == "the" && m.count == 1 &&
                             std::all_of(m.claims.begin(), m.claims.end(),
                                         [&](int c) {
                                             return ctx.claimInfo[c].implicit ||
                                                    ctx.claimInfo[c].unit != lex::UnitClass::Munition;
                                         });
    return ((d == "the" || d == "these" || d == "those" || other || some) && !m.count) || partitive || definiteOne;
}

Built* referredEvent(const Context& ctx, std::vector<Built>& events, EventFrame& m) {
    const auto& T = ctx.toks;
    // "The strike used a GBU-43/B bomb": a munition count may come along; a count of strikes is a strike of its own.
    if (m.kind != Trig::Strike || (m.count && m.countIsStrikes) || m.trig == 0) return nullptr;
    const bool munitions = munitionsToldBefore(ctx, m);
    // "The barrage included ...", "The first wave included ...": what a definite attack was made of refers back.
    if (T[m.trig].lx.unit != lex::UnitClass::Strike && !munitions && !m.madeOf) return nullptr;
    const auto d = T[m.trig - 1].lower;
    const bool definite = munitions || m.madeOf || d == "the" || d == "these" || d == "those" || d == "this" || d == "that" ||
                          (!m.standalone && d.ends_with("'s")); // "Thursday's strike"
    if (!definite || T[m.trig - 1].sentence != m.sentence) return nullptr;
    Built* target = nullptr;
    for (auto& ev : events)
        // A weak side (the speaker's country: "Iraqi television said ... in the raids") does not tell them apart.
        if ((ev.e.kind == Trig::Launch || ev.e.kind == Trig::Strike) && m.sentence - ev.lastSentence <= 2 &&
            (compatibleText(ev.e.actor, m.actor) || !m.actorStrong) &&
            !differentDays(ctx, effectiveTime(ev.e), effectiveTime(m)) &&
            (!munitions || ev.e.kind == Trig::Launch ||
             (!ev.e.munition.empty() && munitionHead(ev.e.munition) == munitionHead(m.munition))) &&
            (!target || ev.lastSentence >= target->lastSentence))
            target = &ev;
    // The parts of a launch told before hit what the whole hit.
    if (target && target->partOf >= 0) target = &events[target->partOf];
    // The launch's own origin is not among what it hit ("from the Red Sea" ... "on the Red Sea coast").
    if (target) std::erase(m.to, target->e.from);
    return target;
}

// Is time x finer than time y? A local clock time waiting for its zone is as fine as its wall clock, not its coarse
// all-zones bound.
bool finerTime(const Context& ctx, int x, int y) {
    const auto prec = [&](int ti) {
        const auto& t = ctx.doc.times[ti];
        if (t.needsZone && t.localHour >= 0)
            return static_cast<int>(t.localSpanMinutes > 0 ? TimePrecision::Hour : TimePrecision::Minute);
        return static_cast<int>(t.interval.precision);
    };
    return prec(x) < prec(y);
}

// "The strikes began at about 1:30 p.m. EDT": a plural reference back dates every launch and strike of the incident
// just told (same side, same day, within two sentences, or five for the one told last) that it makes finer.
void datePluralReference(const Context& ctx, std::vector<Built>& events, const EventFrame& m) {
    const auto& T = ctx.toks;
    if (m.time < 0 || m.kind != Trig::Strike || !T[m.trig].lower.ends_with("s") ||
        T[m.trig].lx.unit != lex::UnitClass::Strike)
        return;
    // The launch or strike told last: sentences that only describe its targets may stand between ("The three
    // locations in Iraq and two in Syria included ... The strikes were conducted ... on Sunday afternoon").
    const Built* latest = nullptr;
    for (const auto& ev : events)
        if ((ev.e.kind == Trig::Launch || ev.e.kind == Trig::Strike) && ev.lastSentence <= m.sentence &&
            (!latest || ev.lastSentence >= latest->lastSentence))
            latest = &ev;
    for (auto& ev : events) {
        auto& e = ev.e;
        const int gap = m.sentence - ev.lastSentence;
        if ((e.kind != Trig::Launch && e.kind != Trig::Strike) || gap > (&ev == latest ? 5 : 2) ||
            !compatibleText(e.actor, m.actor) || differentDays(ctx, effectiveTime(e), m.time))
            continue;
        if (e.time < 0 || finerTime(ctx, m.time, e.time)) e.time = m.time;
        if (std::find(ev.sentences.begin(), ev.sentences.end(), m.sentence) == ev.sentences.end())
            ev.sentences.push_back(m.sentence);
    }
}

void absorb(const Context& ctx, const scenario::Scenario& out, Built& target, const EventFrame& m) {
    auto& e = target.e;
    if (e.actor.empty() || (!e.actorStrong && m.actorStrong)) { e.actor = m.actor; e.actorStrong = m.actorStrong; }
    if (m.munition.size() > e.munition.size()) e.munition = m.munition;
    if (m.count && (!e.count || (e.countIsStrikes && !m.countIsStrikes))) {
        e.count = m.count;
        e.countIsStrikes = m.countIsStrikes;
    }
    e.countAll |= m.countAll;
    e.airDelivered |= m.airDelivered;
    e.aircraftDown |= m.aircraftDown;
    // "were carried out by ... B-1 bombers flown from the United States, and used more than 125 precision munitions":
    // the aircraft give an air strike its speed when no munition is named.
    if (e.aircraft.empty()) e.aircraft = m.aircraft;
    if (m.wholeOfAreas) { // told from several areas: no one of them is its origin
        e.wholeOfAreas = true;
        e.from = -1;
    } else if (!e.wholeOfAreas &&
               (e.from < 0 || (m.from >= 0 && originPrecision(out.places[m.from]) >
                                                   originPrecision(out.places[e.from])))) {
        e.from = m.from; // the more precise origin
    }
    for (int p : m.to) addTarget(e, p);
    for (int c : m.claims) e.claims.push_back(c);
    if (m.time >= 0 && (e.time < 0 || finerTime(ctx, m.time, e.time))) e.time = m.time;
    if (e.carriedTime < 0) e.carriedTime = m.carriedTime;
    if (e.speaker.empty()) e.speaker = m.speaker;
    if (std::find(target.sentences.begin(), target.sentences.end(), m.sentence) == target.sentences.end())
        target.sentences.push_back(m.sentence);
    target.lastSentence = m.sentence;
}

// The one country of a frame's targets (targets outside every country, such as seas, do not count), or "".
std::string targetCountry(const scenario::Scenario& out, const EventFrame& e) {
    std::string country;
    for (int p : e.to) {
        const auto& c = out.places[p].country;
        if (c.empty()) continue;
        if (!country.empty() && c != country) return {};
        country = c;
    }
    return country;
}

// The navy a named vessel sails for, by its prefix ("USS Monterey" -> "US"), or "" for any other actor.
std::string navyOf(const std::string& actor) {
    const size_t space = actor.find(' ');
    if (space == std::string::npos) return {};
    return std::string(lex::navyOfShipPrefix(asciiLower(std::string_view(actor).substr(0, space))));
}

// Same side for a target taken from the discourse: compatible actors, or a named vessel of a navy among the actors
// ("USS Monterey fired 30 Tomahawks" after "U.S., British and French forces launched 105 weapons against Syria").
bool sameSide(const std::string& x, const std::string& y) {
    const std::string nx = navyOf(x), ny = navyOf(y);
    return compatibleText(x, y) || (!nx.empty() && compatibleText(nx, y)) || (!ny.empty() && compatibleText(x, ny));
}

// A munition text that names no particular weapon ("105 weapons", "missiles"): any named one can be a part of it.
bool genericMunition(std::string_view m) {
    const auto h = munitionHead(m);
    return h.empty() || h == "weapon" || h == "munition" || h == "missile" || h == "projectile" || h == "ordnance";
}

// Whether a munition told generically is the named one told before: "the missiles" or "105 weapons" are the Tomahawk
// cruise missiles, "ballistic missiles" are the launch's ballistic missiles but not its drones or cruise missiles.
bool namedBy(std::string_view generic, std::string_view named) {
    if (generic.empty()) return true;
    if (!genericMunition(generic) || named.size() <= generic.size()) return false;
    const auto h = munitionHead(generic);
    return h != "missile" || named.find(generic) != std::string_view::npos;
}

// "Three rockets struck near the embassy. The rockets were fired from the Zafaraniya district": a launch whose subject
// is the munitions just told striking (a definite munition noun, no count of its own) is the launch of that strike's
// munitions: it flies to the strike's targets with its count, and the strike becomes its impact. Same side, same day,
// munitions of one kind, within two sentences. Its origin is not among the targets, unless it is a city ("fired from a
// district in southeastern Baghdad" at the embassy in Baghdad).
// Returns the strike's first sentence, which joins the launch's evidence, or -1.
int launchOfToldStrike(const Context& ctx, const scenario::Scenario& out, std::vector<Built>& events, EventFrame& m) {
    // "The rocket was fired from eastern Baghdad": a definite singular counts the one told, not one of its own.
    const bool countOfItsOwn = m.count && !(*m.count == 1 && std::all_of(m.claims.begin(), m.claims.end(), [&](int c) {
                                                return ctx.claimInfo[c].implicit;
                                            }));
    if (m.kind != Trig::Launch || countOfItsOwn || !m.to.empty() || !munitionsToldBefore(ctx, m)) return -1;
    Built* strike = nullptr;
    for (auto& ev : events) {
        // A launch of these munitions told before is what "the missiles" refers to ("Iran fired 16 missiles ... The
        // missiles were launched from three sites inside Iran"), not the strikes that followed it.
        if (ev.e.kind == Trig::Launch && m.sentence - ev.lastSentence <= 3 &&
            munitionHead(ev.e.munition) == munitionHead(m.munition))
            return -1;
        // Not a part that names no place ("and at least one hit the U.S. Embassy compound"): where they flew is the
        // strike that names it.
        if (ev.e.kind == Trig::Strike && !ev.e.impact && !ev.e.countIsStrikes && !ev.e.munition.empty() &&
            !ev.e.to.empty() && m.sentence - ev.lastSentence <= 2 && compatibleText(ev.e.actor, m.actor) &&
            munitionHead(ev.e.munition) == munitionHead(m.munition) &&
            !differentDays(ctx, effectiveTime(ev.e), effectiveTime(m)))
            strike = &ev;
    }
    if (!strike || (m.count && strike->e.count != m.count)) return -1;
    auto& s = strike->e;
    for (int p : s.to)
        if (p != m.from || out.places[p].kind == "city") m.to.push_back(p);
    if (m.to.empty()) return -1;
    m.count = s.count;
    if (s.munition.size() > m.munition.size()) m.munition = s.munition;
    if (m.actor.empty()) { m.actor = s.actor; m.actorStrong = s.actorStrong; }
    if (m.time < 0) m.time = s.time;
    s.impact = true;
    return strike->sentences.front();
}

size_t subjectPlatformToken(const Context& ctx, const EventFrame& e);

// "About 24 aircraft took part in the strikes, which were launched from carriers in the Persian Gulf": a launch in the
// passive whose subject is a strike noun (no munition named, no target of its own) tells where strikes told before
// came from. Returns the strike told last within two sentences, by a compatible side on the same day, or nullptr.
Built* strikesLaunchedFrom(const Context& ctx, std::vector<Built>& events, const EventFrame& m) {
    const auto& T = ctx.toks;
    if (m.kind != Trig::Launch || m.from < 0 || !m.to.empty() || !m.munition.empty() || m.count || m.trig < 2) return nullptr;
    if (!T[m.trig - 1].is("were") && !T[m.trig - 1].is("was")) return nullptr;
    const auto [a, b] = ctx.sentenceTokens(m.sentence);
    bool strikeSubject = false; // "the strikes, which were", "The raids were"
    for (size_t k = m.trig - 1; k > a && m.trig - k < 5 && !strikeSubject;) {
        --k;
        strikeSubject = T[k].lx.unit == lex::UnitClass::Strike;
        if (!strikeSubject && !T[k].is("which") && !T[k].is("that") && T[k].text != ",") break;
    }
    if (!strikeSubject) return nullptr;
    Built* strike = nullptr;
    for (auto& ev : events)
        if (ev.e.kind == Trig::Strike && m.sentence - ev.lastSentence <= 2 && compatibleText(ev.e.actor, m.actor) &&
            !differentDays(ctx, effectiveTime(ev.e), effectiveTime(m)))
            strike = &ev;
    return strike;
}

// "U.S. warships fired 23 Tomahawks at X. USS Peterson, in the Red Sea, launched 14 of the missiles, and USS
// Chancellorsville fired nine from the Persian Gulf": a counted launch with a launch area of its own, told soon after a
// larger launch of the same incident that has another or none, is a part of it when its count is a part of the set
// ("14 of the missiles"), when its sentence breaks the launch down (several counted launches with their areas), or
// when the larger one is already being broken down; the parts never add up to more than the whole. Returns the index
// of the whole, or -1.
int wholeOf(const Context& ctx, const scenario::Scenario& out, const std::vector<Built>& events,
            const std::vector<EventFrame>& frames, const EventFrame& m) {
    if (m.kind != Trig::Launch || !m.count || m.from < 0) return -1;
    const bool partitive = countsPartOfSet(ctx, m);
    int siblings = 0;
    long long sentenceSum = 0; // counts saturate at INT_MAX: their sums do not fit an int
    for (const auto& f : frames)
        if (f.sentence == m.sentence && f.kind == Trig::Launch && f.count && f.from >= 0) {
            ++siblings;
            sentenceSum += *f.count;
        }
    for (int w = static_cast<int>(events.size()) - 1; w >= 0; --w) {
        const auto& W = events[w].e;
        if (W.kind != Trig::Launch || !W.count || *W.count <= *m.count || events[w].partOf >= 0 ||
            m.sentence - events[w].lastSentence > 2 || !sameSide(W.actor, m.actor) || W.from == m.from ||
            differentDays(ctx, effectiveTime(W), effectiveTime(m)))
            continue;
        if (!(compatibleText(W.munition, m.munition) || genericMunition(W.munition))) continue;
        // "the USS Monterey fired 30 ... and the USS Laboon fired seven; the USS Higgins, in the North Arabian Gulf,
        // fired 23": a launch from an area of its own in the same sentence is a sibling, not the whole, however the
        // counts add up (7 + 23 = 30), unless the count says it is a part ("14 of the missiles").
        const bool explicitPart = std::any_of(m.claims.begin(), m.claims.end(),
                                              [&](int c) { return ctx.claimInfo[c].partOfSet; });
        if (W.sentence == m.sentence && W.from >= 0 && !explicitPart) continue;
        for (int p : m.to)
            if (std::none_of(W.to.begin(), W.to.end(), [&](int q) { return out.places[q].country == out.places[p].country; }))
                return -1;
        long long taken = 0; // counts saturate at INT_MAX: their sums do not fit an int
        for (const auto& ev : events)
            if (ev.partOf == w) taken += ev.e.count.value_or(0);
        // A breakdown is of a launch from no area of its own ("U.S. warships fired 23 Tomahawks"); a ship's launch
        // from its sea is not broken down by other ships' launches from other seas told after it.
        const bool breakdown = siblings >= 2 && sentenceSum <= *W.count && W.from < 0;
        // "Russia fired 93 missiles ... Eleven Kalibr cruise missiles were launched from the Black Sea": fewer of a
        // particular weapon, from an area of their own, are a part of a launch of missiles told generically from none.
        const bool namedPart = W.from < 0 && genericMunition(W.munition) && !namedWeapon(m.munition).empty();
        if ((partitive || breakdown || namedPart || taken > 0) && taken + *m.count <= *W.count) return w;
        return -1;
    }
    return -1;
}

// Does the sentence sum up ("a total of", "in total", "in all", "altogether", "combined", "overall")?
bool sumsUp(const Context& ctx, int sentence) {
    const auto [a, b] = ctx.sentenceTokens(sentence);
    for (size_t k = a; k < b; ++k) {
        const auto& t = ctx.toks[k];
        if (t.is("total") || t.is("altogether") || t.is("combined") || t.is("overall") ||
            (t.is("all") && k > a && ctx.toks[k - 1].is("in")))
            return true;
    }
    return false;
}

// "The USS Monterey fired 30 Tomahawks and the USS Laboon fired seven. The USS Higgins, in the North Arabian Gulf,
// fired 23 ... In total, 105 weapons were fired": a counted launch from no area, told after counted launches from
// areas of the same side, day and kind of munition, whose counts it reaches, is their total, and they are its parts
// (each refines it, so the whole gets no area of its own). It sums them when it says so ("total", "in all") or when
// their counts add up to it exactly; at least two of the parts name their area, and each is told within two
// sentences of the next.
void partsBeforeTotal(const Context& ctx, std::vector<Built>& events) {
    for (size_t w = 0; w < events.size(); ++w) {
        auto& W = events[w];
        if (W.e.kind != Trig::Launch || !W.e.count || W.e.from >= 0 || W.partOf >= 0 || W.e.wholeOfAreas) continue;
        std::vector<size_t> parts;
        long long sum = 0; // counts saturate at INT_MAX: their sums do not fit an int
        int areas = 0, next = W.e.sentence; // the parts are told in a run, at most a sentence apart
        for (size_t j = w; j-- > 0;) {
            const auto& P = events[j];
            if (next - P.lastSentence > 2) break;
            next = P.sentences.front();
            if (P.e.kind != Trig::Launch || !P.e.count || P.partOf >= 0 || P.e.wholeOfAreas ||
                !sameSide(W.e.actor, P.e.actor) || differentDays(ctx, effectiveTime(W.e), effectiveTime(P.e)) ||
                !(genericMunition(W.e.munition) || compatibleMunition(W.e.munition, P.e.munition)))
                break;
            parts.push_back(j);
            sum += *P.e.count;
            areas += P.e.from >= 0 ? 1 : 0;
        }
        if (areas < 2 || sum > *W.e.count || (sum != *W.e.count && !sumsUp(ctx, W.e.sentence))) continue;
        W.e.wholeOfAreas = true;
        for (size_t j : parts) {
            events[j].partOf = static_cast<int>(w);
            events[j].e.areaPart = true;
        }
    }
}

// Is the event's count a lower bound, as the text gives it ("more than 300 drones and missiles")?
bool countAtLeast(const scenario::Scenario& out, const EventFrame& e) {
    return e.count && std::any_of(e.claims.begin(), e.claims.end(), [&](int k) {
               const auto& c = out.claims[static_cast<size_t>(k)];
               return (c.op == ">" || c.op == ">=") && c.value == static_cast<double>(*e.count);
           });
}

// The parts of a launch fly where it flew, when and as told by whom it was told; a whole its parts add up to is
// told by them and leaves (its count stays a claim of the text). So does a whole counted as a lower bound that its
// parts reach ("more than 300 drones and missiles" as 170 drones, 30 cruise and 120 ballistic missiles).
void takeWholes(const scenario::Scenario& out, std::vector<Built>& events) {
    std::vector<long long> sum(events.size(), 0); // counts saturate at INT_MAX: their sums do not fit an int
    std::vector<bool> hasParts(events.size(), false);
    for (auto& part : events) {
        if (part.partOf < 0) continue;
        hasParts[static_cast<size_t>(part.partOf)] = true;
        const Built& whole = events[part.partOf];
        auto& e = part.e;
        if (e.to.empty()) e.to = whole.e.to;
        if (namedBy(e.munition, whole.e.munition)) e.munition = whole.e.munition; // "14 of the missiles": of the Tomahawk cruise missiles told before
        if (e.actor.empty()) { e.actor = whole.e.actor; e.actorStrong = whole.e.actorStrong; }
        if (e.time < 0) e.time = whole.e.time;
        if (e.speaker.empty()) e.speaker = whole.e.speaker;
        for (int s : whole.sentences)
            if (std::find(part.sentences.begin(), part.sentences.end(), s) == part.sentences.end()) part.sentences.push_back(s);
        std::sort(part.sentences.begin(), part.sentences.end());
        sum[part.partOf] += e.count.value_or(0);
    }
    std::vector<Built> kept;
    std::vector<int> keptIndex(events.size(), -1);
    for (size_t w = 0; w < events.size(); ++w)
        if (!(hasParts[w] && events[w].e.count &&
              (sum[w] == *events[w].e.count || (sum[w] > *events[w].e.count && countAtLeast(out, events[w].e))))) {
            keptIndex[w] = static_cast<int>(kept.size());
            kept.push_back(std::move(events[w]));
        }
    // A launch from one of several areas refines the whole, which stays (the text does not split its count).
    for (auto& ev : kept) {
        if (ev.partOf >= 0 && ev.e.areaPart) ev.refines = keptIndex[static_cast<size_t>(ev.partOf)];
        ev.partOf = -1;
    }
    events = std::move(kept);
}

// "Many of the missiles were fired from bombers over the Caspian Sea": a quantifier over the munitions told ("many
// of the", "some of the", "most of the") as the subject of a launch.
bool quantifiedPartSubject(const Context& ctx, const EventFrame& m) {
    const auto& T = ctx.toks;
    const auto [k, verb] = munitionSubject(ctx, m);
    if (k == verb || k < 3 || T[k - 3].sentence != m.sentence) return false;
    const auto q = T[k - 3].lower;
    return (T[k - 1].is("the") || T[k - 1].is("these") || T[k - 1].is("those")) && T[k - 2].is("of") &&
           (q == "many" || q == "some" || q == "most" || q == "several" || q == "half" || q == "others");
}

// "Russia launched 84 cruise missiles ... Many of the missiles were fired from bombers over the Caspian Sea, and Kalibr
// cruise missiles were launched from warships in the Black Sea": uncounted launches from an area, after a counted
// launch of the same incident told without one, are launches from the areas of that whole. The whole keeps its count
// and takes no origin; returns its index, or -1.
// So are they when their sentence breaks the launch down by area ("Kh-101 cruise missiles were launched from bombers
// over the Caspian Sea, and Kalibr missiles were fired from ships in the Black Sea": two uncounted launches from two
// areas, `areaBreakdown`).
int wholeOfAreaPart(const Context& ctx, const scenario::Scenario& out, std::vector<Built>& events,
                    const std::vector<EventFrame>& frames, const EventFrame& m) {
    // Two or more areas of m's sentence whose launches could each be a part of W.
    const auto areaBreakdown = [&](const EventFrame& W) {
        std::vector<int> areas;
        for (const auto& f : frames)
            if (f.sentence == m.sentence && f.kind == Trig::Launch && f.from >= 0 && !f.count &&
                compatibleMunition(W.munition, f.munition) &&
                std::find(areas.begin(), areas.end(), f.from) == areas.end())
                areas.push_back(f.from);
        return areas.size() >= 2;
    };
    if (m.kind != Trig::Launch || m.from < 0 || m.count || m.areaPart) return -1;
    for (size_t w = events.size(); w-- > 0;) {
        auto& W = events[w];
        if (m.sentence - W.lastSentence > 3) continue;
        if (W.e.kind != Trig::Launch || !W.e.count || W.partOf >= 0 || !sameIncident(ctx, out, W.e, m) ||
            !compatibleMunition(W.e.munition, m.munition))
            continue;
        if (!W.e.wholeOfAreas && (W.e.from >= 0 || !(areaBreakdown(W.e) || quantifiedPartSubject(ctx, m))))
            return -1;
        W.e.wholeOfAreas = true;
        return static_cast<int>(w);
    }
    return -1;
}

// "heading north along the Red Sea, potentially toward targets in Israel": only the places after "toward" (or "for")
// are where the munitions were going; the others are along the way.
void keepPlacesHeadedFor(const Context& ctx, EventFrame& m) {
    const auto& T = ctx.toks;
    size_t toward = m.trig;
    for (size_t q = m.trig + 1; q < T.size() && T[q].sentence == m.sentence && q <= m.trig + 8; ++q)
        if (T[q].is("toward") || T[q].is("towards") || T[q].is("for")) { toward = q; break; }
    std::erase_if(m.to, [&](int place) {
        return std::none_of(ctx.mentions.begin(), ctx.mentions.end(), [&](const PlaceMention& x) {
            return x.sentence == m.sentence && x.place == place && x.first > toward;
        });
    });
}

// "Iran fired more than a dozen ballistic missiles at two bases in Iraq ... They targeted Ain al-Asad air base and a
// facility in Irbil": munitions told before, as the subject of "targeted" (or "heading toward"), name where the
// launch was aimed, not where anything struck. Returns that launch (told in this sentence or the two before, by a
// compatible side), or nullptr.
Built* launchAimedAt(const Context& ctx, std::vector<Built>& events, const EventFrame& m) {
    const auto& T = ctx.toks;
    const bool heading = T[m.trig].is("heading") || T[m.trig].is("headed");
    if (m.kind != Trig::Strike || m.to.empty() || m.count ||
        !(T[m.trig].is("targeted") || T[m.trig].is("targeting") || heading))
        return nullptr;
    size_t k = m.trig;
    while (k > 0 && m.trig - k < 2 && T[k - 1].sentence == m.sentence && (T[k - 1].is("also") || T[k - 1].is("had")))
        --k;
    const bool pronoun = k > 0 && T[k - 1].sentence == m.sentence && (T[k - 1].is("they") || T[k - 1].is("these"));
    if (!pronoun && !definiteMunitionSubject(ctx, m)) return nullptr;
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
        if (m.sentence - it->lastSentence > 2) break;
        if (it->e.kind != Trig::Launch || it->e.munition.empty()) continue;
        if ((m.actorStrong && !sameSide(it->e.actor, m.actor)) ||
            differentDays(ctx, effectiveTime(it->e), effectiveTime(m)))
            return nullptr;
        return &*it;
    }
    return nullptr;
}

// "Drones attacked oil facilities at Abqaiq ... 18 drones and seven cruise missiles were used in the attack": what the
// attack told before was made of. The munitions it already named, or none, take the count; another munition is a part
// of the same attack of its own, with the attack's places, side and day. Returns whether the frame referred back.
// "Iran launched more than 300 drones and missiles ... The attack included 170 drones, more than 30 cruise missiles
// and more than 120 ballistic missiles": when the attack was counted and the list counts `items` munitions, each item
// is a part of the attack (takeWholes lets the parts stand for it when they add up to its count).
bool addMadeOf(const Context& ctx, const scenario::Scenario& out, std::vector<Built>& events, EventFrame& m,
               size_t items) {
    Built* ref = m.madeOf ? referredEvent(ctx, events, m) : nullptr;
    if (!ref) return false;
    if (ref->partOf >= 0 && ref->madeOfSentence == m.sentence) ref = &events[static_cast<size_t>(ref->partOf)];
    // "attacked Ukraine with 90 missiles and 60 drones. The barrage included 40 Kalibr cruise missiles and 50 Kh-101
    // missiles": the counted whole of the items' kind, of those told with the one referred to.
    if (items >= 2 && !compatibleMunition(ref->e.munition, m.munition))
        for (auto& ev : events)
            if (ev.lastSentence == ref->lastSentence && ev.partOf < 0 && ev.e.count && ev.e.kind == ref->e.kind &&
                compatibleMunition(ev.e.munition, m.munition))
                ref = &ev;
    const auto& e = ref->e;
    const bool breakdown = items >= 2 && e.count && m.count && !e.countIsStrikes && !m.countIsStrikes;
    if (breakdown) {
        const int whole = static_cast<int>(ref - events.data());
        EventFrame part = m;
        part.kind = e.kind;
        part.madeOf = false;
        if (part.from < 0) part.from = e.from;
        Built built{part, {m.sentence}, m.sentence, whole};
        built.madeOfSentence = m.sentence;
        events.push_back(std::move(built));
        return true;
    }
    // "The attack included 170 drones, 30 cruise missiles and 120 ballistic missiles": the first item names the
    // attack's munition; each next one is a part of its own, even when it shares a head noun with one before.
    const bool sameList = ref->madeOfSentence == m.sentence;
    const bool takes = sameList ? e.munition == m.munition
                                : e.munition.empty() || genericMunition(e.munition) ||
                                      munitionHead(e.munition) == munitionHead(m.munition);
    if (takes) {
        absorb(ctx, out, *ref, m);
        ref->madeOfSentence = m.sentence;
        return true;
    }
    EventFrame part = m;
    part.kind = e.kind;
    part.from = e.from;
    part.to = e.to;
    part.madeOf = false;
    if (part.actor.empty() || !part.actorStrong) {
        part.actor = e.actor;
        part.actorStrong = e.actorStrong;
    }
    if (part.time < 0) {
        part.time = e.time;
        part.carriedTime = e.carriedTime;
    }
    Built built{part, ref->sentences, m.sentence};
    built.madeOfSentence = m.sentence;
    if (std::find(built.sentences.begin(), built.sentences.end(), m.sentence) == built.sentences.end())
        built.sentences.push_back(m.sentence);
    events.push_back(std::move(built));
    return true;
}

std::vector<Built> mergeFrames(const Context& ctx, const scenario::Scenario& out, std::vector<EventFrame>& frames) {
    std::vector<Built> events;
    for (auto& m : frames) {
        if (const int whole = wholeOfAreaPart(ctx, out, events, frames, m); whole >= 0) {
            m.areaPart = true;
            events.push_back({m, {m.sentence}, m.sentence, whole});
            continue;
        }
        const auto listed = std::count_if(frames.begin(), frames.end(), [&](const EventFrame& f) {
            return f.madeOf && f.count && f.sentence == m.sentence && f.trig == m.trig;
        });
        if (addMadeOf(ctx, out, events, m, static_cast<size_t>(listed))) continue;
        if (!m.standalone) {
            // Only a reference back, which dates the event it names.
            datePluralReference(ctx, events, m);
            Built* ref = referredEvent(ctx, events, m);
            // "Lt. Gen. Sims said the strikes were conducted by numerous aircraft": the text still tells that event.
            if (ref) ref->lastSentence = std::max(ref->lastSentence, m.sentence);
            // "The missiles struck at about 10:50 a.m. Kyiv time": a finer time of the same day dates it too.
            if (ref && m.time >= 0 &&
                (ref->e.time < 0 || (finerTime(ctx, m.time, ref->e.time) &&
                                     !differentDays(ctx, ref->e.time, m.time)))) {
                ref->e.time = m.time;
                if (std::find(ref->sentences.begin(), ref->sentences.end(), m.sentence) == ref->sentences.end())
                    ref->sentences.push_back(m.sentence);
                ref->lastSentence = std::max(ref->lastSentence, m.sentence);
            }
            // "The strikes were carried out by F/A-18s from the USS Eisenhower in the Red Sea": where they came from.
            if (ref && m.from >= 0 && ref->e.from < 0 && ref->e.kind == m.kind &&
                std::find(ref->e.to.begin(), ref->e.to.end(), m.from) == ref->e.to.end()) {
                ref->e.from = m.from;
                if (ref->e.aircraft.empty()) ref->e.aircraft = m.aircraft;
                if (std::find(ref->sentences.begin(), ref->sentences.end(), m.sentence) == ref->sentences.end())
                    ref->sentences.push_back(m.sentence);
            }
            continue;
        }
        // "Thirteen more were fired at Khartoum": a launch beyond those told, neither a part of one nor the same one.
        const bool additional =
            std::any_of(m.claims.begin(), m.claims.end(), [&](int c) { return ctx.claimInfo[c].additional; });
        if (const int whole = additional ? -1 : wholeOf(ctx, out, events, frames, m); whole >= 0) {
            events.push_back({m, {m.sentence}, m.sentence, whole});
            continue;
        }
        // ", hitting central Kyiv" after the launch: its impact, by the launch's side with its munitions.
        if (m.impact && !events.empty() && events.back().e.kind == Trig::Launch &&
            events.back().lastSentence == m.sentence) {
            const auto& launch = events.back().e;
            m.actor = launch.actor;
            m.actorStrong = launch.actorStrong;
            m.munition = launch.munition;
            events.push_back({m, {m.sentence}, m.sentence});
            continue;
        }
        if (Built* strike = strikesLaunchedFrom(ctx, events, m)) {
            if (strike->e.from < 0) strike->e.from = m.from;
            if (strike->e.aircraft.empty()) strike->e.aircraft = m.aircraft;
            // "U.S. and British warplanes struck ...": flown from there, at the speed of the aircraft its subject names.
            if (const size_t k = subjectPlatformToken(ctx, strike->e);
                strike->e.aircraft.empty() && k != SIZE_MAX && ctx.toks[k].lx.unit == lex::UnitClass::Aircraft)
                strike->e.aircraft = std::string(ctx.toks[k].text);
            if (m.time >= 0 && (strike->e.time < 0 || finerTime(ctx, m.time, strike->e.time))) strike->e.time = m.time;
            if (std::find(strike->sentences.begin(), strike->sentences.end(), m.sentence) == strike->sentences.end())
                strike->sentences.push_back(m.sentence);
            strike->lastSentence = std::max(strike->lastSentence, m.sentence);
            continue;
        }
        if (Built* launch = launchAimedAt(ctx, events, m)) {
            EventFrame aims = m; // only where it went: the launch keeps its kind, count and munition
            aims.kind = Trig::Launch;
            if (ctx.toks[m.trig].is("heading") || ctx.toks[m.trig].is("headed")) keepPlacesHeadedFor(ctx, aims);
            std::erase(aims.to, launch->e.from);
            absorb(ctx, out, *launch, aims);
            continue;
        }
        // Munitions "heading toward" a place with no launch to lend it to: no strike happened there.
        if (m.kind == Trig::Strike && (ctx.toks[m.trig].is("heading") || ctx.toks[m.trig].is("headed"))) continue;
        const int strikeSentence = launchOfToldStrike(ctx, out, events, m);
        Built* target = nullptr;
        double bestScore = -1e9;
        for (auto& ev : events)
            if (const auto score = additional ? std::nullopt : joinScore(ctx, out, ev, m); score && *score > bestScore) {
                bestScore = *score;
                target = &ev;
            }
        if (!target && !m.areaPart && !additional) target = referredEvent(ctx, events, m);
        if (!target && m.areaPart) { // the launch from one of the areas of the whole told last
            int whole = -1;
            for (size_t w = 0; w < events.size(); ++w)
                if (events[w].e.wholeOfAreas && sameIncident(ctx, out, events[w].e, m)) whole = static_cast<int>(w);
            if (whole >= 0) {
                events.push_back({m, {m.sentence}, m.sentence, whole});
                continue;
            }
        }
        // "Iraq's military said 22 missiles struck between 1:45 and 2:15 a.m.": counted munitions of the kind a launch
        // of the same side and day sent, told striking within a few sentences, are that launch's impact.
        // "Sixteen missiles hit the target, while three struck a residential neighborhood nearby": counted munitions
        // striking where the text names no place strike the launch's targets, when they are no more than it sent.
        const bool countedSubject = !target && m.kind == Trig::Strike && countedMunitionSubject(ctx, m);
        const bool countedImpact = countedSubject && !m.to.empty();
        if (countedSubject)
            for (auto& ev : events)
                if (ev.e.kind == Trig::Launch && m.sentence - ev.lastSentence <= 5 &&
                    (sameSide(ev.e.actor, m.actor) || !m.actorStrong) && // not the speaker's country ("Iraq's military")
                    !ev.e.munition.empty() && compatibleMunition(ev.e.munition, m.munition) &&
                    !differentDays(ctx, effectiveTime(ev.e), effectiveTime(m)) &&
                    (countedImpact || (!ev.e.to.empty() && ev.e.count && m.count && *m.count <= *ev.e.count)))
                    target = &ev;
        // "The missiles hit radar sites near Kut": where the launch told before struck is a strike of its own, the
        // impact of that launch (it keeps the launch's side and day). "The missile struck the vessel", naming no
        // place, is the impact at the launch's targets; other strikes that name no place only add to the launch.
        const bool bareImpact = target && target->e.kind == Trig::Launch && m.kind == Trig::Strike && m.to.empty() &&
                                !target->e.to.empty() && !m.countIsStrikes &&
                                (countedSubject || definiteMunitionSubject(ctx, m));
        if (bareImpact) m.to = target->e.to;
        const bool impact = target && target->e.kind == Trig::Launch && m.kind == Trig::Strike && !m.to.empty() &&
                            (countedImpact || bareImpact || munitionsToldBefore(ctx, m)); // "the strikes hit ..."
        if (impact) {
            m.impact = true;
            if (m.actor.empty() || !m.actorStrong) {
                m.actor = target->e.actor;
                m.actorStrong = target->e.actorStrong;
            }
            if (namedBy(m.munition, target->e.munition)) m.munition = target->e.munition;
        }
        if (!target || impact) events.push_back({m, {m.sentence}, m.sentence});
        else absorb(ctx, out, *target, m);
        if (auto& sentences = (!target || impact ? events.back() : *target).sentences;
            strikeSentence >= 0 && std::find(sentences.begin(), sentences.end(), strikeSentence) == sentences.end())
            sentences.insert(sentences.begin(), strikeSentence);
    }
    return events;
}

// "U.S. forces conducted a cruise missile strike against Shayrat Airfield ... launched 59 Tomahawk missiles from the
// destroyers in the eastern Mediterranean": a launch without a target after a strike on the same day, by the same
// side, with munitions of the same kind, is that strike's delivery and flies to its named targets. Returns whether it
// took them.
bool deliveredStrike(Context& ctx, const scenario::Scenario& out, Built& ev, const Built& source, size_t i) {
    const auto& s = source.e;
    const bool sameMunition = !s.munition.empty() && munitionHead(s.munition) == munitionHead(ev.e.munition);
    // "U.S. forces conducted a strike against Shayrat Airfield ... 59 Tomahawks were launched from the USS Porter": a
    // side's strike told without its munitions is delivered by the launch that follows, of no other side.
    const bool unarmed = s.munition.empty() && !s.actor.empty() && !ev.e.munition.empty() &&
                         (ev.e.actor.empty() || sameSide(s.actor, ev.e.actor));
    if (ev.e.kind != Trig::Launch || s.kind != Trig::Strike || !(sameMunition || unarmed) ||
        differentDays(ctx, effectiveTime(s), effectiveTime(ev.e)))
        return false;
    // Never a place in the country it was launched from.
    const std::string home = ev.e.from >= 0 ? out.places[ev.e.from].country : std::string{};
    std::string names;
    for (int p : s.to) {
        if (out.places[p].kind == "country" || p == ev.e.from || (!home.empty() && out.places[p].country == home))
            continue;
        ev.e.to.push_back(p);
        names += (names.empty() ? "" : ", ") + out.places[p].name;
    }
    if (names.empty()) return false;
    const int from = source.sentences.front();
    if (std::find(ev.sentences.begin(), ev.sentences.end(), from) == ev.sentences.end()) ev.sentences.push_back(from);
    ctx.diagnostics.push_back({Severity::Note, "event.target_from_context",
                               "the text gives this launch no target; it delivers the " + s.munition +
                                   " strike on " + names + " told in sentence " + std::to_string(from + 1),
                               {}, "events[" + std::to_string(i) + "].to"});
    return true;
}

// A launch or strike the text gives no target ("a wave the night before included 45 drones", "Cruise missiles began
// the attack") took place in the theatre told just before it: it takes the country of the targets of the nearest
// earlier event by a compatible actor, when the text names that country. Never a city: the text does not say which.
// The sentence the country comes from joins the event's evidence, and a note says where the target came from.
// "The destroyer USS Mason ... detected two inbound missiles while operating in international waters north of the Bab
// al-Mandeb Strait. Both missiles were fired from Houthi-controlled territory": the sea the sentence before puts a
// ship in ("in", "off", "near" it), or -1.
int seaShipsAreIn(const Context& ctx, int s);

int shipSeaBefore(const Context& ctx, int sentence) {
    if (sentence < 1) return -1;
    const auto [a, b] = ctx.sentenceTokens(sentence - 1);
    if (!tellsOfShip(ctx, a, b)) return -1;
    // The ship as the one threatened ("detecting two inbound missiles", "employed countermeasures"), not as the one
    // that fired ("All four ships are operating in the Persian Gulf" after their launch).
    bool threatened = false;
    for (size_t k = a; k < b && !threatened; ++k) {
        const auto w = ctx.toks[k].lower;
        threatened = w.starts_with("detect") || w == "inbound" || w.starts_with("countermeasure") ||
                     w == "targeted" || w == "attacked" || w == "threatened" || w == "incoming";
    }
    if (!threatened) return -1;
    return seaShipsAreIn(ctx, sentence - 1);
}

// The sea sentence s puts its ships in ("in", "off", "near" it; not "fired from warships in the Black Sea"), or -1.
int seaShipsAreIn(const Context& ctx, int s) {
    const auto [a, b] = ctx.sentenceTokens(s);
    const auto& T = ctx.toks;
    for (const auto& m : ctx.mentions) {
        if (m.sentence != s || m.dropped || m.demonym || m.place < 0 || !m.best() ||
            m.best()->kind != atlas::Kind::Sea || m.first <= a)
            continue;
        // "in the Red Sea", "in international waters north of ...": past the article and an adjective or two.
        for (size_t p = m.first; p > a && m.first - p < 3;) {
            const auto w = T[--p].lower;
            if (w == "in" || w == "off" || w == "near") {
                // "fired from warships in the Black Sea": the ships' sea is where the munitions came from.
                bool origin = false;
                for (size_t q = p; q > a && p - q < 4 && !origin;) origin = T[--q].is("from");
                if (!origin) return m.place;
                break;
            }
            if (!T[p].word || T[p].cap || T[p].lx.preposition()) break;
        }
    }
    return -1;
}

// "All 17 were Tomahawks launched from the destroyers USS Russell ... and the attack submarine USS Jefferson City. All
// four ships are operating in the Persian Gulf": a launch from ships with no launch area takes the sea the next
// sentence puts its ships in (a sentence of ships that fire, not of ships under threat, which shipSeaBefore reads).
void originFromShipsSea(Context& ctx, const scenario::Scenario& out, std::vector<Built>& events) {
    for (size_t i = 0; i < events.size(); ++i) {
        auto& ev = events[i];
        if (ev.e.kind != Trig::Launch || ev.e.from >= 0 || ev.e.wholeOfAreas) continue;
        const int s = ev.lastSentence;
        if (s + 1 >= static_cast<int>(ctx.doc.sentences.size())) continue;
        const auto [a, b] = ctx.sentenceTokens(s);
        const auto [na, nb] = ctx.sentenceTokens(s + 1);
        if (!tellsOfShip(ctx, a, b) || !tellsOfShip(ctx, na, nb) || shipSeaBefore(ctx, s + 2) >= 0) continue;
        const int sea = seaShipsAreIn(ctx, s + 1);
        if (sea < 0 || std::find(ev.e.to.begin(), ev.e.to.end(), sea) != ev.e.to.end()) continue;
        // "Thirteen more were fired at Khartoum by two destroyers in the Red Sea": ships of a launch of their own.
        const bool ownLaunch = std::any_of(events.begin(), events.end(), [&](const Built& x) {
            return &x != &ev && x.e.kind == Trig::Launch && x.e.from == sea && x.e.sentence == s + 1;
        });
        if (ownLaunch) continue;
        // "The radars were active during the Oct. 1 missile attack that badly damaged the vessel Swift-2 near the Bab
        // el-Mandeb strait": a ship hit there, or an incident of another day, is not where the launchers sailed.
        const bool otherShips = std::any_of(events.begin(), events.end(), [&](const Built& x) {
            const bool told = std::find(x.sentences.begin(), x.sentences.end(), s + 1) != x.sentences.end();
            return std::find(x.e.to.begin(), x.e.to.end(), sea) != x.e.to.end() ||
                   (told && differentDays(ctx, effectiveTime(x.e), effectiveTime(ev.e)));
        });
        if (otherShips) continue;
        ev.e.from = sea;
        ev.sentences.push_back(s + 1);
        ctx.diagnostics.push_back({Severity::Note, "event.origin_from_context",
                                   "the launch names ships but no launch area; the next sentence puts them in " +
                                       out.places[sea].name,
                                   {}, "events[" + std::to_string(i) + "].from"});
    }
}

// "The bombers flew for 18 hours from Whiteman Air Force Base", "The jets took off from Aviano": the aircraft told
// before, as a definite subject ("the bombers", "all seven B-2s") of a verb of departure whose "from" names a place,
// say where the air strike came from. Returns that place, or -1.
int aircraftBaseToldAfter(const Context& ctx, int s) {
    const auto [a, b] = ctx.sentenceTokens(s);
    const auto& T = ctx.toks;
    size_t k = a;
    if (k < b && (T[k].is("the") || T[k].is("these") || T[k].is("those") || T[k].is("all") || T[k].is("both"))) ++k;
    else return -1;
    while (k < b && k < a + 5 && T[k].lx.unit != lex::UnitClass::Aircraft &&
           (T[k].number || T[k].cap || T[k].is("the") || T[k].text == "-" || T[k].text == "/"))
        ++k; // "all seven B-2", "The two F-15E"
    if (k >= b || T[k].lx.unit != lex::UnitClass::Aircraft) return -1;
    size_t v = k + 1;
    while (v < b && v < k + 3 && (T[v].is("had") || T[v].is("have") || T[v].is("were") || T[v].is("then"))) ++v;
    if (v >= b || !(T[v].is("flew") || T[v].is("flown") || T[v].is("took") || T[v].is("taken") ||
                    T[v].is("departed") || T[v].is("launched")))
        return -1;
    for (size_t q = v + 1; q + 1 < b && q < v + 10; ++q) {
        if (T[q].lx.trigger != Trig::None || T[q].text == "," || T[q].text == ";") return -1;
        if (!T[q].is("from")) continue;
        const size_t at = T[q + 1].is("the") ? q + 2 : q + 1;
        const int mi = ctx.mentionAtToken(at);
        if (mi < 0) return -1;
        const auto& m = ctx.mentions[static_cast<size_t>(mi)];
        return m.dropped || m.demonym || m.first != at ? -1 : m.place;
    }
    return -1;
}

// An air strike: fired or dropped by aircraft, or a strike whose sentence names aircraft ("F-111 bombers struck").
bool byAircraft(const Context& ctx, const Built& ev) {
    if (ev.e.airDelivered || !ev.e.aircraft.empty()) return true;
    if (ev.e.kind != Trig::Strike) return false;
    const auto [a, b] = ctx.sentenceTokens(ev.e.sentence);
    for (size_t k = a; k < b; ++k)
        if (ctx.toks[k].lx.unit == lex::UnitClass::Aircraft) return true;
    return false;
}

// The latest air strike told in the three sentences before s, when it has no origin, takes the base that sentence s
// says its aircraft flew from (`aircraftBaseToldAfter`), when it is none of its targets.
void originFromAircraftBase(Context& ctx, const scenario::Scenario& out, std::vector<Built>& events) {
    for (int s = 1; s < static_cast<int>(ctx.doc.sentences.size()); ++s) {
        if (ctx.skipSentence[s]) continue;
        const int base = aircraftBaseToldAfter(ctx, s);
        if (base < 0) continue;
        Built* latest = nullptr;
        for (auto& ev : events)
            if (ev.lastSentence < s && s - ev.lastSentence <= 3 && byAircraft(ctx, ev) &&
                (!latest || ev.lastSentence >= latest->lastSentence))
                latest = &ev;
        if (!latest || latest->e.from >= 0 ||
            std::find(latest->e.to.begin(), latest->e.to.end(), base) != latest->e.to.end())
            continue;
        latest->e.from = base;
        latest->sentences.push_back(s);
        ctx.diagnostics.push_back({Severity::Note, "event.origin_from_context",
                                   "the air strike names no base; a later sentence says its aircraft flew from " +
                                       out.places[static_cast<size_t>(base)].name,
                                   {}, "events[" + std::to_string(latest - events.data()) + "].from"});
    }
}

// The areas (regions, divisions, seas; never a town) an event told before targeted, for an event with no target of
// its own ("a second wave of 17 Tomahawks was launched from ships in the Persian Gulf against sites that survived the
// first attack", after strikes on "southern Iraq").
void areasFromDiscourse(Context& ctx, const scenario::Scenario& out, Built& ev, const Built& source, size_t i) {
    std::string names;
    for (int p : source.e.to) {
        const auto& k = out.places[p].kind;
        if ((k != "region" && k != "admin1" && k != "sea") || p == ev.e.from) continue;
        ev.e.to.push_back(p);
        names += (names.empty() ? "" : ", ") + out.places[p].name;
    }
    if (names.empty()) return;
    const int from = source.sentences.front();
    if (std::find(ev.sentences.begin(), ev.sentences.end(), from) == ev.sentences.end()) ev.sentences.push_back(from);
    ctx.diagnostics.push_back({Severity::Note, "event.target_from_context",
                               "the text gives this " + std::string(kindName(ev.e.kind)) + " no target; " + names +
                                   " is where the event told in sentence " + std::to_string(from + 1) + " took place",
                               {}, "events[" + std::to_string(i) + "].to"});
}

// "U.S. and British forces struck Iraq on Wednesday. More than 200 cruise missiles were fired from ships in the
// Persian Gulf": a launch or strike that names no side, and took its targets from the event told before, is by that
// event's side too. A named vessel is one platform, not a side ("The submarine USS John Warner fired six Tomahawks.
// Two B-1 bombers fired 19 ..."): the side is that of the nearest event told before it by a side, that day, else the
// vessel's navy.
void sideFromContext(Context& ctx, const std::vector<Built>& events, Built& ev, const Built& source, size_t i) {
    if (!ev.e.actor.empty() || source.e.actor.empty() || source.e.kind == Trig::Intercept ||
        sufferedBy(ev.e, source.e.actor))
        return;
    const Built* side = &source;
    std::string actor = source.e.actor;
    if (const std::string navy = navyOf(source.e.actor); !navy.empty()) {
        actor = navy;
        for (const auto& o : events)
            if (!o.e.actor.empty() && navyOf(o.e.actor).empty() && o.e.kind != Trig::Intercept &&
                o.sentences.front() <= source.sentences.front() && sameSide(source.e.actor, o.e.actor) &&
                !differentDays(ctx, effectiveTime(o.e), effectiveTime(source.e)) &&
                (side == &source || o.sentences.front() > side->sentences.front()))
                side = &o;
        if (side != &source) actor = side->e.actor;
    }
    ev.e.actor = actor;
    ctx.diagnostics.push_back({Severity::Note, "event.actor_from_context",
                               "the text names no side for this " + std::string(kindName(ev.e.kind)) + "; " + actor +
                                   " acted in the event told in sentence " +
                                   std::to_string(side->sentences.front() + 1),
                               {}, "events[" + std::to_string(i) + "].actor"});
}

void targetsFromDiscourse(Context& ctx, const scenario::Scenario& out, std::vector<Built>& events) {
    for (size_t i = 0; i < events.size(); ++i) {
        auto& ev = events[i];
        if ((ev.e.kind != Trig::Launch && ev.e.kind != Trig::Strike) || !ev.e.to.empty()) continue;
        const auto originOfAny = [&](int place) {
            return std::any_of(events.begin(), events.end(), [&](const Built& o) { return o.e.from == place; });
        };
        if (const int sea = ev.e.kind == Trig::Launch ? shipSeaBefore(ctx, ev.sentences.front()) : -1;
            sea >= 0 && !originOfAny(sea)) {
            ev.e.to.push_back(sea);
            ev.sentences.insert(ev.sentences.begin(), ev.sentences.front() - 1);
            ctx.diagnostics.push_back({Severity::Note, "event.target_from_context",
                                       "the text gives this launch no target; it flew at the ship the sentence "
                                       "before puts in " + out.places[sea].name,
                                       {}, "events[" + std::to_string(i) + "].to"});
            continue;
        }
        // The latest event told before; of two told in one sentence, the one of the same munition ("Israeli jets
        // struck Hodeidah, a day after a Houthi drone struck Tel Aviv. The drone was launched from Yemen").
        const auto sameMunition = [&](const Built& o) {
            return !ev.e.munition.empty() && compatibleText(o.e.munition, ev.e.munition);
        };
        const Built* source = nullptr;
        for (const auto& o : events)
            // Not an incident a temporal clause told ("a day after an Israeli airstrike in southern Lebanon").
            if (&o != &ev && !o.e.to.empty() && o.sentences.front() < ev.sentences.front() && !o.e.temporalClause &&
                o.e.kind != Trig::Crash && sameSide(o.e.actor, ev.e.actor) && !sufferedBy(ev.e, o.e.actor) &&
                !differentCampaigns(ctx, effectiveTime(o.e), effectiveTime(ev.e)) &&
                (!source || o.sentences.front() > source->sentences.front() ||
                 (o.sentences.front() == source->sentences.front() && sameMunition(o) && !sameMunition(*source))))
                source = &o;
        if (!source) continue;
        if (deliveredStrike(ctx, out, ev, *source, i)) {
            sideFromContext(ctx, events, ev, *source, i);
            continue;
        }
        const std::string country = targetCountry(out, source->e);
        const size_t before = ev.e.to.size();
        for (size_t p = 0; p < out.places.size() && !country.empty(); ++p) {
            if (out.places[p].kind != "country" || out.places[p].country != country || static_cast<int>(p) == ev.e.from)
                continue; // not where it was launched from
            ev.e.to.push_back(static_cast<int>(p));
            const int from = source->sentences.front();
            if (std::find(ev.sentences.begin(), ev.sentences.end(), from) == ev.sentences.end())
                ev.sentences.push_back(from);
            ctx.diagnostics.push_back({Severity::Note, "event.target_from_context",
                                       "the text gives this " + std::string(kindName(ev.e.kind)) +
                                           " no target; " + out.places[p].name + " is where the event told in sentence " +
                                           std::to_string(from + 1) + " took place",
                                       {}, "events[" + std::to_string(i) + "].to"});
            break;
        }
        // No country named, but an area ("southern Iraq"): as coarse, and what the text named.
        for (size_t k = i; ev.e.to.size() == before && k-- > 0;) // the nearest told before with such areas
            if (events[k].e.kind != Trig::Crash && sameSide(events[k].e.actor, ev.e.actor) &&
                !events[k].e.temporalClause && !sufferedBy(ev.e, events[k].e.actor) &&
                events[k].sentences.front() < ev.sentences.front())
                areasFromDiscourse(ctx, out, ev, events[k], i);
        if (ev.e.to.size() > before) sideFromContext(ctx, events, ev, *source, i);
    }
}

// "The United States launched cruise missile strikes against camps in Afghanistan ... About 75 Tomahawk missiles
// were fired from Navy ships at camps near Khost, Afghanistan": a launch or strike that names no side, on the day of
// an earlier event by a named side with munitions of its kind, whose every target lies in that event's targets (the
// same place, or a place in a country it targeted), is part of that incident and by that side.
void sideOfTheIncident(Context& ctx, const scenario::Scenario& out, std::vector<Built>& events) {
    // "into northern Israel" ... "hit homes in Kiryat Bialik": a place inside a region or division the event targeted.
    const auto within = [&](int p, const EventFrame& whole) {
        return std::any_of(whole.to.begin(), whole.to.end(), [&](int q) {
            const auto &inner = out.places[p], &area = out.places[q];
            const bool sameCountry = area.country == inner.country;
            return q == p || (area.kind == "country" && sameCountry) ||
                   ((area.kind == "region" || area.kind == "admin1") && sameCountry &&
                    scenario::liesInside(inner, area));
        });
    };
    for (size_t i = 0; i < events.size(); ++i) {
        auto& ev = events[i];
        if ((ev.e.kind != Trig::Launch && ev.e.kind != Trig::Strike) || !ev.e.actor.empty() || ev.e.to.empty())
            continue;
        const Built* source = nullptr; // the nearest told before with a side
        for (const auto& o : events)
            if (&o != &ev && !o.e.actor.empty() && o.sentences.front() < ev.sentences.front() &&
                (o.e.kind == Trig::Launch || o.e.kind == Trig::Strike) &&
                (!source || o.sentences.front() > source->sentences.front()))
                source = &o;
        if (!source || differentDays(ctx, effectiveTime(source->e), effectiveTime(ev.e)) ||
            !compatibleMunition(source->e.munition, ev.e.munition))
            continue;
        const bool inside = std::all_of(ev.e.to.begin(), ev.e.to.end(), [&](int p) { return within(p, source->e); });
        const bool ownTarget = std::any_of(ev.e.to.begin(), ev.e.to.end(),
                                           [&](int p) { return out.places[p].country == source->e.actor; });
        if (inside && !ownTarget) sideFromContext(ctx, events, ev, *source, i);
    }
}

// The ships or aircraft heading the subject of a launch or strike ("U.S. Navy ships in the Arabian Sea fired", "ships
// in the Red Sea launched"): the token of their noun, or SIZE_MAX. Back from the trigger within its clause, not past a
// "from" or "by", and not in the passive (the subject suffered it).
size_t subjectPlatformToken(const Context& ctx, const EventFrame& e) {
    const auto& T = ctx.toks;
    const auto [a, b] = ctx.sentenceTokens(e.sentence);
    const auto aux = e.trig > a ? T[e.trig - 1].lower : std::string_view{};
    if (aux == "was" || aux == "were" || aux == "been" || aux == "being") return SIZE_MAX;
    for (size_t k = e.trig; k > a && e.trig - k < 8;) {
        --k;
        if (T[k].text == "," || T[k].text == ";" || T[k].lx.speechVerb()) break;
        const auto unit = T[k].lx.unit;
        if (unit != lex::UnitClass::Ship && unit != lex::UnitClass::Aircraft) continue;
        const bool agent = k > a && (T[k - 1].is("from") || T[k - 1].is("by"));
        return agent ? SIZE_MAX : k;
    }
    return SIZE_MAX;
}

// Their class, or None.
lex::UnitClass subjectPlatform(const Context& ctx, const EventFrame& e) {
    const size_t k = subjectPlatformToken(ctx, e);
    return k == SIZE_MAX ? lex::UnitClass::None : ctx.toks[k].lx.unit;
}

// "U.S. Africa Command conducted an airstrike ... A second airstrike near Jilib, on Feb. 25, destroyed a weapons cache":
// a launch or strike told as the next of a series ("a second", "another", "a further") that names no side is by the
// side of the latest event of its kind told before, within a week of it. So is one whose subject is ships or aircraft
// of no side named, when the latest one of its kind was fired by the same class of platform ("U.S. Navy ships in the
// Arabian Sea fired about 75 Tomahawks ... At the same time, ships in the Red Sea launched a smaller number").
void sideOfTheSeries(Context& ctx, std::vector<Built>& events) {
    const auto& T = ctx.toks;
    for (size_t i = 0; i < events.size(); ++i) {
        auto& ev = events[i];
        if ((ev.e.kind != Trig::Launch && ev.e.kind != Trig::Strike) || !ev.e.actor.empty() || ev.e.trig == 0) continue;
        size_t q = ev.e.trig;
        if (q > 0 && T[q - 1].is("air")) --q; // "a second air strike"
        if (q == 0) continue;
        const auto w = T[q - 1].lower;
        const bool next = w == "second" || w == "third" || w == "fourth" || w == "another" || w == "further" ||
                          w == "additional" || w == "subsequent";
        const auto platform = next ? lex::UnitClass::None : subjectPlatform(ctx, ev.e);
        if (!next && platform == lex::UnitClass::None) continue;
        for (size_t k = i; k-- > 0;) {
            const auto& o = events[k];
            if (o.e.kind != ev.e.kind || o.e.actor.empty() || o.sentences.front() >= ev.sentences.front()) continue;
            if (differentCampaigns(ctx, effectiveTime(o.e), effectiveTime(ev.e)) || sufferedBy(ev.e, o.e.actor) ||
                (!next && subjectPlatform(ctx, o.e) != platform))
                break;
            ev.e.actor = o.e.actor;
            const std::string why = next ? "told as the next of a series" : "fired by the same kind of platform";
            ctx.diagnostics.push_back({Severity::Note, "event.actor_from_context",
                                       "the text names no side for this " + std::string(kindName(ev.e.kind)) + ", " +
                                           why + "; " + o.e.actor + " acted in the one told in sentence " +
                                           std::to_string(o.sentences.front() + 1),
                                       {}, "events[" + std::to_string(i) + "].actor"});
            break;
        }
    }
}

// Actors the sentence alone could not settle:
//  - "they also fired": a pronoun subject is the side of the event told last with an actor;
//  - a weak actor (the speaker's country) that owns the targets of a launch or strike, or of one told before, is the
//    victim, not the actor ("the Ukrainian Air Force said the building was hit by a missile launched by a bomber");
//    nor did it launch from another country's land;
//  - an intercept told with a launch of the same sentence is not by the launcher ("Russia fired 38 missiles, and air
//    defenses shot down 25 of them").
// The head word of a speaker's phrase, lower case: "Iran's Revolutionary Guards" and "The Guards" -> "guards".
std::string speakerHead(const std::string& speaker) {
    const size_t space = speaker.rfind(' ');
    return asciiLower(std::string_view(speaker).substr(space == std::string::npos ? 0 : space + 1));
}

// The armed group a speaker's phrase names ("The Iranian-backed Houthis" -> "Houthis"), or "".
std::string armedGroupIn(std::string_view speaker) {
    size_t i = 0;
    while (i < speaker.size()) {
        size_t j = speaker.find(' ', i);
        if (j == std::string_view::npos) j = speaker.size();
        if (lex::isArmedGroupName(asciiLower(speaker.substr(i, j - i)))) return std::string(speaker.substr(i, j - i));
        i = j + 1;
    }
    return {};
}

void settleActors(const scenario::Scenario& out, std::vector<Built>& events) {
    for (size_t i = 0; i < events.size(); ++i) {
        auto& e = events[i].e;
        // "The Guards said they also fired": the side of what the same speaker said it did before.
        if (e.speakerPronoun && e.actor.empty() && !e.speaker.empty())
            for (size_t k = i; k-- > 0;)
                if (events[k].e.speakerPronoun && !events[k].e.actor.empty() &&
                    speakerHead(events[k].e.speaker) == speakerHead(e.speaker)) {
                    e.actor = events[k].e.actor;
                    break;
                }
        // "The Iranian-backed Houthis claimed responsibility, saying they had launched 10 drones": an armed group
        // that says it acted is the actor.
        if (e.speakerPronoun && e.actor.empty()) e.actor = armedGroupIn(e.speaker);
        // "Japan's Defense Ministry said it had detected two missiles ... On Oct. 4, it fired a missile over Japan":
        // a side that acted, told last, before a side that is only the speaker's guess.
        for (const bool strongOnly : {true, false})
            for (size_t k = i; e.pronounSubject && (e.actor.empty() || !e.actorStrong) && k-- > 0;)
                if (!events[k].e.actor.empty() && (events[k].e.actorStrong || !strongOnly)) {
                    e.actor = events[k].e.actor;
                    e.actorStrong = events[k].e.actorStrong;
                    break;
                }
        // ... also when an event told before targeted that country.
        const auto owns = [&](const EventFrame& x) {
            return std::any_of(x.to.begin(), x.to.end(), [&](int p) { return out.places[p].country == e.actor; });
        };
        bool victim = owns(e);
        for (size_t k = 0; k < i && !victim; ++k) victim = events[k].e.kind != Trig::Intercept && owns(events[k].e);
        if (!e.actorStrong && e.actor.size() == 2 && victim && e.kind != Trig::Intercept) e.actor.clear();
        // "U.S. officials say the weapons were launched from inside Iran": the speaker's side did not launch from
        // another country's land. (An intercept's origin is where what it downed came from: "Israel's military said
        // it intercepted a missile launched from Yemen" is Israel's.)
        if (!e.actorStrong && e.actor.size() == 2 && e.from >= 0 && !out.places[e.from].country.empty() &&
            out.places[e.from].country != e.actor && e.kind != Trig::Intercept)
            e.actor.clear();
        // The launch may have been told first in an earlier sentence ("Russia fired a barrage ... on Monday. X said
        // that Russia had fired 75 missiles and that air defenses had shot down 41 of them").
        if (e.kind == Trig::Intercept && !e.actor.empty())
            for (const auto& o : events) {
                const bool toldHere = o.e.sentence == e.sentence ? o.e.trig < e.trig
                                                                 : std::find(o.sentences.begin(), o.sentences.end(),
                                                                             e.sentence) != o.sentences.end();
                if (o.e.kind == Trig::Launch && toldHere && o.e.actor == e.actor &&
                    compatibleMunition(o.e.munition, e.munition)) {
                    e.actor.clear();
                    break;
                }
            }
        // "U.S. warships shot down 14 drones launched into the Red Sea": the launch told after the intercept, of the
        // munitions it downed, is not by the interceptors. Unless it is the interceptors' launch ("shot down by an
        // IRGC surface-to-air missile fired from Iran").
        const bool interceptors = munitionClass(e.munition) == "sam" || asciiLower(e.munition).find("interceptor") !=
                                                                           std::string::npos;
        if (e.kind == Trig::Launch && !e.actor.empty() && !interceptors)
            for (const auto& o : events)
                if (o.e.kind == Trig::Intercept && o.e.sentence == e.sentence && o.e.trig < e.trig &&
                    o.e.actor == e.actor) {
                    e.actor.clear();
                    break;
                }
    }
}

// The IANA zone for a place: its own (a populated place's, through the candidate its mentions chose) or that of the
// most populous place of its country.
std::string zoneOf(const Context& ctx, const scenario::Scenario& out, int place) {
    for (const auto& m : ctx.mentions)
        if (m.place == place && m.best() && m.best()->ref.table == atlas::EntryRef::Table::Place) {
            const auto& zone = ctx.atlas.places()[m.best()->ref.index].timezone;
            if (!zone.empty()) return zone;
        }
    return std::string(ctx.atlas.countryTimezone(out.places[place].country));
}

// Does the expression name its day ("March 24", "Friday", "today", "4/7")? "at about 2 p.m. EST" does not.
bool namesDay(std::string_view text) {
    static constexpr std::string_view kDayWords[] = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "yesterday", "tomorrow",
        "night", "morning", "evening", "afternoon", "week", "month", "year", "day"};
    const std::string lower = asciiLower(text);
    for (auto w : kDayWords)
        if (lower.find(w) != std::string::npos) return true;
    return lower.find('/') != std::string::npos;
}

// A clock time written without its day takes the day of the incident the discourse dated ("NATO air strikes began
// March 24. ... began striking ... at about 2 p.m. EST"), not the dateline's: the interval moves by whole days.
std::optional<TimeInterval> onDiscourseDay(const Context& ctx, const text::TimeExpr& t, const TimeInterval& iv,
                                           int carried) {
    if (carried < 0 || namesDay(t.text)) return iv;
    const auto& day = ctx.doc.times[carried].interval;
    if (day.precision != TimePrecision::Day || t.localYear < 0 || t.localMonth < 0 || t.localDay < 0) return iv;
    // Days, not instants: the carried day's middle (a zone-less day is widened evenly) against the clock's own date.
    const double carriedDay = std::floor(day.mid().unixSeconds / 86400.0);
    const double ownDay = std::floor(utcFromParts(t.localYear, t.localMonth, t.localDay).unixSeconds / 86400.0);
    const double shift = (carriedDay - ownDay) * 86400.0;
    if (shift >= 0) return iv;
    return TimeInterval{{iv.start.unixSeconds + shift}, {iv.end.unixSeconds + shift}, iv.precision};
}

// "The missile came down at about 3:40 p.m. local time Tuesday ... about 4 miles from the border with Ukraine": with
// no event before it, the zone of the first place the time's own sentence names (not a dateline's); "" when none.
std::string sentenceZone(const Context& ctx, const scenario::Scenario& out, int sentence) {
    for (const auto& m : ctx.mentions)
        if (m.sentence == sentence && !m.dropped && m.place >= 0 && m.role != "dateline")
            if (auto zone = zoneOf(ctx, out, m.place); !zone.empty()) return zone;
    return {};
}

// "The ship detected the two inbound missiles ..., beginning at approximately 7 p.m. local time": an event with no
// place of its own is local to the incident told last, the zone of the latest event before it with a target or an
// origin that has one; "" when none has.
std::string discourseZone(const Context& ctx, const scenario::Scenario& out) {
    for (auto it = out.events.rbegin(); it != out.events.rend(); ++it) {
        std::vector<std::string> ids = it->to;
        if (it->from) ids.push_back(*it->from);
        for (const auto& id : ids)
            if (const auto* p = out.place(id))
                if (auto zone = zoneOf(ctx, out, static_cast<int>(p - out.places.data())); !zone.empty()) return zone;
    }
    return {};
}

// "4:40 a.m. local time in Syria": the zone of the named place, else of the event's target.
std::optional<scenario::EventTime> eventTime(Context& ctx, const scenario::Scenario& out, const EventFrame& e,
                                             const std::string& eventId) {
    const int ti = effectiveTime(e);
    if (ti < 0) return std::nullopt;
    const auto& t = ctx.doc.times[ti];
    std::optional<TimeInterval> iv;
    if (t.resolved) iv = t.interval;
    if (t.needsZone) {
        std::string zone;
        for (size_t p = 0; p < out.places.size() && zone.empty(); ++p)
            for (const auto& mn : out.places[p].mentions)
                if (zone.empty() && t.localPlaceEnd > t.localPlaceStart && mn.start < t.localPlaceEnd &&
                    mn.end > t.localPlaceStart)
                    zone = zoneOf(ctx, out, static_cast<int>(p));
        if (zone.empty() && !e.to.empty()) zone = zoneOf(ctx, out, e.to.front());
        if (zone.empty() && e.from >= 0) zone = zoneOf(ctx, out, e.from);
        if (zone.empty()) zone = discourseZone(ctx, out);
        if (zone.empty()) zone = sentenceZone(ctx, out, t.sentence);
        if (!zone.empty()) iv = text::resolveInZone(t, zone);
        if (!iv) {
            ctx.diagnostics.push_back({Severity::Warning, "time.zone_unknown", "no time zone for '" + t.text + "'",
                                       {t.start, t.end}, eventId});
            if (t.interval.precision != TimePrecision::Unknown) iv = t.interval;
        }
    }
    if (!iv || iv->precision == TimePrecision::Unknown) return std::nullopt;
    if (e.time >= 0) iv = onDiscourseDay(ctx, t, *iv, e.carriedTime);
    return scenario::EventTime{iv->start, iv->end, iv->precision, t.text};
}

scenario::Event emitEvent(Context& ctx, scenario::Scenario& out, const Built& built, size_t index) {
    const auto& e = built.e;
    scenario::Event ev;
    ev.id = "e" + std::to_string(index + 1);
    ev.kind = kindName(e.kind);
    ev.actor = e.actor;
    ev.munition = e.munition.empty() ? e.aircraft : e.munition; // "F/A-18 aircraft": an air strike's speed
    ev.count = e.count;
    if (e.from >= 0) ev.from = out.places[e.from].id;
    // A country next to named places inside it adds nothing: "in Iraq ... near Mosul" targets Mosul. Nor does a
    // sea next to a smaller area inside it: "into the Pacific Ocean about 3,200 kilometers east of Japan". A sea the
    // text names beside waters off a coast it only describes stays: "into the sea off its east coast ... into the
    // East Sea" names the water the description leaves unnamed.
    const auto inside = [&](const scenario::Place& area, const scenario::Place& q) {
        return scenario::liesInside(q, area) && !isOffCoastName(q.name);
    };
    for (int p : e.to) {
        const auto& pl = out.places[p];
        bool inner = false;
        for (int q : e.to) {
            const auto& other = out.places[q];
            inner |= q != p && ((pl.kind == "country" && other.country == pl.country) ||
                                (pl.kind == "sea" && other.kind != "country" && other.country.empty() &&
                                 inside(pl, other)));
        }
        if (!inner) ev.to.push_back(pl.id);
    }
    ev.time = eventTime(ctx, out, e, ev.id);
    for (int c : e.claims) {
        ev.claims.push_back(out.claims[c].id);
        out.claims[c].event = ev.id;
    }
    for (int c : e.claims)
        if (ev.count && out.claims[c].value == *ev.count && !out.claims[c].speaker.empty()) {
            ev.speaker = out.claims[c].speaker;
            break;
        }
    ev.sentences = built.sentences;
    std::sort(ev.sentences.begin(), ev.sentences.end());
    if (ev.speaker.empty()) ev.speaker = e.speaker;
    return ev;
}

bool overlapping(const std::optional<scenario::EventTime>& x, const std::optional<scenario::EventTime>& y) {
    if (!x || !y) return true;
    const double slack = 12 * 3600.0;
    return x->start.unixSeconds <= y->end.unixSeconds + slack && y->start.unixSeconds <= x->end.unixSeconds + slack;
}

// "early Wednesday" or "overnight" dating two related events, of which only one has places that tell in which zone:
// the window read in that zone replaces the whole-day window (in every zone) of the other.
void narrowToSameTelling(std::optional<scenario::EventTime>& wide, const std::optional<scenario::EventTime>& narrow) {
    if (wide && narrow && wide->text == narrow->text && wide->start.unixSeconds <= narrow->start.unixSeconds &&
        narrow->end.unixSeconds <= wide->end.unixSeconds)
        wide = narrow;
}

// "Russia struck Lviv with cruise missiles early Thursday ... Russia launched 10 Kalibr cruise missiles from the Black
// Sea overnight": a strike by munitions, told apart from a launch of the same side, munitions and time that flew to
// every place it struck, is where that launch arrived: it is related to it and came from where it came from.
void strikeOfLaunch(scenario::Scenario& out, scenario::Event& strike) {
    if (strike.from || !strike.related.empty() || strike.to.empty() || strike.munition.empty()) return;
    const scenario::Event* source = nullptr;
    for (const auto& l : out.events) {
        if (l.kind != "launch" || !l.from || l.to.empty() || strike.actor != l.actor ||
            !compatibleMunition(l.munition, strike.munition) || !overlapping(l.time, strike.time))
            continue;
        const bool within = std::all_of(strike.to.begin(), strike.to.end(), [&](const std::string& p) {
            return std::find(l.to.begin(), l.to.end(), p) != l.to.end();
        });
        if (!within) continue;
        // "launched from the destroyer USS Peterson in the Red Sea and the cruiser USS Chancellorsville in the Persian
        // Gulf. Sixteen of the missiles hit the target": launches from several areas, parts of one whole, leave the
        // impact's origin unknown; it refines the whole.
        if (source && source->from != l.from) {
            strike.related = !source->related.empty() && source->related == l.related ? l.related : std::string{};
            return;
        }
        if (!source) source = &l;
    }
    if (source) {
        strike.related = source->id;
        strike.from = source->from;
        return;
    }
    // "A dozen ballistic missiles landed in Erbil ... The Revolutionary Guard says it fired them from Iran": a launch
    // told right after the strike, with an origin and no target of its own, of those munitions, flew to where they
    // struck.
    for (auto& l : out.events) {
        if (l.kind != "launch" || !l.from || !l.to.empty() || l.sentences.empty() || strike.sentences.empty() ||
            !compatibleText(l.actor, strike.actor) || !compatibleMunition(l.munition, strike.munition) ||
            !overlapping(l.time, strike.time))
            continue;
        const int gap = l.sentences.front() - strike.sentences.back();
        if (gap < 0 || gap > 1) continue;
        strike.related = l.id;
        strike.from = l.from;
        l.to = strike.to;
        if (l.munition.empty()) l.munition = strike.munition;
        return;
    }
}

// A launch flies to where its impact struck when it was told with no target ("at two Iraqi military bases"), or only
// with countries the impact's places lie in ("105 weapons at three facilities in Syria. 76 missiles struck the Barzah
// center in Damascus"): the finer places join the launch's targets, so its tracks arrive where the impacts tell.
// Each impact adds its own ("Two hit Tel Aviv and one struck Haifa"), so onlyCountries is of the targets told.
void addImpactPlaces(scenario::Scenario& out, scenario::Event& launch, const scenario::Event& impact,
                     bool toldNoTarget, bool onlyCountries) {
    for (const auto& id : impact.to) {
        const auto* place = out.place(id);
        const bool inside = onlyCountries && place && place->kind != "country" &&
                            std::any_of(launch.to.begin(), launch.to.end(), [&](const std::string& t) {
                                return out.place(t)->country == place->country;
                            });
        if ((toldNoTarget || inside) && std::find(launch.to.begin(), launch.to.end(), id) == launch.to.end())
            launch.to.push_back(id);
    }
}

// A crash or intercept belongs to the launch it came from: the nearest earlier (else later) launch of the same incident
// (compatible munition and days, and for a crash the same actor). Each side fills what the other lacks.
void relateEvents(scenario::Scenario& out, const std::vector<Built>& built) {
    auto& events = out.events;
    std::vector<std::string> untargeted;     // launches told with no place they flew to
    std::vector<std::string> countriesOnly;  // launches told flying to countries only
    const auto countryTarget = [&](const std::string& id) {
        const auto* p = out.place(id);
        return p && p->kind == "country";
    };
    for (const auto& e : events) {
        if (e.kind == "launch" && e.to.empty()) untargeted.push_back(e.id);
        if (e.kind == "launch" && !e.to.empty() && std::all_of(e.to.begin(), e.to.end(), countryTarget))
            countriesOnly.push_back(e.id);
    }
    for (size_t i = 0; i < events.size(); ++i) {
        auto& ev = events[i];
        if (ev.kind == "strike" && !built[i].e.impact) strikeOfLaunch(out, ev);
        if (built[i].e.impact) {
            // An impact refines the nearest launch before it of the same side and munition (else the nearest after
            // it, when the strike was told first: "Rockets struck X. The rockets were fired from Y"): its tracks
            // arrive here.
            const auto launchOf = [&](size_t j) {
                return events[j].kind == "launch" && compatibleText(events[j].actor, ev.actor) &&
                       compatibleMunition(events[j].munition, ev.munition) && overlapping(events[j].time, ev.time);
            };
            for (size_t j = i; j-- > 0 && ev.related.empty();)
                if (launchOf(j)) ev.related = events[j].id;
            for (size_t j = i + 1; j < events.size() && ev.related.empty(); ++j)
                if (launchOf(j)) ev.related = events[j].id;
            // Not the part from one of several areas ("from the destroyer USS Peterson in the Red Sea and the cruiser
            // USS Chancellorsville in the Persian Gulf. Sixteen of the missiles hit the target"): the whole, whose
            // origin the text leaves open.
            for (size_t j = 0; j < built.size() && j < events.size(); ++j)
                if (events[j].id == ev.related && built[j].refines >= 0) {
                    ev.related = events[static_cast<size_t>(built[j].refines)].id;
                    break;
                }
            // Its munitions came from where the launch was ("The missile struck M/V True Confidence"), and a launch
            // told with no place it flew to ("at two Iraqi military bases") flew to where they struck.
            if (auto* l = ev.related.empty() ? nullptr : out.event(ev.related)) {
                if (!ev.from) ev.from = l->from;
                const bool toldNoTarget = std::find(untargeted.begin(), untargeted.end(), l->id) != untargeted.end();
                const bool toldCountries =
                    std::find(countriesOnly.begin(), countriesOnly.end(), l->id) != countriesOnly.end();
                addImpactPlaces(out, *l, ev, toldNoTarget, toldCountries);
                narrowToSameTelling(l->time, ev.time);
            }
            continue;
        }
        if (ev.kind != "crash" && ev.kind != "intercept" && ev.kind != "flight") continue;
        // A launch, or else a strike by munitions ("Russia struck Kyiv with 18 missiles ... all of them were shot
        // down"; "Ukraine tried to strike two air bases with drones ... The drones were intercepted", beside a
        // launch of missiles that the intercept is not of).
        const auto nearestSource = [&](std::string_view kind) {
            scenario::Event* best = nullptr;
            int bestGap = 1 << 30;
            for (size_t j = 0; j < events.size(); ++j) {
                auto& l = events[j];
                if (l.kind != kind || (kind == "strike" && l.munition.empty())) continue;
                // An intercept's actor is the defender, not the one who fired. A crash's weak actor is only the
                // speaker's country ("a U.S. official said four missiles crashed in Iran"): it names no side.
                const bool sideTold = ev.kind != "intercept" && built[i].e.actorStrong;
                if ((sideTold && !compatibleText(l.actor, ev.actor)) || !compatibleMunition(l.munition, ev.munition) ||
                    !overlapping(l.time, ev.time))
                    continue;
                // The one told last before it: an event told over several sentences is as near as its last one.
                const int gap = std::abs(built[i].e.sentence - built[j].lastSentence) + (j > i ? 1 : 0);
                if (gap < bestGap) { bestGap = gap; best = &l; }
            }
            return best;
        };
        scenario::Event* launch = nearestSource("launch");
        if (!launch) launch = nearestSource("strike");
        if (!launch) continue;
        ev.related = launch->id;
        // The munitions' side; not the side of interceptors, whose target is what fell ("shot down by an IRGC
        // surface-to-air missile ... The aircraft fell into international waters").
        if (ev.kind == "crash" && !built[i].e.actorStrong && munitionClass(launch->munition) != "sam")
            ev.actor = launch->actor;
        // A downed aircraft did not come from where the missile that hit it was fired.
        if (!ev.from && !built[i].e.aircraftDown) ev.from = launch->from;
        // "Three were shot down": of the munitions launched, when the text names none of its own.
        if (ev.munition.empty() && !built[i].e.aircraftDown) ev.munition = launch->munition;
        // Not to a launch told from several areas ("from Iran, Iraq, Syria and Yemen"): its parts fly from each.
        const bool whole = built[static_cast<size_t>(launch - events.data())].e.wholeOfAreas;
        if (!launch->from && ev.from && !whole) launch->from = ev.from;
        if (!ev.time) ev.time = launch->time;
        if (!launch->time) launch->time = ev.time;
        narrowToSameTelling(ev.time, launch->time);
        // Where the munitions were engaged or came down is the best known end of a flight whose target is unknown;
        // an intercept with no place of its own happened on the way to the launch's target.
        // Not where it flew over: a place overflown is on the way, not at its end.
        if (launch->to.empty() && ev.kind != "flight") launch->to = ev.to;
        else if (ev.to.empty() && ev.kind == "intercept") ev.to = launch->to;
        // A munition that came down with no place told, of a launch at a ship or a water: in that water.
        else if (ev.to.empty() && ev.kind == "crash" && !launch->to.empty() &&
                 std::all_of(launch->to.begin(), launch->to.end(), [&](const std::string& id) {
                     const auto* p = out.place(id);
                     return p && p->kind == "sea";
                 }))
            ev.to = launch->to;
        if (built[i].e.countAll && !ev.count) ev.count = launch->count;
        if (!launch->count && built[i].e.countAll) launch->count = ev.count;
    }
}

// Stances: stated when the speaker is the acting party, reported otherwise (confirmed/denied/assessed kept).
void settleStances(Context& ctx, scenario::Scenario& out) {
    for (size_t c = 0; c < out.claims.size(); ++c) {
        auto& cl = out.claims[c];
        if (ctx.claimInfo[c].verbStance || cl.speaker.empty()) continue;
        const auto* ev = out.event(cl.event);
        const std::string actor = ev ? ev->actor : std::string{};
        const auto& sc = ctx.claimInfo[c].speakerCountry;
        const std::string spk = asciiLower(cl.speaker);
        const bool coalitionSpeaker = spk.find("coalition") != std::string::npos ||
                                      spk.find("task force") != std::string::npos;
        if ((!sc.empty() && actor.rfind(sc, 0) == 0) ||
            (coalitionSpeaker && actor.find("coalition") != std::string::npos))
            cl.stance = "stated";
        else
            cl.stance = "reported";
    }
}

// Events told in one sentence happen together: one without a time takes its neighbour's ("Turkey says it has shot
// down an aircraft that had intruded into its airspace").
// An event with no time of its own takes that of an event told in one of its sentences, but not an event before a
// temporal clause the time of the one inside it ("struck X after a rocket was fired on Sunday").
void shareSentenceTimes(std::vector<scenario::Event>& events, const std::vector<Built>& built) {
    const auto frameOf = [&](size_t i) { return i < built.size() ? &built[i].e : nullptr; };
    for (size_t i = 0; i < events.size(); ++i) {
        auto& ev = events[i];
        if (ev.time) continue;
        for (size_t j = 0; j < events.size(); ++j) {
            const auto& other = events[j];
            const bool otherIncident = frameOf(i) && frameOf(j) && frameOf(i)->beforeTemporalClause &&
                                       frameOf(j)->temporalClause && frameOf(j)->sentence == frameOf(i)->sentence;
            if (other.time && j != i && !otherIncident &&
                std::find_first_of(ev.sentences.begin(), ev.sentences.end(), other.sentences.begin(),
                                   other.sentences.end()) != ev.sentences.end()) {
                ev.time = other.time;
                break;
            }
        }
    }
}

} // namespace

namespace {
// "in retaliation for Iran's ballistic missile attack on Israel earlier this month", "in response to", "to avenge":
// the phrase up to the next comma names another incident; its triggers and places are not this event's.
void markOtherIncidents(Context& ctx) {
    const auto& T = ctx.toks;
    ctx.otherIncident.assign(T.size(), 0);
    for (size_t i = 0; i + 2 < T.size(); ++i) {
        const auto w = T[i + 1].lower;
        // "in retaliation for", also "the first wave of retaliation for", "a response to"
        const bool cause = (text::isCauseNoun(w) && (T[i + 2].is("for") || T[i + 2].is("to"))) ||
                           (T[i].is("to") && (w == "avenge" || w == "retaliate")) ||
                           // "whom U.S. officials hold responsible for the Aug. 7 bombings of the U.S. embassies"
                           ((T[i].is("responsible") || T[i].is("blamed") || T[i].is("blames") ||
                             T[i].is("blame")) && w == "for") ||
                           // "targeted a man wanted for the 2002 bombing of a hotel near Mombasa"
                           ((T[i].is("wanted") || T[i].is("convicted") || T[i].is("indicted")) &&
                            (w == "for" || w == "in"));
        if (!cause) continue;
        const size_t from = T[i].is("in") || T[i].is("to") || T[i].is("for") ? i : i + 1;
        size_t end = from;
        while (end < T.size() && T[end].sentence == T[from].sentence && T[end].text != "," && T[end].text != ";")
            ++end;
        // "a response to Iran's strike on Tuesday in Pakistan's Balochistan province": a cause told with its own day
        // and place is an incident the report tells too (2): its frame keeps to its own phrase.
        const bool dated = std::any_of(ctx.doc.times.begin(), ctx.doc.times.end(), [&](const text::TimeExpr& t) {
            return t.start >= T[from].start && t.end <= T[end - 1].end;
        });
        const bool placed = std::any_of(ctx.mentions.begin(), ctx.mentions.end(), [&](const PlaceMention& m) {
            return !m.dropped && !m.demonym && m.first >= from && m.last < end;
        });
        for (size_t k = from; k < end; ++k) ctx.otherIncident[k] = dated && placed ? 2 : 1;
    }
}
} // namespace

// "About 20 rockets were launched ... Four of the rockets were intercepted ... The rest fell short and landed inside
// Syria": the rest is the launch's count less its parts told before (intercepted, crashed, struck), recorded as a
// claim of its own whose text is the words "The rest".
void countTheRest(Context& ctx, scenario::Scenario& out, const std::vector<Built>& built) {
    const auto& T = ctx.toks;
    for (size_t i = 0; i < built.size(); ++i) {
        auto& ev = out.events[i];
        if (ev.count || ev.related.empty() || ev.kind == "launch") continue;
        const size_t trig = built[i].e.trig;
        size_t k = trig;
        while (k > 0 && trig - k < 3 && (T[k - 1].is("later") || T[k - 1].is("also") || T[k - 1].is("then"))) --k;
        if (k == 0 || !(T[k - 1].is("rest") || T[k - 1].is("remainder") || T[k - 1].is("others"))) continue;
        const auto whole = std::find_if(out.events.begin(), out.events.end(),
                                        [&](const scenario::Event& w) { return w.id == ev.related; });
        if (whole == out.events.end() || !whole->count) continue;
        long long told = 0;
        for (size_t j = 0; j < built.size(); ++j)
            if (j != i && out.events[j].related == ev.related && out.events[j].count &&
                built[j].sentences.front() <= built[i].sentences.front())
                told += *out.events[j].count;
        if (told <= 0 || told >= *whole->count) continue;
        const size_t first = k >= 2 && T[k - 2].is("the") ? k - 2 : k - 1;
        scenario::Claim c;
        c.id = "c" + std::to_string(out.claims.size() + 1);
        c.quantity = ev.kind == "crash" ? "crashed" : ev.kind == "intercept" ? "intercepted" : "reached";
        c.value = *whole->count - told;
        c.unit = ev.munition;
        c.speaker = ev.speaker;
        c.stance = "reported";
        c.event = ev.id;
        c.sentence = T[first].sentence;
        c.start = T[first].start;
        c.end = T[k - 1].end;
        c.text = std::string(ctx.doc.slice(c.start, c.end));
        ev.count = static_cast<int>(c.value);
        ev.claims.push_back(c.id);
        ClaimInfo info;
        info.numberTok = info.headTok = k - 1;
        info.unit = lex::UnitClass::Munition;
        out.claims.push_back(std::move(c));
        ctx.claimInfo.push_back(std::move(info));
        ctx.diagnostics.push_back({Severity::Note, "event.count_of_rest",
                                   "'" + out.claims.back().text + "' is the " + std::to_string(*whole->count) +
                                       " of " + whole->id + " less the " + std::to_string(told) + " told before",
                                   {out.claims.back().start, out.claims.back().end},
                                   "events[" + std::to_string(i) + "].count"});
    }
}

void findEvents(Context& ctx, scenario::Scenario& out) {
    markOtherIncidents(ctx);
    std::vector<EventFrame> frames;
    int datedTime = -1; // the latest time that dated an event-like clause
    for (int s = 0; s < static_cast<int>(ctx.doc.sentences.size()); ++s) {
        if (ctx.skipSentence[s]) continue;
        std::vector<int> dated;
        auto here = readSentenceFrames(ctx, out, s, dated);
        for (const auto& e : here)
            if (e.time >= 0 && !e.causeIncident && !startsTally(ctx, ctx.doc.times[static_cast<size_t>(e.time)])) {
                dated.insert(dated.begin(), e.time);
                break;
            }
        // Used when the frame has no time, or no day, of its own: the sentence's own dating first ("a wave the night
        // before that X said included 45 drones that his forces shot down"), else the latest before it.
        // Not a time of the temporal clause after it ("struck X after a rocket was fired on Sunday").
        for (auto& e : here) {
            const auto beforeScopeEnd = [&](int t) {
                return !e.beforeTemporalClause || e.scopeEnd >= ctx.toks.size() ||
                       ctx.doc.times[static_cast<size_t>(t)].start < ctx.toks[e.scopeEnd].start;
            };
            const auto own = std::find_if(dated.begin(), dated.end(), beforeScopeEnd);
            e.carriedTime = e.temporalClause || e.causeIncident ? -1 : own != dated.end() ? *own : datedTime;
        }
        // A time that dates only the earlier incident after it ("six days after an airstrike") or names one ("the
        // April 5 bombing") dates nothing later.
        if (const auto* t = dated.empty() ? nullptr : &ctx.doc.times[static_cast<size_t>(dated.front())];
            t && !t->datesFollowing && !t->labelsIncident)
            datedTime = dated.front();
        for (auto& e : here) frames.push_back(std::move(e));
    }
    auto built = mergeFrames(ctx, out, frames);
    partsBeforeTotal(ctx, built);
    takeWholes(out, built);
    originFromShipsSea(ctx, out, built);
    originFromAircraftBase(ctx, out, built);
    settleActors(out, built); // before the discourse lends targets by side, and again with them
    targetsFromDiscourse(ctx, out, built);
    sideOfTheIncident(ctx, out, built);
    sideOfTheSeries(ctx, built);
    settleActors(out, built);
    for (size_t i = 0; i < built.size(); ++i) out.events.push_back(emitEvent(ctx, out, built[i], i));
    relateEvents(out, built);
    for (size_t i = 0; i < built.size(); ++i)
        if (built[i].refines >= 0) out.events[i].related = out.events[static_cast<size_t>(built[i].refines)].id;
    countTheRest(ctx, out, built);
    shareSentenceTimes(out.events, built);
    settleStances(ctx, out);
}

} // namespace salvo::extract::detail
