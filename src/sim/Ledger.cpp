// The stated-versus-reported ledger: claims grouped per event and quantity, then checks derived from them and from the
// simulation. Checks never decide who is right; they say which statements cannot all hold together, and which modelled
// quantity (route length, flight time) a stated figure should be compared with.
#include "sim/Simulation.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace salvo::sim {

std::string_view toString(CheckVerdict v) {
    switch (v) {
    case CheckVerdict::Consistent: return "consistent";
    case CheckVerdict::Inconsistent: return "inconsistent";
    case CheckVerdict::Info: return "info";
    }
    return "info";
}

namespace {

using scenario::Claim;
using scenario::Event;
using scenario::Scenario;

std::string num(double v) {
    char buf[48];
    if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", v);
    else std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

std::string km(double meters) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.0f km", meters / 1000);
    return buf;
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Metres per unit for distance claims; 0 when the unit is not a distance.
double distanceUnit(const std::string& unit) {
    const std::string u = lower(unit);
    if (u == "km" || u == "kilometer" || u == "kilometers" || u == "kilometre" || u == "kilometres") return 1000;
    if (u == "mile" || u == "miles" || u == "mi") return 1609.344;
    if (u == "nm" || u == "nautical mile" || u == "nautical miles") return 1852;
    if (u == "m" || u == "meter" || u == "meters" || u == "metre" || u == "metres") return 1;
    return 0;
}

// Seconds per unit for duration claims; 0 when the unit is not a duration.
double durationUnit(const std::string& unit) {
    const std::string u = lower(unit);
    if (u == "s" || u == "second" || u == "seconds") return 1;
    if (u == "min" || u == "minute" || u == "minutes") return 60;
    if (u == "h" || u == "hour" || u == "hours") return 3600;
    return 0;
}

bool saysAll(const Claim& c) {
    const std::string t = " " + lower(c.text) + " ";
    return t.find(" all ") != std::string::npos || t.find(" every ") != std::string::npos;
}

std::string who(const Claim& c) { return c.speaker.empty() ? "unattributed" : c.speaker; }
std::string who(const LedgerClaim& c) { return c.speaker.empty() ? "unattributed" : c.speaker; }

// The launch-like event a claim or event is about (itself, or the one it is related to).
std::string launchOf(const Scenario& sc, const std::string& eventId) {
    const Event* e = sc.event(eventId);
    if (!e) return {};
    return e->related.empty() ? e->id : e->related;
}

// [rows] Claims grouped per (event, quantity): rows of one event together, events in scenario order, claims without
// an event last.
std::vector<LedgerRow> groupClaimsIntoRows(const Scenario& sc) {
    std::vector<LedgerRow> rows;
    std::map<std::pair<std::string, std::string>, size_t> rowIndex;
    for (const Claim& c : sc.claims) {
        const auto key = std::make_pair(c.event, c.quantity);
        auto it = rowIndex.find(key);
        if (it == rowIndex.end()) {
            LedgerRow row;
            row.eventId = c.event;
            row.quantity = c.quantity;
            if (const Event* e = sc.event(c.event)) row.eventKind = e->kind;
            rows.push_back(std::move(row));
            it = rowIndex.emplace(key, rows.size() - 1).first;
        }
        rows[it->second].claims.push_back({c.id, c.speaker, c.stance, c.op, c.unit, c.text, c.value, c.sentence});
    }

    const auto eventOrder = [&](const std::string& id) {
        for (size_t i = 0; i < sc.events.size(); ++i)
            if (sc.events[i].id == id) return i;
        return sc.events.size();
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const LedgerRow& a, const LedgerRow& b) {
        return eventOrder(a.eventId) < eventOrder(b.eventId);
    });
    return rows;
}

const EventSummary* summaryOf(const Simulation& sim, const std::string& id) {
    for (const auto& s : sim.events())
        if (s.eventId == id) return &s;
    return nullptr;
}

// Shortest and longest modelled route (m) per route kind for one event.
using RouteSpans = std::map<RouteKind, std::pair<double, double>>;

// The route spans of an event, and their text ("direct 1450 km; airspace_constrained 1510–1620 km").
std::pair<std::string, RouteSpans> routeText(const Simulation& sim, const std::string& eventId) {
    RouteSpans span;
    for (const auto& r : sim.routes()) {
        if (r.eventId != eventId) continue;
        auto [it, fresh] = span.try_emplace(r.kind, r.lengthMeters(), r.lengthMeters());
        if (!fresh) {
            it->second.first = std::min(it->second.first, r.lengthMeters());
            it->second.second = std::max(it->second.second, r.lengthMeters());
        }
    }
    std::string s;
    for (const auto& [kind, mm] : span) {
        s += (s.empty() ? "" : "; ") + std::string(toString(kind)) + " " + km(mm.first);
        if (mm.second - mm.first > 500) s += "–" + km(mm.second);
    }
    return std::make_pair(s, span);
}

// The rows, each with the modelled counterpart of its quantity where the simulation has one.
std::vector<LedgerRow> rowsWithModelled(const Scenario& sc, const Simulation& sim) {
    std::vector<LedgerRow> rows = groupClaimsIntoRows(sc);
    for (auto& row : rows) {
        const std::string launchId = launchOf(sc, row.eventId);
        const EventSummary* s = summaryOf(sim, launchId);
        if (!s) continue;
        if (row.quantity == "launched" && row.eventId == launchId) {
            row.modelled = static_cast<double>(s->trackCount);
            row.modelledNote = std::to_string(s->trackCount) + " tracks simulated";
        } else if (row.quantity == "crashed") {
            int n = 0;
            for (const auto& t : sim.tracks())
                if (t.outcome == Outcome::Crashed && (t.crashEventId == row.eventId || row.eventId == launchId) &&
                    t.eventId == launchId)
                    ++n;
            row.modelled = n;
            row.modelledNote = std::to_string(n) + " tracks placed as crashed";
        }
        if (!row.claims.empty() && distanceUnit(row.claims.front().unit) > 0) {
            row.modelledNote = "modelled routes: " + routeText(sim, launchId).first;
            row.modelled = s->maxRouteMeters / distanceUnit(row.claims.front().unit);
        }
    }
    return rows;
}

// [checks] conflicting claims about one quantity.
std::vector<LedgerCheck> conflictChecks(const std::vector<LedgerRow>& rows) {
    std::vector<LedgerCheck> checks;
    for (const auto& row : rows) {
        std::set<double> values;
        bool denied = false;
        for (const auto& c : row.claims) {
            if (c.stance == "denied") denied = true;
            else values.insert(c.value);
        }
        if (row.claims.size() < 2 || (values.size() <= 1 && !denied)) continue;
        LedgerCheck ck;
        ck.eventId = row.eventId;
        ck.code = "claim.conflict";
        ck.verdict = CheckVerdict::Inconsistent;
        std::string msg = row.quantity + ":";
        for (const auto& c : row.claims) {
            msg += " " + who(c) + " " + c.stance + " " + (c.op == "=" ? "" : c.op) + num(c.value) +
                   (c.unit.empty() ? "" : " " + c.unit) + ";";
            ck.claimIds.push_back(c.claimId);
        }
        msg.pop_back();
        ck.message = msg + (denied ? " (a denial stands against a report)" : " (the figures differ)");
        checks.push_back(std::move(ck));
    }
    return checks;
}

// [checks] launched − crashed ⇒ at most arrived, and claims of full success against it.
std::vector<LedgerCheck> arrivedChecks(const Scenario& sc, const Simulation& sim) {
    std::vector<LedgerCheck> checks;
    for (const auto& s : sim.events()) {
        const Event* e = sc.event(s.eventId);
        if (!e) continue;
        double launched = e->count ? *e->count : -1;
        std::vector<std::string> ids;
        for (const Claim& c : sc.claims)
            if (c.event == e->id && c.quantity == "launched" && c.stance != "denied" && (c.op == "=" || c.op == "~")) {
                launched = std::max(launched, c.value);
                ids.push_back(c.id);
            }
        if (launched < 0) continue;
        double crashed = 0;
        std::vector<std::string> crashIds;
        for (const Event& c : sc.events) {
            if (c.related != e->id || (c.kind != "crash" && c.kind != "intercept")) continue;
            double n = c.count ? *c.count : 0;
            for (const Claim& cl : sc.claims)
                if (cl.event == c.id && (cl.quantity == "crashed" || cl.quantity == "intercepted") &&
                    cl.stance != "denied") {
                    n = std::max(n, cl.value);
                    crashIds.push_back(cl.id);
                }
            crashed += n;
        }
        if (crashed <= 0) continue;
        const double atMost = launched - crashed;
        LedgerCheck ck;
        ck.eventId = e->id;
        ck.code = "arrived.upper_bound";
        ck.verdict = CheckVerdict::Info;
        ck.message = num(launched) + " launched − " + num(crashed) + " crashed ⇒ at most " + num(atMost) + " arrived";
        ck.claimIds = ids;
        ck.claimIds.insert(ck.claimIds.end(), crashIds.begin(), crashIds.end());
        checks.push_back(ck);
        // Claims that every munition arrived (or a count above the bound) cannot hold with the crash reports.
        for (const Claim& c : sc.claims) {
            if (launchOf(sc, c.event) != e->id) continue;
            const bool arrivedQ = c.quantity == "reached" || c.quantity == "hit" || c.quantity == "arrived";
            const bool destroyedAll = c.quantity == "destroyed" && saysAll(c);
            if (!arrivedQ && !destroyedAll) continue;
            LedgerCheck x;
            x.eventId = e->id;
            x.claimIds = {c.id};
            x.claimIds.insert(x.claimIds.end(), crashIds.begin(), crashIds.end());
            if (arrivedQ) {
                const double v = saysAll(c) ? launched : c.value;
                x.code = "arrived.vs_crashed";
                x.verdict = v > atMost ? CheckVerdict::Inconsistent : CheckVerdict::Consistent;
                x.message = who(c) + " " + c.stance + " " + num(v) + " reached, against at most " + num(atMost) +
                            " after " + num(crashed) + " reported crashed";
            } else {
                x.code = "destroyed_all.vs_crashed";
                x.verdict = CheckVerdict::Info;
                x.message = who(c) + " " + c.stance + " all " + (c.unit.empty() ? "targets" : c.unit) +
                            " destroyed; with " + num(crashed) + " of " + num(launched) +
                            " reported crashed, at most " + num(atMost) + " munitions were left for them";
            }
            checks.push_back(std::move(x));
        }
    }
    return checks;
}

// [checks] stated distances against modelled route lengths.
std::vector<LedgerCheck> distanceChecks(const Scenario& sc, const Simulation& sim) {
    std::vector<LedgerCheck> checks;
    for (const Claim& c : sc.claims) {
        const double unit = distanceUnit(c.unit);
        if (unit <= 0) continue;
        const double stated = c.value * unit;
        std::vector<std::string> events;
        const std::string launchId = launchOf(sc, c.event);
        if (!launchId.empty()) events.push_back(launchId);
        else
            for (const auto& s : sim.events()) events.push_back(s.eventId);
        for (const auto& id : events) {
            const auto [text, span] = routeText(sim, id);
            if (span.empty()) continue;
            bool fits = false;
            for (const auto& [kind, mm] : span) {
                if (c.op == ">" || c.op == ">=") fits |= mm.second >= stated;
                else if (c.op == "<" || c.op == "<=") fits |= mm.first <= stated;
                else fits |= mm.first <= stated * 1.1 && mm.second >= stated * 0.9; // "~": within 10 %
            }
            LedgerCheck ck;
            ck.eventId = id;
            ck.code = "distance.vs_route";
            ck.verdict = fits ? CheckVerdict::Consistent : CheckVerdict::Inconsistent;
            ck.message = who(c) + " " + c.stance + " " + (c.op == "=" ? "" : c.op + " ") + num(c.value) + " " + c.unit +
                         " (" + km(stated) + "); modelled " + text +
                         (fits ? "" : " — no modelled route matches within 10 %");
            ck.claimIds = {c.id};
            checks.push_back(std::move(ck));
        }
    }
    return checks;
}

// [checks] stated durations against modelled flight times.
std::vector<LedgerCheck> durationChecks(const Scenario& sc, const Simulation& sim) {
    std::vector<LedgerCheck> checks;
    for (const Claim& c : sc.claims) {
        const double unit = durationUnit(c.unit);
        if (unit <= 0) continue;
        const EventSummary* s = summaryOf(sim, launchOf(sc, c.event));
        if (!s || s->maxFlightSeconds <= 0) continue;
        const double stated = c.value * unit;
        const bool fits = s->minFlightSeconds <= stated * 1.1 && s->maxFlightSeconds >= stated * 0.9;
        char buf[160];
        std::snprintf(buf, sizeof buf, "modelled flight times %.0f–%.0f min", s->minFlightSeconds / 60,
                      s->maxFlightSeconds / 60);
        checks.push_back({s->eventId, "time.vs_flight", fits ? CheckVerdict::Consistent : CheckVerdict::Inconsistent,
                          who(c) + " " + c.stance + " " + num(c.value) + " " + c.unit + "; " + buf, {c.id}});
    }
    return checks;
}

// [checks] what the model gives for each simulated launch, so every stated figure has its modelled counterpart
// in view even when the text states no distance or duration.
std::vector<LedgerCheck> modelSummaryChecks(const Simulation& sim) {
    std::vector<LedgerCheck> checks;
    for (const EventSummary& s : sim.events()) {
        if (s.trackCount == 0 || s.maxRouteMeters <= 0) continue;
        UtcTime first{INFINITY}, last{-INFINITY};
        for (size_t i = s.firstTrack; i < s.firstTrack + s.trackCount && i < sim.tracks().size(); ++i) {
            first = std::min(first, sim.tracks()[i].launchTime);
            last = std::max(last, sim.tracks()[i].endTime());
        }
        char buf[256];
        std::snprintf(buf, sizeof buf, "modelled: %zu track%s, routes %s–%s, flights %.0f–%.0f min; first launch %s, "
                      "last end %s", s.trackCount, s.trackCount == 1 ? "" : "s", km(s.minRouteMeters).c_str(),
                      km(s.maxRouteMeters).c_str(), s.minFlightSeconds / 60, s.maxFlightSeconds / 60,
                      formatIsoUtc(first).c_str(), formatIsoUtc(last).c_str());
        checks.push_back({s.eventId, "model.summary", CheckVerdict::Info, buf, {}});
    }
    return checks;
}

// [checks] times stated for crashes and strikes against the modelled crash and arrival times.
std::vector<LedgerCheck> eventTimeChecks(const Scenario& sc, const Simulation& sim) {
    std::vector<LedgerCheck> checks;
    for (const Event& e : sc.events) {
        if (!e.time || e.related.empty()) continue;
        const bool crash = e.kind == "crash" || e.kind == "intercept";
        if (!crash && e.kind != "strike") continue;
        double lo = INFINITY, hi = -INFINITY;
        for (const auto& t : sim.tracks()) {
            if (t.eventId != e.related) continue;
            if (crash ? t.crashEventId != e.id || t.outcome != Outcome::Crashed : t.outcome == Outcome::Crashed) continue;
            lo = std::min(lo, t.endTime().unixSeconds);
            hi = std::max(hi, t.endTime().unixSeconds);
        }
        if (!std::isfinite(lo)) continue;
        const bool fits = hi >= e.time->start.unixSeconds && lo <= e.time->end.unixSeconds;
        checks.push_back({e.id, "time.vs_model", fits ? CheckVerdict::Consistent : CheckVerdict::Inconsistent,
                          std::string(crash ? "modelled crash times " : "modelled arrivals ") + formatIsoUtc({lo}) +
                              " – " + formatIsoUtc({hi}) + " vs stated " + formatIsoUtc(e.time->start) + " – " +
                              formatIsoUtc(e.time->end) + (e.time->text.empty() ? "" : " (\"" + e.time->text + "\")"),
                          {}});
    }
    return checks;
}

// [checks] reported sites against route hypotheses.
std::vector<LedgerCheck> siteChecks(const Simulation& sim) {
    std::vector<LedgerCheck> checks;
    for (const auto& site : sim.reportedSites()) {
        std::string msg = site.name + ":";
        bool any = false;
        for (const auto& o : site.offsets) {
            const auto& r = sim.routes()[o.hypothesis];
            msg += " " + std::string(toString(r.kind)) + " route to " + r.targetPlaceId + " passes " +
                   km(o.crossTrackMeters) + " away" + (o.withinRadius ? " (within the site's radius)" : "") + ";";
            any |= o.withinRadius;
        }
        if (!site.offsets.empty()) msg.pop_back();
        checks.push_back({site.eventId, "site.vs_route", any ? CheckVerdict::Consistent : CheckVerdict::Inconsistent,
                          msg, {}});
    }
    return checks;
}

} // namespace

