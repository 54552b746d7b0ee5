// Zone names and conversions (see TimeZones.hpp). Offsets are minutes east of UTC.
#include "text/TimeZones.hpp"

#include <date/tz.h>

#include <cctype>
#include <unordered_map>
#include <utility>
#include <vector>

namespace salvo::text::detail {

namespace {

struct Named {
    std::string_view name;
    int offsetMinutes;
};

// Abbreviations with one defined offset. Those that spell an English word ("eat", "cat", "wat") only count in
// capitals; the scanner checks case.
constexpr Named kFixed[] = {
    {"utc", 0},     {"gmt", 0},     {"z", 0},       {"zulu", 0},    {"est", -300},  {"edt", -240},  {"cst", -360},
    {"cdt", -300},  {"mst", -420},  {"mdt", -360},  {"pst", -480},  {"pdt", -420},  {"akst", -540}, {"akdt", -480},
    {"hst", -600},  {"bst", 60},    {"cet", 60},    {"cest", 120},  {"eet", 120},   {"eest", 180},  {"wet", 0},
    {"west", 60},   {"jst", 540},   {"kst", 540},   {"pkt", 300},   {"irst", 210},  {"irdt", 270},  {"aest", 600},
    {"aedt", 660},  {"sgt", 480},   {"hkt", 480},   {"wib", 420},   {"idt", 180},   {"aft", 270},   {"ict", 420},
    {"pht", 480},   {"eat", 180},   {"cat", 120},   {"wat", 60},    {"sast", 120},  {"nzst", 720},  {"nzdt", 780}};

// Regions named before "Standard Time" (their standard offset; "Daylight"/"Summer" Time adds an hour).
constexpr Named kRegions[] = {
    {"eastern", -300},          {"central", -360},          {"mountain", -420},        {"pacific", -480},
    {"alaska", -540},           {"hawaii", -600},           {"hawaii-aleutian", -600}, {"atlantic", -240},
    {"greenwich", 0},           {"british", 0},             {"western european", 0},   {"central european", 60},
    {"eastern european", 120},  {"west africa", 60},        {"central africa", 120},   {"south africa", 120},
    {"east africa", 180},       {"moscow", 180},            {"arabia", 180},           {"arabian", 180},
    {"gulf", 240},              {"iran", 210},              {"iranian", 210},          {"israel", 120},
    {"israeli", 120},           {"afghanistan", 270},       {"pakistan", 300},         {"india", 330},
    {"indian", 330},            {"indochina", 420},         {"china", 480},            {"chinese", 480},
    {"singapore", 480},         {"philippine", 480},        {"korea", 540},            {"korean", 540},
    {"japan", 540},             {"japanese", 540},          {"australian eastern", 600}, {"new zealand", 720}};

struct Civil {
    std::string_view word, zone;
};
constexpr Civil kCivil[] = {{"et", "America/New_York"},    {"eastern", "America/New_York"},
                            {"ct", "America/Chicago"},     {"central", "America/Chicago"},
                            {"mt", "America/Denver"},      {"mountain", "America/Denver"},
                            {"pt", "America/Los_Angeles"}, {"pacific", "America/Los_Angeles"},
                            {"msk", "Europe/Moscow"}};

} // namespace

std::optional<int> fixedZoneOffset(std::string_view w) {
    for (const auto& z : kFixed)
        if (z.name == w) return z.offsetMinutes;
    return std::nullopt;
}

std::string_view civilZone(std::string_view w) {
    for (const auto& z : kCivil)
        if (z.word == w) return z.zone;
    return {};
}

std::optional<int> regionStandardOffset(std::string_view w) {
    for (const auto& z : kRegions)
        if (z.name == w) return z.offsetMinutes;
    return std::nullopt;
}

std::string zoneForCity(std::string_view name) {
    static const std::unordered_map<std::string, std::string> byCity = [] {
        std::unordered_map<std::string, std::string> m;
        try {
            for (const auto& z : date::get_tzdb().zones) {
                const std::string full(z.name());
                const size_t slash = full.rfind('/');
                std::string city = full.substr(slash == std::string::npos ? 0 : slash + 1);
                for (char& c : city) c = c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                m.emplace(city, full);
            }
        } catch (const std::exception&) {
            // No tz database: every named zone stays unresolved (needsZone).
        }
        return m;
    }();
    std::string key(name);
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto it = byCity.find(key);
    return it == byCity.end() ? std::string() : it->second;
}

std::optional<int> parseNumericOffset(std::string_view text, size_t pos, size_t& end) {
    size_t i = pos;
    if (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size() || (text[i] != '+' && text[i] != '-')) return std::nullopt;
    const int sign = text[i] == '-' ? -1 : 1;
    ++i;
    const auto digit = [&](size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
    size_t n = 0;
    while (digit(i + n) && n < 4) ++n;
    if (n == 0 || digit(i + n)) return std::nullopt;
    int hours = 0, minutes = 0;
    const auto num = [&](size_t a, size_t len) {
        int v = 0;
        for (size_t k = a; k < a + len; ++k) v = v * 10 + (text[k] - '0');
        return v;
    };
    if (n <= 2) {
        hours = num(i, n);
        i += n;
        if (i < text.size() && text[i] == ':' && digit(i + 1) && digit(i + 2) && !digit(i + 3)) {
            minutes = num(i + 1, 2);
            i += 3;
        }
    } else if (n == 4) { // "+0530"
        hours = num(i, 2);
        minutes = num(i + 2, 2);
        i += 4;
    } else {
        return std::nullopt;
    }
    if (hours > 14 || minutes > 59) return std::nullopt;
    end = i;
    return sign * (hours * 60 + minutes);
}

// The zone of an IANA name, looked up once per thread and name (date::locate_zone searches the whole database each
// time: 3% of an extraction); nullptr for an unknown name.
static const date::time_zone* zoneNamed(std::string_view ianaZone) {
    thread_local std::vector<std::pair<std::string, const date::time_zone*>> known;
    for (const auto& [name, zone] : known)
        if (name == ianaZone) return zone;
    const date::time_zone* zone = nullptr;
    try {
        zone = date::locate_zone(std::string(ianaZone)); // throws for an unknown name: an expected failure
    } catch (const std::exception&) {
        zone = nullptr;
    }
    if (known.size() < 64) known.emplace_back(std::string(ianaZone), zone);
    return zone;
}

std::optional<UtcTime> localToUtc(std::string_view ianaZone, int y, int m, int d, int minutes) {
    if (!isValidDate(y, m, d)) return std::nullopt;
    const date::time_zone* z = zoneNamed(ianaZone);
    if (!z) return std::nullopt;
    try {
        const date::local_seconds lt =
            date::local_days{date::year{y} / m / d} + std::chrono::minutes{minutes};
        const auto sys = z->to_sys(lt, date::choose::earliest);
        return UtcTime{static_cast<double>(sys.time_since_epoch().count())};
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace salvo::text::detail
