#include "scenario/Scenario.hpp"

#include "geodesy/Geodesic.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <set>

namespace salvo::scenario {

using nlohmann::json;

const Place* Scenario::place(std::string_view id) const {
    for (const auto& p : places) if (p.id == id) return &p;
    return nullptr;
}
Place* Scenario::place(std::string_view id) {
    for (auto& p : places) if (p.id == id) return &p;
    return nullptr;
}
const Event* Scenario::event(std::string_view id) const {
    for (const auto& e : events) if (e.id == id) return &e;
    return nullptr;
}
Event* Scenario::event(std::string_view id) {
    for (auto& e : events) if (e.id == id) return &e;
    return nullptr;
}
const Claim* Scenario::claim(std::string_view id) const {
    for (const auto& c : claims) if (c.id == id) return &c;
    return nullptr;
}
const Assumption* Scenario::assumption(std::string_view key, std::string_view eventId) const {
    const Assumption* general = nullptr;
    for (const auto& a : assumptions) {
        if (a.key != key) continue;
        if (!eventId.empty() && a.appliesTo == eventId) return &a;
        if (a.appliesTo.empty() && !general) general = &a;
    }
    return general;
}

// [SECTION] writing ---------------------------------------------------------------------------------------------------

namespace {
json candidateJson(const Candidate& c) {
    json j{{"name", c.name}, {"kind", c.kind}, {"lat", c.pos.lat}, {"lon", c.pos.lon},
           {"country", c.country}, {"admin1", c.admin1}, {"score", c.score}};
    if (c.geonamesId) j["geonames_id"] = c.geonamesId;
    return j;
}
json timeJson(const EventTime& t) {
    return {{"start", formatIsoUtc(t.start)}, {"end", formatIsoUtc(t.end)},
            {"precision", std::string(toString(t.precision))}, {"text", t.text}};
}
json optString(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }
} // namespace

json toJson(const Scenario& s) {
    json j;
    j["schema"] = std::string(kSchema);
    j["source"] = {{"title", s.source.title}, {"publisher", s.source.publisher}, {"published", s.source.published},
                   {"sha256", s.source.sha256}, {"path", s.source.path}};
    j["sentences"] = json::array();
    for (const auto& x : s.sentences) {
        json sj{{"index", x.index}, {"start", x.start}, {"end", x.end}, {"text", x.text}};
        if (!x.heading.empty()) sj["heading"] = x.heading;
        j["sentences"].push_back(std::move(sj));
    }
    j["places"] = json::array();
    for (const auto& p : s.places) {
        json pj{{"id", p.id}, {"name", p.name}, {"kind", p.kind}, {"lat", p.pos.lat}, {"lon", p.pos.lon},
                {"country", p.country}, {"admin1", p.admin1}, {"precision", p.precision},
                {"radius_m", p.radiusMeters}};
        if (p.geonamesId) pj["geonames_id"] = *p.geonamesId;
        pj["candidates"] = json::array();
        for (const auto& c : p.candidates) pj["candidates"].push_back(candidateJson(c));
        pj["mentions"] = json::array();
        for (const auto& m : p.mentions)
            pj["mentions"].push_back({{"start", m.start}, {"end", m.end}, {"sentence", m.sentence},
                                      {"text", m.text}, {"role", m.role}});
        j["places"].push_back(std::move(pj));
    }
    j["claims"] = json::array();
    for (const auto& c : s.claims)
        j["claims"].push_back({{"id", c.id}, {"quantity", c.quantity}, {"value", c.value}, {"op", c.op},
                               {"unit", c.unit}, {"speaker", c.speaker}, {"stance", c.stance},
                               {"event", c.event.empty() ? json(nullptr) : json(c.event)},
                               {"sentence", c.sentence}, {"text", c.text}, {"start", c.start}, {"end", c.end}});
    j["events"] = json::array();
    for (const auto& e : s.events) {
        json ej{{"id", e.id}, {"kind", e.kind}, {"actor", e.actor}, {"munition", e.munition},
                {"count", e.count ? json(*e.count) : json(nullptr)}, {"from", optString(e.from)}, {"to", e.to},
                {"time", e.time ? timeJson(*e.time) : json(nullptr)}, {"claims", e.claims},
                {"sentences", e.sentences}, {"speaker", e.speaker}};
        if (!e.related.empty()) ej["related"] = e.related;
        j["events"].push_back(std::move(ej));
    }
    j["assumptions"] = json::array();
    for (const auto& a : s.assumptions) {
        json aj{{"key", a.key}, {"value", a.value}, {"unit", a.unit}, {"source", a.source},
                {"applies_to", a.appliesTo.empty() ? json(nullptr) : json(a.appliesTo)}};
        if (a.min) aj["min"] = *a.min;
        if (a.max) aj["max"] = *a.max;
        j["assumptions"].push_back(std::move(aj));
    }
    j["overrides"] = json::array();
    for (const auto& o : s.overrides)
        j["overrides"].push_back({{"target", o.target}, {"field", o.field}, {"value", o.value}, {"note", o.note}});
    j["diagnostics"] = json::array();
    for (const auto& d : s.diagnostics)
        j["diagnostics"].push_back({{"severity", d.severity == Severity::Error ? "error"
                                                 : d.severity == Severity::Warning ? "warning" : "note"},
                                    {"code", d.code}, {"message", d.message}, {"start", d.span.start},
                                    {"end", d.span.end}});
    return j;
}

// [SECTION] reading ---------------------------------------------------------------------------------------------------

namespace {

// Thrown only inside this file and converted to a Diagnostic in fromJson.
struct Bad {
    std::string where, message;
};

class Reader {
public:
    explicit Reader(std::string path) : m_path(std::move(path)) {}

