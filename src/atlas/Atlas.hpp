#pragma once
// Atlas: the world in memory — countries, first-level divisions, populated places, seas and other named features —
// answering "what is this name" (ranked candidates), "what is at this point" (country, division, sea, nearest place)
// and "what does this route cross" (ordered regions with entry/exit distances along a densified geodesic).
// Built from geodata/ by io::loadAtlas, or from literal tables in tests (AtlasData). Polygons are planar in lon/lat
// (Natural Earth splits them at the antimeridian), so point-in-polygon is exact for the data as drawn.
//   const auto atlas = salvo::io::loadAtlas(dataDir);
//   auto info = atlas.locate({35.95, 39.01});        // Syria / Raqqa / Ar Raqqah
//   auto hits = atlas.lookup("Hama");                // city and province, best first
#include "core/LatLon.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace salvo::atlas {

enum class Kind : uint8_t { Country, Admin1, City, Sea, Base, Region, Point };
std::string_view toString(Kind k);

struct Ring {
    std::vector<LatLon> points; // closed implicitly (last != first is fine)
};
struct Polygon {
    std::vector<Ring> rings; // rings[0] outer, the rest holes
};
struct MultiPolygon {
    std::vector<Polygon> polygons;
    BBox bbox() const;
};

// A country or first-level division.
struct Region {
    Kind kind = Kind::Country;
    std::string name;                 // English name news text uses ("Homs", "West Azerbaijan")
    std::vector<std::string> altNames;
    std::vector<std::string> demonyms; // countries only ("Russian", "Syrian")
    std::string iso2;                 // country code (also for divisions: their country)
    std::string iso3;                 // countries only
    std::string code;                 // divisions: GeoNames admin1 code ("SY.04"); countries: iso2
    std::string typeName;             // divisions: "Province", "Governorate", ...
    MultiPolygon shape;
    BBox bbox;                        // filled by Atlas
    LatLon label;                     // a point inside, filled by Atlas (area-weighted centre of the main body)
    BBox bodyBox;                     // filled by Atlas: box of the main body (the largest part and its strips)
    double areaKm2 = 0;               // filled by Atlas (ellipsoidal area)
};

// A GeoNames populated place.
struct Place {
    long long geonameId = 0;
    std::string name;       // as GeoNames writes it, diacritics included ("Ḩamāh")
    std::string asciiName;  // "Hamah"
    std::vector<std::string> altNames; // Latin-script alternates ("Hama")
    LatLon pos;
    std::string featureCode; // "PPLA", "PPLC", ...
    std::string iso2;
    std::string admin1Code;  // "SY.10"
    long long population = 0;
    std::string timezone;    // IANA zone ("Asia/Damascus")
};

// A curated named feature: sea, gulf, strait, lake, air base, airfield, village missing from GeoNames, ...
struct Feature {
    std::string name;
    std::vector<std::string> altNames;
    Kind kind = Kind::Point;     // Sea for water bodies, Base for military sites, City for settlements, Region
    std::string type;            // finer type as written in the file: sea, gulf, strait, lake, airbase, village ...
    LatLon pos;
    double radiusKm = 0;         // water bodies and regions: rough extent around pos
    std::string iso2;            // empty for international waters
    std::string source;          // citation for the coordinate
};

// What the loaders hand over; the Atlas indexes it.
struct AtlasData {
    std::vector<Region> countries;
    std::vector<Region> admin1;
    std::vector<Place> places;
    std::vector<Feature> features;
    std::vector<std::pair<std::string, std::string>> aliases; // ("U.S.", "US"): extra names for countries by iso2
};

// Which table an entry lives in, and where.
struct EntryRef {
    enum class Table : uint8_t { Country, Admin1, Place, Feature } table = Table::Country;
    uint32_t index = 0;
    friend bool operator==(const EntryRef&, const EntryRef&) = default;
};

struct Candidate {
    EntryRef ref;
    std::string name;        // display name (English/ASCII where available)
    std::string matchedName; // the name or alternate that matched
    Kind kind = Kind::Point;
    LatLon pos;
    std::string iso2;
    std::string admin1Name;  // English name of its first-level division, if known
    long long population = 0;
    double radiusKm = 0;     // area extent for regions and seas, 0 for points
    double score = 0;        // 0..1; prior from kind, population and name quality
    long long geonameId = 0;
};

struct LookupOptions {
    std::string country;     // ISO2 filter; empty for none
    size_t limit = 10;
    bool includePlaces = true;
};

// Which part of an area a descriptive phrase means: "eastern Syria", "central Yemen", "northwest Pakistan".
enum class Sector : uint8_t { North, South, East, West, NorthEast, NorthWest, SouthEast, SouthWest, Central };

// A described area: its centre and the radius of a disc of the same area (km).
struct AreaPart {
    LatLon centre;
    double radiusKm = 0;
};

struct NearestPlace {
    uint32_t index = 0;
    double distanceMeters = 0;
};

struct PointInfo {
    std::optional<uint32_t> country; // index into countries()
    std::optional<uint32_t> admin1;  // index into admin1()
    std::optional<uint32_t> sea;     // index into features() (a water body), only when on no country
    std::optional<NearestPlace> nearest;
};

// One stretch of a route inside (or outside, index empty) a region of one level.
struct Crossing {
    std::optional<uint32_t> region; // index into countries() or admin1(); empty over water / unclaimed land
    double entryMeters = 0;         // along the route from its start
    double exitMeters = 0;
};

class NameIndex;

// A populated place's or first-level division's spelling skeleton (salvo::spellingSkeleton of its ASCII name).
struct Spelling {
    std::string joined;   // the skeleton with its spaces left out ("al bukamal" and "albu kamal" meet): the sort key
    std::string skeleton;
    EntryRef ref;         // Table::Place or Table::Admin1
};

