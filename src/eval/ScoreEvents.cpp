// Events, launches, times and invented origins.
// Model: the gold events not noted "optional for scoring" form units: an event on its own, or an aggregate with its
// parts ("accept the total or the parts"). Each unit counts once in every figure. For every way of taking the
// aggregates (total or parts: 2^k ways, k aggregates, at most 2^8 tried) the gold events taken are matched one to one
// with scenario events, greedily by score; the way with most units right in full, then in part, wins (ties: totals).
// Times: an interval "touches" day D when it overlaps D in UTC (right in full); it "lies within" D when some time
// zone from UTC−12 to UTC+14 puts all of it on D (the times figure). An event with no time of its own takes the time
// of the event it refines (`related`).
#include "eval/Score.hpp"

#include "eval/PlaceMatch.hpp"
#include "geodesy/Geodesic.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>

namespace salvo::eval {

namespace {

enum class Level { None, Part, Full };

struct Judgement {
    Level level = Level::None;
    int score = 0;                   // orders candidate pairs: full before part, then more criteria met
    std::vector<std::string> faults; // what keeps it from full
};

struct Scoring {
    const Gold& gold;
    const scenario::Scenario& sc;
    const sim::Simulation& sim;
    const Diagnostics& simDiagnostics;
};

bool kindMatches(const std::string& goldKind, const std::string& scenarioKind) {
    return goldKind == scenarioKind || (goldKind == "launch" && scenarioKind == "flight");
}

std::string placeLabel(const scenario::Scenario& sc, const std::string& id) {
    const auto* p = sc.place(id);
    return p ? id + " '" + p->name + "'" : id;
}

bool standsForName(const Scoring& s, const std::string& placeId, const std::string& goldName) {
    const auto* p = s.sc.place(placeId);
    const auto* g = s.gold.place(goldName);
    return p && g && standsFor(*p, *g);
}

// A read place at the gold event's relative location ("60 miles northwest of Mogadishu") stands for its target.
bool atOffsetPoint(const Scoring& s, const GoldEvent& g, const std::string& placeId) {
    const auto* p = s.sc.place(placeId);
    return p && g.offsetPoint && offsetDeg(p->pos, *g.offsetPoint) <= offsetToleranceDeg(g);
}

std::optional<TimeInterval> timeOf(const scenario::Scenario& sc, const scenario::Event& e) {
    const scenario::Event* source = &e;
    if (!e.time && !e.related.empty()) source = sc.event(e.related);
    if (!source || !source->time) return std::nullopt;
    return TimeInterval{source->time->start, source->time->end, source->time->precision};
}

UtcTime dayStart(const std::string& day) { return parseIsoUtc(day).value_or(UtcTime{}); }

bool touchesDay(const TimeInterval& t, const std::string& day) {
    const UtcTime d = dayStart(day);
    return t.start <= d + 86400.0 && t.end >= d;
}

// Whether some zone offset z in UTC−12..UTC+14 puts all of t within [first, last + 1 day) local time.
bool liesWithinDays(const TimeInterval& t, UtcTime first, UtcTime last) {
    const double lo = std::max(first - t.start, -12 * 3600.0), hi = std::min(last + 86400.0 - t.end, 14 * 3600.0);
    return lo <= hi;
}

// Right in full: the time touches one accepted day (UTC).
bool dateTouches(const GoldEvent& g, const std::optional<TimeInterval>& t) {
    if (!t) return g.noDateAccepted;
    if (!g.date) return true;
    for (const auto& day : g.acceptedDays)
        if (touchesDay(*t, day)) return true;
    return false;
}

// The times figure: the time lies within accepted days; consecutive accepted days count as one span, so a note that
// accepts "any date 2025-07-14..2025-07-16" accepts a time spanning those three days.
bool dateWithin(const GoldEvent& g, const std::optional<TimeInterval>& t) {
    if (!t) return g.noDateAccepted;
    if (!g.date) return true;
    const auto& days = g.acceptedDays; // sorted, unique
    for (size_t i = 0; i < days.size();) {
        size_t j = i;
        while (j + 1 < days.size() && dayStart(days[j + 1]) - dayStart(days[j]) == 86400.0) ++j;
        if (liesWithinDays(*t, dayStart(days[i]), dayStart(days[j]))) return true;
        i = j + 1;
    }
    return false;
}

std::string timeLabel(const std::optional<TimeInterval>& t) {
    if (!t) return "none";
    return formatIsoUtc(t->start) + ".." + formatIsoUtc(t->end);
}

std::string acceptedLabel(const GoldEvent& g) {
    std::string out;
    for (const auto& d : g.acceptedDays) out += (out.empty() ? "" : "|") + d;
    return out.empty() ? "none" : out;
}

Judgement judge(const Scoring& s, const GoldEvent& g, const scenario::Event& e, bool kindUnique) {
    Judgement j;
    if (!kindMatches(g.kind, e.kind)) return j;
    int toHits = 0;
    for (const auto& name : g.toPlaces) {
        bool hit = false;
        for (const auto& id : e.to) hit = hit || standsForName(s, id, name) || atOffsetPoint(s, g, id);
        if (hit) ++toHits;
        else j.faults.push_back("to " + name + " missed");
    }
    bool fromRight = !e.from;
    if (g.fromPlace) {
        fromRight = e.from && standsForName(s, *e.from, *g.fromPlace);
        if (!fromRight) j.faults.push_back("from " + (e.from ? placeLabel(s.sc, *e.from) : std::string("none")) + ", gold " + *g.fromPlace);
    } else if (e.from) {
        j.faults.push_back("from " + placeLabel(s.sc, *e.from) + " invented");
    }
    const bool part = toHits > 0 || (g.toPlaces.empty() && ((g.fromPlace && fromRight) || kindUnique));
    if (!part) return j;
    const bool countRight = g.count ? e.count == g.count || (!e.count && g.noCountAccepted) : !e.count;
    if (!countRight)
        j.faults.push_back("count " + (e.count ? std::to_string(*e.count) : std::string("none")) + ", gold " +
                           (g.count ? std::to_string(*g.count) : std::string("none")));
    const auto t = timeOf(s.sc, e);
    const bool dateOk = dateTouches(g, t);
    if (!dateOk) j.faults.push_back("time " + timeLabel(t) + ", gold " + acceptedLabel(g));
    const bool full = toHits == static_cast<int>(g.toPlaces.size()) && fromRight && countRight && dateOk;
    j.level = full ? Level::Full : Level::Part;
    j.score = (full ? 1000 : 100) + 10 * toHits + int(fromRight) + int(countRight) + int(dateOk);
    return j;
}

struct Unit {
    size_t total = 0;           // index into gold.events
    std::vector<size_t> parts;  // indices of the parts, empty for an event on its own
};

std::vector<Unit> buildUnits(const Gold& gold) {
    std::vector<bool> isPart(gold.events.size(), false);
    for (const auto& e : gold.events) {
        if (e.optional) continue;
        for (const auto& id : e.aggregateOf)
            for (size_t i = 0; i < gold.events.size(); ++i)
                if (gold.events[i].id == id && !gold.events[i].optional && !gold.events[i].aggregateOf.size()) isPart[i] = true;
    }
    std::vector<Unit> units;
    for (size_t i = 0; i < gold.events.size(); ++i) {
        if (gold.events[i].optional || isPart[i]) continue;
        Unit u{i, {}};
        for (const auto& id : gold.events[i].aggregateOf)
            for (size_t k = 0; k < gold.events.size(); ++k)
                if (gold.events[k].id == id && isPart[k]) u.parts.push_back(k);
        units.push_back(std::move(u));
    }
    return units;
}

// One way of taking the aggregates, matched: which scenario event each gold event got, and how well.
struct Matching {
    std::vector<std::vector<size_t>> taken;    // per unit, the gold events standing for it
    std::vector<std::optional<size_t>> match;  // per gold event, the scenario event
    std::vector<Judgement> judgement;          // per gold event
    std::vector<Level> unitLevel;
    int full = 0, part = 0;
};

Matching matchUnits(const Scoring& s, const std::vector<Unit>& units, unsigned partsMask) {
    Matching m;
    m.match.assign(s.gold.events.size(), std::nullopt);
    m.judgement.assign(s.gold.events.size(), {});
    std::vector<size_t> takenEvents;
    for (size_t u = 0, k = 0; u < units.size(); ++u) {
        const bool useParts = !units[u].parts.empty() && k < 8 && (partsMask >> k++ & 1u);
        m.taken.push_back(useParts ? units[u].parts : std::vector<size_t>{units[u].total});
        takenEvents.insert(takenEvents.end(), m.taken.back().begin(), m.taken.back().end());
    }
    struct Pair { size_t gold, scen; Judgement j; };
    std::vector<Pair> pairs;
    for (const size_t gi : takenEvents) {
        const auto& g = s.gold.events[gi];
        const bool unique = std::count_if(takenEvents.begin(), takenEvents.end(),
                                          [&](size_t o) { return s.gold.events[o].kind == g.kind; }) == 1;
        for (size_t si = 0; si < s.sc.events.size(); ++si)
            if (auto j = judge(s, g, s.sc.events[si], unique); j.level != Level::None) pairs.push_back({gi, si, std::move(j)});
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.j.score > b.j.score; });
    std::vector<bool> scenUsed(s.sc.events.size(), false);
    for (auto& p : pairs) {
        if (m.match[p.gold] || scenUsed[p.scen]) continue;
        m.match[p.gold] = p.scen;
        scenUsed[p.scen] = true;
        m.judgement[p.gold] = std::move(p.j);
    }
    for (const auto& taken : m.taken) {
        Level level = Level::Full;
        for (const size_t gi : taken) level = std::min(level, m.judgement[gi].level);
        m.unitLevel.push_back(level);
        m.full += level == Level::Full;
        m.part += level != Level::None;
    }
    return m;
}

Matching bestMatching(const Scoring& s, const std::vector<Unit>& units) {
    int aggregates = 0;
    for (const auto& u : units) aggregates += !u.parts.empty();
    const unsigned ways = 1u << std::min(aggregates, 8);
    Matching best = matchUnits(s, units, 0);
    for (unsigned mask = 1; mask < ways; ++mask) {
        Matching m = matchUnits(s, units, mask);
        if (m.full > best.full || (m.full == best.full && m.part > best.part)) best = std::move(m);
    }
    return best;
}

// Whether the simulation replays a matched gold launch: its tracks start within the from place's tolerance, aim at a
// point within the tolerance of one of the gold targets (the route's last point: a crash ends a track early but does
// not change where it was aimed), and are as many as the gold count.
bool replayed(const Scoring& s, const GoldEvent& g, const scenario::Event& e, std::string& why) {
    const GoldPlace* from = s.gold.place(*g.fromPlace);
    // "from Iran": a launch anywhere in the country the gold names starts where the report says (the gold gives the
    // country one point, and a launch placed within the munition's range of its target is rarely there).
    const scenario::Place* origin = e.from ? s.sc.place(*e.from) : nullptr;
    const bool countryOrigin = origin && origin->kind == "country" && from->kind == "country" &&
                               standsForName(s, *e.from, *g.fromPlace);
    int tracks = 0;
    for (const auto& t : s.sim.tracks()) {
        if (t.eventId != e.id || t.route.empty()) continue;
        ++tracks;
        char buf[160];
        const bool inCountry =
            countryOrigin && geodesy::distanceMeters(t.route.front(), origin->pos) <= origin->radiusMeters;
        if (const double off = offsetDeg(t.route.front(), from->pos); off > toleranceDeg(*from) && !inCountry) {
            std::snprintf(buf, sizeof buf, "track %s starts %.2f° from %s (tolerance %g°)", t.id.c_str(), off,
                          from->name.c_str(), toleranceDeg(*from));
            why = buf;
            return false;
        }
        bool aimed = g.toPlaces.empty();
        for (const auto& name : g.toPlaces)
            if (const auto* to = s.gold.place(name)) aimed = aimed || offsetDeg(t.route.back(), to->pos) <= toleranceDeg(*to);
        if (!aimed) {
            std::snprintf(buf, sizeof buf, "track %s ends at %.2f, %.2f, near no gold target", t.id.c_str(),
                          t.route.back().lat, t.route.back().lon);
            why = buf;
            return false;
        }
    }
    if (tracks == 0) {
        why = "no tracks for " + e.id;
        if (!e.from) why += " (no from place)";
        else if (e.to.empty()) why += " (no target)";
        for (const auto& d : s.simDiagnostics)
            if (d.where == "events." + e.id) why += ": " + d.message;
        return false;
    }
    if (g.count && tracks != *g.count) {
        why = std::to_string(tracks) + " tracks, gold count " + std::to_string(*g.count);
        return false;
    }
    return true;
}

std::string goldLabel(const GoldEvent& g) {
    std::string out = g.id + " " + g.kind;
    if (g.fromPlace) out += " from " + *g.fromPlace;
    for (size_t i = 0; i < g.toPlaces.size(); ++i) out += (i ? ", " : " → ") + g.toPlaces[i];
    return out;
}

std::string scenarioLabel(const scenario::Scenario& sc, const scenario::Event& e) {
    std::string out = e.id + " " + e.kind;
    if (e.from) out += " from " + placeLabel(sc, *e.from);
    for (size_t i = 0; i < e.to.size(); ++i) out += (i ? ", " : " → ") + placeLabel(sc, e.to[i]);
    if (e.count) out += " ×" + std::to_string(*e.count);
    return out;
}

void explainEvent(const Scoring& s, const Matching& m, size_t gi, ArticleScore& out) {
    const auto& g = s.gold.events[gi];
    std::string line = goldLabel(g) + ": ";
    if (!m.match[gi]) {
        std::string read;
        for (const auto& e : s.sc.events)
            if (kindMatches(g.kind, e.kind)) read += (read.empty() ? "" : "; ") + scenarioLabel(s.sc, e);
        line += "missed (" + (read.empty() ? "no " + g.kind + " event read" : g.kind + " read: " + read) + ")";
    } else {
        const auto& j = m.judgement[gi];
        line += std::string(j.level == Level::Full ? "full" : "part") + " (read " + s.sc.events[*m.match[gi]].id + ")";
        for (size_t i = 0; i < j.faults.size(); ++i) line += (i ? "; " : ": ") + j.faults[i];
    }
    out.findings.push_back({Finding::Section::Event, line});
}

// The launch and times figures for one unit (counted by its total event; taken through the events chosen for it).
void tallyUnit(const Scoring& s, const Unit& unit, const Matching& m, size_t u, ArticleScore& out) {
    const auto& total = s.gold.events[unit.total];
    if (total.kind == "launch" && total.fromPlace) {
        out.events.launches.total++;
        bool ok = false;
        for (const size_t gi : m.taken[u]) {
            const auto& g = s.gold.events[gi];
            if (g.kind != "launch" || !g.fromPlace) continue;
            std::string why = "event missed";
            ok = m.match[gi] && replayed(s, g, s.sc.events[*m.match[gi]], why);
            if (!ok) { out.findings.push_back({Finding::Section::Launch, g.id + ": " + why}); break; }
        }
        out.events.launches.hits += ok;
    }
    if (total.date) {
        out.events.times.total++;
        bool ok = false;
        for (const size_t gi : m.taken[u]) {
            const auto& g = s.gold.events[gi];
            if (!g.date) continue;
            const auto t = m.match[gi] ? timeOf(s.sc, s.sc.events[*m.match[gi]]) : std::nullopt;
            ok = m.match[gi] && dateWithin(g, t);
            if (!ok) {
                const std::string read = m.match[gi] ? "read " + timeLabel(t) : std::string("event missed");
                out.findings.push_back({Finding::Section::Time, g.id + ": " + read + ", gold " + acceptedLabel(g)});
                break;
            }
        }
        out.events.times.hits += ok;
    }
}

// Scenario events left over after the matching: "extra" when they match a gold event that was not scored (an optional
// one, or the side of an aggregate that was not taken), else "unmatched".
void explainLeftovers(const Scoring& s, const Matching& m, ArticleScore& out) {
    std::vector<bool> used(s.sc.events.size(), false), goldTaken(s.gold.events.size(), false);
    for (size_t gi = 0; gi < m.match.size(); ++gi)
        if (m.match[gi]) used[*m.match[gi]] = true;
    for (const auto& taken : m.taken)
        for (const size_t gi : taken) goldTaken[gi] = true;
    for (size_t si = 0; si < s.sc.events.size(); ++si) {
        if (used[si]) continue;
        const auto& e = s.sc.events[si];
        std::optional<size_t> best;
        int bestScore = 0;
        for (size_t gi = 0; gi < s.gold.events.size(); ++gi) {
            if (goldTaken[gi]) continue;
            const auto j = judge(s, s.gold.events[gi], e, false);
            if (j.level != Level::None && j.score > bestScore) { best = gi; bestScore = j.score; }
        }
        if (!best) { out.findings.push_back({Finding::Section::EventUnmatched, scenarioLabel(s.sc, e)}); continue; }
        const auto& g = s.gold.events[*best];
        std::string why = g.optional ? "optional" : "not scored";
        for (const auto& total : s.gold.events)
            if (std::find(total.aggregateOf.begin(), total.aggregateOf.end(), g.id) != total.aggregateOf.end()) why = "part of " + total.id;
        if (!g.aggregateOf.empty()) why = "total of its parts";
        out.findings.push_back({Finding::Section::EventExtra, scenarioLabel(s.sc, e) + ": matches " + g.id + " (" + why + ")"});
    }
}

// A country that contains the gold origin is a coarse origin, not an invented one ("from Iran" for Goruk, Iran).
bool containsOrigin(const scenario::Place* place, const GoldPlace* origin) {
    return place && origin && place->kind == "country" && !place->country.empty() && place->country == origin->countryIso2;
}

void scoreOrigins(const Scoring& s, ArticleScore& out) {
    for (const auto& e : s.sc.events) {
        if (!e.from) continue;
        bool known = false;
        for (const auto& g : s.gold.events)
            known = known || (g.fromPlace && (standsForName(s, *e.from, *g.fromPlace) ||
                                              containsOrigin(s.sc.place(*e.from), s.gold.place(*g.fromPlace))));
        if (known) continue;
        out.events.inventedOrigins++;
        out.findings.push_back({Finding::Section::OriginInvented, scenarioLabel(s.sc, e)});
    }
}

} // namespace

void scoreEvents(const Gold& gold, const scenario::Scenario& sc, const sim::Simulation& simulation,
                 const Diagnostics& simDiagnostics, ArticleScore& out) {
    const Scoring s{gold, sc, simulation, simDiagnostics};
    const auto units = buildUnits(gold);
    const Matching m = bestMatching(s, units);
    out.events.gold = static_cast<int>(units.size());
    out.events.scenario = static_cast<int>(sc.events.size());
    out.events.full = m.full;
    out.events.part = m.part;
    std::string rightInFull;
    for (size_t u = 0; u < units.size(); ++u) {
        for (const size_t gi : m.taken[u]) {
            if (m.judgement[gi].level != Level::Full) explainEvent(s, m, gi, out);
            else rightInFull += (rightInFull.empty() ? "" : ", ") + gold.events[gi].id + " (read " + sc.events[*m.match[gi]].id + ")";
        }
        tallyUnit(s, units[u], m, u, out);
    }
    if (!rightInFull.empty()) out.findings.push_back({Finding::Section::Event, "right in full: " + rightInFull});
    explainLeftovers(s, m, out);
    scoreOrigins(s, out);
}

} // namespace salvo::eval
