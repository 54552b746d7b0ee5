// Catalogue parsing and alias matching. Matching is leftmost-longest over whole words so that a specific name early in
// the phrase ("Scud ballistic missiles") beats the generic class words that follow it.
#include "sim/Munitions.hpp"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cmath>

namespace salvo::sim {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }

// Position of `alias` as whole words in `text` (a trailing plural "s" allowed), or npos.
size_t findWords(const std::string& text, const std::string& alias) {
    for (size_t pos = text.find(alias); pos != std::string::npos; pos = text.find(alias, pos + 1)) {
        if (pos > 0 && isWordChar(text[pos - 1])) continue;
        size_t end = pos + alias.size();
        if (end < text.size() && text[end] == 's') ++end;
        if (end < text.size() && isWordChar(text[end])) continue;
        return pos;
    }
    return std::string::npos;
}

struct Bad {
    std::string message;
};

double number(const nlohmann::json& obj, const char* key, const std::string& path, bool required = true) {
    if (!obj.contains(key) || obj[key].is_null()) {
        if (required) throw Bad{path + "." + key + ": missing"};
        return 0;
    }
    if (!obj[key].is_number()) throw Bad{path + "." + key + ": expected a number"};
    const double v = obj[key].get<double>();
    if (!std::isfinite(v) || v < 0) throw Bad{path + "." + key + ": expected a finite number >= 0"};
    return v;
}

std::string text(const nlohmann::json& obj, const char* key, const std::string& path) {
    if (!obj.contains(key) || !obj[key].is_string() || obj[key].get<std::string>().empty())
        throw Bad{path + "." + key + ": expected a non-empty string"};
    return obj[key].get<std::string>();
}

} // namespace

const MunitionType* Catalogue::byKey(std::string_view key) const {
    for (const auto& t : m_types)
        if (t.key == key) return &t;
    return nullptr;
}

const MunitionType* Catalogue::find(std::string_view words) const {
    if (const MunitionType* t = byKey(words)) return t;
    const std::string w = lower(words);
    const MunitionType* best = nullptr;
    size_t bestPos = std::string::npos, bestLen = 0;
    for (const auto& t : m_types) {
        for (const auto& a : t.aliases) {
            const size_t pos = findWords(w, a);
            if (pos == std::string::npos) continue;
            if (!best || pos < bestPos || (pos == bestPos && a.size() > bestLen)) {
                best = &t;
                bestPos = pos;
                bestLen = a.size();
            }
        }
    }
    return best;
}

bool containsWords(std::string_view text, std::string_view lowerWords) {
    return !lowerWords.empty() && findWords(lower(text), std::string(lowerWords)) != std::string::npos;
}

Result<Catalogue> parseCatalogue(std::string_view jsonText, std::string_view where) {
    const std::string file(where);
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(jsonText.begin(), jsonText.end());
    } catch (const nlohmann::json::parse_error& e) {
        return makeError("catalogue.json", file + ": malformed JSON: " + e.what(), file);
    }
    try {
        if (!j.is_object() || j.value("schema", "") != "salvo.munitions/1")
            throw Bad{"$.schema: expected \"salvo.munitions/1\""};
        if (!j.contains("munitions") || !j["munitions"].is_array()) throw Bad{"$.munitions: expected an array"};
        std::vector<MunitionType> types;
        for (size_t i = 0; i < j["munitions"].size(); ++i) {
            const auto& m = j["munitions"][i];
            const std::string p = "$.munitions[" + std::to_string(i) + "]";
            MunitionType t;
            t.key = text(m, "key", p);
            t.name = text(m, "name", p);
            if (m.contains("aliases")) {
                if (!m["aliases"].is_array()) throw Bad{p + ".aliases: expected an array of strings"};
                for (const auto& a : m["aliases"]) {
                    if (!a.is_string()) throw Bad{p + ".aliases: expected an array of strings"};
                    t.aliases.push_back(lower(a.get<std::string>()));
                }
            }
            if (!m.contains("speed_mps") || !m["speed_mps"].is_object()) throw Bad{p + ".speed_mps: missing"};
            const auto& sp = m["speed_mps"];
            t.speedMinMps = number(sp, "min", p + ".speed_mps");
            t.speedNominalMps = number(sp, "nominal", p + ".speed_mps");
            t.speedMaxMps = number(sp, "max", p + ".speed_mps");
            t.speedSource = text(sp, "source", p + ".speed_mps");
            if (!(t.speedMinMps > 0 && t.speedMinMps <= t.speedNominalMps && t.speedNominalMps <= t.speedMaxMps))
                throw Bad{p + ".speed_mps: expected 0 < min <= nominal <= max"};
            if (!m.contains("altitude") || !m["altitude"].is_object()) throw Bad{p + ".altitude: missing"};
            const auto& al = m["altitude"];
            const std::string shape = text(al, "shape", p + ".altitude");
            if (shape == "cruise") t.shape = AltitudeShape::Cruise;
            else if (shape == "ballistic") t.shape = AltitudeShape::Ballistic;
            else if (shape == "aircraft") t.shape = AltitudeShape::Aircraft;
            else throw Bad{p + ".altitude.shape: expected cruise|ballistic|aircraft"};
            const bool ballistic = t.shape == AltitudeShape::Ballistic;
            t.cruiseAltitudeMeters = number(al, "cruise_m", p + ".altitude", !ballistic);
            t.terminalAltitudeMeters = number(al, "terminal_m", p + ".altitude", false);
            t.boostMeters = number(al, "boost_m", p + ".altitude", false);
            t.terminalMeters = number(al, "terminal_run_m", p + ".altitude", false);
            t.apogeeRatio = number(al, "apogee_ratio", p + ".altitude", ballistic);
            t.apogeeMaxMeters = number(al, "apogee_max_m", p + ".altitude", ballistic);
            t.altitudeSource = text(al, "source", p + ".altitude");
            if (m.contains("range_km")) {
                const auto& r = m["range_km"];
                t.rangeMinKm = number(r, "min", p + ".range_km");
                t.rangeMaxKm = number(r, "max", p + ".range_km");
                t.rangeSource = text(r, "source", p + ".range_km");
            }
            types.push_back(std::move(t));
        }
        if (types.empty()) throw Bad{"$.munitions: empty"};
        return Catalogue(std::move(types));
    } catch (const Bad& b) {
        return makeError("catalogue.invalid", file + ": " + b.message, file);
    } catch (const nlohmann::json::exception& e) {
        return makeError("catalogue.invalid", file + ": " + e.what(), file);
    }
}

} // namespace salvo::sim
