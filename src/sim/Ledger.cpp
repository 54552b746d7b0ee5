// The stated-versus-reported ledger: claims grouped per event and quantity, then checks derived from them and from the
// simulation. Checks never decide who is right; they say which statements cannot all hold together, and which modelled
// quantity (route length, flight time) a stated figure should be compared with.
#include "sim/Simulation.hpp"

#include "sim/RouteClaims.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
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

// English plural of a count noun's last word for a count other than 1 ("missile" → "missiles", "facility" →
// "facilities", "launch" → "launches"); words already plural, acronyms ("UAS") and uncountable units stay.
std::string plural(const std::string& noun, double count) {
    if (noun.empty() || count == 1 || noun.back() == 's' || noun.back() == 'S') return noun;
    const std::string l = lower(noun);
    const auto ends = [&](const std::string& x) {
        return l.size() >= x.size() && l.compare(l.size() - x.size(), x.size(), x) == 0;
    };
    if (std::isupper(static_cast<unsigned char>(noun.back()))) return noun;
    if (ends("ch") || ends("sh") || ends("x") || ends("z")) return noun + "es";
    if (l.size() > 1 && l.back() == 'y' && std::string("aeiou").find(l[l.size() - 2]) == std::string::npos)
        return noun.substr(0, noun.size() - 1) + "ies";
    return noun + "s";
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
            if (const Event* e = sc.event(c.event)) {
                row.eventKind = e->kind;
                row.eventText = describeEvent(sc, *e);
            }
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
        if (!row.claims.empty() && distanceUnitMeters(row.claims.front().unit) > 0) {
            row.modelledNote = "modelled routes: " + routeText(sim, launchId).first;
            row.modelled = s->maxRouteMeters / distanceUnitMeters(row.claims.front().unit);
        }
    }
    return rows;
}

// One statement's figure for a quantity: the claims of one sentence by one speaker. Different values in one
// sentence are the parts of a list ("three vehicle bomb facilities, two improvised explosive device facilities"),
// so the statement's figure is their sum; the same value repeated is one figure.
struct Statement {
    int sentence = -1;
    std::string speaker;
    double value = 0;
    std::vector<const LedgerClaim*> parts;
};

std::vector<Statement> statementsOf(const LedgerRow& row) {
    std::vector<Statement> out;
    for (const auto& c : row.claims) {
        if (c.stance == "denied") continue;
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const Statement& s) { return s.sentence == c.sentence && s.speaker == c.speaker; });
        if (it == out.end()) it = out.insert(out.end(), Statement{c.sentence, c.speaker, 0, {}});
        it->parts.push_back(&c);
    }
    for (auto& s : out) {
        std::set<double> values;
        for (const auto* c : s.parts) values.insert(c->value);
        if (values.size() == 1) s.value = *values.begin();
        else
            for (const auto* c : s.parts) s.value += c->value;
    }
    return out;
}

std::string figure(const LedgerClaim& c) {
    return (c.op == "=" ? "" : c.op + " ") + num(c.value) + (c.unit.empty() ? "" : " " + plural(c.unit, c.value));
}

bool isList(const Statement& s) { return s.parts.size() > 1 && s.value != s.parts.front()->value; }

// A list against the largest other figure: equal is a breakdown of that total, below it a partial one, above it a
// contradiction.
LedgerCheck listCheck(const LedgerRow& row, const Statement& list, const std::vector<Statement>& statements) {
    LedgerCheck ck{row.eventId, "breakdown.sum", CheckVerdict::Info, "", {}};
    std::string sum;
    for (const auto* c : list.parts) {
        sum += (sum.empty() ? "" : " + ") + num(c->value);
        ck.claimIds.push_back(c->claimId);
    }
    ck.message = row.quantity + ": " + who(*list.parts.front()) + " lists " + sum + " = " + num(list.value);
    const Statement* total = nullptr;
    for (const auto& other : statements)
        if (&other != &list && !isList(other) && (!total || other.value > total->value)) total = &other;
    if (!total) return ck;
    const LedgerClaim& t = *total->parts.front();
    ck.claimIds.push_back(t.claimId);
    ck.verdict = list.value == t.value ? CheckVerdict::Consistent
               : list.value > t.value  ? CheckVerdict::Inconsistent : CheckVerdict::Info;
    ck.message += (list.value == t.value ? ", the total " : list.value > t.value ? ", more than the total "
                                                                                  : ", part of the total ") +
                  who(t) + " " + t.stance + " (" + figure(t) + ")";
    return ck;
}