    static const json& field(const json& obj, const char* key, const std::string& path, bool required) {
        static const json kNull;
        if (!obj.is_object()) throw Bad{path, "expected an object"};
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) throw Bad{path + "." + key, "missing field"};
            return kNull;
        }
        return *it;
    }
    static std::string str(const json& obj, const char* key, const std::string& path, bool required = false) {
        const json& v = field(obj, key, path, required);
        if (v.is_null()) return {};
        if (!v.is_string()) throw Bad{path + "." + key, "expected a string"};
        return v.get<std::string>();
    }
    static double num(const json& obj, const char* key, const std::string& path, bool required = false,
                      double dflt = 0) {
        const json& v = field(obj, key, path, required);
        if (v.is_null()) return dflt;
        if (!v.is_number()) throw Bad{path + "." + key, "expected a number"};
        const double d = v.get<double>();
        if (!std::isfinite(d)) throw Bad{path + "." + key, "number is not finite"};
        return d;
    }
    static long long integer(const json& obj, const char* key, const std::string& path, long long dflt = 0) {
        const json& v = field(obj, key, path, false);
        if (v.is_null()) return dflt;
        if (!v.is_number_integer() && !v.is_number_unsigned()) throw Bad{path + "." + key, "expected an integer"};
        return v.get<long long>();
    }
    static size_t offset(const json& obj, const char* key, const std::string& path) {
        const long long v = integer(obj, key, path, 0);
        if (v < 0) throw Bad{path + "." + key, "expected a non-negative offset"};
        return static_cast<size_t>(v);
    }
    static const json& arr(const json& obj, const char* key, const std::string& path, size_t maxItems = SIZE_MAX) {
        static const json kEmpty = json::array();
        const json& v = field(obj, key, path, false);
        if (v.is_null()) return kEmpty;
        if (!v.is_array()) throw Bad{path + "." + key, "expected an array"};
        if (v.size() > maxItems)
            throw Bad{path + "." + key, std::to_string(v.size()) + " entries, more than the " + std::to_string(maxItems) +
                                            " a scenario may hold"};
        return v;
    }
    static LatLon latlon(const json& obj, const std::string& path) {
        const LatLon p{num(obj, "lat", path, true), num(obj, "lon", path, true)};
        if (p.lat < -90 || p.lat > 90) throw Bad{path + ".lat", "latitude " + std::to_string(p.lat) + " outside -90..90"};
        if (p.lon < -180 || p.lon > 180)
            throw Bad{path + ".lon", "longitude " + std::to_string(p.lon) + " outside -180..180"};
        return p;
    }
    // An ISO-8601 UTC time within the input years (core/Time.hpp), or Bad at `where`.
    static UtcTime instant(const std::string& text, const std::string& where) {
        const auto t = parseIsoUtc(text);
        if (!t) throw Bad{where, "not an ISO-8601 UTC time"};
        if (!isInputInstant(*t))
            throw Bad{where, "'" + text + "' is outside the years " + std::to_string(kFirstInputYear) + ".." +
                                 std::to_string(kLastInputYear) + " Salvo simulates"};
        return *t;
    }
    static void oneOf(const std::string& v, std::initializer_list<const char*> allowed, const std::string& where) {
        for (const char* a : allowed) if (v == a) return;
        std::string list;
        for (const char* a : allowed) list += (list.empty() ? "" : "|") + std::string(a);
        throw Bad{where, "'" + v + "' is not one of " + list};
    }

private:
    std::string m_path;
};

