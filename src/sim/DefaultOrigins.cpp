// Default origins from the launch-area catalogue. Edge cases:
//  - a strike that refines a launch (related) is described by the launch's tracks: only the launch gets a default;
//  - a launch from several areas that launches from each area refine is flown by those: it gets no default;
//  - a scenario-wide launch.point assumption already applies to every event: nothing is added;
//  - the note's span is the event's first sentence, so the viewer can underline what lacks an origin.
#include "sim/DefaultOrigins.hpp"

#include "geodesy/Geodesic.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cassert>
#include <cstdio>
#include <limits>

namespace salvo::sim {

namespace {

using scenario::Event;
using scenario::Scenario;

// The launches from each area that refine a launch told from several areas ("from bombers over the Caspian Sea and
// from warships in the Black Sea"), by id.
std::vector<std::string> areaParts(const Scenario& sc, const Event& e) {
    std::vector<std::string> ids;
    for (const auto& part : sc.events)
        if (part.kind == "launch" && part.related == e.id && part.from) ids.push_back(part.id);
    return ids;
}

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

constexpr double kRad = 3.14159265358979323846 / 180.0;

// The targets' centre: the mean of their unit vectors, so that targets either side of the antimeridian average
// correctly; nothing when the event names no target place.
std::optional<LatLon> targetsCentre(const Scenario& sc, const Event& e) {
    double x = 0, y = 0, z = 0;
    int n = 0;
    for (const auto& id : e.to)
        if (const auto* p = sc.place(id)) {
            const double la = p->pos.lat * kRad, lo = p->pos.lon * kRad;
            x += std::cos(la) * std::cos(lo);
            y += std::cos(la) * std::sin(lo);
            z += std::sin(la);
            ++n;
        }
    if (n == 0 || std::hypot(x, y, z) < 1e-9) return std::nullopt;
    return LatLon{std::atan2(z, std::hypot(x, y)) / kRad, std::atan2(y, x) / kRad};
}

// See addDefaultOrigins: the actor's own territory nearest the targets, within the munition's range.
std::optional<LatLon> ownTerritory(const atlas::Atlas& atlas, const Scenario& sc, const Event& e,
                                   const Catalogue& munitions) {
    if (e.actor.size() != 2 || !std::isupper(static_cast<unsigned char>(e.actor[0]))) return std::nullopt;
    const auto country = atlas.countryByIso2(e.actor);
    const MunitionType* m = e.munition.empty() ? nullptr : munitions.find(e.munition);
    const auto centre = targetsCentre(sc, e);
    if (!country || !m || m->rangeMaxKm <= 0 || !centre) return std::nullopt;
    if (atlas.countryAt(*centre) == country) return std::nullopt; // a strike inside its own country: no default
    const auto line = geodesy::inverse(*centre, atlas.countries()[*country].label);
    constexpr double kStep = 10e3, kInside = 50e3;
    for (double s = kStep; s < line.s12; s += kStep) {
        const LatLon p = geodesy::direct(*centre, line.azi1, s);
        if (atlas.countryAt(p) != country) continue;
        const double at = std::min(s + kInside, line.s12);
        if (at > m->rangeMaxKm * 1000) return std::nullopt;
        return geodesy::direct(*centre, line.azi1, at);
    }
    return std::nullopt;
}

void assumeOwnTerritory(Scenario& sc, const Event& e, LatLon p) {
    const std::string name = "own territory of " + e.actor + " nearest the targets";
    nlohmann::json value{{"lat", p.lat}, {"lon", p.lon}, {"radius_m", 100e3}, {"name", name}};
    sc.assumptions.push_back({"launch.point", std::move(value), "deg", std::nullopt, std::nullopt,
                              "heuristic for " + what(e) + ": no launch area is catalogued, so the launch is placed " +
                                  "50 km inside the actor's own territory where it faces the targets (assumption, " +
                                  "not reported)",
                              e.id});
    note(sc, e, "origin.assumed",
         "event '" + e.id + "' (" + what(e) + "): the text gives no origin and none is catalogued; assumed the " +
             name + " (within 100 km); edit or delete the launch.point assumption to change it");
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

void addDefaultOrigins(Scenario& sc, const LaunchAreaCatalogue& areas, const Catalogue& munitions,
                       const atlas::Atlas* atlas) {
    for (size_t i = 0; i < sc.events.size(); ++i) {
        const Event& e = sc.events[i];
        if (!needsOrigin(sc, e)) continue;
        // A launch told from several areas is flown by the launches from each area; the text does not split its
        // count among them, so each flies its one representative track and the whole adds none.
        if (const auto parts = areaParts(sc, e); !parts.empty()) {
            std::string list;
            for (const auto& id : parts) list += (list.empty() ? "" : ", ") + id;
            note(sc, e, "origin.several_areas",
                 "event '" + e.id + "' (" + what(e) + ") was launched from several areas, flown by " + list +
                     "; the report does not say how many came from each");
            continue;
        }
        const LaunchAreaEntry* entry = areas.match(e.actor, e.munition, munitions);
        if (!entry && atlas)
            if (const auto own = ownTerritory(*atlas, sc, e, munitions)) {
                assumeOwnTerritory(sc, e, *own);
                continue;
            }
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