class Atlas {
public:
    explicit Atlas(AtlasData data);
    // For the atlas image (AtlasImage.hpp): an atlas from data whose regions already carry their derived fields
    // (bbox, label, bodyBox, areaKm2) and from its built name index, as an earlier Atlas(AtlasData) computed them;
    // nothing of that is recomputed, so answers are the same.
    static Atlas fromPrepared(AtlasData data, NameIndex names);
    const NameIndex& nameIndex() const;
    ~Atlas();
    Atlas(Atlas&&) noexcept;
    Atlas& operator=(Atlas&&) noexcept;

    const std::vector<Region>& countries() const;
    const std::vector<Region>& admin1() const;
    const std::vector<Place>& places() const;
    const std::vector<Feature>& features() const;

    // [names]
    std::vector<Candidate> lookup(std::string_view name, const LookupOptions& opt = {}) const;
    // True when the folded key (foldKey) is a known name; cheap, for longest-match scanning over text.
    bool hasKey(std::string_view foldedKey) const;
    // The most words any known name has (bounds the longest-match window).
    int maxNameWords() const;
    std::optional<uint32_t> countryByIso2(std::string_view iso2) const;
    // The IANA zone of the country's most populous place ("Asia/Damascus" for SY), empty when none; computed at load.
    std::string_view countryTimezone(std::string_view iso2) const;
    // The seat of a first-level division (GeoNames PPLA: Zaporizhia for Zaporizhzhia Oblast), index into places().
    std::optional<uint32_t> admin1Seat(uint32_t admin1Index) const;
    // The country's capital (GeoNames PPLC, the most populous if several: Kabul for AF), index into places().
    std::optional<uint32_t> capitalOf(std::string_view iso2) const;
    // The spellings of a country's populated places and divisions, sorted by `joined`. Built on first use per country
    // and kept (thread-safe): a report's unknown names are compared with the same few countries' places every time.
    const std::vector<Spelling>& spellingsIn(std::string_view iso2) const;
    // The country whose name or alias is this folded key ("us", "iran"), without building candidates.
    std::optional<uint32_t> countryByName(std::string_view foldedKey) const;
    // A demonym ("Russian", "Iranian") or its plural, folded or not; the country index.
    std::optional<uint32_t> countryByDemonym(std::string_view word) const;
    std::optional<uint32_t> admin1ByCode(std::string_view code) const;
    Candidate candidate(EntryRef ref) const;

    // [points]
    std::optional<uint32_t> countryAt(LatLon p) const;
    std::optional<uint32_t> admin1At(LatLon p) const;
    std::optional<uint32_t> seaAt(LatLon p) const; // only for points on no country
    // The water the seas' division gives a curated sea (features() index): points within its extent that seaAt names
    // after it or after a sea nested with it (one whose extent lies inside the other's: the Aegean and the
    // Mediterranean), never those nearer, for their extent, to a neighbour (the Gulf of Aden for the Red Sea). Land is
    // not tested: callers that need water only also test countryAt.
    bool seaShareHolds(uint32_t sea, LatLon p) const;
    // That share's water as a polygon around the sea's position: on each of n bearings, the distance out to where the
    // share ends or land begins (within 1/256 of the extent), so star-shaped from the position.
    std::vector<LatLon> seaShareOutline(uint32_t sea, int n = 128) const;
    // The curated sea of this name (as written, or an alternative name) at this position (within 1 km), if any: the
    // feature a scenario place was read from.
    std::optional<uint32_t> seaFeature(std::string_view name, LatLon pos) const;
    std::optional<NearestPlace> nearestPlace(LatLon p, double maxMeters = 200e3) const;
    PointInfo locate(LatLon p) const;
    bool regionContains(Kind level, uint32_t index, LatLon p) const;

    // [areas] Described parts of regions, for phrases that name no gazetteer entry. Cost: a few thousand point
    // queries each (well under a millisecond once the region's polygon index is built).
    // The third of the region's main body (by area) furthest in the sector's direction, or for Central the
    // population-weighted centre of its populated places (news "central Yemen" is Bayda and Dhamar, not the empty
    // middle of the map; falls back to the middle third by area where no place is known).
    std::optional<AreaPart> regionPart(Kind level, uint32_t index, Sector sector) const;
    // The middle of the border two regions share (radius: half its extent); nullopt when they do not touch ("the
    // Syrian-Lebanese border"; "the Israel-Gaza border" is a country against a division).
    std::optional<AreaPart> sharedBorder(Kind levelA, uint32_t a, Kind levelB, uint32_t b) const;
    // The stretch of a country's coast that faces a water body (curated feature index): the centre of the boundary
    // vertices within that water's extent whose seaward side is on no country ("Libya's Mediterranean coast").
    std::optional<AreaPart> coastOn(uint32_t country, uint32_t waterFeature) const;

    // [crossings] The route is a polyline of geodesic segments; it is densified every stepMeters (default 2 km) and
    // boundaries are refined by bisection to within toleranceMeters (default 50 m).
    std::vector<Crossing> crossings(std::span<const LatLon> route, Kind level, double stepMeters = 2000,
                                    double toleranceMeters = 50) const;

private:
    Atlas();
    std::optional<AreaPart> regionPartUncached(Kind level, uint32_t index, Sector sector) const;
    std::optional<AreaPart> sharedBorderUncached(Kind levelA, uint32_t a, Kind levelB, uint32_t b) const;
    std::optional<AreaPart> coastOnUncached(uint32_t country, uint32_t waterFeature) const;

    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace salvo::atlas
