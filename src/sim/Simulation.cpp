// Scenario → Simulation. Notation: s = distance along a route (m), L = route length (m), v = mean ground speed (m/s),
// t = UtcTime; a track is at s = v · (t − launch) until it reaches endMeters() (L, or the crash distance).
// Stated rules (each also written into the output so the analyst can see it):
//  - Launch area: a `launch.point` assumption wins; with `radius_m` it is the whole area, and for an event with no
//    `from` place (a default launch area) it is the only origin, `over_water` keeping ensemble samples at sea.
//    Otherwise a sea place gives its own position (the centre of its area), or the nearest point over water to it,
//    never the shore nearest the targets; any other place gives its own position. The area (centre, radius) stays the
//    uncertainty the ensemble samples.
//  - Target area: the place position; its radius is the uncertainty. A country, division or region target gives way
//    to the places of the strikes related to the launch (its impacts, as the text tells them) that lie inside it.
//  - Route used: of the hypotheses (direct; airspace-constrained with `airspace.permitted`/`forbidden`; `route.waypoints`;
//    via the countries crashes were reported in when the direct route misses them), the one that satisfies most of the
//    event's claims (sim/RouteClaims.hpp); ties: waypoints, constrained, direct, via countries. All are kept.
//  - Salvo split: munition i goes to target i mod k (round-robin over the event's target places, in order; a country or
//    sea listed beside a finer target inside it takes none, and its route is not flown). No count: one representative
//    track flagged countUnknown.
//  - Launch times: event time start (or a `launch.time` assumption) + i · interval (`launch.interval_s`, else the
//    default estimate). A day-precision time is flagged approximate.
//  - Crashes: a crash/intercept event related to a launch marks M tracks Crashed, chosen evenly over the launch order
//    among tracks whose route crosses the named territory; crash k of M sits at fraction (k + ½)/M of that track's
//    in-territory stretch, counting only the parts at least 20 km inside a country or division. A route that never crosses the territory is itself reported as a finding.
#include "sim/Simulation.hpp"

#include "sim/Route.hpp"
#include "sim/RouteClaims.hpp"
#include "sim/SimulationImpl.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace salvo::sim {

std::string_view toString(Outcome o) {
    switch (o) {
    case Outcome::Reached: return "reached";
    case Outcome::Crashed: return "crashed";
    case Outcome::Unknown: return "unknown";
    }
    return "unknown";
}

std::string_view toString(RouteKind k) {
    switch (k) {
    case RouteKind::Direct: return "direct";
    case RouteKind::Waypoints: return "waypoints";
    case RouteKind::AirspaceConstrained: return "airspace-constrained";
    case RouteKind::ViaCountries: return "via-countries";
    }
    return "direct";
}

std::string_view toString(MunitionState::Phase p) {
    switch (p) {
    case MunitionState::NotLaunched: return "not_launched";
    case MunitionState::Boost: return "boost";
    case MunitionState::Cruise: return "cruise";
    case MunitionState::Terminal: return "terminal";
    case MunitionState::Impact: return "impact";
    case MunitionState::Crashed: return "crashed";
    }
    return "not_launched";
}

double AltitudeProfile::altitudeAt(double sMeters, double routeMeters) const {
    if (routeMeters <= 0) return terminalAltitudeMeters;
    const double s = std::clamp(sMeters, 0.0, routeMeters);
    if (shape == AltitudeShape::Ballistic) {
        const double x = s / routeMeters;
        return 4 * apogeeMeters * x * (1 - x) + terminalAltitudeMeters * x;
    }
    // Climb and dive distances shrink proportionally on routes shorter than their sum.
    double boost = boostMeters, terminal = terminalMeters;
    if (boost + terminal > routeMeters && boost + terminal > 0) {
        const double k = routeMeters / (boost + terminal);
        boost *= k;
        terminal *= k;
    }
    if (boost > 0 && s < boost) return cruiseAltitudeMeters * s / boost;
    if (terminal > 0 && s > routeMeters - terminal) {
        const double x = (s - (routeMeters - terminal)) / terminal;
        return cruiseAltitudeMeters + (terminalAltitudeMeters - cruiseAltitudeMeters) * x;
    }
    return cruiseAltitudeMeters;
}

// [SECTION] Simulation object

Simulation::Simulation() : m(std::make_unique<Impl>()) {}
Simulation::~Simulation() = default;
Simulation::Simulation(Simulation&&) noexcept = default;
Simulation& Simulation::operator=(Simulation&&) noexcept = default;
Simulation::Simulation(const Simulation& o) : m(std::make_unique<Impl>(*o.m)) {}
Simulation& Simulation::operator=(const Simulation& o) {
    if (this != &o) m = std::make_unique<Impl>(*o.m);
    return *this;
}

const std::vector<MunitionTrack>& Simulation::tracks() const { return m->tracks; }
const std::vector<KeyInstant>& Simulation::keyInstants() const { return m->instants; }
const std::vector<EventSummary>& Simulation::events() const { return m->events; }
const std::vector<Area>& Simulation::launchAreas() const { return m->launchAreas; }
const std::vector<Area>& Simulation::targetAreas() const { return m->targetAreas; }
const std::vector<RouteHypothesis>& Simulation::routes() const { return m->routes; }
const std::vector<ReportedSite>& Simulation::reportedSites() const { return m->sites; }
const std::vector<scenario::Assumption>& Simulation::assumptionsUsed() const { return m->used; }
const Simulation::Impl& Simulation::impl() const { return *m; }

TimeInterval Simulation::timeSpan() const {
    TimeInterval span;
    if (m->tracks.empty()) return span;
    span.start = m->tracks.front().launchTime;
    span.end = m->tracks.front().endTime();
    for (const auto& t : m->tracks) {
        span.start = std::min(span.start, t.launchTime);
        span.end = std::max(span.end, t.endTime());
    }
    span.precision = TimePrecision::Second;
    return span;
}

MunitionState Simulation::stateAt(size_t track, UtcTime t) const {
    assert(track < m->tracks.size() && "track index out of range: use tracks().size()");
    const MunitionTrack& tr = m->tracks[track];
    const RouteGeom& geo = *m->geoms[track];
    MunitionState s;
    const double L = tr.lengthMeters();
    const double end = tr.endMeters();
    const double dt = t - tr.launchTime;
    double d;
    if (dt < 0) {
        d = 0;
        s.phase = MunitionState::NotLaunched;
    } else {
        d = dt * tr.speed.nominalMps;
        // The end is also decided on the clock: at t == endTime() itself, (t − launch)·speed can fall a rounding
        // error short of endMeters(), which left a crashed munition airborne at its crash instant (regression: two of
        // the sample's four crashed tracks ended 100 m up, phase cruise, in CZML, KML and GeoPackage).
        if (d >= end || t >= tr.endTime()) {
            d = end;
            s.phase = tr.outcome == Outcome::Crashed ? MunitionState::Crashed : MunitionState::Impact;
        } else {
            s.active = true;
            const auto& a = tr.altitude;
            double boost = a.boostMeters, terminal = a.terminalMeters;
            if (boost + terminal > L && boost + terminal > 0) {
                const double k = L / (boost + terminal);
                boost *= k;
                terminal *= k;
            }
            s.phase = d < boost ? MunitionState::Boost
                    : d > L - terminal ? MunitionState::Terminal : MunitionState::Cruise;
        }
    }
    s.distanceMeters = d;
    if (geo.legs.empty()) {
        s.pos = tr.route.front();
    } else {
        // Leg k covers cum[k]..cum[k+1]; the last leg also takes d == L.
        const auto first = geo.cum.begin() + 1, last = geo.cum.end() - 1;
        const size_t k = static_cast<size_t>(std::upper_bound(first, last, d) - first);
        s.pos = geo.legs[k].position(d - geo.cum[k], &s.headingDeg);
    }
    s.altitudeMeters = (s.phase == MunitionState::Crashed || s.phase == MunitionState::NotLaunched)
                           ? 0 : tr.altitude.altitudeAt(d, L);
    return s;
}