// [checks] figures about one quantity of one event (one incident). A list is a breakdown, held against the total;
// single figures where the smaller ones add up to the largest are a breakdown too (one ship's 30, another's 7 and
// 23, of 60); other differing figures, or a denial, conflict. Claims tied to no event are never compared: nothing
// says that they are about the same incident.
std::vector<LedgerCheck> conflictChecks(const std::vector<LedgerRow>& rows) {
    std::vector<LedgerCheck> checks;
    for (const auto& row : rows) {
        if (row.eventId.empty() || row.claims.size() < 2) continue; // one claim alone has nothing to stand against
        const auto statements = statementsOf(row);
        bool denied = false;
        for (const auto& c : row.claims) denied |= c.stance == "denied";
        std::map<double, const Statement*> single; // distinct single figures
        for (const auto& st : statements) {
            if (isList(st)) checks.push_back(listCheck(row, st, statements));
            else single.emplace(st.value, &st);
        }
        if (single.size() > 2) {
            double parts = 0;
            for (auto it = single.begin(); it != std::prev(single.end()); ++it) parts += it->first;
            if (parts == single.rbegin()->first && !denied) {
                LedgerCheck ck{row.eventId, "breakdown.sum", CheckVerdict::Consistent, row.quantity + ":", {}};
                std::string sum;
                for (auto it = single.begin(); it != std::prev(single.end()); ++it) {
                    sum += (sum.empty() ? " " : " + ") + num(it->first);
                    ck.claimIds.push_back(it->second->parts.front()->claimId);
                }
                const LedgerClaim& t = *single.rbegin()->second->parts.front();
                ck.claimIds.push_back(t.claimId);
                ck.message += sum + " = " + figure(t) + ", the total " + who(t) + " " + t.stance;
                checks.push_back(std::move(ck));
                continue;
            }
        }
        if (single.size() <= 1 && !denied) continue;
        LedgerCheck ck{row.eventId, "claim.conflict", CheckVerdict::Inconsistent, row.quantity + ":", {}};
        for (const auto& st : statements) {
            if (isList(st)) continue;
            for (const auto* c : st.parts) {
                ck.message += " " + who(*c) + " " + c->stance + " " + figure(*c) + ";";
                ck.claimIds.push_back(c->claimId);
            }
        }
        for (const auto& c : row.claims)
            if (c.stance == "denied") {
                ck.message += " " + who(c) + " denied " + figure(c) + ";";
                ck.claimIds.push_back(c.claimId);
            }
        ck.message.pop_back();
        ck.message += denied ? " (a denial stands against a report)" : " (the figures differ)";
        checks.push_back(std::move(ck));
    }
    return checks;
}

