// Time expressions resolved against the dateline (the publication day).
// Rules, each documented because the text does not say:
//  - A calendar day with no zone ("Nov. 8", "Wednesday", "yesterday") is that UTC day, 00:00-24:00: readers and the
//    gold compare dates by their label, and a day has no instant to convert. A time of day with no zone (a clock
//    time, "Thursday afternoon", "overnight", "That evening") is local wall time: needsZone, with the local parts
//    set, resolved by resolveInZone() once extract knows the place. A written zone makes the interval exact.
//  - A weekday is the most recent such day on or before the dateline, except the day right after it, which is taken
//    as the next day (a report filed late, or in a zone behind the event's; "by early Thursday" in a Wednesday
//    report). "last X" is strictly before the dateline, "next X" strictly after.
//  - A date without a year takes the year of a fully written date earlier in the same paragraph (the nearest one
//    round it), else the dateline's year, or the year before when that puts it more than 7 days after the dateline
//    ("Dec. 29" in a January release).
//  - A clock time takes the day written next to it ("8:40 p.m. EDT on April 6", "yesterday at 6:40 p.m.",
//    "at 7:32 p.m. local time today"), else the day of the most recent earlier expression that dates an event (not
//    a speech: "said Monday" does not count), else the dateline. "That evening", "the night before", "the next day"
//    refer back the same way.
//  - Parts of a day: morning 06-12, afternoon 12-18, evening 18-24, night 18-06; "early morning"/"early hours"
//    00-06, "early <day>" 00-06, "late <day>" 18-24; "overnight"/"last night" 18:00 the day before the dateline to
//    06:00 on it, or before the day written after it ("overnight on March 4"); "tonight" 18-24 on the dateline.
//  - A range of days ("March 9-10", "22-23 February") spans them all; its night ("the night of March 9-10") opens on
//    the first.
//  - "in the previous/past/last N hours|days|weeks": from the dateline minus N to the end of the dateline day (the
//    publication hour is unknown, so the window is N plus one day long). "since <date>": from that day to the end
//    of the dateline day. "this week" runs from Monday; "last week" is the Monday-to-Sunday before; months alike.
//  - Zones: abbreviations with one defined offset, "Korea Standard Time"-style names, "UTC+3"/"(UTC-5)"; civil-time
//    names ("ET", "Eastern time", "<City> time") through the tz database. "local time", "local Somalia time" and a
//    "<Place> time" the tz database does not know ("(Sanaa time)") leave the zone to a place: needsZone, with the
//    place's span and localPlaceIsZone.
//  - A second clock time in parentheses restates the first in another zone ("8:40 p.m. EDT (4:40 a.m., April 7, in
//    Syria)"): the one without a zone takes the exact interval of the other, and sameAs points to it.
#include "core/Utf8.hpp"
#include "text/Lexicon.hpp"
#include "text/TimeZones.hpp"

#include <algorithm>
#include <date/date.h>

#include <charconv>
#include <cmath>

