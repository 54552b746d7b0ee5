#include "eval/PlaceMatch.hpp"

#include "core/Utf8.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace salvo::eval {

namespace {

// "U.S." folds to "u s", "H.M." to "h m": runs of one-letter words are joined ("us", "hm") so that "US", "U. S." and
// "U.S." meet.
std::string joinInitials(const std::string& key) {
    std::string out;
    bool previousSingle = false;
    size_t i = 0;
    while (i < key.size()) {
        size_t end = key.find(' ', i);
        if (end == std::string::npos) end = key.size();
        const bool single = end - i == 1;
        if (!out.empty() && !(single && previousSingle)) out += ' ';
        out.append(key, i, end - i);
        previousSingle = single;
        i = end + 1;
    }
    return out;
}

std::string withoutPrefixWord(const std::string& key, std::initializer_list<std::string_view> words) {
    for (const auto w : words)
        if (key.size() > w.size() + 1 && key.compare(0, w.size(), w) == 0 && key[w.size()] == ' ')
            return key.substr(w.size() + 1);
    return {};
}

std::string withoutSuffixWord(const std::string& key, std::initializer_list<std::string_view> words) {
    for (const auto w : words)
        if (key.size() > w.size() + 1 && key.compare(key.size() - w.size(), w.size(), w) == 0 &&
            key[key.size() - w.size() - 1] == ' ')
            return key.substr(0, key.size() - w.size() - 1);
    return {};
}

// The written form without "(...)" notes and without a trailing possessive ("Yugoslavia's", "Turkey’s").
std::string stripNotes(std::string_view written) {
    std::string s;
    int depth = 0;
    for (const char c : written) {
        if (c == '(') ++depth;
        else if (c == ')') depth = std::max(0, depth - 1);
        else if (depth == 0) s += c;
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    for (const std::string_view poss : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
        if (s.size() > poss.size() && s.compare(s.size() - poss.size(), poss.size(), poss) == 0)
            s.resize(s.size() - poss.size());
    return s;
}

void addKeys(std::vector<std::string>& out, std::string_view written) {
    std::string key = joinInitials(foldKey(stripNotes(written)));
    if (const auto rest = withoutPrefixWord(key, {"the"}); !rest.empty()) key = rest;
    if (key.empty()) return;
    out.push_back(key);
    if (const auto rest = withoutPrefixWord(key, {"al", "el", "ar", "as", "ash", "at", "ad", "an", "az"}); !rest.empty())
        out.push_back(rest);
    const auto designator = {std::string_view("province"), std::string_view("governorate"), std::string_view("state"),
                             std::string_view("region"), std::string_view("district"), std::string_view("oblast"),
                             std::string_view("prefecture"), std::string_view("emirate"), std::string_view("canton"),
                             std::string_view("county"), std::string_view("city"), std::string_view("air base"),
                             std::string_view("airbase"), std::string_view("airfield")};
    for (size_t i = 0, n = out.size(); i < n; ++i)
        if (const auto rest = withoutSuffixWord(out[i], designator); !rest.empty()) out.push_back(rest);
}

std::vector<std::string> scenarioKeys(const scenario::Place& place) {
    std::vector<std::string> out = nameKeys(place.name);
    for (const auto& m : place.mentions) {
        const auto keys = nameKeys(m.text);
        out.insert(out.end(), keys.begin(), keys.end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::string> goldKeys(const GoldPlace& gold) {
    std::vector<std::string> out = nameKeys(gold.name);
    for (const auto& w : gold.alsoWritten) {
        const auto keys = nameKeys(w);
        out.insert(out.end(), keys.begin(), keys.end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool intersects(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) return true;
        a[i] < b[j] ? ++i : ++j;
    }
    return false;
}

// Coarse classes that a scenario kind and a gold kind are compared in.
std::string_view kindClass(std::string_view kind) {
    if (kind == "admin1" || kind == "province") return "province";
    if (kind == "point") return "city";
    return kind;
}

} // namespace

std::vector<std::string> nameKeys(std::string_view written) {
    std::vector<std::string> out;
    addKeys(out, written);
    // "TAMPA, Fla.", "KABUL, Afghanistan": a dateline names the place before the comma.
    if (const size_t comma = written.find(','); comma != std::string_view::npos && comma > 0)
        addKeys(out, written.substr(0, comma));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double toleranceDeg(const GoldPlace& gold) {
    if (gold.toleranceDeg) return *gold.toleranceDeg;
    if (gold.kind == "city") return 0.1;
    if (gold.kind == "base") return 0.05;
    if (gold.kind == "province") return 0.75;
    if (gold.kind == "region") return 1.5;
    return 3.0; // country, sea, and any kind the schema does not list
}

double offsetDeg(LatLon a, LatLon b) {
    const double meanLatRad = 0.5 * (a.lat + b.lat) * std::numbers::pi / 180.0;
    const double dLat = std::abs(a.lat - b.lat);
    const double dLon = std::abs(wrapLon(a.lon - b.lon)) * std::cos(meanLatRad);
    return std::max(dLat, dLon);
}

bool isNamedAs(const scenario::Place& place, const GoldPlace& gold) {
    return intersects(scenarioKeys(place), goldKeys(gold));
}

bool isLocatedAt(const scenario::Place& place, const GoldPlace& gold) {
    if (place.kind == "country" && gold.kind == "country" && !place.country.empty() && !gold.countryIso2.empty())
        return place.country == gold.countryIso2;
    return offsetDeg(place.pos, gold.pos) <= toleranceDeg(gold);
}

bool kindsCompatible(std::string_view scenarioKind, std::string_view goldKind) {
    const auto s = kindClass(scenarioKind), g = kindClass(goldKind);
    if (s == g) return true;
    const auto pair = [&](std::string_view a, std::string_view b) { return (s == a && g == b) || (s == b && g == a); };
    return pair("city", "base") || pair("province", "region");
}

bool isFound(const scenario::Place& place, const GoldPlace& gold) {
    return isLocatedAt(place, gold) && isNamedAs(place, gold);
}

bool standsFor(const scenario::Place& place, const GoldPlace& gold) {
    return isLocatedAt(place, gold) && (kindsCompatible(place.kind, gold.kind) || isNamedAs(place, gold));
}

} // namespace salvo::eval
