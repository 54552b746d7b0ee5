// Name keys are foldKey() strings (diacritics removed, lower case, single spaces). Distances are WGS84 geodesics;
// the only planar work is point-in-polygon in lon/lat, which is exact for polygons stored in lon/lat.
#include "atlas/Atlas.hpp"

#include "atlas/NameIndex.hpp"
#include "atlas/PolygonIndex.hpp"
#include "core/Utf8.hpp"
#include "geodesy/Geodesic.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <future>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

namespace salvo::atlas {

std::string_view toString(Kind k) {
    switch (k) {
    case Kind::Country: return "country";
    case Kind::Admin1: return "admin1";
    case Kind::City: return "city";
    case Kind::Sea: return "sea";
    case Kind::Base: return "base";
    case Kind::Region: return "region";
    case Kind::Point: break;
    }
    return "point";
}

BBox MultiPolygon::bbox() const {
    BBox b;
    for (const auto& p : polygons)
        for (const auto& r : p.rings)
            for (const auto& q : r.points) b.extend(q);
    return b;
}

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegToRad = kPi / 180;

// How good a name match is: the entity's own name beats an alternate spelling.
constexpr double kPrimaryMatch = 1.0;
constexpr double kAltMatch = 0.9;
constexpr float kBareArticleMatch = 0.95f; // "Hudaydah" for "Al Hudaydah"

// Words that name the type of a first-level division; a division is also found without them ("Hama" for "Hama
// Governorate", "Yazd" for "Yazd Province", "Ostan-e Fars").
constexpr std::string_view kDivisionWords[] = {"province", "governorate", "region", "state", "oblast", "prefecture",
                                               "district", "county", "department", "muhafazah", "muhafazat", "ostan e",
                                               "wilayah", "vilayet", "krai", "kray", "voivodeship", "canton"};

std::string stripDivisionWords(const std::string& key) {
    for (std::string_view w : kDivisionWords) {
        if (key.size() > w.size() + 1 && key.compare(key.size() - w.size(), w.size(), w) == 0 &&
            key[key.size() - w.size() - 1] == ' ')
            return key.substr(0, key.size() - w.size() - 1);
        if (key.size() > w.size() + 1 && key.compare(0, w.size(), w) == 0 && key[w.size()] == ' ')
            return key.substr(w.size() + 1);
    }
    return {};
}

// Planar area-weighted centroid of a ring, in lon/lat.
LatLon ringCentroid(const Ring& r, double* areaOut) {
    double a = 0, cx = 0, cy = 0;
    const auto& p = r.points;
    for (size_t i = 0, n = p.size(); i < n; ++i) {
        const LatLon u = p[i], v = p[(i + 1) % n];
        const double cross = u.lon * v.lat - v.lon * u.lat;
        a += cross;
        cx += (u.lon + v.lon) * cross;
        cy += (u.lat + v.lat) * cross;
    }
    if (areaOut) *areaOut = std::fabs(a) / 2;
    if (std::fabs(a) < 1e-12) return p.empty() ? LatLon{} : p.front();
    return {cy / (3 * a), cx / (3 * a)};
}

// Even-odd point-in-polygon over a list of polygons (all rings), planar in lon/lat; for one-off label queries.
bool insideAny(const std::vector<const Polygon*>& polys, LatLon q) {
    bool in = false;
    for (const Polygon* poly : polys)
        for (const auto& r : poly->rings)
            for (size_t i = 0, n = r.points.size(); i < n; ++i) {
                const LatLon a = r.points[i], b = r.points[(i + 1) % n];
                if ((a.lat > q.lat) != (b.lat > q.lat) &&
                    q.lon < a.lon + (q.lat - a.lat) * (b.lon - a.lon) / (b.lat - a.lat))
                    in = !in;
            }
    return in;
}

// The label of a region: the area-weighted centre of its main body (the largest part and the parts whose boxes
// touch it: a country drawn as adjacent strips is one body, an overseas territory is not) when that lies inside it;
// otherwise the inside point nearest to that centre along its parallel or meridian (a centre in a bay, or in the
// hole a capital city cuts out of its province). Kyiv Oblast's centre falls in Kyiv City: the label is just west of
// the city, not at the middle of the widest stretch far to the east.
LatLon labelPoint(const MultiPolygon& shape, BBox& bodyBox) {
    std::vector<std::pair<double, const Polygon*>> parts;
    for (const auto& poly : shape.polygons) {
        if (poly.rings.empty() || poly.rings[0].points.size() < 3) continue;
        double a = 0;
        ringCentroid(poly.rings[0], &a);
        parts.emplace_back(a, &poly);
    }
    if (parts.empty()) return {};
    std::sort(parts.begin(), parts.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    std::vector<const Polygon*> body{parts[0].second};
    // Strips of one body share their cut vertices exactly, or (world-atlas's Russia, cut into latitude strips that
    // share none) are about as wide as the main part and adjoin it; islands and overseas parts are neither.
    const auto key = [](LatLon q) {
        return (static_cast<uint64_t>(std::llround((q.lat + 90) * 1e6)) << 32) ^
               static_cast<uint64_t>(std::llround((q.lon + 180) * 1e6));
    };
    const auto boxOf = [](const Polygon* p) {
        BBox b;
        for (const auto& q : p->rings[0].points) b.extend(q);
        return b;
    };
    const BBox mainBox = boxOf(parts[0].second);
    BBox box = mainBox;
    std::unordered_set<uint64_t> vertices; // of the body, built only when a part's box touches it (load time)
    bool haveVertices = false;
    std::vector<char> used(parts.size(), 0);
    std::vector<BBox> boxes(parts.size());
    for (size_t i = 1; i < parts.size(); ++i) boxes[i] = boxOf(parts[i].second);
    used[0] = 1;
    for (bool grew = parts.size() > 1; grew;) {
        grew = false;
        for (size_t i = 1; i < parts.size(); ++i) {
            if (used[i]) continue;
            const BBox& b = boxes[i];
            if (!b.intersects(box)) continue;
            const bool strip = b.maxLon - b.minLon >= 0.5 * (mainBox.maxLon - mainBox.minLon) &&
                               b.minLat <= box.maxLat + 0.1 && b.maxLat >= box.minLat - 0.1;
            int shared = 0;
            if (!strip) {
                if (!haveVertices) {
                    for (const Polygon* p : body)
                        for (const auto& q : p->rings[0].points) vertices.insert(key(q));
                    haveVertices = true;
                }
                for (const auto& q : parts[i].second->rings[0].points)
                    if (vertices.count(key(q)) && ++shared >= 2) break;
            }
            if (!strip && shared < 2) continue;
            used[i] = 1;
            body.push_back(parts[i].second);
            box.extend(b);
            if (haveVertices)
                for (const auto& q : parts[i].second->rings[0].points) vertices.insert(key(q));
            grew = true;
        }
    }
    bodyBox = box;
    double area = 0, lat = 0, lon = 0;
    for (const Polygon* p : body) {
        double a = 0;
        const LatLon c = ringCentroid(p->rings[0], &a);
        area += a; lat += a * c.lat; lon += a * c.lon;
    }
    const LatLon centre = area > 0 ? LatLon{lat / area, lon / area} : body[0]->rings[0].points[0];
    if (insideAny(body, centre)) return centre;
    // Crossings of the parallel and of the meridian through the centre; the nearest inside stretch wins.
    LatLon best = centre;
    double bestD = 1e18;
    for (const bool alongLon : {true, false}) {
        std::vector<double> xs;
        for (const Polygon* poly : body)
            for (const auto& r : poly->rings)
                for (size_t i = 0, n = r.points.size(); i < n; ++i) {
                    const LatLon a = r.points[i], b = r.points[(i + 1) % n];
                    if (alongLon && (a.lat > centre.lat) != (b.lat > centre.lat))
                        xs.push_back(a.lon + (centre.lat - a.lat) * (b.lon - a.lon) / (b.lat - a.lat));
                    if (!alongLon && (a.lon > centre.lon) != (b.lon > centre.lon))
                        xs.push_back(a.lat + (centre.lon - a.lon) * (b.lat - a.lat) / (b.lon - a.lon));
                }
        std::sort(xs.begin(), xs.end());
        const double c = alongLon ? centre.lon : centre.lat;
        for (size_t i = 0; i + 1 < xs.size(); i += 2) {
            const double lo = xs[i], hi = xs[i + 1];
            const double margin = std::min(0.25 * (hi - lo), 0.25);
            const double v = std::clamp(c, lo + margin, hi - margin);
            const double d = std::fabs(v - c) * (alongLon ? std::cos(centre.lat * kDegToRad) : 1.0);
            if (d < bestD) { bestD = d; best = alongLon ? LatLon{centre.lat, v} : LatLon{v, centre.lon}; }
        }
    }
    return best;
}

// Area of a lon/lat ring on a sphere of the WGS84 authalic radius (km²). Used only for the display radius of an area
// and as a ranking prior, never for distances or routes.
double ringAreaKm2(const Ring& r) {
    constexpr double kAuthalicKm = 6371.0072;
    double s = 0;
    const auto& p = r.points;
    if (p.empty()) return 0;
    double sinU = std::sin(p[0].lat * kDegToRad);
    for (size_t i = 0, n = p.size(); i < n; ++i) {
        const LatLon u = p[i], v = p[(i + 1) % n];
        const double sinV = std::sin(v.lat * kDegToRad);
        s += (v.lon - u.lon) * kDegToRad * (2 + sinU + sinV);
        sinU = sinV;
    }
    return std::fabs(s * kAuthalicKm * kAuthalicKm / 2);
}

// Cheap distance for pruning candidates (equirectangular, metres); final distances are geodesic.
// Equirectangular distance; the longitude difference is taken the short way round (regression: 67°N 179.9°E had no
// nearest place because Egvekinot, at 179.1°W, measured 359° away).
double approxMeters(LatLon a, LatLon b) {
    double dLon = std::fabs(b.lon - a.lon);
    if (dLon > 180) dLon = 360 - dLon;
    const double x = dLon * std::cos(0.5 * (a.lat + b.lat) * kDegToRad);
    const double y = b.lat - a.lat;
    return std::sqrt(x * x + y * y) * 111195.0;
}

struct RegionGrid {
    // 1° cells, 360 × 180; each lists the regions whose part bounding boxes touch it.
    std::vector<std::vector<uint32_t>> cells = std::vector<std::vector<uint32_t>>(360 * 180);

    static int col(double lon) { return std::clamp(static_cast<int>(std::floor(lon + 180)), 0, 359); }
    static int row(double lat) { return std::clamp(static_cast<int>(std::floor(lat + 90)), 0, 179); }
    void add(uint32_t region, const BBox& b) {
        for (int r = row(b.minLat); r <= row(b.maxLat); ++r)
            for (int c = col(b.minLon); c <= col(b.maxLon); ++c) {
                auto& v = cells[static_cast<size_t>(r * 360 + c)];
                if (v.empty() || v.back() != region) v.push_back(region);
            }
    }
    const std::vector<uint32_t>& at(LatLon p) const { return cells[static_cast<size_t>(row(p.lat) * 360 + col(p.lon))]; }
};

} // namespace

struct Atlas::Impl {
    AtlasData d;
    NameIndex names;
    std::unordered_map<std::string, uint32_t> iso2, demonyms, admin1Codes;
    std::unordered_map<std::string, std::string> countryZones; // ISO2 -> zone of the most populous place
    // Point-in-polygon indexes are built on first use (per region, thread-safe): a query touches few regions, and
    // building all of them up front would double the cold load time.
    struct LazyIndex {
        const MultiPolygon* shape = nullptr;
        mutable std::unique_ptr<std::once_flag> once = std::make_unique<std::once_flag>();
        mutable PolygonIndex index;
        size_t vertexCount = 0;
        const PolygonIndex& get() const {
            std::call_once(*once, [this] { index = PolygonIndex(*shape); });
            return index;
        }
    };
    std::vector<LazyIndex> countryIdx, admin1Idx;
    RegionGrid countryGrid, admin1Grid;
    // Places by 1° cell, row by row (CSR): the places of cell k are placeIds[placeCellStart[k] .. placeCellStart[k+1]),
    // in index order, so a stretch of cells along a row is one contiguous range.
    std::vector<uint32_t> placeCellStart, placeIds;
    std::vector<uint32_t> seas;
    std::vector<int32_t> seatOfAdmin1; // per division: its seat (GeoNames PPLA, the most populous if several), or -1
    std::unordered_map<std::string, uint32_t> capitals; // ISO2 -> its capital (PPLC, the most populous if several)
    // Described areas (regionPart, sharedBorder, coastOn) are pure functions of their arguments and cost a few
    // thousand point queries: remembered, since the same "eastern Syria" recurs across reports.
    mutable std::mutex areaMutex;
    mutable std::unordered_map<uint64_t, std::optional<AreaPart>> areaCache;
    // Per ISO2, built on first use (spellingsIn); a unique_ptr keeps each list where its first caller saw it.
    mutable std::mutex spellingMutex;
    mutable std::unordered_map<std::string, std::unique_ptr<const std::vector<Spelling>>> spellings;
    template <class F>
    std::optional<AreaPart> cachedArea(uint64_t key, F&& compute) const {
        {
            std::lock_guard lock(areaMutex);
            if (auto it = areaCache.find(key); it != areaCache.end()) return it->second;
        }
        auto v = compute();
        std::lock_guard lock(areaMutex);
        areaCache.emplace(key, v);
        return v;
    }