// [checks] launched − crashed ⇒ at most arrived, and claims of full success against it.
std::vector<LedgerCheck> arrivedChecks(const Scenario& sc, const Simulation& sim,
                                       const std::vector<OutcomeStatement>& outcomes) {
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
        bool anyCrash = false, anyIntercept = false;
        std::vector<std::string> crashIds;
        for (const Event& c : sc.events) {
            if (c.related != e->id || (c.kind != "crash" && c.kind != "intercept")) continue;
            (c.kind == "crash" ? anyCrash : anyIntercept) = true;
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
        // "launched 18 drones, two cruise missiles and one ballistic missile ... All 21 were shot down": a count of
        // every munition of launches told together (one per munition) bounds them together.
        std::string together;
        if (crashed > launched) {
            double sum = 0;
            for (const Event& l : sc.events)
                if (l.kind == "launch" && l.sentences == e->sentences && l.count) {
                    sum += *l.count;
                    together += (together.empty() ? "" : ", ") + l.id;
                }
            if (sum >= crashed) launched = sum;
            else together.clear();
        }
        const double atMost = launched - crashed;
        LedgerCheck ck;
        ck.eventId = e->id;
        ck.code = "arrived.upper_bound";
        ck.verdict = CheckVerdict::Info;
        ck.message = num(launched) + " launched" + (together.empty() ? "" : " (launches " + together + " together)") +
                     " − " + num(crashed) +
                     (anyIntercept ? (anyCrash ? " crashed or intercepted" : " intercepted") : " crashed") +
                     " ⇒ at most " + num(atMost) + " arrived";
        ck.claimIds = ids;
        ck.claimIds.insert(ck.claimIds.end(), crashIds.begin(), crashIds.end());
        checks.push_back(ck);
        // Targets stated destroyed against the munitions that can have arrived ("all 11 targets destroyed" with at
        // most 22 arrivals: possible, and the ledger says on what it rests).
        for (const auto& o : outcomes) {
            if (o.outcome != "destroyed" || launchOf(sc, o.eventId) != e->id) continue;
            ck.code = "destroyed.vs_arrived";
            ck.message = (o.speaker.empty() ? std::string("unattributed") : o.speaker) + ": " +
                         (o.object.empty() ? std::string("targets") : o.object) + " destroyed; with " + num(crashed) +
                         " of " + num(launched) + " reported crashed, at most " + num(atMost) +
                         " munitions were left for them";
            ck.verdict = CheckVerdict::Info; // what was destroyed may be the munitions themselves ("40 drones")
            checks.push_back(ck);
        }
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
        const double unit = distanceUnitMeters(c.unit);
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
        const double unit = durationUnitSeconds(c.unit);
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
        std::string msg = buf;
        // A launch known only to an interval says so: the simulated first launch is one choice within it.
        const TimeInterval& w = sim.tracks()[s.firstTrack].launchWindow;
        if (w.end > w.start)
            msg += "; the first launch lies between " + formatIsoUtc(w.start) + " and " + formatIsoUtc(w.end) +
                   " (approximate; simulated at its start)";
        checks.push_back({s.eventId, "model.summary", CheckVerdict::Info, msg, {}});
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
        // A time the event only took from its launch's telling ("fired ... at 11:30 a.m. The missile struck the
        // vessel") states when the launch was, not when it arrived.
        if (const Event* launch = sc.event(e.related);
            launch && launch->time && launch->time->text == e.time->text &&
            launch->time->start.unixSeconds == e.time->start.unixSeconds &&
            launch->time->end.unixSeconds == e.time->end.unixSeconds)
            continue;
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

// "7 Oct 2015", or "7–8 Oct 2015" / "30 Sep – 1 Oct 2015" for an interval over more than one UTC day.
std::string dayText(UtcTime start, UtcTime end) {
    static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const auto ymd = [](UtcTime u) {
        const auto days = std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(
            std::chrono::seconds(static_cast<long long>(std::floor(u.unixSeconds)))));
        return std::chrono::year_month_day(days);
    };
    const auto a = ymd(start);
    const auto b = ymd(end > start ? end + -0.001 : start);
    const auto part = [&](const std::chrono::year_month_day& d, bool withMonth, bool withYear) {
        std::string out = std::to_string(static_cast<unsigned>(d.day()));
        if (withMonth) out += std::string(" ") + kMonths[static_cast<unsigned>(d.month()) - 1];
        if (withYear) out += " " + std::to_string(static_cast<int>(d.year()));
        return out;
    };
    if (a == b) return part(a, true, true);
    if (a.year() == b.year() && a.month() == b.month()) return part(a, false, false) + "–" + part(b, true, true);
    return part(a, true, a.year() != b.year()) + " – " + part(b, true, true);
}

// "Caspian Sea" → "the Caspian Sea": seas and regions read with the article.
std::string placeText(const scenario::Place& p) {
    const bool article = (p.kind == "sea" || p.kind == "region") && lower(p.name).rfind("the ", 0) != 0;
    return (article ? "the " : "") + p.name;
}

std::string listText(const std::vector<std::string>& names) {
    constexpr size_t kShown = 4;
    std::string out;
    for (size_t i = 0; i < names.size() && i < kShown; ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    if (names.size() > kShown) out += " and " + std::to_string(names.size() - kShown) + " more";
    return out;
}

// [checks] every route hypothesis with the claims it satisfies and those it cannot.
std::vector<LedgerCheck> routeChecks(const Scenario& sc, const Simulation& sim) {
    std::vector<LedgerCheck> checks;
    for (const auto& r : sim.routes()) {
        const scenario::Place* t = sc.place(r.targetPlaceId);
        std::string msg = std::string(toString(r.kind)) + " route to " + (t ? placeText(*t) : r.targetPlaceId) + ", " +
                          km(r.lengthMeters()) + (r.used ? " (flown)" : " (not flown)") + ": ";
        std::string yes, no;
        for (const auto& c : r.checks) {
            std::string& into = c.satisfied ? yes : no;
            into += (into.empty() ? "" : "; ") + c.claim + " — " + c.detail;
        }
        if (r.checks.empty()) msg += "no claim in the report bears on the route";
        if (!yes.empty()) msg += "satisfies " + yes;
        if (!no.empty()) msg += (yes.empty() ? "" : "; ") + std::string("cannot satisfy ") + no;
        const CheckVerdict v = no.empty() ? (r.checks.empty() ? CheckVerdict::Info : CheckVerdict::Consistent)
                             : r.used     ? CheckVerdict::Inconsistent : CheckVerdict::Info;
        checks.push_back({r.eventId, "route.hypothesis", v, msg, {}});
    }
    return checks;
}

} // namespace

std::string describeEvent(const Scenario& sc, const Event& e) {
    std::vector<std::string> targets;
    for (const auto& id : e.to)
        if (const scenario::Place* p = sc.place(id)) targets.push_back(placeText(*p));
    std::string origin;
    if (const scenario::Place* f = e.from ? sc.place(*e.from) : nullptr) origin = placeText(*f);
    const double n = e.count ? *e.count : 1;
    const std::string munition = e.munition.empty() ? "munition" : e.munition;
    const std::string counted = (e.count ? std::to_string(*e.count) + " " : "") + plural(munition, n);
    std::string out;
    if (e.kind == "launch" || e.kind == "flight") {
        out = e.kind + " of " + counted;
        if (!origin.empty()) out += " from " + origin;
        if (!targets.empty()) out += " at " + listText(targets);
    } else if (e.kind == "strike") {
        out = (e.count ? std::to_string(*e.count) + " " : "") + plural("strike", n);
        if (!e.munition.empty()) out += " with " + plural(e.munition, e.count ? n : 2);
        if (!targets.empty()) out += " on " + listText(targets);
    } else if (e.kind == "crash" || e.kind == "intercept") {
        out = std::string(e.kind == "crash" ? "crash" : "interception") + " of " + counted;
        if (!targets.empty()) out += (e.kind == "crash" ? " in " : " over ") + listText(targets);
        else if (!origin.empty()) out += " from " + origin;
    } else {
        std::string kind = e.kind;
        std::replace(kind.begin(), kind.end(), '_', ' ');
        out = kind + (targets.empty() ? "" : " over " + listText(targets));
    }
    if (e.time) out += ", " + dayText(e.time->start, e.time->end);
    return out;
}

Ledger buildLedger(const Scenario& sc, const Simulation& sim) {
    Ledger L;
    L.rows = rowsWithModelled(sc, sim);
    const auto outcomes = readOutcomes(sc);
    for (const auto& o : outcomes) {
        const Event* e = sc.event(o.eventId);
        L.outcomes.push_back({o, e ? describeEvent(sc, *e) : std::string()});
    }
    for (const auto& part : {conflictChecks(L.rows), arrivedChecks(sc, sim, outcomes), distanceChecks(sc, sim),
                             durationChecks(sc, sim), modelSummaryChecks(sim), eventTimeChecks(sc, sim), siteChecks(sim),
                             routeChecks(sc, sim)})
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
        nlohmann::json rj{{"event", r.eventId}, {"event_kind", r.eventKind}, {"event_text", r.eventText},
                          {"quantity", r.quantity},
                          {"modelled", r.modelled ? nlohmann::json(*r.modelled) : nlohmann::json(nullptr)},
                          {"modelled_note", r.modelledNote}, {"claims", nlohmann::json::array()}};
        for (const auto& c : r.claims)
            rj["claims"].push_back({{"id", c.claimId}, {"value", c.value}, {"op", c.op}, {"unit", c.unit},
                                    {"speaker", c.speaker}, {"stance", c.stance}, {"text", c.text},
                                    {"sentence", c.sentence}});
        j["rows"].push_back(std::move(rj));
    }
    j["outcomes"] = nlohmann::json::array();
    for (const auto& lo : L.outcomes) {
        const auto& o = lo.statement;
        j["outcomes"].push_back({{"event", o.eventId.empty() ? nlohmann::json(nullptr) : nlohmann::json(o.eventId)},
                                 {"event_text", lo.eventText}, {"outcome", o.outcome},
                                 {"object", o.object.empty() ? nlohmann::json(nullptr) : nlohmann::json(o.object)},
                                 {"count", o.count ? nlohmann::json(*o.count) : nlohmann::json(nullptr)},
                                 {"speaker", o.speaker.empty() ? nlohmann::json(nullptr) : nlohmann::json(o.speaker)},
                                 {"sentence", o.sentence}, {"text", o.text}});
    }
    j["checks"] = nlohmann::json::array();
    for (const auto& c : L.checks)
        j["checks"].push_back({{"event", c.eventId}, {"code", c.code}, {"verdict", std::string(toString(c.verdict))},
                               {"message", c.message}, {"claims", c.claimIds}});
    return j;
}