Ledger buildLedger(const Scenario& sc, const Simulation& sim) {
    Ledger L;
    L.rows = rowsWithModelled(sc, sim);
    for (const auto& part : {conflictChecks(L.rows), arrivedChecks(sc, sim), distanceChecks(sc, sim),
                             durationChecks(sc, sim), modelSummaryChecks(sim), eventTimeChecks(sc, sim), siteChecks(sim)})
        L.checks.insert(L.checks.end(), part.begin(), part.end());
    return L;
}

// [SECTION] formatting

namespace {

nlohmann::json toJson(const Ledger& L) {
    nlohmann::json j;
    j["schema"] = "salvo.ledger/1";
    j["rows"] = nlohmann::json::array();
    for (const auto& r : L.rows) {
        nlohmann::json rj{{"event", r.eventId}, {"event_kind", r.eventKind}, {"quantity", r.quantity},
                          {"modelled", r.modelled ? nlohmann::json(*r.modelled) : nlohmann::json(nullptr)},
                          {"modelled_note", r.modelledNote}, {"claims", nlohmann::json::array()}};
        for (const auto& c : r.claims)
            rj["claims"].push_back({{"id", c.claimId}, {"value", c.value}, {"op", c.op}, {"unit", c.unit},
                                    {"speaker", c.speaker}, {"stance", c.stance}, {"text", c.text},
                                    {"sentence", c.sentence}});
        j["rows"].push_back(std::move(rj));
    }
    j["checks"] = nlohmann::json::array();
    for (const auto& c : L.checks)
        j["checks"].push_back({{"event", c.eventId}, {"code", c.code}, {"verdict", std::string(toString(c.verdict))},
                               {"message", c.message}, {"claims", c.claimIds}});
    return j;
}

std::string claimText(const LedgerClaim& c) {
    return (c.op == "=" ? "" : c.op + " ") + num(c.value) + (c.unit.empty() ? "" : " " + c.unit) + " — " +
           (c.speaker.empty() ? "unattributed" : c.speaker) + ", " + c.stance +
           (c.text.empty() ? "" : " (\"" + c.text + "\")");
}

std::string mdEscape(std::string s) {
    std::string out;
    for (char ch : s) {
        if (ch == '|') out += "\\|";
        else if (ch == '\n') out += ' ';
        else out += ch;
    }
    return out;
}

} // namespace