void Simulation::statesAt(UtcTime t, std::vector<MunitionState>& out) const {
    out.resize(m->tracks.size());
    for (size_t i = 0; i < m->tracks.size(); ++i) out[i] = stateAt(i, t);
}

std::vector<LatLon> Simulation::densifiedRoute(size_t track, double stepMeters) const {
    assert(track < m->tracks.size() && "track index out of range");
    assert(stepMeters > 0 && "step must be positive");
    const RouteGeom& geo = *m->geoms[track];
    std::vector<LatLon> out;
    if (geo.legs.empty()) return {m->tracks[track].route.front()};
    for (size_t k = 0; k < geo.legs.size(); ++k) {
        auto pts = geo.legs[k].densify(stepMeters);
        out.insert(out.end(), pts.begin() + (k == 0 ? 0 : 1), pts.end());
    }
    return out;
}

std::shared_ptr<const RouteGeom> makeGeom(const std::vector<LatLon>& route) {
    auto g = std::make_shared<RouteGeom>();
    g->cum.assign(1, 0.0);
    for (size_t i = 1; i < route.size(); ++i) {
        g->legs.emplace_back(route[i - 1], route[i]);
        g->cum.push_back(g->cum.back() + g->legs.back().length());
    }
    return g;
}

// [SECTION] simulate

namespace {

using scenario::Assumption;
using scenario::Event;
using scenario::Place;
using scenario::Scenario;

void diag(Diagnostics* d, Severity sev, std::string code, std::string message, std::string where = {}) {
    if (d) d->push_back(Diagnostic{sev, std::move(code), std::move(message), {}, std::move(where)});
}

std::string km(double meters) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f km", meters / 1000);
    return buf;
}

// An origin: the place the text names, or else a launch.point assumption (a default launch area, or the analyst's).
bool hasOrigin(const Scenario& sc, const Event& e) { return e.from || sc.assumption("launch.point", e.id); }

bool producesTracks(const Scenario& sc, const Event& e) {
    if (e.kind != "launch" && e.kind != "strike" && e.kind != "flight") return false;
    if (!hasOrigin(sc, e) || e.to.empty()) return false;
    // A strike that refines a launch (the same missiles arriving) is described by the launch's tracks.
    if (!e.related.empty())
        if (const Event* r = sc.event(e.related); r && r->id != e.id && (r->kind == "launch" || r->kind == "flight") &&
                                                  hasOrigin(sc, *r) && !r->to.empty())
            return false;
    return true;
}

std::optional<LatLon> pointValue(const nlohmann::json& v, double* radiusMeters = nullptr, std::string* name = nullptr,
                                 bool* overWater = nullptr) {
    if (v.is_array() && v.size() == 2 && v[0].is_number() && v[1].is_number()) {
        LatLon p{v[0].get<double>(), v[1].get<double>()};
        if (p.isValid()) return p;
    }
    if (v.is_object() && v.contains("lat") && v.contains("lon") && v["lat"].is_number() && v["lon"].is_number()) {
        LatLon p{v["lat"].get<double>(), v["lon"].get<double>()};
        if (!p.isValid()) return std::nullopt;
        if (radiusMeters && v.contains("radius_m") && v["radius_m"].is_number())
            *radiusMeters = std::max(0.0, v["radius_m"].get<double>());
        if (name && v.contains("name") && v["name"].is_string()) *name = v["name"].get<std::string>();
        if (overWater && v.contains("over_water") && v["over_water"].is_boolean()) *overWater = v["over_water"].get<bool>();
        return p;
    }
    return std::nullopt;
}

std::vector<std::string> isoList(const nlohmann::json& v) {
    std::vector<std::string> out;
    if (v.is_array())
        for (const auto& x : v)
            if (x.is_string()) out.push_back(x.get<std::string>());
    if (v.is_string()) out.push_back(v.get<std::string>());
    return out;
}

RouteHypothesis hypothesis(std::string eventId, std::string targetPlaceId, RouteKind kind, std::vector<LatLon> route) {
    RouteHypothesis h;
    h.eventId = std::move(eventId);
    h.targetPlaceId = std::move(targetPlaceId);
    h.kind = kind;
    h.route = std::move(route);
    return h;
}

bool isSea(const Place& p) { return p.kind == "sea" || p.precision == "sea"; }

// The sea's own position when it is over water, else the nearest point over water to it (rings of 2 km, every 10°),
// at most maxMeters out; the position itself when none is found.
LatLon nearestWaterPoint(const atlas::Atlas& atlas, LatLon centre, double maxMeters) {
    if (!atlas.countryAt(centre)) return centre;
    constexpr double kStepMeters = 2000;
    for (double r = kStepMeters; r <= maxMeters; r += kStepMeters)
        for (int az = -180; az < 180; az += 10)
            if (const LatLon p = geodesy::direct(centre, az, r); !atlas.countryAt(p)) return p;
    return centre;
}

// The target of each of a launch's n tracks. Impacts of this launch that tell how many struck one place ("Eleven hit
// Al Asad and one hit Irbil") send that many there; the rest go round-robin over all its targets in the order the
// event lists them. Without such counts, or when they add up to more than the launch, all go round-robin.
std::vector<size_t> targetOfTracks(const Scenario& sc, const Event& e, const std::vector<const Place*>& targets, int n,
                                   std::string& rule) {
    std::vector<long long> told(targets.size(), 0); // up to 5,000 events of 1,000,000 each: past an int
    long long toldSum = 0;
    std::string parts;
    for (const auto& impact : sc.events) {
        if (impact.kind != "strike" || impact.related != e.id || !impact.count || *impact.count <= 0 ||
            impact.to.size() != 1)
            continue;
        for (size_t k = 0; k < targets.size(); ++k)
            if (targets[k]->id == impact.to[0]) {
                told[k] += *impact.count;
                toldSum += *impact.count;
                parts += (parts.empty() ? "" : ", ") + std::to_string(*impact.count) + " to " + targets[k]->name +
                         " (" + impact.id + ")";
            }
    }
    // A country listed with a finer target inside it ("Syria" and Homs, where the missiles struck) told that target
    // coarsely: the round-robin goes to the finer places, never to the country's centre. So does a sea with waters
    // inside it ("into the sea off its east coast ... into the East Sea"): its label point is no aim.
    std::vector<size_t> spread;
    for (size_t k = 0; k < targets.size(); ++k) {
        const auto* t = targets[k];
        const bool coarse = std::any_of(targets.begin(), targets.end(), [&](const Place* p) {
            if (p == t) return false;
            if (t->kind == "country") return p->kind != "country" && !p->country.empty() && p->country == t->country;
            return t->kind == "sea" && p->kind == "sea" && scenario::liesInside(*p, *t);
        });
        if (!coarse) spread.push_back(k);
    }
    std::vector<size_t> order;
    if (toldSum > 0 && toldSum <= n) {
        for (size_t k = 0; k < targets.size(); ++k) order.insert(order.end(), static_cast<size_t>(told[k]), k);
        rule = "as the impacts tell: " + parts;
        if (toldSum < n) rule += "; the other " + std::to_string(n - toldSum) + " round-robin";
    } else {
        rule = "round-robin over " + std::to_string(spread.size()) +
               " target place(s) in the order the event lists them";
    }
    if (spread.size() < targets.size()) rule += " (a country or sea with a finer target inside it takes none)";
    for (int i = static_cast<int>(order.size()); i < n; ++i)
        order.push_back(spread[static_cast<size_t>(i) % spread.size()]);
    return order;
}

