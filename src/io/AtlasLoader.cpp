#include "io/AtlasLoader.hpp"

#include "core/Error.hpp"
#include "io/Files.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <future>
#include <memory>
#include <mutex>

namespace salvo::io {

namespace fs = std::filesystem;
using namespace salvo::atlas;

void quietGdalMessages() {
    static std::once_flag once;
    std::call_once(once, [] {
        CPLSetConfigOption("OGR_SQLITE_JOURNAL", "OFF");
        CPLSetConfigOption("CPL_LOG", "/dev/null"); // keep GDAL's own messages off our stderr
        // Process-wide: CPLPushErrorHandler would install the handler only on whichever thread won this call_once
        // (the places reader runs on a worker thread), and leave its 32-byte node behind when that thread exits.
        CPLSetErrorHandler(CPLQuietErrorHandler);
    });
}

namespace {

void registerDrivers() {
    static std::once_flag once;
    std::call_once(once, [] {
        quietGdalMessages();
        GDALAllRegister();
    });
}

struct DatasetCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

DatasetPtr openGpkg(const fs::path& file) {
    registerDrivers();
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) throw Error(file.string() + ": geodata file missing (run geodata/build?)");
    static const char* const kDrivers[] = {"GPKG", nullptr};
    auto* ds = static_cast<GDALDataset*>(GDALOpenEx(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, kDrivers,
                                                    nullptr, nullptr));
    if (!ds) throw Error(file.string() + ": not a readable GeoPackage (" + CPLGetLastErrorMsg() + ")");
    return DatasetPtr(ds);
}

OGRLayer* layerOf(GDALDataset& ds, const char* name, const fs::path& file) {
    OGRLayer* l = ds.GetLayerByName(name);
    if (!l) throw Error(file.string() + ": no layer '" + name + "'");
    return l;
}

int fieldIndex(OGRLayer* l, const char* name, const fs::path& file) {
    const int i = l->GetLayerDefn()->GetFieldIndex(name);
    if (i < 0) throw Error(file.string() + ": layer " + l->GetName() + " has no field '" + name + "'");
    return i;
}

std::vector<std::string> splitPipes(const char* s) {
    std::vector<std::string> out;
    std::string cur;
    for (const char* p = s; p && *p; ++p) {
        if (*p == '|') { if (!cur.empty()) out.push_back(std::move(cur)); cur.clear(); }
        else cur.push_back(*p);
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
}

void appendPolygon(const OGRPolygon& poly, MultiPolygon& out) {
    Polygon p;
    const auto addRing = [&](const OGRLinearRing* r) {
        if (!r) return;
        Ring ring;
        const int n = r->getNumPoints();
        ring.points.reserve(static_cast<size_t>(n));
        // Simplification and repair can leave a vertex a few nanodegrees past ±180 / ±90: clamp those, and only
        // those (checkShape rejects anything further out).
        const auto clampTiny = [](double v, double lim) { return std::fabs(v) > lim && std::fabs(v) < lim + 1e-6 ? std::copysign(lim, v) : v; };
        for (int i = 0; i < n; ++i) ring.points.push_back({clampTiny(r->getY(i), 90), clampTiny(r->getX(i), 180)});
        // Rings come closed (last == first); the index closes them implicitly.
        if (ring.points.size() > 1 && ring.points.front() == ring.points.back()) ring.points.pop_back();
        p.rings.push_back(std::move(ring));
    };
    addRing(poly.getExteriorRing());
    for (int i = 0; i < poly.getNumInteriorRings(); ++i) addRing(poly.getInteriorRing(i));
    out.polygons.push_back(std::move(p));
}

MultiPolygon toShape(const OGRGeometry* g) {
    MultiPolygon out;
    if (!g) return out;
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPolygon: appendPolygon(*g->toPolygon(), out); break;
    case wkbMultiPolygon:
        for (const OGRPolygon* p : *g->toMultiPolygon()) appendPolygon(*p, out);
        break;
    case wkbGeometryCollection:
        for (const OGRGeometry* part : *g->toGeometryCollection())
            if (wkbFlatten(part->getGeometryType()) == wkbPolygon) appendPolygon(*part->toPolygon(), out);
        break;
    default: break;
    }
    return out;
}

// [antimeridian] Some source rings cross ±180° as one ring with an edge that jumps the whole map (world-atlas's
// Russia has one whose edges run from -180° to 28.8°E: drawn as is, a band from Alaska to Finland at 64-69°N is
// Russian and central Siberia at that latitude is not). Such a ring is unwrapped into continuous longitudes, cut at
// the meridian it spans, and each side shifted back into -180..180. Rings around a pole (Antarctica) unwrap to a
// 360° span and are left as drawn.
bool jumpsAntimeridian(const Ring& r) {
    const auto& p = r.points;
    for (size_t i = 0, n = p.size(); i < n; ++i)
        if (std::fabs(p[(i + 1) % n].lon - p[i].lon) > 180) return true;
    return false;
}

// Continuous longitudes (may leave -180..180); the closing edge is short again unless the ring circles a pole.
std::vector<LatLon> unwrapRing(const Ring& r) {
    std::vector<LatLon> out;
    out.reserve(r.points.size());
    double shift = 0;
    for (size_t i = 0; i < r.points.size(); ++i) {
        if (i > 0) {
            const double d = r.points[i].lon - r.points[i - 1].lon;
            if (d > 180) shift -= 360;
            else if (d < -180) shift += 360;
        }
        out.push_back({r.points[i].lat, r.points[i].lon + shift});
    }
    return out;
}

// Sutherland-Hodgman against the half-plane lon <= cut (west) or lon >= cut (!west).
std::vector<LatLon> clipAtMeridian(const std::vector<LatLon>& ring, double cut, bool west) {
    std::vector<LatLon> out;
    const auto inside = [&](LatLon q) { return west ? q.lon <= cut : q.lon >= cut; };
    for (size_t i = 0, n = ring.size(); i < n; ++i) {
        const LatLon a = ring[i], b = ring[(i + 1) % n];
        if (inside(a)) out.push_back(a);
        if (inside(a) != inside(b) && a.lon != b.lon)
            out.push_back({a.lat + (cut - a.lon) * (b.lat - a.lat) / (b.lon - a.lon), cut});
    }
    return out;
}

void repairAntimeridian(MultiPolygon& shape) {
    std::vector<Polygon> fixed;
    for (auto& poly : shape.polygons) {
        bool jumps = false;
        for (const auto& r : poly.rings) jumps = jumps || jumpsAntimeridian(r);
        if (!jumps || poly.rings.empty()) { fixed.push_back(std::move(poly)); continue; }
        std::vector<std::vector<LatLon>> rings;
        for (const auto& r : poly.rings) rings.push_back(unwrapRing(r));
        const auto span = [](const std::vector<LatLon>& r) {
            std::pair<double, double> s{1e9, -1e9};
            for (const auto& q : r) s = {std::min(s.first, q.lon), std::max(s.second, q.lon)};
            return s;
        };
        const auto [lo, hi] = span(rings[0]);
        const bool polar = std::fabs(rings[0].back().lon - rings[0].front().lon) > 180 || hi - lo >= 360;
        if (polar) { fixed.push_back(std::move(poly)); continue; }
        // Holes unwrap on their own: move each next to the outer ring.
        for (size_t h = 1; h < rings.size(); ++h) {
            const auto [hl, hh] = span(rings[h]);
            const double k = std::round((0.5 * (lo + hi) - 0.5 * (hl + hh)) / 360);
            for (auto& q : rings[h]) q.lon += 360 * k;
        }
        const double cut = 180 + 360 * std::floor((0.5 * (lo + hi) - 180) / 360 + 0.5);
        for (const bool west : {true, false}) {
            Polygon part;
            for (const auto& r : rings) {
                auto c = clipAtMeridian(r, cut, west);
                if (c.size() < 3) continue;
                const auto [cl, ch] = span(c);
                const double k = std::floor((0.5 * (cl + ch) + 180) / 360);
                for (auto& q : c) q.lon = std::clamp(q.lon - 360 * k, -180.0, 180.0);
                part.rings.push_back({std::move(c)});
            }
            if (!part.rings.empty()) fixed.push_back(std::move(part));
        }
    }
    shape.polygons = std::move(fixed);
}

void checkShape(const MultiPolygon& s, const fs::path& file, long long fid) {
    for (const auto& p : s.polygons)
        for (const auto& r : p.rings)
            for (const auto& q : r.points)
                if (!q.isValid())
                    throw Error(file.string() + ": feature " + std::to_string(fid) + " has a coordinate outside "
                                "-90..90 / -180..180 (" + std::to_string(q.lat) + ", " + std::to_string(q.lon) + ")");
}

std::vector<Region> readRegions(const fs::path& file, const char* layerName, Kind kind) {
    auto ds = openGpkg(file);
    OGRLayer* l = layerOf(*ds, layerName, file);
    const int fName = fieldIndex(l, "name", file), fAlt = fieldIndex(l, "altnames", file),
              fIso2 = fieldIndex(l, "iso2", file);
    const int fIso3 = kind == Kind::Country ? fieldIndex(l, "iso3", file) : -1;
    const int fDem = kind == Kind::Country ? fieldIndex(l, "demonyms", file) : -1;
    const int fCode = kind == Kind::Admin1 ? fieldIndex(l, "code", file) : -1;
    const int fType = kind == Kind::Admin1 ? fieldIndex(l, "type_en", file) : -1;
    std::vector<Region> out;
    out.reserve(static_cast<size_t>(std::max<GIntBig>(0, l->GetFeatureCount(FALSE))));
    l->ResetReading();
    for (auto& f : *l) {
        Region r;
        r.kind = kind;
        r.name = f->GetFieldAsString(fName);
        r.altNames = splitPipes(f->GetFieldAsString(fAlt));
        r.iso2 = f->GetFieldAsString(fIso2);
        if (fIso3 >= 0) r.iso3 = f->GetFieldAsString(fIso3);
        if (fDem >= 0) r.demonyms = splitPipes(f->GetFieldAsString(fDem));
        if (fCode >= 0) r.code = f->GetFieldAsString(fCode);
        if (fType >= 0) r.typeName = f->GetFieldAsString(fType);
        if (kind == Kind::Country) r.code = r.iso2;
        r.shape = toShape(f->GetGeometryRef());
        repairAntimeridian(r.shape);
        checkShape(r.shape, file, f->GetFID());
        if (r.name.empty() || r.shape.polygons.empty()) continue;
        out.push_back(std::move(r));
    }
    if (out.empty()) throw Error(file.string() + ": layer " + layerName + " is empty");
    return out;
}

std::vector<Place> readPlaces(const fs::path& file) {
    auto ds = openGpkg(file);
    OGRLayer* l = layerOf(*ds, "places", file);
    const int fId = fieldIndex(l, "geonameid", file), fName = fieldIndex(l, "name", file),
              fAscii = fieldIndex(l, "asciiname", file), fAlt = fieldIndex(l, "altnames", file),
              fLat = fieldIndex(l, "lat", file), fLon = fieldIndex(l, "lon", file),
              fCode = fieldIndex(l, "fcode", file), fIso2 = fieldIndex(l, "iso2", file),
              fAdm = fieldIndex(l, "admin1", file), fPop = fieldIndex(l, "population", file),
              fTz = fieldIndex(l, "timezone", file);
    std::vector<Place> out;
    out.reserve(static_cast<size_t>(std::max<GIntBig>(0, l->GetFeatureCount(FALSE))));
    for (auto& f : *l) {
        Place p;
        p.geonameId = f->GetFieldAsInteger64(fId);
        p.name = f->GetFieldAsString(fName);
        p.asciiName = f->GetFieldAsString(fAscii);
        p.altNames = splitPipes(f->GetFieldAsString(fAlt));
        p.pos = {f->GetFieldAsDouble(fLat), f->GetFieldAsDouble(fLon)};
        if (!p.pos.isValid())
            throw Error(file.string() + ": place " + std::to_string(p.geonameId) + " has coordinates outside range");
        p.featureCode = f->GetFieldAsString(fCode);
        p.iso2 = f->GetFieldAsString(fIso2);
        p.admin1Code = f->GetFieldAsString(fAdm);
        p.population = f->GetFieldAsInteger64(fPop);
        p.timezone = f->GetFieldAsString(fTz);
        out.push_back(std::move(p));
    }
    if (out.empty()) throw Error(file.string() + ": layer places is empty");
    return out;
}

// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines.
std::vector<std::vector<std::string>> parseCsv(const std::string& text, const fs::path& file) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, any = false;
    size_t line = 1;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') { field.push_back('"'); ++i; }
                else quoted = false;
            } else {
                if (c == '\n') ++line;
                field.push_back(c);
            }
            continue;
        }
        if (c == '"') { quoted = true; any = true; }
        else if (c == ',') { row.push_back(std::move(field)); field.clear(); any = true; }
        else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            if (any || !field.empty()) { row.push_back(std::move(field)); rows.push_back(std::move(row)); }
            row.clear(); field.clear(); any = false;
            ++line;
        } else { field.push_back(c); any = true; }
    }
    if (quoted) throw Error(file.string() + ": line " + std::to_string(line) + ": unterminated quoted field");
    if (any || !field.empty()) { row.push_back(std::move(field)); rows.push_back(std::move(row)); }
    return rows;
}