// The physical ranges of the assumptions the simulation reads. Outside them a simulation is meaningless and its
// numbers are not numbers: a speed of 1e-300 m/s put arrivals in year -219246529, a stagger of 1e308 s wrote NaN
// coordinates into every export. A value of the wrong type is left to the simulation, which reports it.
struct AssumptionRange {
    const char* key;
    double lo, hi;      // value (and min/max when `bounds`) within lo..hi
    const char* unit;
    bool bounds;        // min and max are values of the same quantity (not offsets)
};
constexpr AssumptionRange kAssumptionRanges[] = {
    {"munition.speed_mps", 1, 12000, "m/s", true}, // a loitering drone's crawl .. a re-entry vehicle
    {"launch.interval_s", 0, 86400, "s", false},   // stagger between launches: at most a day
    {"launch.time", -366 * 86400.0, 366 * 86400.0, "s", false}, // min/max: seconds around the value
};
constexpr double kMaxRadiusMeters = 2.1e7; // half the meridian: an area larger than that is the whole Earth

std::string rangeText(double lo, double hi, const char* unit) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%g..%g %s", lo, hi, unit);
    return buf;
}

void checkAssumption(const Assumption& a, const std::string& p) {
    for (const auto& r : kAssumptionRanges) {
        if (a.key != r.key) continue;
        const auto inRange = [&](double v) { return v >= r.lo && v <= r.hi; };
        if (a.key == "launch.time") {
            if (a.value.is_string()) Reader::instant(a.value.get<std::string>(), p + ".value");
            for (const auto& [name, v] : {std::pair{".min", a.min}, std::pair{".max", a.max}})
                if (v && !inRange(*v)) throw Bad{p + name, a.key + " offset outside " + rangeText(r.lo, r.hi, r.unit)};
            continue;
        }
        if (a.value.is_number() && !inRange(a.value.get<double>()))
            throw Bad{p + ".value", a.key + " " + a.value.dump() + " outside " + rangeText(r.lo, r.hi, r.unit)};
        if (r.bounds)
            for (const auto& [name, v] : {std::pair{".min", a.min}, std::pair{".max", a.max}})
                if (v && !inRange(*v)) throw Bad{p + name, a.key + " bound outside " + rangeText(r.lo, r.hi, r.unit)};
    }
    // Points with an extent (launch.point, crash.site): the radius bounds the area sampled.
    if (a.value.is_object() && a.value.contains("radius_m") && a.value["radius_m"].is_number()) {
        const double r = a.value["radius_m"].get<double>();
        if (!(r >= 0 && r <= kMaxRadiusMeters)) throw Bad{p + ".value.radius_m", "radius outside 0..21000 km"};
    }
}

