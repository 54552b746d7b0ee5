#pragma once
// UtcTime: an instant as seconds since 1970-01-01T00:00:00Z (double: sub-microsecond resolution for this century).
// TimeInterval: a closed interval of instants with the precision the source text gave.
//   auto t = salvo::parseIsoUtc("2015-10-07T03:00:00Z");   // std::optional<UtcTime>
//   std::string s = salvo::formatIsoUtc(*t);               // "2015-10-07T03:00:00Z"
#include <optional>
#include <string>
#include <string_view>

namespace salvo {

struct UtcTime {
    double unixSeconds = 0; // seconds since the Unix epoch, UTC, no leap seconds
    friend auto operator<=>(const UtcTime&, const UtcTime&) = default;
};

inline UtcTime operator+(UtcTime t, double seconds) { return {t.unixSeconds + seconds}; }
inline double operator-(UtcTime a, UtcTime b) { return a.unixSeconds - b.unixSeconds; }

enum class TimePrecision { Second, Minute, Hour, Day, Week, Month, Year, Unknown };

struct TimeInterval {
    UtcTime start;
    UtcTime end;           // == start for an instant
    TimePrecision precision = TimePrecision::Unknown;

    double durationSeconds() const { return end - start; }
    UtcTime mid() const { return {0.5 * (start.unixSeconds + end.unixSeconds)}; }
    bool contains(UtcTime t) const { return t >= start && t <= end; }
};

std::string_view toString(TimePrecision p);
std::optional<TimePrecision> timePrecisionFromString(std::string_view s);

// Days since 1970-01-01 for a proleptic Gregorian date (month 1..12, day 1..31); no validation.
long long daysFromCivil(int year, int month, int day);
// Validates a calendar date (leap years included).
bool isValidDate(int year, int month, int day);
UtcTime utcFromParts(int year, int month, int day, int hour = 0, int minute = 0, double second = 0);

// Accepts "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.fff]]Z" and a "+HH:MM"/"-HH:MM" offset instead of Z (RFC 3339: hours
// 00..23, minutes 00..59; "+99:99" is refused, not read as 100 h 39 min).
std::optional<UtcTime> parseIsoUtc(std::string_view text);
// Instants read from input (scenario times, launch.time) must fall within these years, so that every instant a
// simulation derives from them still prints with a four-digit year: the longest salvo Salvo simulates (100,000
// launches a day apart) spans 274 years, the slowest flight half a year (regression: 9999-12-31T23:59:59Z became
// year 10000 after one flight).
inline constexpr int kFirstInputYear = 1000;
inline constexpr int kLastInputYear = 8999;
bool isInputInstant(UtcTime t);

// "YYYY-MM-DDTHH:MM:SSZ" (whole seconds; fractions are rounded).
std::string formatIsoUtc(UtcTime t);
// "YYYY-MM-DD" of the UTC day containing t.
std::string formatIsoDate(UtcTime t);

} // namespace salvo