std::string formatLedger(const Ledger& L, LedgerFormat format) {
    if (format == LedgerFormat::Json) return toJson(L).dump(2) + "\n";
    std::string out;
    if (format == LedgerFormat::Markdown) {
        out += "## Claims\n\n| event | quantity | claim | speaker | stance | modelled |\n|---|---|---|---|---|---|\n";
        for (const auto& r : L.rows)
            for (size_t i = 0; i < r.claims.size(); ++i) {
                const auto& c = r.claims[i];
                out += "| " + mdEscape(r.eventId.empty() ? "—" : r.eventId) + " | " + mdEscape(r.quantity) + " | " +
                       mdEscape((c.op == "=" ? "" : c.op + " ") + num(c.value) + (c.unit.empty() ? "" : " " + c.unit)) +
                       (c.text.empty() ? "" : " (\"" + mdEscape(c.text) + "\")") + " | " +
                       mdEscape(c.speaker.empty() ? "unattributed" : c.speaker) + " | " + c.stance + " | " +
                       (i == 0 ? mdEscape(r.modelledNote) : "") + " |\n";
            }
        out += "\n## Checks\n\n| event | check | verdict | finding |\n|---|---|---|---|\n";
        for (const auto& c : L.checks)
            out += "| " + mdEscape(c.eventId.empty() ? "—" : c.eventId) + " | " + c.code + " | " +
                   std::string(toString(c.verdict)) + " | " + mdEscape(c.message) + " |\n";
        return out;
    }
    std::string lastEvent = "\x01";
    for (const auto& r : L.rows) {
        if (r.eventId != lastEvent) {
            out += "Event " + (r.eventId.empty() ? std::string("(none)") : r.eventId) +
                   (r.eventKind.empty() ? "" : " [" + r.eventKind + "]") + "\n";
            lastEvent = r.eventId;
        }
        out += "  " + r.quantity + (r.modelledNote.empty() ? "" : "  (" + r.modelledNote + ")") + "\n";
        for (const auto& c : r.claims) out += "    " + claimText(c) + "\n";
    }
    out += "Checks\n";
    for (const auto& c : L.checks)
        out += "  [" + std::string(toString(c.verdict)) + "] " + (c.eventId.empty() ? "" : c.eventId + ": ") +
               c.message + "\n";
    return out;
}

} // namespace salvo::sim
