// Default origins from the launch-area catalogue. Edge cases:
//  - a strike that refines a launch (related) is described by the launch's tracks: only the launch gets a default;
//  - a scenario-wide launch.point assumption already applies to every event: nothing is added;
//  - the note's span is the event's first sentence, so the viewer can underline what lacks an origin.
#include "sim/DefaultOrigins.hpp"

#include "geodesy/Geodesic.hpp"

#include <algorithm>
#include <cassert>
#include <cstdio>
#include <limits>

namespace salvo::sim {

namespace {

using scenario::Event;
using scenario::Scenario;

bool needsOrigin(const Scenario& sc, const Event& e) {
    if (e.kind != "launch" && e.kind != "strike" && e.kind != "flight") return false;
    if (e.from || sc.assumption("launch.point", e.id)) return false;
    if (!e.related.empty())
        if (const Event* r = sc.event(e.related); r && r->id != e.id && (r->kind == "launch" || r->kind == "flight"))
            return false;
    return true;
}

Span firstSentenceSpan(const Scenario& sc, const Event& e) {
    if (e.sentences.empty()) return {};
    for (const auto& s : sc.sentences)
        if (s.index == e.sentences.front()) return {s.start, s.end};
    return {};
}

std::string what(const Event& e) {
    std::string w = e.actor.empty() ? "an unnamed actor" : e.actor;
    return w + " " + (e.munition.empty() ? "with an unnamed munition" : e.munition);
}

std::string km(double meters) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f km", meters / 1000);
    return buf;
}

void note(Scenario& sc, const Event& e, std::string code, std::string message) {
    Diagnostic d{Severity::Note, std::move(code), std::move(message), firstSentenceSpan(sc, e), "events." + e.id};
    for (const auto& x : sc.diagnostics)
        if (x.code == d.code && x.message == d.message) return;
    sc.diagnostics.push_back(std::move(d));
}

} // namespace

const LaunchArea& nearestArea(const LaunchAreaEntry& entry, const Scenario& sc, const Event& e) {
    assert(!entry.areas.empty() && "parseLaunchAreas rejects an entry without areas");
    const LaunchArea* best = &entry.areas.front();
    double bestSum = std::numeric_limits<double>::infinity();
    for (const auto& a : entry.areas) {
        double sum = 0;
        int n = 0;
        for (const auto& id : e.to)
            if (const auto* p = sc.place(id)) {
                sum += geodesy::inverse(a.centre, p->pos).s12;
                ++n;
            }
        if (n == 0) return entry.areas.front();
        if (sum < bestSum) {
            bestSum = sum;
            best = &a;
        }
    }
    return *best;
}

void addDefaultOrigins(Scenario& sc, const LaunchAreaCatalogue& areas, const Catalogue& munitions) {
    for (size_t i = 0; i < sc.events.size(); ++i) {
        const Event& e = sc.events[i];
        if (!needsOrigin(sc, e)) continue;
        const LaunchAreaEntry* entry = areas.match(e.actor, e.munition, munitions);
        if (!entry) {
            note(sc, e, "origin.unknown",
                 "event '" + e.id + "' (" + what(e) + "): the text names no launch area and none is catalogued for " +
                     "this actor and munition; add a launch.point assumption to place it");
            continue;
        }
        const LaunchArea& a = nearestArea(*entry, sc, e);
        nlohmann::json value{{"lat", a.centre.lat}, {"lon", a.centre.lon}, {"radius_m", a.radiusMeters}, {"name", a.name}};
        if (a.overWater) value["over_water"] = true;
        sc.assumptions.push_back({"launch.point", std::move(value), "deg", std::nullopt, std::nullopt,
                                  "default launch area for " + what(e) + ": " + a.source + " (assumption, not reported)",
                                  e.id});
        std::string others;
        for (const auto& o : entry->areas)
            if (&o != &a) others += (others.empty() ? "" : "; ") + o.name;
        const bool targeted = std::any_of(e.to.begin(), e.to.end(), [&](const std::string& id) { return sc.place(id); });
        note(sc, e, "origin.assumed",
             "event '" + e.id + "' (" + what(e) + "): the text gives no origin; assumed " + a.name + " (within " +
                 km(a.radiusMeters) + "), the catalogued default launch area" +
                 (others.empty() ? std::string()
                                 : std::string(targeted ? " nearest the targets" : " listed first") +
                                       " (also catalogued: " + others + ")") +
                 "; edit or delete the launch.point assumption to change it");
    }
}

} // namespace salvo::sim