struct Builder {
    const Scenario& sc;
    const atlas::Atlas& atlas;
    const SimOptions& opt;
    Diagnostics* diags;
    Simulation::Impl& out;

    std::map<std::string, size_t> targetAreaByPlace;
    std::map<std::pair<std::string, std::string>, size_t> usedRouteByEventTarget;
    std::map<size_t, std::vector<Overflight>> overflightsByRoute; // metres only; times per track
    std::map<size_t, std::shared_ptr<const RouteGeom>> geomByRoute;
    std::map<std::pair<size_t, std::string>, std::vector<std::pair<double, double>>> deepByRoute; // crash stretches

    void useAssumption(const Assumption& a) {
        for (const auto& u : out.used)
            if (u.key == a.key && u.appliesTo == a.appliesTo) return;
        out.used.push_back(a);
    }

    std::vector<Overflight> overflights(const std::vector<LatLon>& route) {
        std::vector<Overflight> ov;
        const auto cum = cumulativeLengths(route);
        const auto add = [&](atlas::Kind kind, OverflightLevel level) {
            for (const auto& x : atlas.crossings(route, kind, opt.crossingStepMeters, opt.crossingToleranceMeters)) {
                Overflight o;
                o.level = level;
                o.regionIndex = x.region;
                o.entryMeters = x.entryMeters;
                o.exitMeters = x.exitMeters;
                if (x.region) {
                    const auto& r = kind == atlas::Kind::Country ? atlas.countries()[*x.region] : atlas.admin1()[*x.region];
                    o.name = r.name;
                    o.iso2 = r.iso2;
                } else if (level == OverflightLevel::Country) {
                    // Name the water body at the middle of the stretch, if the atlas knows one.
                    const double mid = 0.5 * (x.entryMeters + x.exitMeters);
                    size_t k = 0;
                    while (k + 2 < route.size() && cum[k + 1] < mid) ++k;
                    const LatLon p = geodesy::GeodesicLine(route[k], route[k + 1]).position(mid - cum[k]);
                    if (auto sea = atlas.seaAt(p)) o.name = atlas.features()[*sea].name;
                    else o.name = "open water";
                } else {
                    continue; // no division: the country level already says water
                }
                ov.push_back(std::move(o));
            }
        };
        add(atlas::Kind::Country, OverflightLevel::Country);
        if (opt.admin1Overflight) add(atlas::Kind::Admin1, OverflightLevel::Admin1);
        return ov;
    }

    size_t addRoute(RouteHypothesis h) {
        h.cumulativeMeters = cumulativeLengths(h.route);
        for (const auto& x : atlas.crossings(h.route, atlas::Kind::Country, opt.crossingStepMeters,
                                             opt.crossingToleranceMeters))
            if (x.region) {
                const std::string& iso = atlas.countries()[*x.region].iso2;
                if (h.countriesIso2.empty() || h.countriesIso2.back() != iso) h.countriesIso2.push_back(iso);
            }
        out.routes.push_back(std::move(h));
        return out.routes.size() - 1;
    }

    size_t targetArea(const Place& p) {
        if (auto it = targetAreaByPlace.find(p.id); it != targetAreaByPlace.end()) return it->second;
        Area a;
        a.role = Area::Role::Target;
        a.placeId = p.id;
        a.name = p.name;
        a.nominal = p.pos;
        a.centre = p.pos;
        a.radiusMeters = p.radiusMeters;
        a.precision = p.precision;
        a.waterOnly = isSea(p); // ships in a sea: the ensemble aims at its water, never the coasts inside its radius
        if (a.waterOnly) a.sea = atlas.seaFeature(p.name, p.pos);
        a.rule = "place position; the place's extent is the uncertainty";
        out.targetAreas.push_back(a);
        out.targetPools.push_back({});
        targetAreaByPlace[p.id] = out.targetAreas.size() - 1;
        return out.targetAreas.size() - 1;
    }

    // A country or division named as the origin of a munition whose range is shorter than the way from the area's
    // position to the target (a surface-to-air missile "fired from Iran" at a drone over the Strait of Hormuz): the
    // launch point is the point of the area nearest the target on the geodesic between them, kLaunchDepthMeters
    // inside its border, and the ensemble keeps to the part of the area within range. Recorded as an assumption.
    void withinReach(const Event& e, const Place& from, const std::vector<const Place*>& targets,
                     const MunitionType* type, Area& a) {
        const auto region = regionOfPlace(atlas, from);
        if (!type || !(type->rangeMaxKm > 0) || !region || targets.empty()) return;
        const double range = type->rangeMaxKm * 1000;
        const Place* target = nullptr;
        geodesy::InverseResult toArea; // from the nearest target to the area's position
        for (const Place* t : targets)
            if (const auto inv = geodesy::inverse(t->pos, from.pos); !target || inv.s12 < toArea.s12) {
                target = t;
                toArea = inv;
            }
        if (toArea.s12 <= range) return;
        constexpr double kLaunchDepthMeters = 10e3, kStepMeters = 2e3;
        // depthInside is 0 outside the region, and the depth asked is more than 0.
        const double depth = std::min(kLaunchDepthMeters, crashDepthMeters(atlas, region->level, region->index));
        std::optional<LatLon> nearest;
        for (double s = 0; s <= toArea.s12 && !nearest; s += kStepMeters) {
            const LatLon p = geodesy::direct(target->pos, toArea.azi1, s);
            if (depthInside(atlas, region->level, region->index, p) >= depth) nearest = p;
        }
        if (!nearest) return;
        const double left = geodesy::inverse(*nearest, target->pos).s12;
        a.nominal = *nearest;
        a.reachMeters = std::max(range, left);
        a.reachTarget = target->pos;
        a.rule = "the point of " + from.name + " nearest " + target->name + " (" + km(left) + " from it): " + type->name +
                 " reaches " + km(range) + ", less than the " + km(toArea.s12) + " from the area's position";
        useAssumption(Assumption{"launch.point", nlohmann::json::array({a.nominal.lat, a.nominal.lon}), "deg", {}, {},
                                 "rule: " + a.rule, e.id});
        if (left > range)
            diag(diags, Severity::Warning, "sim.beyond_range",
                 "event '" + e.id + "': even the nearest point of '" + from.name + "' is " + km(left) + " from '" +
                     target->name + "', beyond the " + km(range) + " range of " + type->name,
                 "events." + e.id);
    }