using R = Reader;

void checkSchema(const json& j) {
    if (!j.is_object()) throw Bad{"$", "a scenario must be a JSON object"};
    const std::string schema = R::str(j, "schema", "$", true);
    if (schema != kSchema) {
        if (schema.rfind("salvo.scenario/", 0) == 0)
            throw Bad{"$.schema", "unsupported scenario version '" + schema + "' (this Salvo reads " +
                                      std::string(kSchema) + ")"};
        throw Bad{"$.schema", "not a Salvo scenario (schema '" + schema + "')"};
    }
}

Source readSource(const json& src) {
    Source source;
    source.title = R::str(src, "title", "$.source");
    source.publisher = R::str(src, "publisher", "$.source");
    source.published = R::str(src, "published", "$.source");
    if (!source.published.empty() && !parseIsoUtc(source.published))
        throw Bad{"$.source.published", "not a date: '" + source.published + "'"};
    if (!source.published.empty()) R::instant(source.published, "$.source.published");
    source.sha256 = R::str(src, "sha256", "$.source");
    source.path = R::str(src, "path", "$.source");
    return source;
}

Sentence readSentence(const json& sj, const std::string& p, size_t i) {
    Sentence x;
    x.index = static_cast<int>(R::integer(sj, "index", p, static_cast<long long>(i)));
    x.start = R::offset(sj, "start", p);
    x.end = R::offset(sj, "end", p);
    x.text = R::str(sj, "text", p);
    x.heading = R::str(sj, "heading", p);
    return x;
}

// Ids of places, claims and events share one namespace: each must be non-empty and unique across all three.
class UniqueIds {
public:
    void add(const std::string& id, const std::string& p) {
        if (id.empty()) throw Bad{p + ".id", "empty id"};
        if (!m_ids.insert(id).second) throw Bad{p + ".id", "duplicate id '" + id + "'"};
    }

private:
    std::set<std::string> m_ids;
};

Candidate readCandidate(const json& cj, const std::string& cp) {
    Candidate c;
    c.name = R::str(cj, "name", cp);
    c.kind = R::str(cj, "kind", cp);
    c.pos = R::latlon(cj, cp);
    c.country = R::str(cj, "country", cp);
    c.admin1 = R::str(cj, "admin1", cp);
    c.score = R::num(cj, "score", cp);
    c.geonamesId = R::integer(cj, "geonames_id", cp, 0);
    return c;
}

Mention readMention(const json& mj, const std::string& mp) {
    Mention m;
    m.start = R::offset(mj, "start", mp);
    m.end = R::offset(mj, "end", mp);
    m.sentence = static_cast<int>(R::integer(mj, "sentence", mp, -1));
    m.text = R::str(mj, "text", mp);
    m.role = R::str(mj, "role", mp);
    if (m.role.empty()) m.role = "literal";
    R::oneOf(m.role, {"literal", "metonymic", "modifier", "dateline"}, mp + ".role");
    return m;
}