    static void addName(NameIndex::Builder& b, std::string_view name, EntryRef ref, float quality) {
        thread_local std::string key;
        foldKeyInto(key, name);
        b.add(key, ref, quality);
    }
    // Arabic-derived names are written with and without the article, and with its assimilated forms ("Al Hudaydah",
    // "Hodeidah"; "Ar Raqqah", "Raqqa"; "Ad Dawr", "Dawr"): index the bare form too, slightly below the full one.
    // GeoNames lists airport and other codes among a place's alternate names ("RAS" for Rasht): once folded they
    // would match ordinary words ("Ras Tanura" read as Rasht), so two to four capitals are not indexed as names.
    static bool isCodeLike(std::string_view name) {
        if (name.size() < 2 || name.size() > 4) return false;
        for (char c : name)
            if (c < 'A' || c > 'Z') return false;
        return true;
    }
    static void addPlaceName(NameIndex::Builder& b, std::string_view name, EntryRef ref, float quality) {
        thread_local std::string key;
        // GeoNames writes soft signs and hamzas as apostrophes ("Lysychans'k", "Kup'yans'k", "Sana'a"); news text
        // mostly drops them: index the name without them too.
        if (name.find('\'') != std::string_view::npos || name.find("\xE2\x80\x99") != std::string_view::npos ||
            name.find("\xCA\xBC") != std::string_view::npos) {
            thread_local std::string bare;
            bare.clear();
            for (size_t i = 0; i < name.size(); ++i) {
                if (name[i] == '\'') continue;
                if (name.compare(i, 3, "\xE2\x80\x99") == 0) { i += 2; continue; }
                if (name.compare(i, 2, "\xCA\xBC") == 0) { i += 1; continue; }
                bare.push_back(name[i]);
            }
            foldKeyInto(key, bare);
            b.add(key, ref, quality * kBareArticleMatch);
        }
        foldKeyInto(key, name);
        b.add(key, ref, quality);
        static constexpr std::string_view kArticles[] = {"al ", "el ", "ar ", "ad ", "as ", "an ", "at ", "az ",
                                                         "ash ", "adh ", "ath "};
        for (std::string_view a : kArticles)
            if (key.size() > a.size() + 2 && key.compare(0, a.size(), a) == 0) {
                b.add(std::string_view(key).substr(a.size()), ref, quality * kBareArticleMatch);
                break;
            }
    }
    static void addDivisionName(NameIndex::Builder& b, std::string_view name, EntryRef ref, float quality) {
        const std::string key = foldKey(name);
        b.add(key, ref, quality);
        if (std::string bare = stripDivisionWords(key); !bare.empty()) b.add(bare, ref, quality);
    }
    void buildLookups();
    void buildNames();
    void buildGeometry(bool derive);
    void buildZones();

