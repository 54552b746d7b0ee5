// Time expressions resolved against the dateline (the publication day, taken as 00:00-24:00 UTC).
// Rules, each documented because the text does not say:
//  - A weekday is the most recent such day on or before the dateline ("Thursday" in a Thursday article is that day);
//    "last X" is strictly before, "next X" strictly after. A day is its UTC day: the place's zone is unknown here.
//  - "overnight" / "last night": 18:00 the day before the dateline to 06:00 on the dateline (UTC), precision hour.
//    "tonight": 18:00-24:00 on the dateline. "X morning/afternoon/evening/night" narrow a day to 06-12, 12-18,
//    18-24 and 18-06 (next day).
//  - "in the previous/past/last N hours|days|weeks": from the dateline minus N to the end of the dateline day (the
//    publication hour is unknown, so the window is N plus one day long).
//  - "this week": Monday of the dateline's week to the end of the dateline day; "earlier this week" ends at the start
//    of the dateline day; "last week": the Monday-to-Sunday before. Same for months ("earlier this month").
//  - A date without a year takes the dateline's year, or the year before when that puts it more than 7 days after
//    the dateline ("Dec. 30" in a January article).
//  - A clock time takes the date written next to it ("8:40 p.m. EDT on April 6", "4:40 a.m., April 7"), else the
//    dateline. Zones: fixed abbreviations (UTC, GMT, EDT ...) by their defined offsets; "ET"/"Eastern time" etc. and
//    "<City> time" ("Moscow time") through the tz database, so historical offsets are right. No zone, or "local
//    time", or a zone only a place can give: needsZone, resolved later by resolveInZone().
#include "text/Lexicon.hpp"

#include <date/tz.h>

#include <charconv>
#include <cmath>
#include <unordered_map>

