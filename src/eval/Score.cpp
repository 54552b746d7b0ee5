// Places and counts (events are in ScoreEvents.cpp). Edge cases worth knowing:
// - A scenario place whose every mention is a modifier ("Russian" turned into Russia) is left out of precision: the
//   gold never lists demonyms as places, so such a place is neither right nor wrong there.
// - Counts compare values only: who said it and what it counts are the reader's business, the ledger shows them.
#include "eval/Score.hpp"

#include "eval/PlaceMatch.hpp"

#include <cmath>
#include <cstdio>
#include <set>

namespace salvo::eval {

namespace {

std::string degrees(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", value);
    return buf;
}

std::string number(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", value);
    return buf;
}

std::string describe(const scenario::Place& p) {
    return p.id + " '" + p.name + "' (" + p.kind + " " + degrees(p.pos.lat) + ", " + degrees(p.pos.lon) + ")";
}

bool onlyModifiers(const scenario::Place& p) {
    if (p.mentions.empty()) return false;
    for (const auto& m : p.mentions)
        if (m.role != "modifier") return false;
    return true;
}

// Why a gold place was not found: read under its name but placed elsewhere, or not read at all.
std::string whyMissed(const GoldPlace& g, const scenario::Scenario& sc) {
    const scenario::Place* named = nullptr;
    for (const auto& p : sc.places)
        if (isNamedAs(p, g) && (!named || offsetDeg(p.pos, g.pos) < offsetDeg(named->pos, g.pos))) named = &p;
    const std::string head = g.name + " (" + g.kind + ")";
    if (!named) return head + ": not read";
    if (named->kind == "country" && g.kind == "country" && !named->country.empty() && !g.countryIso2.empty())
        return head + ": read as " + describe(*named) + ", country " + named->country + ", gold " + g.countryIso2;
    return head + ": read as " + describe(*named) + ", " + degrees(offsetDeg(named->pos, g.pos)) +
           "° off (tolerance " + number(toleranceDeg(g)) + "°)";
}

bool sameValue(double a, double b) { return std::abs(a - b) < 1e-6; }

} // namespace

void scorePlaces(const Gold& gold, const scenario::Scenario& sc, ArticleScore& out) {
    std::vector<std::string> optionalMissed;
    for (const auto& g : gold.places) {
        const scenario::Place* found = nullptr;
        for (const auto& p : sc.places)
            if (isFound(p, g)) { found = &p; break; }
        out.places.recallAll.total++;
        if (found) out.places.recallAll.hits++;
        if (g.scored()) {
            out.places.recall.total++;
            if (found) out.places.recall.hits++;
        }
        if (found && !kindsCompatible(found->kind, g.kind)) {
            out.places.kindMismatches++;
            out.findings.push_back({Finding::Section::PlaceKind, g.name + ": gold " + g.kind + ", read as " + describe(*found)});
        }
        if (!found && g.scored()) out.findings.push_back({Finding::Section::PlaceMissed, whyMissed(g, sc)});
        if (!found && !g.scored()) optionalMissed.push_back(g.name);
    }
    if (!optionalMissed.empty()) {
        std::string line = "optional or metonymic, not found:";
        for (size_t i = 0; i < optionalMissed.size(); ++i) line += (i ? ", " : " ") + optionalMissed[i];
        out.findings.push_back({Finding::Section::PlaceMissed, line});
    }
    for (const auto& p : sc.places) {
        if (onlyModifiers(p)) continue;
        out.places.precision.total++;
        bool matched = false;
        for (const auto& g : gold.places) matched = matched || standsFor(p, g);
        for (const auto& e : gold.events) // a relative location the gold computed ("60 miles northwest of ...")
            matched = matched || (e.offsetPoint && offsetDeg(p.pos, *e.offsetPoint) <= offsetToleranceDeg(e));
        if (matched) out.places.precision.hits++;
        else out.findings.push_back({Finding::Section::PlaceUnmatched, describe(p)});
    }
}

void scoreCounts(const Gold& gold, const scenario::Scenario& sc, ArticleScore& out) {
    out.counts.claims = static_cast<int>(sc.claims.size());
    std::set<double> allowed; // values an event count may take without being invented
    for (const auto& c : gold.counts) {
        if (!c.strikeRelated) continue;
        allowed.insert(c.value);
        out.counts.recall.total++;
        bool found = false;
        for (const auto& claim : sc.claims) found = found || sameValue(claim.value, c.value);
        if (found) out.counts.recall.hits++;
        else out.findings.push_back({Finding::Section::CountMissed, number(c.value) + " (" + c.what + ")"});
    }
    for (const auto& e : gold.events)
        if (e.count) allowed.insert(*e.count);
    for (const auto& e : sc.events) {
        if (!e.count) continue;
        bool known = false;
        for (const double v : allowed) known = known || sameValue(v, *e.count);
        if (known) continue;
        out.counts.inventedNumbers++;
        std::string line = e.id + " " + e.kind + " count " + std::to_string(*e.count);
        for (const auto& claim : sc.claims)
            if (sameValue(claim.value, *e.count) && claim.event == e.id) line += ", claim " + claim.id + " '" + claim.text + "'";
        out.findings.push_back({Finding::Section::NumberInvented, line});
    }
}

ArticleScore scoreArticle(const Gold& gold, const scenario::Scenario& sc, const sim::Simulation& simulation,
                          const Diagnostics& simDiagnostics) {
    ArticleScore out;
    scorePlaces(gold, sc, out);
    scoreCounts(gold, sc, out);
    scoreEvents(gold, sc, simulation, simDiagnostics, out);
    return out;
}

} // namespace salvo::eval