Place readPlace(const json& pj, const std::string& p, UniqueIds& ids) {
    Place x;
    x.id = R::str(pj, "id", p, true);
    ids.add(x.id, p);
    x.name = R::str(pj, "name", p);
    x.kind = R::str(pj, "kind", p);
    if (x.kind.empty()) x.kind = "point";
    R::oneOf(x.kind, {"country", "admin1", "city", "sea", "base", "region", "point"}, p + ".kind");
    x.pos = R::latlon(pj, p);
    x.country = R::str(pj, "country", p);
    x.admin1 = R::str(pj, "admin1", p);
    x.precision = R::str(pj, "precision", p);
    if (x.precision.empty()) x.precision = "point";
    R::oneOf(x.precision, {"point", "admin1", "country", "sea", "region"}, p + ".precision");
    x.radiusMeters = R::num(pj, "radius_m", p);
    if (x.radiusMeters < 0 || x.radiusMeters > 2.1e7) throw Bad{p + ".radius_m", "radius outside 0..21000 km"};
    if (long long g = R::integer(pj, "geonames_id", p, 0)) x.geonamesId = g;
    const auto& cands = R::arr(pj, "candidates", p);
    for (size_t k = 0; k < cands.size(); ++k)
        x.candidates.push_back(readCandidate(cands[k], p + ".candidates[" + std::to_string(k) + "]"));
    const auto& ments = R::arr(pj, "mentions", p);
    for (size_t k = 0; k < ments.size(); ++k)
        x.mentions.push_back(readMention(ments[k], p + ".mentions[" + std::to_string(k) + "]"));
    return x;
}

Claim readClaim(const json& cj, const std::string& p, UniqueIds& ids) {
    Claim c;
    c.id = R::str(cj, "id", p, true);
    ids.add(c.id, p);
    c.quantity = R::str(cj, "quantity", p);
    c.value = R::num(cj, "value", p, true);
    c.op = R::str(cj, "op", p);
    if (c.op.empty()) c.op = "=";
    R::oneOf(c.op, {"=", ">", ">=", "<", "<=", "~"}, p + ".op");
    c.unit = R::str(cj, "unit", p);
    c.speaker = R::str(cj, "speaker", p);
    c.stance = R::str(cj, "stance", p);
    if (c.stance.empty()) c.stance = "stated";
    R::oneOf(c.stance, {"stated", "reported", "confirmed", "denied", "assessed"}, p + ".stance");
    c.event = R::str(cj, "event", p);
    c.sentence = static_cast<int>(R::integer(cj, "sentence", p, -1));
    c.text = R::str(cj, "text", p);
    c.start = R::offset(cj, "start", p);
    c.end = R::offset(cj, "end", p);
    return c;
}

EventTime readEventTime(const json& t, const std::string& p) {
    EventTime et;
    et.start = R::instant(R::str(t, "start", p + ".time", true), p + ".time.start");
    et.end = R::instant(R::str(t, "end", p + ".time", true), p + ".time.end");
    if (et.end < et.start) throw Bad{p + ".time.end", "end is before start"};
    const std::string prec = R::str(t, "precision", p + ".time");
    auto pr = timePrecisionFromString(prec.empty() ? "day" : prec);
    if (!pr) throw Bad{p + ".time.precision", "unknown precision '" + prec + "'"};
    et.precision = *pr;
    et.text = R::str(t, "text", p + ".time");
    return et;
}

Event readEvent(const json& ej, const std::string& p, UniqueIds& ids) {
    Event e;
    e.id = R::str(ej, "id", p, true);
    ids.add(e.id, p);
    e.kind = R::str(ej, "kind", p, true);
    R::oneOf(e.kind, {"launch", "strike", "crash", "intercept", "airspace_violation", "flight"}, p + ".kind");
    e.actor = R::str(ej, "actor", p);
    e.munition = R::str(ej, "munition", p);
    if (const json& c = R::field(ej, "count", p, false); !c.is_null()) {
        if (!c.is_number_integer() && !c.is_number_unsigned()) throw Bad{p + ".count", "expected an integer"};
        const long long n = c.get<long long>();
        if (n < 0 || n > kMaxCount) throw Bad{p + ".count", "count outside 0.." + std::to_string(kMaxCount)};
        e.count = static_cast<int>(n);
    }
    if (std::string from = R::str(ej, "from", p); !from.empty()) e.from = from;
    const json& to = R::field(ej, "to", p, false);
    if (to.is_string()) e.to.push_back(to.get<std::string>());
    else if (to.is_array()) {
        for (size_t k = 0; k < to.size(); ++k) {
            if (!to[k].is_string()) throw Bad{p + ".to[" + std::to_string(k) + "]", "expected a place id"};
            e.to.push_back(to[k].get<std::string>());
        }
    } else if (!to.is_null()) throw Bad{p + ".to", "expected a list of place ids"};
    if (const json& t = R::field(ej, "time", p, false); !t.is_null()) e.time = readEventTime(t, p);
    for (const auto& c : R::arr(ej, "claims", p)) {
        if (!c.is_string()) throw Bad{p + ".claims", "expected claim ids"};
        e.claims.push_back(c.get<std::string>());
    }
    for (const auto& n : R::arr(ej, "sentences", p)) {
        if (!n.is_number_integer()) throw Bad{p + ".sentences", "expected sentence numbers"};
        e.sentences.push_back(n.get<int>());
    }
    e.speaker = R::str(ej, "speaker", p);
    e.related = R::str(ej, "related", p);
    return e;
}