std::string claimText(const LedgerClaim& c) {
    return figure(c) + " — " +
           (c.speaker.empty() ? "unattributed" : c.speaker) + ", " + c.stance +
           (c.text.empty() ? "" : " (\"" + c.text + "\")");
}

// "a U.S official: 4 crashed in Iran", "Russian officials: destroyed (11 Islamic State targets)".
std::string outcomeText(const LedgerOutcome& lo) {
    const auto& o = lo.statement;
    std::string s = (o.speaker.empty() ? "unattributed" : o.speaker) + ": ";
    const bool where = o.object.rfind("in ", 0) == 0 || o.object.rfind("over ", 0) == 0; // an event's territory
    if (o.count && (o.object.empty() || where)) s += std::to_string(*o.count) + " ";
    s += o.outcome + (o.object.empty() ? "" : where ? " " + o.object : " (" + o.object + ")");
    if (!o.text.empty() && o.text != o.outcome) s += " — \"" + o.text + "\"";
    return s;
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
                out += "| " + mdEscape(r.eventId.empty() ? "—" : r.eventId + ": " + r.eventText) + " | " +
                       mdEscape(r.quantity) + " | " +
                       mdEscape(figure(c)) +
                       (c.text.empty() ? "" : " (\"" + mdEscape(c.text) + "\")") + " | " +
                       mdEscape(c.speaker.empty() ? "unattributed" : c.speaker) + " | " + c.stance + " | " +
                       (i == 0 ? mdEscape(r.modelledNote) : "") + " |\n";
            }
        out += "\n## Outcomes\n\n| event | outcome |\n|---|---|\n";
        for (const auto& o : L.outcomes)
            out += "| " + mdEscape(o.statement.eventId.empty() ? "—" : o.statement.eventId + ": " + o.eventText) +
                   " | " + mdEscape(outcomeText(o)) + " |\n";
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
                   (r.eventText.empty() ? "" : ": " + r.eventText) + "\n";
            lastEvent = r.eventId;
        }
        out += "  " + r.quantity + (r.modelledNote.empty() ? "" : "  (" + r.modelledNote + ")") + "\n";
        for (const auto& c : r.claims) out += "    " + claimText(c) + "\n";
    }
    if (!L.outcomes.empty()) out += "Outcomes\n";
    for (const auto& o : L.outcomes)
        out += "  " + (o.statement.eventId.empty() ? std::string() : o.statement.eventId + ": ") + outcomeText(o) + "\n";
    out += "Checks\n";
    for (const auto& c : L.checks)
        out += "  [" + std::string(toString(c.verdict)) + "] " + (c.eventId.empty() ? "" : c.eventId + ": ") +
               c.message + "\n";
    return out;
}

} // namespace salvo::sim