Kind kindFromType(const std::string& t) {
    if (t == "sea" || t == "gulf" || t == "bay" || t == "strait" || t == "lake" || t == "ocean" || t == "channel")
        return Kind::Sea;
    if (t == "airbase" || t == "airfield" || t == "naval_base" || t == "base" || t == "airport" || t == "site")
        return Kind::Base;
    if (t == "village" || t == "town" || t == "city") return Kind::City;
    if (t == "region") return Kind::Region;
    // A country that no longer exists ("Yugoslavia", "Soviet Union"): a country reading with the code of its main
    // successor, a label point and an extent, but no polygon.
    if (t == "historical_country") return Kind::Country;
    return Kind::Point;
}

double parseNumber(const std::string& s, const fs::path& file, size_t row, const char* what) {
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (s.empty() || end != s.c_str() + s.size() || !std::isfinite(v))
        throw Error(file.string() + ": row " + std::to_string(row) + ": " + what + " '" + s + "' is not a number");
    return v;
}

} // namespace

std::vector<Feature> readFeaturesCsv(const fs::path& file) {
    const auto rows = parseCsv(readFile(file, 16u << 20), file);
    if (rows.empty()) throw Error(file.string() + ": empty");
    const std::vector<std::string> want = {"name", "altnames", "type", "lat", "lon", "radius_km", "iso2", "source"};
    if (rows[0] != want) throw Error(file.string() + ": header must be " + "name,altnames,type,lat,lon,radius_km,iso2,source");
    std::vector<Feature> out;
    for (size_t i = 1; i < rows.size(); ++i) {
        const auto& r = rows[i];
        if (r.size() != want.size())
            throw Error(file.string() + ": row " + std::to_string(i + 1) + ": expected " + std::to_string(want.size()) +
                        " fields, found " + std::to_string(r.size()));
        Feature f;
        f.name = r[0];
        f.altNames = splitPipes(r[1].c_str());
        f.type = r[2];
        f.kind = kindFromType(f.type);
        f.pos = {parseNumber(r[3], file, i + 1, "lat"), parseNumber(r[4], file, i + 1, "lon")};
        if (!f.pos.isValid()) throw Error(file.string() + ": row " + std::to_string(i + 1) + ": coordinates out of range");
        f.radiusKm = r[5].empty() ? 0 : parseNumber(r[5], file, i + 1, "radius_km");
        f.iso2 = r[6];
        f.source = r[7];
        if (f.name.empty() || f.source.empty())
            throw Error(file.string() + ": row " + std::to_string(i + 1) + ": name and source are required");
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> readAliasesCsv(const fs::path& file) {
    const auto rows = parseCsv(readFile(file, 1u << 20), file);
    if (rows.empty() || rows[0] != std::vector<std::string>{"alias", "iso2", "note"})
        throw Error(file.string() + ": header must be alias,iso2,note");
    std::vector<std::pair<std::string, std::string>> out;
    for (size_t i = 1; i < rows.size(); ++i) {
        if (rows[i].size() != 3) throw Error(file.string() + ": row " + std::to_string(i + 1) + ": expected 3 fields");
        out.emplace_back(rows[i][0], rows[i][1]);
    }
    return out;
}

AtlasData loadAtlasData(const fs::path& dataDir) {
    const fs::path g = dataDir / "geodata";
    // Places are the biggest table: read them on a second thread while this one reads the polygons.
    auto places = std::async(std::launch::async, [&] { return readPlaces(g / "places.gpkg"); });
    AtlasData d;
    try {
        d.countries = readRegions(g / "countries.gpkg", "countries", Kind::Country);
        d.admin1 = readRegions(g / "admin1.gpkg", "admin1", Kind::Admin1);
        d.features = readFeaturesCsv(g / "curated" / "features.csv");
        // OurAirports' airports and air bases (geodata/build), after the curated rows, which win a shared name.
        auto airports = readFeaturesCsv(g / "airports.csv");
        d.features.insert(d.features.end(), std::make_move_iterator(airports.begin()),
                          std::make_move_iterator(airports.end()));
        d.aliases = readAliasesCsv(g / "curated" / "aliases.csv");
    } catch (...) {
        places.wait();
        throw;
    }
    d.places = places.get();
    return d;
}

Atlas loadAtlasFromGeodata(const fs::path& dataDir) { return Atlas(loadAtlasData(dataDir)); }

Atlas loadAtlas(const fs::path& dataDir) {
    // Also when the atlas comes from its image and GDAL is never opened here: later GeoPackage exports rely on
    // GDAL being quiet (regression: "ERROR 4: sqlite3_open(...)" before the one error line of simulate -o /proc/x.gpkg).
    quietGdalMessages();
    return loadAtlasCached(dataDir, atlasCacheDir()).atlas;
}

} // namespace salvo::io
