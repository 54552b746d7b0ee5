#pragma once
// Scenario: the central, versioned, human-editable model (schema "salvo.scenario/1", see docs/DESIGN.md). What
// extraction produced (places, claims, events, each traceable to a sentence), the analyst's overrides, and the
// assumptions the simulation needs, each with a value, unit, range and source. Saving and reloading reproduces the
// same simulation. Positions are WGS84 degrees, lat before lon; times are UTC.
//   auto r = salvo::scenario::fromJson(text);            // Result<Scenario>, diagnostics name the field
//   std::string out = salvo::scenario::toJson(*r).dump(2);
#include "core/Diagnostic.hpp"
#include "core/LatLon.hpp"
#include "core/Time.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace salvo::scenario {

inline constexpr std::string_view kSchema = "salvo.scenario/1";
// At most this many places, claims, events, assumptions or overrides in one scenario file: far above any report (the
// sample has 5 events), and it bounds the time and memory a simulation takes (each event costs milliseconds and
// about 100 KiB; a file with 100,000 events ran for minutes in gigabytes before this limit).
inline constexpr size_t kMaxListItems = 5000;
// At most this many munitions in one event's count (and in a count override): more than any salvo reported. What a
// whole scenario may launch at once is sim's budget (sim::kMaxTracks).
inline constexpr long long kMaxCount = 1000000;
// Objects and arrays nested at most this deep: a scenario needs 5 (an assumption's list of [lat, lon] waypoints).
// Copying or destroying a JSON tree recurses once per level: 60,000 levels overflowed the stack.
inline constexpr size_t kMaxJsonDepth = 64;

struct Source {
    std::string title;
    std::string publisher;
    std::string published; // "YYYY-MM-DD" (the dateline), empty when unknown
    std::string sha256;    // of the article bytes
    std::string path;
};

struct Sentence {
    int index = 0;
    size_t start = 0, end = 0; // byte offsets in the article
    std::string text;
    std::string heading;       // the section heading it sits under, if any
};

struct Mention {
    size_t start = 0, end = 0; // byte offsets in the article
    int sentence = -1;
    std::string text;
    std::string role = "literal"; // literal | metonymic | modifier | dateline (the place a report was filed from)
};

struct Candidate {
    std::string name;
    std::string kind;     // country | admin1 | city | sea | base | region | point
    LatLon pos;
    std::string country;  // ISO 3166-1 alpha-2, empty for seas
    std::string admin1;
    double score = 0;     // 0..1, higher is better
    long long geonamesId = 0; // 0 when not from GeoNames
};

struct Place {
    std::string id;
    std::string name;
    std::string kind = "point";      // country | admin1 | city | sea | base | region | point
    LatLon pos;
    std::string country;
    std::string admin1;
    std::string precision = "point"; // point | admin1 | country | sea | region
    double radiusMeters = 0;         // extent of the area the name stands for (0 for a point)
    std::optional<long long> geonamesId;
    std::vector<Candidate> candidates; // what the geocoder weighed, best first (the chosen one included)
    std::vector<Mention> mentions;
};

// A smaller area whose centre lies within `area`'s extent ("about 3,200 kilometers east of Japan" in the Pacific
// Ocean): it says more precisely where than `area` does.
bool liesInside(const Place& inner, const Place& area);

struct Claim {
    std::string id;
    std::string quantity;   // launched | targets | destroyed | crashed | reached | strikes | casualties | troops | ...
    double value = 0;
    std::string op = "=";   // = | > | >= | < | <= | ~
    std::string unit;       // "missiles", "targets", "km", ...
    std::string speaker;    // who asserted it, as the text names them; empty when unattributed
    std::string stance = "stated"; // stated | reported | confirmed | denied | assessed
    std::string event;      // event id or empty
    int sentence = -1;
    std::string text;       // the number expression as written
    size_t start = 0, end = 0;
};

struct EventTime {
    UtcTime start, end;
    TimePrecision precision = TimePrecision::Day;
    std::string text; // the expression it came from ("on Wednesday", "overnight")
};

struct Event {
    std::string id;
    std::string kind;      // launch | strike | crash | intercept | airspace_violation | flight
    std::string actor;     // "RU", "US-led coalition", ... as resolved; empty when unknown
    std::string munition;  // catalogue key or the text's words ("cruise missile"); empty when unknown
    std::optional<int> count;
    std::optional<std::string> from; // place id
    std::vector<std::string> to;     // place ids
    std::optional<EventTime> time;
    std::vector<std::string> claims;
    std::vector<int> sentences;
    std::string speaker;   // the attribution of the event's main sentence
    std::string related;   // id of an event this one refines (a crash that belongs to a launch), or empty
};

// An input the simulation needs that the text may not give. value is JSON so that points, lists and numbers fit:
// numbers (munition.speed_mps), [lat, lon] (launch.point), [[lat, lon], ...] (route.waypoints), ["IR", "IQ"]
// (airspace.permitted), {"lat","lon","radius_m","name"} (crash.site).
struct Assumption {
    std::string key;
    nlohmann::json value;
    std::string unit;
    std::optional<double> min, max;
    std::string source;     // citation or rationale; never empty
    std::string appliesTo;  // event id, or empty for the whole scenario
};

struct Override {
    std::string target; // place / event id
    std::string field;  // "choice" (candidate index), "lat", "lon", "count", ...
    nlohmann::json value;
    std::string note;
};

struct Scenario {
    Source source;
    std::vector<Sentence> sentences;
    std::vector<Place> places;
    std::vector<Claim> claims;
    std::vector<Event> events;
    std::vector<Assumption> assumptions;
    std::vector<Override> overrides;
    Diagnostics diagnostics; // what extraction could not settle; saved for the Problems panel

    const Place* place(std::string_view id) const;
    Place* place(std::string_view id);
    const Event* event(std::string_view id) const;
    Event* event(std::string_view id);
    const Claim* claim(std::string_view id) const;
    // The assumption for key that applies to eventId (an event-specific one wins over a scenario-wide one).
    const Assumption* assumption(std::string_view key, std::string_view eventId = {}) const;
};

nlohmann::json toJson(const Scenario& s);
// Validates as it reads: schema and version, types, finite numbers, latitude/longitude ranges, references between
// events, places and claims. The diagnostic's `where` is the JSON path ("events[2].from").
Result<Scenario> fromJson(const nlohmann::json& j);
Result<Scenario> fromJsonText(std::string_view text);
// What in a scenario built in memory (an article's) lies past the limits above, which the reader would refuse: one
// line ("event e1 counts 11111111 munitions, more than the 1000000 one event may launch"), or nothing. The loader
// refuses such an article in those words, and the article fuzzer accepts that refusal and no other.
std::optional<std::string> pastLimits(const Scenario& s);

// Applies overrides (candidate choice, coordinates, counts) to a copy; unknown targets become warnings.
Scenario applyOverrides(const Scenario& s, Diagnostics* diags = nullptr);

} // namespace salvo::scenario
