// Launch-area catalogue: parsing (every problem named by its JSON path) and actor/munition matching.
// Actors match by equality or as whole words ("houthi" in "Houthi rebels"); a hyphen binds a word, so "us" is not found
// in "US-led coalition": a coalition is not its leader alone.
#include "sim/LaunchAreas.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace salvo::sim {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

struct Bad {
    std::string message;
};

std::string text(const nlohmann::json& obj, const char* key, const std::string& path) {
    if (!obj.contains(key) || !obj[key].is_string() || obj[key].get<std::string>().empty())
        throw Bad{path + "." + key + ": expected a non-empty string"};
    return obj[key].get<std::string>();
}

// A number within lo..hi; `range` spells the range for the message ("-90..90").
double number(const nlohmann::json& obj, const char* key, const std::string& path, double lo, double hi,
              const char* range) {
    if (!obj.contains(key) || !obj[key].is_number()) throw Bad{path + "." + key + ": expected a number"};
    const double v = obj[key].get<double>();
    if (!std::isfinite(v) || v < lo || v > hi) throw Bad{path + "." + key + ": expected a number within " + range};
    return v;
}

// An optional array of non-empty strings, lower-cased.
std::vector<std::string> words(const nlohmann::json& obj, const char* key, const std::string& path) {
    std::vector<std::string> out;
    if (!obj.contains(key)) return out;
    if (!obj[key].is_array()) throw Bad{path + "." + key + ": expected an array of strings"};
    for (size_t i = 0; i < obj[key].size(); ++i) {
        const auto& w = obj[key][i];
        if (!w.is_string() || w.get<std::string>().empty())
            throw Bad{path + "." + key + "[" + std::to_string(i) + "]: expected a non-empty string"};
        out.push_back(lower(w.get<std::string>()));
    }
    return out;
}

LaunchArea parseArea(const nlohmann::json& a, const std::string& p) {
    if (!a.is_object()) throw Bad{p + ": expected an object"};
    LaunchArea out;
    out.name = text(a, "name", p);
    out.centre = {number(a, "lat", p, -90, 90, "-90..90"), number(a, "lon", p, -180, 180, "-180..180")};
    if (!a.contains("radius_km") || !a["radius_km"].is_number() || !(a["radius_km"].get<double>() > 0) ||
        !(a["radius_km"].get<double>() <= 2000))
        throw Bad{p + ".radius_km: expected a number of km with 0 < radius_km <= 2000"};
    out.radiusMeters = a["radius_km"].get<double>() * 1000;
    if (a.contains("over_water")) {
        if (!a["over_water"].is_boolean()) throw Bad{p + ".over_water: expected true or false"};
        out.overWater = a["over_water"].get<bool>();
    }
    out.source = text(a, "source", p);
    return out;
}

LaunchAreaEntry parseEntry(const nlohmann::json& e, const std::string& p, const Catalogue& munitions) {
    if (!e.is_object()) throw Bad{p + ": expected an object"};
    LaunchAreaEntry out;
    out.actors = words(e, "actors", p);
    if (out.actors.empty()) throw Bad{p + ".actors: expected at least one actor"};
    if (e.contains("munitions") && !e["munitions"].is_array()) throw Bad{p + ".munitions: expected an array of keys"};
    for (size_t i = 0; e.contains("munitions") && i < e["munitions"].size(); ++i) {
        const auto& k = e["munitions"][i];
        const std::string at = p + ".munitions[" + std::to_string(i) + "]";
        if (!k.is_string()) throw Bad{at + ": expected a munitions-catalogue key"};
        if (!munitions.byKey(k.get<std::string>()))
            throw Bad{at + ": '" + k.get<std::string>() + "' is not a key of the munitions catalogue"};
        out.munitions.push_back(k.get<std::string>());
    }
    out.names = words(e, "names", p);
    if (out.munitions.empty() && out.names.empty())
        throw Bad{p + ": give munitions or names, or the entry would match every munition"};
    if (!e.contains("areas") || !e["areas"].is_array() || e["areas"].empty())
        throw Bad{p + ".areas: expected a non-empty array"};
    for (size_t i = 0; i < e["areas"].size(); ++i)
        out.areas.push_back(parseArea(e["areas"][i], p + ".areas[" + std::to_string(i) + "]"));
    return out;
}

bool actorMatches(const std::string& actorLower, const std::vector<std::string>& actors) {
    return std::any_of(actors.begin(), actors.end(),
                       [&](const std::string& a) { return actorLower == a || containsWords(actorLower, a); });
}

} // namespace

const LaunchAreaEntry* LaunchAreaCatalogue::match(std::string_view actor, std::string_view munitionWords,
                                                   const Catalogue& munitions) const {
    if (actor.empty() || munitionWords.empty()) return nullptr;
    const std::string who = lower(actor);
    const MunitionType* type = munitions.find(munitionWords);
    const LaunchAreaEntry* generic = nullptr;
    for (const auto& e : m_entries) {
        if (!actorMatches(who, e.actors)) continue;
        if (!e.munitions.empty() &&
            (!type || std::find(e.munitions.begin(), e.munitions.end(), type->key) == e.munitions.end()))
            continue;
        if (e.names.empty()) {
            if (!generic) generic = &e;
            continue;
        }
        for (const auto& n : e.names)
            if (containsWords(munitionWords, n)) return &e;
    }
    return generic;
}

Result<LaunchAreaCatalogue> parseLaunchAreas(std::string_view jsonText, std::string_view where,
                                             const Catalogue& munitions) {
    const std::string file(where);
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(jsonText.begin(), jsonText.end());
    } catch (const nlohmann::json::parse_error& e) {
        return makeError("launch_areas.json", file + ": malformed JSON: " + e.what(), file);
    }
    try {
        if (!j.is_object() || !j.contains("schema") || j["schema"] != "salvo.launch_areas/1")
            throw Bad{"$.schema: expected \"salvo.launch_areas/1\""};
        if (!j.contains("entries") || !j["entries"].is_array() || j["entries"].empty())
            throw Bad{"$.entries: expected a non-empty array"};
        std::vector<LaunchAreaEntry> entries;
        for (size_t i = 0; i < j["entries"].size(); ++i)
            entries.push_back(parseEntry(j["entries"][i], "$.entries[" + std::to_string(i) + "]", munitions));
        return LaunchAreaCatalogue(std::move(entries));
    } catch (const Bad& b) {
        return makeError("launch_areas.invalid", file + ": " + b.message, file);
    } catch (const nlohmann::json::exception& e) {
        return makeError("launch_areas.invalid", file + ": " + e.what(), file);
    }
}

} // namespace salvo::sim
