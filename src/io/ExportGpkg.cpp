// GeoPackage through GDAL/OGR: layers places, events, routes, tracks, crash_zones, corridors, all EPSG:4326 with the
// traditional GIS axis order (x = longitude) set explicitly, written inside one transaction to a temporary sibling that
// is renamed into place only when GDAL has closed it without error. What makes it first-class GIS data:
//  - times are DATETIME columns (OFTDateTime, UTC, milliseconds), so QGIS's temporal controller and SQL compare
//    instants, not strings;
//  - a missing value is NULL, never '' or -1;
//  - ids are unique (a UNIQUE constraint on places.id, events.id and routes.track_id): launch and target areas are
//    "launch_area/<place id>" rows beside the scenario's places, no longer a second row with the place's own id;
//  - every layer has GDAL's R-tree spatial index (rtree_<layer>_geom), built when the transaction commits;
//  - a layer_styles table (the QGIS convention, ExportGpkgStyle.cpp) gives each layer a default style, with the
//    temporal settings of its time columns, so QGIS opens the layers styled and ready for the time slider.
#include "core/Error.hpp"
#include "io/Export.hpp"
#include "io/ExportCommon.hpp"
#include "io/ExportGpkgStyle.hpp"
#include "io/Files.hpp"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cassert>
#include <cmath>
#include <ctime>
#include <memory>
#include <mutex>
#include <optional>
#include <variant>

