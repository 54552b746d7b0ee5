#include "eval/Gold.hpp"

#include "core/Time.hpp"
#include "core/Utf8.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <regex>

namespace salvo::eval {

namespace {

using nlohmann::json;

// A failed read names the file and the JSON path ("places[3].lat"); the first problem stops the read.
struct GoldReader {
    const std::string& name;
    std::optional<Diagnostic> problem;

    void fail(const std::string& where, const std::string& what) {
        if (!problem) problem = makeError("gold.invalid", name + ": " + where + ": " + what, where);
    }
    const json* field(const json& obj, const char* key, const std::string& where, bool required) {
        const auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) fail(where, std::string("missing field '") + key + "'");
            return nullptr;
        }
        return &*it;
    }
    std::string text(const json& obj, const char* key, const std::string& where, bool required = true) {
        const json* v = field(obj, key, where, required);
        if (!v || (v->is_null() && !required)) return {};
        if (!v->is_string()) { fail(where + "." + key, "expected a string"); return {}; }
        return v->get<std::string>();
    }
    std::optional<std::string> textOrNull(const json& obj, const char* key, const std::string& where) {
        const json* v = field(obj, key, where, false);
        if (!v || v->is_null()) return std::nullopt;
        if (!v->is_string()) { fail(where + "." + key, "expected a string or null"); return std::nullopt; }
        return v->get<std::string>();
    }
    std::optional<double> number(const json& obj, const char* key, const std::string& where, bool required) {
        const json* v = field(obj, key, where, required);
        if (!v || v->is_null()) {
            if (v && required) fail(where + "." + key, "expected a number");
            return std::nullopt;
        }
        if (!v->is_number() || !std::isfinite(v->get<double>())) { fail(where + "." + key, "expected a number"); return std::nullopt; }
        return v->get<double>();
    }
    // A string, a list of strings, or null (to_place, also_written, aggregate_of).
    std::vector<std::string> names(const json& obj, const char* key, const std::string& where) {
        const json* v = field(obj, key, where, false);
        std::vector<std::string> out;
        if (!v || v->is_null()) return out;
        if (v->is_string()) return {v->get<std::string>()};
        if (!v->is_array()) { fail(where + "." + key, "expected a string, a list of strings or null"); return out; }
        for (size_t i = 0; i < v->size(); ++i) {
            if (!(*v)[i].is_string()) { fail(where + "." + key + "[" + std::to_string(i) + "]", "expected a string"); continue; }
            out.push_back((*v)[i].get<std::string>());
        }
        return out;
    }
};

bool optionalForScoring(const std::string& note) { return foldKey(note).find("optional for scoring") != std::string::npos; }
bool acceptsNoCount(const std::string& note) { return foldKey(note).find("accept count null") != std::string::npos; }

bool isIsoDate(const std::string& s) {
    return s.size() == 10 && parseIsoUtc(s).has_value();
}

GoldPlace readPlace(GoldReader& r, const json& p, const std::string& where) {
    GoldPlace g;
    g.name = r.text(p, "name", where);
    g.kind = r.text(p, "kind", where);
    g.pos.lat = r.number(p, "lat", where, true).value_or(0);
    g.pos.lon = r.number(p, "lon", where, true).value_or(0);
    if (!g.pos.isValid()) r.fail(where, "lat/lon out of range");
    g.countryIso2 = r.textOrNull(p, "country_iso2", where).value_or("");
    g.mention = r.text(p, "mention", where, false);
    if (g.mention.empty()) g.mention = "noun";
    g.alsoWritten = r.names(p, "also_written", where);
    g.toleranceDeg = r.number(p, "tolerance_deg", where, false);
    if (g.toleranceDeg && !(*g.toleranceDeg > 0)) r.fail(where + ".tolerance_deg", "must be positive");
    g.optional = optionalForScoring(r.text(p, "note", where, false));
    return g;
}

GoldCount readCount(GoldReader& r, const json& c, const std::string& where) {
    GoldCount g;
    g.what = r.text(c, "what", where, false);
    g.value = r.number(c, "value", where, true).value_or(0);
    if (const json* s = r.field(c, "strike_related", where, false); s && s->is_boolean()) g.strikeRelated = s->get<bool>();
    return g;
}