namespace salvo::text {

namespace {

// Local wall time in a named zone to UTC; nullopt when the zone is unknown or the date invalid.
std::optional<UtcTime> localToUtc(std::string_view zone, int y, int m, int d, int hh, int mm) {
    if (!isValidDate(y, m, d)) return std::nullopt;
    try {
        // locate_zone throws for an unknown name: caught here, it is an expected failure.
        const date::time_zone* z = date::locate_zone(std::string(zone));
        const date::local_seconds lt = date::local_days{date::year{y} / m / d} + std::chrono::hours{hh} +
                                       std::chrono::minutes{mm};
        const auto sys = z->to_sys(lt, date::choose::earliest);
        return UtcTime{static_cast<double>(sys.time_since_epoch().count())};
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

// The tz database zone whose city is `name` ("Moscow" -> "Europe/Moscow", "New York" -> "America/New_York"), or empty.
std::string zoneForCity(std::string_view name) {
    static const std::unordered_map<std::string, std::string> byCity = [] {
        std::unordered_map<std::string, std::string> m;
        try {
            const auto& db = date::get_tzdb();
            const auto addName = [&](const std::string& full) {
                const size_t slash = full.rfind('/');
                std::string city = full.substr(slash == std::string::npos ? 0 : slash + 1);
                for (char& c : city) c = c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                m.emplace(city, full);
            };
            for (const auto& z : db.zones) addName(std::string(z.name()));
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

} // namespace

std::optional<TimeInterval> resolveInZone(const TimeExpr& t, std::string_view ianaZone) {
    if (t.localYear < 0 || t.localMonth < 0 || t.localDay < 0 || t.localHour < 0) return std::nullopt;
    auto u = localToUtc(ianaZone, t.localYear, t.localMonth, t.localDay, t.localHour, std::max(0, t.localMinute));
    if (!u) return std::nullopt;
    return TimeInterval{*u, *u, TimePrecision::Minute};
}

namespace detail {

namespace {

constexpr double kDay = 86400, kHour = 3600;

struct Civil {
    int y = 0, m = 0, d = 0;
};
Civil civilOf(UtcTime t) {
    const auto days = static_cast<long long>(std::floor(t.unixSeconds / kDay));
    const date::year_month_day ymd{date::sys_days{date::days{days}}};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}
int weekdayOf(UtcTime day) { // Monday = 0; 1970-01-01 was a Thursday
    const auto days = static_cast<long long>(std::floor(day.unixSeconds / kDay));
    return static_cast<int>(((days + 3) % 7 + 7) % 7);
}

struct FixedZone {
    std::string_view abbrev;
    int offsetMinutes;
};
// Abbreviations with one defined offset (EDT is UTC-4 by definition, wherever it is used). Ambiguous ones (IST, AST,
// CST as China time) are left out on purpose.
constexpr FixedZone kFixed[] = {{"utc", 0},      {"gmt", 0},      {"z", 0},        {"zulu", 0},     {"est", -300},
                                {"edt", -240},   {"cst", -360},   {"cdt", -300},   {"mst", -420},   {"mdt", -360},
                                {"pst", -480},   {"pdt", -420},   {"akst", -540},  {"akdt", -480},  {"hst", -600},
                                {"bst", 60},     {"cet", 60},     {"cest", 120},   {"eet", 120},    {"eest", 180},
                                {"wet", 0},      {"west", 60},    {"jst", 540},    {"kst", 540},    {"pkt", 300},
                                {"irst", 210},   {"irdt", 270},   {"aest", 600},   {"aedt", 660},   {"sgt", 480},
                                {"hkt", 480},    {"wib", 420}};
// Abbreviations for a region's civil time, which changes offset with the season: resolved through the tz database.
struct NamedZone {
    std::string_view word;
    std::string_view zone;
};
constexpr NamedZone kNamed[] = {{"et", "America/New_York"},    {"eastern", "America/New_York"},
                                {"ct", "America/Chicago"},     {"central", "America/Chicago"},
                                {"mt", "America/Denver"},      {"mountain", "America/Denver"},
                                {"pt", "America/Los_Angeles"}, {"pacific", "America/Los_Angeles"},
                                {"msk", "Europe/Moscow"}};

class TimeScanner {
public:
    TimeScanner(Document& doc, const Scratch& s) : m_doc(doc), m_s(s), m_text(doc.text), m_lower(s.lower) {
        if (doc.dateline) m_dl = civilOf(*doc.dateline);
    }

    void run() {
        for (size_t si = 0; si < m_doc.sentences.size(); ++si) {
            const Sentence& sn = m_doc.sentences[si];
            m_first = sn.firstToken;
            m_last = sn.firstToken + sn.tokenCount;
            m_sentence = static_cast<int>(si);
            for (size_t k = m_first; k < m_last;) {
                const size_t next = scanAt(k);
                k = next > k ? next : k + 1;
            }
        }
    }

private:
    Document& m_doc;
    const Scratch& m_s;
    std::string_view m_text, m_lower;
    std::optional<Civil> m_dl;
    size_t m_first = 0, m_last = 0;
    int m_sentence = -1;

    const Token& t(size_t k) const { return m_doc.tokens[k]; }
    std::string_view w(size_t k) const {
        return k < m_last ? m_text.substr(t(k).start, t(k).end - t(k).start) : std::string_view();
    }
    std::string_view lw(size_t k) const {
        return k < m_last ? m_lower.substr(t(k).start, t(k).end - t(k).start) : std::string_view();
    }
    uint32_t f(size_t k) const { return k < m_last && m_s.lex[k] ? m_s.lex[k]->flags : 0; }
    double v(size_t k) const { return m_s.lex[k] ? m_s.lex[k]->value : 0; }
    UtcTime dlDay() const { return utcFromParts(m_dl->y, m_dl->m, m_dl->d); }

    TimeExpr& emit(size_t a, size_t bExcl) {
        TimeExpr e;
        e.start = t(a).start;
        e.end = t(bExcl - 1).end;
        e.text = std::string(m_text.substr(e.start, e.end - e.start));
        e.sentence = m_sentence;
        m_doc.times.push_back(std::move(e));
        return m_doc.times.back();
    }
    void setInterval(TimeExpr& e, UtcTime a, UtcTime b, TimePrecision p) {
        e.interval = {a, b, p};
        e.resolved = true;
    }
    void unresolved(TimeExpr& e) {
        e.resolved = false;
        e.relative = true;
    }

    // A date (explicit or from a weekday) starting at k; fills y/m/d (y from the dateline when missing).
    struct DateHit {
        Civil c;
        bool hasDay = false, relative = false, known = false;
        size_t next = 0;
    };
    std::optional<DateHit> dateAt(size_t k) const {
        if (k >= m_last) return std::nullopt;
        // "Wednesday, Oct. 7" / "Wednesday (Oct. 7)": the explicit date wins over the weekday.
        if ((f(k) & kWeekday) && t(k).capitalized) {
            size_t j = k + 1;
            if (j < m_last && (w(j) == "," || w(j) == "(")) ++j;
            if (auto d = dateAt(j); d && d->hasDay && !(f(j) & kWeekday)) {
                if (d->next < m_last && w(d->next) == ")") ++d->next;
                return d;
            }
            return weekday(k);
        }
        auto p = parseDate(m_text, m_lower, m_doc.tokens, k, m_last);
        if (!p) return std::nullopt;
        DateHit h;
        h.c = {p->year, p->month, p->day};
        h.hasDay = p->day != 0;
        h.next = p->next;
        if (!p->year) {
            h.relative = true;
            if (!m_dl || !p->day) return h;
            h.c.y = m_dl->y;
            if (utcFromParts(h.c.y, h.c.m, h.c.d) > dlDay() + 7 * kDay) --h.c.y;
            if (!isValidDate(h.c.y, h.c.m, h.c.d)) return std::nullopt;
        }
        h.known = true;
        return h;
    }
    DateHit weekday(size_t k) const {
        DateHit h;
        h.hasDay = true;
        h.relative = true;
        h.next = k + 1;
        if (!m_dl) return h;
        const int wd = static_cast<int>(v(k));
        const int dw = weekdayOf(dlDay());
        int back = (dw - wd + 7) % 7;
        const std::string_view prev = k > m_first ? lw(k - 1) : std::string_view();
        if (prev == "last" && back == 0) back = 7;
        if (prev == "next") back = -((wd - dw + 7) % 7 == 0 ? 7 : (wd - dw + 7) % 7);
        h.c = civilOf(dlDay() + (-back) * kDay);
        h.known = true;
        return h;
    }

    // A clock time at k: "8:40", "0340" (with a zone or "hours"), "8" (with a.m./p.m.). Sets hh/mm and the next token.
    bool clockAt(size_t k, int& hh, int& mm, size_t& next) const {
        if (k >= m_last || t(k).kind != TokenKind::Number) return false;
        const std::string_view s = w(k);
        const auto num = [](std::string_view x, int& out) {
            auto [p, ec] = std::from_chars(x.data(), x.data() + x.size(), out);
            return ec == std::errc() && p == x.data() + x.size();
        };
        const std::string_view n1 = lw(k + 1);
        const bool ampm = n1 == "a.m." || n1 == "p.m." || n1 == "am" || n1 == "pm" || n1 == "a.m" || n1 == "p.m";
        const size_t colon = s.find(':');
        if (colon != std::string_view::npos) {
            if (colon == 0 || colon > 2 || s.size() != colon + 3) return false;
            if (!num(s.substr(0, colon), hh) || !num(s.substr(colon + 1), mm)) return false;
        } else if (s.size() == 4 && s.find_first_not_of("0123456789") == std::string_view::npos && !ampm) {
            // "0340 GMT", "1400 hours": military style needs a zone word or "hours" right after.
            if (!(n1 == "hours" || n1 == "hrs" || n1 == "gmt" || n1 == "utc" || n1 == "z" || n1 == "local" ||
                  zoneWord(k + 1)))
                return false;
            if (!num(s.substr(0, 2), hh) || !num(s.substr(2), mm)) return false;
        } else if (ampm && s.size() <= 2 && num(s, hh)) {
            mm = 0;
        } else {
            return false;
        }
        if (hh > 24 || mm > 59) return false;
        next = k + 1;
        if (ampm) {
            if (hh < 1 || hh > 12) return false;
            if (n1[0] == 'p' && hh != 12) hh += 12;
            if (n1[0] == 'a' && hh == 12) hh = 0;
            ++next;
        }
        if (next < m_last && (lw(next) == "hours" || lw(next) == "hrs")) ++next;
        return true;
    }
    bool zoneWord(size_t k) const {
        const std::string_view l = lw(k);
        for (const auto& z : kFixed)
            if (l == z.abbrev) return true;
        return false;
    }

    struct Zone {
        bool found = false, local = false;
        int offsetMinutes = 0;
        std::string iana;  // named zone
        std::string label; // as written
        size_t next = 0;
    };
    Zone zoneAt(size_t k) const {
        Zone z;
        size_t j = k;
        const bool paren = j < m_last && w(j) == "(";
        if (paren) ++j;
        if (j >= m_last || t(j).kind != TokenKind::Word) return z;
        const std::string_view l = lw(j);
        const std::string_view raw = w(j);
        size_t after = j + 1;
        bool isUpper = true;
        for (char c : raw) isUpper = isUpper && (isAsciiUpper(c) || c == '.');
        for (const auto& fz : kFixed) {
            if (l == fz.abbrev && (isUpper || l.size() > 3)) {
                z.found = true;
                z.offsetMinutes = fz.offsetMinutes;
                z.label = std::string(raw);
            }
        }
        if (!z.found) {
            for (const auto& nz : kNamed) {
                if (l != nz.word) continue;
                const bool abbrev = l.size() <= 3;
                // "ET" alone; "Eastern time", "Eastern Standard Time", "Eastern Daylight Time".
                if (abbrev && isUpper) { z.found = true; }
                else if (!abbrev && t(j).capitalized) {
                    size_t q = j + 1;
                    if (lw(q) == "standard" || lw(q) == "daylight") ++q;
                    if (lw(q) == "time") { z.found = true; after = q + 1; }
                }
                if (z.found) { z.iana = std::string(nz.zone); z.label = std::string(m_text.substr(t(j).start, t(after - 1).end - t(j).start)); }
                break;
            }
        }
        if (!z.found && lw(j + 1) == "time") {
            if (l == "local") {
                z.found = z.local = true;
                after = j + 2;
                z.label = "local time";
            } else if (t(j).capitalized) { // "Moscow time", "Damascus time"
                z.found = true;
                z.iana = zoneForCity(raw);
                z.local = z.iana.empty(); // "Syrian time": the place must give the zone
                z.label = std::string(raw);
                after = j + 2;
            }
        }
        if (!z.found) return z;
        if (paren && after < m_last && w(after) == ")") ++after;
        else if (paren) return Zone{};
        z.next = after;
        return z;
    }

    // "in Syria", "in northern Syria" right after a clock time: capitalised words after "in".
    bool placeAt(size_t k, TimeExpr& e, size_t& next) const {
        if (lw(k) != "in") return false;
        size_t j = k + 1;
        while (j < m_last && t(j).kind == TokenKind::Word && !t(j).capitalized && j < k + 3 &&
               !(f(j) & (kDeterminer | kPreposition)))
            ++j; // "in northern Syria"
        if (lw(j) == "the") ++j;
        const size_t a = j;
        while (j < m_last && t(j).kind == TokenKind::Word && t(j).capitalized) ++j;
        if (j == a) return false;
        e.localPlaceStart = t(a).start;
        e.localPlaceEnd = t(j - 1).end;
        e.localPlace = std::string(m_text.substr(e.localPlaceStart, e.localPlaceEnd - e.localPlaceStart));
        next = j;
        return true;
    }

    size_t scanAt(size_t k) {
        // [clock] "8:40 p.m. EDT", "4:40 a.m., April 7, in Syria", "03:42 Moscow time", "0340 GMT"
        int hh = 0, mm = 0;
        size_t next = 0;
        if (clockAt(k, hh, mm, next)) return clock(k, hh, mm, next);
        const std::string_view l = lw(k);
        // [date] "April 7", "Oct. 8, 2015", "7 April 2017", "2015-10-08", "Wednesday", "Wednesday, Oct. 7"
        if (auto d = dateAt(k)) {
            // "April 6 at 8:40 p.m. EDT", "Wednesday at 14:00 GMT": the clock carries the date.
            size_t j = d->next;
            if (lw(j) == "at" || w(j) == ",") ++j;
            if (d->hasDay && clockAt(j, hh, mm, next)) return clock(j, hh, mm, next, &*d, k);
            size_t end = d->next;
            TimeExpr& e = emit(k, end);
            e.relative = d->relative;
            if (!d->known) { unresolved(e); return end; }
            e.localYear = d->c.y;
            e.localMonth = d->c.m;
            e.localDay = d->hasDay ? d->c.d : -1;
            if (!d->hasDay) {
                const UtcTime a = utcFromParts(d->c.y, d->c.m, 1);
                const UtcTime b = d->c.m == 12 ? utcFromParts(d->c.y + 1, 1, 1) : utcFromParts(d->c.y, d->c.m + 1, 1);
                setInterval(e, a, b, TimePrecision::Month);
                return end;
            }
            UtcTime a = utcFromParts(d->c.y, d->c.m, d->c.d), b = a + kDay;
            TimePrecision p = TimePrecision::Day;
            // "Wednesday night", "Thursday morning".
            const std::string_view part = lw(end);
            if (part == "morning" || part == "afternoon" || part == "evening" || part == "night") {
                const double from = part == "morning" ? 6 : part == "afternoon" ? 12 : 18;
                const double to = part == "morning" ? 12 : part == "afternoon" ? 18 : part == "evening" ? 24 : 30;
                b = a + to * kHour;
                a = a + from * kHour;
                p = TimePrecision::Hour;
                e.end = t(end).end;
                e.text = std::string(m_text.substr(e.start, e.end - e.start));
                ++end;
            }
            setInterval(e, a, b, p);
            return end;
        }
        if (t(k).kind != TokenKind::Word) return k + 1;
        // [relative days]
        if (l == "today" || l == "yesterday" || l == "tomorrow" || l == "tonight" || l == "overnight" ||
            (l == "last" && lw(k + 1) == "night") || (l == "this" && lw(k + 1) == "morning")) {
            const size_t end = (l == "last" || l == "this") ? k + 2 : k + 1;
            TimeExpr& e = emit(k, end);
            e.relative = true;
            if (!m_dl) { unresolved(e); return end; }
            const UtcTime d0 = dlDay();
            if (l == "today") setInterval(e, d0, d0 + kDay, TimePrecision::Day);
            else if (l == "yesterday") setInterval(e, d0 + -kDay, d0, TimePrecision::Day);
            else if (l == "tomorrow") setInterval(e, d0 + kDay, d0 + 2 * kDay, TimePrecision::Day);
            else if (l == "tonight") setInterval(e, d0 + 18 * kHour, d0 + kDay, TimePrecision::Hour);
            else if (l == "this") setInterval(e, d0 + 6 * kHour, d0 + 12 * kHour, TimePrecision::Hour);
            else setInterval(e, d0 + -6 * kHour, d0 + 6 * kHour, TimePrecision::Hour); // overnight, last night
            return end;
        }
        // [windows] "in the previous 24 hours", "over the past two days", "in the last week"
        if ((l == "previous" || l == "past" || l == "last") && k > m_first && lw(k - 1) == "the") {
            size_t j = k + 1;
            double n = 1;
            if (j < m_last && t(j).kind == TokenKind::Number) {
                if (std::from_chars(w(j).data(), w(j).data() + w(j).size(), n).ec != std::errc()) return k + 1;
                ++j;
            } else if (f(j) & kNumberWord) {
                n = v(j);
                ++j;
            }
            const std::string_view u = lw(j);
            double unit = 0;
            TimePrecision p = TimePrecision::Hour;
            if (u == "hours" || u == "hour") unit = kHour;
            else if (u == "days" || u == "day") { unit = kDay; p = TimePrecision::Day; }
            else if (u == "weeks" || u == "week") { unit = 7 * kDay; p = TimePrecision::Day; }
            if (unit == 0 || j >= m_last) return k + 1;
            size_t a = k - 1;
            if (a > m_first && (f(a - 1) & kPreposition)) --a; // "in the", "over the", "during the"
            TimeExpr& e = emit(a, j + 1);
            e.relative = true;
            if (!m_dl) { unresolved(e); return j + 1; }
            setInterval(e, dlDay() + -n * unit, dlDay() + kDay, p);
            return j + 1;
        }
        // [weeks and months] "this week", "earlier this week", "last week", "earlier this month", "last month"
        if ((l == "this" || l == "last") && (lw(k + 1) == "week" || lw(k + 1) == "month")) {
            const bool earlier = k > m_first && lw(k - 1) == "earlier";
            const size_t a = earlier ? k - 1 : k;
            TimeExpr& e = emit(a, k + 2);
            e.relative = true;
            if (!m_dl) { unresolved(e); return k + 2; }
            const UtcTime d0 = dlDay();
            if (lw(k + 1) == "week") {
                const UtcTime monday = d0 + -weekdayOf(d0) * kDay;
                if (l == "last") setInterval(e, monday + -7 * kDay, monday, TimePrecision::Week);
                else setInterval(e, monday, earlier ? d0 : d0 + kDay, TimePrecision::Week);
            } else {
                const UtcTime first = utcFromParts(m_dl->y, m_dl->m, 1);
                if (l == "last") {
                    const UtcTime prev = m_dl->m == 1 ? utcFromParts(m_dl->y - 1, 12, 1)
                                                      : utcFromParts(m_dl->y, m_dl->m - 1, 1);
                    setInterval(e, prev, first, TimePrecision::Month);
                } else {
                    setInterval(e, first, earlier ? d0 : d0 + kDay, TimePrecision::Month);
                }
            }
            return k + 2;
        }
        // [ago] "three days ago"
        if ((t(k).kind == TokenKind::Number || (f(k) & kNumberWord)) && (lw(k + 1) == "days" || lw(k + 1) == "day") &&
            lw(k + 2) == "ago") {
            double n = v(k);
            if (t(k).kind == TokenKind::Number) std::from_chars(w(k).data(), w(k).data() + w(k).size(), n);
            TimeExpr& e = emit(k, k + 3);
            e.relative = true;
            if (!m_dl) { unresolved(e); return k + 3; }
            const UtcTime d = dlDay() + -n * kDay;
            setInterval(e, d, d + kDay, TimePrecision::Day);
            return k + 3;
        }
        return k + 1;
    }

    // A clock time at k..next with an optional zone and date after it; `date` is a date written before it.
    size_t clock(size_t k, int hh, int mm, size_t next, const DateHit* date = nullptr, size_t dateStart = SIZE_MAX) {
        Zone z = zoneAt(next);
        size_t end = z.found ? z.next : next;
        std::optional<DateHit> d;
        if (date) d = *date;
        if (!d) {
            // ", April 7" / "on April 6" / "on Wednesday" / "Wednesday" right after.
            size_t j = end;
            if (j < m_last && (w(j) == "," || lw(j) == "on")) ++j;
            if (auto dd = dateAt(j); dd && dd->hasDay) {
                d = dd;
                end = dd->next;
                if (end < m_last && w(end) == "," && lw(end + 1) == "in") ++end;
            }
        }
        TimeExpr probe;
        size_t placeNext = 0;
        const bool hasPlace = (!z.found || z.local) && placeAt(end, probe, placeNext);
        const size_t a = dateStart != SIZE_MAX ? dateStart : k;
        // Do not swallow the trailing comma of ", April 7," when no place follows.
        if (!hasPlace && end > next && w(end - 1) == ",") --end;
        TimeExpr& e = emit(a, hasPlace ? placeNext : end);
        if (hasPlace) {
            e.localPlace = probe.localPlace;
            e.localPlaceStart = probe.localPlaceStart;
            e.localPlaceEnd = probe.localPlaceEnd;
        }
        e.localHour = hh;
        e.localMinute = mm;
        e.zone = !z.iana.empty() ? z.iana : z.label;
        Civil c{};
        bool known = false;
        if (d && d->known) { c = d->c; known = true; e.relative = d->relative; }
        else if (!d && m_dl) { c = *m_dl; known = true; e.relative = true; }
        if (known) { e.localYear = c.y; e.localMonth = c.m; e.localDay = c.d; }
        if (!z.found || z.local || (z.iana.empty() && z.label.empty())) {
            e.needsZone = true;
            e.resolved = false;
            if (known) {
                const UtcTime day = utcFromParts(c.y, c.m, c.d);
                e.interval = {day + -14 * kHour, day + 38 * kHour, TimePrecision::Day};
            }
            return hasPlace ? placeNext : end;
        }
        if (!known) { unresolved(e); return end; }
        if (!z.iana.empty()) {
            if (auto u = localToUtc(z.iana, c.y, c.m, c.d, hh, mm)) setInterval(e, *u, *u, TimePrecision::Minute);
            else { e.needsZone = true; unresolved(e); }
        } else {
            const UtcTime u = utcFromParts(c.y, c.m, c.d, hh, mm) + -z.offsetMinutes * 60.0;
            setInterval(e, u, u, TimePrecision::Minute);
        }
        return end;
    }
};

} // namespace

void findTimes(Document& doc, const Scratch& s) { TimeScanner(doc, s).run(); }

} // namespace detail
} // namespace salvo::text