namespace salvo::io {

namespace {

struct DatasetCloser {
    void operator()(GDALDataset* ds) const { GDALClose(ds); }
};

struct FieldSpec {
    const char* name;
    OGRFieldType type;
    bool unique = false;
    OGRFieldSubType subtype = OFSTNone;
};

// A field value: an empty std::string, a NaN, no instant or std::monostate is written as NULL; a const char* is
// written as it is, even empty ('' where a convention asks for it, as QGIS's layer_styles does).
using Value = std::variant<std::monostate, std::string, const char*, double, std::optional<UtcTime>>;
struct FieldValue {
    const char* name;
    Value value;
};

class GpkgWriter {
public:
    explicit GpkgWriter(const std::filesystem::path& path) : m_path(path.string()) {
        static std::once_flag once;
        std::call_once(once, [] { GDALAllRegister(); });
        GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GPKG");
        if (!drv) throw Error(m_path + ": GDAL has no GPKG driver");
        m_ds.reset(drv->Create(m_path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!m_ds) throw Error(m_path + ": cannot create GeoPackage: " + CPLGetLastErrorMsg());
        m_srs.importFromEPSG(4326);
        m_srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }

    GDALDataset& dataset() { return *m_ds; }

    // type wkbNone: an attribute table (registered as 'attributes' in gpkg_contents), no SRS, no index.
    OGRLayer* layer(const char* name, OGRwkbGeometryType type, std::initializer_list<FieldSpec> fields) {
        char** opts = CSLSetNameValue(nullptr, "SPATIAL_INDEX", type == wkbNone ? "NO" : "YES");
        OGRLayer* l = m_ds->CreateLayer(name, type == wkbNone ? nullptr : &m_srs, type, opts);
        CSLDestroy(opts);
        if (!l) throw Error(m_path + ": cannot create layer " + name + ": " + CPLGetLastErrorMsg());
        for (const auto& spec : fields) {
            OGRFieldDefn def(spec.name, spec.type);
            def.SetUnique(spec.unique);
            def.SetSubType(spec.subtype);
            if (l->CreateField(&def) != OGRERR_NONE) throw Error(m_path + ": cannot create field " + spec.name);
        }
        return l;
    }

    void add(OGRLayer* l, OGRGeometry* geom, std::initializer_list<FieldValue> values) {
        OGRFeature f(l->GetLayerDefn());
        for (const auto& [name, value] : values) {
            const int idx = f.GetFieldIndex(name);
            assert(idx >= 0 && "a value for a field the layer does not declare: add it to the layer's FieldSpecs");
            if (const auto* s = std::get_if<std::string>(&value); s && !s->empty()) f.SetField(idx, s->c_str());
            else if (const auto* c = std::get_if<const char*>(&value)) f.SetField(idx, *c);
            else if (const auto* d = std::get_if<double>(&value); d && std::isfinite(*d)) f.SetField(idx, *d);
            else if (const auto* t = std::get_if<std::optional<UtcTime>>(&value); t && *t)
                f.SetField(idx, detail::isoMillis(**t).c_str()); // OGR parses the fraction and 'Z' (UTC)
            else f.SetFieldNull(idx);
        }
        if (geom) {
            geom->assignSpatialReference(&m_srs);
            f.SetGeometry(geom);
        }
        if (l->CreateFeature(&f) != OGRERR_NONE)
            throw Error(m_path + ": cannot write a feature to " + l->GetName() + ": " + CPLGetLastErrorMsg());
    }

    void begin() {
        if (m_ds->StartTransaction() != OGRERR_NONE)
            throw Error(m_path + ": cannot start a transaction: " + CPLGetLastErrorMsg());
    }
    void finish() {
        if (m_ds->CommitTransaction() != OGRERR_NONE) throw Error(m_path + ": commit failed: " + CPLGetLastErrorMsg());
        CPLErrorReset();
        GDALDataset* ds = m_ds.release();
        GDALClose(ds); // void in GDAL 3.6: the error state tells
        if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal) throw Error(m_path + ": closing the GeoPackage failed: " + CPLGetLastErrorMsg());
    }

private:
    std::string m_path;
    std::unique_ptr<GDALDataset, DatasetCloser> m_ds;
    OGRSpatialReference m_srs;
};

OGRPoint pointOf(LatLon p, double altitudeMeters = NAN) {
    return std::isnan(altitudeMeters) ? OGRPoint(p.lon, p.lat) : OGRPoint(p.lon, p.lat, altitudeMeters);
}

OGRLineString lineOf(const std::vector<LatLon>& pts) {
    OGRLineString l;
    for (const auto& p : pts) l.addPoint(p.lon, p.lat);
    return l;
}

std::optional<UtcTime> at(UtcTime t) { return detail::ceilToMillisecond(t); }
std::optional<UtcTime> instant(double unixSeconds) { return UtcTime{unixSeconds}; }

struct Layers {
    OGRLayer *places, *events, *routes, *tracks, *crashes, *corridors, *styles;
};

Layers createLayers(GpkgWriter& w) {
    Layers l{};
    l.places = w.layer("places", wkbPoint, {{"id", OFTString, true}, {"place_id", OFTString}, {"name", OFTString},
                                            {"kind", OFTString}, {"country", OFTString}, {"precision", OFTString},
                                            {"radius_m", OFTReal}, {"role", OFTString}, {"rule", OFTString}});
    l.events = w.layer("events", wkbPoint, {{"id", OFTString, true}, {"kind", OFTString}, {"actor", OFTString},
                                            {"munition", OFTString}, {"count", OFTInteger}, {"time_start", OFTDateTime},
                                            {"time_end", OFTDateTime}, {"precision", OFTString},
                                            {"related", OFTString}});
    l.routes = w.layer("routes", wkbLineString,
                       {{"track_id", OFTString, true}, {"event_id", OFTString}, {"munition", OFTString},
                        {"outcome", OFTString}, {"route_kind", OFTString}, {"length_m", OFTReal},
                        {"launch_time", OFTDateTime}, {"end_time", OFTDateTime}, {"speed_mps", OFTReal},
                        {"launch_window_start", OFTDateTime}, {"launch_window_end", OFTDateTime}});
    l.tracks = w.layer("tracks", wkbPoint25D, {{"track_id", OFTString}, {"time", OFTDateTime}, {"altitude_m", OFTReal},
                                               {"heading_deg", OFTReal}, {"distance_m", OFTReal}, {"phase", OFTString}});
    l.crashes = w.layer("crash_zones", wkbPoint, {{"kind", OFTString}, {"track_id", OFTString}, {"name", OFTString},
                                                  {"time", OFTDateTime}, {"weight", OFTReal}, {"radius_m", OFTReal},
                                                  {"runs", OFTInteger}});
    l.corridors = w.layer("corridors", wkbPolygon,
                          {{"track_id", OFTString, true}, {"runs", OFTInteger}, {"arrival_p05", OFTDateTime},
                           {"arrival_p50", OFTDateTime}, {"arrival_p95", OFTDateTime}, {"length_p05_m", OFTReal},
                           {"length_p50_m", OFTReal}, {"length_p95_m", OFTReal}});
    // QGIS's own layout of the table (QgsOgrProviderUtils::saveStyle): an OGR attribute layer.
    l.styles = w.layer("layer_styles", wkbNone,
                       {{"f_table_catalog", OFTString}, {"f_table_schema", OFTString}, {"f_table_name", OFTString},
                        {"f_geometry_column", OFTString}, {"styleName", OFTString}, {"styleQML", OFTString},
                        {"styleSLD", OFTString}, {"useAsDefault", OFTInteger, false, OFSTBoolean},
                        {"description", OFTString}, {"owner", OFTString}, {"ui", OFTString},
                        {"update_time", OFTDateTime}});
    return l;
}

void writePlacesAndEvents(GpkgWriter& w, const Layers& l, const scenario::Scenario& sc, const sim::Simulation& sim) {
    for (const auto& p : sc.places) {
        OGRPoint g = pointOf(p.pos);
        w.add(l.places, &g, {{"id", p.id}, {"place_id", p.id}, {"name", p.name}, {"kind", p.kind},
                             {"country", p.country}, {"precision", p.precision}, {"radius_m", p.radiusMeters},
                             {"role", std::string("place")}});
    }
    const auto ids = detail::areaIds(sim);
    size_t n = 0;
    for (const auto* areas : {&sim.launchAreas(), &sim.targetAreas()})
        for (const auto& a : *areas) {
            OGRPoint g = pointOf(a.nominal);
            const bool launch = a.role == sim::Area::Role::Launch;
            w.add(l.places, &g, {{"id", ids[n++]}, {"place_id", a.placeId}, {"name", a.name},
                                 {"precision", a.precision}, {"radius_m", a.radiusMeters},
                                 {"role", std::string(launch ? "launch_nominal" : "target_nominal")}, {"rule", a.rule}});
        }
    for (const auto& e : sc.events) {
        const scenario::Place* place = e.from ? sc.place(*e.from) : !e.to.empty() ? sc.place(e.to.front()) : nullptr;
        OGRPoint g = place ? pointOf(place->pos) : OGRPoint();
        const auto when = [&](UtcTime t) { return e.time ? std::optional<UtcTime>(t) : std::nullopt; };
        w.add(l.events, place ? &g : nullptr,
              {{"id", e.id}, {"kind", e.kind}, {"actor", e.actor}, {"munition", e.munition},
               {"count", e.count ? Value(static_cast<double>(*e.count)) : Value()},
               {"time_start", when(e.time ? e.time->start : UtcTime{})},
               {"time_end", when(e.time ? e.time->end : UtcTime{})},
               {"precision", e.time ? std::string(toString(e.time->precision)) : std::string()},
               {"related", e.related}});
    }
}

void writeTracks(GpkgWriter& w, const Layers& l, const sim::Simulation& sim, double stepSeconds) {
    for (size_t i = 0; i < sim.tracks().size(); ++i) {
        const auto& t = sim.tracks()[i];
        OGRLineString g = lineOf(detail::drawnRoute(sim, i));
        w.add(l.routes, &g, {{"track_id", t.id}, {"event_id", t.eventId}, {"munition", t.munitionName},
                             {"outcome", std::string(sim::toString(t.outcome))},
                             {"route_kind", std::string(sim::toString(t.routeKind))}, {"length_m", t.lengthMeters()},
                             {"launch_time", at(t.launchTime)}, {"end_time", at(t.endTime())},
                             {"speed_mps", t.speed.nominalMps}, {"launch_window_start", at(t.launchWindow.start)},
                             {"launch_window_end", at(t.launchWindow.end)}});
        for (const UtcTime when : detail::trackSampleTimes(t, stepSeconds)) {
            const auto s = sim.stateAt(i, when);
            OGRPoint p = pointOf(s.pos, s.altitudeMeters);
            w.add(l.tracks, &p, {{"track_id", t.id}, {"time", std::optional<UtcTime>(when)},
                                 {"phase", std::string(sim::toString(s.phase))}, {"altitude_m", s.altitudeMeters},
                                 {"heading_deg", s.headingDeg}, {"distance_m", s.distanceMeters}});
        }
        if (t.outcome == sim::Outcome::Crashed) {
            OGRPoint p = pointOf(sim.stateAt(i, *at(t.endTime())).pos);
            w.add(l.crashes, &p, {{"kind", std::string("modelled_crash")}, {"track_id", t.id},
                                  {"time", at(t.endTime())}, {"weight", 1.0}});
        }
    }
    for (const auto& s : sim.reportedSites()) {
        OGRPoint p = pointOf(s.pos);
        w.add(l.crashes, &p, {{"kind", std::string("reported_site")}, {"name", s.name}, {"radius_m", s.radiusMeters}});
    }
}

void writeEnsemble(GpkgWriter& w, const Layers& l, const sim::Ensemble& ens) {
    for (const auto& c : ens.crashDensity) {
        OGRPoint p = pointOf(c.pos);
        w.add(l.crashes, &p, {{"kind", std::string("density")}, {"weight", c.weight},
                              {"runs", static_cast<double>(ens.runs)}});
    }
    for (const auto& env : ens.tracks) {
        const auto pts = detail::corridorRing(env);
        if (pts.empty()) continue;
        OGRLinearRing ring;
        for (const auto& p : pts) ring.addPoint(p.lon, p.lat);
        OGRPolygon poly;
        poly.addRing(&ring);
        w.add(l.corridors, &poly, {{"track_id", env.trackId}, {"runs", static_cast<double>(ens.runs)},
                                   {"arrival_p05", instant(env.arrivalP05)},
                                   {"arrival_p50", instant(env.arrivalP50)},
                                   {"arrival_p95", instant(env.arrivalP95)},
                                   {"length_p05_m", env.lengthP05Meters}, {"length_p50_m", env.lengthP50Meters},
                                   {"length_p95_m", env.lengthP95Meters}});
    }
}

void writeStyles(GpkgWriter& w, const Layers& l) {
    const auto now = UtcTime{static_cast<double>(std::time(nullptr))};
    for (OGRLayer* layer : {l.places, l.events, l.routes, l.tracks, l.crashes, l.corridors}) {
        const std::string name = layer->GetName();
        const LayerStyle style = layerStyle(name);
        // QGIS finds a layer's default style by f_table_schema = '' (not NULL), name and geometry column.
        w.add(l.styles, nullptr, {{"f_table_catalog", ""}, {"f_table_schema", ""}, {"f_table_name", name},
                                  {"f_geometry_column", std::string(layer->GetGeometryColumn())},
                                {"styleName", name}, {"styleQML", qmlStyle(style)}, {"styleSLD", sldStyle(name, style)},
                                {"useAsDefault", 1.0}, {"description", "Salvo's default style for " + name},
                                {"update_time", std::optional<UtcTime>(now)}});
    }
}

} // namespace

void writeGeoPackage(const std::filesystem::path& out, const scenario::Scenario& sc, const sim::Simulation& sim,
                     const sim::Ensemble* ens, double stepSeconds) {
    // GDAL's GPKG driver warns about any extension but .gpkg: the temporary ends in ".tmp.gpkg". SQLite's journal
    // beside it ("-journal") carries the same name, so a later run clears both when this process is killed.
    AtomicPath tmp(out, ".gpkg");
    try {
        GpkgWriter w(tmp.path());
        const Layers layers = createLayers(w);
        w.begin();
        writePlacesAndEvents(w, layers, sc, sim);
        writeTracks(w, layers, sim, stepSeconds);
        if (ens) writeEnsemble(w, layers, *ens);
        writeStyles(w, layers);
        w.finish();
    } catch (const Error& e) {
        // Name the file that was asked for, not the temporary GDAL was writing ("/proc/.x.gpkg.1f2e.tmp.gpkg").
        std::string msg = e.what();
        const std::string tmpName = tmp.path().string();
        for (size_t at; (at = msg.find(tmpName)) != std::string::npos;) msg.replace(at, tmpName.size(), out.string());
        throw Error(msg);
    }
    tmp.commit();
}

} // namespace salvo::io