    // `from` is null when the text names no origin; then a launch.point assumption is the whole launch area.
    // `type` (may be null) is the munition's catalogue entry, for its range.
    std::optional<size_t> launchArea(const Event& e, const Place* from, const std::vector<const Place*>& targets,
                                     const MunitionType* type) {
        Area a;
        a.role = Area::Role::Launch;
        if (from) {
            a.placeId = from->id;
            a.name = from->name;
            a.centre = from->pos;
            a.radiusMeters = from->radiusMeters;
            a.precision = from->precision;
            a.waterOnly = isSea(*from);
        }
        if (const Assumption* lp = sc.assumption("launch.point", e.id)) {
            double r = -1;
            std::string name;
            bool overWater = false;
            auto p = pointValue(lp->value, &r, &name, &overWater);
            if (!p) {
                diag(diags, Severity::Error, "sim.bad_assumption", "launch.point must be [lat, lon] or {lat, lon}",
                     "assumptions[launch.point]");
                return std::nullopt;
            }
            a.nominal = *p;
            if (r >= 0 || !from) {
                a.centre = *p;
                a.radiusMeters = std::max(r, 0.0);
                a.waterOnly = a.waterOnly || overWater;
            }
            if (!from) {
                a.name = name.empty() ? "launch.point assumption" : name;
                a.precision = a.radiusMeters > 0 ? "region" : "point";
            }
            a.rule = "launch.point assumption (" + lp->source + ")";
            useAssumption(*lp);
        } else if (!from) {
            return std::nullopt; // producesTracks lets no event through without an origin
        } else if (isSea(*from) && from->radiusMeters > 0) {
            a.nominal = nearestWaterPoint(atlas, from->pos, from->radiusMeters);
            a.rule = "the sea's position (the centre of its launch area), or the nearest point over water to it; "
                     "the ensemble samples the whole area over water";
            if (atlas.countryAt(from->pos))
                diag(diags, Severity::Warning, "sim.sea_centre_on_land",
                     "the position of '" + from->name + "' is on land; the nearest point over water is the launch point",
                     "places." + from->id);
            Assumption used{"launch.point", nlohmann::json::array({a.nominal.lat, a.nominal.lon}), "deg", {}, {},
                            "rule: " + a.rule, e.id};
            useAssumption(used);
        } else {
            a.nominal = from->pos;
            a.rule = "place position; the place's extent is the uncertainty";
            withinReach(e, *from, targets, type, a);
        }
        // A launch.point assumption that moved the centre leaves the area its own disc.
        if (a.waterOnly) a.sea = atlas.seaFeature(from ? from->name : a.name, a.centre);
        out.launchAreas.push_back(a);
        out.launchPools.push_back({});
        return out.launchAreas.size() - 1;
    }

    // The munition's catalogue entry (null when the catalogue has none), speed and altitude profile.
    struct MunitionProfile {
        const MunitionType* type = nullptr;
        SpeedProfile speed;
        AltitudeProfile alt;
    };

    // Munition and speed: the catalogue entry, overridden by a munition.speed_mps assumption; nullopt (with an error)
    // when no speed applies, so the event is not simulated.
    std::optional<MunitionProfile> munitionProfile(const Event& e, const std::string& where) {
        MunitionProfile m;
        if (opt.catalogue && !e.munition.empty()) m.type = opt.catalogue->find(e.munition);
        const MunitionType* type = m.type;
        SpeedProfile& speed = m.speed;
        AltitudeProfile& alt = m.alt;
        if (type) {
            speed = {type->speedMinMps, type->speedNominalMps, type->speedMaxMps, type->speedSource, type->speedIsEstimate()};
            alt.shape = type->shape;
            alt.cruiseAltitudeMeters = type->cruiseAltitudeMeters;
            alt.terminalAltitudeMeters = type->terminalAltitudeMeters;
            alt.boostMeters = type->boostMeters;
            alt.terminalMeters = type->terminalMeters;
        }
        if (const Assumption* sa = sc.assumption("munition.speed_mps", e.id)) {
            if (!sa->value.is_number() || !(sa->value.get<double>() > 0)) {
                diag(diags, Severity::Error, "sim.bad_assumption", "munition.speed_mps must be a positive number", where);
            } else {
                const double v = sa->value.get<double>();
                speed = {sa->min.value_or(v), v, sa->max.value_or(v), sa->source,
                         sa->source.rfind("estimate", 0) == 0};
                useAssumption(*sa);
            }
        } else if (type) {
            useAssumption(Assumption{"munition.speed_mps", speed.nominalMps, "m/s", speed.minMps, speed.maxMps,
                                     "catalogue '" + type->key + "': " + speed.source, e.id});
        }
        if (!(speed.nominalMps > 0)) {
            diag(diags, Severity::Error, "sim.no_speed",
                 "event '" + e.id + "': munition '" + e.munition +
                     "' is not in the catalogue and no munition.speed_mps assumption applies; not simulated",
                 where);
            return std::nullopt;
        }
        if (!type)
            diag(diags, Severity::Note, "sim.no_altitude",
                 "event '" + e.id + "': no catalogue entry for '" + e.munition + "'; altitude profile left at 0 m", where);
        if (speed.estimate)
            diag(diags, Severity::Note, "sim.speed_estimate",
                 "event '" + e.id + "': speed " + std::to_string(static_cast<int>(speed.nominalMps)) + " m/s is an estimate (" +
                     speed.source + ")", where);
        return m;
    }

    // A route.waypoints assumption for the event; empty when there is none or it is malformed (with an error).
    std::vector<LatLon> routeWaypoints(const Event& e, const std::string& where) {
        std::vector<LatLon> waypoints;
        if (const Assumption* wa = sc.assumption("route.waypoints", e.id)) {
            bool okW = wa->value.is_array();
            if (okW)
                for (const auto& w : wa->value) {
                    auto p = pointValue(w);
                    if (!p) { okW = false; break; }
                    waypoints.push_back(*p);
                }
            if (!okW) {
                diag(diags, Severity::Error, "sim.bad_assumption", "route.waypoints must be [[lat, lon], ...]", where);
                waypoints.clear();
            } else {
                useAssumption(*wa);
            }
        }
        return waypoints;
    }

    // Per target place of an event (in the event's order): its target area and the route hypothesis used.
    struct TargetRoutes {
        std::vector<size_t> targetAreaIdx, usedRoute;
    };

    // Routes per target place: the direct geodesic, the airspace-constrained route, the waypoint route and the route
    // via the countries crashes were reported in, each kept as a hypothesis and checked against the event's claims;
    // the one that satisfies most is used.
    TargetRoutes targetRoutes(const Event& e, const Place* from, const std::vector<const Place*>& targets,
                              LatLon launchPoint, double speedMps, const std::string& where) {
        const std::vector<LatLon> waypoints = routeWaypoints(e, where);
        const Assumption* permitted = sc.assumption("airspace.permitted", e.id);
        const Assumption* forbidden = sc.assumption("airspace.forbidden", e.id);
        AirspaceRule rule;
        if (permitted) { rule.permitted = isoList(permitted->value); useAssumption(*permitted); }
        if (forbidden) { rule.forbidden = isoList(forbidden->value); useAssumption(*forbidden); }
        const bool constrained = permitted || forbidden;
        if (from && from->country.size() == 2) rule.alwaysAllowed.push_back(from->country);
        if (auto c = atlas.countryAt(launchPoint)) rule.alwaysAllowed.push_back(atlas.countries()[*c].iso2);
        const std::vector<RouteClaim> claims = routeClaims(sc, atlas, e, speedMps);

        TargetRoutes tr;
        for (const Place* t : targets) {
            const size_t ta = targetArea(*t);
            tr.targetAreaIdx.push_back(ta);
            const auto key = std::make_pair(e.id, t->id);
            if (auto it = usedRouteByEventTarget.find(key); it != usedRouteByEventTarget.end()) {
                tr.usedRoute.push_back(it->second);
                continue;
            }
            const LatLon tp = out.targetAreas[ta].nominal;
            std::vector<size_t> built{addRoute(hypothesis(e.id, t->id, RouteKind::Direct, {launchPoint, tp}))};
            if (constrained)
                if (auto ci = constrainedRouteTo(e, *t, rule, launchPoint, tp, where)) built.push_back(*ci);
            if (!waypoints.empty()) {
                std::vector<LatLon> r{launchPoint};
                r.insert(r.end(), waypoints.begin(), waypoints.end());
                r.push_back(tp);
                built.push_back(addRoute(hypothesis(e.id, t->id, RouteKind::Waypoints, r)));
            }
            for (size_t h : built) checkClaims(out.routes[h], claims);
            if (auto via = viaCountriesRoute(e, *t, claims, out.routes[built.front()], launchPoint, tp)) {
                built.push_back(*via);
                checkClaims(out.routes[*via], claims);
            }
            const size_t used = bestRoute(built);
            out.routes[used].used = true;
            usedRouteByEventTarget[key] = used;
            tr.usedRoute.push_back(used);
        }
        return tr;
    }