    void finishRegion(Region& r, LazyIndex& idx) {
        r.bbox = r.shape.bbox();
        for (const auto& poly : r.shape.polygons)
            for (const auto& ring : poly.rings) idx.vertexCount += ring.points.size();
        r.areaKm2 = 0;
        for (const auto& poly : r.shape.polygons) {
            if (poly.rings.empty()) continue;
            r.areaKm2 += ringAreaKm2(poly.rings[0]);
            for (size_t h = 1; h < poly.rings.size(); ++h) r.areaKm2 -= ringAreaKm2(poly.rings[h]);
        }
        r.label = labelPoint(r.shape, r.bodyBox);
    }

    double regionRadiusKm(const Region& r) const { return std::sqrt(std::max(0.0, r.areaKm2) / kPi); }

    std::string admin1Name(const std::string& code) const {
        auto it = admin1Codes.find(code);
        return it == admin1Codes.end() ? std::string() : d.admin1[it->second].name;
    }

    // The entry's score before the name's quality (0..1): its kind, and for places population and status.
    double priorOf(EntryRef ref) const {
        switch (ref.table) {
        case EntryRef::Table::Country: return 1.0;
        case EntryRef::Table::Admin1: return 0.8;
        case EntryRef::Table::Place: {
            const Place& p = d.places[ref.index];
            // Population prior: 1,000 people -> 0.35, 1 million -> 0.65, 10 million -> 0.75; capitals and division
            // seats get a small lift (GeoNames feature codes PPLC, PPLA).
            double score = 0.05 + 0.1 * std::log10(static_cast<double>(std::max<long long>(p.population, 1)) + 1);
            if (p.featureCode == "PPLC") score += 0.1;
            else if (p.featureCode == "PPLA") score += 0.05;
            return std::min(score, 0.9);
        }
        case EntryRef::Table::Feature: {
            const Kind k = d.features[ref.index].kind;
            return k == Kind::Sea ? 0.85 : k == Kind::Base ? 0.75 : 0.5;
        }
        }
        return 0;
    }
    long long populationOf(EntryRef ref) const {
        return ref.table == EntryRef::Table::Place ? d.places[ref.index].population : 0;
    }
    const std::string& iso2Of(EntryRef ref) const {
        switch (ref.table) {
        case EntryRef::Table::Country: return d.countries[ref.index].iso2;
        case EntryRef::Table::Admin1: return d.admin1[ref.index].iso2;
        case EntryRef::Table::Place: return d.places[ref.index].iso2;
        case EntryRef::Table::Feature: break;
        }
        return d.features[ref.index].iso2;
    }

    Candidate candidate(EntryRef ref, double quality) const {
        Candidate c;
        c.ref = ref;
        switch (ref.table) {
        case EntryRef::Table::Country: {
            const Region& r = d.countries[ref.index];
            c.name = r.name; c.kind = Kind::Country; c.pos = r.label; c.iso2 = r.iso2;
            c.radiusKm = regionRadiusKm(r);
            break;
        }
        case EntryRef::Table::Admin1: {
            const Region& r = d.admin1[ref.index];
            c.name = r.name; c.kind = Kind::Admin1; c.pos = r.label; c.iso2 = r.iso2; c.admin1Name = r.name;
            c.radiusKm = regionRadiusKm(r);
            break;
        }
        case EntryRef::Table::Place: {
            const Place& p = d.places[ref.index];
            c.name = p.asciiName.empty() ? p.name : p.asciiName;
            c.kind = Kind::City; c.pos = p.pos; c.iso2 = p.iso2; c.population = p.population;
            c.admin1Name = admin1Name(p.admin1Code);
            c.geonameId = p.geonameId;
            break;
        }
        case EntryRef::Table::Feature: {
            const Feature& f = d.features[ref.index];
            c.name = f.name; c.kind = f.kind; c.pos = f.pos; c.iso2 = f.iso2; c.radiusKm = f.radiusKm;
            break;
        }
        }
        c.score = priorOf(ref) * quality;
        return c;
    }

