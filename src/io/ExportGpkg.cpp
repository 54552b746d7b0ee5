// GeoPackage through GDAL/OGR: layers places, events, routes, tracks, crash_zones, corridors, all EPSG:4326 with the
// traditional GIS axis order (x = longitude) set explicitly, written inside one transaction to a temporary sibling that
// is renamed into place only when GDAL has closed it without error.
#include "core/Error.hpp"
#include "io/Export.hpp"
#include "io/ExportCommon.hpp"
#include "io/Files.hpp"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <mutex>

namespace salvo::io {

namespace {

struct DatasetCloser {
    void operator()(GDALDataset* ds) const { GDALClose(ds); }
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

    OGRLayer* layer(const char* name, OGRwkbGeometryType type,
                    std::initializer_list<std::pair<const char*, OGRFieldType>> fields) {
        char** opts = CSLSetNameValue(nullptr, "SPATIAL_INDEX", "NO");
        OGRLayer* l = m_ds->CreateLayer(name, &m_srs, type, opts);
        CSLDestroy(opts);
        if (!l) throw Error(m_path + ": cannot create layer " + name + ": " + CPLGetLastErrorMsg());
        for (const auto& [fname, ftype] : fields) {
            OGRFieldDefn def(fname, ftype);
            if (l->CreateField(&def) != OGRERR_NONE) throw Error(m_path + ": cannot create field " + fname);
        }
        return l;
    }

    void add(OGRLayer* l, OGRGeometry* geom, std::initializer_list<std::pair<const char*, std::string>> str,
             std::initializer_list<std::pair<const char*, double>> num = {}) {
        OGRFeature f(l->GetLayerDefn());
        for (const auto& [k, v] : str) f.SetField(k, v.c_str());
        for (const auto& [k, v] : num) f.SetField(k, v);
        if (geom) {
            geom->assignSpatialReference(&m_srs);
            f.SetGeometry(geom);
        }
        if (l->CreateFeature(&f) != OGRERR_NONE)
            throw Error(m_path + ": cannot write a feature to " + l->GetName() + ": " + CPLGetLastErrorMsg());
    }

