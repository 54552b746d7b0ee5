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

// A point inside the polygon: the middle of the widest inside stretch of the horizontal line through the centroid.
LatLon interiorPoint(const Polygon& poly, LatLon centroid) {
    std::vector<double> xs;
    for (const auto& r : poly.rings)
        for (size_t i = 0, n = r.points.size(); i < n; ++i) {
            const LatLon a = r.points[i], b = r.points[(i + 1) % n];
            if ((a.lat > centroid.lat) != (b.lat > centroid.lat))
                xs.push_back(a.lon + (centroid.lat - a.lat) * (b.lon - a.lon) / (b.lat - a.lat));
        }
    std::sort(xs.begin(), xs.end());
    double bestW = -1, bestX = centroid.lon;
    for (size_t i = 0; i + 1 < xs.size(); i += 2)
        if (xs[i + 1] - xs[i] > bestW) { bestW = xs[i + 1] - xs[i]; bestX = 0.5 * (xs[i] + xs[i + 1]); }
    return {centroid.lat, bestX};
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
double approxMeters(LatLon a, LatLon b) {
    const double x = (b.lon - a.lon) * std::cos(0.5 * (a.lat + b.lat) * kDegToRad);
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
    std::vector<std::vector<uint32_t>> placeCells = std::vector<std::vector<uint32_t>>(360 * 180);
    std::vector<uint32_t> seas;

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
    void buildNames();
    void buildGeometry();

    void finishRegion(Region& r, LazyIndex& idx) {
        r.bbox = r.shape.bbox();
        for (const auto& poly : r.shape.polygons)
            for (const auto& ring : poly.rings) idx.vertexCount += ring.points.size();
        double bestArea = -1;
        const Polygon* largest = nullptr;
        r.areaKm2 = 0;
        for (const auto& poly : r.shape.polygons) {
            if (poly.rings.empty()) continue;
            double a = 0;
            ringCentroid(poly.rings[0], &a);
            r.areaKm2 += ringAreaKm2(poly.rings[0]);
            for (size_t h = 1; h < poly.rings.size(); ++h) r.areaKm2 -= ringAreaKm2(poly.rings[h]);
            if (a > bestArea) { bestArea = a; largest = &poly; }
        }
        if (largest) r.label = interiorPoint(*largest, ringCentroid(largest->rings[0], nullptr));
    }

    double regionRadiusKm(const Region& r) const { return std::sqrt(std::max(0.0, r.areaKm2) / kPi); }

    std::string admin1Name(const std::string& code) const {
        auto it = admin1Codes.find(code);
        return it == admin1Codes.end() ? std::string() : d.admin1[it->second].name;
    }

    Candidate candidate(EntryRef ref, double quality) const {
        Candidate c;
        c.ref = ref;
        switch (ref.table) {
        case EntryRef::Table::Country: {
            const Region& r = d.countries[ref.index];
            c.name = r.name; c.kind = Kind::Country; c.pos = r.label; c.iso2 = r.iso2;
            c.radiusKm = regionRadiusKm(r);
            c.score = 1.0;
            break;
        }
        case EntryRef::Table::Admin1: {
            const Region& r = d.admin1[ref.index];
            c.name = r.name; c.kind = Kind::Admin1; c.pos = r.label; c.iso2 = r.iso2; c.admin1Name = r.name;
            c.radiusKm = regionRadiusKm(r);
            c.score = 0.8;
            break;
        }
        case EntryRef::Table::Place: {
            const Place& p = d.places[ref.index];
            c.name = p.asciiName.empty() ? p.name : p.asciiName;
            c.kind = Kind::City; c.pos = p.pos; c.iso2 = p.iso2; c.population = p.population;
            c.admin1Name = admin1Name(p.admin1Code);
            c.geonameId = p.geonameId;
            // Population prior: 1,000 people -> 0.35, 1 million -> 0.65, 10 million -> 0.75; capitals and division
            // seats get a small lift (GeoNames feature codes PPLC, PPLA).
            c.score = 0.05 + 0.1 * std::log10(static_cast<double>(std::max<long long>(p.population, 1)) + 1);
            if (p.featureCode == "PPLC") c.score += 0.1;
            else if (p.featureCode == "PPLA") c.score += 0.05;
            c.score = std::min(c.score, 0.9);
            break;
        }
        case EntryRef::Table::Feature: {
            const Feature& f = d.features[ref.index];
            c.name = f.name; c.kind = f.kind; c.pos = f.pos; c.iso2 = f.iso2; c.radiusKm = f.radiusKm;
            c.score = f.kind == Kind::Sea ? 0.85 : f.kind == Kind::Base ? 0.75 : 0.5;
            break;
        }
        }
        c.score *= quality;
        return c;
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

void Atlas::Impl::buildGeometry() {
    const auto index = [this](std::vector<Region>& regions, std::vector<LazyIndex>& idx, RegionGrid& grid) {
        idx.reserve(regions.size());
        for (uint32_t i = 0; i < regions.size(); ++i) {
            Region& r = regions[i];
            idx.emplace_back();
            idx.back().shape = &r.shape;
            finishRegion(r, idx.back());
            for (const auto& poly : r.shape.polygons)
                if (!poly.rings.empty()) {
                    BBox b;
                    for (const auto& q : poly.rings[0].points) b.extend(q);
                    grid.add(i, b);
                }
        }
    };
    index(d.countries, countryIdx, countryGrid);
    index(d.admin1, admin1Idx, admin1Grid);
}

void Atlas::Impl::buildNames() {
    NameIndex::Builder b;
    for (uint32_t i = 0; i < d.countries.size(); ++i) {
        const Region& r = d.countries[i];
        const EntryRef ref{EntryRef::Table::Country, i};
        addName(b, r.name, ref, kPrimaryMatch);
        for (const auto& a : r.altNames) addName(b, a, ref, kAltMatch);
        if (!r.iso2.empty() && !iso2.count(r.iso2)) iso2[r.iso2] = i;
        for (const auto& dem : r.demonyms) {
            const std::string k = foldKey(dem);
            if (k.empty()) continue;
            demonyms.emplace(k, i);
            demonyms.emplace(k + "s", i);
        }
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
        if (!r.code.empty()) admin1Codes.emplace(r.code, i);
    }
    for (uint32_t i = 0; i < d.places.size(); ++i) {
        const Place& p = d.places[i];
        const EntryRef ref{EntryRef::Table::Place, i};
        addPlaceName(b, p.name, ref, kPrimaryMatch);
        if (!p.asciiName.empty() && p.asciiName != p.name) addPlaceName(b, p.asciiName, ref, kPrimaryMatch);
        for (const auto& a : p.altNames)
            if (!isCodeLike(a)) addPlaceName(b, a, ref, kAltMatch);
        if (p.pos.isValid())
            placeCells[static_cast<size_t>(RegionGrid::row(p.pos.lat) * 360 + RegionGrid::col(p.pos.lon))].push_back(i);
    }
    for (uint32_t i = 0; i < d.features.size(); ++i) {
        const Feature& f = d.features[i];
        const EntryRef ref{EntryRef::Table::Feature, i};
        addPlaceName(b, f.name, ref, kPrimaryMatch);
        for (const auto& a : f.altNames) addPlaceName(b, a, ref, kAltMatch);
        if (f.kind == Kind::Sea) seas.push_back(i);
    }
    names = std::move(b).build();
}

Atlas::Atlas(AtlasData data) : m(std::make_unique<Impl>()) {
    m->d = std::move(data);
    // Names and geometry touch disjoint members: index them on two threads (the machine has two cores).
    auto names = std::async(std::launch::async, [this] { m->buildNames(); });
    try {
        m->buildGeometry();
    } catch (...) {
        names.wait();
        throw;
    }
    names.get();
}

Atlas::~Atlas() = default;
Atlas::Atlas(Atlas&&) noexcept = default;
Atlas& Atlas::operator=(Atlas&&) noexcept = default;

const std::vector<Region>& Atlas::countries() const { return m->d.countries; }
const std::vector<Region>& Atlas::admin1() const { return m->d.admin1; }
const std::vector<Place>& Atlas::places() const { return m->d.places; }
const std::vector<Feature>& Atlas::features() const { return m->d.features; }

std::vector<Candidate> Atlas::lookup(std::string_view name, const LookupOptions& opt) const {
    std::vector<Candidate> out;
    const auto hits = m->names.find(foldKey(name));
    out.reserve(hits.size());
    for (const auto& [ref, q] : hits) {
        if (!opt.includePlaces && ref.table == EntryRef::Table::Place) continue;
        Candidate c = m->candidate(ref, q);
        if (!opt.country.empty() && c.iso2 != opt.country) continue;
        out.push_back(std::move(c));
    }
    // Stable order for equal scores: larger population first, then the table order (deterministic output).
    std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
        if (a.score != b.score) return a.score > b.score;
        return a.population > b.population;
    });
    if (out.size() > opt.limit) out.resize(opt.limit);
    // Record the key that matched as written by the caller.
    for (auto& c : out) c.matchedName = std::string(name);
    return out;
}

bool Atlas::hasKey(std::string_view foldedKey) const { return m->names.contains(foldedKey); }
int Atlas::maxNameWords() const { return m->names.maxWords(); }

std::optional<uint32_t> Atlas::countryByIso2(std::string_view iso2) const {
    auto it = m->iso2.find(std::string(iso2));
    if (it == m->iso2.end()) return std::nullopt;
    return it->second;
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
    // Seas are curated label points with an extent; the nearest one relative to its extent names the water.
    std::optional<uint32_t> best;
    double bestRatio = 1.0;
    for (uint32_t i : m->seas) {
        const Feature& f = m->d.features[i];
        if (f.radiusKm <= 0) continue;
        const double approx = approxMeters(p, f.pos);
        if (approx > 1.2 * f.radiusKm * 1000) continue;
        const double ratio = geodesy::distanceMeters(p, f.pos) / (f.radiusKm * 1000);
        if (ratio < bestRatio) { bestRatio = ratio; best = i; }
    }
    return best;
}

std::optional<NearestPlace> Atlas::nearestPlace(LatLon p, double maxMeters) const {
    if (!p.isValid()) return std::nullopt;
    const int r0 = RegionGrid::row(p.lat), c0 = RegionGrid::col(p.lon);
    const double cosLat = std::max(0.01, std::cos(p.lat * kDegToRad));
    // Keep the three nearest by the cheap metric, then decide on the ellipsoid.
    std::vector<std::pair<double, uint32_t>> best;
    const auto consider = [&](uint32_t i) {
        const double d = approxMeters(p, m->d.places[i].pos);
        if (d > maxMeters * 1.01) return;
        best.emplace_back(d, i);
        std::sort(best.begin(), best.end());
        if (best.size() > 3) best.pop_back();
    };
    const int maxRing = static_cast<int>(std::ceil(maxMeters / (111195.0 * cosLat))) + 1;
    for (int ring = 0; ring <= std::min(maxRing, 180); ++ring) {
        // Every cell of this ring is at least (ring - 1) cells away in latitude or longitude.
        const double ringMin = (ring - 1) * 111195.0 * (ring > 0 ? std::min(1.0, cosLat) : 1.0);
        if (best.size() == 3 && ring > 1 && ringMin > best.back().first) break;
        for (int dr = -ring; dr <= ring; ++dr)
            for (int dc = -ring; dc <= ring; ++dc) {
                if (std::max(std::abs(dr), std::abs(dc)) != ring) continue;
                const int r = r0 + dr;
                if (r < 0 || r >= 180) continue;
                const int c = ((c0 + dc) % 360 + 360) % 360;
                for (uint32_t i : m->placeCells[static_cast<size_t>(r * 360 + c)]) consider(i);
            }
    }
    std::optional<NearestPlace> out;
    for (const auto& [approx, i] : best) {
        const double d = geodesy::distanceMeters(p, m->d.places[i].pos);
        if (d <= maxMeters && (!out || d < out->distanceMeters)) out = NearestPlace{i, d};
    }
    return out;
}

PointInfo Atlas::locate(LatLon p) const {
    PointInfo info;
    info.country = countryAt(p);
    info.admin1 = admin1At(p);
    if (!info.country && !info.admin1) info.sea = seaAt(p);
    info.nearest = nearestPlace(p);
    return info;
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