// References must resolve: a dangling id is an error, not something to guess around.
void checkReferences(const Scenario& s) {
    for (size_t i = 0; i < s.events.size(); ++i) {
        const auto& e = s.events[i];
        const std::string p = "$.events[" + std::to_string(i) + "]";
        if (e.from && !s.place(*e.from)) throw Bad{p + ".from", "no place with id '" + *e.from + "'"};
        for (const auto& t : e.to)
            if (!s.place(t)) throw Bad{p + ".to", "no place with id '" + t + "'"};
        for (const auto& c : e.claims)
            if (!s.claim(c)) throw Bad{p + ".claims", "no claim with id '" + c + "'"};
        if (!e.related.empty() && !s.event(e.related)) throw Bad{p + ".related", "no event with id '" + e.related + "'"};
    }
    for (size_t i = 0; i < s.claims.size(); ++i)
        if (!s.claims[i].event.empty() && !s.event(s.claims[i].event))
            throw Bad{"$.claims[" + std::to_string(i) + "].event", "no event with id '" + s.claims[i].event + "'"};
}

// `s` holds the events already read, which applies_to must name.
Assumption readAssumption(const json& aj, const std::string& p, const Scenario& s) {
    Assumption a;
    a.key = R::str(aj, "key", p, true);
    a.value = R::field(aj, "value", p, true);
    if (a.value.is_number() && !std::isfinite(a.value.get<double>())) throw Bad{p + ".value", "not finite"};
    a.unit = R::str(aj, "unit", p);
    if (!R::field(aj, "min", p, false).is_null()) a.min = R::num(aj, "min", p);
    if (!R::field(aj, "max", p, false).is_null()) a.max = R::num(aj, "max", p);
    if (a.min && a.max && *a.min > *a.max) throw Bad{p + ".min", "min is greater than max"};
    a.source = R::str(aj, "source", p);
    a.appliesTo = R::str(aj, "applies_to", p);
    if (!a.appliesTo.empty() && !s.event(a.appliesTo))
        throw Bad{p + ".applies_to", "no event with id '" + a.appliesTo + "'"};
    checkAssumption(a, p);
    return a;
}

Override readOverride(const json& oj, const std::string& p) {
    Override o;
    o.target = R::str(oj, "target", p, true);
    o.field = R::str(oj, "field", p, true);
    o.value = R::field(oj, "value", p, true);
    o.note = R::str(oj, "note", p);
    if (o.field == "count" && !(o.value.is_number_integer() && o.value.get<long long>() >= 0 &&
                                o.value.get<long long>() <= kMaxCount))
        throw Bad{p + ".value", "a count override must be a whole number within 0.." + std::to_string(kMaxCount)};
    return o;
}

Diagnostic readDiagnostic(const json& dj, const std::string& p) {
    Diagnostic d;
    const std::string sev = R::str(dj, "severity", p);
    d.severity = sev == "error" ? Severity::Error : sev == "note" ? Severity::Note : Severity::Warning;
    d.code = R::str(dj, "code", p);
    d.message = R::str(dj, "message", p);
    d.span = {R::offset(dj, "start", p), R::offset(dj, "end", p)};
    return d;
}

