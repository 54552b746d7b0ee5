// GeoJSON (RFC 7946): coordinates are [longitude, latitude] (the one place in Salvo where lon comes first, because the
// standard says so), WGS84, no "crs" member; polygon rings follow the right-hand rule (exterior counter-clockwise).
// Every feature has a top-level "id" (the object id shared with the other formats) and the simplestyle-spec
// properties (title, description, marker-color/-size, stroke, stroke-width, stroke-opacity, fill, fill-opacity) that
// geojson.io, GitHub and Mapbox draw. A value the scenario does not give is null, never "".
#include "io/Export.hpp"

#include "io/ExportCommon.hpp"

#include <nlohmann/json.hpp>

namespace salvo::io {

namespace {

using nlohmann::json;
using detail::StyleKind;

json lonLat(LatLon p) { return json::array({p.lon, p.lat}); }

json lineCoords(const std::vector<LatLon>& pts) {
    json a = json::array();
    for (const auto& p : pts) a.push_back(lonLat(p));
    return a;
}

json pointGeometry(LatLon p) { return {{"type", "Point"}, {"coordinates", lonLat(p)}}; }

// null for a value the scenario does not give.
json text(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

double opacity(uint8_t alpha) { return static_cast<double>(alpha) / 255.0; }

// The simplestyle-spec members for a point, a line or a polygon of style k.
void style(json& props, StyleKind k, const std::string& geometryType) {
    const auto stroke = detail::strokeColour(k), fill = detail::fillColour(k);
    if (geometryType == "Point") {
        props["marker-color"] = detail::hexRgb(stroke);
        props["marker-size"] = k == StyleKind::CrashDensity ? "small" : "medium";
        return;
    }
    props["stroke"] = detail::hexRgb(stroke);
    props["stroke-width"] = detail::strokeWidthPx(k);
    props["stroke-opacity"] = opacity(stroke.a);
    if (geometryType == "Polygon") {
        props["fill"] = detail::hexRgb(fill);
        props["fill-opacity"] = opacity(fill.a);
    }
}

struct Collection {
    json features = json::array();

    void add(const std::string& id, json geometry, StyleKind k, const std::string& title, const std::string& description,
             json props) {
        props["title"] = title;
        props["description"] = description;
        style(props, k, geometry["type"].get<std::string>());
        features.push_back({{"type", "Feature"}, {"id", id}, {"geometry", std::move(geometry)},
                            {"properties", std::move(props)}});
    }
};

void addPlacesAndAreas(Collection& c, const scenario::Scenario& sc, const sim::Simulation& sim) {
    for (const auto& p : sc.places)
        c.add(detail::objectId("place", p.id), pointGeometry(p.pos), StyleKind::Place, p.name, detail::describePlace(p),
              {{"layer", "place"}, {"place_id", p.id}, {"name", p.name}, {"kind", p.kind}, {"country", text(p.country)},
               {"precision", p.precision}, {"radius_m", p.radiusMeters}});
    const auto ids = detail::areaIds(sim);
    size_t n = 0;
    for (const auto* areas : {&sim.launchAreas(), &sim.targetAreas()})
        for (const auto& a : *areas) {
            const bool launch = a.role == sim::Area::Role::Launch;
            c.add(ids[n++], pointGeometry(a.nominal), launch ? StyleKind::LaunchArea : StyleKind::TargetArea,
                  (launch ? "launch: " : "target: ") + a.name, detail::describeArea(a),
                  {{"layer", launch ? "launch_area" : "target_area"}, {"place_id", text(a.placeId)}, {"name", a.name},
                   {"radius_m", a.radiusMeters}, {"centre_lat", a.centre.lat}, {"centre_lon", a.centre.lon},
                   {"rule", text(a.rule)}});
        }
}

void addRoutes(Collection& c, const sim::Simulation& sim) {
    for (size_t k = 0; k < sim.routes().size(); ++k) {
        const auto& r = sim.routes()[k];
        std::vector<LatLon> pts;
        for (size_t i = 0; i + 1 < r.route.size(); ++i) {
            auto d = geodesy::GeodesicLine(r.route[i], r.route[i + 1]).densify(detail::kDrawStepMeters);
            pts.insert(pts.end(), d.begin() + (i == 0 ? 0 : 1), d.end());
        }
        const std::string kind(sim::toString(r.kind));
        c.add(detail::objectId("route_hypothesis", std::to_string(k + 1)),
              {{"type", "LineString"}, {"coordinates", lineCoords(pts)}}, StyleKind::Route,
              kind + " route of " + r.eventId + " to " + r.targetPlaceId,
              kind + " route hypothesis of event " + r.eventId + (r.used ? " (flown)" : " (not flown)"),
              {{"layer", "route_hypothesis"}, {"event_id", r.eventId}, {"target_place_id", text(r.targetPlaceId)},
               {"kind", kind}, {"used", r.used}, {"length_m", r.lengthMeters()}, {"countries", r.countriesIso2}});
    }
    for (size_t i = 0; i < sim.tracks().size(); ++i) {
        const auto& t = sim.tracks()[i];
        const UtcTime end = detail::ceilToMillisecond(t.endTime());
        c.add(detail::objectId("track", t.id),
              {{"type", "LineString"}, {"coordinates", lineCoords(detail::drawnRoute(sim, i))}},
              detail::trackStyle(t.outcome), t.id + " (" + t.munitionName + ")", detail::describeTrack(t),
              {{"layer", "route"}, {"track_id", t.id}, {"event_id", t.eventId}, {"munition", text(t.munitionName)},
               {"outcome", std::string(sim::toString(t.outcome))},
               {"route_kind", std::string(sim::toString(t.routeKind))}, {"length_m", t.lengthMeters()},
               {"launch_time", detail::isoMillis(detail::ceilToMillisecond(t.launchTime))},
               {"end_time", detail::isoMillis(end)}, {"speed_mps", t.speed.nominalMps},
               {"count_unknown", t.countUnknown}, {"launch_time_approximate", t.launchTimeApproximate},
               {"launch_window_start", detail::isoMillis(detail::ceilToMillisecond(t.launchWindow.start))},
               {"launch_window_end", detail::isoMillis(detail::ceilToMillisecond(t.launchWindow.end))}});
        if (t.outcome == sim::Outcome::Unknown) continue;
        const bool crashed = t.outcome == sim::Outcome::Crashed;
        json props{{"layer", crashed ? "crash" : "impact"}, {"track_id", t.id},
                   {"event_id", crashed ? text(t.crashEventId) : json(t.eventId)}, {"distance_m", t.endMeters()},
                   {"time", detail::isoMillis(end)}};
        c.add(detail::objectId(crashed ? "crash" : "impact", t.id), pointGeometry(sim.stateAt(i, end).pos),
              crashed ? StyleKind::Crash : StyleKind::Impact, (crashed ? "crash of " : "impact of ") + t.id,
              detail::describeEnd(t), std::move(props));
    }
}

void addSites(Collection& c, const sim::Simulation& sim) {
    for (size_t k = 0; k < sim.reportedSites().size(); ++k) {
        const auto& s = sim.reportedSites()[k];
        json offsets = json::array();
        for (const auto& o : s.offsets)
            offsets.push_back({{"route", o.hypothesis}, {"cross_track_m", o.crossTrackMeters},
                               {"within_radius", o.withinRadius}});
        c.add(detail::objectId("reported_site", std::to_string(k + 1)), pointGeometry(s.pos), StyleKind::ReportedSite,
              "reported: " + s.name, detail::describeSite(s),
              {{"layer", "reported_site"}, {"name", s.name}, {"event_id", text(s.eventId)},
               {"radius_m", s.radiusMeters}, {"source", text(s.source)}, {"offsets", offsets}});
    }
}

void addEnsemble(Collection& c, const sim::Ensemble& ens) {
    for (const auto& env : ens.tracks) {
        const auto ring = detail::corridorRing(env);
        if (ring.empty()) continue;
        c.add(detail::objectId("corridor", env.trackId),
              {{"type", "Polygon"}, {"coordinates", json::array({lineCoords(ring)})}}, StyleKind::Corridor,
              "corridor of " + env.trackId, detail::describeCorridor(env, ens),
              {{"layer", "corridor"}, {"track_id", env.trackId}, {"runs", ens.runs}, {"seed", ens.seed},
               {"percentiles", "5-95"}, {"arrival_p05", detail::isoMillis({env.arrivalP05})},
               {"arrival_p50", detail::isoMillis({env.arrivalP50})},
               {"arrival_p95", detail::isoMillis({env.arrivalP95})},
               {"length_p05_m", env.lengthP05Meters}, {"length_p50_m", env.lengthP50Meters},
               {"length_p95_m", env.lengthP95Meters}});
    }
    for (size_t k = 0; k < ens.crashDensity.size(); ++k) {
        const auto& d = ens.crashDensity[k];
        c.add(detail::objectId("crash_density", std::to_string(k + 1)), pointGeometry(d.pos), StyleKind::CrashDensity,
              "crash density", detail::describeDensity(d, ens),
              {{"layer", "crash_density"}, {"weight", d.weight}, {"cell_deg", ens.crashCellDeg}, {"runs", ens.runs}});
    }
}

} // namespace

std::string geoJsonText(const scenario::Scenario& sc, const sim::Simulation& sim, const sim::Ensemble* ens) {
    Collection c;
    addPlacesAndAreas(c, sc, sim);
    addRoutes(c, sim);
    addSites(c, sim);
    if (ens) addEnsemble(c, *ens);
    json fc{{"type", "FeatureCollection"}, {"name", sc.source.title.empty() ? "salvo" : sc.source.title},
            {"features", std::move(c.features)}};
    return fc.dump(1) + "\n";
}

} // namespace salvo::io