    static size_t placeCellOf(LatLon q) {
        return static_cast<size_t>(RegionGrid::row(q.lat) * 360 + RegionGrid::col(q.lon));
    }
    void buildPlaceCells() {
        placeCellStart.assign(360 * 180 + 1, 0);
        for (const auto& p : d.places)
            if (p.pos.isValid()) ++placeCellStart[placeCellOf(p.pos) + 1];
        for (size_t k = 0; k < 360 * 180; ++k) placeCellStart[k + 1] += placeCellStart[k];
        placeIds.resize(placeCellStart.back());
        std::vector<uint32_t> fill(placeCellStart.begin(), placeCellStart.end() - 1);
        for (uint32_t i = 0; i < d.places.size(); ++i)
            if (d.places[i].pos.isValid()) placeIds[fill[placeCellOf(d.places[i].pos)]++] = i;
    }
    // The places of `count` (<= 360) cells of row r from column c (any integer: wrapped), each given to f once.
    template <class F>
    void scanRow(int r, int c, int count, F&& f) const {
        if (r < 0 || r >= 180 || count <= 0) return;
        c = ((c % 360) + 360) % 360;
        const size_t row = static_cast<size_t>(r) * 360;
        const auto stretch = [&](int from, int to) { // columns [from, to) within 0..360
            for (uint32_t k = placeCellStart[row + static_cast<size_t>(from)],
                          end = placeCellStart[row + static_cast<size_t>(to)];
                 k < end; ++k)
                f(placeIds[k]);
        };
        stretch(c, std::min(c + count, 360));
        if (c + count > 360) stretch(0, c + count - 360);
    }
    // Of the candidates kept by the cheap metric, the nearest on the ellipsoid within maxMeters.
    std::optional<NearestPlace> closestOf(LatLon p, const std::vector<std::pair<double, uint32_t>>& best,
                                          double maxMeters) const {
        std::optional<NearestPlace> out;
        for (const auto& [approx, i] : best) {
            const double dist = geodesy::distanceMeters(p, d.places[i].pos);
            if (dist <= maxMeters && (!out || dist < out->distanceMeters)) out = NearestPlace{i, dist};
        }
        return out;
    }