GoldEvent readEvent(GoldReader& r, const json& e, const std::string& where) {
    GoldEvent g;
    g.id = r.text(e, "id", where);
    g.kind = r.text(e, "kind", where);
    g.fromPlace = r.textOrNull(e, "from_place", where);
    g.toPlaces = r.names(e, "to_place", where);
    if (const auto n = r.number(e, "count", where, false)) g.count = static_cast<int>(std::lround(*n));
    g.countUnit = r.text(e, "count_unit", where, false);
    g.date = r.textOrNull(e, "date", where);
    if (g.date && !isIsoDate(*g.date)) r.fail(where + ".date", "expected YYYY-MM-DD or null");
    g.aggregateOf = r.names(e, "aggregate_of", where);
    const std::string note = r.text(e, "note", where, false);
    g.optional = optionalForScoring(note);
    g.noCountAccepted = acceptsNoCount(note);
    if (const json* o = r.field(e, "offset", where, false); o && o->is_object()) {
        const auto lat = r.number(*o, "lat", where + ".offset", true), lon = r.number(*o, "lon", where + ".offset", true);
        if (lat && lon) g.offsetPoint = LatLon{*lat, *lon};
        g.offsetDistanceKm = r.number(*o, "distance_km", where + ".offset", false).value_or(0);
    }
    return g;
}

// Fills acceptedDays and noDateAccepted from date, local_date and date_note ("as e1" follows e1's note, one level).
void resolveAcceptedDates(Gold& gold, const json& events) {
    std::vector<DateNoteDays> notes;
    for (const auto& e : events) {
        const auto it = e.find("date_note");
        notes.push_back(it != e.end() && it->is_string() ? parseDateNote(it->get<std::string>()) : DateNoteDays{});
    }
    for (size_t i = 0; i < gold.events.size(); ++i) {
        GoldEvent& g = gold.events[i];
        DateNoteDays note = notes[i];
        if (!note.sameAs.empty())
            for (size_t j = 0; j < gold.events.size(); ++j)
                if (gold.events[j].id == note.sameAs) {
                    note.days.insert(note.days.end(), notes[j].days.begin(), notes[j].days.end());
                    note.acceptsNoDate = note.acceptsNoDate || notes[j].acceptsNoDate;
                }
        if (g.date) g.acceptedDays.push_back(*g.date);
        if (const auto it = events[i].find("local_date"); it != events[i].end() && it->is_string() && isIsoDate(*it))
            g.acceptedDays.push_back(it->get<std::string>());
        g.acceptedDays.insert(g.acceptedDays.end(), note.days.begin(), note.days.end());
        std::sort(g.acceptedDays.begin(), g.acceptedDays.end());
        g.acceptedDays.erase(std::unique(g.acceptedDays.begin(), g.acceptedDays.end()), g.acceptedDays.end());
        g.noDateAccepted = !g.date || note.acceptsNoDate;
    }
}

void checkReferences(GoldReader& r, const Gold& gold) {
    for (size_t i = 0; i < gold.events.size(); ++i) {
        const auto& e = gold.events[i];
        const std::string where = "events[" + std::to_string(i) + "]";
        if (e.fromPlace && !gold.place(*e.fromPlace)) r.fail(where + ".from_place", "no place named '" + *e.fromPlace + "'");
        for (const auto& to : e.toPlaces)
            if (!gold.place(to)) r.fail(where + ".to_place", "no place named '" + to + "'");
        for (const auto& id : e.aggregateOf)
            if (!gold.event(id)) r.fail(where + ".aggregate_of", "no event '" + id + "'");
    }
}

const json* list(GoldReader& r, const json& root, const char* key) {
    const json* v = r.field(root, key, "$", key != std::string_view("counts"));
    if (v && !v->is_array()) { r.fail(key, "expected a list"); return nullptr; }
    return v;
}