// The JSON path of item i of a top-level list: "$.places[3]".
std::string itemPath(const char* list, size_t i) { return std::string("$.") + list + "[" + std::to_string(i) + "]"; }

Scenario parse(const json& j) {
    checkSchema(j);
    Scenario s;
    if (const json& src = R::field(j, "source", "$", false); !src.is_null()) s.source = readSource(src);
    const auto& sentences = R::arr(j, "sentences", "$");
    for (size_t i = 0; i < sentences.size(); ++i)
        s.sentences.push_back(readSentence(sentences[i], itemPath("sentences", i), i));
    UniqueIds ids;
    const auto& places = R::arr(j, "places", "$", kMaxListItems);
    for (size_t i = 0; i < places.size(); ++i) s.places.push_back(readPlace(places[i], itemPath("places", i), ids));
    const auto& claims = R::arr(j, "claims", "$", kMaxListItems);
    for (size_t i = 0; i < claims.size(); ++i) s.claims.push_back(readClaim(claims[i], itemPath("claims", i), ids));
    const auto& events = R::arr(j, "events", "$", kMaxListItems);
    for (size_t i = 0; i < events.size(); ++i) s.events.push_back(readEvent(events[i], itemPath("events", i), ids));
    checkReferences(s);
    const auto& assumptions = R::arr(j, "assumptions", "$", kMaxListItems);
    for (size_t i = 0; i < assumptions.size(); ++i)
        s.assumptions.push_back(readAssumption(assumptions[i], itemPath("assumptions", i), s));
    const auto& overrides = R::arr(j, "overrides", "$", kMaxListItems);
    for (size_t i = 0; i < overrides.size(); ++i)
        s.overrides.push_back(readOverride(overrides[i], itemPath("overrides", i)));
    const auto& diags = R::arr(j, "diagnostics", "$");
    for (size_t i = 0; i < diags.size(); ++i)
        s.diagnostics.push_back(readDiagnostic(diags[i], itemPath("diagnostics", i)));
    return s;
}

} // namespace

Result<Scenario> fromJson(const json& j) {
    try {
        return parse(j);
    } catch (const Bad& b) {
        return makeError("scenario.invalid", b.message, b.where);
    } catch (const json::exception& e) {
        return makeError("scenario.invalid", e.what(), "$");
    }
}

namespace {
// The 1-based line at which objects and arrays in `text` first nest deeper than kMaxJsonDepth, or 0. Brackets inside
// strings do not count. Checked before parsing so that no deep tree is ever built.
size_t lineTooDeep(std::string_view text) {
    size_t depth = 0, line = 1;
    bool inString = false, escaped = false;
    for (const char c : text) {
        if (c == '\n') ++line;
        if (inString) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxJsonDepth) return line;
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return 0;
}
} // namespace

std::optional<std::string> pastLimits(const Scenario& s) {
    for (const auto& [what, n] : {std::pair<const char*, size_t>{"places", s.places.size()}, {"claims", s.claims.size()},
                                  {"events", s.events.size()}, {"assumptions", s.assumptions.size()}})
        if (n > kMaxListItems)
            return std::to_string(n) + " " + what + ", more than the " + std::to_string(kMaxListItems) +
                   " a scenario may hold";
    for (const auto& e : s.events)
        if (e.count && (*e.count < 0 || *e.count > kMaxCount))
            return "event " + e.id + " counts " + std::to_string(*e.count) + " munitions, more than the " +
                   std::to_string(kMaxCount) + " one event may launch";
    return std::nullopt;
}