    std::optional<uint32_t> regionAt(const RegionGrid& grid, const std::vector<LazyIndex>& idx,
                                     const std::vector<Region>& regions, LatLon p) const {
        if (!p.isValid()) return std::nullopt;
        std::optional<uint32_t> hit;
        for (uint32_t r : grid.at(p))
            if (regions[r].bbox.contains(p) && idx[r].get().contains(p)) {
                // Overlaps in the source data are rare (disputed slivers); the smaller region is the more specific.
                if (!hit || idx[r].vertexCount < idx[*hit].vertexCount) hit = r;
            }
        return hit;
    }
};

// derive: compute each region's bbox, label, body box and area (false when they come from an atlas image).
void Atlas::Impl::buildGeometry(bool derive) {
    const auto index = [this, derive](std::vector<Region>& regions, std::vector<LazyIndex>& idx, RegionGrid& grid) {
        idx.reserve(regions.size());
        for (uint32_t i = 0; i < regions.size(); ++i) {
            Region& r = regions[i];
            idx.emplace_back();
            idx.back().shape = &r.shape;
            if (derive) {
                finishRegion(r, idx.back());
            } else {
                for (const auto& poly : r.shape.polygons)
                    for (const auto& ring : poly.rings) idx.back().vertexCount += ring.points.size();
            }
            for (const auto& poly : r.shape.polygons)
                if (!poly.rings.empty()) {
                    // Plain comparisons, not BBox::extend's fmin/fmax calls: the same box (coordinates are checked,
                    // never NaN) for a million vertices at every start.
                    BBox b;
                    for (const auto& q : poly.rings[0].points) {
                        b.minLat = q.lat < b.minLat ? q.lat : b.minLat;
                        b.maxLat = q.lat > b.maxLat ? q.lat : b.maxLat;
                        b.minLon = q.lon < b.minLon ? q.lon : b.minLon;
                        b.maxLon = q.lon > b.maxLon ? q.lon : b.maxLon;
                    }
                    grid.add(i, b);
                }
        }
    };
    index(d.countries, countryIdx, countryGrid);
    index(d.admin1, admin1Idx, admin1Grid);
}

// The small tables beside the name index: ISO codes, demonyms, division codes and seats, the place grid, the seas.
void Atlas::Impl::buildLookups() {
    for (uint32_t i = 0; i < d.countries.size(); ++i) {
        const Region& r = d.countries[i];
        if (!r.iso2.empty() && !iso2.count(r.iso2)) iso2[r.iso2] = i;
        for (const auto& dem : r.demonyms) {
            const std::string k = foldKey(dem);
            if (k.empty()) continue;
            demonyms.emplace(k, i);
            demonyms.emplace(k + "s", i);
        }
    }
    for (uint32_t i = 0; i < d.admin1.size(); ++i)
        if (!d.admin1[i].code.empty()) admin1Codes.emplace(d.admin1[i].code, i);
    seatOfAdmin1.assign(d.admin1.size(), -1);
    for (uint32_t i = 0; i < d.places.size(); ++i) {
        const Place& p = d.places[i];
        if (p.featureCode == "PPLA")
            if (auto it = admin1Codes.find(p.admin1Code); it != admin1Codes.end()) {
                int32_t& seat = seatOfAdmin1[it->second];
                if (seat < 0 || d.places[static_cast<size_t>(seat)].population < p.population)
                    seat = static_cast<int32_t>(i);
            }
        if (p.featureCode == "PPLC") {
            auto [it, fresh] = capitals.try_emplace(p.iso2, i);
            if (!fresh && d.places[it->second].population < p.population) it->second = i;
        }
    }
    for (uint32_t i = 0; i < d.features.size(); ++i)
        if (d.features[i].kind == Kind::Sea) seas.push_back(i);
    buildPlaceCells();
}

// Needs buildLookups first (aliases name countries by ISO code).
void Atlas::Impl::buildNames() {
    NameIndex::Builder b;
    for (uint32_t i = 0; i < d.countries.size(); ++i) {
        const Region& r = d.countries[i];
        const EntryRef ref{EntryRef::Table::Country, i};
        addName(b, r.name, ref, kPrimaryMatch);
        for (const auto& a : r.altNames) addName(b, a, ref, kAltMatch);
    }
    for (const auto& [alias, iso] : d.aliases) {
        auto it = iso2.find(iso);
        if (it != iso2.end()) addName(b, alias, {EntryRef::Table::Country, it->second}, kAltMatch);
    }
    for (uint32_t i = 0; i < d.admin1.size(); ++i) {
        const Region& r = d.admin1[i];
        const EntryRef ref{EntryRef::Table::Admin1, i};
        addDivisionName(b, r.name, ref, kPrimaryMatch);
        for (const auto& a : r.altNames) addDivisionName(b, a, ref, kAltMatch);
    }
    for (uint32_t i = 0; i < d.places.size(); ++i) {
        const Place& p = d.places[i];
        const EntryRef ref{EntryRef::Table::Place, i};
        addPlaceName(b, p.name, ref, kPrimaryMatch);
        if (!p.asciiName.empty() && p.asciiName != p.name) addPlaceName(b, p.asciiName, ref, kPrimaryMatch);
        for (const auto& a : p.altNames)
            if (!isCodeLike(a)) addPlaceName(b, a, ref, kAltMatch);
    }
    for (uint32_t i = 0; i < d.features.size(); ++i) {
        const Feature& f = d.features[i];
        const EntryRef ref{EntryRef::Table::Feature, i};
        addPlaceName(b, f.name, ref, kPrimaryMatch);
        for (const auto& a : f.altNames) addPlaceName(b, a, ref, kAltMatch);
    }
    names = std::move(b).build();
}

void Atlas::Impl::buildZones() {
    std::unordered_map<std::string, long long> population;
    for (const auto& p : d.places) {
        if (p.timezone.empty()) continue;
        auto [it, fresh] = population.try_emplace(p.iso2, p.population);
        if (fresh || p.population > it->second) {
            it->second = p.population;
            countryZones[p.iso2] = p.timezone;
        }
    }
}

Atlas::Atlas() : m(std::make_unique<Impl>()) {}

Atlas::Atlas(AtlasData data) : m(std::make_unique<Impl>()) {
    m->d = std::move(data);
    // Names and geometry touch disjoint members: index them on two threads (the machine has two cores).
    auto names = std::async(std::launch::async, [this] {
        m->buildLookups();
        m->buildNames();
    });
    try {
        m->buildGeometry(true);
    } catch (...) {
        names.wait();
        throw;
    }
    names.get();
    m->buildZones();
}

Atlas Atlas::fromPrepared(AtlasData data, NameIndex names) {
    Atlas a;
    a.m->d = std::move(data);
    a.m->names = std::move(names);
    a.m->buildLookups();
    a.m->buildGeometry(false);
    a.m->buildZones();
    return a;
}

const NameIndex& Atlas::nameIndex() const { return m->names; }

Atlas::~Atlas() = default;
Atlas::Atlas(Atlas&&) noexcept = default;
Atlas& Atlas::operator=(Atlas&&) noexcept = default;

const std::vector<Region>& Atlas::countries() const { return m->d.countries; }
const std::vector<Region>& Atlas::admin1() const { return m->d.admin1; }
const std::vector<Place>& Atlas::places() const { return m->d.places; }
const std::vector<Feature>& Atlas::features() const { return m->d.features; }

std::vector<Candidate> Atlas::lookup(std::string_view name, const LookupOptions& opt) const {
    // Ranked on the two numbers the order needs before any Candidate (four strings, a division look-up) is built: a
    // common name has dozens of entries, of which only `limit` are returned.
    struct Ranked {
        const NameEntry* hit;
        double score;
        long long population;
    };
    const auto hits = m->names.find(foldKey(name));
    std::vector<Ranked> order;
    order.reserve(hits.size());
    for (const NameEntry& e : hits) {
        if (!opt.includePlaces && e.ref.table == EntryRef::Table::Place) continue;
        if (!opt.country.empty() && m->iso2Of(e.ref) != opt.country) continue;
        order.push_back({&e, m->priorOf(e.ref) * e.quality, m->populationOf(e.ref)});
    }
    // Stable order for equal scores: larger population first, then the table order (deterministic output).
    std::stable_sort(order.begin(), order.end(), [](const Ranked& a, const Ranked& b) {
        if (a.score != b.score) return a.score > b.score;
        return a.population > b.population;
    });
    if (order.size() > opt.limit) order.resize(opt.limit);
    std::vector<Candidate> out;
    out.reserve(order.size());
    for (const Ranked& r : order) {
        out.push_back(m->candidate(r.hit->ref, r.hit->quality));
        out.back().matchedName = std::string(name); // the key that matched, as written by the caller
    }
    return out;
}

bool Atlas::hasKey(std::string_view foldedKey) const { return m->names.contains(foldedKey); }
int Atlas::maxNameWords() const { return m->names.maxWords(); }

std::string_view Atlas::countryTimezone(std::string_view iso2) const {
    auto it = m->countryZones.find(std::string(iso2));
    return it == m->countryZones.end() ? std::string_view{} : std::string_view(it->second);
}

std::optional<uint32_t> Atlas::countryByIso2(std::string_view iso2) const {
    auto it = m->iso2.find(std::string(iso2));
    if (it == m->iso2.end()) return std::nullopt;
    return it->second;
}

std::optional<uint32_t> Atlas::admin1Seat(uint32_t admin1Index) const {
    if (admin1Index >= m->seatOfAdmin1.size() || m->seatOfAdmin1[admin1Index] < 0) return std::nullopt;
    return static_cast<uint32_t>(m->seatOfAdmin1[admin1Index]);
}

std::optional<uint32_t> Atlas::capitalOf(std::string_view iso2) const {
    auto it = m->capitals.find(std::string(iso2));
    if (it == m->capitals.end()) return std::nullopt;
    return it->second;
}

const std::vector<Spelling>& Atlas::spellingsIn(std::string_view iso2) const {
    std::lock_guard lock(m->spellingMutex);
    auto& slot = m->spellings[std::string(iso2)];
    if (slot) return *slot;
    std::vector<Spelling> list;
    const auto add = [&](std::string_view name, EntryRef ref) {
        Spelling sp;
        sp.skeleton = spellingSkeleton(name);
        for (const char c : sp.skeleton)
            if (c != ' ') sp.joined.push_back(c);
        sp.ref = ref;
        list.push_back(std::move(sp));
    };
    const auto& places = m->d.places;
    for (uint32_t i = 0; i < places.size(); ++i)
        if (places[i].iso2 == iso2)
            add(places[i].asciiName.empty() ? places[i].name : places[i].asciiName, {EntryRef::Table::Place, i});
    const auto& divisions = m->d.admin1;
    for (uint32_t i = 0; i < divisions.size(); ++i)
        if (divisions[i].iso2 == iso2) add(divisions[i].name, {EntryRef::Table::Admin1, i});
    std::stable_sort(list.begin(), list.end(), [](const Spelling& a, const Spelling& b) { return a.joined < b.joined; });
    slot = std::make_unique<const std::vector<Spelling>>(std::move(list));
    return *slot;
}

std::optional<uint32_t> Atlas::countryByName(std::string_view foldedKey) const {
    for (const auto& e : m->names.find(foldedKey))
        if (e.ref.table == EntryRef::Table::Country) return e.ref.index;
    return std::nullopt;
}

std::optional<uint32_t> Atlas::countryByDemonym(std::string_view word) const {
    auto it = m->demonyms.find(foldKey(word));
    if (it == m->demonyms.end()) return std::nullopt;
    return it->second;
}

std::optional<uint32_t> Atlas::admin1ByCode(std::string_view code) const {
    auto it = m->admin1Codes.find(std::string(code));
    if (it == m->admin1Codes.end()) return std::nullopt;
    return it->second;
}

Candidate Atlas::candidate(EntryRef ref) const { return m->candidate(ref, kPrimaryMatch); }

std::optional<uint32_t> Atlas::countryAt(LatLon p) const {
    return m->regionAt(m->countryGrid, m->countryIdx, m->d.countries, p);
}
std::optional<uint32_t> Atlas::admin1At(LatLon p) const {
    return m->regionAt(m->admin1Grid, m->admin1Idx, m->d.admin1, p);
}

bool Atlas::regionContains(Kind level, uint32_t index, LatLon p) const {
    const auto& idx = level == Kind::Admin1 ? m->admin1Idx : m->countryIdx;
    assert(index < idx.size() && "region index out of range for this level");
    return idx[index].get().contains(p);
}

std::optional<uint32_t> Atlas::seaAt(LatLon p) const {
    // Seas are curated label points with an extent; the nearest one relative to its extent names the water. An ocean
    // names only the water within no other sea's extent: its extent is so wide that it would otherwise take the edges
    // of the seas it borders (the Alboran Sea is nearer the Atlantic's centre, for its 6,000 km, than the
    // Mediterranean's).
    std::optional<uint32_t> best;
    double bestRatio = 1.0;
    bool bestOcean = true;
    for (uint32_t i : m->seas) {
        const Feature& f = m->d.features[i];
        if (f.radiusKm <= 0) continue;
        const double approx = approxMeters(p, f.pos);
        if (approx > 1.2 * f.radiusKm * 1000) continue;
        const double ratio = geodesy::distanceMeters(p, f.pos) / (f.radiusKm * 1000);
        const bool ocean = f.type == "ocean";
        if (ratio >= 1 || (ocean && !bestOcean && best)) continue;
        if (ratio < bestRatio || (bestOcean && !ocean) || !best) { bestRatio = ratio; best = i; bestOcean = ocean; }
    }
    return best;
}

namespace {
// One extent lies inside the other (the Aegean's inside the Mediterranean's): the two are one water for a share.
bool nestedSeas(const Feature& a, const Feature& b) {
    const double d = geodesy::distanceMeters(a.pos, b.pos) / 1000;
    return d + std::min(a.radiusKm, b.radiusKm) <= std::max(a.radiusKm, b.radiusKm);
}
} // namespace

bool Atlas::seaShareHolds(uint32_t sea, LatLon p) const {
    const Feature& own = m->d.features.at(sea);
    if (own.radiusKm <= 0 || geodesy::distanceMeters(p, own.pos) > own.radiusKm * 1000) return false;
    const auto named = seaAt(p);
    return named && (*named == sea || nestedSeas(own, m->d.features[*named]));
}

std::vector<LatLon> Atlas::seaShareOutline(uint32_t sea, int n) const {
    const Feature& own = m->d.features.at(sea);
    const double extent = own.radiusKm * 1000;
    std::vector<LatLon> out;
    out.reserve(static_cast<size_t>(n));
    constexpr int kSteps = 64, kHalvings = 2;
    // The farthest water of the share on each bearing: past a cape or an island the ray goes on ("the Red Sea" reaches
    // Suez), but a coast with no more of the share's water beyond it ends it ("the Gulf of Oman" does not cover Muscat).
    const auto holds = [&](LatLon p) { return seaShareHolds(sea, p) && !countryAt(p); };
    for (int i = 0; i < n; ++i) {
        const double az = 360.0 * i / n - 180;
        double inside = 0, outside = extent;
        for (int s = 1; s <= kSteps; ++s) {
            const double r = extent * s / kSteps;
            const LatLon p = geodesy::direct(own.pos, az, std::min(r, extent - 1));
            if (!seaShareHolds(sea, p)) break;
            if (countryAt(p)) continue;
            inside = r;
            outside = std::min(extent, r + extent / kSteps);
        }
        for (int h = 0; h < kHalvings && outside - inside > 1; ++h) {
            const double mid = 0.5 * (inside + outside);
            (holds(geodesy::direct(own.pos, az, mid)) ? inside : outside) = mid;
        }
        out.push_back(geodesy::direct(own.pos, az, inside));
    }
    return out;
}

std::optional<uint32_t> Atlas::seaFeature(std::string_view name, LatLon pos) const {
    for (uint32_t i : m->seas) {
        const Feature& f = m->d.features[i];
        if (approxMeters(f.pos, pos) > 1000) continue;
        if (f.name == name || std::find(f.altNames.begin(), f.altNames.end(), name) != f.altNames.end()) return i;
    }
    return std::nullopt;
}

std::optional<NearestPlace> Atlas::nearestPlace(LatLon p, double maxMeters) const {
    if (!p.isValid()) return std::nullopt;
    const int r0 = RegionGrid::row(p.lat), c0 = RegionGrid::col(p.lon);
    const double cosLat = std::max(0.01, std::cos(p.lat * kDegToRad));
    // Keep the three nearest by the cheap metric, then decide on the ellipsoid.
    std::vector<std::pair<double, uint32_t>> best;
    const auto consider = [&](uint32_t i) {
        const LatLon q = m->d.places[i].pos;
        // Latitude alone already puts it past the limit or the third best: no need for the full metric.
        const double limit = best.size() == 3 ? best.back().first : maxMeters * 1.01;
        if (std::fabs(q.lat - p.lat) * 111195.0 > limit) return;
        const double d = approxMeters(p, q);
        if (d > maxMeters * 1.01) return;
        best.emplace_back(d, i);
        std::sort(best.begin(), best.end());
        if (best.size() > 3) best.pop_back();
    };
    // Rings of cells around the point, nearest first, until the three best are nearer than the next ring; past ring
    // kRings (open sea, deserts, polar regions: few places) the rest of the search box is scanned row by row,
    // skipping empty stretches of a row through its prefix counts. Rows further than `rows` are beyond maxMeters in
    // latitude alone (regression: a point at 89.9°N walked 180 full squares of cells, 0.1 s per point).
    const int maxRing = std::min(static_cast<int>(std::ceil(maxMeters / (111195.0 * cosLat))) + 1, 180);
    const int rows = std::min(static_cast<int>(std::ceil(maxMeters / 111195.0)) + 1, maxRing);
    constexpr int kRings = 6;
    const auto settled = [&](int ring) { // every cell of this ring is at least (ring - 1) cells away
        const double ringMin = (ring - 1) * 111195.0 * (ring > 0 ? std::min(1.0, cosLat) : 1.0);
        return best.size() == 3 && ring > 1 && ringMin > best.back().first;
    };
    for (int ring = 0; ring <= std::min(kRings, maxRing); ++ring) {
        if (settled(ring)) return m->closestOf(p, best, maxMeters);
        if (ring <= rows)
            for (const int dr : {-ring, ring}) {
                m->scanRow(r0 + dr, c0 - ring, 2 * ring + 1, consider);
                if (ring == 0) break;
            }
        for (int dr = std::max(-ring + 1, -rows); dr <= std::min(ring - 1, rows); ++dr) {
            m->scanRow(r0 + dr, c0 - ring, 1, consider);
            m->scanRow(r0 + dr, c0 + ring, 1, consider);
        }
    }
    if (maxRing > kRings && !settled(kRings + 1)) {
        const int width = std::min(2 * maxRing + 1, 360); // columns of the box, never one column twice
        const int inner = 2 * kRings + 1;
        for (int dr = -rows; dr <= rows; ++dr) {
            if (std::abs(dr) > kRings) {
                m->scanRow(r0 + dr, c0 - width / 2, width, consider);
            } else { // the ring cells of this row are done: the stretches east and west of them
                const int east = (width - inner + 1) / 2, west = (width - inner) / 2;
                m->scanRow(r0 + dr, c0 + kRings + 1, east, consider);
                m->scanRow(r0 + dr, c0 - kRings - west, west, consider);
            }
        }
    }
    return m->closestOf(p, best, maxMeters);
}


PointInfo Atlas::locate(LatLon p) const {
    PointInfo info;
    info.country = countryAt(p);
    info.admin1 = admin1At(p);
    if (!info.country && !info.admin1) info.sea = seaAt(p);
    info.nearest = nearestPlace(p);
    return info;
}

namespace {

struct Sample {
    LatLon p;
    double w; // relative area of the grid cell (cos lat)
};

// Unit vector (east, north) of a compass sector.
std::pair<double, double> sectorAxis(Sector s) {
    constexpr double h = 0.70710678118654752;
    switch (s) {
    case Sector::North: return {0, 1};
    case Sector::South: return {0, -1};
    case Sector::East: return {1, 0};
    case Sector::West: return {-1, 0};
    case Sector::NorthEast: return {h, h};
    case Sector::NorthWest: return {-h, h};
    case Sector::SouthEast: return {h, -h};
    case Sector::SouthWest: return {-h, -h};
    case Sector::Central: break;
    }
    return {0, 0};
}

// Weighted mean of the samples, with the radius of a disc of their total area (cellKm2 per unit weight).
AreaPart meanOf(const std::vector<Sample>& v, double cellKm2) {
    double w = 0, lat = 0, lon = 0;
    for (const auto& s : v) { w += s.w; lat += s.w * s.p.lat; lon += s.w * s.p.lon; }
    if (w <= 0) return {};
    return {{lat / w, lon / w}, std::sqrt(w * cellKm2 / kPi)};
}

} // namespace

std::optional<AreaPart> Atlas::regionPart(Kind level, uint32_t index, Sector sector) const {
    const uint64_t key = (1ull << 60) | (static_cast<uint64_t>(level) << 48) | (static_cast<uint64_t>(sector) << 40) | index;
    return m->cachedArea(key, [&] { return regionPartUncached(level, index, sector); });
}

std::optional<AreaPart> Atlas::regionPartUncached(Kind level, uint32_t index, Sector sector) const {
    assert((level == Kind::Country || level == Kind::Admin1) && "parts are of countries or first-level divisions");
    const auto& regions = level == Kind::Admin1 ? m->d.admin1 : m->d.countries;
    if (index >= regions.size()) return std::nullopt;
    const Region& r = regions[index];
    if (sector == Sector::Central) {
        // The heartland: population-weighted centre of the region's populated places.
        double w = 0, lat = 0, lon = 0;
        for (const auto& p : m->d.places) {
            if (p.iso2 != r.iso2 || p.population <= 0) continue;
            if (level == Kind::Admin1 && p.admin1Code != r.code) continue;
            w += static_cast<double>(p.population);
            lat += static_cast<double>(p.population) * p.pos.lat;
            lon += static_cast<double>(p.population) * p.pos.lon;
        }
        // Inside the body's box is enough: Israel's heartland centre falls a kilometre over the Green Line.
        const BBox& box = r.bodyBox.empty() ? r.bbox : r.bodyBox;
        if (w > 0 && box.contains({lat / w, lon / w}))
            return AreaPart{{lat / w, lon / w}, std::max(30.0, 0.35 * m->regionRadiusKm(r))};
    }
    // Grid samples over the main body: 48 x 48 cells.
    const BBox& b = r.bodyBox.empty() ? r.bbox : r.bodyBox;
    constexpr int kN = 48;
    const double dLat = (b.maxLat - b.minLat) / kN, dLon = (b.maxLon - b.minLon) / kN;
    if (!(dLat > 0) || !(dLon > 0)) return std::nullopt;
    std::vector<Sample> in;
    for (int i = 0; i < kN; ++i)
        for (int j = 0; j < kN; ++j) {
            const LatLon p{b.minLat + (i + 0.5) * dLat, b.minLon + (j + 0.5) * dLon};
            if (regionContains(level, index, p)) in.push_back({p, std::cos(p.lat * kDegToRad)});
        }
    if (in.empty()) return std::nullopt;
    const double cellKm2 = dLat * dLon * 111.195 * 111.195;
    const AreaPart whole = meanOf(in, cellKm2);
    const double cosLat = std::cos(whole.centre.lat * kDegToRad);
    // Rank samples: along the sector's axis, or for Central by distance from the centre in units of the spread.
    double sx = 0, sy = 0, sw = 0;
    for (const auto& s : in) {
        const double x = (s.p.lon - whole.centre.lon) * cosLat, y = s.p.lat - whole.centre.lat;
        sx += s.w * x * x; sy += s.w * y * y; sw += s.w;
    }
    sx = std::sqrt(std::max(sx / sw, 1e-9)); sy = std::sqrt(std::max(sy / sw, 1e-9));
    const auto [ax, ay] = sectorAxis(sector);
    std::vector<std::pair<double, size_t>> order;
    order.reserve(in.size());
    for (size_t k = 0; k < in.size(); ++k) {
        const double x = (in[k].p.lon - whole.centre.lon) * cosLat, y = in[k].p.lat - whole.centre.lat;
        const double key = sector == Sector::Central ? std::hypot(x / sx, y / sy) : -(x * ax + y * ay);
        order.emplace_back(key, k);
    }
    std::sort(order.begin(), order.end());
    std::vector<Sample> part;
    double w = 0;
    for (const auto& [key, k] : order) {
        if (w >= sw / 3) break;
        part.push_back(in[k]);
        w += in[k].w;
    }
    return meanOf(part, cellKm2);
}

std::optional<AreaPart> Atlas::sharedBorder(Kind levelA, uint32_t a, Kind levelB, uint32_t b) const {
    const uint64_t key = (2ull << 60) | (static_cast<uint64_t>(levelA) << 56) | (static_cast<uint64_t>(levelB) << 52) |
                         (static_cast<uint64_t>(a) << 26) | b;
    return m->cachedArea(key, [&] { return sharedBorderUncached(levelA, a, levelB, b); });
}

std::optional<AreaPart> Atlas::sharedBorderUncached(Kind levelA, uint32_t a, Kind levelB, uint32_t b) const {
    assert((levelA == Kind::Country || levelA == Kind::Admin1) && (levelB == Kind::Country || levelB == Kind::Admin1) &&
           "borders are between countries or divisions");
    const auto& regionsA = levelA == Kind::Admin1 ? m->d.admin1 : m->d.countries;
    const auto& regionsB = levelB == Kind::Admin1 ? m->d.admin1 : m->d.countries;
    if (a >= regionsA.size() || b >= regionsB.size() || (levelA == levelB && a == b)) return std::nullopt;
    BBox near = regionsB[b].bbox;
    near.minLat -= 0.1; near.maxLat += 0.1; near.minLon -= 0.1; near.maxLon += 0.1;
    // A vertex of a's boundary is on the shared border when a step off it lands in b.
    constexpr double kStep = 0.03; // degrees, about 3 km: wider than the two sources' simplification gaps
    std::vector<LatLon> on;
    for (const auto& poly : regionsA[a].shape.polygons)
        for (const auto& ring : poly.rings)
            for (const auto& v : ring.points) {
                if (!near.contains(v)) continue;
                for (const auto& [dy, dx] : {std::pair{kStep, 0.0}, {-kStep, 0.0}, {0.0, kStep}, {0.0, -kStep}})
                    if (regionContains(levelB, b, {v.lat + dy, v.lon + dx})) { on.push_back(v); break; }
            }
    if (on.empty()) return std::nullopt;
    double lat = 0, lon = 0;
    BBox extent;
    for (const auto& v : on) { lat += v.lat; lon += v.lon; extent.extend(v); }
    const LatLon centre{lat / static_cast<double>(on.size()), lon / static_cast<double>(on.size())};
    const double radiusKm =
        0.5 * geodesy::distanceMeters({extent.minLat, extent.minLon}, {extent.maxLat, extent.maxLon}) / 1000;
    return AreaPart{centre, std::max(radiusKm, 10.0)};
}

std::optional<AreaPart> Atlas::coastOn(uint32_t country, uint32_t waterFeature) const {
    const uint64_t key = (3ull << 60) | (static_cast<uint64_t>(country) << 26) | waterFeature;
    return m->cachedArea(key, [&] { return coastOnUncached(country, waterFeature); });
}

std::optional<AreaPart> Atlas::coastOnUncached(uint32_t country, uint32_t waterFeature) const {
    if (country >= m->d.countries.size() || waterFeature >= m->d.features.size()) return std::nullopt;
    const Feature& sea = m->d.features[waterFeature];
    const Region& r = m->d.countries[country];
    const double reachM = std::max(sea.radiusKm, 50.0) * 1000 * 1.2;
    std::vector<LatLon> on;
    for (const auto& poly : r.shape.polygons)
        for (const auto& ring : poly.rings)
            for (size_t i = 0; i < ring.points.size(); i += 2) { // every other vertex is plenty
                const LatLon v = ring.points[i];
                if (approxMeters(v, sea.pos) > reachM) continue;
                // The seaward side: a step from the vertex towards the water's label point.
                const double dy = sea.pos.lat - v.lat, dx = (sea.pos.lon - v.lon) * std::cos(v.lat * kDegToRad);
                const double len = std::hypot(dx, dy);
                if (len < 1e-9) continue;
                const LatLon probe{v.lat + 0.05 * dy / len, v.lon + 0.05 * dx / len / std::cos(v.lat * kDegToRad)};
                if (countryAt(probe)) continue;
                // The water off the vertex is this one, or a smaller body inside its extent (the Gulf of Sidra is
                // Mediterranean coast; the Gulf of Aden is not the Red Sea's).
                const auto w = seaAt(probe);
                if (!w) continue;
                const Feature& f = m->d.features[*w];
                if (*w == waterFeature ||
                    (f.radiusKm < sea.radiusKm && geodesy::distanceMeters(f.pos, sea.pos) < sea.radiusKm * 1000))
                    on.push_back(v);
            }
    if (on.empty()) return std::nullopt;
    double lat = 0, lon = 0;
    BBox extent;
    for (const auto& v : on) { lat += v.lat; lon += v.lon; extent.extend(v); }
    const double radiusKm =
        0.5 * geodesy::distanceMeters({extent.minLat, extent.minLon}, {extent.maxLat, extent.maxLon}) / 1000;
    return AreaPart{{lat / static_cast<double>(on.size()), lon / static_cast<double>(on.size())}, std::max(radiusKm, 20.0)};
}

std::vector<Crossing> Atlas::crossings(std::span<const LatLon> route, Kind level, double stepMeters,
                                       double toleranceMeters) const {
    assert((level == Kind::Country || level == Kind::Admin1) && "crossings are by country or first-level division");
    assert(stepMeters > 0 && toleranceMeters > 0 && "step and tolerance must be positive");
    std::vector<Crossing> out;
    if (route.size() < 2) return out;
    const auto at = [&](LatLon p) { return level == Kind::Admin1 ? admin1At(p) : countryAt(p); };
    double offset = 0;
    std::optional<uint32_t> current = at(route[0]);
    double currentStart = 0;
    for (size_t seg = 0; seg + 1 < route.size(); ++seg) {
        const geodesy::GeodesicLine line(route[seg], route[seg + 1]);
        const double len = line.length();
        const int n = std::max(1, static_cast<int>(std::ceil(len / stepMeters)));
        double prevS = 0;
        for (int i = 1; i <= n; ++i) {
            const double s = len * i / n;
            const auto here = at(line.position(s));
            if (here != current) {
                // Bisect between prevS (still `current`) and s (now `here`) for the boundary.
                double lo = prevS, hi = s;
                while (hi - lo > toleranceMeters) {
                    const double mid = 0.5 * (lo + hi);
                    if (at(line.position(mid)) == current) lo = mid;
                    else hi = mid;
                }
                const double boundary = offset + 0.5 * (lo + hi);
                out.push_back({current, currentStart, boundary});
                current = here;
                currentStart = boundary;
            }
            prevS = s;
        }
        offset += len;
    }
    out.push_back({current, currentStart, offset});
    return out;
}

} // namespace salvo::atlas