namespace salvo::text {

std::optional<TimeInterval> resolveInZone(const TimeExpr& t, std::string_view ianaZone) {
    if (t.localYear < 0 || t.localMonth < 0 || t.localDay < 0) return std::nullopt;
    const auto at = [&](int minutes) {
        return detail::localToUtc(ianaZone, t.localYear, t.localMonth, t.localDay, minutes);
    };
    if (t.localHour < 0) { // a whole local day
        auto a = at(0), b = at(24 * 60);
        if (!a || !b) return std::nullopt;
        return TimeInterval{*a, *b, TimePrecision::Day};
    }
    const int from = t.localHour * 60 + std::max(0, t.localMinute);
    auto a = at(from);
    if (!a) return std::nullopt;
    if (t.localSpanMinutes <= 0) return TimeInterval{*a, *a, TimePrecision::Minute};
    auto b = at(from + t.localSpanMinutes);
    if (!b) return std::nullopt;
    const bool hours = from % 60 == 0 && t.localSpanMinutes % 60 == 0;
    return TimeInterval{*a, *b, hours ? TimePrecision::Hour : TimePrecision::Minute};
}

bool isCauseNoun(std::string_view w) {
    return w == "retaliation" || w == "response" || w == "revenge" || w == "reprisal" || w == "reprisals" ||
           w == "retribution";
}

namespace detail {

namespace {

constexpr double kDay = 86400, kHour = 3600;
constexpr int kDayMinutes = 24 * 60;

struct Civil {
    int y = 0, m = 0, d = 0;
};
Civil civilOf(UtcTime t) {
    const auto days = static_cast<long long>(std::floor(t.unixSeconds / kDay));
    const date::year_month_day ymd{date::sys_days{date::days{days}}};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}
UtcTime dayStart(const Civil& c) { return utcFromParts(c.y, c.m, c.d); }
Civil addDays(const Civil& c, int n) { return civilOf(dayStart(c) + n * kDay); }
int weekdayOf(UtcTime day) { // Monday = 0; 1970-01-01 was a Thursday
    const auto days = static_cast<long long>(std::floor(day.unixSeconds / kDay));
    return static_cast<int>(((days + 3) % 7 + 7) % 7);
}

// A stretch of local wall time: a calendar day, or `spanMin` minutes from `fromMin` after its midnight.
struct Local {
    Civil day;
    bool known = false;    // the day is known (written, or from the dateline or an earlier date)
    bool relative = false; // it needed the dateline or an earlier date
    int fromMin = -1;      // -1: the whole day
    int spanMin = 0;       // may run past midnight ("night": 18:00 for 12 h)
    bool night = false;    // a night: "the night before" counts back from it
    int days = 1;          // whole days from `day` when fromMin is -1 ("March 9-10": 2)
};

// A zone written in the text.
struct Zone {
    enum Kind { None, Fixed, Iana, Place } kind = None; // Place: a place must give the zone
    int offsetMinutes = 0;               // Fixed
    std::string iana;                    // Iana
    std::string label;                   // as written
    size_t placeStart = 0, placeEnd = 0; // the place naming the zone ("Sanaa" in "(Sanaa time)"); empty if none
    size_t next = 0;                     // token after the zone
    bool exact() const { return kind == Fixed || kind == Iana; }
};

struct Range {
    int from = 0, to = 0; // minutes after midnight; `to` may pass 24 h (a night)
};

// A part of the day, with an optional "early"/"late" modifier; `word` empty for "early Thursday"/"late Wednesday".
std::optional<Range> partOfDay(std::string_view mod, std::string_view word) {
    const bool early = mod == "early", late = mod == "late";
    if (word.empty()) {
        if (early) return Range{0, 360};
        if (late) return Range{1080, 1440};
        return std::nullopt;
    }
    if (word == "morning") return early ? Range{0, 360} : late ? Range{540, 720} : Range{360, 720};
    if (word == "afternoon") return early ? Range{720, 900} : late ? Range{900, 1080} : Range{720, 1080};
    if (word == "evening") return early ? Range{1080, 1260} : late ? Range{1260, 1440} : Range{1080, 1440};
    if (word == "night") return late ? Range{1260, 1800} : Range{1080, 1800};
    if (word == "hours" && early) return Range{0, 360}; // "the early hours of Sunday"
    return std::nullopt;
}

bool isHedge(std::string_view l) {
    return l == "about" || l == "approximately" || l == "around" || l == "roughly" || l == "some" || l == "nearly" ||
           l == "approx." || l == "circa" || l == "shortly" || l == "just" || l == "after" || l == "before";
}

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
            m_paragraph = sn.paragraph;
            for (size_t k = m_first; k < m_last;) {
                const size_t before = m_doc.times.size();
                const size_t next = scanAt(k);
                for (size_t i = std::max<size_t>(before, 1); i < m_doc.times.size(); ++i) linkRestatement(i - 1, i);
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
    int m_sentence = -1, m_paragraph = -1;
    std::optional<Local> m_ref;     // the most recent day that dated an event
    std::optional<Civil> m_anchor;  // the most recent date written with its year ...
    int m_anchorParagraph = -1;     // ... and its paragraph

    const Token& t(size_t k) const { return m_doc.tokens[k]; }
    std::string_view w(size_t k) const {
        return k < m_last ? m_text.substr(t(k).start, t(k).end - t(k).start) : std::string_view();
    }
    std::string_view lw(size_t k) const {
        return k < m_last ? m_lower.substr(t(k).start, t(k).end - t(k).start) : std::string_view();
    }
    uint32_t f(size_t k) const { return k < m_last && m_s.lex[k] ? m_s.lex[k]->flags : 0; }
    double v(size_t k) const { return m_s.lex[k] ? m_s.lex[k]->value : 0; }
    bool capWord(size_t k) const { return k < m_last && t(k).kind == TokenKind::Word && t(k).capitalized; }

    // [SECTION] Days
    Local relativeTo(const Civil& c, int days) const {
        Local l;
        l.day = addDays(c, days);
        l.known = l.relative = true;
        return l;
    }
    // The day an undated clock time or "That evening" refers to: the last event day, else the dateline.
    Local referenceDay() const {
        if (m_ref) {
            Local l = *m_ref;
            l.relative = true;
            l.fromMin = -1;
            l.spanMin = 0;
            return l;
        }
        Local l;
        if (m_dl) l = relativeTo(*m_dl, 0);
        l.relative = true;
        return l;
    }
    int yearFor(int month, int day) const {
        if (m_anchor && m_anchorParagraph == m_paragraph) { // nearest to the date written with its year
            int best = m_anchor->y;
            double bestD = 1e300;
            for (int y = m_anchor->y - 1; y <= m_anchor->y + 1; ++y) {
                if (!isValidDate(y, month, day)) continue;
                const double d = std::abs(utcFromParts(y, month, day) - dayStart(*m_anchor));
                if (d < bestD) { bestD = d; best = y; }
            }
            return best;
        }
        if (!m_dl) return 0;
        int y = m_dl->y;
        if (isValidDate(y, month, day) && utcFromParts(y, month, day) > dayStart(*m_dl) + 7 * kDay) --y;
        return y;
    }

    struct DayHit {
        Local day;
        bool hasDay = false; // false: a month ("October 2015")
        size_t next = 0;
    };
    std::optional<DayHit> weekday(size_t k, std::string_view mod) const {
        DayHit h;
        h.hasDay = true;
        h.day.relative = true;
        h.next = k + 1;
        if (!m_dl) return h;
        const int wd = static_cast<int>(v(k));
        const int dw = weekdayOf(dayStart(*m_dl));
        int back = (dw - wd + 7) % 7;
        if (mod == "last" && back == 0) back = 7;
        else if (mod == "next") back = -((wd - dw + 7) % 7 == 0 ? 7 : (wd - dw + 7) % 7);
        else if (mod.empty() && back == 6) back = -1; // the day after the dateline
        h.day = relativeTo(*m_dl, -back);
        return h;
    }
    // A day starting at k: "April 7", "Oct. 8, 2015", "7 April 2017", "2015-10-08", "Wednesday", "Wednesday, Oct. 7",
    // "last Saturday", "today", "yesterday"; or a month ("October 2015").
    std::optional<DayHit> dayAt(size_t k) const {
        if (k >= m_last) return std::nullopt;
        const std::string_view l = lw(k);
        if (l == "today" || l == "yesterday" || l == "tomorrow") {
            DayHit h;
            h.hasDay = true;
            h.next = k + 1;
            h.day.relative = true;
            if (m_dl) h.day = relativeTo(*m_dl, l == "today" ? 0 : l == "yesterday" ? -1 : 1);
            return h;
        }
        if ((l == "last" || l == "next") && (f(k + 1) & kWeekday) && capWord(k + 1)) {
            auto h = weekday(k + 1, l);
            h->next = k + 2;
            return h;
        }
        if ((f(k) & kWeekday) && capWord(k)) {
            // "Wednesday, Oct. 7" / "Wednesday (Oct. 7)": the written date wins over the weekday.
            size_t j = k + 1;
            if (j < m_last && (w(j) == "," || w(j) == "(")) ++j;
            if (!(f(j) & kWeekday)) {
                if (auto d = dayAt(j); d && d->hasDay && d->day.known) {
                    if (d->next < m_last && w(d->next) == ")") ++d->next;
                    return d;
                }
            }
            return weekday(k, {});
        }
        auto p = parseDate(m_text, m_lower, m_doc.tokens, k, m_last);
        if (!p) return std::nullopt;
        DayHit h;
        h.hasDay = p->day != 0;
        h.next = p->next;
        h.day.day = {p->year, p->month, p->day == 0 ? 1 : p->day};
        if (p->lastDay > p->day) h.day.days = p->lastDay - p->day + 1;
        h.day.known = true;
        if (!p->year) {
            h.day.relative = true;
            h.day.day.y = h.hasDay ? yearFor(p->month, p->day) : 0;
            if (h.day.day.y == 0) h.day.known = false;
            if (h.day.known && !isValidDate(h.day.day.y, p->month, p->day)) return std::nullopt;
        }
        return h;
    }

    // [SECTION] Clock times
    struct RawClock {
        int hh = 0, mm = 0;
        char meridiem = 0; // 'a', 'p' or 0
        bool colon = false;
    };
    static bool number(std::string_view x, int& out) {
        auto [p, ec] = std::from_chars(x.data(), x.data() + x.size(), out);
        return ec == std::errc() && p == x.data() + x.size() && !x.empty();
    }
    static std::optional<RawClock> parseClock(std::string_view s) {
        RawClock c;
        const size_t colon = s.find(':');
        if (colon != std::string_view::npos) {
            if (colon == 0 || colon > 2 || s.size() != colon + 3) return std::nullopt;
            if (!number(s.substr(0, colon), c.hh) || !number(s.substr(colon + 1), c.mm)) return std::nullopt;
            c.colon = true;
        } else if (s.size() <= 2) {
            if (!number(s, c.hh)) return std::nullopt;
        } else {
            return std::nullopt;
        }
        if (c.hh > 24 || c.mm > 59) return std::nullopt;
        return c;
    }
    char meridiemAt(size_t k) const {
        const std::string_view n = lw(k);
        if (n == "a.m." || n == "am" || n == "a.m") return 'a';
        if (n == "p.m." || n == "pm" || n == "p.m") return 'p';
        return 0;
    }
    static int minutesOf(const RawClock& c) {
        int h = c.hh;
        if (c.meridiem == 'p' && h != 12) h += 12;
        if (c.meridiem == 'a' && h == 12) h = 0;
        return h * 60 + c.mm;
    }
    bool militaryClock(size_t k, RawClock& c) const {
        // "0340 GMT", "1400 hours": four digits need a zone word or "hours" right after.
        const std::string_view s = w(k), n1 = lw(k + 1);
        if (s.size() != 4 || s.find_first_not_of("0123456789") != std::string_view::npos) return false;
        bool zoneNext = n1 == "hours" || n1 == "hrs" || n1 == "local" || n1 == "zulu";
        if (!zoneNext && k + 1 < m_last && t(k + 1).kind == TokenKind::Word) {
            bool upper = true;
            for (char ch : w(k + 1)) upper = upper && isAsciiUpper(ch);
            zoneNext = upper && (fixedZoneOffset(n1) || n1.starts_with("utc") || n1.starts_with("gmt"));
        }
        if (!zoneNext || !number(s.substr(0, 2), c.hh) || !number(s.substr(2), c.mm)) return false;
        return c.hh <= 24 && c.mm <= 59;
    }
    struct Clock {
        int fromMin = 0, spanMin = 0;
        size_t next = 0;
    };
    // A clock time or a range at k: "8:40", "8 p.m.", "0340 GMT", "from 2:50 to 4:30 a.m.", "between 2 and 4 p.m.",
    // "2-4 p.m.". A bare number is a clock only as the start of a range whose end is a clock.
    std::optional<Clock> clockAt(size_t k) const {
        if (k < m_last && t(k).kind == TokenKind::Word && !t(k).capitalized) {
            // "at noon", "shortly after midnight" ("Operation Midnight Hammer" is capitalised): midnight is the
            // start of the day it dates, except before it.
            const std::string_view l = lw(k), p = k > m_first ? lw(k - 1) : std::string_view();
            const bool cue = p == "at" || p == "around" || p == "about" || p == "after" || p == "before" ||
                             p == "by" || p == "until" || p == "past" || p == "near";
            if (cue && (l == "noon" || l == "midday")) return Clock{720, 0, k + 1};
            // "shortly before midnight" closes the day it dates: its last half hour.
            if (cue && l == "midnight") return p == "before" ? Clock{1410, 30, k + 1} : Clock{0, 0, k + 1};
            return std::nullopt;
        }
        if (k >= m_last || t(k).kind != TokenKind::Number) return std::nullopt;
        const std::string_view s = w(k);
        std::optional<RawClock> a, b;
        size_t j = k + 1;
        if (const size_t dash = s.find('-'); dash != std::string_view::npos) { // "2-4 p.m.", "2:50-4:30"
            a = parseClock(s.substr(0, dash));
            b = parseClock(s.substr(dash + 1));
            if (!a || !b) return std::nullopt;
            b->meridiem = meridiemAt(j);
            if (b->meridiem) ++j;
            else if (!a->colon || !b->colon) return std::nullopt;
        } else {
            RawClock m;
            if (militaryClock(k, m)) {
                a = m;
            } else {
                a = parseClock(s);
                if (!a) return std::nullopt;
                a->meridiem = meridiemAt(j);
                if (a->meridiem) ++j;
            }
            const std::string_view c = lw(j);
            if ((c == "to" || c == "until" || c == "till" || c == "and" || c == "-") && j + 1 < m_last &&
                t(j + 1).kind == TokenKind::Number) {
                b = parseClock(w(j + 1));
                if (b) {
                    b->meridiem = meridiemAt(j + 2);
                    if (!b->meridiem && !b->colon) b.reset();
                }
                if (b) j += b->meridiem ? 3 : 2;
            }
            if (!b && !a->meridiem && !a->colon && s.size() != 4) return std::nullopt;
        }
        return finishClock(*a, b, j);
    }
    std::optional<Clock> finishClock(RawClock a, std::optional<RawClock> b, size_t next) const {
        if (a.meridiem && (a.hh < 1 || a.hh > 12)) return std::nullopt;
        if (b && b->meridiem && (b->hh < 1 || b->hh > 12)) return std::nullopt;
        if (b && !a.meridiem && b->meridiem && a.hh >= 1 && a.hh <= 12) {
            // "from 2:50 to 4:30 a.m.", "between 11 and 1 p.m." (11 a.m.), "between 2 and 4 p.m."
            const int bh = b->hh % 12;
            a.meridiem = (b->meridiem == 'p' && a.hh % 12 > bh) ? 'a' : b->meridiem;
        }
        Clock c;
        c.fromMin = minutesOf(a);
        c.next = next;
        if (b) {
            int to = minutesOf(*b);
            if (to < c.fromMin) to += kDayMinutes; // past midnight
            c.spanMin = to - c.fromMin;
        }
        if (c.fromMin > kDayMinutes) return std::nullopt;
        return c;
    }

    // [SECTION] Zones
    Zone zoneAt(size_t k) const;
    bool placeAt(size_t k, size_t& a, size_t& b, size_t& next) const;

    // [SECTION] Phrases
    bool mayStart(size_t k) const;
    size_t scanAt(size_t k);
    size_t clockPhrase(size_t a, const Clock& c, std::optional<Local> day);
    size_t dayPhrase(size_t k, const DayHit& d);
    size_t partOfPhrase(size_t k);
    size_t relativePhrase(size_t k);
    int spanDays(size_t k) const;
    size_t anaphoraPhrase(size_t k);
    size_t spanFromEventPhrase(size_t k);
    size_t windowPhrase(size_t k);
    size_t weekMonthPhrase(size_t k);
    size_t agoPhrase(size_t k);
    size_t yearPhrase(size_t k);
    size_t sincePhrase(size_t k);
    // After a day or part of a day: "at [about] 6:40 p.m. EDT" makes it a clock phrase; else an optional zone.
    size_t finishDay(size_t a, size_t j, Local l);

    // [SECTION] Emission
    bool datesSpeech(size_t a) const;
    TimeExpr& push(size_t a, size_t bExcl);
    TimeExpr& emit(size_t a, size_t bExcl, const Local& l, const Zone& z);
    bool namesOtherIncident(size_t a, size_t bExcl) const;
    void emitUtc(size_t a, size_t bExcl, UtcTime from, UtcTime to, TimePrecision p);
    void linkRestatement(size_t i, size_t j);
};

// [SECTION] Zones
Zone TimeScanner::zoneAt(size_t k) const {
    Zone z;
    size_t j = k;
    const bool paren = j < m_last && w(j) == "(";
    if (paren) ++j;
    if (j >= m_last || t(j).kind != TokenKind::Word) return z;
    const std::string_view l = lw(j), raw = w(j);
    bool upper = true;
    for (char c : raw) upper = upper && (isAsciiUpper(c) || c == '.');
    size_t after = j + 1;
    const auto span = [&](size_t a, size_t bExcl) {
        return std::string(m_text.substr(t(a).start, t(bExcl - 1).end - t(a).start));
    };
    const auto placeLabel = [&](size_t a, size_t bExcl) {
        z.placeStart = t(a).start;
        z.placeEnd = t(bExcl - 1).end;
    };
    if ((l.starts_with("utc") || l.starts_with("gmt")) && (l.size() == 3 || l[3] == '-' || l[3] == '+')) {
        size_t end = 0;
        if (auto off = parseNumericOffset(m_text, t(j).start + 3, end)) { // "UTC-5", "UTC+4:30", "GMT +3"
            z.kind = Zone::Fixed;
            z.offsetMinutes = *off;
            while (after < m_last && t(after).start < end) ++after;
            z.label = std::string(m_text.substr(t(j).start, end - t(j).start));
        }
    }
    if (z.kind == Zone::None && upper && l.size() >= 1) {
        if (auto off = fixedZoneOffset(l)) { z.kind = Zone::Fixed; z.offsetMinutes = *off; z.label = std::string(raw); }
        else if (auto civil = civilZone(l); !civil.empty() && l.size() <= 3) {
            z.kind = Zone::Iana; z.iana = std::string(civil); z.label = std::string(raw);
        }
    }
    if (z.kind == Zone::None && l == "zulu") { z.kind = Zone::Fixed; z.label = std::string(raw); }
    if (z.kind == Zone::None && l == "local" && lw(j + 1) == "time") {
        z.kind = Zone::Place;
        z.label = "local time";
        after = j + 2;
    }
    if (z.kind == Zone::None && (t(j).capitalized || l == "local")) {
        // "Korea Standard Time", "Central European Summer Time", "Eastern time", "Moscow time", "(Sanaa time)",
        // "local Somalia time", "Damascus local time". Up to two capitalised words name the region or place.
        const bool local = l == "local";
        const size_t a = local ? j + 1 : j;
        size_t e = a;
        // A weekday or a month is the day, not the place: "1:30 a.m. Wednesday local time".
        while (e < m_last && e < a + 2 && capWord(e) && !(f(e) & (kWeekday | kMonth)) && lw(e) != "standard" &&
               lw(e) != "daylight" && lw(e) != "summer" && lw(e) != "mean" && lw(e) != "time" && lw(e) != "local")
            ++e;
        size_t q = e;
        const std::string_view kind = lw(q);
        const bool standard = kind == "standard" || kind == "mean", daylight = kind == "daylight" || kind == "summer";
        if (standard || daylight) ++q;
        bool placeLocal = false;
        if (!local && lw(q) == "local" && lw(q + 1) == "time") { placeLocal = true; ++q; }
        if (e > a && lw(q) == "time") {
            const std::string region = asciiLower(m_text.substr(t(a).start, t(e - 1).end - t(a).start));
            z.label = span(j, q + 1);
            after = q + 1;
            const auto offset = regionStandardOffset(region);
            const std::string_view civil = civilZone(region);
            std::string city;
            if ((standard || daylight) && offset) {
                z.kind = Zone::Fixed;
                z.offsetMinutes = *offset + (daylight ? 60 : 0);
            } else if (region == "coordinated universal" || region == "universal") {
                z.kind = Zone::Fixed;
            } else if (standard || daylight) {
                z.kind = Zone::Place; // "Syria Standard Time": the place must give the zone
                placeLabel(a, e);
            } else if (!local && !placeLocal && !civil.empty()) {
                z.kind = Zone::Iana; // "Eastern time"
                z.iana = std::string(civil);
            } else if (!local && !placeLocal && !(city = zoneForCity(region)).empty()) {
                z.kind = Zone::Iana; // "Damascus time"
                z.iana = std::move(city);
                placeLabel(a, e);
            } else {
                // "(Sanaa time)", "local Somalia time", "Syrian time", "Israel time": the place's civil time, with
                // its daylight saving, comes from the place.
                z.kind = Zone::Place;
                placeLabel(a, e);
            }
        }
    }
    if (z.kind == Zone::None) return z;
    if (paren) {
        if (after >= m_last || w(after) != ")") return Zone{};
        ++after;
        if (lw(after) == "time") ++after; // "6:42 a.m. (Korea Standard Time) time April 5"
    }
    z.next = after;
    return z;
}

// "in Syria", "in northern Syria" right after a local clock time: capitalised words after "in".
bool TimeScanner::placeAt(size_t k, size_t& a, size_t& b, size_t& next) const {
    if (lw(k) != "in") return false;
    size_t j = k + 1;
    while (j < m_last && t(j).kind == TokenKind::Word && !t(j).capitalized && j < k + 3 &&
           !(f(j) & (kDeterminer | kPreposition)))
        ++j; // "in northern Syria"
    if (lw(j) == "the") ++j;
    const size_t s = j;
    while (capWord(j)) ++j;
    if (j == s) return false;
    a = t(s).start;
    b = t(j - 1).end;
    next = j;
    return true;
}

// [SECTION] Phrases
// Whether a time phrase can start at token k: a number ("8:40", "8th", "2015-10-08", "two days ago"), a month,
// weekday or time word, or one of the words the phrases below open with. Most tokens are none of these, and each
// phrase reader would otherwise look at every one.
bool TimeScanner::mayStart(size_t k) const {
    const Token& x = t(k);
    if (x.kind == TokenKind::Number) return true;
    if (x.kind != TokenKind::Word) return false;
    if (isAsciiDigit(m_text[x.start]) || (f(k) & (kMonth | kWeekday | kNumberWord | kTimeWord))) return true;
    // The flag also marks "today's" and "the." (entries found without the possessive or period): those do not open.
    const std::string_view l = lw(k);
    return (f(k) & kTimeOpener) && l.back() != '.' && !l.ends_with("'s");
}

size_t TimeScanner::scanAt(size_t k) {
    if (!mayStart(k)) return k + 1;
    if (auto c = clockAt(k)) return clockPhrase(k, *c, std::nullopt);
    if (t(k).kind != TokenKind::Word && t(k).kind != TokenKind::Number) return k + 1;
    if (size_t n = partOfPhrase(k); n > k) return n;
    if (auto d = dayAt(k)) return dayPhrase(k, *d);
    for (auto phrase : {&TimeScanner::relativePhrase, &TimeScanner::anaphoraPhrase,
                        &TimeScanner::spanFromEventPhrase, &TimeScanner::windowPhrase,
                        &TimeScanner::weekMonthPhrase, &TimeScanner::agoPhrase, &TimeScanner::sincePhrase,
                        &TimeScanner::yearPhrase}) {
        if (const size_t n = (this->*phrase)(k); n > k) return n;
    }
    return k + 1;
}

// A clock time at c with an optional zone, day and place after it; `day` is a day written before it.
size_t TimeScanner::clockPhrase(size_t a, const Clock& c, std::optional<Local> day) {
    size_t j = c.next;
    Zone z = zoneAt(j);
    if (z.kind != Zone::None) j = z.next;
    if (!day) {
        // ", April 7" / "on April 6" / "today" / "on Wednesday" right after.
        size_t q = j;
        if (q < m_last && (w(q) == "," || lw(q) == "on")) ++q;
        if (auto d = dayAt(q); d && d->hasDay) {
            day = d->day;
            j = d->next;
            // "1:30 a.m. Wednesday local time": the zone may follow the day.
            if (z.kind == Zone::None)
                if (const Zone after = zoneAt(j); after.kind != Zone::None) z = after, j = z.next;
            if (j < m_last && w(j) == "," && lw(j + 1) == "in") ++j;
        }
    }
    size_t pa = 0, pb = 0, pNext = 0;
    const bool place = !z.exact() && z.placeEnd == z.placeStart && placeAt(j, pa, pb, pNext);
    // Do not swallow the trailing comma of ", April 7," when no place follows.
    if (!place && j > c.next && w(j - 1) == ",") --j;
    Local l = day ? *day : referenceDay();
    // "overnight from 2:50 to 4:30 a.m.", "Wednesday night at 1 a.m.": small hours of a night fall on the day after
    // the evening that opens it; so do those of a later sentence about that night ("attacked Odesa overnight ...
    // The alert began shortly after 1 a.m.").
    const std::optional<Local> night = day ? day : m_ref;
    if (night && night->night && night->fromMin >= 0 && c.fromMin < night->fromMin && c.fromMin < 720 && l.known)
        l.day = addDays(l.day, 1);
    l.fromMin = c.fromMin;
    l.spanMin = c.spanMin;
    l.night = false;
    const size_t end = place ? pNext : j;
    TimeExpr& e = emit(a, end, l, z);
    if (place) {
        e.localPlaceStart = pa;
        e.localPlaceEnd = pb;
        e.localPlace = std::string(m_text.substr(pa, pb - pa));
    }
    return end;
}

size_t TimeScanner::finishDay(size_t a, size_t j, Local l) {
    size_t c = j;
    // "Wednesday at 7 p.m.", "overnight from 2:50 to 4:30 a.m.", "Friday between 1 and 3 p.m."
    if (c < m_last && (lw(c) == "at" || w(c) == "," || lw(c) == "from" || lw(c) == "between")) ++c;
    while (c < m_last && isHedge(lw(c)) && c < j + 4) ++c;
    if (auto clk = clockAt(c)) return clockPhrase(a, *clk, l);
    const Zone z = zoneAt(j);
    const size_t end = z.kind != Zone::None ? z.next : j;
    emit(a, end, l, z);
    return end;
}

size_t TimeScanner::dayPhrase(size_t k, const DayHit& d) {
    size_t j = d.next;
    if (!d.hasDay) { // "October 2015"
        TimeExpr& e = push(k, j);
        e.relative = d.day.relative;
        if (!d.day.known) { e.relative = true; return j; }
        e.localYear = d.day.day.y;
        e.localMonth = d.day.day.m;
        const int y = d.day.day.y, m = d.day.day.m;
        e.interval = {utcFromParts(y, m, 1), m == 12 ? utcFromParts(y + 1, 1, 1) : utcFromParts(y, m + 1, 1),
                      TimePrecision::Month};
        e.resolved = true;
        return j;
    }
    if (d.day.known && !d.day.relative) { // a date written with its year anchors yearless ones after it
        m_anchor = d.day.day;
        m_anchorParagraph = m_paragraph;
    }
    Local l = d.day;
    // "Wednesday night", "Thursday morning", "Monday evening".
    if (auto part = partOfDay({}, lw(j)); part && lw(j) != "hours") {
        l.fromMin = part->from;
        l.spanMin = part->to - part->from;
        l.night = lw(j) == "night";
        ++j;
    }
    return finishDay(k, j, l);
}

// "the early morning hours of December 16", "the night of March 24", "early Thursday", "late on Wednesday",
// "early Thursday morning".
size_t TimeScanner::partOfPhrase(size_t k) {
    const std::string_view l = lw(k);
    const bool mod = l == "early" || l == "late";
    size_t j = mod ? k + 1 : k;
    const std::string_view word = lw(j);
    std::optional<Range> part = partOfDay(mod ? l : std::string_view{}, word);
    if (part) {
        ++j;
        if (lw(j) == "hours") ++j; // "morning hours"
        if (lw(j) != "of") return k;
        ++j;
    } else if (mod) {
        part = partOfDay(l, {});
        if (lw(j) == "on") ++j;
    } else {
        return k;
    }
    auto d = dayAt(j);
    if (!d || !d->hasDay) return k;
    j = d->next;
    if (auto p2 = partOfDay(mod ? l : std::string_view{}, lw(j)); p2 && mod && word != lw(j)) { part = p2; ++j; }
    Local day = d->day;
    day.fromMin = part->from;
    day.spanMin = part->to - part->from;
    day.night = part->to > kDayMinutes;
    size_t a = k;
    if (a > m_first && lw(a - 1) == "the") --a;
    return finishDay(a, j, day);
}

// "tonight", "overnight", "last night", "this morning", "this afternoon", "this evening".
size_t TimeScanner::relativePhrase(size_t k) {
    const std::string_view l = lw(k);
    std::optional<Range> part;
    size_t end = k + 1;
    int dayOffset = 0;
    if (l == "tonight") part = Range{1080, 1440};
    else if (l == "overnight" || (l == "last" && lw(k + 1) == "night")) { part = Range{1080, 1800}; dayOffset = -1; }
    else if (l == "this" && lw(k + 1) != "night") part = partOfDay({}, lw(k + 1));
    if (!part) return k;
    if (l == "last" || l == "this") end = k + 2;
    Local day;
    if (m_dl) day = relativeTo(*m_dl, dayOffset);
    day.relative = true;
    // "overnight on 9-10 March", "overnight on March 9": the night that starts on the day written.
    if (l == "overnight" && (lw(end) == "on" || lw(end) == "of"))
        if (auto d = dayAt(end + 1); d && d->hasDay && d->day.known) {
            day = d->day;
            if (d->day.days < 2) day = Local{addDays(d->day.day, -1), true, d->day.relative};
            end = d->next;
        }
    day.fromMin = part->from;
    day.spanMin = part->to - part->from;
    day.night = part->to > kDayMinutes;
    return finishDay(k, end, day);
}

// "a day", "two days", "3 weeks": the days of a span of whole days or weeks at token k (1 to 60 units), or 0.
int TimeScanner::spanDays(size_t k) const {
    const std::string_view l = lw(k), unit = lw(k + 1);
    const int unitDays = unit == "day" || unit == "days" ? 1 : unit == "week" || unit == "weeks" ? 7 : 0;
    if (unitDays == 0) return 0;
    double n = 0;
    if (l == "a" || l == "one") n = 1;
    else if (t(k).kind == TokenKind::Number) std::from_chars(w(k).data(), w(k).data() + w(k).size(), n);
    else if (f(k) & kNumberWord) n = v(k);
    return n >= 1 && n <= 60 && n == static_cast<int>(n) ? static_cast<int>(n) * unitDays : 0;
}

// "That evening", "that night", "that day", "the same day", "the night before", "the day before", "the previous
// day", "the next day", "the following morning", "a day later", "two days later": relative to the last day that
// dated an event.
size_t TimeScanner::anaphoraPhrase(size_t k) {
    const std::string_view l = lw(k), n1 = lw(k + 1), n2 = lw(k + 2);
    int offset = 0;
    std::string_view partWord;
    size_t end = 0;
    if (l == "that" && (n1 == "day" || partOfDay({}, n1))) { partWord = n1; end = k + 2; }
    else if (l == "the" && n1 == "same" && (n2 == "day" || n2 == "night")) { partWord = n2; end = k + 3; }
    else if (l == "the" && (n1 == "night" || n1 == "day") && (n2 == "before" || n2 == "earlier")) {
        partWord = n1; offset = -1; end = k + 3;
    } else if (l == "the" && (n1 == "previous" || n1 == "next" || n1 == "following") &&
               (n2 == "day" || partOfDay({}, n2))) {
        partWord = n2; offset = n1 == "previous" ? -1 : 1; end = k + 3;
    } else if (const int days = spanDays(k); days > 0 && (n2 == "earlier" || n2 == "later")) {
        // "a day later", "two days later", "three weeks earlier"
        partWord = "day"; offset = n2 == "earlier" ? -days : days; end = k + 3;
    } else {
        return k;
    }
    Local day = referenceDay();
    if (day.known) day.day = addDays(day.day, offset);
    if (partWord != "day") {
        const auto part = partOfDay({}, partWord);
        day.fromMin = part->from;
        day.spanMin = part->to - part->from;
        day.night = part->to > kDayMinutes;
    }
    return finishDay(k, end, day);
}

// "Three days after the attack, ...", "The attack came six days after an Israeli airstrike", "a day after it was
// hit": days or weeks between two events, counted from the last day that dated an event. Opening its sentence the
// phrase dates the main clause (the reference day plus the span after "after"); inside a clause it dates the event
// that follows it, which lies the span before the reference day ("six days after an airstrike": the airstrike was
// six days earlier) and does not become the reference for later expressions.
size_t TimeScanner::spanFromEventPhrase(size_t k) {
    const std::string_view rel = lw(k + 2);
    const int days = spanDays(k);
    if (days == 0 || (rel != "after" && rel != "before") || k + 3 >= m_last || t(k + 3).kind != TokenKind::Word)
        return k;
    const bool opens = k == m_first || (k == m_first + 1 && isHedge(lw(m_first)));
    const int sign = (rel == "after") == opens ? 1 : -1;
    Local day = referenceDay();
    if (day.known) day.day = addDays(day.day, sign * days);
    const auto ref = m_ref;
    TimeExpr& e = emit(k, k + 3, day, Zone{});
    if (!opens) {
        e.datesFollowing = true;
        m_ref = ref;
    }
    return k + 3;
}

// "in the previous 24 hours", "over the past two days", "in the last week"
size_t TimeScanner::windowPhrase(size_t k) {
    const std::string_view l = lw(k);
    if (!((l == "previous" || l == "past" || l == "last") && k > m_first && lw(k - 1) == "the")) return k;
    size_t j = k + 1;
    double n = 1;
    if (j < m_last && t(j).kind == TokenKind::Number) {
        if (std::from_chars(w(j).data(), w(j).data() + w(j).size(), n).ec != std::errc()) return k;
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
    if (unit == 0 || j >= m_last) return k;
    size_t a = k - 1;
    if (a > m_first && (f(a - 1) & kPreposition)) --a; // "in the", "over the", "during the"
    if (!m_dl) emitUtc(a, j + 1, {}, {}, TimePrecision::Unknown);
    else emitUtc(a, j + 1, dayStart(*m_dl) + -n * unit, dayStart(*m_dl) + kDay, p);
    return j + 1;
}

// "this week", "earlier this week", "last week", "earlier this month", "last month", "this year", "last year"
size_t TimeScanner::weekMonthPhrase(size_t k) {
    const std::string_view l = lw(k), unit = lw(k + 1);
    if (!((l == "this" || l == "last") && (unit == "week" || unit == "month" || unit == "year"))) return k;
    const bool earlier = k > m_first && lw(k - 1) == "earlier";
    const size_t a = earlier ? k - 1 : k;
    if (!m_dl) { emitUtc(a, k + 2, {}, {}, TimePrecision::Unknown); return k + 2; }
    const UtcTime d0 = dayStart(*m_dl);
    if (unit == "year") {
        const int y = l == "last" ? m_dl->y - 1 : m_dl->y;
        emitUtc(a, k + 2, utcFromParts(y, 1, 1), l == "last" || !earlier ? utcFromParts(y + 1, 1, 1) : d0 + kDay,
                TimePrecision::Year);
        return k + 2;
    }
    if (unit == "week") {
        const UtcTime monday = d0 + -weekdayOf(d0) * kDay;
        if (l == "last") emitUtc(a, k + 2, monday + -7 * kDay, monday, TimePrecision::Week);
        else emitUtc(a, k + 2, monday, earlier ? d0 : d0 + kDay, TimePrecision::Week);
        return k + 2;
    }
    const UtcTime first = utcFromParts(m_dl->y, m_dl->m, 1);
    if (l == "last") {
        const UtcTime prev = m_dl->m == 1 ? utcFromParts(m_dl->y - 1, 12, 1) : utcFromParts(m_dl->y, m_dl->m - 1, 1);
        emitUtc(a, k + 2, prev, first, TimePrecision::Month);
    } else {
        emitUtc(a, k + 2, first, earlier ? d0 : d0 + kDay, TimePrecision::Month);
    }
    return k + 2;
}

// "in 2023", "during 1991": a year on its own, after a preposition ("the 2002 bombing" names an incident and "2,023"
// is a count). The year's days in UTC.
size_t TimeScanner::yearPhrase(size_t k) {
    if (k == m_first) return k;
    const std::string_view p = lw(k - 1);
    if (!(p == "in" || p == "during" || p == "throughout")) return k;
    const int year = writtenYear(w(k));
    if (!year) return k;
    emitUtc(k - 1, k + 1, utcFromParts(year, 1, 1), utcFromParts(year + 1, 1, 1), TimePrecision::Year);
    return k + 1;
}

// "three days ago"
size_t TimeScanner::agoPhrase(size_t k) {
    if (!((t(k).kind == TokenKind::Number || (f(k) & kNumberWord)) && (lw(k + 1) == "days" || lw(k + 1) == "day") &&
          lw(k + 2) == "ago"))
        return k;
    double n = v(k);
    if (t(k).kind == TokenKind::Number) std::from_chars(w(k).data(), w(k).data() + w(k).size(), n);
    if (!m_dl) { emitUtc(k, k + 3, {}, {}, TimePrecision::Unknown); return k + 3; }
    const UtcTime d = dayStart(*m_dl) + -n * kDay;
    emitUtc(k, k + 3, d, d + kDay, TimePrecision::Day);
    return k + 3;
}

// "since July 14": from that day to the end of the dateline day.
size_t TimeScanner::sincePhrase(size_t k) {
    if (lw(k) != "since") return k;
    auto d = dayAt(k + 1);
    if (!d || !d->hasDay) return k;
    if (!d->day.known || !m_dl) { emitUtc(k, d->next, {}, {}, TimePrecision::Unknown); return d->next; }
    const UtcTime from = dayStart(d->day.day), to = dayStart(*m_dl) + kDay;
    // "the first use since Jan. 17, when ships fired more than 40 missiles": the clause after it tells that day.
    const bool whenClause = lw(d->next) == "," && lw(d->next + 1) == "when";
    emitUtc(k, d->next, from, whenClause ? from + kDay : std::max(to, from + kDay), TimePrecision::Day);
    return d->next;
}

// [SECTION] Emission
// Whether the expression starting at token a dates a speech act: "said Monday", "told reporters on Thursday", "in
// a statement yesterday", "announced today".
bool TimeScanner::datesSpeech(size_t a) const {
    for (size_t q = a >= m_first + 3 ? a - 3 : m_first; q < a; ++q) {
        const std::string_view l = lw(q);
        if (((f(q) & kSpeechVerb) && l != "according") || l == "statement" || l == "address" || l == "briefing" ||
            l == "conference" || l == "interview" || l == "remarks" || l == "saying" || l == "announcement")
            return true;
    }
    return false;
}

TimeExpr& TimeScanner::push(size_t a, size_t bExcl) {
    TimeExpr e;
    e.start = t(a).start;
    e.end = t(bExcl - 1).end;
    e.text = std::string(m_text.substr(e.start, e.end - e.start));
    e.sentence = m_sentence;
    e.speech = datesSpeech(a);
    m_doc.times.push_back(std::move(e));
    return m_doc.times.back();
}

void TimeScanner::emitUtc(size_t a, size_t bExcl, UtcTime from, UtcTime to, TimePrecision p) {
    TimeExpr& e = push(a, bExcl);
    e.relative = true;
    e.resolved = p != TimePrecision::Unknown;
    e.interval = {from, to, p};
}

// "in retaliation for the Jan. 28 drone attack", "the Aug. 7 bombings": a day that labels an attack noun after it names
// that incident; undated clock times later in the text do not refer back to it.
bool TimeScanner::namesOtherIncident(size_t a, size_t bExcl) const {
    // "the Jan. 28 attack", or a possessive day after a cause: "in retaliation for last Sunday's drone attack" (a
    // possessive day alone, "Saturday's attack on oil facilities", may well be the incident the report tells).
    const bool possessive = bExcl > a && (lw(bExcl - 1) == "'s" || lw(bExcl - 1).ends_with("'s"));
    const bool afterCause = possessive && a >= m_first + 2 && (lw(a - 1) == "for" || lw(a - 1) == "to") &&
                            isCauseNoun(lw(a - 2));
    if (!afterCause && (a <= m_first || lw(a - 1) != "the")) return false;
    for (size_t k = bExcl; k < m_last && k < bExcl + 3; ++k) {
        const std::string_view w = lw(k);
        if (w == "attack" || w == "attacks" || w == "bombing" || w == "bombings" || w == "strike" ||
            w == "strikes" || w == "raid" || w == "raids" || w == "explosion" || w == "shooting")
            return true;
        if (t(k).kind != TokenKind::Word) return false;
    }
    return false;
}

TimeExpr& TimeScanner::emit(size_t a, size_t bExcl, const Local& l, const Zone& z) {
    TimeExpr& e = push(a, bExcl);
    e.relative = l.relative;
    if (z.kind != Zone::None) e.zone = !z.iana.empty() ? z.iana : z.label;
    if (z.placeEnd > z.placeStart) {
        e.localPlaceStart = z.placeStart;
        e.localPlaceEnd = z.placeEnd;
        e.localPlace = std::string(m_text.substr(z.placeStart, z.placeEnd - z.placeStart));
        e.localPlaceIsZone = true;
    }
    const bool timeOfDay = l.fromMin >= 0;
    if (!l.known) {
        e.relative = true;
        e.needsZone = (timeOfDay || z.kind == Zone::Place) && !z.exact();
        return e;
    }
    e.localYear = l.day.y;
    e.localMonth = l.day.m;
    e.localDay = l.day.d;
    e.localHour = timeOfDay ? l.fromMin / 60 : -1;
    e.localMinute = timeOfDay ? l.fromMin % 60 : -1;
    e.localSpanMinutes = timeOfDay ? l.spanMin : 0;
    const int from = timeOfDay ? l.fromMin : 0, to = timeOfDay ? l.fromMin + l.spanMin : kDayMinutes * l.days;
    const TimePrecision p = !timeOfDay ? TimePrecision::Day
                            : l.spanMin == 0 ? TimePrecision::Minute
                            : (from % 60 == 0 && l.spanMin % 60 == 0) ? TimePrecision::Hour
                                                                       : TimePrecision::Minute;
    const UtcTime day = dayStart(l.day);
    e.labelsIncident = namesOtherIncident(a, bExcl);
    // "at 8:51 a.m. local time (2351 GMT Tuesday)": a second reading in another zone, in brackets, dates nothing
    // told after it (a later "8:55 a.m." is still Wednesday's).
    const bool bracketedReading = z.kind != Zone::None && a > m_first && lw(a - 1) == "(";
    if (!e.speech && !e.labelsIncident && !bracketedReading) m_ref = l;
    if (z.exact()) {
        std::optional<UtcTime> ua, ub;
        if (z.kind == Zone::Fixed) {
            ua = day + (from - z.offsetMinutes) * 60.0;
            ub = day + (to - z.offsetMinutes) * 60.0;
        } else {
            ua = localToUtc(z.iana, l.day.y, l.day.m, l.day.d, from);
            ub = localToUtc(z.iana, l.day.y, l.day.m, l.day.d, to);
        }
        if (ua && ub) {
            e.interval = {*ua, *ub, p};
            e.resolved = true;
            return e;
        }
    } else if (!timeOfDay && z.kind == Zone::None) {
        e.interval = {day, day + kDay * l.days, TimePrecision::Day};
        e.resolved = true;
        return e;
    }
    // Local wall time: the coarse bound covers every zone (UTC-12 .. UTC+14).
    e.needsZone = true;
    e.resolved = false;
    e.interval = {day + (from * 60.0 - 14 * kHour), day + (to * 60.0 + 14 * kHour), TimePrecision::Day};
    return e;
}

// "8:40 p.m. EDT (4:40 a.m., April 7, in Syria)": the clock time in parentheses restates the one before it.
void TimeScanner::linkRestatement(size_t i, size_t j) {
    TimeExpr& a = m_doc.times[i];
    TimeExpr& b = m_doc.times[j];
    if (a.sentence != b.sentence || a.localHour < 0 || b.localHour < 0 || b.start < a.end) return;
    size_t opens = 0;
    for (size_t p = a.end; p < b.start; ++p) {
        if (m_text[p] == '(') ++opens;
        else if (m_text[p] != ' ') return;
    }
    if (opens != 1) return;
    const auto exact = [](const TimeExpr& x) { return x.resolved && !x.needsZone; };
    TimeExpr* known = exact(a) && !exact(b) ? &a : exact(b) && !exact(a) ? &b : nullptr;
    if (!known) return;
    TimeExpr& other = known == &a ? b : a;
    other.interval = known->interval;
    other.resolved = true;
    other.needsZone = false;
    other.sameAs = static_cast<int>(known == &a ? i : j);
}

} // namespace

void findTimes(Document& doc, const Scratch& s) { TimeScanner(doc, s).run(); }

} // namespace detail
} // namespace salvo::text