Result<Scenario> fromJsonText(std::string_view text) {
    if (const size_t line = lineTooDeep(text))
        return makeError("scenario.json",
                         "objects and arrays nested deeper than " + std::to_string(kMaxJsonDepth) + " levels",
                         "line " + std::to_string(line));
    json j;
    try {
        j = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        // e.byte is 1-based; report the line too, which is what people open their editor at.
        const size_t byte = e.byte == 0 ? 0 : e.byte - 1;
        size_t line = 1;
        for (size_t i = 0; i < byte && i < text.size(); ++i) line += text[i] == '\n';
        std::string msg = e.what();
        if (auto pos = msg.find("parse error"); pos != std::string::npos) msg = msg.substr(pos);
        return makeError("scenario.json", "malformed JSON at line " + std::to_string(line) + ": " + msg,
                         "line " + std::to_string(line));
    } catch (const json::exception& e) {
        // A number too large for a double (1e999) is out_of_range.406 "number overflow parsing '1e999'", without a
        // position: find the quoted token in the text for the line.
        std::string msg = e.what();
        size_t line = 0;
        if (auto q1 = msg.find('\''), q2 = msg.rfind('\''); q1 != std::string::npos && q2 > q1) {
            if (auto at = text.find(std::string_view(msg).substr(q1 + 1, q2 - q1 - 1)); at != std::string_view::npos)
                line = 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
        }
        if (auto pos = msg.find("] "); pos != std::string::npos) msg = msg.substr(pos + 2);
        const std::string where = line ? "line " + std::to_string(line) : std::string("$");
        return makeError("scenario.json", "invalid JSON: " + msg, where);
    }
    return fromJson(j);
}

Scenario applyOverrides(const Scenario& in, Diagnostics* diags) {
    Scenario s = in;
    const auto warn = [&](const Override& o, const std::string& msg) {
        if (diags) diags->push_back({Severity::Warning, "override.ignored", msg, {}, o.target + "." + o.field});
    };
    for (const auto& o : in.overrides) {
        if (Place* p = s.place(o.target)) {
            if (o.field == "choice" && o.value.is_number_integer()) {
                const auto k = o.value.get<long long>();
                if (k < 0 || k >= static_cast<long long>(p->candidates.size())) { warn(o, "no such candidate"); continue; }
                const Candidate& c = p->candidates[static_cast<size_t>(k)];
                p->pos = c.pos;
                p->country = c.country;
                p->admin1 = c.admin1;
                p->name = c.name;
                if (!c.kind.empty()) p->kind = c.kind;
                p->geonamesId = c.geonamesId ? std::optional<long long>(c.geonamesId) : std::nullopt;
            } else if ((o.field == "lat" || o.field == "lon") && o.value.is_number()) {
                const double v = o.value.get<double>();
                const bool ok = std::isfinite(v) && (o.field == "lat" ? std::fabs(v) <= 90 : std::fabs(v) <= 180);
                if (!ok) { warn(o, "coordinate out of range"); continue; }
                (o.field == "lat" ? p->pos.lat : p->pos.lon) = v;
                p->precision = "point";
                p->radiusMeters = 0;
            } else {
                warn(o, "unsupported place override '" + o.field + "'");
            }
            continue;
        }
        bool found = false;
        for (auto& e : s.events) {
            if (e.id != o.target) continue;
            found = true;
            if (o.field == "count" && o.value.is_number_integer() && o.value.get<long long>() >= 0)
                e.count = static_cast<int>(o.value.get<long long>());
            else if (o.field == "from" && o.value.is_string() && s.place(o.value.get<std::string>()))
                e.from = o.value.get<std::string>();
            else
                warn(o, "unsupported event override '" + o.field + "'");
        }
        if (!found) warn(o, "no place or event with id '" + o.target + "'");
    }
    return s;
}

bool liesInside(const Place& inner, const Place& area) {
    return &inner != &area && area.radiusMeters > 0 && inner.radiusMeters < area.radiusMeters &&
           geodesy::distanceMeters(area.pos, inner.pos) < area.radiusMeters;
}

} // namespace salvo::scenario