// "2025-07-14..2025-07-16" → every day of the range (at most 62 days: a note is not a calendar).
void appendRange(std::vector<std::string>& out, const std::string& first, const std::string& last) {
    const auto a = parseIsoUtc(first), b = parseIsoUtc(last);
    if (!a || !b || *b < *a || *b - *a > 62 * 86400.0) { out.push_back(first); out.push_back(last); return; }
    for (UtcTime t = *a; t <= *b; t = t + 86400.0) out.push_back(formatIsoDate(t));
}

// ISO dates, ISO ranges and "D Mon YYYY" dates in `text`, in order.
std::vector<std::string> datesIn(const std::string& text) {
    static const std::regex kDate(R"((\d{4}-\d{2}-\d{2})(?:\s*\.\.\s*(\d{4}-\d{2}-\d{2}))?|\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})\b)",
                                  std::regex::icase);
    static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), kDate); it != std::sregex_iterator(); ++it) {
        const auto& m = *it;
        if (m[1].matched) {
            if (m[2].matched) appendRange(out, m[1].str(), m[2].str());
            else if (isIsoDate(m[1].str())) out.push_back(m[1].str());
            continue;
        }
        const std::string mon = asciiLower(m[4].str());
        const int month = static_cast<int>(std::find(std::begin(kMonths), std::end(kMonths), mon) - std::begin(kMonths)) + 1;
        const int day = std::stoi(m[3].str()), year = std::stoi(m[5].str());
        if (isValidDate(year, month, day)) out.push_back(formatIsoDate(utcFromParts(year, month, day)));
    }
    return out;
}

} // namespace

const GoldPlace* Gold::place(std::string_view name) const {
    for (const auto& p : places)
        if (p.name == name) return &p;
    return nullptr;
}

const GoldEvent* Gold::event(std::string_view id) const {
    for (const auto& e : events)
        if (e.id == id) return &e;
    return nullptr;
}

DateNoteDays parseDateNote(std::string_view note) {
    DateNoteDays out;
    const std::string lower = asciiLower(note);
    static const std::regex kSameAs(R"(^\s*as (e\d+)\b)");
    std::smatch same;
    if (std::regex_search(lower, same, kSameAs)) out.sameAs = same[1].str();
    const size_t accept = lower.find("accept");
    if (accept == std::string::npos) return out;
    const std::string clause = std::string(note.substr(accept));
    out.days = datesIn(clause);
    if (out.days.empty()) out.days = datesIn(std::string(note));
    static const std::regex kNull(R"(\bnull\b)");
    out.acceptsNoDate = std::regex_search(lower.substr(accept), kNull);
    return out;
}

Result<Gold> parseGold(std::string_view text, const std::string& name) {
    const json root = json::parse(text, nullptr, /*allow_exceptions*/ false);
    if (root.is_discarded()) return makeError("gold.invalid", name + ": not valid JSON", name);
    if (!root.is_object()) return makeError("gold.invalid", name + ": expected a JSON object", name);
    GoldReader r{name, std::nullopt};
    Gold gold;
    gold.article = r.text(root, "article", "$");
    gold.dateline = r.text(root, "dateline", "$", false);
    const json* places = list(r, root, "places");
    const json* counts = list(r, root, "counts");
    const json* events = list(r, root, "events");
    for (size_t i = 0; places && i < places->size(); ++i)
        gold.places.push_back(readPlace(r, (*places)[i], "places[" + std::to_string(i) + "]"));
    for (size_t i = 0; counts && i < counts->size(); ++i)
        gold.counts.push_back(readCount(r, (*counts)[i], "counts[" + std::to_string(i) + "]"));
    for (size_t i = 0; events && i < events->size(); ++i)
        gold.events.push_back(readEvent(r, (*events)[i], "events[" + std::to_string(i) + "]"));
    if (r.problem) return *r.problem;
    checkReferences(r, gold);
    if (r.problem) return *r.problem;
    if (events) resolveAcceptedDates(gold, *events);
    return gold;
}

double offsetToleranceDeg(const GoldEvent& e) { return std::max(0.15, e.offsetDistanceKm / 320); }

} // namespace salvo::eval