    void checkClaims(RouteHypothesis& h, const std::vector<RouteClaim>& claims) {
        for (const auto& c : claims) h.checks.push_back(checkRoute(atlas, h.route, h.cumulativeMeters, c));
    }

    // The hypothesis that satisfies most claims; ties go to the analyst's waypoints, then the airspace-constrained
    // route, then the direct one, and the via-countries route last (a detour needs a claim to justify it).
    size_t bestRoute(const std::vector<size_t>& built) const {
        const auto rank = [](RouteKind k) {
            switch (k) {
            case RouteKind::Waypoints: return 0;
            case RouteKind::AirspaceConstrained: return 1;
            case RouteKind::Direct: return 2;
            case RouteKind::ViaCountries: return 3;
            }
            return 4;
        };
        size_t best = built.front();
        for (size_t h : built) {
            const auto& a = out.routes[h];
            const auto& b = out.routes[best];
            if (a.satisfied() > b.satisfied() || (a.satisfied() == b.satisfied() && rank(a.kind) < rank(b.kind)))
                best = h;
        }
        return best;
    }

    // The route through a point well inside each territory a crash was reported in that the direct route misses
    // ("crashed in Iran"), the points in the order the direct route passes closest to them; nullopt when the direct
    // route satisfies every territory claim, or a territory has no point deep enough.
    std::optional<size_t> viaCountriesRoute(const Event& e, const Place& t, const std::vector<RouteClaim>& claims,
                                            const RouteHypothesis& direct, LatLon launchPoint, LatLon tp) {
        std::vector<std::pair<double, LatLon>> via;
        for (size_t k = 0; k < claims.size(); ++k) {
            const RouteClaim& c = claims[k];
            if (c.kind != RouteClaim::Kind::CrashTerritory || !c.region || direct.checks.at(k).satisfied) continue;
            // Twice the crash depth, so that the crashes have a stretch of route to lie on.
            const auto p = viaPoint(atlas, *c.level, *c.region, launchPoint, tp,
                                    2 * crashDepthMeters(atlas, *c.level, *c.region));
            if (!p) return std::nullopt;
            via.push_back({geodesy::offsetFromSegment(launchPoint, tp, *p).alongMeters, *p});
        }
        if (via.empty()) return std::nullopt;
        std::sort(via.begin(), via.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<LatLon> r{launchPoint};
        for (const auto& v : via) r.push_back(v.second);
        r.push_back(tp);
        return addRoute(hypothesis(e.id, t.id, RouteKind::ViaCountries, r));
    }

    // The airspace-constrained route to one target place, added as a hypothesis; nullopt (with a warning) when none
    // is found and the direct route stays in use.
    std::optional<size_t> constrainedRouteTo(const Event& e, const Place& t, const AirspaceRule& rule,
                                             LatLon launchPoint, LatLon tp, const std::string& where) {
        AirspaceRule r = rule;
        if (t.country.size() == 2) r.alwaysAllowed.push_back(t.country);
        if (auto c = atlas.countryAt(tp)) r.alwaysAllowed.push_back(atlas.countries()[*c].iso2);
        RoutingOptions ro;
        ro.cellDeg = opt.routingGridDeg;
        ro.crossingStepMeters = opt.crossingStepMeters;
        auto cr = constrainedRoute(atlas, launchPoint, tp, r, ro);
        if (!cr) {
            diag(diags, Severity::Warning, cr.error().code,
                 "event '" + e.id + "' to '" + t.name + "': " + cr.error().message + "; the direct route is used",
                 where);
            return std::nullopt;
        }
        const auto bad = airspaceViolations(atlas, *cr, r, opt.crossingStepMeters);
        if (!bad.empty()) {
            std::string list;
            for (const auto& b : bad) list += (list.empty() ? "" : ", ") + b;
            diag(diags, Severity::Warning, "route.clips_forbidden",
                 "event '" + e.id + "' to '" + t.name + "': the constrained route still touches " + list +
                     " (grid too coarse for a narrow passage)", where);
        }
        return addRoute(hypothesis(e.id, t.id, RouteKind::AirspaceConstrained, *cr));
    }

    // How many munitions an event launches and when.
    struct LaunchTiming {
        bool countUnknown = false; // no count stated: one representative track
        int n = 1;                 // munitions launched
        double interval = 0;       // seconds between launches
        bool intervalEstimated = true;
        TimeInterval window;       // when the first launch happens
        bool approximate = false;  // the window comes from a day-or-coarser time or the dateline
    };

    // Count and timing; nullopt when the event launches nothing or has no time at all (with a note or an error).
    std::optional<LaunchTiming> launchTiming(const Event& e, const std::string& where) {
        LaunchTiming lt;
        lt.countUnknown = !e.count.has_value();
        lt.n = lt.countUnknown ? 1 : *e.count;
        const bool countUnknown = lt.countUnknown;
        const int n = lt.n;
        if (n <= 0) {
            diag(diags, Severity::Note, "sim.zero_count", "event '" + e.id + "' launches nothing", where);
            return std::nullopt;
        }
        if (countUnknown)
            diag(diags, Severity::Note, "sim.count_unknown",
                 "event '" + e.id + "' names no count; one representative track is simulated", where);
        double& interval = lt.interval;
        interval = opt.defaultLaunchIntervalSeconds;
        if (const Assumption* ia = sc.assumption("launch.interval_s", e.id); ia && ia->value.is_number() &&
                                                                             ia->value.get<double>() >= 0) {
            interval = ia->value.get<double>();
            lt.intervalEstimated = ia->source.rfind("estimate", 0) == 0;
            useAssumption(*ia);
        } else if (n > 1) {
            useAssumption(Assumption{"launch.interval_s", interval, "s", 0.0, std::max(interval * 3, 30.0),
                                     "estimate: default stagger between launches (no source)", e.id});
            diag(diags, Severity::Note, "sim.interval_estimate",
                 "event '" + e.id + "': launches staggered by " + std::to_string(static_cast<int>(interval)) +
                     " s (estimate, no launch.interval_s assumption)", where);
        }
        TimeInterval& window = lt.window;
        bool& approximate = lt.approximate;
        if (const Assumption* ta = sc.assumption("launch.time", e.id); ta && ta->value.is_string() &&
                                                                       parseIsoUtc(ta->value.get<std::string>())) {
            window.start = window.end = *parseIsoUtc(ta->value.get<std::string>());
            if (ta->min && ta->max) { // seconds relative to the value
                window.start = window.start + *ta->min;
                window.end = window.end + *ta->max;
            }
            useAssumption(*ta);
        } else if (e.time) {
            window.start = e.time->start;
            window.end = std::max(e.time->end, e.time->start);
            approximate = e.time->precision == TimePrecision::Day || e.time->precision == TimePrecision::Week ||
                          e.time->precision == TimePrecision::Month || e.time->precision == TimePrecision::Year ||
                          e.time->precision == TimePrecision::Unknown;
            if (approximate)
                diag(diags, Severity::Note, "sim.time_approximate",
                     "event '" + e.id + "' has no clock time (" + std::string(toString(e.time->precision)) +
                         " precision); launches start at " + formatIsoUtc(window.start) +
                         " and the ensemble samples the whole interval", where);
        } else if (auto d = parseIsoUtc(sc.source.published); d) {
            // The article's day, as a whole day: the launch starts at its beginning and the ensemble samples it all.
            window.start = *d;
            window.end = *d + 86400.0;
            approximate = true;
            diag(diags, Severity::Warning, "sim.time_from_dateline",
                 "event '" + e.id + "' has no time; the article's date " + sc.source.published +
                     " is used, and the ensemble samples that whole day", where);
        } else {
            diag(diags, Severity::Error, "sim.no_time", "event '" + e.id + "' has no time and the article no date; "
                                                        "add a launch.time assumption", where);
            return std::nullopt;
        }
        return lt;
    }

    // The event's tracks, round-robin over its target places, and its summary.
    void addTracks(const Event& e, const Place* from, const std::vector<const Place*>& targets,
                   const MunitionProfile& m, size_t la, const TargetRoutes& routes, const LaunchTiming& lt,
                   const std::string& where) {
        const MunitionType* type = m.type;
        const int n = lt.n;
        const double interval = lt.interval;
        EventSummary sum;
        sum.eventId = e.id;
        sum.firstTrack = out.tracks.size();
        sum.launchIntervalSeconds = interval;
        sum.launchIntervalEstimated = lt.intervalEstimated;
        const auto targetOf = targetOfTracks(sc, e, targets, n, sum.splitRule);
        if (lt.countUnknown) sum.splitRule = "count unknown: one representative track to the first target";
        for (int i = 0; i < n; ++i) {
            const size_t k = targetOf[static_cast<size_t>(i)];
            const size_t ri = routes.usedRoute[k];
            const RouteHypothesis& rh = out.routes[ri];
            MunitionTrack tr;
            tr.id = e.id + "/" + std::to_string(i + 1);
            tr.eventId = e.id;
            tr.indexInEvent = i;
            tr.countInEvent = n;
            tr.countUnknown = lt.countUnknown;
            tr.munitionKey = type ? type->key : "";
            tr.munitionName = type ? type->name : e.munition;
            tr.launchPlaceId = from ? from->id : std::string();
            tr.targetPlaceId = targets[k]->id;
            tr.routeKind = rh.kind;
            tr.route = rh.route;
            tr.cumulativeMeters = rh.cumulativeMeters;
            tr.launchTime = lt.window.start + i * interval;
            tr.launchTimeApproximate = lt.approximate;
            tr.launchWindow.start = lt.window.start + i * interval;
            tr.launchWindow.end = lt.window.end + i * interval;
            tr.launchWindow.precision = lt.window.precision;
            tr.speed = m.speed;
            tr.altitude = m.alt;
            if (m.alt.shape == AltitudeShape::Ballistic && type)
                tr.altitude.apogeeMeters = std::min(type->apogeeMaxMeters, type->apogeeRatio * rh.lengthMeters());
            if (!overflightsByRoute.count(ri)) overflightsByRoute[ri] = overflights(rh.route);
            tr.overflights = overflightsByRoute[ri];
            if (!geomByRoute.count(ri)) geomByRoute[ri] = makeGeom(rh.route);
            out.geoms.push_back(geomByRoute[ri]);
            TrackModel tm;
            tm.launchArea = la;
            tm.targetArea = routes.targetAreaIdx[k];
            tm.route = ri;
            tm.windowStart = lt.window.start.unixSeconds + i * interval;
            tm.windowEnd = lt.window.end.unixSeconds + i * interval;
            out.models.push_back(tm);
            out.tracks.push_back(std::move(tr));
            if (type && type->rangeMaxKm > 0 && rh.lengthMeters() > type->rangeMaxKm * 1000 &&
                std::find(targetOf.begin(), targetOf.end(), k) == targetOf.begin() + i) // once per target
                diag(diags, Severity::Warning, "sim.beyond_range",
                     "event '" + e.id + "' to '" + targets[k]->name + "': route " + km(rh.lengthMeters()) +
                         " exceeds the catalogue range of " + type->name, where);
        }
        sum.trackCount = out.tracks.size() - sum.firstTrack;
        out.events.push_back(sum);
    }

    // The places a launch flies to: its own targets, where a coarse one (a country, division or region) gives way to
    // the impacts the text tells inside it ("Iran fired 180 missiles at Israel ... Some struck near the Nevatim air
    // base": strikes related to the launch).
    std::vector<const Place*> targetsOf(const Event& e) const {
        std::vector<const Place*> targets;
        for (const auto& id : e.to) {
            const Place* p = sc.place(id);
            if (!p) continue;
            const bool coarse = p->kind == "country" || p->kind == "admin1" || p->kind == "region";
            std::vector<const Place*> inside;
            for (const auto& s : sc.events)
                if (coarse && s.kind == "strike" && s.related == e.id)
                    for (const auto& sid : s.to)
                        if (const Place* q = sc.place(sid); q && q != p && !q->country.empty() &&
                                                             q->country == p->country &&
                                                             std::find(inside.begin(), inside.end(), q) == inside.end())
                            inside.push_back(q);
            if (inside.empty()) targets.push_back(p);
            else targets.insert(targets.end(), inside.begin(), inside.end());
        }
        return targets;
    }

    void buildEvent(const Event& e) {
        const std::string where = "events." + e.id;
        const Place* from = e.from ? sc.place(*e.from) : nullptr; // null: the origin is a launch.point assumption
        std::vector<const Place*> targets = targetsOf(e);
        if ((e.from && !from) || targets.empty()) return;

        const auto munition = munitionProfile(e, where);
        if (!munition) return;

        // Areas.
        const auto la = launchArea(e, from, targets, munition->type);
        if (!la) return;
        const LatLon launchPoint = out.launchAreas[*la].nominal;

        const TargetRoutes routes = targetRoutes(e, from, targets, launchPoint, munition->speed.nominalMps, where);
        const auto timing = launchTiming(e, where);
        if (!timing) return;
        addTracks(e, from, targets, *munition, *la, routes, *timing, where);
    }

    // Membership in a crash territory that has a border (a country or division); empty for point-like places.
    std::function<bool(LatLon)> territoryTest(const Place& territory) const {
        const atlas::Atlas* a = &atlas;
        if (const auto region = regionOfPlace(atlas, territory))
            return [a, r = *region](LatLon p) { return a->regionContains(r.level, r.index, p); };
        return {};
    }

    // In-territory stretches of track ti for a crash territory.
    std::vector<std::pair<double, double>> stretches(size_t ti, const Place& territory) {
        const MunitionTrack& tr = out.tracks[ti];
        std::vector<std::pair<double, double>> st;
        if (const auto ref = regionOfPlace(atlas, territory)) {
            const atlas::Kind level = ref->level;
            const std::optional<uint32_t> region = ref->index;
            const OverflightLevel ol = level == atlas::Kind::Country ? OverflightLevel::Country : OverflightLevel::Admin1;
            bool listed = false;
            for (const auto& o : tr.overflights)
                if (o.level == ol) listed = true;
            if (listed) {
                for (const auto& o : tr.overflights)
                    if (o.level == ol && o.regionIndex == region) st.push_back({o.entryMeters, o.exitMeters});
            } else {
                for (const auto& x : atlas.crossings(tr.route, level, opt.crossingStepMeters, opt.crossingToleranceMeters))
                    if (x.region == region) st.push_back({x.entryMeters, x.exitMeters});
            }
            // Crashes "in Iran" lie well inside Iran: the parts at least kCrashDepthMeters from its outline, cached
            // per route (tracks share routes); a route that only skims the territory keeps its shallow stretch.
            const auto key = std::make_pair(out.models[ti].route, territory.id);
            auto it = deepByRoute.find(key);
            if (it == deepByRoute.end())
                it = deepByRoute.emplace(key, deepStretches(atlas, level, *region, tr.route, tr.cumulativeMeters, st,
                                                            crashDepthMeters(atlas, level, *region))).first;
            return it->second.empty() ? st : it->second;
        }
        // A point-like place: the stretch within its radius (at least 10 km) of the closest route point.
        const double radius = std::max(territory.radiusMeters, 10e3);
        double bestCross = INFINITY, bestAlong = 0;
        for (size_t k = 0; k + 1 < tr.route.size(); ++k) {
            const auto off = geodesy::offsetFromSegment(tr.route[k], tr.route[k + 1], territory.pos);
            if (off.crossMeters < bestCross) {
                bestCross = off.crossMeters;
                bestAlong = tr.cumulativeMeters[k] + off.alongMeters;
            }
        }
        if (bestCross <= radius) {
            const double half = std::sqrt(radius * radius - bestCross * bestCross);
            st.push_back({std::max(0.0, bestAlong - half), std::min(tr.lengthMeters(), bestAlong + half)});
        }
        return st;
    }

    void applyCrash(const Event& c) {
        const std::string where = "events." + c.id;
        const EventSummary* launch = nullptr;
        for (const auto& s : out.events)
            if (s.eventId == c.related) launch = &s;
        if (!launch) {
            if (c.related.empty())
                diag(diags, Severity::Note, "sim.crash_unrelated",
                     "crash event '" + c.id + "' is related to no launch; it is not placed on a route", where);
            return;
        }
        const Place* territory = !c.to.empty() ? sc.place(c.to.front()) : c.from ? sc.place(*c.from) : nullptr;
        const int m = c.count.value_or(1);
        if (!c.count)
            diag(diags, Severity::Note, "sim.count_unknown", "crash event '" + c.id + "' names no count; one crash is placed",
                 where);
        if (m <= 0) return;
        std::vector<size_t> candidates;
        std::vector<std::vector<std::pair<double, double>>> st;
        for (size_t i = launch->firstTrack; i < launch->firstTrack + launch->trackCount; ++i) {
            if (out.tracks[i].outcome != Outcome::Reached) continue;
            auto s = territory ? stretches(i, *territory) : std::vector<std::pair<double, double>>{};
            double total = 0;
            for (auto& [a, b] : s) total += b - a;
            if (total > 0 || !territory) {
                candidates.push_back(i);
                st.push_back(std::move(s));
            }
        }
        const std::string tname = territory ? territory->name : "an unnamed place";
        if (!territory || candidates.empty()) {
            // A finding, not a failure: the modelled routes never cross where the crashes were reported.
            diag(diags, Severity::Warning, "sim.crash_off_route",
                 "crash event '" + c.id + "' places " + std::to_string(m) + " munition(s) in " + tname +
                     ", but no modelled route of '" + c.related + "' crosses " + tname +
                     "; their outcome is set to unknown", where);
            const size_t n = launch->trackCount;
            for (int k = 0; k < m && static_cast<size_t>(k) < n; ++k) {
                const size_t i = launch->firstTrack + static_cast<size_t>((k + 0.5) * static_cast<double>(n) / m);
                out.tracks[i].outcome = Outcome::Unknown;
                out.tracks[i].crashEventId = c.id;
            }
            return;
        }
        int placed = m;
        if (static_cast<size_t>(m) > candidates.size()) {
            placed = static_cast<int>(candidates.size());
            diag(diags, Severity::Warning, "sim.crash_exceeds",
                 "crash event '" + c.id + "' names " + std::to_string(m) + " crashes but only " +
                     std::to_string(candidates.size()) + " tracks cross " + tname, where);
        }
        for (int k = 0; k < placed; ++k) {
            const size_t ci = static_cast<size_t>((k + 0.5) * static_cast<double>(candidates.size()) / placed);
            const size_t i = candidates[ci];
            MunitionTrack& tr = out.tracks[i];
            double total = 0;
            for (auto& [a, b] : st[ci]) total += b - a;
            double want = (k + 0.5) / placed * total, at = 0;
            for (auto& [a, b] : st[ci]) {
                if (want <= b - a) { at = a + want; break; }
                want -= b - a;
                at = b;
            }
            tr.outcome = Outcome::Crashed;
            tr.crashMeters = at;
            tr.crashEventId = c.id;
            out.models[i].crashStretches = st[ci];
            out.models[i].crashInside = territoryTest(*territory);
            for (auto& s : out.events)
                if (s.eventId == c.related) s.crashed++;
        }
    }

    void reportedSite(const Assumption& a) {
        double r = 0;
        std::string name;
        auto p = pointValue(a.value, &r, &name);
        if (!p) {
            diag(diags, Severity::Error, "sim.bad_assumption", "crash.site must be {lat, lon, radius_m, name}",
                 "assumptions[crash.site]");
            return;
        }
        ReportedSite site;
        site.name = name.empty() ? "reported site" : name;
        site.eventId = a.appliesTo;
        site.source = a.source;
        site.pos = *p;
        site.radiusMeters = r;
        std::string launchId;
        if (const Event* e = sc.event(a.appliesTo)) launchId = e->related.empty() ? e->id : e->related;
        for (size_t h = 0; h < out.routes.size(); ++h) {
            const auto& rh = out.routes[h];
            if (!launchId.empty() && rh.eventId != launchId) continue;
            ReportedSite::Offset best;
            best.hypothesis = h;
            best.crossTrackMeters = INFINITY;
            for (size_t k = 0; k + 1 < rh.route.size(); ++k) {
                const auto off = geodesy::offsetFromSegment(rh.route[k], rh.route[k + 1], *p);
                if (off.crossMeters < best.crossTrackMeters) {
                    best.crossTrackMeters = off.crossMeters;
                    best.alongMeters = rh.cumulativeMeters[k] + off.alongMeters;
                }
            }
            best.withinRadius = best.crossTrackMeters <= r;
            site.offsets.push_back(best);
        }
        useAssumption(a);
        out.sites.push_back(std::move(site));
    }

    void timesAndInstants() {
        for (size_t i = 0; i < out.tracks.size(); ++i) {
            MunitionTrack& tr = out.tracks[i];
            const double end = tr.endMeters();
            std::vector<Overflight> kept;
            for (auto o : tr.overflights) {
                if (o.entryMeters >= end && tr.outcome == Outcome::Crashed) continue;
                o.exitMeters = std::min(o.exitMeters, end);
                o.entryTime = tr.launchTime + o.entryMeters / tr.speed.nominalMps;
                o.exitTime = tr.launchTime + o.exitMeters / tr.speed.nominalMps;
                kept.push_back(std::move(o));
            }
            tr.overflights = std::move(kept);
            if (tr.outcome == Outcome::Crashed)
                out.instants.push_back({KeyInstant::Kind::Crash, tr.endTime(), "crash of " + tr.id, tr.eventId, tr.id});
        }
        for (auto& s : out.events) {
            if (s.trackCount == 0) continue;
            const MunitionTrack& first = out.tracks[s.firstTrack];
            UtcTime firstL = first.launchTime, lastL = first.launchTime, firstA{INFINITY}, lastA{-INFINITY};
            s.minRouteMeters = s.maxRouteMeters = first.lengthMeters();
            s.minFlightSeconds = INFINITY;
            s.maxFlightSeconds = 0;
            for (size_t i = s.firstTrack; i < s.firstTrack + s.trackCount; ++i) {
                const auto& t = out.tracks[i];
                firstL = std::min(firstL, t.launchTime);
                lastL = std::max(lastL, t.launchTime);
                s.minRouteMeters = std::min(s.minRouteMeters, t.lengthMeters());
                s.maxRouteMeters = std::max(s.maxRouteMeters, t.lengthMeters());
                if (t.outcome != Outcome::Crashed) {
                    firstA = std::min(firstA, t.endTime());
                    lastA = std::max(lastA, t.endTime());
                    const double fs = t.lengthMeters() / t.speed.nominalMps;
                    s.minFlightSeconds = std::min(s.minFlightSeconds, fs);
                    s.maxFlightSeconds = std::max(s.maxFlightSeconds, fs);
                }
            }
            if (!std::isfinite(s.minFlightSeconds)) s.minFlightSeconds = 0;
            out.instants.push_back({KeyInstant::Kind::FirstLaunch, firstL, "first launch (" + s.eventId + ")", s.eventId, ""});
            if (s.trackCount > 1)
                out.instants.push_back({KeyInstant::Kind::LastLaunch, lastL, "last launch (" + s.eventId + ")", s.eventId, ""});
            if (std::isfinite(firstA.unixSeconds)) {
                out.instants.push_back({KeyInstant::Kind::FirstArrival, firstA, "first arrival (" + s.eventId + ")", s.eventId, ""});
                if (lastA > firstA)
                    out.instants.push_back({KeyInstant::Kind::LastArrival, lastA, "last arrival (" + s.eventId + ")", s.eventId, ""});
            }
            for (const auto& o : first.overflights)
                if (o.level == OverflightLevel::Country && o.regionIndex && o.entryMeters > 0)
                    out.instants.push_back({KeyInstant::Kind::BorderCrossing, o.entryTime,
                                            "enters " + o.name + " (" + first.id + ")", s.eventId, first.id});
        }
        std::stable_sort(out.instants.begin(), out.instants.end(),
                         [](const KeyInstant& a, const KeyInstant& b) { return a.time < b.time; });
    }

    void samplePools();
    bool insideNamedRegion(const Area& a, LatLon p) const;
};

// A country or first-level division is an area with a border, not a disc: samples outside the named region are
// rejected (the disc of radiusMeters only bounds where to draw from).
bool Builder::insideNamedRegion(const Area& a, LatLon p) const {
    const scenario::Place* place = sc.place(a.placeId);
    if (!place) return true;
    if (place->precision == "country" && !place->country.empty()) {
        const auto c = atlas.countryAt(p);
        return c && atlas.countries()[*c].iso2 == place->country;
    }
    if (place->precision == "admin1") {
        const auto d = atlas.admin1At(p);
        if (!d) return false;
        const auto& r = atlas.admin1()[*d];
        return r.iso2 == place->country && (r.name == place->admin1 || r.name == place->name);
    }
    return true;
}

// Ensemble sample pools: fixed, seeded point sets inside each area (over water for seas, inside the
// border for countries and divisions), so that the ensemble needs no point-in-polygon test per run and stays
// deterministic.
void Builder::samplePools() {
    const auto fill = [&](const Area& a, std::vector<PoolPoint>& pool, uint64_t salt) {
        pool.clear();
        if (a.radiusMeters <= 0) return;
        for (const bool regionTest : {true, false}) { // without the region test only if it rejected every sample
            SplitMix rng(0x5A17F00Dull ^ salt);
            constexpr int kWanted = 1024, kMaxTries = 32 * kWanted;
            for (int tries = 0; tries < kMaxTries && pool.size() < kWanted; ++tries) {
                // An area larger than the munition's range is sampled within range of its target.
                const bool reach = a.reachMeters > 0;
                const double r = (reach ? a.reachMeters : a.radiusMeters) * std::sqrt(rng.uniform());
                const double az = 360 * rng.uniform() - 180;
                const LatLon p = geodesy::direct(reach ? a.reachTarget : a.centre, az, r);
                if (a.waterOnly && atlas.countryAt(p)) continue;
                if (a.sea && !atlas.seaShareHolds(*a.sea, p)) continue;
                if (regionTest && !insideNamedRegion(a, p)) continue;
                const auto inv = geodesy::inverse(a.nominal, p);
                pool.push_back({p, inv.s12, inv.azi1});
            }
            if (!pool.empty()) break;
        }
    };
    for (size_t i = 0; i < out.launchAreas.size(); ++i) fill(out.launchAreas[i], out.launchPools[i], 2 * i + 1);
    for (size_t i = 0; i < out.targetAreas.size(); ++i) fill(out.targetAreas[i], out.targetPools[i], 2 * i + 2);
}

} // namespace