    void begin() { m_ds->StartTransaction(); }
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

} // namespace

void writeGeoPackage(const std::filesystem::path& out, const scenario::Scenario& sc, const sim::Simulation& sim,
                     const sim::Ensemble* ens, double stepSeconds) {
    // GDAL's GPKG driver warns about any extension but .gpkg: the temporary ends in ".tmp.gpkg". SQLite's journal
    // beside it ("-journal") carries the same name, so a later run clears both when this process is killed.
    AtomicPath tmp(out, ".gpkg");
    try {
        GpkgWriter w(tmp.path());
        OGRLayer* places = w.layer("places", wkbPoint, {{"id", OFTString}, {"name", OFTString}, {"kind", OFTString},
                                                        {"country", OFTString}, {"precision", OFTString},
                                                        {"radius_m", OFTReal}, {"role", OFTString}, {"rule", OFTString}});
        OGRLayer* events = w.layer("events", wkbPoint, {{"id", OFTString}, {"kind", OFTString}, {"actor", OFTString},
                                                        {"munition", OFTString}, {"count", OFTReal},
                                                        {"time_start", OFTString}, {"time_end", OFTString},
                                                        {"precision", OFTString}, {"related", OFTString}});
        OGRLayer* routes = w.layer("routes", wkbLineString,
                                   {{"track_id", OFTString}, {"event_id", OFTString}, {"munition", OFTString},
                                    {"outcome", OFTString}, {"route_kind", OFTString}, {"length_m", OFTReal},
                                    {"launch_time", OFTString}, {"end_time", OFTString}, {"speed_mps", OFTReal},
                                    {"used", OFTInteger}});
        OGRLayer* tracks = w.layer("tracks", wkbPoint25D,
                                   {{"track_id", OFTString}, {"time", OFTString}, {"altitude_m", OFTReal},
                                    {"heading_deg", OFTReal}, {"distance_m", OFTReal}, {"phase", OFTString}});
        OGRLayer* crashes = w.layer("crash_zones", wkbPoint,
                                    {{"kind", OFTString}, {"track_id", OFTString}, {"name", OFTString},
                                     {"time", OFTString}, {"weight", OFTReal}, {"radius_m", OFTReal}});
        OGRLayer* corridors = w.layer("corridors", wkbPolygon,
                                      {{"track_id", OFTString}, {"runs", OFTInteger}, {"arrival_p05", OFTString},
                                       {"arrival_p50", OFTString}, {"arrival_p95", OFTString}});
        w.begin();
        for (const auto& p : sc.places) {
            OGRPoint g = pointOf(p.pos);
            w.add(places, &g, {{"id", p.id}, {"name", p.name}, {"kind", p.kind}, {"country", p.country},
                               {"precision", p.precision}, {"role", "place"}},
                  {{"radius_m", p.radiusMeters}});
        }
        for (const auto* areas : {&sim.launchAreas(), &sim.targetAreas()})
            for (const auto& a : *areas) {
                OGRPoint g = pointOf(a.nominal);
                w.add(places, &g, {{"id", a.placeId}, {"name", a.name}, {"precision", a.precision},
                                   {"role", a.role == sim::Area::Role::Launch ? "launch_nominal" : "target_nominal"},
                                   {"rule", a.rule}},
                      {{"radius_m", a.radiusMeters}});
            }
        for (const auto& e : sc.events) {
            const scenario::Place* at = e.from ? sc.place(*e.from) : !e.to.empty() ? sc.place(e.to.front()) : nullptr;
            OGRPoint g = at ? pointOf(at->pos) : OGRPoint();
            w.add(events, at ? &g : nullptr,
                  {{"id", e.id}, {"kind", e.kind}, {"actor", e.actor}, {"munition", e.munition},
                   {"time_start", e.time ? formatIsoUtc(e.time->start) : ""},
                   {"time_end", e.time ? formatIsoUtc(e.time->end) : ""},
                   {"precision", e.time ? std::string(toString(e.time->precision)) : ""}, {"related", e.related}},
                  {{"count", e.count ? *e.count : -1.0}});
        }
        for (size_t i = 0; i < sim.tracks().size(); ++i) {
            const auto& t = sim.tracks()[i];
            OGRLineString g = lineOf(sim.densifiedRoute(i, detail::kDrawStepMeters));
            w.add(routes, &g,
                  {{"track_id", t.id}, {"event_id", t.eventId}, {"munition", t.munitionName},
                   {"outcome", std::string(sim::toString(t.outcome))},
                   {"route_kind", std::string(sim::toString(t.routeKind))}, {"launch_time", formatIsoUtc(t.launchTime)},
                   {"end_time", formatIsoUtc(t.endTime())}},
                  {{"length_m", t.lengthMeters()}, {"speed_mps", t.speed.nominalMps}, {"used", 1}});
            for (double dt : detail::trackSampleOffsets(t, stepSeconds)) {
                const auto s = sim.stateAt(i, t.launchTime + dt);
                OGRPoint p = pointOf(s.pos, s.altitudeMeters);
                w.add(tracks, &p, {{"track_id", t.id}, {"time", formatIsoUtc(t.launchTime + dt)},
                                   {"phase", std::string(sim::toString(s.phase))}},
                      {{"altitude_m", s.altitudeMeters}, {"heading_deg", s.headingDeg}, {"distance_m", s.distanceMeters}});
            }
            if (t.outcome == sim::Outcome::Crashed) {
                OGRPoint p = pointOf(sim.stateAt(i, t.endTime()).pos);
                w.add(crashes, &p, {{"kind", "modelled_crash"}, {"track_id", t.id}, {"time", formatIsoUtc(t.endTime())}},
                      {{"weight", 1.0}});
            }
        }
        for (const auto& s : sim.reportedSites()) {
            OGRPoint p = pointOf(s.pos);
            w.add(crashes, &p, {{"kind", "reported_site"}, {"name", s.name}}, {{"radius_m", s.radiusMeters}});
        }
        if (ens) {
            for (const auto& c : ens->crashDensity) {
                OGRPoint p = pointOf(c.pos);
                w.add(crashes, &p, {{"kind", "density"}}, {{"weight", c.weight}});
            }
            for (const auto& env : ens->tracks) {
                if (env.left.size() < 2) continue;
                OGRLinearRing ring;
                for (const auto& p : env.left) ring.addPoint(p.lon, p.lat);
                for (auto it = env.right.rbegin(); it != env.right.rend(); ++it) ring.addPoint(it->lon, it->lat);
                ring.closeRings();
                OGRPolygon poly;
                poly.addRing(&ring);
                w.add(corridors, &poly, {{"track_id", env.trackId}, {"arrival_p05", formatIsoUtc({env.arrivalP05})},
                                         {"arrival_p50", formatIsoUtc({env.arrivalP50})},
                                         {"arrival_p95", formatIsoUtc({env.arrivalP95})}},
                      {{"runs", static_cast<double>(ens->runs)}});
            }
        }
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
