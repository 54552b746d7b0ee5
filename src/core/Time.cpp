#include "core/Time.hpp"

#include <cmath>
#include <cstdio>

namespace salvo {

std::string_view toString(TimePrecision p) {
    switch (p) {
    case TimePrecision::Second: return "second";
    case TimePrecision::Minute: return "minute";
    case TimePrecision::Hour: return "hour";
    case TimePrecision::Day: return "day";
    case TimePrecision::Week: return "week";
    case TimePrecision::Month: return "month";
    case TimePrecision::Year: return "year";
    case TimePrecision::Unknown: break;
    }
    return "unknown";
}

std::optional<TimePrecision> timePrecisionFromString(std::string_view s) {
    for (auto p : {TimePrecision::Second, TimePrecision::Minute, TimePrecision::Hour, TimePrecision::Day,
                   TimePrecision::Week, TimePrecision::Month, TimePrecision::Year, TimePrecision::Unknown})
        if (toString(p) == s) return p;
    return std::nullopt;
}

// Howard Hinnant's days_from_civil algorithm (public domain description), era-based so it is exact for all years.
long long daysFromCivil(int year, int month, int day) {
    const long long y = static_cast<long long>(year) - (month <= 2 ? 1 : 0);
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long mp = (month + 9) % 12;
    const long long doy = (153 * mp + 2) / 5 + day - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool isValidDate(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) return false;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

UtcTime utcFromParts(int year, int month, int day, int hour, int minute, double second) {
    return {static_cast<double>(daysFromCivil(year, month, day)) * 86400.0 + hour * 3600.0 + minute * 60.0 + second};
}

namespace {
bool digits(std::string_view s, size_t pos, size_t n, int& out) {
    if (pos + n > s.size()) return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}
} // namespace

std::optional<UtcTime> parseIsoUtc(std::string_view s) {
    int y, mo, d;
    if (!digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' ||
        !digits(s, 8, 2, d) || !isValidDate(y, mo, d))
        return std::nullopt;
    if (s.size() == 10) return utcFromParts(y, mo, d);
    if (s[10] != 'T' && s[10] != ' ') return std::nullopt;
    int h, mi, sec = 0;
    if (!digits(s, 11, 2, h) || s.size() < 16 || s[13] != ':' || !digits(s, 14, 2, mi) || h > 23 || mi > 59)
        return std::nullopt;
    size_t pos = 16;
    double frac = 0;
    if (pos < s.size() && s[pos] == ':') {
        if (!digits(s, pos + 1, 2, sec) || sec > 60) return std::nullopt;
        pos += 3;
        if (pos < s.size() && s[pos] == '.') {
            double scale = 0.1;
            ++pos;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                frac += (s[pos] - '0') * scale;
                scale *= 0.1;
                ++pos;
            }
        }
    }
    double offset = 0;
    if (pos < s.size() && s[pos] == 'Z') {
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        int oh, om;
        if (!digits(s, pos + 1, 2, oh) || pos + 6 > s.size() || s[pos + 3] != ':' || !digits(s, pos + 4, 2, om) ||
            oh > 23 || om > 59)
            return std::nullopt;
        offset = (s[pos] == '+' ? 1 : -1) * (oh * 3600.0 + om * 60.0);
        pos += 6;
    } else {
        return std::nullopt; // a time without a zone is not UTC: refuse rather than guess
    }
    if (pos != s.size()) return std::nullopt;
    return UtcTime{utcFromParts(y, mo, d, h, mi, sec + frac).unixSeconds - offset};
}

bool isInputInstant(UtcTime t) {
    return t >= utcFromParts(kFirstInputYear, 1, 1) && t < utcFromParts(kLastInputYear + 1, 1, 1);
}

namespace {
void civilFromDays(long long z, int& y, int& m, int& d) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
}
} // namespace

std::string formatIsoUtc(UtcTime t) {
    const long long total = std::llround(t.unixSeconds);
    long long days = total / 86400, rem = total % 86400;
    if (rem < 0) { rem += 86400; --days; }
    int y, m, d;
    civilFromDays(days, y, m, d);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, static_cast<int>(rem / 3600),
                  static_cast<int>(rem / 60 % 60), static_cast<int>(rem % 60));
    return buf;
}

std::string formatIsoDate(UtcTime t) { return formatIsoUtc(t).substr(0, 10); }

} // namespace salvo