size_t plannedTracks(const Scenario& sc) {
    size_t n = 0;
    for (const auto& e : sc.events)
        if (producesTracks(sc, e)) n += e.count ? static_cast<size_t>(std::max(0, *e.count)) : 1;
    return n;
}

std::optional<std::string> overBudget(const Scenario& sc, int runs) {
    const size_t n = plannedTracks(sc);
    if (n > kMaxTracks)
        return "its events launch " + std::to_string(n) + " munitions, more than the " + std::to_string(kMaxTracks) +
               " Salvo simulates at once";
    if (runs > 0 && static_cast<double>(n) * runs > kMaxTrackRuns)
        return std::to_string(n) + " munitions × " + std::to_string(runs) + " runs is more than the " +
               std::to_string(static_cast<long long>(kMaxTrackRuns)) +
               " munition-runs one ensemble holds; lower --runs to " +
               std::to_string(static_cast<long long>(kMaxTrackRuns / static_cast<double>(std::max<size_t>(n, 1))));
    return std::nullopt;
}

Simulation simulate(const scenario::Scenario& sc, const atlas::Atlas& atlas, const SimOptions& opt, Diagnostics* diags) {
    Simulation sim;
    Builder b{sc, atlas, opt, diags, *sim.m, {}, {}, {}, {}, {}};
    const auto tooLarge = overBudget(sc, 0);
    if (tooLarge) diag(diags, Severity::Error, "sim.too_large", "the scenario is too large to simulate: " + *tooLarge);
    for (size_t i = 0; i < sc.events.size() && !tooLarge; ++i)
        if (producesTracks(sc, sc.events[i])) b.buildEvent(sc.events[i]);
    // The best route to a target no track flies (a country or sea with a finer target inside it) is not flown.
    std::vector<char> flown(sim.m->routes.size(), 0);
    for (const auto& tm : sim.m->models) flown[tm.route] = 1;
    for (size_t r = 0; r < sim.m->routes.size(); ++r) sim.m->routes[r].used = sim.m->routes[r].used && flown[r];
    for (const auto& e : sc.events)
        if (e.kind == "crash" || e.kind == "intercept") b.applyCrash(e);
    for (const auto& a : sc.assumptions)
        if (a.key == "crash.site") b.reportedSite(a);
    // Nothing replays (air strikes whose aircraft's base is not told, the commonest report): where the text says
    // they struck are target areas all the same, drawn, framed and exported. Beside a replay they would read as the
    // replayed munitions' targets, so they are left out there.
    if (sim.m->tracks.empty())
        for (const auto& e : sc.events)
            if (e.kind == "strike")
                for (const auto& id : e.to)
                    if (const Place* p = sc.place(id)) b.targetArea(*p);
    b.timesAndInstants();
    b.samplePools();
    if (sim.m->tracks.empty())
        diag(diags, Severity::Warning, "sim.no_tracks",
             "no event has both an origin (a place or a launch.point assumption) and a target with a known speed; "
             "nothing to simulate");
    return sim;
}

} // namespace salvo::sim
